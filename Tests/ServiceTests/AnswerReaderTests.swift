import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// One reader for every surface: the terminal's answers, `--fact`, JSON facts, saved sessions
/// and knowledge tests.
@Suite struct AnswerReaderTests {
    let reader = AnswerReader(knowledge: Fixture.compiled)

    func value(_ reading: AnswerReader.Reading) -> FactValue? {
        if case .value(let v, _) = reading { return v }
        return nil
    }

    @Test func numbersPickChoicesAndYesNo() throws {
        let q = try Fixture.question("start")
        #expect(q.type == .bool)
        #expect(value(reader.read("1", for: q)) == .bool(true))
        #expect(value(reader.read("2", for: q)) == .bool(false))
        #expect(value(reader.read("はい", for: q)) == .bool(true))
        #expect(value(reader.read(" no ", for: q)) == .bool(false))
        // The last number is "I don't know".
        #expect(reader.read("3", for: q) == .value(.unknown, note: nil))
        #expect(reader.read("わからない", for: q) == .value(.unknown, note: nil))
        #expect(reader.read("Don't know", for: q) == .value(.unknown, note: nil))
        #expect(reader.read("4", for: q) == .invalid(Words.numberRange(3)))
        #expect(reader.read("perhaps", for: q) == .invalid(Words.answerYesNo))
    }

    @Test func fullWidthIsReadAndSaid() throws {
        let q = try Fixture.question("password-change-pending")
        guard case .value(let v, let note) = reader.read("１０", for: q) else { Issue.record("not read"); return }
        #expect(v == .number(10))
        #expect(note == Words.readAsHalfWidth("10"))
    }

    @Test func minutesWithUnits() throws {
        let q = try Fixture.question("password-change-pending")
        for typed in ["8分", "8 min", "8 minutes", "約8分", "8分前", "８分"] {
            #expect(value(reader.read(typed, for: q)) == .number(8), "\(typed)")
        }
        #expect(try reader.value(key: "pending_minutes", text: "12分") == .number(12))
    }

    @Test(arguments: ["1e308", "-1", "0x10", "inf", "nan", "1.", ".5", "10 20", "1,000", "2000000000"])
    func numbersThatAreNotQuantitiesAreRefused(_ text: String) throws {
        let q = try Fixture.question("password-change-pending")
        #expect(reader.read(text, for: q) == .invalid(Words.answerNumber))
        #expect(throws: InputError.self) { try reader.value(key: "pending_minutes", text: text) }
    }

    @Test func plainDecimals() {
        #expect(FactValue.plainDecimal("0") == 0)
        #expect(FactValue.plainDecimal("2.5") == 2.5)
        #expect(FactValue.plainDecimal("007") == 7)
        #expect(FactValue.plainDecimal("") == nil)
    }

    @Test func outcomeKeysAreYesNo() throws {
        #expect(try reader.value(key: "password-change-pending/wait", text: "yes") == .bool(true))
        #expect(throws: InputError("'password-change-pending/nope' is not a step of the knowledge")) {
            try reader.value(key: "password-change-pending/nope", text: "yes")
        }
    }

    @Test func unknownFactsSuggestTheNearest() {
        #expect(throws: InputError("unknown fact 'activation_dne' — did you mean 'activation_done'?")) {
            try reader.value(key: "activation_dne", text: "true")
        }
    }

    @Test func anArgumentThatIsNotKeyEqualsValueIsNotRepeated() {
        do {
            _ = try reader.entry(argument: "setup_key:KVQWSIDEKSIRJSKE")
            Issue.record("accepted")
        } catch {
            #expect(!error.message.contains("KVQW"))
            #expect(error.message.contains("KEY=VALUE"))
        }
    }

    @Test func secretValuesAreNeverInMessages() throws {
        // A secret is text: any value is taken as typed, so no message can repeat it.
        #expect(try reader.value(key: "setup_key", text: "not a key at all ＡＢ") == .text("not a key at all ＡＢ"))
        #expect(try reader.value(key: "setup_key", text: " AB CD") == .text(" AB CD"))
    }

    @Test func jsonFactsInOrderWithTypes() throws {
        let entries = try reader.entries(json: Data(#"{"code_age_minutes": 8, "activation_done": true, "affiliation": "student"}"#.utf8))
        #expect(entries.map(\.key) == ["code_age_minutes", "activation_done", "affiliation"])
        #expect(entries.map(\.value) == [.number(8), .bool(true), .choice("student")])
        #expect(try reader.entries(json: Data("  \n".utf8)).isEmpty)
    }

    @Test func unknownAnswers() throws {
        let entries = try reader.entries(json: Data(#"{"activation_done": null, "new_password": null}"#.utf8))
        #expect(entries.map(\.value) == [.unknown, .unknown])
        #expect(entries.allSatisfy { $0.source == .asked })
        #expect(try reader.unknownEntry(key: "affiliation").value == .unknown)
        #expect(throws: InputError.self) { try reader.unknownEntry(key: "password-change-pending/wait") }
        #expect(throws: InputError.self) { try reader.unknownEntry(key: "no_such_fact") }
        let text = try Fixture.question("password-change-error")
        #expect(text.type == .text && text.acceptsUnknown)
        #expect(reader.read("分からない", for: text) == .value(.unknown, note: nil))
    }

    @Test func jsonNumbersAreReadAsWritten() {
        for literal in ["1e3", "-1", "1E2", "0.5e1"] {
            #expect(throws: InputError.self, "\(literal)") { try reader.entries(json: Data("{\"pending_minutes\": \(literal)}".utf8)) }
        }
    }

    @Test func duplicateKeysInJSONAreAnError() {
        #expect(throws: InputError("the fact 'activation_done' is given twice in the JSON object")) {
            try reader.entries(json: Data(#"{"activation_done": true, "activation_done": false}"#.utf8))
        }
        // The same key written with an escape is the same key.
        #expect(throws: InputError("the fact 'affiliation' is given twice in the JSON object")) {
            try reader.entries(json: Data(#"{"affiliation": "student", "\u0061ffiliation": "staff"}"#.utf8))
        }
        // Keys of nested objects are not the top level's.
        #expect(throws: InputError("the value of 'setup_key' must be a string, a number, a boolean or null")) {
            try reader.entries(json: Data(#"{"setup_key": {"a": 1, "a": 2}}"#.utf8))
        }
    }

    @Test func badJSON() {
        #expect(throws: InputError.self) { try reader.entries(json: Data("[1, 2]".utf8)) }
        #expect(throws: InputError.self) { try reader.entries(json: Data("{not json".utf8)) }
        #expect(throws: InputError("the value of 'setup_key' must be a string, a number, a boolean or null")) {
            try reader.entries(json: Data(#"{"setup_key": [1]}"#.utf8))
        }
    }

    @Test func yesNoForTheToolsOwnQuestions() {
        #expect(AnswerReader.yesNo("1") == true)
        #expect(AnswerReader.yesNo("２") == false)
        #expect(AnswerReader.yesNo("はい") == true)
        #expect(AnswerReader.yesNo("maybe") == nil)
    }
}
