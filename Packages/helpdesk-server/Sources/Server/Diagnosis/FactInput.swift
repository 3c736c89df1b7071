import Foundation
import Inference
import KnowledgeBase
import Service

/// Facts and answers a client sends, read by the knowledge's own `AnswerReader` one key at a
/// time, so that each error names its key without repeating the value: a secret's value is
/// refused before anything else looks at it, and a value that does not fit its type is
/// described by the type, not quoted.
struct FactInput {
    let knowledge: CompiledKnowledge

    var policy: SecretPolicy { SecretPolicy(knowledge: knowledge) }

    /// A JSON object of facts (`{"KEY": value}`, `null` for "I don't know"), as written.
    func entries(object raw: Data, field: String) throws(APIError) -> [Session.Entry] {
        guard JSONObjectBody.isObject(raw) else {
            throw APIError.badRequest("bad_field", "'\(field)' must be an object of facts, like {\"activation_done\": true}")
        }
        let body = try JSONObjectBody(raw)
        var entries: [Session.Entry] = []
        for member in body.members { entries.append(try entry(key: member.key, raw: member.raw)) }
        return entries
    }

    /// One fact or step outcome with its raw JSON value.
    func entry(key: String, raw: Data) throws(APIError) -> Session.Entry {
        let reader = AnswerReader(knowledge: knowledge)
        let fact = knowledge.fact(key)
        if fact == nil, knowledge.step(outcomeKey: key) == nil {
            // The reader's own message: unknown fact, with the nearest id, or not a step.
            do { _ = try reader.value(key: key, text: "") } catch { throw APIError.badRequest("unknown_fact", error.message) }
            throw APIError.badRequest("unknown_fact", "unknown fact '\(key)'")
        }
        if JSONObjectBody.isNull(raw) {
            do { return try reader.unknownEntry(key: key) } catch { throw APIError.badRequest("bad_value", error.message) }
        }
        if policy.isSecret(key) {
            throw APIError.badRequest(
                "secret_refused",
                "'\(key)' is secret: this server never takes a secret's value (it was not kept); leave it out, or send null")
        }
        guard !JSONObjectBody.isContainer(raw) else {
            throw APIError.badRequest("bad_value", "the value of '\(key)' must be a string, a number, a boolean or null")
        }
        var member = Data("{".utf8)
        member.append(WireEncoder().data(key))
        member.append(UInt8(ascii: ":"))
        member.append(raw)
        member.append(UInt8(ascii: "}"))
        do {
            guard let read = try reader.entries(json: member).first else { throw InputError("") }
            return read
        } catch {
            throw APIError.badRequest("bad_value", expectation(key: key, fact: fact))
        }
    }

    /// What `key` takes, for a value that did not fit (the value is not repeated).
    func expectation(key: String, fact: Fact?) -> String {
        let what: String
        switch fact?.type ?? .bool {
        case .bool: what = "true or false (yes or no)"
        case .number: what = "a number 0 or more in plain digits (like 10 or 2.5)"
        case .choice: what = "one of: " + (fact?.values.map(\.id).joined(separator: ", ") ?? "")
        case .text, .secret: what = "a non-empty string"
        }
        return "'\(key)' takes \(what); the value given does not fit (it is not repeated here)"
    }
}
