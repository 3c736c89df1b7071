import Foundation
import Service

/// Standard output and standard error, with colour only where it belongs.
public enum Output {
    public static func out(_ text: String) {
        print(text)
    }

    /// Text without a line end, shown at once (before input is read).
    public static func prompt(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }

    public static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Styles for standard output and standard error: colour on a terminal, never with NO_COLOR.
    public static let style = Styler(colour: Styler.useColour(fd: STDOUT_FILENO))
    public static let errorStyle = Styler(colour: Styler.useColour(fd: STDERR_FILENO))

    /// A report as text or JSON.
    public static func report(_ report: some Report, json: Bool) {
        out(report.rendered(json ? .json : .text, style: style))
    }
}
