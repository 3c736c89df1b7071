import Foundation

/// Runs a command-line tool and hands back what it printed. The network probe reads the machine
/// through this, so tests can put fake outputs in its place.
public protocol CommandRunning: Sendable {
    /// The standard output of `tool` run with `arguments`, or nil when the tool is not installed,
    /// cannot start, exits with a failure, or does not finish in time.
    func output(of tool: String, _ arguments: [String]) -> String?
}

/// Runs tools as child processes with a hard time limit: a tool still running after `timeout`
/// seconds is terminated (then killed) and counts as having said nothing. Standard input and
/// standard error are the null device; the locale is `C` so the output is the same everywhere.
public struct ProcessRunner: CommandRunning {
    /// Seconds a tool may run.
    public var timeout: Double
    /// Folders searched for a tool given by name.
    public var searchPath: [String]

    public init(timeout: Double = 1.5, searchPath: [String] = ProcessRunner.defaultSearchPath()) {
        self.timeout = timeout
        self.searchPath = searchPath
    }

    /// `$PATH`, then the system folders where network tools live even when `$PATH` lacks them.
    public static func defaultSearchPath(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for folder in ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"] where !folders.contains(folder) {
            folders.append(folder)
        }
        return folders
    }

    /// The executable `tool` names: itself when it holds a `/`, else the first in `searchPath`.
    public func locate(_ tool: String) -> String? {
        if tool.contains("/") { return FileManager.default.isExecutableFile(atPath: tool) ? tool : nil }
        for folder in searchPath where !folder.isEmpty {
            let candidate = folder.hasSuffix("/") ? folder + tool : folder + "/" + tool
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public func output(of tool: String, _ arguments: [String]) -> String? {
        guard let executable = locate(tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["LANG"] = "C"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return nil }

        // Read on another thread so a tool that fills the pipe cannot block its own exit.
        let output = OutputBuffer()
        let read = DispatchSemaphore(value: 0)
        let reading = pipe.fileHandleForReading
        DispatchQueue.global().async {
            output.set(reading.readDataToEndOfFile())
            read.signal()
        }
        let deadline = DispatchTime.now() + timeout
        guard exited.wait(timeout: deadline) == .success else {
            stop(process, exited: exited)
            return nil
        }
        // A child the tool left behind may hold the pipe open: give up rather than wait for it.
        guard read.wait(timeout: deadline) == .success, process.terminationStatus == 0 else { return nil }
        return String(decoding: output.data, as: UTF8.self)
    }

    /// Terminates a tool that ran too long, and kills it if it does not go within 0.2 s.
    private func stop(_ process: Process, exited: DispatchSemaphore) {
        process.terminate()
        if exited.wait(timeout: .now() + 0.2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
    }
}

/// The bytes a reader thread collected, handed over under a lock.
private final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    func set(_ data: Data) {
        lock.lock()
        bytes = data
        lock.unlock()
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}
