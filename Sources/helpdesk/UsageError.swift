import ArgumentParser

/// Bad usage or bad input: a message on standard error (or a JSON error object on standard
/// output with --json) and exit status 2.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    let json: Bool

    init(_ message: String, json: Bool = false) {
        self.message = message
        self.json = json
    }

    var description: String { message }
}

extension UsageError {
    /// Reports the error the way the command was asked to speak, and exits 2.
    func exit() -> Never {
        if json {
            Output.out(Output.json(["status": "error", "error": message]))
        } else {
            Output.err("helpdesk: error: \(message)")
        }
        Helpdesk.exit(withError: ExitCode(2))
    }
}
