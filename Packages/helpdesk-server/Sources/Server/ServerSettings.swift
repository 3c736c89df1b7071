import Foundation

/// How a server runs: where it listens, where it keeps its data, and its limits.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The data folder: the database and the generated agent token.
    public var dataDirectory: URL
    /// Request bodies larger than this are refused with 413.
    public var maxBodyBytes: Int
    /// The token bucket of each client on the public write routes.
    public var rateLimit: TokenBucket.Settings

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: URL, maxBodyBytes: Int = 64 * 1024,
        rateLimit: TokenBucket.Settings = .init()
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.maxBodyBytes = maxBodyBytes
        self.rateLimit = rateLimit
    }
}

/// The data folder: `--data`, else `$XDG_DATA_HOME/helpdesk`, else `~/.local/share/helpdesk`.
public enum DataDirectory {
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("helpdesk")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/helpdesk")
    }

    /// Creates the folder (mode 0700) when it is missing.
    public static func prepare(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ServerSetupError("\(directory.path) is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ServerSetupError("cannot create the data folder \(directory.path)")
        }
    }
}

/// The server cannot start: the message says why.
public struct ServerSetupError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
