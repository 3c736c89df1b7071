import Foundation
import Inference
import KnowledgeBase

/// Reads facts and answers as people and programs write them, in one place for every surface:
/// an answer typed at a question (a number for a choice, yes/no, full-width digits, 「8分」), a
/// fact given as `KEY=VALUE` or in a JSON object, a value kept in a saved session or a knowledge
/// test. Keys are fact ids or a step's outcome key `<tree>/<node>` (yes/no).
public struct AnswerReader: Sendable {
    public let knowledge: CompiledKnowledge

    public init(knowledge: CompiledKnowledge) {
        self.knowledge = knowledge
    }

    // MARK: Answers at a question

    /// An answer typed at a question: the value, and a note when the input was read differently
    /// from how it was typed; or why it cannot be taken.
    public enum Reading: Sendable, Equatable {
        case value(FactValue, note: LocalizedText?)
        case invalid(LocalizedText)
    }

    public func read(_ raw: String, for question: Question) -> Reading {
        if question.acceptsUnknown, Self.isUnknownWord(raw) { return .value(.unknown, note: nil) }
        if question.type == .secret || question.type == .text {
            // Kept as typed: checks look at spaces and width.
            guard !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return .invalid(Words.emptyAnswer) }
            return .value(.text(raw), note: nil)
        }
        let typed = raw.trimmingCharacters(in: .whitespaces)
        let normalised = typed.nfkc.trimmingCharacters(in: .whitespaces)
        let note = normalised != typed ? Words.readAsHalfWidth(normalised) : nil
        let choices = Self.choiceValues(question)
        var text = normalised
        if question.type != .number, !choices.isEmpty, !normalised.isEmpty, normalised.allSatisfy(\.isASCIIDigit) {
            // The last number is "I don't know" where it is an answer.
            let count = choices.count + (question.acceptsUnknown ? 1 : 0)
            guard let n = Int(normalised), n >= 1, n <= count else { return .invalid(Words.numberRange(count)) }
            if n > choices.count { return .value(.unknown, note: note) }
            text = choices[n - 1]
        } else if question.type == .choice, let byLabel = question.choices.first(where: { Self.sameLabel($0.label, normalised) }) {
            text = byLabel.id
        } else if question.type == .number {
            text = Self.withoutUnit(normalised)
        }
        let fact = knowledge.fact(question.key) ?? Fact(id: question.key, type: .bool)
        switch fact.parse(text) {
        case .success(let value): return .value(value, note: note)
        case .failure:
            switch question.type {
            case .number: return .invalid(Words.answerNumber)
            case .bool: return .invalid(Words.answerYesNo)
            default: return .invalid(Words.answerChoice)
            }
        }
    }

    /// わからない, 分からない, don't know, ?? and the like: "I don't know".
    public static func isUnknownWord(_ raw: String) -> Bool {
        let t = raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "’", with: "'")
        return Words.unknownWords.contains(t) || Words.unknownWords.contains(t.trimmingCharacters(in: CharacterSet(charactersIn: "。.!！")))
    }

    /// A yes/no answer to a question of the tool's own (1 or 2, yes or no, はい or いいえ).
    public static func yesNo(_ raw: String) -> Bool? {
        let t = raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "1" { return true }
        if t == "2" { return false }
        return Fact(id: "answer", type: .bool).parse(t).success?.boolValue
    }

    /// The values a numbered answer picks from.
    public static func choiceValues(_ q: Question) -> [String] {
        switch q.type {
        case .bool: return ["true", "false"]
        case .choice: return q.choices.map(\.id)
        default: return []
        }
    }

    static func sameLabel(_ label: LocalizedText, _ text: String) -> Bool {
        let folded = text.lowercased()
        return [label.ja, label.en].contains { $0?.nfkc.lowercased() == folded }
    }

    /// 「8分」, "8 min", "8 minutes", 「8分前」 → "8".
    static func withoutUnit(_ text: String) -> String {
        var t = text.lowercased()
        for suffix in ["分ほど前", "分くらい前", "分前", "分", "minutes ago", "minutes", "minute", "mins", "min"] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            break
        }
        for prefix in ["約", "about "] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        return t.trimmingCharacters(in: .whitespaces)
    }

    // MARK: Facts given up front

    /// `KEY=VALUE` from the command line. An argument that is not of that form is not repeated
    /// in the message: it may hold a secret.
    public func entry(argument: String) throws(InputError) -> Session.Entry {
        guard let equals = argument.firstIndex(of: "=") else {
            throw InputError("--fact takes KEY=VALUE (the argument given is not repeated here, in case it holds a secret)")
        }
        let key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        return try entry(key: key, text: String(argument[argument.index(after: equals)...]))
    }

    /// A JSON object `{"KEY": value, …}`; values are strings, numbers or booleans, or `null` for
    /// "I don't know"; no key twice.
    public func entries(json data: Data) throws(InputError) -> [Session.Entry] {
        guard !data.allSatisfy(JSONSpace.contains) else { return [] }
        var entries: [Session.Entry] = []
        for (key, value) in try FactsJSON.read(data) {
            if case .null = value {
                entries.append(try unknownEntry(key: key))
                continue
            }
            guard let text = value.text else { throw InputError("the value of '\(key)' must be a string, a number, a boolean or null") }
            entries.append(try entry(key: key, text: text))
        }
        return entries
    }

    /// "I don't know" for the fact `key` (`--unknown KEY`, or `null` in JSON). A step's outcome
    /// cannot be unknown: the step was either tried or not.
    public func unknownEntry(key: String, source: Provenance = .asked) throws(InputError) -> Session.Entry {
        guard knowledge.fact(key) != nil else {
            if knowledge.step(outcomeKey: key) != nil { throw InputError("'\(key)' is a step: answer yes or no") }
            throw InputError("unknown fact '\(key)'" + Suggestion.didYouMean(key, among: knowledge.facts.map(\.id)))
        }
        return Session.Entry(key: key, value: .unknown, source: source)
    }

    /// A value for `key`, checked against its fact's type (or yes/no for an outcome key).
    public func entry(key: String, text: String, source: Provenance = .given) throws(InputError) -> Session.Entry {
        Session.Entry(key: key, value: try value(key: key, text: text), source: source)
    }

    public func value(key: String, text: String) throws(InputError) -> FactValue {
        let fact: Fact
        if let known = knowledge.fact(key) {
            fact = known
        } else if knowledge.step(outcomeKey: key) != nil {
            fact = Fact(id: key, type: .bool)
        } else {
            var message = "unknown fact '\(key)'"
            if key.contains("/") {
                message = "'\(key)' is not a step of the knowledge"
            } else {
                message += Suggestion.didYouMean(key, among: knowledge.facts.map(\.id))
            }
            throw InputError(message)
        }
        var typed = text
        if fact.type != .secret && fact.type != .text { typed = text.nfkc }
        if fact.type == .number { typed = Self.withoutUnit(typed.trimmingCharacters(in: .whitespaces)) }
        switch fact.parse(typed) {
        case .success(let value): return value
        case .failure(let error): throw InputError(error.description)
        }
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
