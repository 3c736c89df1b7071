/// The words a secret is read from where no cue stands right before it: the word itself, and
/// what it must look like to be taken for a typed value or a named one.
extension Redactor {
    /// The word from `j`: secret characters, without the quotes that open it nor the sentence's
    /// punctuation, brackets or quotes that close it.
    static func valueWord(_ s: [Unicode.Scalar], from j: Int) -> Range<Int>? {
        var a = j
        // Past the mark of a list's item (①, ・) and the punctuation of the sentence before it,
        // when a Japanese sentence runs into the word: «できますか？iPadで».
        while a < s.count, openingQuotes.contains(s[a]) || leading.contains(s[a]) || (0x2460...0x24FF).contains(s[a].value) { a += 1 }
        var e = a
        while e < s.count, isSecretCharacter(s[e]), e - a < 200 { e += 1 }
        var b = e
        while b > a, trailing.contains(s[b - 1]) { b -= 1 }
        return b > a ? a..<b : nil
    }

    static let leading: Set<Unicode.Scalar> = ["?", "!", ".", ",", ";", ":", "…", "‥", "・", "→", "~"]

    /// A word typed as a value ("When I enter kangaroo99", «hanabi99って入れた»): four characters
    /// or more, a letter and a digit or a symbol among them (upper and lower case alone is a name:
    /// eSIM, iPad), not a compound (re-sent); and free (`isFreeWord`).
    /// `digitsToo`: six digits or more alone are a value too, where a password is spoken of.
    static func isTypedValue(_ r: Range<Int>, _ s: [Unicode.Scalar], digitsToo: Bool = false) -> Bool {
        let word = s[r]
        if digitsToo, word.count >= 6, word.allSatisfy(isDigit) { return true }
        return word.contains(where: isLetter) && word.count >= 4 && word.contains { !isLetter($0) } && !isCompound(word)
            && isFreeWord(r, s)
    }

    /// A word named as a value where only a value can stand («入力したのはsumireです»,
    /// «sumireというパスワード»): three characters or more, with a letter, and free.
    static func isNamedValue(_ r: Range<Int>, _ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> Bool {
        // A word before の qualifies a noun («docomoのキャリアメール»): it is not the value.
        r.count >= 3 && s[r].contains(where: isLetter) && isFreeWord(r, s) && !isWord(String(scalars: s[r]), original[r])
            && (r.upperBound == s.count || s[r.upperBound] != "の")
    }

    /// Not a word that follows a cue without being a value, an app or a device (Gmail,
    /// iPhone15), a cue, a contraction, an OMUID (sx23041k: the user's name, not a secret), an
    /// address or a path.
    static func isFreeWord(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let word = s[r], text = String(scalars: word)
        // A name's label joined by a colon: the word is what follows it ("OMUID:sb24310").
        if let colon = word.firstIndex(of: ":"), colon > r.lowerBound, idLabels.contains(String(scalars: s[r.lowerBound..<colon])) {
            return colon + 1 < r.upperBound && isFreeWord((colon + 1)..<r.upperBound, s)
        }
        // Words joined by symbols are words too: "ID+password", "OMUID/password".
        let parts = word.split { !isLetter($0) && !isDigit($0) }.map { String(scalars: $0) }
        if parts.allSatisfy({ notSecrets.contains($0) || names.contains($0) || cueWords.contains($0) }) { return false }
        return !notSecrets.contains(text) && !names.contains(text) && !cueWords.contains(text) && !isContraction(word)
            && !isOMUIDLike(word) && !isAddress(word) && !word.contains("/") && !word.contains("→") && !text.hasPrefix("www.")
            && !productPrefixes.contains { text.hasPrefix($0) } && !isDomain(word) && !isTimeZone(text) && !isMistypedDomain(word)
    }

    /// An e-mail address, a part of one or a handle: an "@" first or last ("ab@"), or a domain
    /// after it, letters then a dot or a comma typed for one (a@st.omu.ac.jp,
    /// "lihua1999@gmail,com"), or a mail service's name ("xy@gmail"); not "Ryokan@7",
    /// "Mori@2024#" nor "Gr@nite-Falls7", passwords with an at-sign, nor "T@kase.Yama4" or "P@ra2Kumo,"
    /// (the last part no domain's: letters, two or more).
    static func isAddress(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let at = word.firstIndex(of: "@") else { return false }
        var domain = word[word.index(after: at)...]
        // Nothing of a domain after it: an address cut short ("ab@…").
        guard at > word.startIndex, domain.contains(where: { isLetter($0) || isDigit($0) }) else { return true }
        let name = String(scalars: domain.prefix { isLetter($0) }.map(fold))
        while let last = domain.last, last == "." || last == "," { domain = domain.dropLast() }
        // A domain ends in letters after its last dot ("163.com" too; "@@gmail.com" mistyped).
        if let dot = domain.lastIndex(where: { $0 == "." || $0 == "," }) {
            let top = domain[domain.index(after: dot)...]
            if top.count >= 2 && top.allSatisfy(isLetter) && domain.allSatisfy({ isLetter($0) || isDigit($0) || [".", ",", "-", "_", "@"].contains($0) }) { return true }
        }
        return mailServices.contains(name)
    }

    /// A time zone: "UTC+09:00", "GMT+9".
    static func isTimeZone(_ text: String) -> Bool {
        (text.hasPrefix("utc") || text.hasPrefix("gmt")) && text.dropFirst(3).allSatisfy { $0.isNumber || $0 == "+" || $0 == "-" || $0 == ":" }
    }

    /// Labels of a user's name.
    static let idLabels: Set<String> = ["omuid", "id", "user", "username", "userid", "login"]

    static let mailServices: Set<String> = ["gmail", "yahoo", "icloud", "outlook", "hotmail", "docomo", "ezweb", "softbank", "au", "omu", "st", "me", "live", "msn"]

    /// A domain typed with commas for its dots: "gmail,com", "yahoo,co,jp".
    static func isMistypedDomain(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = word.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isLetter) }
            && topLevels.contains(String(scalars: parts.last!.map(fold)))
    }
    static let topLevels: Set<String> = ["com", "jp", "net", "org", "edu", "cn", "kr", "vn", "tw", "uk"]

    /// Letters joined by dots: a domain or a name (st.omu.ac.jp), not a typed value.
    static func isDomain(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isLetter) }
    }

    /// Letters and digits in the proportions of an OMUID or a student number: 6 to 10 of them,
    /// at most three letters and at least four digits (sx23041k, a24bc123, 24A1038; not
    /// kangaroo99).
    static func isOMUIDLike(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (6...10).contains(word.count), word.allSatisfy({ isLetter($0) || isDigit($0) })
        else { return false }
        return word.filter(isLetter).count <= 3 && word.filter(isDigit).count >= 4
    }
}
