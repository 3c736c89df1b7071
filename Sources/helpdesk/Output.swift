import Foundation

/// Writing to standard output and standard error, with colour only where it belongs.
enum Output {
    static func out(_ text: String) {
        print(text)
    }

    /// Text without a line end, shown at once (before input is read).
    static func prompt(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Colour on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb.
    static let colourOut = useColour(fd: STDOUT_FILENO)
    static let colourErr = useColour(fd: STDERR_FILENO)

    static func useColour(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    static func styled(_ text: String, _ styles: Style..., on colour: Bool) -> String {
        guard colour, !styles.isEmpty else { return text }
        return "\u{1B}[\(styles.map(\.rawValue).joined(separator: ";"))m\(text)\u{1B}[0m"
    }

    /// A JSON value as one line of text, keys sorted so output is stable.
    static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
