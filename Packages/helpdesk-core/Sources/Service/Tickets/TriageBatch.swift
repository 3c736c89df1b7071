import Foundation
import KnowledgeBase
import Triage

/// Triage of a whole file of tickets: one JSON result per good line, in order; a line that is not
/// a ticket becomes an error record (its line number and what is wrong, never its text) and the
/// rest go on.
public struct TriageBatch {
    public let triager: Triager
    public var top: Int
    public var language: Language?

    public init(triager: Triager, top: Int = 3, language: Language? = nil) {
        self.triager = triager
        self.top = top
        self.language = language
    }

    /// What a batch did.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var triaged = 0
        public var failed: [TicketError] = []

        public var description: String {
            "\(triaged) ticket\(triaged == 1 ? "" : "s") triaged, \(failed.count) line\(failed.count == 1 ? "" : "s") failed"
        }
    }

    /// An error record, for standard error: `{"version", "line", "error"}`.
    public struct ErrorRecord: Codable, Sendable, Equatable {
        public var version = wireVersion
        public var line: Int
        public var error: String
    }

    /// Triages every line; `output` receives each result's JSON line, `failure` each bad line's
    /// error record, `progress` the count done.
    public func run(
        _ lines: [TicketReader.Line], output: (Data) -> Void, failure: (ErrorRecord) -> Void, progress: (Int) -> Void = { _ in }
    ) -> Summary {
        let memo = QuestionMemo()
        var summary = Summary()
        // Every report is written straight into one buffer, handed on every 64 KB.
        let sink = Sink()
        sink.reserveCapacity(1 << 17)
        for (i, line) in lines.enumerated() {
            switch line {
            case .success(let ticket):
                let result = triager.triage(ticket.text, top: top, language: language)
                StreamingJSON.write(TriageReport(result, knowledge: triager.knowledge, id: ticket.id, memo: memo), to: sink)
                sink.append(0x0A)
                summary.triaged += 1
            case .failure(let error):
                summary.failed.append(error)
                failure(ErrorRecord(line: error.line, error: error.message))
            }
            if sink.count > 1 << 16 {
                output(sink.withBytes { Data(buffer: $0) })
                sink.removeAll()
            }
            progress(i + 1)
        }
        if !sink.isEmpty { output(sink.withBytes { Data(buffer: $0) }) }
        return summary
    }
}
