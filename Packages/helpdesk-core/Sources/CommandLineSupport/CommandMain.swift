import ArgumentParser
import Foundation
import KnowledgeBase
import Service

/// A command that answers in JSON when asked to: its errors are JSON objects on standard output.
public protocol SpeaksJSON {
    var speaksJSON: Bool { get }
}

/// Bad usage or bad input: exit status 2, with the message where the command speaks.
public struct CommandError: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The version both executables report.
public let helpdeskVersion = "0.2.0"

/// How both executables run their command line. Errors are reported once, here: as a JSON object
/// on standard output for a command speaking JSON, else on standard error; bad usage and bad
/// input exit 2 (the project's convention, not ArgumentParser's 64).
public enum CommandMain {
    public static func run<Root: ParsableCommand>(_ root: Root.Type) async {
        var json = false
        do {
            var command = try root.parseAsRoot()
            json = (command as? SpeaksJSON)?.speaksJSON ?? false
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as ExitCode {
            root.exit(withError: error)
        } catch {
            if let message = message(for: error) {
                if json {
                    Output.out(WireEncoder().string(ErrorObject(message)))
                } else {
                    Output.err("helpdesk: error: \(TerminalText.safe(message))")
                }
                root.exit(withError: ExitCode(2))
            }
            if root.exitCode(for: error) == .validationFailure {
                Output.err(root.fullMessage(for: error))
                root.exit(withError: ExitCode(2))
            }
            root.exit(withError: error)
        }
    }

    /// The message of an error the library or a command raised on bad input.
    public static func message(for error: any Error) -> String? {
        switch error {
        case let e as CommandError: return e.message
        case let e as KnowledgeError: return e.description
        case let e as InputError: return e.message
        case let e as StoreError: return e.message
        case let e as TicketError: return e.description
        default: return nil
        }
    }
}
