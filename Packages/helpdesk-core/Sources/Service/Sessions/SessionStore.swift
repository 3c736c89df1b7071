import Foundation
import Inference
import KnowledgeBase

/// A diagnosis as it is kept between runs: no secret fact, ever (`Session.persistable`).
public struct SavedSession: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var key: String
        /// The value as text; nil for "I don't know".
        public var value: String?
        public var source: Provenance
        public var how: String?
    }

    public var version = SavedSession.currentVersion
    public var id: String
    public var tree: String
    public var language: Language
    public var savedAt: Date
    public var entries: [Entry]
    public var probed: [String]

    public static let currentVersion = 2

    enum CodingKeys: String, CodingKey {
        case version, id, tree, language, entries, probed
        case savedAt = "saved_at"
    }

    /// The session as it may be kept: secret facts are left out here, whoever calls.
    public init(id: String, session: Session, language: Language, knowledge: CompiledKnowledge, savedAt: Date = Date()) {
        let kept = session.persistable(in: knowledge)
        self.id = id
        tree = kept.tree
        self.language = language
        self.savedAt = savedAt
        entries = kept.entries.map { Entry(key: $0.key, value: $0.value.isUnknown ? nil : $0.value.description, source: $0.source, how: $0.how) }
        probed = kept.probed.sorted()
    }

    init(id: String, tree: String, language: Language, savedAt: Date, entries: [Entry], probed: [String]) {
        self.id = id
        self.tree = tree
        self.language = language
        self.savedAt = savedAt
        self.entries = entries
        self.probed = probed
    }

    /// Whether any question was answered.
    public var hasAnswers: Bool { entries.contains { $0.source == .asked } }

    /// The session replayed on `knowledge`; an error says what no longer fits.
    public func session(on knowledge: CompiledKnowledge) throws(InputError) -> Session {
        guard knowledge.tree(tree) != nil else { throw InputError("its tree '\(tree)' is no longer in the knowledge") }
        var session = Session(tree: tree)
        let reader = AnswerReader(knowledge: knowledge)
        for entry in entries where knowledge.fact(entry.key)?.type.isSecret != true {
            do {
                var read: Session.Entry
                if let text = entry.value {
                    read = try reader.entry(key: entry.key, text: text, source: entry.source)
                } else {
                    read = try reader.unknownEntry(key: entry.key, source: entry.source)
                }
                read.how = entry.how
                session.entries.append(read)
            } catch {
                throw InputError("'\(entry.key)' no longer fits the knowledge (\(error.message))")
            }
        }
        session.probed = Set(probed)
        return session
    }
}

/// Where diagnoses are kept, by session id: files for the terminal, a database for the server.
public protocol SessionStore: Sendable {
    /// Writes the session; an error means it was not saved (and must not be claimed as saved).
    func save(_ session: SavedSession) throws(StoreError)
    /// The session `id`, or nil when there is none.
    func load(_ id: String) throws(StoreError) -> SavedSession?
    /// Removes the session `id`, if it is there.
    func delete(_ id: String) throws(StoreError)
}

/// A store that could not do what it was asked; the message says why, without any fact's value.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// 128 random bits as 32 hexadecimal digits: a session id nobody can guess.
public func newSessionID() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<2).map { _ in hexDigits(generator.next()) }.joined()
}
