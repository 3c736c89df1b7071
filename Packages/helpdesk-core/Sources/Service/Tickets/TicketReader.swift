import Foundation

/// A ticket of a batch: its id (given, else its line or row number) and its text; for labelled
/// tickets, the entry it belongs to and its language.
public struct Ticket: Sendable, Equatable {
    public var id: String
    public var text: String
    public var tree: String?
    public var lang: String?
    /// The line (JSONL) or row (CSV, counting the header as 1) it came from.
    public var line: Int
}

/// A line or row that is not a ticket. The message never repeats the line: it may hold a secret.
public struct TicketError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads tickets from JSONL (`{"id": …, "text": …}` or a JSON string per line) or CSV (a header
/// with a `text` column, and `id`, `tree`, `lang` if there are). Each line is read on its own,
/// so one bad line is reported with its number and the rest are still read.
public enum TicketReader {
    public typealias Line = Result<Ticket, TicketError>

    /// JSONL or CSV by the file name's extension.
    public static func read(path: String, content: String) -> [Line] {
        path.lowercased().hasSuffix(".csv") ? csv(content) : jsonl(content)
    }

    private struct Object: Decodable {
        var id: ID?
        var text: String
        var tree: String?
        var lang: String?

        /// An id may be written as a string or a number.
        struct ID: Decodable {
            var text: String
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) { text = s }
                else if let n = try? c.decode(Int64.self) { text = String(n) }
                else { text = String(try c.decode(Double.self)) }
            }
        }
    }

    public static func jsonl(_ content: String) -> [Line] {
        let decoder = JSONDecoder()
        var lines: [Line] = []
        var number = 0
        // Lines are split on bytes: splitting a String on Characters segments every grapheme,
        // and the generic split of its UTF-8 view cost some 11,000 instructions a line. Each
        // line stays a slice of the content, whose UTF-8 is valid already: strings cut from it
        // are copied, not validated again.
        var content = content
        content.makeContiguousUTF8()
        let utf8 = content.utf8
        let bytes = Array(utf8)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var slice = line
            while let f = slice.first, f == 0x20 || f == 0x09 || f == 0x0D { slice = slice.dropFirst() }
            while let l = slice.last, l == 0x20 || l == 0x09 || l == 0x0D { slice = slice.dropLast() }
            guard !slice.isEmpty else { continue }
            // By scalars: a range of a String is rounded to whole Characters ("\r\n" is one).
            let substring = Substring(content.unicodeScalars[index(slice.startIndex)..<index(slice.endIndex)])
            if let flat = FlatJSON.object(substring), let text = flat["text"] {
                // The common shape, {"id": …, "text": …}, read without a decoder.
                lines.append(.success(Ticket(id: flat["id"] ?? "\(number)", text: text, tree: flat["tree"], lang: flat["lang"], line: number)))
                continue
            }
            let trimmed = String(substring)
            let data = Data(trimmed.utf8)
            if trimmed.first == "\"", let text = try? decoder.decode(String.self, from: data) {
                lines.append(.success(Ticket(id: "\(number)", text: text, line: number)))
            } else if let object = try? decoder.decode(Object.self, from: data) {
                lines.append(.success(Ticket(id: object.id?.text ?? "\(number)", text: object.text, tree: object.tree, lang: object.lang, line: number)))
            } else {
                lines.append(.failure(TicketError(line: number, message: "expected a JSON object with \"text\", or a JSON string")))
            }
        }
        return lines
    }

    public static func csv(_ content: String) -> [Line] {
        let rows = CSV.rows(content)
        guard let header = rows.first else { return [] }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = names.firstIndex(of: "text") else {
            return [.failure(TicketError(line: 1, message: "the CSV file has no 'text' column in its header"))]
        }
        func column(_ name: String, _ row: [String]) -> String? {
            names.firstIndex(of: name).flatMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil }
        }
        return rows.dropFirst().enumerated().compactMap { n, row in
            guard textColumn < row.count, !row[textColumn].isEmpty else { return nil }
            return .success(Ticket(
                id: column("id", row) ?? "\(n + 1)", text: row[textColumn], tree: column("tree", row), lang: column("lang", row), line: n + 2))
        }
    }
}

/// A one-level JSON object whose values are strings or integers, read in one pass; nil for
/// anything else (nested values, other numbers, a key given twice, bad syntax), which the full
/// decoder then reads.
enum FlatJSON {
    /// The members in the order written: a ticket has two to four, so a key is found by
    /// comparing it with each (a dictionary hashed every key of every line, twice).
    struct Object {
        var members: [(key: String, value: String)] = []

        subscript(key: String) -> String? { members.first { $0.key == key }?.value }
    }

    static func object(_ line: String) -> Object? { object(line[...]) }

    static func object(_ line: Substring) -> Object? {
        let whole = line
        var line = line
        /// The text of bytes `range` of the line: cut from it, so not validated again.
        func text(_ range: Range<Int>) -> String {
            let u = whole.utf8
            return String(Substring(whole.unicodeScalars[u.index(u.startIndex, offsetBy: range.lowerBound)..<u.index(u.startIndex, offsetBy: range.upperBound)]))
        }
        return line.withUTF8 { bytes -> Object? in
            var i = 0
            func space() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
            func byte(_ b: UInt8) -> Bool {
                space()
                guard i < bytes.count, bytes[i] == b else { return false }
                i += 1
                return true
            }
            func string() -> String? {
                guard byte(UInt8(ascii: "\"")) else { return nil }
                var out: [UInt8] = []
                while i < bytes.count {
                    // A run of plain bytes is taken at once (a byte at a time cost 70 instructions
                    // a byte); a string without escapes is made from the line's bytes directly.
                    let start = i
                    var end = i
                    while end < bytes.count {
                        let b = bytes[end]
                        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
                        end += 1
                    }
                    i = end
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    guard i < bytes.count else { return nil }
                    let b = bytes[i]
                    i += 1
                    if b == UInt8(ascii: "\"") {
                        if out.isEmpty { return text(start..<(i - 1)) }
                        out.append(contentsOf: run)
                        return String(validating: out, as: UTF8.self)
                    }
                    out.append(contentsOf: run)
                    if b < 0x20 { return nil }
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(scalar) {
                            // A surrogate pair.
                            guard byte(UInt8(ascii: "\\")), i < bytes.count, bytes[i] == UInt8(ascii: "u") else { return nil }
                            i += 1
                            guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let s = Unicode.Scalar(scalar) else { return nil }
                        out.append(contentsOf: UTF8.encode(s)!)
                    default: return nil
                    }
                }
                return nil
            }
            func hex4() -> UInt32? {
                guard i + 4 <= bytes.count else { return nil }
                var v: UInt32 = 0
                for _ in 0..<4 {
                    let b = bytes[i]
                    i += 1
                    switch b {
                    case 0x30...0x39: v = v << 4 | UInt32(b - 0x30)
                    case 0x61...0x66: v = v << 4 | UInt32(b - 0x57)
                    case 0x41...0x46: v = v << 4 | UInt32(b - 0x37)
                    default: return nil
                    }
                }
                return v
            }
            func integer() -> String? {
                space()
                let start = i
                if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
                guard i > start, i - start < 19 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            guard byte(UInt8(ascii: "{")) else { return nil }
            var object = Object()
            object.members.reserveCapacity(4)
            if byte(UInt8(ascii: "}")) { space(); return i == bytes.count ? object : nil }
            repeat {
                guard let key = string(), byte(UInt8(ascii: ":")) else { return nil }
                space()
                let value = i < bytes.count && bytes[i] == UInt8(ascii: "\"") ? string() : integer()
                guard let value, object[key] == nil else { return nil }
                object.members.append((key, value))
            } while byte(UInt8(ascii: ","))
            guard byte(UInt8(ascii: "}")) else { return nil }
            space()
            return i == bytes.count ? object : nil
        }
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
public enum CSV {
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character?
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }
}
