import Foundation
import Inference
import KnowledgeBase

/// Keeps an interrupted diagnosis in the user's state directory
/// (`$XDG_STATE_HOME/helpdesk/session.json`, else `~/.local/state/helpdesk/session.json`), so
/// the next `helpdesk` can offer to resume it. Secret facts are never written: they are asked
/// again on resume. A file that is corrupt or no longer fits the knowledge is set aside with a
/// message, never a crash.
struct SessionStore {
    static let version = 1
    let file: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        file = base.appendingPathComponent("helpdesk/session.json")
    }

    struct Saved {
        var session: Session
        var language: Language?
        var savedAt: Date
    }

    enum LoadResult {
        case none
        case saved(Saved)
        /// The file could not be used; it was moved to `setAside`.
        case setAside(reason: String, to: URL)
    }

    /// Writes the session, leaving out every secret fact.
    func save(_ session: Session, language: Language, knowledge: CompiledKnowledge) throws {
        let entries: [[String: Any]] = session.entries.compactMap { entry in
            if knowledge.fact(entry.key)?.type.isSecret == true { return nil }
            var object: [String: Any] = ["key": entry.key, "value": entry.value.description, "source": entry.source.rawValue]
            if let how = entry.how { object["how"] = how }
            return object
        }
        let object: [String: Any] = [
            "version": Self.version, "tree": session.tree, "language": language.rawValue,
            "saved_at": ISO8601DateFormatter().string(from: Date()), "entries": entries,
            "probed": session.probed.sorted(),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try data.write(to: file, options: .atomic)
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }

    func load(knowledge: CompiledKnowledge) -> LoadResult {
        guard let data = FileManager.default.contents(atPath: file.path) else { return .none }
        do {
            return .saved(try decode(data, knowledge: knowledge))
        } catch {
            return setAside(reason: error.description)
        }
    }

    func delete() {
        try? FileManager.default.removeItem(at: file)
    }

    struct Unusable: Error { let description: String }

    private func decode(_ data: Data, knowledge: CompiledKnowledge) throws(Unusable) -> Saved {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw Unusable(description: "it is not a saved session (not JSON)")
        }
        guard object["version"] as? Int == Self.version else {
            throw Unusable(description: "it was saved by another version of helpdesk")
        }
        guard let tree = object["tree"] as? String, knowledge.tree(tree) != nil else {
            throw Unusable(description: "its tree is no longer in the knowledge")
        }
        var session = Session(tree: tree)
        let input = FactInput(knowledge: knowledge)
        for item in object["entries"] as? [[String: Any]] ?? [] {
            guard let key = item["key"] as? String, let text = item["value"] as? String,
                let source = (item["source"] as? String).flatMap(Provenance.init(rawValue:))
            else { throw Unusable(description: "an entry is malformed") }
            guard knowledge.fact(key)?.type.isSecret != true else { continue }
            do {
                let entry = try input.entry(key: key, text: text)
                session.entries.append(Session.Entry(key: key, value: entry.value, source: source, how: item["how"] as? String))
            } catch {
                throw Unusable(description: "'\(key)' no longer fits the knowledge (\(error.description))")
            }
        }
        session.probed = Set(object["probed"] as? [String] ?? [])
        let savedAt = (object["saved_at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
        return Saved(session: session, language: (object["language"] as? String).flatMap(Language.init(rawValue:)), savedAt: savedAt)
    }

    private func setAside(reason: String) -> LoadResult {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let target = file.deletingLastPathComponent().appendingPathComponent("session.unusable-\(stamp).json")
        do {
            try FileManager.default.moveItem(at: file, to: target)
        } catch {
            try? FileManager.default.removeItem(at: file)
        }
        return .setAside(reason: reason, to: target)
    }
}
