import Testing
@testable import KnowledgeBase

/// `MessageMatcher.fold` skips Unicode property look-ups for ASCII, kana, kanji and the common
/// Japanese punctuation; it must fold them exactly as the general way does.
@Suite struct MessageFoldTests {
    @Test func theQuickPathFoldsEveryScalarItCoversAsTheGeneralWayDoes() {
        let covered = Array(0..<0x80) + Array(0x3000..<0x3100) + Array(0x4E00...0x9FFF)
        for v in covered {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let text = "a\(s)B"
            #expect(MessageMatcher.fold(text) == MessageMatcher.generalFold(text.nfkc), "U+\(String(v, radix: 16))")
        }
    }

    @Test func textOutsideTheQuickPathTakesTheGeneralWay() {
        for text in ["Ä ß Σ", "パスワード（確認）", "ｱｲｳ 「使用不可文字が含まれています。」", "“quoted” — text!", "a\u{0}b\u{85}c"] {
            #expect(MessageMatcher.fold(text) == MessageMatcher.generalFold(text.nfkc), "\(text)")
        }
        #expect(MessageMatcher.fold("「使用不可文字が含まれています。」") == Array("使用不可文字が含まれています".unicodeScalars))
        #expect(MessageMatcher.fold("Invalid Key!") == Array("invalidkey".unicodeScalars))
    }

    /// Character pairs as a sorted list of distinct pairs, and the count two lists share, agree
    /// with sets of the same pairs, on random texts with repeats.
    @Test func pairListsAgreeWithSets() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abあいう使用不可文字".unicodeScalars)
        func text() -> [Unicode.Scalar] { (0..<Int.random(in: 0...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! } }
        func set(_ s: [Unicode.Scalar]) -> Set<UInt64> {
            s.count < 2 ? [] : Set((0..<(s.count - 1)).map { UInt64(s[$0].value) << 21 | UInt64(s[$0 + 1].value) })
        }
        for _ in 0..<2000 {
            let (a, b) = (text(), text())
            let (pa, pb) = (MessageMatcher.pairs(a), MessageMatcher.pairs(b))
            #expect(pa == set(a).sorted())
            #expect(MessageMatcher.shared(pa, pb) == set(a).intersection(set(b)).count)
        }
    }
}
