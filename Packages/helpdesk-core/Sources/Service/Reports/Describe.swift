import Inference
import KnowledgeBase

/// Short descriptions of where things lead, for people.
public struct Describe: Sendable {
    public let language: Language
    public let knowledge: CompiledKnowledge

    public init(language: Language, knowledge: CompiledKnowledge) {
        self.language = language
        self.knowledge = knowledge
    }

    public func destination(_ d: Destination) -> String {
        switch d {
        case .check(let fact, let prompt):
            // A derived fact has no question of its own: its first input's question says what is checked.
            let input = knowledge.fact(fact)?.from.lazy.compactMap { self.knowledge.fact($0)?.prompt }.first
            return Words.check.text(language) + ((prompt ?? input)?.text(language) ?? Words.furtherCheck.text(language))
        case .step(let text):
            return Words.tryStep.text(language) + firstSentence(text.text(language))
        case .conclusion(let kind, let text):
            return kindLabel(kind) + ": " + firstSentence(text.text(language))
        case .tree(_, let title):
            return Words.goTo.text(language) + title.text(language)
        case .returns:
            return Words.returnsToHelpdesk.text(language)
        case .resolved:
            return Words.solved.text(language)
        }
    }

    public func kindLabel(_ kind: Ending.Kind) -> String {
        Words.kind(kind).text(language)
    }

    /// Up to the first 。 or '. ' outside quotation brackets (「…。」 is a quoted message, not
    /// the end of the sentence), for one-line summaries.
    public func firstSentence(_ text: String) -> String {
        // On the UTF-8 bytes (the marks are ASCII, or three bytes from E3 80 or EF BC): a
        // diagnosis describes every branch's destination this way.
        var copy = text
        let end: Int? = copy.withUTF8 { utf8 in
            var depth = 0
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b < 0x80 {
                    switch b {
                    case UInt8(ascii: "("): depth += 1
                    case UInt8(ascii: ")"): depth = max(0, depth - 1)
                    case UInt8(ascii: " ") where depth == 0 && i > 0 && utf8[i - 1] == UInt8(ascii: "."): return i
                    default: break
                    }
                    i += 1
                    continue
                }
                if i + 2 < utf8.count, b == 0xE3 || b == 0xEF {
                    switch (b, utf8[i + 1], utf8[i + 2]) {
                    case (0xE3, 0x80, 0x8C), (0xE3, 0x80, 0x8E), (0xEF, 0xBC, 0x88): depth += 1  // 「 『 （
                    case (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89): depth = max(0, depth - 1)  // 」 』 ）
                    case (0xE3, 0x80, 0x82) where depth == 0: return i + 3  // 。
                    default: break
                    }
                }
                i += 1
            }
            return nil
        }
        guard let end else { return text }
        return String(decoding: text.utf8.prefix(end), as: UTF8.self)
    }

    /// A step's outcome key `<tree>/<node>` as people read it: 手順「…」.
    public func stepTitle(_ key: String) -> String {
        guard let s = knowledge.step(outcomeKey: key) else { return key }
        return Words.stepNamed(firstSentence(s.text.text(language))).text(language)
    }

    /// A known fact's value for people: a choice's label, yes or no, `•••` for a secret, and for
    /// a step's outcome whether it solved the problem.
    public func value(_ key: String, _ value: FactValue) -> String {
        let fact = knowledge.fact(key)
        if value.isUnknown { return Words.unknown.text(language) }
        if fact?.type.isSecret == true { return SecretPolicy.mask }
        if fact == nil, case .bool(let solved) = value {
            return (solved ? Words.stepSolved : Words.stepNotSolved).text(language)
        }
        return Words.label(value.description, of: fact, in: language)
    }

    /// What a fact or a step is called for people: its prompt, else the step's first sentence.
    public func factLabel(_ key: String) -> String {
        if let fact = knowledge.fact(key) { return fact.prompt?.text(language) ?? key }
        return stepTitle(key)
    }
}
