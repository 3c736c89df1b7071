/// Column widths on a terminal, where East Asian wide and full-width characters take two
/// columns, so that Japanese text lines up.
public enum TextWidth {
    public static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 || (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// `text` padded with spaces to `columns` display columns.
    public static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// Lines of at most `columns` display columns, breaking at spaces where there are any and
    /// between Japanese characters, by the usual rules (kinsoku): no line starts with a closing
    /// bracket, a comma, a full stop, a small kana or a long vowel mark (they hang at the end of
    /// the line before instead), no line ends with an opening bracket, and Latin words are not split.
    public static func wrap(_ text: String, columns: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func breakLine() {
                lines.append(line.trimmingTrailingSpaces)
                line = ""
                lineWidth = 0
                if word.hasPrefix(" ") { word.removeFirst(); wordWidth -= 1 }
            }
            func flushWord() {
                guard !word.isEmpty else { return }
                if lineWidth + wordWidth > columns, !line.isEmpty, !startsWithNoStart(word) { breakLine() }
                line += word
                lineWidth += wordWidth
                word = ""
                wordWidth = 0
            }
            for character in paragraph {
                let w = character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
                if character == " " {
                    flushWord()
                    word = " "
                    wordWidth = 1
                } else if w == 2 || noStart.contains(character) && word.isEmpty {
                    // Japanese breaks between any two characters, except after an opening bracket.
                    if !(word.last.map(noEnd.contains) ?? false) { flushWord() }
                    word.append(character)
                    wordWidth += w
                    if !noEnd.contains(character) { flushWord() }
                } else {
                    if let last = word.last, last != " ", width(of: last) == 2, !noEnd.contains(last) { flushWord() }
                    word.append(character)
                    wordWidth += w
                }
            }
            flushWord()
            lines.append(line.trimmingTrailingSpaces)
        }
        return lines
    }

    /// Characters a line must not start with: closing brackets and punctuation, small kana,
    /// the long vowel mark and the iteration marks.
    static let noStart: Set<Character> = Set("」』）)］]｝}〕〉》】、。，．,.・：:；;！!？?ーっゃゅょぁぃぅぇぉゎッャュョァィゥェォヮヵヶ々ゝゞヽヾ")
    /// Characters a line must not end with: opening brackets.
    static let noEnd: Set<Character> = Set("「『（(［[｛{〔〈《【")

    static func startsWithNoStart(_ word: String) -> Bool {
        word.first.map(noStart.contains) ?? false
    }

    static func width(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
