import Domain
import Foundation
import KnowledgeBase
import Testing

/// A command runner that answers from a table and remembers what was asked.
final class FakeRunner: CommandRunning, @unchecked Sendable {
    private let outputs: [String: String]
    private let lock = NSLock()
    private var asked: [String] = []

    /// `outputs` maps a command line (`tool arg arg`) to what it prints; others are not installed.
    init(_ outputs: [String: String]) {
        self.outputs = outputs
    }

    func output(of tool: String, _ arguments: [String]) -> String? {
        let line = ([tool] + arguments).joined(separator: " ")
        lock.lock()
        asked.append(line)
        lock.unlock()
        return outputs[line]
    }

    var commands: [String] {
        lock.lock()
        defer { lock.unlock() }
        return asked
    }
}

@Suite struct NetworkProbeTests {
    static func addresses(_ list: [(String, String)]) -> @Sendable () -> [InterfaceAddress] {
        let found = list.map { InterfaceAddress(interface: $0.0, address: IPAddress($0.1)!) }
        return { found }
    }

    static let none = addresses([])

    @Test func iwgetidTellsTheWiFiName() throws {
        let probe = NetworkProbe(runner: FakeRunner(["iwgetid -r": "OMUNET-1X\n"]), addresses: Self.none, platform: .linux)
        let observation = probe.observe(site: Fixtures.site)
        #expect(observation.wifi == WiFiReading(ssid: "OMUNET-1X", command: "iwgetid -r"))
        #expect(observation.report.onCampus == true)
        let reading = try #require(probe.reading(site: Fixtures.site, language: .en))
        #expect(reading.value == .bool(true))
        #expect(reading.how.contains("iwgetid -r"))
        #expect(reading.how.contains("OMUNET-1X"))
    }

    @Test func nmcliIsTriedWhenIwgetidSaysNothing() throws {
        let runner = FakeRunner(["nmcli -t -f active,ssid dev wifi": "no:OMUNET-1X\nyes:Cafe\\:Free\\\\WiFi\n"])
        let probe = NetworkProbe(runner: runner, addresses: Self.none, platform: .linux)
        let observation = probe.observe(site: Fixtures.site)
        #expect(runner.commands == ["iwgetid -r", "nmcli -t -f active,ssid dev wifi"])
        #expect(observation.wifi?.ssid == "Cafe:Free\\WiFi")
        #expect(try #require(probe.reading(site: Fixtures.site, language: .ja)).value == .bool(false))
    }

    @Test func anEmptyAnswerIsNoAnswer() {
        let probe = NetworkProbe(runner: FakeRunner(["iwgetid -r": "\n", "nmcli -t -f active,ssid dev wifi": "no:Home\n"]), addresses: Self.none, platform: .linux)
        #expect(probe.observe(site: Fixtures.site).wifi == nil)
    }

    @Test func withoutWiFiTheAddressesDecideWhenTheSiteListsCampusNetworks() throws {
        let inside = NetworkProbe(runner: FakeRunner([:]), addresses: Self.addresses([("eth0", "10.20.30.40")]), platform: .linux)
        let reading = try #require(inside.reading(site: Fixtures.siteWithCampus, language: .en))
        #expect(reading.value == .bool(true))
        #expect(reading.how.contains("eth0 10.20.30.40"))
        #expect(reading.how.contains("No Wi-Fi name found"))

        let outside = NetworkProbe(runner: FakeRunner([:]), addresses: Self.addresses([("eth0", "192.168.0.3")]), platform: .linux)
        #expect(outside.reading(site: Fixtures.siteWithCampus, language: .en)?.value == .bool(false))
    }

    @Test func withoutWiFiAndWithoutCampusNetworksItCannotTell() {
        let probe = NetworkProbe(runner: FakeRunner([:]), addresses: Self.addresses([("eth0", "10.20.30.40")]), platform: .linux)
        #expect(probe.reading(site: Fixtures.site, language: .ja) == nil)
        #expect(probe.observe(site: Fixtures.site).commandsTried == ["iwgetid -r", "nmcli -t -f active,ssid dev wifi"])
    }

    @Test func macOSFindsTheWiFiDeviceFirst() {
        let runner = FakeRunner([
            "networksetup -listallhardwareports": "Hardware Port: Ethernet\nDevice: en0\n\nHardware Port: Wi-Fi\nDevice: en1\nEthernet Address: 00:00:00:00:00:00\n",
            "networksetup -getairportnetwork en1": "Current Wi-Fi Network: OMUNET-1X\n",
        ])
        let observation = NetworkProbe(runner: runner, addresses: Self.none, platform: .macOS).observe(site: Fixtures.site)
        #expect(observation.wifi == WiFiReading(ssid: "OMUNET-1X", command: "networksetup -getairportnetwork en1"))
        #expect(observation.report.onCampus == true)
    }

    @Test func macOSFallsBackToIpconfigAndIgnoresARedactedName() {
        let named = FakeRunner([
            "networksetup -getairportnetwork en0": "You are not associated with an AirPort network.\n",
            "ipconfig getsummary en0": "<dictionary> {\n  BSSID : 00:11:22:33:44:55\n  SSID : OMUNET-1X\n}\n",
        ])
        #expect(NetworkProbe(runner: named, addresses: Self.none, platform: .macOS).observe(site: Fixtures.site).wifi?.ssid == "OMUNET-1X")
        let redacted = FakeRunner(["ipconfig getsummary en0": "<dictionary> {\n  SSID : <redacted>\n}\n"])
        #expect(NetworkProbe(runner: redacted, addresses: Self.none, platform: .macOS).observe(site: Fixtures.site).wifi == nil)
    }

    @Test func theRegistryRunsTheProbeWithTheSiteData() throws {
        let probe = NetworkProbe(runner: FakeRunner(["iwgetid -r": "OMUNET-5G\n"]), addresses: Self.none, platform: .linux)
        let registry = DomainRegistry.make(site: Fixtures.site, language: .en, probe: probe)
        let reading = try #require(registry.probes["network"]?())
        #expect(reading.value == .bool(true))
        var site = Fixtures.site
        site.omunetPrefixes = []
        #expect(DomainRegistry.make(site: site, probe: probe).probes["network"]?()?.value == .bool(false))
    }

    @Test func interfaceAddressesLeaveOutLoopbackAndLinkLocal() {
        for found in InterfaceAddresses.current() {
            #expect(found.address != IPAddress("127.0.0.1"))
            #expect(found.address != IPAddress("::1"))
            #expect(!InterfaceAddresses.isLinkLocal(found.address))
        }
        #expect(InterfaceAddresses.isLinkLocal(IPAddress("169.254.1.1")!))
        #expect(InterfaceAddresses.isLinkLocal(IPAddress("fe80::1")!))
        #expect(!InterfaceAddresses.isLinkLocal(IPAddress("10.0.0.1")!))
        #expect(!InterfaceAddresses.isLinkLocal(IPAddress("2001:db8::1")!))
    }
}

@Suite struct ProcessRunnerTests {
    @Test func itReturnsWhatAToolPrints() {
        // A generous limit: what is tested is the output, not how soon a loaded machine starts echo.
        #expect(ProcessRunner(timeout: 20).output(of: "echo", ["OMUNET-1X"]) == "OMUNET-1X\n")
    }

    @Test func aMissingToolSaysNothing() {
        #expect(ProcessRunner().locate("no-such-tool-for-helpdesk") == nil)
        #expect(ProcessRunner().output(of: "no-such-tool-for-helpdesk", []) == nil)
    }

    @Test func aFailingToolSaysNothing() {
        #expect(ProcessRunner().output(of: "sh", ["-c", "echo partial; exit 3"]) == nil)
    }

    @Test func aToolThatRunsTooLongIsStoppedInTime() {
        let start = Date()
        #expect(ProcessRunner(timeout: 0.3).output(of: "sleep", ["10"]) == nil)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func aToolThatLeavesAChildHoldingItsOutputDoesNotHang() {
        let start = Date()
        _ = ProcessRunner(timeout: 0.5).output(of: "sh", ["-c", "sleep 10 & echo started"])
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func largeOutputDoesNotBlockTheTool() throws {
        let output = try #require(ProcessRunner(timeout: 5).output(of: "sh", ["-c", "i=0; while [ $i -lt 20000 ]; do echo 0123456789; i=$((i+1)); done"]))
        #expect(output.utf8.count == 220_000)
    }

    @Test func toolsAreFoundOnTheSearchPath() {
        #expect(ProcessRunner(searchPath: ["/nonexistent"]).locate("sh") == nil)
        #expect(ProcessRunner(searchPath: ProcessRunner.defaultSearchPath(["PATH": "/nonexistent"])).locate("sh") != nil)
        #expect(ProcessRunner(searchPath: []).locate("/bin/sh") == "/bin/sh")
    }
}
