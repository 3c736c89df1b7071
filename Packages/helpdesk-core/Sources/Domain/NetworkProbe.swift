import KnowledgeBase

/// The operating system, which decides the tools that tell the Wi-Fi name.
public enum Platform: Sendable, Hashable {
    case linux, macOS

    public static var current: Platform {
        #if os(macOS)
        return .macOS
        #else
        return .linux
        #endif
    }
}

/// A Wi-Fi name and the command that told it.
public struct WiFiReading: Sendable, Hashable {
    public var ssid: String
    public var command: String

    public init(ssid: String, command: String) {
        self.ssid = ssid
        self.command = command
    }
}

/// What the probe saw on this machine and what `NetworkCheck` made of it.
public struct NetworkObservation: Sendable {
    public var wifi: WiFiReading?
    /// The Wi-Fi commands run, in order, whether or not they told anything.
    public var commandsTried: [String]
    public var addresses: [InterfaceAddress]
    public var report: NetworkReport

    /// What was found, how, and what it means.
    public var how: LocalizedText {
        let wifiPart: LocalizedText
        if let wifi {
            wifiPart = LocalizedText(ja: "Wi-Fi名は `\(wifi.command)` で読み取りました。", en: "Wi-Fi name read with `\(wifi.command)`.")
        } else if commandsTried.isEmpty {
            wifiPart = LocalizedText(ja: "Wi-Fi名を読み取る方法がありません。", en: "No way to read the Wi-Fi name here.")
        } else {
            let tried = commandsTried.map { "`\($0)`" }.joined(separator: ", ")
            wifiPart = LocalizedText(ja: "Wi-Fi名は見つかりませんでした(\(tried))。", en: "No Wi-Fi name found (tried \(tried)).")
        }
        let list = addresses.map { "\($0.interface) \($0.address)" }.joined(separator: ", ")
        let addressPart = addresses.isEmpty
            ? LocalizedText(ja: "アドレスは見つかりませんでした(getifaddrs)。", en: "No addresses found (getifaddrs).")
            : LocalizedText(ja: "アドレス(getifaddrs): \(list)。", en: "Addresses (getifaddrs): \(list).")
        let verdict = report.how
        return LocalizedText(
            ja: wifiPart.text(.ja) + addressPart.text(.ja) + verdict.text(.ja),
            en: [wifiPart.text(.en), addressPart.text(.en), verdict.text(.en)].joined(separator: " "))
    }
}

/// Looks at this machine's Wi-Fi name and addresses to tell whether it is on the campus network
/// (the `network` probe). Every command runs through `runner`, which bounds its time, so the
/// probe never hangs; addresses come from `addresses`.
public struct NetworkProbe: Sendable {
    public var runner: any CommandRunning
    public var addresses: @Sendable () -> [InterfaceAddress]
    public var platform: Platform

    public init(
        runner: any CommandRunning = ProcessRunner(),
        addresses: @escaping @Sendable () -> [InterfaceAddress] = { InterfaceAddresses.current() },
        platform: Platform = .current
    ) {
        self.runner = runner
        self.addresses = addresses
        self.platform = platform
    }

    /// Reads the machine and decides with `NetworkCheck` against `site`.
    public func observe(site: SiteData) -> NetworkObservation {
        var tried: [String] = []
        let wifi = wifiName(tried: &tried)
        let found = addresses()
        let report = NetworkCheck.check(addresses: found.map(\.address), ssid: wifi?.ssid, site: site)
        return NetworkObservation(wifi: wifi, commandsTried: tried, addresses: found, report: report)
    }

    /// The probe's answer: on campus or not, and how it was found; nil when it cannot tell
    /// (for example no Wi-Fi and no campus networks in the site data).
    public func reading(site: SiteData, language: Language) -> ProbeReading? {
        let observation = observe(site: site)
        guard let onCampus = observation.report.onCampus else { return nil }
        return ProbeReading(value: .bool(onCampus), how: observation.how.text(language))
    }

    /// The Wi-Fi name from the first command that tells it; `tried` gets every command run.
    public func wifiName(tried: inout [String]) -> WiFiReading? {
        switch platform {
        case .linux:
            return first(of: [
                (["iwgetid", "-r"], Self.parseIwgetid),
                (["nmcli", "-t", "-f", "active,ssid", "dev", "wifi"], Self.parseNmcli),
            ], tried: &tried)
        case .macOS:
            var device = "en0"
            tried.append("networksetup -listallhardwareports")
            if let ports = runner.output(of: "networksetup", ["-listallhardwareports"]), let wifi = Self.parseWiFiDevice(ports) {
                device = wifi
            }
            return first(of: [
                (["networksetup", "-getairportnetwork", device], Self.parseAirportNetwork),
                (["ipconfig", "getsummary", device], Self.parseIpconfigSummary),
            ], tried: &tried)
        }
    }

    private func first(of commands: [([String], (String) -> String?)], tried: inout [String]) -> WiFiReading? {
        for (command, parse) in commands {
            let line = command.joined(separator: " ")
            tried.append(line)
            if let output = runner.output(of: command[0], Array(command.dropFirst())), let ssid = parse(output) {
                return WiFiReading(ssid: ssid, command: line)
            }
        }
        return nil
    }

    // MARK: Reading the tools' output

    /// `iwgetid -r` prints the name alone.
    static func parseIwgetid(_ output: String) -> String? {
        nonEmpty(output.trimmingLineEnds)
    }

    /// `nmcli -t -f active,ssid dev wifi` prints `yes:NAME` for the network in use, with `:` and
    /// `\` in the name escaped by a backslash.
    static func parseNmcli(_ output: String) -> String? {
        for line in output.split(whereSeparator: \.isNewline) {
            let fields = splitEscaped(String(line))
            if fields.count >= 2, fields[0] == "yes" { return nonEmpty(fields[1...].joined(separator: ":")) }
        }
        return nil
    }

    /// `networksetup -listallhardwareports`: the `Device:` line after `Hardware Port: Wi-Fi`
    /// (`AirPort` on older systems).
    static func parseWiFiDevice(_ output: String) -> String? {
        var inWiFi = false
        for line in output.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("Hardware Port:") {
                inWiFi = line.contains("Wi-Fi") || line.contains("AirPort")
            } else if inWiFi, line.hasPrefix("Device:") {
                return nonEmpty(String(line.dropFirst("Device:".count)).trimmingLineEnds.trimmingSpaces)
            }
        }
        return nil
    }

    /// `networksetup -getairportnetwork en0`: `Current Wi-Fi Network: NAME`.
    static func parseAirportNetwork(_ output: String) -> String? {
        for line in output.split(whereSeparator: \.isNewline) {
            for prefix in ["Current Wi-Fi Network: ", "Current AirPort Network: "] where line.hasPrefix(prefix) {
                return nonEmpty(String(line.dropFirst(prefix.count)))
            }
        }
        return nil
    }

    /// `ipconfig getsummary en0`: a line `SSID : NAME`. Newer systems print `<redacted>` to
    /// processes without location access; that tells nothing.
    static func parseIpconfigSummary(_ output: String) -> String? {
        for line in output.split(whereSeparator: \.isNewline) {
            let trimmed = String(line).trimmingSpaces
            guard trimmed.hasPrefix("SSID : ") else { continue }
            let name = String(trimmed.dropFirst("SSID : ".count))
            return name == "<redacted>" ? nil : nonEmpty(name)
        }
        return nil
    }

    /// Splits nmcli's terse output at `:` not preceded by a backslash, undoing the escapes.
    static func splitEscaped(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}

extension String {
    /// Without trailing carriage returns and line feeds.
    fileprivate var trimmingLineEnds: String {
        var text = Substring(self)
        while let last = text.last, last.isNewline { text.removeLast() }
        return String(text)
    }

    /// Without surrounding spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
