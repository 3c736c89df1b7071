import Foundation

/// A JSON object of facts, `{"KEY": value, …}`, read strictly: an object, every value a string,
/// a number or a boolean, and no key twice (JSON parsers keep the last of two, silently).
enum FactsJSON {
    /// A value as given: the text a person would type for it.
    enum Scalar: Decodable {
        case text(String)
        case number(Double)
        case bool(Bool)
        case null
        case other

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null; return }
            if let b = try? c.decode(Bool.self) { self = .bool(b); return }
            if let n = try? c.decode(Double.self) { self = .number(n); return }
            if let s = try? c.decode(String.self) { self = .text(s); return }
            self = .other
        }

        /// The value as text; nil for what is not a scalar.
        var text: String? {
            switch self {
            case .text(let s): return s
            case .bool(let b): return b ? "true" : "false"
            case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
            case .null, .other: return nil
            }
        }
    }

    /// The keys and values in the order written. A number is kept as written, so that `1e3`
    /// or `-1` reach the fact's own check instead of being read as 1000 or taken.
    static func read(_ data: Data) throws(InputError) -> [(key: String, value: Scalar)] {
        let (keys, numbers) = try topLevelKeys(data)
        let object: [String: Scalar]
        do {
            object = try JSONDecoder().decode([String: Scalar].self, from: data)
        } catch {
            throw InputError("standard input is not JSON: expected an object of facts, like {\"setup_key\": \"…\"}")
        }
        return keys.map { key in
            if case .number = object[key], let literal = numbers[key] { return (key, .text(literal)) }
            return (key, object[key] ?? .other)
        }
    }

    /// The keys of the top-level object, in order, and the literal text of its number values; a
    /// key written twice is an error.
    static func topLevelKeys(_ data: Data) throws(InputError) -> ([String], [String: String]) {
        let bytes = [UInt8](data)
        var i = 0
        func skipSpace() { while i < bytes.count, JSONSpace.contains(bytes[i]) { i += 1 } }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else {
            throw InputError("standard input must be a JSON object of facts, like {\"setup_key\": \"…\"}")
        }
        var depth = 0
        var keys: [String] = []
        var numbers: [String: String] = [:]
        var seen: Set<String> = []
        var expectKey = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectKey = depth == 1 && b == UInt8(ascii: "{")
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                i += 1
            case UInt8(ascii: ","):
                expectKey = depth == 1
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i += 1
                if expectKey, depth == 1, i <= bytes.count {
                    // Decoded, so that "a" and "\u0061" are the same key.
                    let literal = Data(bytes[start..<min(i, bytes.count)])
                    guard let key = try? JSONDecoder().decode(String.self, from: literal) else {
                        throw InputError("standard input is not a JSON object of facts, like {\"setup_key\": \"…\"}")
                    }
                    guard seen.insert(key).inserted else { throw InputError("the fact '\(key)' is given twice in the JSON object") }
                    keys.append(key)
                    expectKey = false
                    // A number value: its literal, up to the next delimiter.
                    var j = i
                    while j < bytes.count, JSONSpace.contains(bytes[j]) || bytes[j] == UInt8(ascii: ":") { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[j]) {
                        let start = j
                        while j < bytes.count, !JSONSpace.contains(bytes[j]), bytes[j] != UInt8(ascii: ","), bytes[j] != UInt8(ascii: "}") { j += 1 }
                        numbers[key] = String(decoding: bytes[start..<j], as: UTF8.self)
                    }
                }
            default:
                i += 1
            }
        }
        return (keys, numbers)
    }
}
