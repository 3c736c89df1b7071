import CommandLineSupport
import Foundation
import KnowledgeBase
import Service

/// The terminal as the diagnosis dialogue's console: prompts on standard output, answers read
/// one per line (echoed when they come from a script, so the output reads like the dialogue),
/// secrets read without echo, and Ctrl-C said and obeyed at once.
struct TerminalConsole: DialogueConsole {
    let interactive = isatty(STDIN_FILENO) == 1

    /// The terminal's width: `$COLUMNS`, else the terminal's own, else 80; at most 100.
    static let columns: Int = {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 20 { return min(c, 100) }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return min(Int(size.ws_col), 100) }
        return 80
    }()

    func say(_ text: String) { print(text) }

    func warn(_ text: String) { Output.err(text) }

    func ask(_ prompt: String) -> String? {
        Output.prompt(prompt)
        let line = readLine(strippingNewline: true)
        if !interactive, let line { say(TerminalText.safe(line)) }
        return line
    }

    func askSecret(_ prompt: String) -> String? {
        SecretInput.read(prompts: [LocalizedText(ja: prompt, en: prompt)], language: .ja).first ?? nil
    }

    func onInterrupt(say text: String) { SignalMessage.install(text) }
}

/// Ctrl-C at a prompt: the session is already saved after every answer, so say so and stop.
enum SignalMessage {
    nonisolated(unsafe) static var message: [CChar] = []

    static func install(_ text: String) {
        message = Array(("\n" + text + "\n").utf8CString)
        signal(SIGINT) { _ in
            SignalMessage.message.withUnsafeBufferPointer { buffer in
                _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count - 1)
            }
            _exit(130)
        }
    }
}
