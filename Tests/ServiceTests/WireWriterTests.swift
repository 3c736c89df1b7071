import Foundation
import Inference
import KnowledgeBase
import Testing
import Triage
@testable import Service

/// The wire types that write themselves (`WireWritable`) write the same bytes as their
/// `Codable` conformance, which defines the format: on every bundled ticket, every tree walked
/// to its end, and objects with every optional member present and absent.
@Suite struct WireWriterTests {
    static func same<T: Encodable>(_ value: T, _ what: @autoclosure () -> String) throws {
        let direct = String(decoding: try StreamingJSON.encode(value), as: UTF8.self)
        let coded = String(decoding: try StreamingJSON.encodeThroughCodable(value), as: UTF8.self)
        guard direct != coded else { return }
        // Where they part, with a little before it: the whole objects run to kilobytes.
        let common = zip(direct, coded).prefix { $0 == $1 }.count
        let from = max(0, common - 40)
        Issue.record("\(what()): written \(direct.dropFirst(from).prefix(120)) / through Codable \(coded.dropFirst(from).prefix(120))")
    }

    /// Every labelled ticket of the benchmark's sets, in both languages' replies.
    @Test func everyBundledTicket() throws {
        let folder = URL(fileURLWithPath: Fixture.root).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var tickets: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for case .success(let ticket) in TicketReader.jsonl(text) { tickets.append(ticket.text) }
        }
        #expect(tickets.count > 500)
        let triager = TriageReportTests.triager
        for (i, ticket) in tickets.enumerated() {
            let language: Language? = i % 3 == 0 ? .en : nil
            let report = TriageReport(triager.triage(ticket, top: 1 + i % 5, language: language), knowledge: Fixture.compiled, id: i % 2 == 0 ? "t\(i)" : nil)
            try Self.same(report, ticket)
        }
    }

    /// Integers are written digit by digit, as JSONEncoder writes them.
    @Test func integersAsJSONEncoderWritesThem() throws {
        let numbers: [Int] = [0, 7, -1, 10, -10, 99, 100, 1_234_567_890, -987_654_321, Int.max, Int.min]
        let written = String(decoding: try StreamingJSON.encodeThroughCodable(numbers), as: UTF8.self)
        let foundation = String(decoding: try JSONEncoder().encode(numbers), as: UTF8.self)
        #expect(written == foundation)
        let unsigned: [UInt64] = [0, 42, UInt64.max]
        #expect(String(decoding: try StreamingJSON.encodeThroughCodable(unsigned), as: UTF8.self) == "[0,42,18446744073709551615]")
    }

    /// Numbers of three places (scores, confidences) are written digit by digit: the text
    /// Swift's own printer gives, which reads back as the same number; others through it.
    @Test func numbersAsSwiftPrintsThem() throws {
        var numbers: [Double] = [0.001, -0.001, 0.5, 0.05, 0.005, 1.25, -1.25, 99.994, 100.1, 0.999, 12345.678, 999_999_999_999.999, 1e12 + 0.5]
        numbers += [0.1 + 0.2, 1.0 / 3, 2.5e-7, 1e300, -1e-300, 0.0001]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let thousandths = Double(Int64.random(in: -100_000_000...100_000_000, using: &generator))
            numbers.append((thousandths / 1000 * 1000).rounded() / 1000)
        }
        for n in numbers where n.rounded() != n {
            let written = String(decoding: try StreamingJSON.encodeThroughCodable(n), as: UTF8.self)
            #expect(written == "\(n)", "\(n)")
            #expect(Double(written) == n, "\(n)")
        }
    }

    /// A batch keeps the question objects it built (`QuestionMemo`) with their JSON: every line it
    /// writes is the line a report written on its own gives, on every bundled ticket.
    @Test func aBatchWritesWhatEachReportWritesAlone() throws {
        let folder = URL(fileURLWithPath: Fixture.root).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var lines: [TicketReader.Line] = []
        for file in files {
            lines += TicketReader.jsonl(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
        let triager = TriageReportTests.triager
        var written: [UInt8] = []
        let summary = TriageBatch(triager: triager).run(lines, output: { written += $0 }, failure: { _ in })
        #expect(summary.triaged > 500)
        let encoder = WireEncoder()
        var alone: [UInt8] = []
        for case .success(let ticket) in lines {
            alone += encoder.data(TriageReport(triager.triage(ticket.text, top: 3), knowledge: Fixture.compiled, id: ticket.id))
            alone.append(0x0A)
        }
        #expect(written == alone)
    }

    /// A question object from the memo that is then changed writes what it holds, not the JSON
    /// kept for it.
    @Test func aChangedQuestionFromTheMemoWritesItsNewValue() throws {
        let memo = QuestionMemo()
        let triager = TriageReportTests.triager
        let result = triager.triage("パスワードを忘れました", top: 3)
        var report = TriageReport(result, knowledge: Fixture.compiled, memo: memo)
        let again = TriageReport(result, knowledge: Fixture.compiled, memo: memo)
        #expect(report.next?.question?.written.stored != nil)
        try Self.same(again, "from the memo")
        report.next?.question?.prompt = "changed"
        try Self.same(report, "changed after the memo")
        #expect(String(decoding: try StreamingJSON.encode(report), as: UTF8.self).contains("\"prompt\":\"changed\""))
    }

    /// Every tree from its start to its end, every object on the way, with an id as the server
    /// gives them.
    @Test(arguments: [false, true]) func everyTreeWalked(unknown: Bool) throws {
        let engine = Fixture.knowledge.engine(allowProbes: false)
        for language in Language.allCases {
            let builder = WireBuilder(knowledge: Fixture.compiled, language: language)
            for tree in Fixture.compiled.trees.map(\.id) {
                var session = Session(tree: tree)
                for step in 0..<100 {
                    let result = engine.step(session)
                    var object = builder.diagnosis(result, start: tree)
                    if step % 2 == 1 { object.id = "s\(step)" }
                    try Self.same(object, "\(tree) step \(step)")
                    guard case .question(let q) = result.status else { break }
                    let value: FactValue
                    switch q.type {
                    case .bool: value = .bool(q.kind == .outcome ? false : !unknown)
                    case .choice: value = unknown && q.acceptsUnknown ? .unknown : .choice(q.choices[0].id)
                    case .number: value = unknown && q.acceptsUnknown ? .unknown : .number(3)
                    default: value = q.acceptsUnknown ? .unknown : .text("x")
                    }
                    session.record(q.key, value, source: .given)
                }
            }
        }
    }

    /// Objects with every optional member present, then absent; text that needs escaping.
    @Test func everyMemberPresentAndAbsent() throws {
        let link = DiagnosisObject.LinkObject(id: "form", title: "Form \"1\"", url: "https://example.jp/a?b=c\\d")
        let question = DiagnosisObject.QuestionObject(
            key: "k", kind: "fact", type: "choice", node: "n", prompt: "p\n\t", instruction: "i", links: [link],
            choices: [.init(value: "a", label: "A")], forFact: "f", hint: "h", acceptsUnknown: true, unknownLabel: "わからない",
            why: .init(check: "t/n", reason: "r", branches: [.init(value: "a", label: "A", leadsTo: "x")]))
        let conclusion = DiagnosisObject.ConclusionObject(
            tree: "t", node: "n", kind: "resolved", title: "T", text: "x", steps: ["1", "2"], links: [link],
            contactCategory: .init(id: "c", label: "C", question: "q", form: link), step: "s")
        let full = DiagnosisObject(
            id: "id", status: "question", tree: "t", start: "t", question: question, conclusion: conclusion, error: "e\u{1}",
            shown: ["a", "b"],
            facts: SortedObject(["b": .init(value: .number(1.5), source: "given", how: "h"), "a": .init(value: .unknown, source: "given")]),
            trace: [
                .init(tree: "t", node: "n", action: "ask", fact: "f", value: .text("v"), source: "given", how: "h", to: "m"),
                .init(tree: "t", node: "n", action: "go"),
            ])
        try Self.same(full, "full")
        let bare = DiagnosisObject(
            status: "error", start: "t",
            question: .init(
                key: "k", kind: "outcome", type: "bool", node: "n", prompt: nil, instruction: nil, links: [], choices: nil,
                acceptsUnknown: false),
            conclusion: .init(
                tree: "t", node: "n", kind: "remedy", title: "", text: "", steps: [], links: [.init(id: "x", title: nil, url: nil)],
                contactCategory: nil),
            shown: [], facts: SortedObject(), trace: [])
        try Self.same(bare, "bare")
        for number in [0, -1, 1e15, 1e16, 0.1, 123.456, -2.5e-7] {
            try Self.same(SortedObject<WireValue>(["n": .number(number), "b": .bool(true), "t": .text("\"")]), "\(number)")
        }
        var report = TriageReportTests.report("OMUIDは ＡＢ１２３４５ です")
        report.separating = .init(fact: "f", prompt: "p", between: ["a", "b"])
        report.spelling = [.init(word: "pasword", reading: "password"), .init(word: "\"", reading: "é")]
        report.reply = nil
        report.next = nil
        try Self.same(report, "report without reply and next")
    }
}

/// Strings escaped eight bytes at a time: every character that needs escaping, at every
/// position of a long string, reads back as it was.
@Suite struct StringEscapingTests {
    @Test func everyEscapeAtEveryPosition() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{0}"]
        let base = Array("パスワードabcdefghijklmnopq“引用”é")
        for special in specials {
            for position in 0...base.count {
                var characters = base
                characters.insert(special, at: position)
                let text = String(characters)
                let json = try StreamingJSON.encode(["t": text])
                let back = try JSONDecoder().decode([String: String].self, from: Data(json))
                #expect(back["t"] == text, "\(special.unicodeScalars.first!.value) at \(position)")
                #expect(!json.contains { $0 < 0x20 })
            }
        }
    }
}
