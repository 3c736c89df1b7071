import Foundation
import Inference
import KnowledgeBase

/// Facts given to `diagnose` up front: `--fact KEY=VALUE` and a JSON object on standard input.
/// A key is a fact id or a step's outcome key `<tree>/<node>`; every value is checked against
/// its fact's type. Messages name the key but never repeat a secret's value.
struct FactInput {
    let knowledge: CompiledKnowledge

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `KEY=VALUE`.
    func entry(argument: String) throws(Problem) -> Session.Entry {
        guard let equals = argument.firstIndex(of: "=") else {
            throw Problem(description: "--fact takes KEY=VALUE, got '\(argument.prefix(40))'")
        }
        let key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        return try entry(key: key, text: String(argument[argument.index(after: equals)...]))
    }

    /// Reads a JSON object `{"KEY": value, …}`; values may be strings, numbers or booleans.
    func entries(json data: Data) throws(Problem) -> [Session.Entry] {
        guard !data.isEmpty else { return [] }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw Problem(description: "standard input is not JSON: expected an object of facts, like {\"setup_key\": \"…\"}")
        }
        guard let object = parsed as? [String: Any] else {
            throw Problem(description: "standard input must be a JSON object of facts, like {\"setup_key\": \"…\"}")
        }
        var entries: [Session.Entry] = []
        for key in object.keys.sorted() {
            let value = object[key]!
            let text: String
            switch value {
            case let s as String: text = s
            case let n as NSNumber where type(of: n) == type(of: NSNumber(value: true)): text = n.boolValue ? "true" : "false"
            case let n as NSNumber: text = n.stringValue
            default: throw Problem(description: "the value of '\(key)' must be a string, a number or a boolean")
            }
            entries.append(try entry(key: key, text: text))
        }
        return entries
    }

    func entry(key: String, text: String) throws(Problem) -> Session.Entry {
        if let fact = knowledge.fact(key) {
            switch fact.parse(fact.type == .secret || fact.type == .text ? text : text.nfkc) {
            case .success(let value): return Session.Entry(key: key, value: value, source: .given)
            case .failure(let error): throw Problem(description: error.description)
            }
        }
        if isOutcomeKey(key) {
            let fact = Fact(id: key, type: .bool)
            switch fact.parse(text.nfkc) {
            case .success(let value): return Session.Entry(key: key, value: value, source: .given)
            case .failure(let error): throw Problem(description: error.description)
            }
        }
        var message = "unknown fact '\(key)'"
        if let guess = Suggestion.nearest(to: key, among: knowledge.facts.map(\.id)) { message += " — did you mean '\(guess)'?" }
        throw Problem(description: message)
    }

    /// `<tree>/<node>` naming a step node.
    func isOutcomeKey(_ key: String) -> Bool {
        knowledge.step(outcomeKey: key) != nil
    }
}

extension String {
    /// NFKC: full-width letters and digits become half-width, as typed on a Japanese keyboard.
    var nfkc: String { precomposedStringWithCompatibilityMapping }
}
