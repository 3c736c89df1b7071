import Foundation
import Testing

/// Secrets are never written anywhere: walk every bundled tree with secrets given, and search
/// every output, saved session and transcript for them.
@Suite struct SecretLeakTests {
    static let secrets = ["new_password": "Pw9SecretXq!", "new_password_confirmation": "Pw9SecretXq?", "setup_key": " SECRETKEYJBSWY3D"]
    static let needles = ["Pw9SecretXq", "SECRETKEYJBSWY3D"]

    static func trees() throws -> [String] {
        let r = try CLI.run(["list", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let list = try #require(object["trees"] as? [[String: Any]])
        return list.compactMap { $0["id"] as? String }
    }

    static func assertNoSecret(_ text: String, _ place: String) {
        for needle in needles { #expect(!text.contains(needle), "secret found in \(place)") }
    }

    /// Drives every tree through the JSON protocol, answering each question with its first choice.
    @Test func jsonProtocolNeverShowsSecrets() throws {
        let secretsJSON = String(decoding: try JSONSerialization.data(withJSONObject: Self.secrets), as: UTF8.self)
        for tree in try Self.trees() {
            var facts: [String] = []
            for _ in 0..<25 {
                let r = try CLI.run(["diagnose", "--json", "--tree", tree, "--facts", "-"] + facts.flatMap { ["--fact", $0] }, input: secretsJSON)
                Self.assertNoSecret(r.output, "diagnose --json --tree \(tree)")
                let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
                guard o["status"] as? String == "question", let q = o["question"] as? [String: Any], let key = q["key"] as? String else {
                    #expect(o["status"] as? String == "conclusion", "\(tree): \(o)")
                    break
                }
                let value = (q["choices"] as? [[String: Any]])?.first?["value"] as? String ?? (q["type"] as? String == "number" ? "3" : "ab12345")
                facts.append("\(key)=\(value)")
            }
        }
    }

    /// Drives every tree at the terminal with secrets given, quits midway once and saves a
    /// transcript at the end; neither the output, the saved session nor the transcript holds them.
    @Test func terminalSessionsAndFilesNeverHoldSecrets() throws {
        let state = try CLI.temporaryDirectory()
        let given = Self.secrets.flatMap { ["--fact", "\($0.key)=\($0.value)"] }
        for tree in try Self.trees() {
            let transcript = state.appendingPathComponent("\(tree).md")
            let midway = try CLI.run(["--tree", tree, "--new"] + given, input: "quit\n", environment: ["XDG_STATE_HOME": state.path])
            Self.assertNoSecret(midway.output, "\(tree) output")
            if let saved = FileManager.default.contents(atPath: state.appendingPathComponent("helpdesk/session.json").path) {
                Self.assertNoSecret(String(decoding: saved, as: UTF8.self), "\(tree) saved session")
            }
            let answers = Array(repeating: "1", count: 30) + ["save", transcript.path, ""]
            let r = try CLI.run(
                ["--tree", tree, "--resume"] + given, input: answers.joined(separator: "\n") + "\n", environment: ["XDG_STATE_HOME": state.path])
            Self.assertNoSecret(r.output, "\(tree) output")
            if let md = FileManager.default.contents(atPath: transcript.path) {
                Self.assertNoSecret(String(decoding: md, as: UTF8.self), "\(tree) transcript")
            }
        }
    }

    /// A secret typed at the prompt is not echoed, saved, or written to the transcript.
    @Test func typedSecretsStayInMemory() throws {
        let state = try CLI.temporaryDirectory()
        let transcript = state.appendingPathComponent("t.md")
        // The message: unknown; the field: the new password; then the password and its confirmation.
        let lines = ["わからない", "2", "Pw9SecretXq", "Pw9SecretXq"] + Array(repeating: "1", count: 12) + ["save", transcript.path, ""]
        let r = try CLI.run(
            ["--tree", "password-change-error", "--no-probe"], input: lines.joined(separator: "\n") + "\n",
            environment: ["XDG_STATE_HOME": state.path])
        #expect(r.stdout.contains("画面には表示されず"))
        Self.assertNoSecret(r.output, "output")
        if let md = FileManager.default.contents(atPath: transcript.path) { Self.assertNoSecret(String(decoding: md, as: UTF8.self), "transcript") }
        let quit = try CLI.run(
            ["--tree", "password-change-error", "--new"], input: "わからない\n2\nPw9SecretXq\nquit\n", environment: ["XDG_STATE_HOME": state.path])
        Self.assertNoSecret(quit.output, "output")
        let sessions = CLI.savedSessions(state)
        #expect(sessions.count == 1)
        for file in sessions {
            let saved = try #require(FileManager.default.contents(atPath: file.path))
            Self.assertNoSecret(String(decoding: saved, as: UTF8.self), "saved session")
        }
    }
}
