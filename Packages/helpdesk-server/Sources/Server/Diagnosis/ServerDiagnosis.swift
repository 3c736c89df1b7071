import Foundation
import Inference
import KnowledgeBase
import Service

/// Diagnoses as a server runs them: the engine with probes off (a server must never probe its
/// own network) and every secret taken as unknown (a server never holds one), so the object is
/// the one `diagnose --json` gives for the same facts. Sessions are kept as `SavedSession`s.
public struct ServerDiagnosis: Sendable {
    public let knowledge: LoadedKnowledge
    let engine: Engine
    /// The question objects built on this knowledge, shared by every request (sessions and
    /// triage alike): a question's object is the same for everyone who reaches its node.
    let memo = QuestionMemo()

    public init(knowledge: LoadedKnowledge) {
        self.knowledge = knowledge
        var engine = knowledge.engine(allowProbes: false)
        engine.secretsUnknown = true
        self.engine = engine
    }

    /// A walk's result: the object to return, what to keep and where it stands.
    public struct Walk: Sendable {
        public var object: DiagnosisObject
        public var saved: SavedSession
        public var progress: SessionProgress
        /// The answer this walk recorded, for the statistics: its question, never its value.
        public var answer: AnswerEvent?
    }

    var input: FactInput { FactInput(knowledge: knowledge.compiled) }

    /// A new session at `tree` with the facts given (raw JSON object), in `language`.
    public func start(id: String, tree: String, language: Language, facts: Data?) throws(APIError) -> Walk {
        do { _ = try knowledge.tree(tree) } catch { throw APIError.badRequest("unknown_tree", error.description) }
        let entries = try facts.map { data throws(APIError) in try input.entries(object: data, field: "facts") } ?? []
        return start(id: id, tree: tree, language: language, entries: entries)
    }

    /// A new session at `tree` (known to exist) with facts already read (a triaged description's).
    public func start(id: String, tree: String, language: Language, entries: [Session.Entry]) -> Walk {
        var session = Session(tree: tree)
        let policy = SecretPolicy(knowledge: knowledge.compiled)
        for entry in entries where !policy.isSecret(entry.key) {
            session.record(entry.key, entry.value, source: entry.source, how: entry.how)
        }
        return walk(session, id: id, language: language)
    }

    /// The session as kept, walked again.
    public func current(_ saved: SavedSession) throws(APIError) -> Walk {
        walk(try session(saved), id: saved.id, language: saved.language)
    }

    /// Records the answer to the current question. `key` must be the question's key.
    public func answer(_ saved: SavedSession, key: String, value raw: Data) throws(APIError) -> Walk {
        var session = try session(saved)
        let entry = try input.entry(key: key, raw: raw)
        let result = engine.step(session)
        guard case .question(let question) = result.status else {
            throw APIError(.conflict, "not_asking", "the session is not asking anything now (go back first to change an answer)")
        }
        guard question.key == key else {
            throw APIError(.conflict, "not_asked", "the session asks '\(question.key)' now, not '\(key)'")
        }
        session.record(entry.key, entry.value, source: .asked)
        var walk = walk(session, id: saved.id, language: saved.language)
        walk.answer = AnswerEvent(tree: question.tree, key: key, unknown: entry.value.isUnknown)
        return walk
    }

    /// Takes back the last answer.
    public func back(_ saved: SavedSession) throws(APIError) -> Walk {
        var session = try session(saved)
        guard session.undo() else { throw APIError(.conflict, "nothing_to_undo", "no answer to take back") }
        return walk(session, id: saved.id, language: saved.language)
    }

    func session(_ saved: SavedSession) throws(APIError) -> Session {
        do {
            return try saved.session(on: knowledge.compiled)
        } catch {
            throw APIError(.gone, "session_outdated", "the session no longer fits the knowledge: \(error.message)")
        }
    }

    func walk(_ session: Session, id: String, language: Language) -> Walk {
        let result = engine.step(session)
        var object = WireBuilder(knowledge: knowledge.compiled, language: language, memo: memo).diagnosis(result, start: session.tree)
        object.id = id
        let saved = SavedSession(id: id, session: session, language: language, knowledge: knowledge.compiled)
        let answers = session.entries.filter { $0.source == .asked }.count
        return Walk(object: object, saved: saved, progress: Self.progress(object, answers: answers))
    }

    /// Where the walk stands: its entry is the start tree, or the first tree the navigator
    /// (`start`) led into.
    static func progress(_ object: DiagnosisObject, answers: Int) -> SessionProgress {
        var entry = object.start
        if entry == "start", let first = object.trace.first(where: { $0.tree != "start" }) { entry = first.tree }
        if entry == "start", let tree = object.tree, tree != "start" { entry = tree }
        return SessionProgress(
            status: object.status, entryTree: entry, endingTree: object.conclusion?.tree, endingKind: object.conclusion?.kind,
            answers: answers, node: object.question.map { "\(object.tree ?? object.start)/\($0.node)" })
    }
}
