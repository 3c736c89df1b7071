import Foundation

/// Ticket text prepared for matching: NFKC (full-width letters and digits, half-width katakana),
/// lower case, white space folded; kept as Unicode scalars so matching needs no String indexing.
public struct TriageText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]

    public init(_ raw: String) {
        var folded = ""
        folded.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        var lastWasSpace = false
        let source = Array(raw.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
        for (i, scalar) in source.enumerated() {
            let space = scalar.properties.isWhitespace
            if space {
                if !lastWasSpace { folded.unicodeScalars.append(" ") }
            } else if scalar == "-", i > 0, Self.isKatakana(source[i - 1]) {
                // 「パスワ-ド」: a hyphen after katakana is a long vowel mark.
                folded.unicodeScalars.append("ー")
            } else {
                folded.unicodeScalars.append(Self.fold(scalar))
            }
            lastWasSpace = space
        }
        text = folded
        scalars = Array(folded.unicodeScalars)
    }

    /// Long vowel marks and dashes users type interchangeably.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2010...0x2015, 0x2212, 0xFF70: return "ー"
        default: return scalar
        }
    }

    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(s.value) }

    /// Hiragana, katakana and CJK ideographs: written without spaces between words.
    static func isJapanese(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3041...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic && !isJapanese(s) || ("0"..."9").contains(s)
    }

    /// Japanese when Japanese characters are at least a quarter as many as Latin letters.
    public var language: String {
        var japanese = 0, latin = 0
        for s in scalars {
            if Self.isJapanese(s) { japanese += 1 } else if s.isASCII && s.properties.isAlphabetic { latin += 1 }
        }
        return japanese > 0 && japanese * 4 >= latin ? "ja" : "en"
    }
}

/// Tokens that work without a dictionary: words for Latin text, character bigrams for Japanese.
public enum Tokenizer {
    public static func tokens(_ text: TriageText) -> [String] {
        var out: [String] = []
        let s = text.scalars
        var i = 0
        while i < s.count {
            if TriageText.isJapanese(s[i]) {
                var j = i
                while j < s.count, TriageText.isJapanese(s[j]) { j += 1 }
                if j - i == 1 {
                    out.append(String(String.UnicodeScalarView(s[i..<j])))
                } else {
                    for k in i..<(j - 1) { out.append(String(String.UnicodeScalarView(s[k...k + 1]))) }
                }
                i = j
            } else if TriageText.isWordCharacter(s[i]) {
                var j = i
                while j < s.count, TriageText.isWordCharacter(s[j]) { j += 1 }
                let word = String(String.UnicodeScalarView(s[i..<j]))
                if !stopwords.contains(word) { out.append(stem(word)) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    static func isHiragana(_ s: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(s.value) }

    /// A term of hiragana alone: mostly grammar (すれ, れば, です), which says little of the topic.
    static func isHiraganaTerm(_ term: String) -> Bool { term.unicodeScalars.allSatisfy(isHiragana) }

    /// English function words, which say nothing of the topic.
    static let stopwords: Set<String> = [
        "a", "an", "the", "i", "im", "i'm", "me", "my", "we", "our", "you", "your", "it", "its", "is", "am", "are", "was", "were",
        "be", "been", "do", "does", "did", "to", "of", "in", "on", "at", "for", "with", "from", "by", "and", "or", "but", "so",
        "this", "that", "these", "there", "here", "what", "how", "which", "when", "where", "who", "why", "if", "then", "as",
        "have", "has", "had", "will", "would", "should", "could", "please", "hello", "hi", "thanks", "thank", "sorry", "just",
        "any", "some", "all", "about", "into", "up", "out", "now", "also", "still", "very", "really", "t", "s", "d", "ll", "m",
    ]

    /// A light English stemmer, so that "codes", "code", "arrived" and "arriving" meet: plural and
    /// verb endings come off, then a final "e".
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.unicodeScalars.allSatisfy(\.isASCII) else { return word }
        var w = Substring(word)
        if w.hasSuffix("ies") && w.count > 4 {
            w = w.dropLast(3) + "y"
        } else if w.hasSuffix("ing") && w.count > 5 {
            w = w.dropLast(3)
        } else if w.hasSuffix("ed") && w.count > 4 {
            w = w.dropLast(w.dropLast(2).hasSuffix("e") ? 1 : 2)
        } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") {
            w = w.dropLast()
        }
        if w.hasSuffix("e") && w.count > 3 { w = w.dropLast() }
        return String(w)
    }
}
