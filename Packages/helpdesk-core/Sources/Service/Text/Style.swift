import Foundation

/// ANSI styles for text on a terminal. A `Styler` with colour off returns text unchanged, so a
/// reporter writes the same code for a terminal, a pipe and `NO_COLOR`.
public enum Style: String, Sendable {
    case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
}

public struct Styler: Sendable {
    public let colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public static let plain = Styler(colour: false)

    public func callAsFunction(_ text: String, _ styles: Style...) -> String {
        guard colour, !styles.isEmpty else { return text }
        return "\u{1B}[\(styles.map(\.rawValue).joined(separator: ";"))m\(text)\u{1B}[0m"
    }

    /// Colour on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb.
    public static func useColour(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }
}
