import Foundation
import Logging
import Server
import Service
import Testing

/// What `helpdesk serve` does after reading its options, in process: it says where the data and
/// the token are and where it listens, and maps what stops it to a setup or a serving failure.
@Suite struct ServerLauncherTests {
    /// Lines said by a launcher, as they come.
    final class Said: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    static func launcher(port: Int = 0, knowledge: String = TestServer.knowledgeRoot) throws -> (ServerLauncher, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-launcher-\(UUID().uuidString)")
        let settings = ServerSettings(port: port, dataDirectory: directory)
        let logger = Logger(label: "helpdesk-test") { _ in SwiftLogNoOpLogHandler() }
        return (ServerLauncher(settings: settings, knowledgePath: knowledge, database: nil, logger: logger), directory)
    }

    @Test func knowledgeThatCannotBeLoadedIsASetupFailure() async throws {
        let (launcher, directory) = try Self.launcher(knowledge: "/nonexistent/knowledge")
        defer { try? FileManager.default.removeItem(at: directory) }
        await #expect {
            try await launcher.run { _ in }
        } throws: { error in
            guard case .setup(let message) = error as? ServerLauncher.Failure else { return false }
            return message.contains("/nonexistent/knowledge")
        }
    }

    @Test func itSaysWhereEverythingIsAndAnAddressInUseIsAServingFailure() async throws {
        let (launcher, directory) = try Self.launcher()
        defer { try? FileManager.default.removeItem(at: directory) }
        let said = Said()
        let serving = Task { try await launcher.run(say: said.append) }
        defer { serving.cancel() }
        for _ in 0..<600 where said.all.count < 4 { try await Task.sleep(for: .milliseconds(50)) }
        let lines = said.all
        try #require(lines.count == 4, "\(lines)")
        #expect(lines[0] == "database: \(directory.appendingPathComponent("helpdesk.sqlite").path)")
        if ProcessInfo.processInfo.environment[AgentToken.environmentVariable] == nil {
            #expect(lines[1] == "agent token: \(directory.appendingPathComponent(AgentToken.fileName).path) (new)")
        }
        #expect(lines[2].hasPrefix("listening on http://127.0.0.1:"))
        let url = String(lines[2].dropFirst("listening on ".count))
        #expect(lines[3] == "self-service: \(url)/   workbench: \(url)/agent")

        // A second server on the same port cannot listen: said with the address, once.
        let port = try #require(Int(url.split(separator: ":").last ?? ""))
        let (second, secondDirectory) = try Self.launcher(port: port)
        defer { try? FileManager.default.removeItem(at: secondDirectory) }
        await #expect {
            try await second.run { _ in }
        } throws: { error in
            guard case .serving(let message) = error as? ServerLauncher.Failure else { return false }
            return message.hasPrefix("cannot serve on 127.0.0.1:\(port): ")
        }
    }
}
