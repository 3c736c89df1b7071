import Foundation
import KnowledgeBase

/// Reads secret values (a password, a setup key) without ever showing them: on a terminal, at a
/// prompt on standard error with echo turned off; otherwise one value per line of standard input.
/// A value is never taken from the command line, where the shell history and `ps` would keep it.
enum SecretInput {
    /// One value per prompt, in order; nil where input ended first. Line ends are removed; other
    /// white space is kept, since checks look at it.
    static func read(prompts: [LocalizedText], language: Language) -> [String?] {
        let terminal = isatty(STDIN_FILENO) == 1
        return prompts.map { prompt in
            guard terminal else { return readLine(strippingNewline: true) }
            FileHandle.standardError.write(Data(prompt.text(language).utf8))
            return EchoOff.readLine()
        }
    }
}

/// The terminal's settings while echo is off, for a signal handler to put back.
private nonisolated(unsafe) var savedTerminal = termios()

/// Reading one line from the terminal with echo off, putting echo back however reading ends.
private enum EchoOff {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func readLine() -> String? {
        guard tcgetattr(STDIN_FILENO, &savedTerminal) == 0 else { return Swift.readLine(strippingNewline: true) }
        var quiet = savedTerminal
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        // Handlers the caller had (the diagnosis's Ctrl-C message): put back afterwards, and
        // called after the terminal is restored if a signal comes while echo is off.
        let previous = signals.map { signal($0, restoreAndExit) }
        for (number, handler) in zip(signals, previous) { previousHandlers[Int(number)] = handler }
        _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal)
            for (number, handler) in zip(signals, previous) { _ = signal(number, handler) }
        }
        return Swift.readLine(strippingNewline: true)
    }
}

/// The handlers in place before echo was turned off, by signal number.
private nonisolated(unsafe) var previousHandlers = [sighandler_t?](repeating: nil, count: 65)

/// Puts the terminal back, then lets the caller's handler run, or exits as the signal would have.
private func restoreAndExit(_ signal: Int32) {
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal)
    _ = write(STDERR_FILENO, "\n", 1)
    // SIG_DFL and SIG_IGN are the values 0 and 1, not functions to call.
    if let handler = previousHandlers[Int(signal)], unsafeBitCast(handler, to: Int.self) > 1 { handler(signal) }
    _exit(128 + signal)
}
