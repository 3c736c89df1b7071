/// Passwords of several words with spaces between them, which no word's shape tells: the run of
/// words is told a value by where it stands.
/// - After a passphrase's cue, up to a bracket, a comma or the sentence's end: "My passphrase is
///   four brown owls Sing 3 (yes, with spaces…)", "we chose a passphrase, amber lake 61 Moon,
///   and got…".
/// - Before "as the (new) password", set off by a comma or a verb of entry before it, a remark in
///   brackets allowed between: "a phrase in romaji, konnichiwa sekai 5, as the password", "I typed
///   maple leaf 31 (single spaces) as my new password".
/// The run is two to eight words with a digit in one of them (words alone are a sentence: "my
/// passphrase is not accepted", "I tried everything, as the password page said"), none a name, a
/// cue, an OMUID or a product, and not begun by a determiner or a pronoun ("my student number
/// 2024 as the password" names a number).
/// - Set off by marks, quotes or Japanese in a sentence that speaks of a phrase (`spokenOf`).
/// One pass: each cue and each "as" is looked at once, and what it reads is bounded; the sentences
/// are read once each.
enum WordedPassphrase {
    static let cues = TriageText.words(["passphrase", "pass phrase", "pass-phrase"])
    /// What joins a cue to its value: "is", "was", a colon, a comma or a dash.
    static let joins = TriageText.words([" is ", " was ", " is: ", " was: ", ": ", ", ", " - ", " — ", " – ", ":", " = "])
    /// The longest run read, in words and in characters.
    static let maxWords = 8
    static let maxLength = 80

    static func spans(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            // Most characters start nothing looked for: one test passes them by.
            guard triggers.mayContain(c) else { i += 1; continue }
            if let open = closing(of: c), let run = quotedAfterSetting(s, at: i, closing: open, original) {
                spans.append(run)
                i = run.upperBound
                continue
            }
            if c == "パ", TriageText.matches(s, i, kanaCue), let run = quotedAfterKanaCue(s, from: i + kanaCue.count) {
                spans.append(run)
                i = run.upperBound
                continue
            }
            // A remark in brackets that speaks of the spaces after a run: "I set kasa no hana 8 (with
            // the spaces)".
            if c == "(", let run = runBeforeRemark(s, at: i, original) {
                spans.append(run)
                i += 1
                continue
            }
            // A run that begins its sentence, before "is my password": "Harbor Lights 7 is my password".
            if c == "i" || c == "w", i > 0, s[i - 1] == " ", let phrase = mine.first(where: { TriageText.matches(s, i, $0) }),
                !TypedSecret.starts(s, i + phrase.count, TypedSecret.notNamingAfter),
                let run = runEnding(at: wordStart(s, i), asked: false, fromSentenceStart: true, s, original)
            {
                spans.append(run)
                i += phrase.count
                continue
            }
            guard c == "p" || c == "a" || c == "f", i == 0 || !Redactor.isLetter(s[i - 1]) else { i += 1; continue }
            if c == "p", let cue = cues.first(where: { TriageText.matches(s, i, $0) }) {
                let end = i + cue.count
                if let join = joins.filter({ TriageText.matches(s, end, $0) }).max(by: { $0.count < $1.count }),
                    let run = runAfter(s, from: end + join.count, original)
                {
                    spans.append(run)
                    i = run.upperBound
                    continue
                }
                i = end
                continue
            }
            if c == "a" && TriageText.matches(s, i, asWord) || c == "f" && TriageText.matches(s, i, forWord), TypedSecret.namesPassword(s, after: i),
                let run = runBefore(s, as: i, original)
            {
                spans.append(run)
            }
            i += 1
        }
        return spans + spokenOf(s, original)
    }

    /// The characters a cue, a phrase, a quote or a bracket looked for starts with.
    static let triggers = ScalarBits(["p", "a", "f", "i", "w", "(", "パ", "“", "\"", "'", "‘", "「", "『"])

    static let asWord = Array("as ".unicodeScalars)
    static let forWord = Array("for ".unicodeScalars)
    static let kanaCue = Array("パスフレーズ".unicodeScalars)

    /// The quote that closes one that opens a value (a switch: this is asked at many characters).
    static func closing(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "“": return "”"
        case "\"": return "\""
        case "'": return "'"
        case "‘": return "’"
        case "「": return "」"
        case "『": return "』"
        default: return nil
        }
    }
    /// What, before a quote, makes its inside the value set: "changed my password to “…”".
    static let settingBefore = TriageText.words([
        "password to", "passphrase to", "password as", "passphrase as", "pw to", "it to", "set to", "changed to", "set it to", "changed it to",
        "reset it to", "password was", "passphrase was", "password is", "passphrase is",
        // A value tried or refused: "I tried 'silver moon 8' with the spaces", "It rejects "Maple Sky 3"".
        "tried", "typed", "entered", "used", "chose", "put", "set", "tried is", "tried was", "used is", "used was", "typed is", "typed was",
        "entered is", "entered was", "rejects", "rejected", "refuses", "refused", "won't accept", "doesn't accept", "does not accept",
    ])

    /// The words in quotes at `i` after a phrase of setting a password: "I changed my password to
    /// “Harbor 7 Lights” on Friday".
    static func quotedAfterSetting(_ s: [Unicode.Scalar], at i: Int, closing: Unicode.Scalar, _ original: [Unicode.Scalar]) -> Range<Int>? {
        var b = i
        while b > 0, s[b - 1] == " " { b -= 1 }
        guard b < i, TypedSecret.ends(s, b, settingBefore) else { return nil }
        guard let close = s[(i + 1)..<min(s.count, i + 2 + maxLength)].firstIndex(of: closing), close > i + 1 else { return nil }
        var words: [Range<Int>] = []
        var k = i + 1
        while k < close {
            guard Redactor.isSecretCharacter(s[k]) else { k += 1; continue }
            var e = k
            while e < close, Redactor.isSecretCharacter(s[e]) { e += 1 }
            words.append(k..<e)
            k = e
        }
        return accepted(words, s, original)
    }

    /// A passphrase in 「」 or 『』 right after «パスフレーズ» (its particle between): «パスフレーズ「はなの みち」を
    /// 使いたい». Whatever it is written in, kana too: the cue names it.
    static func quotedAfterKanaCue(_ s: [Unicode.Scalar], from j: Int) -> Range<Int>? {
        var k = j
        if k < s.count, ["は", "を", "が", "に", "の", " "].contains(s[k]) { k += 1 }
        guard k < s.count, s[k] == "「" || s[k] == "『" else { return nil }
        let closing: Unicode.Scalar = s[k] == "「" ? "」" : "』"
        guard let close = s[(k + 1)..<min(s.count, k + 42)].firstIndex(of: closing), close > k + 1,
            !s[(k + 1)..<close].contains(where: { $0 == "。" || $0 == "、" || $0 == "\n" })
        else { return nil }
        return (k + 1)..<close
    }

    /// The run of words that starts at `j` and ends at a bracket, a comma, a semicolon or the
    /// sentence's end.
    static func runAfter(_ s: [Unicode.Scalar], from j: Int, _ original: [Unicode.Scalar]) -> Range<Int>? {
        guard j < s.count, Redactor.isSecretCharacter(s[j]) else { return nil }
        var words: [Range<Int>] = []
        var k = j
        while words.count < maxWords, k - j < maxLength, k < s.count, Redactor.isSecretCharacter(s[k]) {
            var e = k
            while e < s.count, Redactor.isSecretCharacter(s[e]), ![",", ";"].contains(s[e]) { e += 1 }
            // A full stop, a question or a closing bracket ends the sentence and the run.
            var b = e
            while b > k, [".", "!", "?", ")", ":"].contains(s[b - 1]) { b -= 1 }
            guard b > k else { break }
            words.append(k..<b)
            if b < e || e >= s.count || s[e] != " " { break }
            k = e + 1
            if k < s.count, s[k] == " " { k += 1 }
        }
        if let run = accepted(words, s, original) { return run }
        // Words alone, up to a conjunction: "My passphrase is four little paper boats and it's
        // rejected" (three at least, none a function word: "is not accepted and…" is none).
        let phrase = Array(words.prefix { !conjunctions.contains(String(scalars: s[$0])) })
        guard phrase.count >= 3, phrase.count < words.count || words.count < maxWords,
            phrase.allSatisfy({ s[$0].allSatisfy(Redactor.isLetter) && !functionWords.contains(String(scalars: s[$0])) })
        else { return nil }
        return accepted(phrase, s, original, digit: false)
    }

    static let conjunctions: Set<String> = ["and", "but", "so", "which", "because", "though", "although", "yet"]

    /// The run that ends before the "as" at `a`: past a remark in brackets and a comma, back to a
    /// comma, a colon, a dash, a quote or a verb of entry.
    static func runBefore(_ s: [Unicode.Scalar], as a: Int, _ original: [Unicode.Scalar]) -> Range<Int>? {
        var e = a
        while e > 0, s[e - 1] == " " { e -= 1 }
        if e > 0, s[e - 1] == ")" {
            var b = e - 1
            while b > 0, e - b < 60, s[b] != "(" { b -= 1 }
            guard s[b] == "(" else { return nil }
            e = b
            while e > 0, s[e - 1] == " " { e -= 1 }
        }
        if e > 0, s[e - 1] == "," { e -= 1 }
        // A value asked about: "Is Harbor 7 Lights allowed as a new password?".
        var asked = false
        if let word = acceptable.first(where: { TypedSecret.ends(s, e, [$0]) }) {
            asked = true
            e -= word.count
            while e > 0, s[e - 1] == " " { e -= 1 }
        }
        return runEnding(at: e, asked: asked, s, original)
    }

    /// The run of words that ends at `e`, back to what sets it off (`setOff`; or, `asked`, a
    /// word that asks about it; or, `fromSentenceStart`, the sentence's start).
    static func runEnding(at e: Int, asked: Bool, fromSentenceStart: Bool = false, _ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> Range<Int>? {
        var words: [Range<Int>] = []
        var k = e
        while words.count < maxWords, e - k < maxLength, k > 0, Redactor.isSecretCharacter(s[k - 1]), s[k - 1] != "," {
            var b = k
            while b > 0, Redactor.isSecretCharacter(s[b - 1]), s[b - 1] != "," { b -= 1 }
            words.insert(b..<k, at: 0)
            let askedHere = asked && TypedSecret.ends(s, wordStart(s, b), askedBefore)
            // One word asked about is a value too, if nothing tells it a kind of character or a
            // word of the sentence's own: "is sunflower allowed as a password?" (not "is kanji …").
            if askedHere, words.count == 1 { return askedWord(words[0], s) }
            if setOff(s, b) || askedHere || fromSentenceStart && startsSentence(s, b) {
                return accepted(words, s, original)
            }
            guard b > 0, s[b - 1] == " " else { return nil }
            k = b - 1
            if k > 0, s[k - 1] == " " { k -= 1 }
        }
        return nil
    }

    /// The run before the bracket at `i`, when the remark in it speaks of a phrase (its spaces, its
    /// words) and a verb of entry or a mark sets the run off before.
    static func runBeforeRemark(_ s: [Unicode.Scalar], at i: Int, _ original: [Unicode.Scalar]) -> Range<Int>? {
        guard let close = s[i..<min(s.count, i + 40)].firstIndex(of: ")"),
            (i..<close).contains(where: { k in phraseWords.contains { TriageText.matches(s, k, $0) } })
        else { return nil }
        var e = i
        while e > 0, s[e - 1] == " " { e -= 1 }
        return runEnding(at: e, asked: false, s, original)
    }

    /// What tells the run before it the password, from its sentence's start.
    static let mine = TriageText.words([
        "is my password", "is my new password", "was my password", "was my old password", "is my passphrase", "was my passphrase",
        "is my omu password", "was my omu password",
    ])

    /// Whether a sentence starts at `b`: the text's start, or a sentence's end before it past spaces.
    static func startsSentence(_ s: [Unicode.Scalar], _ b: Int) -> Bool {
        let k = wordStart(s, b)
        return k == 0 || CueSentence.endsSentence(s, k - 1)
    }

    /// Kinds of character and words that name no value, asked about as a password may be.
    static let kinds: Set<String> = [
        "kanji", "hiragana", "katakana", "kana", "emoji", "emojis", "japanese", "romaji", "unicode", "space", "spaces", "symbol", "symbols",
        "punctuation", "character", "characters", "birthday", "name", "names", "something", "anything", "mine", "yours", "numbers", "digits",
        "letters", "words", "username", "omuid",
    ]

    /// One word asked about as a value: five characters or more, free, no kind of character.
    static func askedWord(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int>? {
        let word = String(scalars: s[r])
        guard r.count >= 5, Redactor.isFreeWord(r, s), !functionWords.contains(word), !kinds.contains(word), !phraseWordSet.contains(word),
            !passwordWordSet.contains(word)
        else { return nil }
        return r
    }

    /// Words that ask whether a value may be used, and what asks it before the value.
    static let acceptable = TriageText.words(["allowed", "acceptable", "ok", "okay", "valid", "usable", "possible", "fine"])
    static let askedBefore = TriageText.words(["is", "would", "can i use", "could i use", "may i use", "can i set", "is it ok to use"])

    /// Where the text before a word ends, past spaces.
    static func wordStart(_ s: [Unicode.Scalar], _ b: Int) -> Int {
        var k = b
        while k > 0, s[k - 1] == " " { k -= 1 }
        return k
    }

    /// What sets a value off just before it: a comma, a colon, a dash, a quote, a line's start.
    static let marks: Set<Unicode.Scalar> = [",", ":", "—", "–", "\"", "“", "'", "「", "『", "\n"]

    /// Whether what ends at `i` sets a value off: a mark, a verb of entry ("I tried", "I used"), or
    /// a password's cue ("Using the password Amber Tide 7 (with spaces) fails").
    static func setOff(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var b = i
        while b > 0, s[b - 1] == " " { b -= 1 }
        guard b > 0 else { return false }
        if marks.contains(s[b - 1]) { return true }
        return b < i && (TypedSecret.ends(s, b, entries) || TypedSecret.ends(s, b, passwordCues))
    }
    static let passwordCues = TriageText.words(["password", "passphrase", "pass phrase"])

    /// A sentence's subject, which begins no value ("Activation password change: I put … as the
    /// new password").
    static let pronouns: Set<String> = ["i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "i'm", "i've", "it's"]

    /// What a number before counts.
    static let units: Set<String> = [
        "characters", "character", "chars", "letters", "letter", "words", "word", "digits", "digit", "symbols", "times", "time", "tries", "attempts",
        "minutes", "minute", "mins", "hours", "hour", "days", "day", "weeks", "months", "years", "spaces", "space", "or", "to",
    ]

    /// Whether a unit's word follows a number that ends at `k`, after a space.
    static func unitFollows(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k < s.count, s[k] == " " else { return false }
        var e = k + 1
        while e < s.count, Redactor.isLetter(s[e]) { e += 1 }
        return units.contains(String(scalars: s[(k + 1)..<e]))
    }

    static let entries = TypedSecret.typedBefore + TriageText.words(["used", "use", "made", "put", "wrote", "go with", "went with", "going with"])

    // MARK: A sentence that speaks of a phrase

    /// Words that tell a value of several words: its spaces, its words, a phrase.
    static let phraseWords = TriageText.words([
        "passphrase", "pass phrase", "phrase", "sentence", "words", "spaces", "space", "スペース", "空白", "パスフレーズ", "文章", "英文", "文を",
    ])
    /// A password's cues, in this sentence or the one before.
    static let passwordWords = TriageText.words(["password", "passphrase", "pass phrase", "pw", "パスワード", "パスフレーズ", "ぱすわーど"])
    static let sentenceWords = phraseWords + passwordWords
    /// The words' first and second characters: two tests pass most words by, with no hashing.
    static let sentenceFirsts = ScalarBits(sentenceWords.map { $0[0] })
    static let sentenceSeconds = ScalarBits(sentenceWords.map { $0[1] })
    static let phraseWordSet = Set(phraseWords.map { String(scalars: $0[...]) })
    static let passwordWordSet = Set(passwordWords.map { String(scalars: $0[...]) })

    /// Runs of words set off in a sentence that speaks of a phrase («パスワードにスペースを入れています。
    /// 「kaze no oto 3」です», "my password is three words with spaces, Silent Pines Hold Snow, and
    /// …", "'Tea After Seminars 5' — my password, spaces and all"), a password and a phrase named
    /// in it or in the sentence before.
    static func spokenOf(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0, cueBefore = false, phraseBefore = false
        for i in 0...s.count where i == s.count || CueSentence.endsSentence(s, i) {
            let sentence = start..<i
            start = i + 1
            guard !sentence.isEmpty else { continue }
            let (cue, phrase) = named(s, sentence)
            defer { (cueBefore, phraseBefore) = (cue, phrase) }
            guard phrase || phraseBefore, cue || cueBefore else { continue }
            spans += setOffRuns(s, original, in: sentence)
        }
        return spans
    }

    /// Whether the sentence names a password, and a phrase.
    static func named(_ s: [Unicode.Scalar], _ sentence: Range<Int>) -> (cue: Bool, phrase: Bool) {
        var cue = false, phrase = false
        var i = sentence.lowerBound
        while i < sentence.upperBound, !(cue && phrase) {
            let c = s[i]
            if sentenceFirsts.mayContain(c), i + 1 < s.count, sentenceSeconds.mayContain(s[i + 1]), !(c.isASCII && i > 0 && Redactor.isLetter(s[i - 1])) {
                for word in sentenceWords where word[0] == c && TriageText.matches(s, i, word) && Redactor.standsAsWord(word, in: s, at: i) {
                    let text = String(scalars: word[...])
                    cue = cue || passwordWordSet.contains(text)
                    phrase = phrase || phraseWordSet.contains(text)
                }
            }
            i += 1
        }
        return (cue, phrase)
    }

    /// What sets a run off before it and after it.
    static let opens: Set<Unicode.Scalar> = [":", ",", "—", "–", "\"", "“", "'", "‘", "(", "「", "『", "\n"]
    static let closes: Set<Unicode.Scalar> = [",", "—", "–", "-", ".", "(", "\"", "”", "'", "’", ")", "」", "』", "!", "?", ":", "\n", ";"]
    /// Quotes at a word's edge, which are no part of it.
    static let quotes: Set<Unicode.Scalar> = ["\"", "“", "”", "'", "‘", "’"]

    /// The runs of Latin words in the sentence set off on both sides by a mark, a quote, Japanese
    /// or the sentence's ends.
    static func setOffRuns(_ s: [Unicode.Scalar], _ original: [Unicode.Scalar], in sentence: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard isRunCharacter(s[k]), k == sentence.lowerBound || !isRunCharacter(s[k - 1]) else { k += 1; continue }
            var words: [Range<Int>] = []
            var e = k
            while e < sentence.upperBound, words.count <= maxWords {
                var t = e
                while t < sentence.upperBound, isRunCharacter(s[t]) { t += 1 }
                var b = t
                while b > e, [".", "!", "?", ":", ";"].contains(s[b - 1]) { b -= 1 }
                // A hyphen alone is a dash: "'Tea After Seminars 5' - my password".
                guard b > e, !(b == e + 1 && s[e] == "-") else { break }
                words.append(e..<b)
                guard b == t, t + 1 < sentence.upperBound, s[t] == " " else { break }
                e = s[t + 1] == " " ? t + 2 : t + 1
                // A quote opens a run of its own: "It's 'Green tea at noon 5'".
                guard e < sentence.upperBound, isRunCharacter(s[e]), !quotes.contains(s[e]) else { break }
            }
            guard let last = words.last else { k += 1; continue }
            if opensRun(s, k, sentence), closesRun(s, last.upperBound, sentence), let run = spoken(words, s, original) { spans.append(run) }
            k = max(last.upperBound, k + 1)
        }
        return spans
    }

    /// A character of a run's word: a secret's, not a comma, a semicolon, a dash or a quote that
    /// opens or closes (an apostrophe inside a word is one: "it's").
    static func isRunCharacter(_ c: Unicode.Scalar) -> Bool {
        Redactor.isSecretCharacter(c) && c != "," && c != ";" && c != "\"" && c != "“" && c != "”" && c != "‘" && c != "’" && c != "—" && c != "–"
    }

    static func opensRun(_ s: [Unicode.Scalar], _ k: Int, _ sentence: Range<Int>) -> Bool {
        // A quote that opens the run's first word opens it.
        if quotes.contains(s[k]) { return true }
        var b = k
        while b > sentence.lowerBound, s[b - 1] == " " { b -= 1 }
        return b == sentence.lowerBound || opens.contains(s[b - 1]) || Redactor.isJapanese(s[b - 1])
    }

    static func closesRun(_ s: [Unicode.Scalar], _ e: Int, _ sentence: Range<Int>) -> Bool {
        var b = e
        while b < sentence.upperBound, s[b] == " " { b += 1 }
        return b >= sentence.upperBound || closes.contains(s[b]) || Redactor.isJapanese(s[b])
    }

    /// Function words, which a phrase of words alone has none of (a sentence has: "and it was
    /// accepted yesterday").
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "is", "are", "was", "were", "be", "been", "it", "its",
        "it's", "this", "that", "these", "those", "i", "my", "me", "we", "you", "your", "he", "she", "they", "not", "no", "so", "if", "as", "by",
        "from", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would", "should", "just", "only", "also", "all", "any", "some",
        "every", "each", "yes", "please", "thanks", "there", "here", "what", "which", "when", "how", "why", "who", "then", "than", "too", "very",
        "still", "now", "again", "after", "before", "because", "about", "into", "up", "out", "get", "got", "i'm", "i've", "that's", "don't",
        "doesn't", "didn't", "isn't", "wasn't", "can't", "won't", "one", "like", "same",
    ]

    /// Words of a clause, which a phrase with a digit has none of.
    static let clauseWords: Set<String> = [
        "is", "are", "was", "were", "been", "which", "than", "because", "i", "i'm", "my", "it's", "that's", "honestly", "really", "should", "would",
    ]

    /// The run as a value: as `accepted`, a determiner allowed first when a digit is in it ("the fox
    /// naps at noon 6"), but no other function word first and no word of a clause; without a digit, three words at least, none a function word nor a word
    /// of the sentence's own (spaces, words, a cue), all capitalised or all small ("Silent Pines
    /// Hold Snow", "pebble lamp orange cloud").
    static func spoken(_ raw: [Range<Int>], _ s: [Unicode.Scalar], _ original: [Unicode.Scalar]) -> Range<Int>? {
        // Quotes at the run's edges are no part of it.
        var words = raw
        if let first = words.first, quotes.contains(s[first.lowerBound]), first.count > 1 { words[0] = (first.lowerBound + 1)..<first.upperBound }
        if let last = words.last, quotes.contains(s[last.upperBound - 1]), last.count > 1 { words[words.count - 1] = last.lowerBound..<(last.upperBound - 1) }
        let lowered = words.map { String(scalars: s[$0]) }
        guard words.count >= 2, words.count <= maxWords,
            !lowered.contains(where: { phraseWordSet.contains($0) || passwordWordSet.contains($0) })
        else { return nil }
        if words.contains(where: { s[$0].contains(where: Redactor.isDigit) }) {
            // Two words of letters at least ("accepted" refuses a share and a clause's words:
            // "I typed the same thing twice, 99% sure", "…, which is honestly much stronger than Hunter42").
            guard words.filter({ s[$0].contains(where: Redactor.isLetter) }).count >= 2,
                !functionWords.contains(lowered[0]) || ["the", "a", "an"].contains(lowered[0]) else { return nil }
            return accepted(words, s, original, determinerFirst: true)
        }
        guard words.count >= 3, !lowered.contains(where: functionWords.contains), words.allSatisfy({ s[$0].allSatisfy(Redactor.isLetter) }) else { return nil }
        let capitalised = words.allSatisfy { ("A"..."Z").contains(original[$0.lowerBound]) }
        let small = words.allSatisfy { original[$0].allSatisfy { ("a"..."z").contains($0) } }
        guard capitalised || small else { return nil }
        return accepted(words, s, original, digit: false)
    }

    /// The words as one value: two or more, a digit in one, none a name, a cue, an OMUID or a
    /// product, the first no determiner.
    static func accepted(_ words: [Range<Int>], _ s: [Unicode.Scalar], _ original: [Unicode.Scalar], determinerFirst: Bool = false, digit: Bool = true)
        -> Range<Int>?
    {
        guard words.count >= 2, words.count <= maxWords, let first = words.first, let last = words.last,
            !digit || words.contains(where: { s[$0].contains(where: Redactor.isDigit) })
        else { return nil }
        let lowered = words.map { String(scalars: s[$0]) }
        guard determinerFirst || !TypedSecret.determiners.contains(Array(lowered[0].unicodeScalars)), !pronouns.contains(lowered[0]) else { return nil }
        // No share and no word of a clause: "typed what I was 90% sure was my password".
        guard !lowered.contains(where: { $0.contains("%") || clauseWords.contains($0) }) else { return nil }
        // A number of things is a length or a count: "my passphrase is 12 characters long".
        for (n, word) in lowered.enumerated().dropLast() where word.unicodeScalars.allSatisfy(Redactor.isDigit) && units.contains(lowered[n + 1]) {
            return nil
        }
        for (word, range) in zip(lowered, words) {
            if Redactor.names.contains(word) || Redactor.cueWords.contains(word) || Redactor.isOMUIDLike(s[range])
                || Redactor.productPrefixes.contains(where: { word.hasPrefix($0) })
            {
                return nil
            }
        }
        return first.lowerBound..<last.upperBound
    }
}
