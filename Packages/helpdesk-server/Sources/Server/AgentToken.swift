import Foundation
import Service

/// The bearer token agents present on their routes. From `HELPDESK_AGENT_TOKEN`, else read from
/// `<data>/agent-token`, else generated there (256 random bits, mode 0600) on first start.
public struct AgentToken: Sendable {
    public enum Origin: Sendable, Equatable {
        case environment
        /// The token file; `created` on this start.
        case file(path: String, created: Bool)
    }

    let bytes: [UInt8]
    public let origin: Origin

    public static let environmentVariable = "HELPDESK_AGENT_TOKEN"
    public static let fileName = "agent-token"

    public init(_ token: String, origin: Origin = .environment) {
        bytes = Array(token.utf8)
        self.origin = origin
    }

    /// The token to use for a server whose data folder is `directory`.
    public static func resolve(directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AgentToken {
        if let token = environment[environmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            return AgentToken(token, origin: .environment)
        }
        let path = directory.appendingPathComponent(fileName).path
        if let data = FileManager.default.contents(atPath: path) {
            let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard token.utf8.count >= 32 else { throw ServerSetupError("\(path) holds no usable token (remove it to have a new one made)") }
            return AgentToken(token, origin: .file(path: path, created: false))
        }
        let token = generate()
        guard FileManager.default.createFile(atPath: path, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ServerSetupError("cannot write the agent token to \(path)")
        }
        return AgentToken(token, origin: .file(path: path, created: true))
    }

    /// 256 random bits as 64 hexadecimal digits.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in hexDigits(generator.next()) }.joined()
    }

    /// Whether `presented` is the token, in time that does not depend on where they differ.
    public func matches(_ presented: String) -> Bool {
        let other = Array(presented.utf8)
        var difference = UInt8(truncatingIfNeeded: other.count ^ bytes.count)
        if other.count != bytes.count { difference |= 1 }
        for i in 0..<bytes.count {
            difference |= bytes[i] ^ (i < other.count ? other[i] : 0)
        }
        return difference == 0
    }

    /// Whether an `Authorization` header value carries the token (`Bearer <token>`).
    public func authorizes(_ header: String?) -> Bool {
        guard let header else { return false }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        return matches(String(parts[1]).trimmedWhitespace)
    }
}
