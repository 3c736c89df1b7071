import Foundation
import Testing
@testable import Service

@Suite struct TimeTextTests {
    let now = ISO8601DateFormatter().date(from: "2025-04-01T12:00:00Z")!
    var utc: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(secondsFromGMT: 0)!
        return c
    }

    @Test func isoWithAndWithoutZones() {
        #expect(TimeText.date("2025-04-01T10:15:00+09:00", now: now) == ISO8601DateFormatter().date(from: "2025-04-01T01:15:00Z"))
        #expect(TimeText.date("2025-04-01T10:15:00Z", now: now) == ISO8601DateFormatter().date(from: "2025-04-01T10:15:00Z"))
        #expect(TimeText.date("2025-04-01 10:15", now: now, calendar: utc) == ISO8601DateFormatter().date(from: "2025-04-01T10:15:00Z"))
        #expect(TimeText.date("2025-04-01T10:15:30.5Z", now: now)?.timeIntervalSince1970 == ISO8601DateFormatter().date(from: "2025-04-01T10:15:30Z")!.timeIntervalSince1970 + 0.5)
    }

    @Test func clockTimesAreToday() {
        #expect(TimeText.date("11:50", now: now, calendar: utc) == ISO8601DateFormatter().date(from: "2025-04-01T11:50:00Z"))
        #expect(TimeText.date("9:05:07", now: now, calendar: utc) == ISO8601DateFormatter().date(from: "2025-04-01T09:05:07Z"))
    }

    @Test(arguments: [
        "2025-02-30T10:00", "2025-13-01T10:00", "2025-04-31 10:00", "2023-02-29T00:00", "2025-04-01T24:00", "2025-04-01T10:60",
        "25:00", "10:61", "10:15:60", "1e3", "yesterday", "2025-04-01", "2025-04-01T10:15:00+25:00", "",
    ])
    func timesThatDoNotExistAreRefused(_ text: String) {
        #expect(TimeText.date(text, now: now, calendar: utc) == nil)
    }

    @Test func leapDaysExist() {
        #expect(TimeText.date("2024-02-29T00:00", now: now, calendar: utc) != nil)
    }
}

@Suite struct TerminalTextTests {
    @Test func escapeSequencesAndControlsAreRemoved() {
        #expect(TerminalText.safe("a\u{1B}[2J\u{1B}[31mb") == "ab")
        #expect(TerminalText.safe("x\u{1B}]0;title\u{07}y") == "xy")
        #expect(TerminalText.safe("x\u{1B}]8;;http://e\u{1B}\\y") == "xy")
        #expect(TerminalText.safe("bell\u{07}\u{08}\u{7F}") == "bell")
        #expect(TerminalText.safe("c1\u{9B}31m") == "c1")
        #expect(TerminalText.safe("over\rwrite") == "over\nwrite")
        #expect(TerminalText.safe("rtl\u{202E}txt") == "rtltxt")
    }

    @Test func ordinaryTextIsKept() {
        let text = "パスワードを忘れました。\n\tOMUID: ab12345 (全角ＡＢ)"
        #expect(TerminalText.safe(text) == text)
        #expect(TerminalText.safe("a\r\nb") == "a\nb")
    }
}

@Suite struct StylerTests {
    @Test func colourOnlyWhenAsked() {
        #expect(Styler.plain("x", .bold) == "x")
        #expect(Styler(colour: true)("x", .bold, .red) == "\u{1B}[1;31mx\u{1B}[0m")
        #expect(!Styler.useColour(fd: 1, environment: ["NO_COLOR": "1"]))
        #expect(!Styler.useColour(fd: 1, environment: ["TERM": "dumb"]))
    }
}

@Suite struct LineBreakingTests {
    static let noStart = Array("」』）、。ッーっャ")

    @Test func noLineStartsWithClosingPunctuationOrSmallKana() {
        let text = "確認コードの有効期限は5分間程度です。「キャンセル」をクリックし、パスワード再発行の最初の画面に戻ってください。ダウンロードしてインストールしてっ、ください。"
        for columns in 8...40 {
            let lines = TextWidth.wrap(text, columns: columns)
            #expect(lines.joined() == text, "\(columns)")
            for line in lines.dropFirst() {
                #expect(!Self.noStart.contains(line.first ?? " "), "\(columns): \(line)")
            }
            for line in lines { #expect(line.last != "「", "\(columns): \(line)") }
        }
    }

    @Test func latinWordsAreNotSplit() {
        let text = "Open the Google Authenticator app and check 「大阪公立大学(OMUID)」 again"
        for columns in 12...30 {
            let lines = TextWidth.wrap(text, columns: columns)
            let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
            #expect(words.contains("Authenticator") || lines.contains { $0.contains("Authenticator") }, "\(columns)")
            #expect(!lines.contains { $0.hasSuffix("Authent") }, "\(columns)")
        }
    }

    @Test func widthsCountFullWidthAsTwo() {
        #expect(TextWidth.width("ＡＢ12") == 6)
        #expect(TextWidth.pad("あ", to: 4) == "あ  ")
    }
}

/// The first sentence of a text, for one-line summaries: up to 。 or ". " outside brackets.
@Suite struct FirstSentenceTests {
    static let describe = Describe(language: .ja, knowledge: Fixture.compiled)

    @Test(arguments: [
        ("手順を試してください。次に進みます。", "手順を試してください。"),
        ("「無効なキー」と表示されたら。その後", "「無効なキー」と表示されたら。"),
        ("「エラー。」と出る。次", "「エラー。」と出る。"),
        ("『注意。』（注。）本文。残り", "『注意。』（注。）本文。"),
        ("Do this. Then that.", "Do this."),
        ("(see p. 2) then. Next", "(see p. 2) then."),
        ("Ends without a mark", "Ends without a mark"),
        ("閉じ」が先。次", "閉じ」が先。"),
        ("", ""),
    ])
    func firstSentence(text: String, expected: String) {
        #expect(Self.describe.firstSentence(text) == expected)
    }
}
