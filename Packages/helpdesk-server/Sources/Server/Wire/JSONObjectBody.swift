import Foundation
import Service

/// A request body that must be one JSON object, read member by member with each value's raw
/// bytes kept: a fact's value reaches the knowledge's own reader as it was written (`1e3` is
/// not silently 1000), and no key may be given twice.
struct JSONObjectBody {
    /// The members in the order written.
    let members: [(key: String, raw: Data)]

    init(_ data: Data) throws(APIError) {
        // Well-formed JSON (Foundation's parser says so) whose top level is an object (its
        // first byte past white space opens one); the members are then read from the bytes,
        // not from what Foundation made of them.
        guard (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil,
            data.first(where: { !JSONSpace.contains($0) }) == UInt8(ascii: "{")
        else {
            throw APIError.badRequest("bad_json", "the body must be a JSON object")
        }
        members = try Self.scan(data)
    }

    /// The raw value of `key`.
    func raw(_ key: String) -> Data? { members.first { $0.key == key }?.raw }

    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Refuses members other than `allowed`.
    func allowOnly(_ allowed: [String]) throws(APIError) {
        if let other = members.first(where: { !allowed.contains($0.key) }) {
            throw APIError.badRequest(
                "unknown_field", "unknown field '\(other.key)' (this route takes \(allowed.map { "'\($0)'" }.joined(separator: ", ")))")
        }
    }

    /// An optional string member; `null` counts as absent.
    func string(_ key: String) throws(APIError) -> String? {
        guard let raw = raw(key), !Self.isNull(raw) else { return nil }
        guard let value = try? JSONDecoder().decode(String.self, from: raw) else {
            throw APIError.badRequest("bad_field", "'\(key)' must be a string")
        }
        return value
    }

    func requiredString(_ key: String) throws(APIError) -> String {
        guard let value = try string(key) else { throw APIError.badRequest("missing_field", "'\(key)' is required") }
        return value
    }

    static func isNull(_ raw: Data) -> Bool { raw.elementsEqual("null".utf8) }
    static func isObject(_ raw: Data) -> Bool { raw.first == UInt8(ascii: "{") }
    static func isContainer(_ raw: Data) -> Bool { raw.first == UInt8(ascii: "{") || raw.first == UInt8(ascii: "[") }

    /// The top-level members of valid JSON text holding an object.
    static func scan(_ data: Data) throws(APIError) -> [(key: String, raw: Data)] {
        let bytes = [UInt8](data)
        var i = 0
        func skipSpace() { while i < bytes.count, JSONSpace.contains(bytes[i]) { i += 1 } }
        /// Moves past the string starting at `i` (its opening quote).
        func skipString() {
            i += 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            i += 1
        }
        /// Moves past the value starting at `i`.
        func skipValue() {
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    skipString()
                    if depth == 0 { return }
                    continue
                }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
                    depth += 1
                    i += 1
                    continue
                }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    if depth == 0 { return }
                    depth -= 1
                    i += 1
                    if depth == 0 { return }
                    continue
                }
                if depth == 0, b == UInt8(ascii: ",") || JSONSpace.contains(b) { return }
                i += 1
            }
        }
        var members: [(key: String, raw: Data)] = []
        var seen: Set<String> = []
        skipSpace()
        i += 1  // {
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { break }
            let keyStart = i
            skipString()
            guard let key = try? JSONDecoder().decode(String.self, from: Data(bytes[keyStart..<min(i, bytes.count)])) else {
                throw APIError.badRequest("bad_json", "the body must be a JSON object")
            }
            guard seen.insert(key).inserted else { throw APIError.badRequest("duplicate_field", "'\(key)' is given twice") }
            skipSpace()
            i += 1  // :
            skipSpace()
            let valueStart = i
            skipValue()
            members.append((key, Data(bytes[valueStart..<min(i, bytes.count)])))
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { break }
            i += 1
        }
        return members
    }
}
