/// Replaces what looks like a secret with `[REDACTED]`, before anything else reads a ticket:
/// - the value written after a secret's cue (パスワード, password, pw, 確認コード, code, セットアップキー,
///   setup key, …), whatever the delimiter (`:` `：` `=` `#`, は, として, 欄に, is, was, a quote, a tab,
///   a line break), up to its natural end: the closing quote, the end of the line after a tab or
///   a line break, else the end of the word (Japanese text ends it: a password is typed in
///   half-width characters, and 「パスワードを忘れました」 is no password); a bracket that reads as a
///   remark ("(the one I set myself)", a quoted Japanese message) is left, but not the values in
///   it ("(it was hunter22, I think)");
/// - six digits with any separators (123456, 123 456, 741-852, 55 66 77, 0 4 8 2 7 1), full width too;
/// - a two-factor setup key: base32 in one run of 16 or more, or in groups of four, with spaces,
///   full-width spaces, hyphens or several spaces between them, in either case;
/// - any word shaped like an OMU password (8+ characters with upper case, lower case and a digit);
/// - a value told by what was done with it (`TypedSecret`: "When I enter kangaroo99",
///   «hanabi99って入れた», «sumireというパスワード»), later in a password cue's sentence
///   (`CueSentence`: "a yen sign: Kome¥2024", «愛犬の名前でPochiです») or in the sentence after it
///   (`NextSentenceValue`: "Mine is 60221407."), beside a value found (a list of
///   tries) or under a cue in a table's column (`SecretSiblings`); letters or digits alone where the
///   sentence tells how the value is spelt (`SpeltValue`: «英字だけで tsukiyonoban と設定»);
/// - values read out (`ReadOutValue`: "capital W, r, e, n, 4, 2"; `KanaReadOut`: «エス、エー、ケー…»),
///   codes in words or kanji numerals (`SpokenCode`), kana typed into a password (`KanaValue`:
///   «パスワード: すずらん畑31»), and a value's part on the next line (`WrappedValue`).
///
/// Every scan is one pass over the text (cues are tried at each position against a fixed list),
/// so the time is linear in the ticket's length.
public enum Redactor {
    public static let mark = "[REDACTED]"

    public struct Result: Sendable {
        public let text: String
        public let count: Int
    }

    public static func redact(_ raw: String) -> Result {
        let scalars = raw.scalarArray
        let folded = scalars.map(fold)
        var spans: [Range<Int>] = []
        spans += afterCues(folded, scalars)
        spans += sixDigitCodes(folded)
        spans += setupKeys(folded, scalars)
        spans += ReadOutValue.spans(scalars)
        spans += KanaReadOut.spans(folded)
        spans += SpokenCode.spans(folded)
        spans += KanaValue.spans(folded)
        spans += passwordShaped(folded, scalars)
        spans += TypedSecret.spans(folded, scalars)
        spans += WordedPassphrase.spans(folded, scalars)
        spans += CueSentence.spans(folded, scalars)
        spans += NextSentenceValue.spans(folded, scalars)
        spans += SpeltValue.spans(folded, scalars)
        spans += SecretSiblings.tableColumns(folded)
        spans += SecretSiblings.after(spans.sorted { $0.lowerBound < $1.lowerBound }, folded, scalars)
        // Most tickets hold no secret: nothing more to look for.
        guard !spans.isEmpty else { return Result(text: raw, count: 0) }
        // A value broken over lines goes on where its first part was found.
        spans = WrappedValue.extend(spans, folded)
        // A mask a form shows in a secret's place («●●●●●●», "********") hides it already.
        spans.removeAll { span in scalars[span].allSatisfy { masks.contains($0) || $0 == " " } }
        // A mark already there (a ticket redacted before) is not a secret: redacting is idempotent.
        let marks = markRanges(scalars)
        if !marks.isEmpty {
            spans.removeAll { span in marks.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound } }
        }
        guard !spans.isEmpty else { return Result(text: raw, count: 0) }
        // Merge overlapping spans, then replace from the end.
        let merged = spans.sorted { $0.lowerBound < $1.lowerBound }.reduce(into: [Range<Int>]()) { out, span in
            if let last = out.last, span.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                out.append(span)
            }
        }
        // One pass: the text between spans, and the mark for each span.
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        func append(_ range: Range<Int>) {
            for scalar in scalars[range] { out.append(contentsOf: UTF8.encode(scalar)!) }
        }
        var at = 0
        for span in merged {
            append(at..<span.lowerBound)
            out.append(contentsOf: mark.utf8)
            at = span.upperBound
        }
        append(at..<scalars.count)
        return Result(text: String(decoding: out, as: UTF8.self), count: merged.count)
    }

    /// The characters a form shows in a secret's place.
    static let masks: Set<Unicode.Scalar> = ["●", "○", "•", "*", "＊", "·", "・", "◯", "■", "x", "X"]

    /// Where `[REDACTED]` already stands, in scalar positions.
    static func markRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let pattern = Array(mark.unicodeScalars)
        guard scalars.count >= pattern.count else { return [] }
        var ranges: [Range<Int>] = []
        var i = 0
        while i <= scalars.count - pattern.count {
            if scalars[i] == pattern[0], Array(scalars[i..<(i + pattern.count)]) == pattern {
                ranges.append(i..<(i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return ranges
    }

    // MARK: Characters

    /// ASCII for a scalar, reading full-width forms as their half-width twins.
    static func ascii(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.isASCII { return s }
        if (0xFF01...0xFF5E).contains(s.value) { return Unicode.Scalar(s.value - 0xFEE0) }
        return nil
    }

    /// One scalar for one scalar (so positions agree): full-width forms half-width, ASCII lower
    /// case, the ideographic space a space.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        // The ideographic space and the thin, narrow and no-break spaces a copy leaves: a space.
        if s.value == 0x3000 || s.value == 0xA0 || (0x2000...0x200A).contains(s.value) || s.value == 0x202F || s.value == 0x205F { return " " }
        guard let a = ascii(s) else { return s }
        return ("A"..."Z").contains(a) ? Unicode.Scalar(a.value + 0x20)! : a
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ascii(s).map { ("0"..."9").contains($0) } ?? false }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0x3000 }

    /// Hiragana, katakana, CJK ideographs and Japanese punctuation: text, never a typed secret.
    /// Katakana, and the prolonged sound mark.
    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(s.value) || s.value == 0x30FC }

    static func isJapanese(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3001...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF61...0xFF9F).contains(v)
    }

    /// A character a typed secret can hold: anything printed that is not a space or Japanese
    /// (so ¥, ä, ö and symbols are part of it).
    static func isSecretCharacter(_ s: Unicode.Scalar) -> Bool {
        !isSpace(s) && !isJapanese(s) && s.value >= 0x21 && !(0x7F...0x9F).contains(s.value) && !isBracket(s)
    }

    /// Brackets end a word: 「ID(t24ad015)」 is an ID in brackets, not one word.
    static func isBracket(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", ")", "[", "]", "{", "}", "<", ">": return true
        default: return false
        }
    }

    /// Device, product and network names shaped like passwords (iPhone16, Pixel8a, OMUNET-1X).
    static let productPrefixes = ["omunet", "eduroam", "iphone", "ipad", "pixel", "galaxy", "xperia", "aquos", "arrows", "android", "windows", "macbook", "ios",
                                  "macos", "chrome", "firefox", "safari",
                                  "1password", "bitwarden", "keepass", "lastpass", "dashlane"]

    // MARK: After a cue

    /// Words after which a secret is written (folded: half-width, lower case).
    static let cues: [[Unicode.Scalar]] = TriageText.words([
        "新しいパスワード", "仮パスワード", "本パスワード", "ログインパスワード", "パスワード", "ぱすわーど", "passphrase", "pass phrase", "password",
        "passwd", "pass word", "pass", "pwd", "pw", "パス",
        "暗証番号", "ワンタイムパスワード", "確認コード", "認証コード", "ワンタイム", "コード", "one-time password", "otp", "code",
        "セットアップキー", "setup key", "secret key", "キー", "key",
    ])

    static let codeCues = TriageText.words(["code", "コード"])
    static let notSecretCodes = TriageText.words(["postal ", "zip ", "post ", "area ", "country ", "error ", "status ", "product ", "course ", "class ",
                                                   "subject ", "科目", "授業", "講義", "郵便番号", "エラー", "予算", "budget "])

    /// What may stand between a cue and its value, longest first; `strong` ones (a colon, は,
    /// "is", …) say a value follows, so any word after them counts.
    static let fillers: [(text: [Unicode.Scalar], strong: Bool)] = [
        ("(確認)", false), ("(確認用)", false), ("として", true), ("欄に", true), ("には", true), ("では", true), ("は", true),
        ("が", false), ("を", false), ("に", true), ("も", false), ("の", false), ("i used was", true), ("i used is", true),
        ("i typed was", true), ("i entered was", true), ("i typed", true), ("i entered", true), ("i used", true), ("i set", true),
        ("used was", true), ("set to", true), ("was", true), ("is", true), ("are", true), ("either", false),
        // A romaji particle: "password wa 'natsumatsuri' desu".
        ("wa", false), ("of", false), (":", true), ("=>", true), ("=", true),
        ("#", true), ("→", true), ("->", true),
        // A label's closing mark or emphasis: «【パスワード】», "**Password:** Cobalt_Blue".
        ("】", true), ("》", true), ("〕", true), ("*", false), ("“", true), ("\"", true), ("'", true), ("「", true), ("『", true), ("‘", true),
        ("(", true), ("[", true), ("-", false), ("—", false),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static let closingQuotes: Set<Unicode.Scalar> = ["'", "\"", "’", "”"]
    static let openingQuotes: Set<Unicode.Scalar> = ["'", "\"", "‘", "“"]
    static let openers: [Unicode.Scalar: Unicode.Scalar] = ["「": "」", "『": "』", "“": "”", "\"": "\"", "'": "'", "‘": "’", "(": ")", "[": "]"]

    /// English words that follow "password is" without being one.
    static let notSecrets: Set<String> = [
        "wrong", "incorrect", "correct", "not", "expired", "locked", "invalid", "too", "rejected", "required", "different",
        // What a value is asked to be, or what it was: "Is it allowed as a new password?", "a whole sentence as my password".
        "allowed", "acceptable", "okay", "usable", "possible", "sentence", "phrase", "passphrase",
        // What was done to a code or a key: "my QR code was reissued by mistake".
        "reissued", "re-issued", "issued", "deleted", "removed", "scanned", "regenerated", "revoked", "disabled", "enabled",
        "typed", "entered", "displayed", "generated", "received",
        "the", "a", "an", "my", "and", "or", "for", "reset", "change", "changed", "screen", "field", "page", "still", "also",
        "ok", "fine", "same", "again", "no", "longer", "being", "been", "forgotten", "lost", "unknown", "missing", "right",
        "accepted", "valid", "working", "shown", "sent", "in", "on", "at", "to", "from", "with", "it", "this", "that", "mismatch",
        "error", "problem", "please", "when", "but", "so", "i", "you", "we", "doesn't", "isn't", "can't", "won't", "didn't",
        "does", "do", "did", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must",
        // Words that say how the password is, or was: "is definitely right", "is gone", "I set myself".
        "definitely", "certainly", "surely", "probably", "completely", "totally", "really", "just", "simply", "actually",
        "now", "currently", "never", "always", "usually", "gone", "right", "myself", "mine", "both", "all", "new", "old",
        "long", "short", "weak", "strong", "good", "bad", "okay", "case-sensitive", "here", "there", "below", "above",
        "something", "like", "ago", "since", "after", "before", "during", "about", "yes", "one",
        // Words that say what the code or its mail did: "Code is come to my gmail", "the code is
        // already expired", "the code was refused", "pw → goes right thru", "the password I set
        // five minutes ago".
        "come", "came", "coming", "already", "refused", "goes", "went", "done", "arrived", "email", "e-mail", "mail", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "suddenly", "apparently", "displayed",
        // Past its time: "the code is past its validity", "the code is stale", "was over".
        "past", "over", "stale", "outdated", "useless", "timed", "late", "time",
        // What a field or an address is for: "new password (confirm)", "the password re-issue address",
        // "the password I set then".
        "confirm", "confirmation", "re-issue", "reissue", "recovery", "then",
        // Where it was kept, what it looks like, what became of it: "the password was only saved in
        // that phone", "my password is lowercase with symbols", "the code is expire", "the code is
        // fresh", "the key was generated wrong", "the code was cut off", "the tablet I use for the
        // code was stolen".
        "stolen", "leaked", "compromised", "hacked", "exposed", "deleted", "erased", "wiped", "garbage", "gibberish", "nonsense", "rubbish",
        "only", "saved", "stored", "kept", "written", "inside", "lowercase", "uppercase", "blank", "empty", "expire", "expires",
        "fresh", "dead", "cut", "broken", "generated", "filled", "failed", "entered", "asked", "skipped", "back", "anymore",
        "literally", "because", "forget", "forgot", "got", "what", "which", "where", "how", "why", "if", "as", "than", "very",
        "quite", "pretty", "even", "ever", "once", "twice", "exactly", "correctly", "incorrectly", "supposed", "maybe", "perhaps",
        "somehow", "weird", "strange", "random", "simple", "easy", "hard", "nothing", "none", "either", "login", "log", "box",
        "button", "option", "sure", "issued", "created", "registered", "given", "told",
        // What it is made of: "my password is all numbers", "lowercase letters".
        "numbers", "letters", "digits", "characters", "symbols", "numeric", "alphanumeric", "words", "plus", "small", "capital",
        "half-width", "full-width", "fail", "fails", "failure", "success",
    ]

    /// A word that follows "password is" without being one, written as such words are written:
    /// in lower case, capitalised or in capitals ("wrong", "Wrong", "WRONG"); "anD" or "tHe" is
    /// a password.
    static func isWord(_ word: String, _ written: ArraySlice<Unicode.Scalar>) -> Bool {
        guard notSecrets.contains(word) else { return false }
        let capitals = written.compactMap(ascii).filter(isLetter).map { ("A"..."Z").contains($0) }
        return !capitals.dropFirst().contains(true) || !capitals.contains(false)
    }

    /// Words that say how a value is written, between "password is" and the value.
    static let qualifiers: Set<String> = [
        "just", "literally", "simply", "actually", "basically", "honestly", "all", "caps", "capitals", "lowercase", "uppercase",
        "lower-case", "upper-case",
    ]

    /// Words that make a bracket a remark rather than a value, beside `notSecrets`.
    static let remarkWords: Set<String> = [
        "set", "used", "chose", "picked", "made", "initial", "temporary", "real", "actual", "example", "activation",
        "finished", "done", "completed", "last", "year", "month", "week", "day", "yesterday", "today",
        "copied", "pasted", "typed", "omitted", "hidden", "removed",
        // The words of an aside about the account or the device: "(account active for 2 years)",
        // "(it was buried under other mails)", "(my phone camera is cracked)", "(user management)".
        "is", "was", "were", "are", "under", "other", "rather", "our", "your", "his", "her", "their", "everyone", "ask", "thank", "years", "months",
        "active", "activated", "account", "user", "management", "system", "buried", "cracked", "camera", "webcam", "lens",
        "phone", "laptop", "scanning", "scan",
    ]

    /// A word without the punctuation that ends a sentence or a closing quote after it.
    static func withoutTrailing(_ word: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var word = word
        while let last = word.last, trailing.contains(last) { word = word.dropLast() }
        return word
    }

    /// (An ellipsis too: "confirmation code expired… now what".)
    static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "'", "\"", "’", "”", "…", "‥"]

    /// A word shaped like a password: four characters or more, with a digit, a symbol, or
    /// upper and lower case (as written, `original`).
    static func isShaped(_ word: ArraySlice<Unicode.Scalar>, _ original: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count >= 4 && (word.contains(where: isDigit) || word.contains { !isLetter($0) && !isDigit($0) }
            || original.contains { ("A"..."Z").contains($0) } && original.contains { ("a"..."z").contains($0) })
    }

    /// A word written as a name is (Google, Safari): a capital, then lower case letters only.
    static func isCapitalised(_ written: ArraySlice<Unicode.Scalar>) -> Bool {
        written.first.map { ("A"..."Z").contains($0) } == true && written.count > 1 && written.dropFirst().allSatisfy { ("a"..."z").contains($0) }
    }

    /// An English compound in lower case (re-sent, e-mailed, first-time): letters joined by
    /// single hyphens.
    static func isCompound(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) } }
    }

    /// Apps, browsers, devices and services a cue is written beside («セットアップキーをGoogle
    /// Authenticatorに», «キーはPCでコピー», «QRコード»): never the value (folded to lower case).
    static let names: Set<String> = [
        "google", "authenticator", "microsoft", "safari", "chrome", "edge", "firefox", "mac", "pc", "qr", "iphone", "ipad", "android",
        "windows", "gmail", "outlook", "icloud", "yahoo", "teams", "zoom", "moodle", "omu", "omuid", "id", "app", "ios",
        // Networks, carriers and mail services: «学内Wi-Fiです», «docomoです».
        "wifi", "wi-fi", "lan", "vpn", "sms", "line", "docomo", "softbank", "ezweb", "hotmail",
    ]

    /// An English contraction (hasn't, they're, it's, we'll): a word, not a secret.
    static func isContraction(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }), apostrophe > word.startIndex,
            word[..<apostrophe].allSatisfy(isLetter)
        else { return false }
        let ending = String(scalars: word[word.index(after: apostrophe)...])
        return ["t", "s", "re", "ve", "ll", "d", "m"].contains(ending) && (ending != "t" || word[word.index(before: apostrophe)] == "n")
    }

    /// Words in brackets that read as a remark, not a value: three words or more, at least a
    /// third of them words that follow "password is" without being one ("(the one I picked,
    /// not the initial one)"). A password of words ("correct horse battery staple") is not.
    static func isRemark(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = lowercasedWords(text)
        guard words.count >= 3 else { return false }
        return words.filter { notSecrets.contains($0) || remarkWords.contains($0) || isContraction(Array($0.unicodeScalars)[...]) }.count * 3
            >= words.count
    }

    /// Whether the line at `j` is a field of its own, a label of letters and a colon ("Status: waiting").
    static func isFieldLine(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        var k = j
        while k < s.count, k - j < 20, isLetter(s[k]) || s[k] == " " { k += 1 }
        return k > j && k < s.count && s[k] == ":" && isLetter(s[j])
    }

    /// Whether a line begins with a time of day and a space: a log's line ("09:02 OTP screen").
    static func startsWithTime(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        guard let space = s[line].firstIndex(of: " ") else { return false }
        return isClockTime(s[line.lowerBound..<space])
    }

    /// Words with a digit or a symbol typed among them, mostly free ('yoru no umi 9', «「watashi no
    /// neko 3」»: romaji, whose "no" is a particle): a value, though a word of it follows cues. Not
    /// a remark of words that say how or when ("(set 5 minutes earlier)").
    static func isTypedPhrase(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = lowercasedWords(text), plain = words.filter { notSecrets.contains($0) || remarkWords.contains($0) || timeWords.contains($0) || names.contains($0) }.count
        return text.contains { isDigit($0) || typedSymbols.contains($0) } && plain * 3 <= words.count
    }

    /// Words of a time told in a remark: "(set 5 minutes earlier)", "(account active for 2 years)".
    static let timeWords: Set<String> = ["minute", "minutes", "hour", "hours", "days", "earlier", "later", "weeks", "times", "mins", "min", "secs", "seconds"]

    /// Symbols typed in a value, not the punctuation of a sentence ("user management system?").
    static let typedSymbols: Set<Unicode.Scalar> = ["#", "$", "%", "&", "@", "*", "+", "=", "_", "~", "^", "¥", "\\", "|", "<", ">"]

    /// Words in quotes or brackets that are all words that follow a cue without being a value,
    /// remark words or cues, one at least not a cue: an on-screen message quoted ("Invalid
    /// key"), a note ("(done)"). A cue alone ('password') may be the value.
    static func isPlainWords(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = lowercasedWords(text)
        func plain(_ word: String) -> Bool { notSecrets.contains(word) || remarkWords.contains(word) }
        return words.contains(where: plain) && words.allSatisfy { plain($0) || cueWords.contains($0) }
    }

    /// The words of `text` (letters and apostrophes), in lower case.
    static func lowercasedWords(_ text: ArraySlice<Unicode.Scalar>) -> [String] {
        text.split { !isLetter($0) && $0 != "'" }.map { word in
            // A quote around a word ('invalid key') is no part of it.
            var word = word
            while word.first == "'" { word = word.dropFirst() }
            while word.last == "'" { word = word.dropLast() }
            return String(scalars: word).lowercased()
        }.filter { !$0.isEmpty }
    }

    static let cueWords: Set<String> = ["key", "code", "password", "pass", "pw", "pwd", "otp", "setup", "secret"]

    /// The values a remark after a cue holds: its words shaped like one ("(it was hunter22, I
    /// think)"; a capital that starts a word, April or Gmail, is no sign here), and a first word
    /// set off by a comma ("(sunshine, the one I always use)").
    static func values(inRemark range: Range<Int>, _ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var values: [Range<Int>] = []
        var w = range.lowerBound, first = true
        var previous = ""
        while w < range.upperBound {
            guard isSecretCharacter(s[w]) else { w += 1; continue }
            var e = w
            while e < range.upperBound, isSecretCharacter(s[e]) { e += 1 }
            var bare = withoutTrailing(s[w..<e])
            // Nor is a quote before it ('Invalid key').
            while let first = bare.first, openingQuotes.contains(first) { bare = bare.dropFirst() }
            let word = String(scalars: bare)
            let written = original[bare.startIndex..<bare.endIndex]
            let setOff = first && bare.count >= 2 && e > bare.endIndex && [",", ";"].contains(s[bare.endIndex]) && !remarkWords.contains(word)
            // A word right after "is" or "was" that tells nothing of how it is ("(it was sunshine, I
            // think)", a line after a cue: "it is sunshine for sure") is the value, as after a cue.
            let named = (previous == "is" || previous == "was") && bare.count >= 2 && !remarkWords.contains(word) && !names.contains(word)
            if (isShaped(bare, written) && !isCapitalised(written)) || setOff || named, !bare.isEmpty, !isWord(word, written), !isContraction(bare) {
                values.append(bare.startIndex..<bare.endIndex)
            }
            previous = word
            first = false
            w = e
        }
        return values
    }

    /// The cues by their first character, in the list's order; and those characters, so that
    /// most positions are passed over with one test.
    static let cuesByFirst: [(first: Unicode.Scalar, cues: [[Unicode.Scalar]])] = {
        var groups: [(first: Unicode.Scalar, cues: [[Unicode.Scalar]])] = []
        for cue in cues {
            if let i = groups.firstIndex(where: { $0.first == cue[0] }) { groups[i].cues.append(cue) } else { groups.append((cue[0], [cue])) }
        }
        return groups
    }()
    static let cueFirsts = ScalarBits(cuesByFirst.map(\.first))

    /// Whether a colon (or "=", "=>"; none if not `colon`) and then a quote follow at `k`, past spaces.
    static func quotedAfterColon(_ s: [Unicode.Scalar], _ k: Int, colon: Bool = true) -> Bool {
        var k = k
        if colon {
            guard k < s.count, s[k] == ":" || s[k] == "=" else { return false }
            k += 1
            if k < s.count, s[k] == ">" { k += 1 }
        }
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && openingQuotes.contains(s[k])
    }
    static let romajiTopic = Array("wa".unicodeScalars)

    /// Whether a word of letters and digits follows at `k`, past spaces, that begins with a letter
    /// ("Kaeru55"; not a count, "2kai").
    static func romajiValue(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var k = k
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, isLetter(s[k]), let r = valueWord(s, from: k) else { return false }
        return isTypedValue(r, s) && s[r].contains(where: isDigit)
    }

    /// Whether a colon or an equals sign follows `k`, past spaces.
    static func colonAfter(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var k = k
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && (s[k] == ":" || s[k] == "=")
    }

    /// Whether a cue begins at `j` as a label: the line's end, a space or a filler after it
    /// ("password:"; not "Password1!", a value that begins as a cue does).
    static func cueStarts(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        guard j < s.count, let cue = cue(in: s, at: j) else { return false }
        let end = j + cue.count
        return end >= s.count || isSpace(s[end]) || fillers.contains { TriageText.matches(s, end, $0.text) }
    }

    /// The first cue of the list that stands at `i`, if any.
    static func cue(in s: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? {
        // A Latin cue inside a word is no cue (`standsAsWord`): not looked up.
        guard cueFirsts.mayContain(s[i]), !(s[i].isASCII && i > 0 && isLetter(s[i - 1])) else { return nil }
        return cuesByFirst.first(where: { $0.first == s[i] })?.cues.first(where: { TriageText.matches(s, i, $0) })
    }

    /// Whether a cue at `i` is a word of its own: a Latin cue ("pass" in "passport" is not the
    /// cue), and a katakana one too («パス» in «キャンパス» or «コンパス» is not; the longer cues,
    /// «ワンタイムパスワード», are listed themselves).
    static func standsAsWord(_ cue: [Unicode.Scalar], in s: [Unicode.Scalar], at i: Int) -> Bool {
        if cue[0].isASCII {
            // (A digit before it makes a name: "1Password's"; a scheme's slashes or a dot, an address's
            // part: "https://otp.…", not "ID/password:".)
            return !(i > 0 && (isLetter(s[i - 1]) || isDigit(s[i - 1]) || s[i - 1] == "." || i >= 2 && s[i - 1] == "/" && s[i - 2] == "/"))
                && !(i + cue.count < s.count && isLetter(s[i + cue.count]))
        }
        return !(isKatakana(cue[0]) && i > 0 && isKatakana(s[i - 1]))
    }

    static func afterCues(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard let cue = cue(in: s, at: i) else { i += 1; continue }
            guard standsAsWord(cue, in: s, at: i) else {
                i += 1
                continue
            }
            // A postal, zip or error code is no secret: "postal code is 599-8531".
            if codeCues.contains(cue), notSecretCodes.contains(where: { i >= $0.count && TriageText.matches(s, i - $0.count, $0) }) {
                i += cue.count
                continue
            }
            var j = i + cue.count
            var strong = false, lineValue = false, skipped = 0
            // A cue in angle brackets is a label: «＜パスワード＞Shika*1».
            if i > 0, s[i - 1] == "<", j < s.count, s[j] == ">" {
                j += 1
                strong = true
            }
            var closer: Unicode.Scalar?
            // A Latin word taken as a filler ("is", "are"), where it began and how strong the
            // fillers before it were: a word with Japanese after it is the value, not a filler
            // (「パスワードは Are です」).
            var latinFiller: (start: Int, strong: Bool)?
            while j < s.count, skipped < 24 {
                if s[j] == "\n" || s[j] == "\t" { lineValue = true; strong = true; j += 1; skipped += 1; continue }
                // A leader of dots, as a form's labels have ("New password ........ Heron Lake 2"):
                // the line's value follows, as after a tab.
                if let leader = leaderEnd(s, j) { lineValue = true; strong = true; skipped += leader - j; j = leader; continue }
                if isSpace(s[j]) { j += 1; skipped += 1; continue }
                guard let filler = fillers.first(where: { TriageText.matches(s, j, $0.text) }) else { break }
                // A key's closing quote before its colon and a quoted value: the value is after
                // the colon ({"password":"…"}, 'pw' => '…').
                if j == i + cue.count, filler.text.count == 1, closingQuotes.contains(filler.text[0]), quotedAfterColon(s, j + 1) {
                    j += 1
                    skipped += 1
                    continue
                }
                // A romaji particle, before a quoted value only: "password wa 'natsumatsuri' desu"
                // (not "setup key wa 2kai touroku shita").
                if filler.text == romajiTopic, !quotedAfterColon(s, j + filler.text.count, colon: false), !romajiValue(s, j + filler.text.count) { break }
                // A quote right after the cue, a space after it, closes the quote the cue stands
                // in ('resend code' button, 'invalid key'. What…): no value follows.
                if j == i + cue.count, filler.text.count == 1, closingQuotes.contains(filler.text[0]), j + 1 == s.count || isSpace(s[j + 1])
                    || [".", ",", "?", "!", ")"].contains(s[j + 1])
                {
                    break
                }
                // A Latin filler is a word too: "is" in "isn't", "are" in "are7".
                let word = filler.text.last!.isASCII && isLetter(filler.text.last!)
                if word, j + filler.text.count < s.count, isLetter(s[j + filler.text.count]) || isDigit(s[j + filler.text.count]) {
                    break
                }
                // A bracket that a colon or は follows is the label's remark, and the value comes
                // after it: «パスワード（大文字）：SAKANAYA», "Password (case-sensitive): Nagoya",
                // «暗証番号（OMUのパスワードのこと）は…».
                if filler.text.count == 1, let close = openers[filler.text[0]], filler.text[0] == "(" || filler.text[0] == "[",
                    let end = s[(j + 1)..<min(s.count, j + 40)].firstIndex(of: close), colonAfter(s, end + 1) || end + 1 < s.count && s[end + 1] == "は"
                {
                    skipped += end + 1 - j
                    j = end + 1
                    continue
                }
                latinFiller = word ? (j, strong) : nil
                strong = strong || filler.strong
                if filler.text.count == 1, let close = openers[filler.text[0]] { closer = close }
                j += filler.text.count
                skipped += filler.text.count
                if closer != nil { break }
            }
            if let latinFiller, j == s.count || isJapanese(s[j]) {
                j = latinFiller.start
                strong = latinFiller.strong
            }
            // Where the quote or bracket opened after the cue closes, looked for once.
            var closed: Int?
            if let closer, let end = s[j..<min(s.count, j + 120)].firstIndex(of: closer), end > j { closed = end }
            if let end = closed, isClockTime(s[j..<end]) {
                // A chat log's time on the next line: "reissue the QR code\n[09:04] Me: ok".
                i = end
                continue
            }
            if let end = closed, !s[j..<end].contains("\n"), s[j..<end].contains(where: isSecretCharacter) {
                // Words, or Japanese (an on-screen message quoted: a password is typed in
                // half-width characters), are a remark, which may still hold the value.
                if (isRemark(s[j..<end]) || isPlainWords(s[j..<end])) && !isTypedPhrase(s[j..<end]) || s[j..<end].contains(where: isJapanese) {
                    spans += values(inRemark: j..<end, s, original)
                    // A cue inside the remark has its value after it ("(the new pwd: Xyzzyplugh, I think)"):
                    // read on from the remark's start.
                    i = j
                } else {
                    spans.append(j..<end)
                    i = end
                }
                continue
            }
            var k = j
            // A cue that begins the line is a label of its own, not this cue's value ("the setup
            // key\tpassword:\tDofvhfxd"): read on from it.
            if lineValue, cueStarts(s, at: j) || isFieldLine(s, j) {
                i = j
                continue
            }
            if lineValue {
                // The line's value ends at its end, or at a tab, which sets off a field
                // ("password:\tJspqmsbp\tI forgot my password at the login").
                while k < s.count, s[k] != "\n", s[k] != "\t", k - j < 200 { k += 1 }
                while k > j, isSpace(s[k - 1]) { k -= 1 }
                // A line of Japanese text is a sentence, not a value. So is a line of English
                // that reads as a remark (a mail's subject «Re: password» and its first line, "the
                // user management system locked my account"), which may still hold a value.
                if k > j, s[j..<k].contains(where: isSecretCharacter), !s[j..<k].contains(where: isJapanese) {
                    // A log's line, which begins with its time ("09:02 OTP screen"), is no value:
                    // read on from its start.
                    if startsWithTime(s, j..<k) {
                        i = j
                        continue
                    }
                    if isRemark(s[j..<k]) {
                        spans += values(inRemark: j..<k, s, original)
                        // A cue on the line has its value after it: "invalid key\npwd: Svebxndvdth\tI forgot
                        // my password" (the line a remark, the password no word's shape) leaked
                        // when the line was passed over. Read on from the line's start.
                        i = j
                    } else {
                        spans.append(j..<k)
                        i = k
                    }
                    continue
                }
                k = j
            }
            // Words that only qualify the value are passed over, up to three ("my password is all
            // caps, BASEBALL", "is literally just elephant"); the next word is judged as the first.
            var qualified = 0
            while true {
                k = j
                while k < s.count, isSecretCharacter(s[k]), k - j < 200 { k += 1 }
                // A sentence's full stop or comma after the word is not part of it.
                while k > j, [".", ",", ";", ")", "]", "!", "?"].contains(s[k - 1]) && (k == s.count || isSpace(s[k]) || isJapanese(s[k])) {
                    if s[k - 1] == "!" || s[k - 1] == "?" { break }
                    k -= 1
                }
                let token = s[j..<k]
                // Judged without the punctuation that ends a sentence ("send the code again?" is no
                // code) or a closing quote ('start password change').
                let bare = withoutTrailing(token)
                let word = String(scalars: bare)
                let written = original[bare.startIndex..<bare.endIndex]
                var next = k
                while next < s.count, next - k < 3, s[next] == " " || s[next] == "," { next += 1 }
                if strong, qualified < 3, qualifiers.contains(word), next > k, next < s.count, s[next - 1] == " ", isSecretCharacter(s[next]) {
                    qualified += 1
                    j = next
                    continue
                }
                // After a code's cue, letters with fewer than six digits name an error or a program, not
                // a one-time code ("code: E1024", "program code SP2024-OMU-07", "0x80072F8F"); so do
                // four digits alone or fewer ("(code 4013)").
                if codeCues.contains(cue), bare.contains(where: isLetter) && bare.filter(isDigit).count < 6 || bare.allSatisfy(isDigit) && bare.count <= 4 {
                    i += cue.count
                    break
                }
                if !bare.isEmpty, !isWord(word, written), !isContraction(bare), !names.contains(word), !qualifiers.contains(word),
                    (strong && bare.count >= 2) || isShaped(bare, original[j..<k]) && !isCapitalised(written) && !isCompound(bare)
                {
                    // A passphrase is words: "My passphrase is four brown owls Sing 3 (yes, …)".
                    if phraseCues.contains(cue) {
                        // Unless it is a length: "My passphrase is 14 characters long".
                        if bare.allSatisfy(isDigit), WordedPassphrase.unitFollows(s, k) {
                            i += cue.count
                            break
                        }
                        k = phraseEnd(s, from: k)
                    }
                    spans.append(j..<k)
                    i = k
                    break
                }
                i += cue.count
                break
            }
        }
        return spans
    }

    // MARK: Shapes

    /// Six digits standing alone, with separators between them (`gap`: a space, a full-width
    /// space, a hyphen, a dot, a line's wrap), and not part of a longer number, a date or a phone.
    static func sixDigitCodes(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !(isDigit(s[i - 1]) || isLetter(s[i - 1])) else { i += 1; continue }
            // A clock's seconds or minutes start no code: "08:59:58 162 489" has its code after the time.
            if i >= 2, s[i - 1] == ":", isDigit(s[i - 2]) {
                while i < s.count, isDigit(s[i]) { i += 1 }
                continue
            }
            var j = i, digits = 0, end = i
            while j < s.count {
                if isDigit(s[j]) {
                    digits += 1
                    j += 1
                    end = j
                } else if digits > 0, let next = gap(s, j, digits) {
                    j = next
                } else {
                    break
                }
            }
            let alone = end == s.count || !(isDigit(s[end]) || isLetter(s[end]) || isFileName(s, end))
            if digits == 6, alone, hasEvenGroups(s[i..<end]), !isJoined(s, i), !isLabelledNumber(s, i) {
                spans.append(i..<end)
            }
            i = max(end, i + 1)
        }
        return spans
    }

    /// Where the digits go on past a gap between them, if they do: one separator ("741-852"),
    /// a dash with spaces about it ("309 - 714", "3 0 9 - 7 1 4"), or a line's wrap after three
    /// digits, with the next line's indent ("294\n817", "802\n    446").
    static func gap(_ s: [Unicode.Scalar], _ j: Int, _ digits: Int) -> Int? {
        var k = j, marks = 0
        while k < s.count, k - j < 3, codeSeparators.contains(s[k]) {
            if s[k] != " " { marks += 1 }
            k += 1
        }
        if k > j, marks <= 1, k < s.count, isDigit(s[k]) { return k }
        // A slash between halves of three ("417/203"; not a date's "24/04/15").
        if s[j] == "/", digits == 3, j + 1 < s.count, isDigit(s[j + 1]) { return j + 1 }
        guard s[j] == "\n", digits == 3 else { return nil }
        k = j + 1
        while k < s.count, k - j < 9, s[k] == " " { k += 1 }
        return k < s.count && isDigit(s[k]) ? k : nil
    }

    static let codeSeparators: Set<Unicode.Scalar> = [" ", "-", "‐", "−", "–", "—", "―", ".", "・", "·", "･", "|"]

    /// The cues of a value of words.
    static let phraseCues = TriageText.words(["passphrase", "pass phrase"])

    /// Where a passphrase's words end: at a bracket, a comma or the sentence's end, eight words
    /// or eighty characters at most.
    static func phraseEnd(_ s: [Unicode.Scalar], from k: Int) -> Int {
        var end = k, words = 1, j = k
        while words < 8, j - k < 80, j < s.count, s[j] == " " {
            var e = j + 1
            while e < s.count, isSecretCharacter(s[e]), !["(", ",", ";", "["].contains(s[e]) { e += 1 }
            var b = e
            while b > j + 1, [".", "!", "?", ")"].contains(s[b - 1]) { b -= 1 }
            guard b > j + 1 else { break }
            end = b
            words += 1
            if b < e { break }
            j = e
        }
        return end
    }

    /// What parts a key's groups: spaces, hyphens, dots, line breaks, slashes, underscores, «・», middle dots and bars.
    static let keySeparators: Set<Unicode.Scalar> = [" ", "-", ".", "\n", "/", "・", "_", "、", "·", "･", "|"]

    /// A small Latin letter as written, half- or full-width: a key in capitals has none.
    static func isSmallLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || (0xFF41...0xFF5A).contains(s.value) }

    static func isBase32(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("2"..."7").contains(s) }

    /// A setup key: base32 letters in one run of 16 or more, or in groups of four or eight
    /// separated by spaces, hyphens, dots or line breaks (several too); with a digit 2–7 or in
    /// capitals, so that English words are left alone.
    static func setupKeys(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isBase32(s[i]), i == 0 || !(isLetter(s[i - 1]) || isDigit(s[i - 1])) else { i += 1; continue }
            // Most words are neither a group of four nor a run of 16: passed over without more.
            var run = i
            while run < s.count, isBase32(s[run]) { run += 1 }
            // (Groups of three, five, six or seven are keys in capitals only, or of five with a digit:
            // most words of three letters are not looked at.)
            let capitalThree = (run - i == 3 || run - i == 5 || run - i == 6 || run - i == 7) && !original[i..<run].contains(where: isSmallLetter)
                || run - i == 5 && s[i..<run].contains(where: { ("2"..."7").contains($0) })
            guard capitalThree || run - i == 2 || run - i == 4 || run - i == 8 || run - i >= 16 else { i = run; continue }
            // The groups that follow: the first, and how many of its width lead (kept as counts:
            // an array of groups was made for every word of four letters).
            let width = run - i
            var first = i..<run, groups = 0, leading = 0, leadingEnd = i
            var j = i
            // A key has at most eight groups: looking further would make long text quadratic.
            while j < s.count, isBase32(s[j]), groups < 9 {
                let start = j
                while j < s.count, isBase32(s[j]) { j += 1 }
                // A group a line's wrap broke ("JBSW Y3DP EH\nPK 3PXP"): its two parts are one.
                var length = j - start
                if groups > 0, length < width, let rest = wrappedRest(s, j, width - length) {
                    j = rest
                    length = width
                }
                if groups == 0 { first = start..<j }
                if leading == groups, length == width {
                    leading += 1
                    leadingEnd = j
                }
                groups += 1
                var k = j, gap = 0
                while k < s.count, keySeparators.contains(s[k]), gap < 3 { k += 1; gap += 1 }
                // A dot joins groups alone ("ZREY.CO5W"): ". " ends a sentence of short words.
                let dotted = s[j..<k].contains(".") && gap > 1
                if gap > 0, !dotted, k < s.count, isBase32(s[k]) { j = k } else { break }
            }
            // Groups of four, or of eight with a digit (words after them are not part of the key),
            // or one long run.
            var span: Range<Int>?
            let eightsWithDigit = width == 8 && leading >= 2 && s[first.lowerBound..<leadingEnd].contains(where: { ("2"..."7").contains($0) })
            // Groups of three ("AIA DAK YPY SOH 2PL I", written in threes), five at least, in capitals
            // with a digit 2–7 (not "2FA for our new lab"); of five, four at least ("76HVU E4NUI P5VDZ
            // ZT7Y6"); of six or seven, three at least ("VOQ4O23 JBXECGA LFDJGY6").
            let capitalGroups = (width == 3 && leading >= 5 || width == 5 && leading >= 4 || (width == 6 || width == 7) && leading >= 3)
                && s[first.lowerBound..<leadingEnd].contains(where: { ("2"..."7").contains($0) })
                && !original[first.lowerBound..<leadingEnd].contains(where: isSmallLetter)
            // (In small letters, groups of five with a digit in two of them: "2b7nu c4psa qwpla 6hxiq".)
            let smallFives = width == 5 && leading >= 4
                && s[first.lowerBound..<leadingEnd].split(separator: " ").filter({ $0.contains { ("2"..."7").contains($0) } }).count >= 2
            // Groups of two, eight at least, three of a letter and a digit ("sj qh 5h 4w fh 5f ju 2s": a
            // key read out in pairs; not "at 23 or 24 if we go by 25").
            // (Or in capitals, two digits among them: "DH TZ AE Q5 47 KG ME NW".)
            let pairs = s[first.lowerBound..<leadingEnd]
            let pairsWithDigits = width == 2 && leading >= 8
                && (pairs.split(whereSeparator: { !isBase32($0) }).filter({ pair in pair.contains { ("2"..."7").contains($0) } && pair.contains { ("a"..."z").contains($0) } }).count >= 3
                    || !original[first.lowerBound..<leadingEnd].contains(where: isSmallLetter) && pairs.filter({ ("2"..."7").contains($0) }).count >= 2)
            if width == 4 && leading >= 4 || eightsWithDigit || capitalGroups || smallFives || pairsWithDigits {
                span = first.lowerBound..<leadingEnd
            } else if first.count >= 16, !isNames(s[first]) {
                span = first
            }
            if let span, span.upperBound == s.count || !(isLetter(s[span.upperBound]) || isDigit(s[span.upperBound])),
                s[span].contains(where: { ("2"..."7").contains($0) })
                    || !original[span].contains(where: isSmallLetter)
                    // (Small letters alone, after a key's cue: «同じキー fsptfefuqnmuwkjk で登録».)
                    || span == first && span.count >= 16 && keyCueBefore(s, span.lowerBound)
            {
                spans.append(span)
                i = span.upperBound
            } else {
                i = first.upperBound
            }
        }
        return spans
    }

    /// Where a remark in brackets that opens at `i` ends (past its closing bracket), if it closes
    /// on its line within `within` characters.
    static func remarkEnd(_ s: [Unicode.Scalar], at i: Int, within: Int) -> Int? {
        guard i < s.count, s[i] == "(", let close = s[i..<min(s.count, i + within)].firstIndex(where: { $0 == ")" || $0 == "\n" }), s[close] == ")"
        else { return nil }
        return close + 1
    }

    /// Where a leader of five dots or more at `j` ends, if one stands there (not an ellipsis:
    /// "my password... help").
    static func leaderEnd(_ s: [Unicode.Scalar], _ j: Int) -> Int? {
        var k = j
        while k < s.count, s[k] == "." { k += 1 }
        return k - j >= 5 ? k : nil
    }

    /// Whether a key's cue ends just before `i`, a few characters between at most.
    static func keyCueBefore(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        (max(0, i - 6)...i).contains { TypedSecret.ends(s, $0, keyCues) }
    }
    static let keyCues = TriageText.words(["キー", "key", "セットアップキー", "setup key", "secret"])

    /// Where the rest of a key's group ends, if the line breaks at `j` and the next line begins
    /// with `need` base32 characters alone.
    static func wrappedRest(_ s: [Unicode.Scalar], _ j: Int, _ need: Int) -> Int? {
        var k = j
        while k < s.count, s[k] == " " { k += 1 }
        guard k < s.count, s[k] == "\n" else { return nil }
        k += 1
        while k < s.count, s[k] == " " { k += 1 }
        var e = k
        while e < s.count, isBase32(s[e]), e - k <= need { e += 1 }
        guard e - k == need, e == s.count || !(isLetter(s[e]) || isDigit(s[e])) else { return nil }
        return e
    }

    /// A hexadecimal number written as code: "0x8007000d".
    static func isHexCode(_ word: String) -> Bool {
        word.hasPrefix("0x") && word.count > 3 && word.dropFirst(2).allSatisfy(\.isHexDigit)
    }

    /// Labels of a network's or a machine's name.
    static let networkLabels = TriageText.words(["ssid", "ssid:", "network name", "hostname", "host name", "pc name", "device name", "model"])

    /// Whether one of `labels` ends just before `i`, past a colon and spaces.
    static func labelled(_ s: [Unicode.Scalar], _ i: Int, _ labels: [[Unicode.Scalar]]) -> Bool {
        var b = i
        while b > 0, s[b - 1] == " " || s[b - 1] == ":" { b -= 1 }
        return TypedSecret.ends(s, b, labels)
    }

    /// Any word of 8+ printable characters with upper case, lower case and a digit (letters beyond
    /// ASCII count: "Ærøbing9").
    static func passwordShaped(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard isSecretCharacter(s[i]) else { i += 1; continue }
            var j = i
            var upper = false, lower = false, digit = false
            // Letters beyond ASCII and symbols are part of it: "Schön2023!", "Año2024Ñu", "Dragon★Fruit7".
            while j < s.count, isSecretCharacter(s[j]) {
                if let a = ascii(original[j]) {
                    upper = upper || ("A"..."Z").contains(a)
                    lower = lower || ("a"..."z").contains(a)
                    digit = digit || ("0"..."9").contains(a)
                } else {
                    upper = upper || original[j].properties.isUppercase
                    lower = lower || original[j].properties.isLowercase
                }
                j += 1
            }
            // A label joined to its value by a colon is not part of it: "ID:a24ke207".
            if let colon = original[i..<j].firstIndex(where: { $0 == ":" || $0 == "：" }), colon > i,
                original[i..<colon].allSatisfy({ ascii($0).map(isLetter) ?? false }),
                // An address's scheme ("https://…") is no label: the whole word is the address.
                !(colon + 2 < j && original[colon + 1] == "/" && original[colon + 2] == "/")
            {
                i = colon + 1
                continue
            }
            // The shape first: most words have not got it, and need no more looking at. Small letters
            // and digits typed in full width are typed too («ｋａｅｄｅ２０３１», not an OMUID «ｓｂ２３０４５» nor
            // a number masked «２２１ｘｘｘｘｘ»).
            let fullWidth = j - i >= 6 && lower && digit && original[i..<j].allSatisfy { (0xFF01...0xFF5E).contains($0.value) }
                && !isOMUIDLike(s[i..<j]) && !s[i..<j].filter(isLetter).allSatisfy({ $0 == "x" })
            if j - i >= 8 && upper && lower && digit || fullWidth {
                let word = original[i..<j].compactMap(ascii)
                // (An at-sign inside a password is no address: "Sora@Bay3".)
                let address = isAddress(word[...]) || word.contains("/") && word.contains(":") || isLink(word[...])
                let lowered = String(scalars: word).lowercased()
                let product = productPrefixes.contains { lowered.hasPrefix($0) }
                // Nor a hexadecimal error code ("0x8007000D"), a numbered name ("PC-No.23"), nor a
                // network's name after its label ("SSID: Buffalo-G-7A3E").
                let named = isHexCode(lowered) || lowered.contains("no.") || labelled(s, i, networkLabels)
                if !address, !product, !named { spans.append(i..<j) }
            }
            i = j
        }
        return spans
    }
}
