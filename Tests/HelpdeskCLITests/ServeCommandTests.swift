import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `helpdesk serve` as a person starts it: it prints where it listens and where the token is,
/// answers over loopback, logs each request without a value, and stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ data: Data) { lock.withLock { text += String(decoding: data, as: UTF8.self) } }
        var value: String { lock.withLock { text } }
    }

    struct Reply {
        var status: Int
        var body: String
    }

    static func request(_ method: String, _ url: String, _ body: String? = nil) throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        nonisolated(unsafe) var reply: Reply?
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            reply = Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        guard done.wait(timeout: .now() + 30) == .success, let reply else { throw ServeError.noReply(url) }
        return reply
    }

    enum ServeError: Error { case noReply(String), notListening(String) }

    /// `helpdesk serve --port 0 arguments…` started, once it listens: the process, its URL,
    /// and what it prints.
    static func serve(_ arguments: [String], environment: [String: String]? = nil) throws -> (Process, String, Lines, Lines) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        if let environment { process.environment = environment }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let out = Lines(), err = Lines()
        stdout.fileHandleForReading.readabilityHandler = { out.append($0.availableData) }
        stderr.fileHandleForReading.readabilityHandler = { err.append($0.availableData) }
        try process.run()
        for _ in 0..<300 {
            if let line = out.value.split(separator: "\n").first(where: { $0.hasPrefix("listening on http://127.0.0.1:") }) {
                return (process, String(line.dropFirst("listening on ".count)), out, err)
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        if process.isRunning { process.terminate() }
        throw ServeError.notListening(out.value + err.value)
    }

    @Test func servesAndStopsOnSIGTERM() throws {
        let data = try CLI.temporaryDirectory().appendingPathComponent("data")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "HELPDESK_AGENT_TOKEN")
        let (process, url, out, err) = try Self.serve(["--data", data.path, "--knowledge", CLI.knowledge], environment: env)
        defer { if process.isRunning { process.terminate() } }
        let tokenFile = data.appendingPathComponent("agent-token")
        #expect(out.value.contains("agent token: \(tokenFile.path) (new)"))
        #expect(FileManager.default.fileExists(atPath: tokenFile.path))

        #expect(try Self.request("GET", url + "/healthz").body == "{\"status\":\"ok\"}\n")
        let created = try Self.request("POST", url + "/v1/sessions", #"{"tree": "code-expired", "facts": {"code_age_minutes": 8}}"#)
        #expect(created.status == 201)
        #expect(created.body.contains("\"status\":\"conclusion\""))
        let secret = "JBSWY3DPEHPK3PXPLIVE"
        let refused = try Self.request("POST", url + "/v1/sessions", #"{"tree": "setup-key-invalid", "facts": {"setup_key": "\#(secret)"}}"#)
        #expect(refused.status == 400)
        #expect(!refused.body.contains(secret))
        #expect(try Self.request("GET", url + "/v1/stats").status == 401)

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        Thread.sleep(forTimeInterval: 0.2)
        let log = err.value
        #expect(log.contains("route=/v1/sessions"))
        #expect(log.contains("status=201"))
        #expect(log.contains("status=400"))
        #expect(!log.contains(secret))
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            let bytes = try Data(contentsOf: data.appendingPathComponent(name))
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) holds the secret")
        }
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("helpdesk.sqlite").path))
    }

    /// On PostgreSQL (when CI names one), `serve` starts without a warning of the driver's
    /// and never prints the database's password.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["HELPDESK_TEST_POSTGRES_URL"].map { !$0.isEmpty } ?? false))
    func servesOnPostgreSQLQuietly() throws {
        let url = try #require(ProcessInfo.processInfo.environment["HELPDESK_TEST_POSTGRES_URL"])
        let data = try CLI.temporaryDirectory().appendingPathComponent("data")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let (process, address, out, err) = try Self.serve(["--data", data.path, "--knowledge", CLI.knowledge, "--database", url])
        defer { if process.isRunning { process.terminate() } }
        #expect(try Self.request("GET", address + "/healthz").status == 200)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        Thread.sleep(forTimeInterval: 0.2)
        let printed = out.value + err.value
        #expect(!printed.contains("warning"), "\(printed)")
        if let password = URLComponents(string: url)?.password { #expect(!printed.contains(":\(password)@")) }
    }

    /// `serve` runs helpdesk-server with every word after it, `--help` too; without one beside
    /// helpdesk or on PATH it says what is missing and how to get it.
    @Test func serveRunsTheServerExecutableBesideIt() throws {
        let help = try CLI.run(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: helpdesk serve"))
        #expect(help.stdout.contains("--rate-burst"))
        let badPort = try CLI.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2)
        #expect(badPort.stderr.contains("--port takes 0 to 65535"))

        let alone = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: alone) }
        let copy = alone.appendingPathComponent("helpdesk")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        for command in [["serve"], ["stats", "--data", alone.path], ["examples", "export"]] {
            let process = Process()
            process.executableURL = copy
            process.arguments = command
            process.environment = ["PATH": alone.path, "NO_COLOR": "1"]
            let stderr = Pipe()
            process.standardError = stderr
            process.standardOutput = Pipe()
            try process.run()
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(command)")
            #expect(message.contains("helpdesk: error: `helpdesk \(command[0])` runs helpdesk-server"), "\(message)")
            #expect(message.contains("swift build"))
        }
    }

    /// SIGHUP reloads the knowledge in a running server: a clean change is served, a broken
    /// one is refused with a line in the log, and the server goes on.
    @Test func sighupReloadsTheKnowledge() throws {
        let knowledge = try CLI.knowledgeCopy()
        let root = knowledge.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        let (process, url, _, err) = try Self.serve(["--data", root.appendingPathComponent("data").path, "--knowledge", knowledge.path])
        defer { if process.isRunning { process.terminate() } }
        func titles() throws -> String { try Self.request("GET", url + "/v1/trees?lang=en").body }
        #expect(try titles().contains("The confirmation code has expired"))

        let file = knowledge.appendingPathComponent("trees/activation/code-expired.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "en: The confirmation code has expired", with: "en: The code timed out")
            .write(to: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        // Up to 30 s: a reload trains the classifier again, slower on a busy machine.
        var reloaded = false
        for _ in 0..<300 where !reloaded {
            Thread.sleep(forTimeInterval: 0.1)
            reloaded = try titles().contains("The code timed out")
        }
        #expect(reloaded)
        #expect(err.value.contains("knowledge reloaded"))

        try original.replacingOccurrences(of: "start: resend", with: "start: [resend").write(to: file, atomically: true, encoding: .utf8)
        kill(process.processIdentifier, SIGHUP)
        var refused = false
        for _ in 0..<300 where !refused {
            Thread.sleep(forTimeInterval: 0.1)
            refused = err.value.contains("knowledge not reloaded")
        }
        #expect(refused)
        #expect(try titles().contains("The code timed out"))
        #expect(process.isRunning)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
