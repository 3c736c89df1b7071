import Inference
import KnowledgeBase

/// What may be shown or kept of a diagnosis, decided here for every surface: a secret fact's
/// value (a password, a setup key) is shown as `•••` and never persisted, so a saved session, a
/// transcript, a JSON object or a server's database cannot hold one.
public struct SecretPolicy: Sendable {
    public let knowledge: CompiledKnowledge

    public init(knowledge: CompiledKnowledge) {
        self.knowledge = knowledge
    }

    /// How a secret value is shown.
    public static let mask = "•••"

    /// Whether the value of `key` is secret. Outcome keys and unknown keys are not facts with a
    /// secret type; a derived fact is not secret (it holds findings, not the value).
    public func isSecret(_ key: String) -> Bool {
        knowledge.factType(key)?.isSecret == true
    }

    /// The value as it may be shown: the mask for a secret.
    public func shown(_ key: String, _ value: FactValue) -> FactValue {
        isSecret(key) && !value.isUnknown ? .text(Self.mask) : value
    }

    /// The session without its secret facts: what may be written anywhere.
    public func persistable(_ session: Session) -> Session {
        var kept = session
        kept.entries.removeAll { isSecret($0.key) }
        return kept
    }
}

extension Session {
    /// This session as it may be written anywhere: without its secret facts.
    public func persistable(in knowledge: CompiledKnowledge) -> Session {
        SecretPolicy(knowledge: knowledge).persistable(self)
    }
}
