import Foundation

/// An `application/x-www-form-urlencoded` body, as browsers post forms: fields by name (the
/// first of repeated ones), `+` as a space, percent-escapes decoded as UTF-8.
struct FormBody {
    let fields: [String: String]

    init(_ data: Data) {
        var fields: [String: String] = [:]
        for pair in data.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }

    static func decode(_ bytes: Data.SubSequence) -> String? {
        let spaced = bytes.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }
        return String(decoding: spaced, as: UTF8.self).removingPercentEncoding
    }
}
