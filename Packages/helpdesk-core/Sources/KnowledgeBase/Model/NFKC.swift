import Foundation

extension String {
    /// NFKC: full-width letters and digits become half-width, half-width katakana full-width, as
    /// typed on a Japanese keyboard. Text of ASCII, kana and ordinary kanji is NFKC already and is
    /// returned as it is: Foundation's mapping loads ICU's tables on first use, a noticeable part
    /// of a command's start.
    public var nfkc: String {
        if isNFKC { return self }
        if let common = Self.commonNFKC(self) { return common }
        // Foundation's mapping leaves a half-width voiced mark apart from its kana (ｶﾞ → カ +
        // U+3099, where NFKC composes ガ); composing canonically afterwards gives NFKC.
        return precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    }

    /// The text as two tickets are compared for being the same: NFKC, and each run of white
    /// space one space (an example export leaves out what the knowledge has; the held-out
    /// tickets are none of what triage learns from).
    public var sameTextKey: String {
        nfkc.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

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
                guard (0xE2...0xE9).contains(lead), i + 2 < utf8.count else { return false }
                guard Self.isStable(Self.threeByte(lead, utf8[i + 1], utf8[i + 2])) else { return false }
                i += 3
            }
            return true
        }
    }

    /// The scalar a three-byte UTF-8 sequence encodes.
    static func threeByte(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    }

    /// Three-byte characters NFKC leaves as they are, alone and beside any other of them: kana,
    /// CJK ideographs and the punctuation Japanese text uses (、。「」『』【】〜・ー々※ — ‘’ “”).
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x3096, 0x30A1...0x30FE, 0x3001...0x3002, 0x3005, 0x3007...0x3011, 0x3014...0x301C, 0x4E00...0x9FFF,
            0x3400...0x4DBF, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x203B:
            return true
        default:
            return false
        }
    }

    /// NFKC without ICU for text whose only characters that NFKC changes are the ones Japanese
    /// keyboards type: full-width letters, digits and signs (Ａ１？（）), the ideographic space, 「…」
    /// and half-width katakana (ｶﾞ → ガ: a voiced mark joins the kana before it). Nil when the
    /// text holds anything else, which Foundation's mapping then handles; the same result as it
    /// (a test compares the two).
    static func commonNFKC(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        /// Where the last three-byte character written starts (a voiced mark may join it).
        var lastKana = -1
        func append(_ v: UInt32) {
            if v < 0x80 { out.append(UInt8(v)); return }
            lastKana = out.count
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v))
                lastKana = -1
            } else if (0x2000...0x9FFF).contains(v), isStable(v) {
                append(v)
            } else if (0xFF01...0xFF5E).contains(v) {
                out.append(UInt8(v - 0xFEE0))
                lastKana = -1
            } else if v == 0x3000 {
                out.append(0x20)
                lastKana = -1
            } else if v == 0x2026 {
                out.append(contentsOf: [0x2E, 0x2E, 0x2E])
                lastKana = -1
            } else if (0xFF61...0xFF9F).contains(v) {
                let mapped = UInt32(halfWidth[Int(v - 0xFF61)])
                guard mapped == 0x3099 || mapped == 0x309A else { append(mapped); continue }
                // A voiced or semi-voiced mark: one character with the kana before it, or left to Foundation.
                guard lastKana >= 0, lastKana + 3 == out.count else { return nil }
                let kana = threeByte(out[lastKana], out[lastKana + 1], out[lastKana + 2])
                guard let voiced = voiced(kana, semi: mapped == 0x309A) else { return nil }
                out.removeLast(3)
                append(voiced)
                lastKana = -1
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// NFKC of U+FF61…U+FF9F (half-width punctuation and katakana, and the two voicing marks).
    static let halfWidth: [UInt16] = [
        0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7,
        0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7,
        0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF,
        0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA,
        0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0x3099, 0x309A,
    ]

    /// The katakana with a voiced (゛) or semi-voiced (゜) mark, when Unicode has it as one character.
    static func voiced(_ kana: UInt32, semi: Bool) -> UInt32? {
        switch kana {
        case 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB: return kana + (semi ? 2 : 1)
        case _ where semi: return nil
        case 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8:
            return kana + 1
        case 0x30A6: return 0x30F4
        case 0x30EF: return 0x30F7
        case 0x30F2: return 0x30FA
        default: return nil
        }
    }
}
