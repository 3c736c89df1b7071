import Foundation
import KnowledgeBase
import Triage

/// `triage --batch FILE`: JSONL (`{"id": …, "text": …}` or a JSON string per line) or CSV (a
/// header with a `text` column, and `id` if there is one). One JSON result per line out, with a
/// progress bar on standard error when it is a terminal.
struct TriageBatch {
    let triager: Triager
    let language: Language?
    let top: Int

    struct Ticket {
        let id: String
        let text: String
    }

    func run(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read \(path)", json: true) }
        let content = String(decoding: data, as: UTF8.self)
        let tickets = try path.lowercased().hasSuffix(".csv") ? Self.csvTickets(content) : Self.jsonlTickets(content)
        let progress = Progress(total: tickets.count)
        for (i, ticket) in tickets.enumerated() {
            let result = triager.triage(ticket.text, top: top, language: language)
            var object = TriageReport(knowledge: triager.knowledge, result: result).object()
            object["id"] = ticket.id
            Output.out(Output.json(object))
            progress.update(i + 1)
        }
        progress.finish()
    }

    static func jsonlTickets(_ content: String) throws -> [Ticket] {
        var tickets: [Ticket] = []
        for (n, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            let value = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])
            if let text = value as? String {
                tickets.append(Ticket(id: "\(n + 1)", text: text))
            } else if let object = value as? [String: Any], let text = object["text"] as? String {
                let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(n + 1)"
                tickets.append(Ticket(id: id, text: text))
            } else {
                // The line itself is not repeated: it may hold a secret.
                throw UsageError("line \(n + 1): expected a JSON object with \"text\", or a JSON string", json: true)
            }
        }
        return tickets
    }

    static func csvTickets(_ content: String) throws -> [Ticket] {
        let rows = CSV.rows(content)
        guard let header = rows.first else { return [] }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = names.firstIndex(of: "text") else { throw UsageError("the CSV file has no 'text' column in its header", json: true) }
        let idColumn = names.firstIndex(of: "id")
        return rows.dropFirst().enumerated().compactMap { n, row in
            guard textColumn < row.count, !row[textColumn].isEmpty else { return nil }
            let id = idColumn.flatMap { $0 < row.count ? row[$0] : nil } ?? "\(n + 1)"
            return Ticket(id: id, text: row[textColumn])
        }
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
enum CSV {
    static func rows(_ text: String) -> [[String]] {
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

/// A progress bar on standard error, only when it is a terminal.
final class Progress {
    let total: Int
    let enabled = Output.useColour(fd: STDERR_FILENO) || isatty(STDERR_FILENO) == 1
    private var last = -1

    init(total: Int) { self.total = total }

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != last else { return }
        last = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
