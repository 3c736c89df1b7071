/// Facts known so far, by id.
public typealias KnownFacts = [String: FactValue]

/// A value a probe read off the machine, and how, for the user and the explanation.
public struct ProbeReading: Sendable, Hashable {
    public var value: FactValue
    public var how: String

    public init(value: FactValue, how: String) {
        self.value = value
        self.how = how
    }
}

/// Named derivations and probes. The domain module registers them; the knowledge names them
/// (`derive: omu.code_expired`); the engine runs them without knowing the domain; the linter
/// rejects a name nobody registered.
public struct DerivationRegistry: Sendable {
    /// Computes a fact from known facts, or nil when the inputs do not settle it.
    public typealias Derive = @Sendable (KnownFacts) -> FactValue?
    /// Reads a fact off the machine, or nil when it cannot tell. Must return in bounded time.
    public typealias Probe = @Sendable () -> ProbeReading?

    public private(set) var derivations: [String: Derive] = [:]
    public private(set) var probes: [String: Probe] = [:]

    public init() {}

    public mutating func register(derivation name: String, _ body: @escaping Derive) {
        derivations[name] = body
    }

    public mutating func register(probe name: String, _ body: @escaping Probe) {
        probes[name] = body
    }

    /// The names the linter accepts.
    public var names: RegisteredNames {
        RegisteredNames(derivations: Set(derivations.keys), probes: Set(probes.keys))
    }
}

/// The derivation and probe names a linter run accepts.
public struct RegisteredNames: Sendable, Hashable {
    public var derivations: Set<String>
    public var probes: Set<String>

    public init(derivations: Set<String> = [], probes: Set<String> = []) {
        self.derivations = derivations.union(Self.builtIn)
        self.probes = probes
    }

    /// Derivations the engine itself runs: `messages` reads a fact off the on-screen message
    /// its input holds (the `implies` of the message the trees quote).
    public static let builtIn: Set<String> = [messagesDerivation]
    public static let messagesDerivation = "messages"
}
