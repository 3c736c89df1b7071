/// Replaces what looks like a secret with `[REDACTED]`: a password written after the word
/// password, a six-digit one-time code, a two-factor setup key (base32, often in groups of
/// four), and any word shaped like an OMU password (8+ characters with upper case, lower case
/// and digits, as the password rule demands). Everything triage shows comes from redacted text.
public enum Redactor {
    public static let mark = "[REDACTED]"

    public struct Result: Sendable {
        public let text: String
        public let count: Int
    }

    /// What may stand between "password" and the password: a particle or punctuation.
    static let skippable: [[Unicode.Scalar]] = ["は", "が", "を", ":", "=", "is", "「", "\"", "'", " ", "　", "(", "（"].map { Array($0.unicodeScalars) }

    /// Words after which a password is written (after NFKC and lower-casing).
    static let passwordWords = ["パスワード", "password", "passwd", "pass", "pw", "パス", "暗証番号"]

    public static func redact(_ raw: String) -> Result {
        var scalars = Array(raw.unicodeScalars)
        var spans: [Range<Int>] = []
        spans += setupKeys(scalars)
        spans += sixDigitCodes(scalars)
        spans += afterPasswordWords(scalars)
        spans += passwordShaped(scalars)
        guard !spans.isEmpty else { return Result(text: raw, count: 0) }
        // Merge overlapping spans, then replace from the end.
        let merged = spans.sorted { $0.lowerBound < $1.lowerBound }.reduce(into: [Range<Int>]()) { out, span in
            if let last = out.last, span.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                out.append(span)
            }
        }
        for span in merged.reversed() { scalars.replaceSubrange(span, with: mark.unicodeScalars) }
        return Result(text: String(String.UnicodeScalarView(scalars)), count: merged.count)
    }

    /// ASCII for a scalar, reading full-width forms as their half-width twins.
    static func ascii(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.isASCII { return s }
        if (0xFF01...0xFF5E).contains(s.value) { return Unicode.Scalar(s.value - 0xFEE0) }
        return nil
    }

    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ascii(s).map { ("0"..."9").contains($0) } ?? false }
    static func isBase32(_ s: Unicode.Scalar) -> Bool {
        guard let a = ascii(s) else { return false }
        return ("A"..."Z").contains(a) || ("a"..."z").contains(a) || ("2"..."7").contains(a)
    }
    static func isTokenCharacter(_ s: Unicode.Scalar) -> Bool {
        guard let a = ascii(s) else { return false }
        return a.value > 0x20 && a.value < 0x7F && !"「」()[]{}<>\"'、。,".unicodeScalars.contains(a)
    }

    /// A two-factor setup key: one unbroken run of 16 or more base32 characters with a digit or
    /// all in upper case, or four or more groups of exactly four, spaced as the app shows them
    /// (JBSW Y3DP EHPK 3PXP). English words are left alone.
    static func setupKeys(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isBase32(s[i]), i == 0 || !isTokenCharacter(s[i - 1]) else { i += 1; continue }
            // Groups: runs of base32 separated by single spaces.
            var groups: [Range<Int>] = []
            var j = i
            while j < s.count, isBase32(s[j]) {
                let start = j
                while j < s.count, isBase32(s[j]) { j += 1 }
                groups.append(start..<j)
                if j + 1 < s.count, s[j] == " ", isBase32(s[j + 1]) { j += 1 } else { break }
            }
            let end = groups.last!.upperBound
            let stopsCleanly = end == s.count || !isTokenCharacter(s[end])
            let first = groups[0]
            let letters = s[first].compactMap(ascii)
            let unbroken = first.count >= 16 && (letters.contains { ("2"..."7").contains($0) } || !letters.contains { ("a"..."z").contains($0) })
            let fours = groups.prefix { $0.count == 4 }
            if stopsCleanly || fours.count < groups.count, fours.count >= 4 {
                spans.append(i..<fours.last!.upperBound)
            } else if unbroken, first.upperBound == s.count || !isTokenCharacter(s[first.upperBound]) {
                spans.append(first)
            }
            i = max(first.upperBound, i + 1)
        }
        return spans
    }

    /// Exactly six digits standing alone (a one-time password), also in full width, and with a
    /// space in the middle as apps show them (123 456).
    static func sixDigitCodes(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || isTokenCharacter(s[i - 1]) && ascii(s[i - 1]) != "(") else { i += 1; continue }
            var j = i, digits = 0
            while j < s.count, isDigit(s[j]) || (s[j] == " " && digits == 3 && j + 1 < s.count && isDigit(s[j + 1])) {
                if isDigit(s[j]) { digits += 1 }
                j += 1
            }
            let alone = j == s.count || !(isDigit(s[j]) || ascii(s[j]).map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false)
            if digits == 6, alone { spans.append(i..<j) }
            i = max(j, i + 1)
        }
        return spans
    }

    /// The word written after "password" (パスワードは Abc123! です, password: xyz).
    static func afterPasswordWords(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        // One scalar for one scalar, so positions in `folded` are positions in `s`.
        let folded: [Unicode.Scalar] = s.map { scalar in
            guard let a = ascii(scalar) else { return scalar }
            return ("A"..."Z").contains(a) ? Unicode.Scalar(a.value + 0x20)! : a
        }
        var spans: [Range<Int>] = []
        for word in passwordWords {
            let w = Array(word.unicodeScalars)
            var i = 0
            while i + w.count <= folded.count {
                // The word stands alone: "pass" in "password" is not the word "pass".
                let boundaryBefore = i == 0 || !isASCIILetter(folded[i - 1])
                let boundaryAfter = i + w.count >= folded.count || !isASCIILetter(folded[i + w.count])
                guard folded[i] == w[0], folded[i..<(i + w.count)].elementsEqual(w), boundaryBefore || !w[0].isASCII,
                    boundaryAfter || !w[0].isASCII
                else {
                    i += 1
                    continue
                }
                var j = i + w.count
                // Skip a particle or punctuation: は, が, を, :, =, is, 「
                var moved = true
                while moved {
                    moved = false
                    for ps in skippable {
                        if j + ps.count <= folded.count, folded[j..<(j + ps.count)].elementsEqual(ps) {
                            j += ps.count
                            moved = true
                        }
                    }
                }
                var k = j
                while k < s.count, isTokenCharacter(s[k]) { k += 1 }
                // A password is at least 4 printable characters and holds a letter and a digit or symbol.
                let token = s[j..<k].compactMap(ascii)
                let hasLetter = token.contains(where: isASCIILetter)
                let hasOther = token.contains { !isASCIILetter($0) }
                if token.count >= 4, hasLetter && hasOther { spans.append(j..<k) }
                i = max(k, i + 1)
            }
        }
        return spans
    }

    /// Any word of 8+ printable characters with upper case, lower case and a digit.
    static func passwordShaped(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isTokenCharacter(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, isTokenCharacter(s[j]) { j += 1 }
            let token = s[i..<j].compactMap(ascii)
            let upper = token.contains { ("A"..."Z").contains($0) }
            let lower = token.contains { ("a"..."z").contains($0) }
            let digit = token.contains { ("0"..."9").contains($0) }
            let looksLikeAddress = token.contains("@") || token.contains("/") && token.contains(":")
            if token.count >= 8, upper, lower, digit, !looksLikeAddress { spans.append(i..<j) }
            i = j
        }
        return spans
    }
}
