import Foundation

extension String {
    /// NFKC: full-width letters and digits become half-width, half-width katakana full-width, as
    /// typed on a Japanese keyboard. Text of ASCII, kana and ordinary kanji is NFKC already and is
    /// returned as it is: Foundation's mapping loads ICU's tables on first use, a noticeable part
    /// of a command's start.
    public var nfkc: String { isNFKC ? self : precomposedStringWithCompatibilityMapping }

    /// Whether NFKC would leave the text as it is, judged without ICU: true for ASCII, hiragana,
    /// katakana, 、。「」『』・ and CJK ideographs; full-width and half-width forms, compatibility
    /// characters and combining marks are left to Foundation.
    public var isNFKC: Bool {
        for s in unicodeScalars where !s.isASCII {
            switch s.value {
            case 0x3041...0x3096, 0x30A1...0x30FE, 0x3001...0x3002, 0x300C...0x300F, 0x4E00...0x9FFF, 0x3400...0x4DBF:
                continue
            default:
                return false
            }
        }
        return true
    }
}
