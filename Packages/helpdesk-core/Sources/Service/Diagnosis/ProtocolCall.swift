import Foundation
import Inference
import KnowledgeBase

/// One call of the JSON protocol (`helpdesk diagnose --json`, a server's session request):
/// the facts as the caller wrote them in, the protocol object out. What the caller sends is read
/// by the one `AnswerReader`; warnings are for people (a secret given where logs keep it).
public struct ProtocolCall: Sendable {
    public var tree: String
    /// `KEY=VALUE` arguments.
    public var arguments: [String]
    /// A JSON object of facts (`null` is "I don't know").
    public var json: Data?
    /// Facts the user does not know.
    public var unknowns: [String]
    public var allowProbes: Bool

    public init(tree: String = "start", arguments: [String] = [], json: Data? = nil, unknowns: [String] = [], allowProbes: Bool = false) {
        self.tree = tree
        self.arguments = arguments
        self.json = json
        self.unknowns = unknowns
        self.allowProbes = allowProbes
    }

    public struct Outcome: Sendable {
        public var object: DiagnosisObject
        /// Secret facts given as arguments, for a warning.
        public var secretArguments: [String]
        /// The session the object describes.
        public var session: Session
        /// Whether the walk ended in an error (bad knowledge or a probe that is off).
        public var failed: Bool { object.status == "error" }
    }

    /// The facts given, in order: arguments, unknowns, then the JSON object.
    public func entries(_ knowledge: CompiledKnowledge) throws(InputError) -> [Session.Entry] {
        let reader = AnswerReader(knowledge: knowledge)
        var entries: [Session.Entry] = []
        for argument in arguments { entries.append(try reader.entry(argument: argument)) }
        for key in unknowns { entries.append(try reader.unknownEntry(key: key)) }
        if let json { entries += try reader.entries(json: json) }
        return entries
    }

    public func run(on knowledge: LoadedKnowledge, language: Language) throws -> Outcome {
        _ = try knowledge.tree(tree)
        let given = try entries(knowledge.compiled)
        var session = Session(tree: tree)
        for entry in given { session.record(entry.key, entry.value, source: entry.source) }
        var driver = DiagnosisDriver(knowledge: knowledge, session: session, allowProbes: allowProbes)
        let next = driver.next()
        let object = WireBuilder(knowledge: knowledge.compiled, language: language).diagnosis(next.result, start: tree)
        return Outcome(object: object, secretArguments: secretArguments(knowledge.compiled), session: driver.session)
    }

    /// The secret facts given as `KEY=VALUE` arguments, where shell history and `ps` keep them.
    public func secretArguments(_ knowledge: CompiledKnowledge) -> [String] {
        let policy = SecretPolicy(knowledge: knowledge)
        return arguments.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) }.filter(policy.isSecret)
    }
}
