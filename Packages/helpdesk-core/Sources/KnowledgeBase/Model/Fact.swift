import YAML

/// What kind of value a fact holds.
public enum FactType: String, Sendable, Hashable, CaseIterable {
    case bool, number, text, secret, choice

    /// A secret's value never leaves memory: no file, log, saved session or transcript.
    public var isSecret: Bool { self == .secret }
}

/// One allowed value of a `choice` fact, with its label for people.
public struct ChoiceValue: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    public var mark: Mark?

    public init(id: String, label: LocalizedText, mark: Mark? = nil) {
        self.id = id
        self.label = label
        self.mark = mark
    }
}

/// When a derived or probed fact cannot be obtained that way: ask the fact itself (`fact`), or ask its
/// first unknown input (`from`) so the derivation can run.
public enum AskPolicy: String, Sendable, Hashable, CaseIterable {
    case fact, inputs
}

/// A named piece of knowledge about the user's situation, declared once.
public struct Fact: Sendable, Hashable {
    public var id: String
    public var type: FactType
    public var prompt: LocalizedText?
    /// For `choice` facts, the allowed values in order.
    public var values: [ChoiceValue]
    /// A derivation registered by the domain module, computing this fact from `from`.
    public var derive: String?
    public var from: [String]
    /// A probe registered by the domain module that can tell this fact from the machine.
    public var probe: String?
    public var ask: AskPolicy
    /// How a person can find the answer out (「アプリを開いて…」), shown with the question and
    /// after an "I don't know".
    public var hint: LocalizedText?
    /// The question as a person writing back to the user asks it (in a reply draft), not the
    /// terminal's prompt: 「ログインに使われたOMUIDをお知らせください。」.
    public var reply: LocalizedText?
    public var mark: Mark?

    public init(
        id: String, type: FactType, prompt: LocalizedText? = nil, values: [ChoiceValue] = [],
        derive: String? = nil, from: [String] = [], probe: String? = nil, ask: AskPolicy = .fact,
        hint: LocalizedText? = nil, reply: LocalizedText? = nil, mark: Mark? = nil
    ) {
        self.id = id
        self.type = type
        self.prompt = prompt
        self.values = values
        self.derive = derive
        self.from = from
        self.probe = probe
        self.ask = ask
        self.hint = hint
        self.reply = reply
        self.mark = mark
    }

    /// The values a `decide` on this fact must cover: true/false, or the choice values.
    public var caseValues: [String]? {
        switch type {
        case .bool: return ["true", "false"]
        case .choice: return values.map(\.id)
        default: return nil
        }
    }

    /// Reads a value as a person or a program writes it, checking it against this fact's type.
    public func parse(_ text: String) -> Result<FactValue, FactValueError> {
        FactValue.parse(text, for: self)
    }
}
