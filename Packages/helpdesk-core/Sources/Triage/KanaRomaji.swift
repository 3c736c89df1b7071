/// Katakana written in romaji, and romaji spelt loosely, so that a word typed without Japanese
/// input («sumaho», «rokku», «keetai») is known as the katakana it stands for (スマホ, ロック,
/// ケータイ) whichever way it was spelt: Hepburn or kunrei (shi, si), long vowels doubled, spelt
/// «ou» or left out, a small っ doubled or not.
enum KanaRomaji {
    /// The romaji of a word written in katakana alone; nil for any other word.
    static func romaji(ofKatakana word: String) -> String? {
        var out = ""
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x30FC:  // ー: the vowel again
                guard let vowel = out.last(where: { "aiueo".contains($0) }) else { return nil }
                out.append(vowel)
            case 0x30C3:  // ッ: the next consonant doubled, which loose spelling leaves out
                continue
            case 0x30E3, 0x30E5, 0x30E7:  // ャュョ: kya, sha, cha, ja
                guard out.last == "i" else { return nil }
                out.removeLast()
                if !(out.hasSuffix("sh") || out.hasSuffix("ch") || out.hasSuffix("j")) { out.append("y") }
                out.append(scalar.value == 0x30E3 ? "a" : scalar.value == 0x30E5 ? "u" : "o")
            case 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9:  // ァィゥェォ: fo, ti, we
                guard let last = out.last, "aiueo".contains(last) else { return nil }
                out.removeLast()
                out += ["a", "i", "u", "e", "o"][Int(scalar.value - 0x30A1) / 2]
            default:
                guard (0x30A2...0x30F4).contains(scalar.value), let syllable = syllables[Int(scalar.value - 0x30A2)] else { return nil }
                out += syllable
            }
        }
        return out.isEmpty ? nil : out
    }

    /// ア (U+30A2) to ヴ (U+30F4), in code point order; nil for the small kana handled apart.
    static let syllables: [String?] = [
        "a", nil, "i", nil, "u", nil, "e", nil, "o",
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
        "ta", "da", "chi", "ji", nil, "tsu", "zu", "te", "de", "to", "do",
        "na", "ni", "nu", "ne", "no",
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
        "ma", "mi", "mu", "me", "mo",
        nil, "ya", nil, "yu", nil, "yo",
        "ra", "ri", "ru", "re", "ro",
        nil, "wa", "wi", "we", "wo", "n", "vu",
    ]

    /// Romaji spelt one way: letters only, kunrei as Hepburn, a doubled letter once, «ou» as «o».
    static func loose(_ romaji: String) -> String {
        var s = String(romaji.lowercased().filter { ("a"..."z").contains($0) })
        for (from, to) in [("tch", "ch"), ("sy", "sh"), ("ty", "ch"), ("zy", "j"), ("jy", "j")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        // si, ti, tu, zi, di, du, hu as shi, chi, tsu, ji, ji, zu, fu (not the h of shu or chu).
        var out: [Character] = []
        for c in s {
            let previous = out.last
            if c == "i", previous == "s" || previous == "t" || previous == "z" || previous == "d", out.count < 2 || out[out.count - 2] != "s" && out[out.count - 2] != "c" {
                let consonant = out.removeLast()
                out += consonant == "s" ? "shi" : consonant == "t" ? "chi" : "ji"
            } else if c == "u", previous == "t" {
                out += "su"
            } else if c == "u", previous == "d" {
                out.removeLast()
                out += "zu"
            } else if c == "u", previous == "h", out.count < 2 || !"sc".contains(out[out.count - 2]) {
                out.removeLast()
                out += "fu"
            } else if c == previous || c == "u" && previous == "o" {
                continue
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}
