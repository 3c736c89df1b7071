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
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
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
