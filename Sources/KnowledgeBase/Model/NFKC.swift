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
        // On the UTF-8 bytes: ASCII is one byte, and every character judged here is three
        // (lead byte E3–E9); anything else is left to Foundation.
        var text = self
        return text.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let lead = utf8[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                guard (0xE3...0xE9).contains(lead), i + 2 < utf8.count else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                switch value {
                case 0x3041...0x3096, 0x30A1...0x30FE, 0x3001...0x3002, 0x300C...0x300F, 0x4E00...0x9FFF, 0x3400...0x4DBF:
                    i += 3
                default:
                    return false
                }
            }
            return true
        }
    }
}
