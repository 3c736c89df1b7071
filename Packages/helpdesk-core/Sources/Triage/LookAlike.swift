/// What looks like a secret and is not: numbers of six digits another label names, versions and
/// file names, links without their scheme, a chat log's times, and names joined in capitals.
extension Redactor {
    /// Whether a file's name goes on after the digits: "scan_240611.pdf" (a dot and letters, or
    /// an underscore).
    static func isFileName(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        s[end] == "_" || s[end] == "." && end + 1 < s.count && isLetter(s[end + 1])
    }

    /// Digits in groups of one width ("48.29.13", "482 913", "3 0 9 - 7 1 4"), as a code is parted;
    /// not a version ("4.2420.0", "2024.5.0") nor a model and its number ("XPS 13 9315").
    static func hasEvenGroups(_ digits: ArraySlice<Unicode.Scalar>) -> Bool {
        let widths = digits.split { !isDigit($0) }.map(\.count)
        return Set(widths).count == 1
    }

    /// Whether the digits go on from a name by a hyphen ("OMU-PC-004812", «職員証の番号(E-204417)»),
    /// where no code is named near them ("G-384756 is your Google verification code" is one).
    static func isJoined(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0 && s[i - 1] == "_" || i >= 2 && s[i - 1] == "-" && (isLetter(s[i - 2]) || isDigit(s[i - 2])) else { return false }
        let near = max(0, i - 60)..<min(s.count, i + 60)
        return !codeNames.contains { word in near.contains { TriageText.matches(s, $0, word) } }
    }
    static let codeNames = TriageText.words(["code", "コード", "verification", "認証"])

    /// The names of other numbers of six digits, before them ("ticket #240611", "[Ticket 318207]",
    /// "order no. 604117", "build 231015", "my staff number is 104233", «受付番号 240611», «注文番号
    /// 558201»): not a code.
    static let numberLabels = TriageText.words([
        "ticket", "order", "build", "invoice", "case", "reference", "ref", "inquiry", "request", "version", "ver", "ext", "room",
        "lecture", "course", "class", "科目", "講義", "授業", "asset", "tag", "serial", "receipt", "領収書", "レシート", "card", "整理",
        "staff", "employee", "student", "受付番号", "注文番号", "問い合わせ番号", "問合せ番号", "お問い合わせ番号", "管理番号", "伝票番号", "申請番号",
        "受付", "注文", "チケット", "内線", "職員番号", "学籍番号", "社員番号", "教職員番号",
    ])
    static let numberWords = TriageText.words(["no.", "nr.", "number", "num.", "id", "番号", "no"])
    /// A copula between the label and the number: "My staff number is 123456", «職員番号は123456».
    static let numberCopulas = TriageText.words(["is", "was", "は"])

    /// Whether a number's label stands just before `i`, past a "#", a colon, a bracket or "no.".
    static func isLabelledNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var b = i
        func skipMarks() {
            let from = b
            while b > 0, from - b < 4, [" ", "#", ":", "：", "[", "(", "（", "【", "."].contains(s[b - 1]) { b -= 1 }
        }
        skipMarks()
        for words in [numberCopulas, numberWords] {
            if TypedSecret.ends(s, b, numberLabels) { return true }
            if let word = words.first(where: { TypedSecret.ends(s, b, [$0]) }) {
                b -= word.count
                skipMarks()
            }
        }
        return TypedSecret.ends(s, b, numberLabels)
    }

    /// A link without its scheme: a domain, then a path ("bit.ly/3xK9pQz").
    static func isLink(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let slash = word.firstIndex(of: "/") else { return false }
        return isDomain(word[..<slash].map(fold)[...])
    }

    /// A time of day: "09:04", "9:04:31", "14:05 pm".
    static func isClockTime(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = String(scalars: text).lowercased().replacingOccurrences(of: " am", with: "").replacingOccurrences(of: " pm", with: "")
            .split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && (1...2).contains(parts[0].count) && parts.dropFirst().allSatisfy { $0.count == 2 }
    }

    /// The words a run of capitals may be made of without being a key.
    static let joinedNames = names.union(cueWords).union(["code", "app", "auth", "one", "time", "osaka", "metropolitan", "university"])

    /// Whether a run of letters is names and cues joined ("GOOGLEAUTHENTICATOR"): no key.
    static func isNames(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        let letters = Array(run), n = letters.count, words = joinedNames
        guard n <= 64 else { return false }
        var reach = [Bool](repeating: false, count: n + 1)
        reach[0] = true
        for a in 0..<n where reach[a] {
            for b in (a + 2)...min(n, a + 14) where !reach[b] && words.contains(String(scalars: letters[a..<b])) { reach[b] = true }
        }
        return reach[n]
    }
}
