import CommandLineSupport
import Foundation

/// `helpdesk-server`, the executable that serves and reads the server's data, found beside this
/// one (both are built together) or else on PATH, and run in this process's place: its output,
/// signals (SIGTERM, SIGINT, SIGHUP) and exit status are the command's own.
enum ServerExecutable {
    static let name = "helpdesk-server"

    /// Where it is: beside the running `helpdesk` (through symbolic links), else on PATH.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        var beside: [String] = []
        if let own = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            beside.append(URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(name).path)
        }
        let invoked = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        beside.append(invoked.deletingLastPathComponent().appendingPathComponent(name).path)
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
        return (beside + onPath).first { fm.isExecutableFile(atPath: $0) }
    }

    /// Runs `helpdesk-server command arguments…` in place of this process; returns only by
    /// throwing, when it cannot be found or started.
    static func exec(_ command: [String]) throws -> Never {
        guard let path = locate() else {
            throw CommandError(
                "`helpdesk \(command[0])` runs \(name), which is neither beside this helpdesk nor on PATH: "
                    + "build both with `swift build` (add -c release for an installed copy) and keep them in one folder")
        }
        fflush(nil)
        let argv = ([path] + command).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        throw CommandError("cannot run \(path): \(reason)")
    }
}
