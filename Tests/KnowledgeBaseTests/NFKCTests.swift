import Foundation
import Testing
@testable import KnowledgeBase

/// The NFKC written without ICU gives Foundation's result wherever it gives one.
@Suite struct NFKCTests {
    /// Foundation's NFKC, composed canonically: its mapping leaves a half-width voiced mark
    /// apart from the kana before it (ｶﾞ → カ + U+3099; NFKC is ガ).
    static func foundation(_ s: String) -> String {
        s.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    }

    /// Strings compare by their bytes (`==` on String holds for canonically equivalent text).
    static func same(_ a: String?, _ b: String) -> Bool { a.map { Array($0.utf8) == Array(b.utf8) } ?? false }

    @Test func halfWidthKatakanaWithVoicedMarksBecomeOneCharacter() {
        #expect(Self.same("ﾊﾟｽﾜｰﾄﾞ".nfkc, "パスワード"))
        #expect(Self.same("ｾｯﾄｱｯﾌﾟｷｰ".nfkc, "セットアップキー"))
        #expect(Self.same("ｳﾞｧ".nfkc, "ヴァ"))
        // Also where the text holds a character only Foundation maps.
        #expect(Self.same("ﾛｸﾞｲﾝ①".nfkc, "ログイン1"))
    }

    @Test func everyCharacterItMapsAloneAndAfterKanaIsMappedAsFoundationMapsIt() {
        let mapped = Array(0xFF01...0xFF9F) + [0x3000, 0x2026]
        let before = ["", "a", "カ", "ハ", "か", "ｳ", "ﾜ", "ｦ"]
        var checked = 0
        for v in mapped {
            let c = String(Unicode.Scalar(UInt32(v))!)
            for b in before {
                for text in [b + c, b + c + "ﾞ", b + c + "ﾟ"] {
                    if let ours = String.commonNFKC(text) {
                        #expect(Self.same(ours, Self.foundation(text)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                        checked += 1
                    }
                }
            }
        }
        // Most of them it maps itself (a voiced mark after a kana without a voiced form is left to Foundation).
        #expect(checked > 1_000)
    }

    @Test func textOfTheStableCharactersIsLeftAsItIs() {
        let texts = ["パスワード【再発行】〜※々「ＯＭＵ」", "“quoted” ‘x’ — 〈a〉《b》〔c〕", "ひらがな、カタカナ。漢字・ー"]
        for text in texts {
            #expect(Self.same(text.nfkc, Self.foundation(text)))
        }
        #expect("“x” — ‘y’ 【z】 〜 々 ※".isNFKC)
    }

    @Test func randomMixturesAreMappedAsFoundationMapsThem() {
        var generator = SystemRandomNumberGenerator()
        let pool: [UInt32] = [0x41, 0x7A, 0x31, 0x20, 0x3042, 0x304B, 0x30AB, 0x30CF, 0x30A6, 0x6F22, 0x3001, 0x300C, 0x2026, 0x3000,
            0xFF21, 0xFF41, 0xFF11, 0xFF1F, 0xFF08, 0xFF76, 0xFF8A, 0xFF9E, 0xFF9F, 0xFF70, 0xFF61, 0xFF73, 0xFF9C, 0x2014, 0x301C]
        var mapped = 0
        for _ in 0..<1_000 {
            let n = Int.random(in: 1...12, using: &generator)
            let text = String(String.UnicodeScalarView((0..<n).map { _ in Unicode.Scalar(pool.randomElement(using: &generator)!)! }))
            if let ours = String.commonNFKC(text) {
                mapped += 1
                #expect(Self.same(ours, Self.foundation(text)), "\(text)")
            }
            #expect(Self.same(text.nfkc, Self.foundation(text)), "\(text)")
        }
        #expect(mapped > 300)
    }

    @Test func charactersItDoesNotKnowAreLeftToFoundation() {
        for text in ["①", "ｶ\u{3099}", "e\u{301}", "㍻", "ﬁ", "か\u{FF9E}"] {
            #expect(String.commonNFKC(text) == nil, "\(text)")
            #expect(Self.same(text.nfkc, Self.foundation(text)))
        }
    }
}
