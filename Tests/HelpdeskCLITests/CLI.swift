import Foundation

/// Runs the built `helpdesk` binary, as a user or a script would.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var output: String { stdout + stderr }
    }

    /// The binary next to the test bundle (both live in the build's products folder).
    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("helpdesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        for arg in [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = arg.appendingPathComponent("helpdesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("helpdesk binary not found near \(CommandLine.arguments[0])")
    }()

    /// The repository's bundled knowledge.
    static let knowledge = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge").path

    /// Runs `helpdesk arguments…` with `input` on standard input, a plain (non-terminal)
    /// environment, and a private state directory; waits at most `timeout` seconds.
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "C"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "HELPDESK_KNOWLEDGE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var out = Data(), err = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { out = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = stderr.fileHandleForReading.readDataToEndOfFile() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw CLIError.timedOut(arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    enum CLIError: Error { case timedOut([String]) }

    /// The sessions the terminal saved under a state folder (`helpdesk/sessions/<id>.json`).
    static func savedSessions(_ state: URL) -> [URL] {
        let dir = state.appendingPathComponent("helpdesk/sessions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !$0.contains("unusable") }.map { dir.appendingPathComponent($0) }
    }

    /// A temporary folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the bundled knowledge that a test may break.
    static func knowledgeCopy() throws -> URL {
        let dir = try temporaryDirectory().appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: knowledge, toPath: dir.path)
        return dir
    }
}
