import Domain
import Foundation
import KnowledgeBase
import Testing
@testable import Triage

/// The bundled knowledge, compiled once for these tests.
enum Bundled {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge").path

    static let knowledge: CompiledKnowledge = {
        do {
            return try Compiler.compile(KnowledgeLoader().load(root), registered: DomainNames.registered)
        } catch {
            fatalError("the bundled knowledge does not compile: \(error)")
        }
    }()

    static let triager = Triager(knowledge: knowledge, derivations: DomainRegistry.make(site: knowledge.site))
}

@Suite struct NormalisationTests {
    @Test func widthCaseAndLongVowels() {
        #expect(TriageText("ＯＭＵＩＤ　パスワ-ド ﾛｸﾞｲﾝ").text == "omuid パスワード ログイン")
        #expect(TriageText("e-mail").text == "e-mail")
    }

    /// Phones type curly apostrophes: they match the knowledge's straight ones.
    @Test func apostrophesAreOne() {
        #expect(TriageText("I don’t remember, I can‘t log in, itʼs gone").text == "i don't remember, i can't log in, it's gone")
        #expect(Bundled.triager.triage("I don’t remember my password").results.first?.tree.id == "password-forgotten")
    }

    /// The byte scan for an opening quote agrees with comparing each scalar, in random text
    /// made of quotes, their neighbours in the code charts and other characters.
    @Test func openingQuotesFoundByTheirBytes() {
        let pieces: [Unicode.Scalar] = ["「", "」", "『", "』", "\"", "“", "”", "〈", "‘", "ア", "a", " ", "\u{3080}", "\u{2080}", "\u{200C}", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<6, using: &generator) { scalars.append(pieces.randomElement(using: &generator)!) }
            let text = String(scalars)
            let expected = text.unicodeScalars.contains { s in FactExtractor.quotes.contains { $0.0 == s } }
            #expect(FactExtractor.mayQuote(text) == expected, "\(text)")
        }
    }

    /// A text's scalars, decoded from its UTF-8 by hand, are the scalar view's: one, two, three
    /// and four bytes long, at every position, and in random text of every plane.
    @Test func scalarsDecodedAsTheScalarViewDoes() {
        for sample in ["", "a", "é", "パ", "😀", "aé パ😀\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}", "ＡＢ１２３　ｶﾞ"] {
            #expect(sample.scalarArray == Array(sample.unicodeScalars))
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<40, using: &generator) {
                let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
                scalars.append(Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &generator)!, using: &generator))!)
            }
            let text = String(scalars)
            #expect(text.scalarArray == Array(text.unicodeScalars))
        }
    }

    @Test func tokensAreWordsAndBigrams() {
        #expect(Tokenizer.tokens(TriageText("ログインできない my login codes")) == ["ログ", "グイ", "イン", "ンで", "でき", "きな", "ない", "login", "cod"])
        #expect(Tokenizer.tokens(TriageText("鍵")) == ["鍵"])
        #expect(Tokenizer.isHiragana(packed: Tokenizer.pack("す", "れ")) && !Tokenizer.isHiragana(packed: Tokenizer.pack("忘", "れ")))
    }

    /// A word becomes its token without a string per step: stop words are left out, ASCII words
    /// stemmed as `stem` stems them, other words kept as they are.
    @Test func wordsAreStemmedAndStopWordsLeftOut() {
        func token(_ word: String) -> String? { Tokenizer.word(Array(word.unicodeScalars)[...]) }
        for word in ["arrived", "arriving", "codes", "password", "activities", "us", "bus", "pass", "verification", "x", "emailed"] {
            #expect(token(word) == Tokenizer.stem(word), "\(word)")
        }
        for word in Tokenizer.stopwords { #expect(token(word) == nil, "\(word)") }
        #expect(token("thes") == "the" && token("résumé") == "résumé" && token("thanksgiving") == "thanksgiv")
    }

    @Test func stemmingMeetsForms() {
        #expect(Tokenizer.stem("arrived") == Tokenizer.stem("arrive"))
        #expect(Tokenizer.stem("arriving") == Tokenizer.stem("arrives"))
        #expect(Tokenizer.stem("codes") == Tokenizer.stem("code"))
        #expect(Tokenizer.stem("password") == "password")
    }

    @Test func language() {
        #expect(TriageText("ログインできません").language == "ja")
        #expect(TriageText("I cannot log in to OMU").language == "en")
        #expect(TriageText("OMUIDでログインできない").language == "ja")
        // Japanese in romaji, typed without Japanese input: answered in Japanese.
        for ticket in ["OMU no pasuwaado wo wasuremashita. saisettei no houhou wo oshiete kudasai",
                       "sumaho wo nakushite shimaimashita. dou sureba ii desuka", "Nihongo nyuuryoku ga dekimasen, sumimasen",
                       "setup key wo irete mo「無効なキー」tte deru n desu kedo"] {
            #expect(TriageText(ticket).language == "ja", "\(ticket)")
        }
        // English with a Japanese word or two, or a name that looks like one, stays English.
        for ticket in ["I forgot my password, sumimasen", "Arigatou! I can log in now but the code is not accepted", "Is Kudasai a valid OMUID?", "The page says 「無効なキー」 when I paste the setup key"] {
            #expect(TriageText(ticket).language == "en", "\(ticket)")
        }
    }
}

@Suite struct ByteSearchTests {
    /// The reply's check whether a remedy names its form category already, on bytes.
    @Test func containsBytes() {
        let text = "アカウントロックが発生した方はお問い合わせフォームより「利用者ID(OMUID)・パスワードについて」をご選択ください。"
        #expect(text.containsBytes(of: "利用者ID(OMUID)・パスワードについて"))
        #expect(text.containsBytes(of: "ア"))
        #expect(text.containsBytes(of: "ください。"))
        #expect(text.containsBytes(of: ""))
        #expect(!text.containsBytes(of: "学籍番号確認システムについて"))
        #expect(!"abc".containsBytes(of: "abcd"))
        #expect(!"abab".containsBytes(of: "abb"))
    }
}

@Suite struct SpellingTests {
    let speller = SpellingCorrector(
        curated: ["I forgot my password", "I have forgotten it", "the code has expired", "account locked", "パスワード pasuwado"],
        examples: ["please reset it", "please reset my pasword", "month"])

    func read(_ text: String) -> (text: String, mended: [String]) {
        let (out, mended) = speller.mend(TriageText(text))
        return (out.text, mended.map { "\($0.word)→\($0.reading)" })
    }

    /// A contraction typed without its apostrophe is read with it, whatever its length; «its»
    /// and «lets» are words as they stand.
    @Test func contractionsGetTheirApostrophe() {
        #expect(read("I dont remember, cant log in, it isnt there") == (
            "i don't remember, can't log in, it isn't there", ["dont→don't", "cant→can't", "isnt→isn't"]))
        #expect(read("its code, lets see") == ("its code, lets see", []))
        #expect(read("it doesnnt work") == ("it doesn't work", ["doesnnt→doesn't"]))
    }

    /// A letter left out, one added, a neighbouring key, two letters swapped.
    @Test func slipsAreMended() {
        #expect(read("password forgoten") == ("password forgotten", ["forgoten→forgotten"]))
        #expect(read("I forgott my pasword!") == ("i forgot my password!", ["forgott→forgot", "pasword→password"]))
        #expect(read("the cide has expried") == ("the cide has expired", ["expried→expired"]))
        // «lockes» is «locked» inflected, not misspelt (their stems are one).
        #expect(read("acount lockes") == ("account lockes", ["acount→account"]))
        #expect(read("OMUのpasuwaadoを忘れた").text == "omuのpasuwadoを忘れた")
        // Twice in a ticket, told once.
        #expect(read("pasword, pasword") == ("password, password", ["pasword→password"]))
    }

    /// Known words, their inflections, short words, first letters, far keys, and words that are
    /// part of an address, an id or a number stay as written.
    @Test func wordsThatAreNotSlipsStay() {
        for text in ["passwords expired", "months", "forgot", "the cod", "zassword", "passwxrd", "forgo-ten",
                     "forgoten@example.com", "taro.forgoten", "forgoten2", "https://omu.example/pasword", "thank you", "since march", "[REDACTED]",
                     "パスワードを忘れた", "password fórgoten"] {
            #expect(read(text).mended.isEmpty, "\(text)")
        }
        // A word written once in the examples is no reference (it may be a slip itself).
        #expect(read("monht").mended.isEmpty && read("please reseet").mended == ["reseet→reset"])
    }

    @Test func oneSlip() {
        func apart(_ a: String, _ b: String) -> Bool { SpellingCorrector.oneEditApart(Array(a.utf8), Array(b.utf8)) }
        #expect(apart("forgoten", "forgotten") && apart("forgotten", "forgoten") && apart("recieve", "receive") && apart("passwprd", "password"))
        #expect(!apart("password", "password") && !apart("comes", "codes") && !apart("night", "right") && !apart("teach", "each"))
        #expect(!apart("passwrod", "passsword") && !apart("ab", "abcd"))
        // At the end, only a doubled letter: not another word with a letter more or changed.
        #expect(apart("forgott", "forgot") && apart("passwodr", "password"))
        #expect(!apart("thought", "though") && !apart("lecture", "lecturer") && !apart("printer", "printed"))
        #expect(SpellingCorrector.isNeighbour(UInt8(ascii: "o"), UInt8(ascii: "p")) && SpellingCorrector.isNeighbour(UInt8(ascii: "g"), UInt8(ascii: "t")))
        #expect(!SpellingCorrector.isNeighbour(UInt8(ascii: "m"), UInt8(ascii: "d")) && !SpellingCorrector.isNeighbour(UInt8(ascii: "a"), UInt8(ascii: "a")))
    }

    /// A ticket of nothing but slips, each of a different word: mended in time proportional to
    /// its length (each distinct slip once, not compared with all before it), the report listing
    /// the first twenty.
    @Test func manySlipsInLinearTime() {
        // 8,000 made-up words of eight letters, and each one with its fourth letter left out.
        var seed: UInt64 = 42
        func letter() -> Character {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Character(Unicode.Scalar(UInt8(97 + (seed >> 33) % 26)))
        }
        let words = (0..<8_000).map { _ in String((0..<8).map { _ in letter() }) }
        let speller = SpellingCorrector(curated: [words.joined(separator: " ")], examples: [])
        let slips = words.map { String($0.prefix(3)) + String($0.dropFirst(4)) }
        func timed(_ n: Int) -> (seconds: Double, listed: Int) {
            let text = TriageText(slips.prefix(n).joined(separator: " "))
            var listed = 0
            let t = ContinuousClock().measure { listed = speller.mend(text).mended.count }
            return (Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18, listed)
        }
        _ = timed(500)
        let small = timed(2_000), large = timed(8_000)
        #expect(small.listed == SpellingCorrector.listed && large.listed == SpellingCorrector.listed)
        #expect(large.seconds < small.seconds * 4 * 2.5 + 0.05, "2,000 slips \(small.seconds) s, 8,000 slips \(large.seconds) s")
    }

    /// Triage reads a misspelt ticket as the spelt one, and says what it read.
    @Test func triageReadsTheMendedText() throws {
        let spelt = Bundled.triager.triage("I forgot my password, what do I do")
        let misspelt = Bundled.triager.triage("I forgott my pasword, what do I do")
        #expect(misspelt.results.map(\.tree.id) == spelt.results.map(\.tree.id))
        #expect(misspelt.results.first?.tree.id == "password-forgotten")
        #expect(misspelt.mended.map(\.word) == ["forgott", "pasword"] && spelt.mended.isEmpty)
        // The ticket is echoed as written.
        #expect(misspelt.text == "I forgott my pasword, what do I do")
    }
}

@Suite struct PhraseMatcherTests {
    /// The one pass over a ticket finds, for each kind, what that kind's own matcher finds, in
    /// the same order: on every labelled ticket of the benchmark's sets.
    @Test func onePassFindsWhatEachMatcherFinds() throws {
        let folder = URL(fileURLWithPath: Bundled.root).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        let triager = Bundled.triager
        var tickets = 0, cues = 0, phrases = 0, synonyms = 0, denials = 0, resetMail = 0, names = 0, senders = 0, unreached = 0
        for file in files {
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let ticket = object["text"] as? String else { continue }
                let text = TriageText(ticket)
                let found = triager.phrases.matches(in: text)
                func same<P>(_ a: [PhraseMatcher<P>.Match], _ b: [PhraseMatcher<P>.Match], _ key: (P) -> String) -> Bool {
                    a.count == b.count && zip(a, b).allSatisfy { $0.phrase == $1.phrase && $0.range == $1.range && key($0.payload) == key($1.payload) }
                }
                #expect(same(found.synonyms, triager.index.synonyms.matches(in: text)) { "\($0)" }, "\(ticket)")
                #expect(same(found.phrases, triager.index.phrases.matches(in: text)) { "\($0.document) \($0.isMessage) \($0.bonus)" }, "\(ticket)")
                #expect(same(found.cues, triager.extractor.cues.matches(in: text)) { "\($0.key) \($0.value)" }, "\(ticket)")
                #expect(same(found.denials, DeniedTrouble.matcher.matches(in: text)) { "\($0)" }, "\(ticket)")
                #expect(same(found.resetMail, ResetMailMissing.matcher.matches(in: text)) { "\($0)" }, "\(ticket)")
                #expect(same(found.names, ForgottenID.matcher.matches(in: text)) { "\($0)" }, "\(ticket)")
                #expect(same(found.senders, MailSender.matcher.matches(in: text)) { "\($0)" }, "\(ticket)")
                #expect(same(found.unreached, UnreachedStep.matcher.matches(in: text)) { "\($0)" }, "\(ticket)")
                senders += found.senders.count
                unreached += found.unreached.count
                denials += found.denials.count
                resetMail += found.resetMail.count
                names += found.names.count
                tickets += 1
                cues += found.cues.count
                phrases += found.phrases.count
                synonyms += found.synonyms.count
            }
        }
        #expect(tickets > 1_500 && cues > 500 && phrases > 1_000 && synonyms > 1_000 && denials > 10 && resetMail > 500 && names > 500 && senders > 5 && unreached > 10)
    }

    /// A phrase may stand inside a word when added so, in a matcher of whole words: «n't» in
    /// "hasn't", not "pc" in "epcot".
    @Test func partsOfWordsBesideWholeWords() {
        var m = PhraseMatcher<Int>()
        m.add("pc", 1)
        m.add("n't", 2, wholeWord: false)
        m.add("not expired", 3, wholeWord: false)
        #expect(m.matches(in: TriageText("it hasn't, epcot, the PC")).map(\.payload) == [2, 1])
        #expect(m.matches(in: TriageText("cannot expiredness")).map(\.payload) == [3])
        #expect(m.entries.map(\.wholeWord) == [true, false, false])
    }

    @Test func latinPhrasesAreWholeWords() {
        var m = PhraseMatcher<Int>()
        m.add("pc", 1)
        m.add("スマホ", 2)
        #expect(m.matches(in: TriageText("my PC and スマホ")).map(\.payload) == [1, 2])
        #expect(m.matches(in: TriageText("epcot pcs")).isEmpty)
        #expect(m.matches(in: TriageText("新しいスマホで")).map(\.payload) == [2])
    }
}

@Suite struct RedactorTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let redacted: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "パスワードは Abcd1234! です", redacted: "パスワードは [REDACTED] です"),
        Case(text: "my password is hunter2x", redacted: "my password is [REDACTED]"),
        // A cue's own word in quotes may be the value; words of a message are not.
        Case(text: "my password is \"password\"", redacted: "my password is \"[REDACTED]\""),
        Case(text: "the app says key -> \"Invalid key\"", redacted: "the app says key -> \"Invalid key\""),
        Case(text: "password: pa$$w0rd", redacted: "password: [REDACTED]"),
        Case(text: "コード 123456 を入れても", redacted: "コード [REDACTED] を入れても"),
        Case(text: "code 482 913 is rejected", redacted: "code [REDACTED] is rejected"),
        Case(text: "コード１２３４５６です", redacted: "コード[REDACTED]です"),
        Case(text: "キーは JBSW Y3DP EHPK 3PXP です", redacted: "キーは [REDACTED] です"),
        Case(text: "key JBSWY3DPEHPK3PXP", redacted: "key [REDACTED]"),
        Case(text: "I typed Xq7pLm29z somewhere", redacted: "I typed [REDACTED] somewhere"),
        // Words in brackets after a cue are a value unless they read as a remark.
        Case(text: "my password (correct horse battery staple) fails", redacted: "my password ([REDACTED]) fails"),
        Case(text: "password (it's Sakura!2024)", redacted: "password ([REDACTED])"),
        // A remark after a cue is left, but not a value inside it.
        Case(text: "my password (it was hunter22 I think, the one from last year)",
             redacted: "my password (it was [REDACTED] I think, the one from last year)"),
        Case(text: "my password (sunshine, the one I always use)", redacted: "my password ([REDACTED], the one I always use)"),
        Case(text: "my password (it is PassWord for the test page)", redacted: "my password (it is [REDACTED] for the test page)"),
        Case(text: "the 'start password change' button", redacted: "the 'start password change' button"),
        // A line after a cue is the value, unless it reads as a sentence: a mail's subject and
        // its first line. A value in that sentence is still taken.
        Case(text: "password:\ncorrect horse battery staple", redacted: "password:\n[REDACTED]"),
        Case(text: "Re: password\n\nthe user management system locked my account.", redacted: "Re: password\n\nthe user management system locked my account."),
        Case(text: "Subject: password\nI tried Sakura!2024 and it did not work", redacted: "Subject: password\nI tried [REDACTED] and it did not work"),
        Case(text: "password:\nit is sunshine for sure", redacted: "password:\nit is [REDACTED] for sure"),
        Case(text: "my password (it was sunshine, I think)", redacted: "my password (it was [REDACTED], I think)"),
        Case(text: "Re: password\n\nMy account is locked and I can't log in", redacted: "Re: password\n\nMy account is locked and I can't log in"),
        // Words that tell where a password was kept or what became of a code, a quote closed
        // right after a cue, a quoted message and an aside after one: no values.
        Case(text: "the password was only saved in that phone", redacted: "the password was only saved in that phone"),
        Case(text: "the system says the code is expire", redacted: "the system says the code is expire"),
        Case(text: "where is the 'resend code' button?? i'm on the page", redacted: "where is the 'resend code' button?? i'm on the page"),
        Case(text: "the app rejects my setup key ('Invalid key'). Tried twice", redacted: "the app rejects my setup key ('Invalid key'). Tried twice"),
        Case(text: "I can't scan the QR code (cracked lens, don't ask)", redacted: "I can't scan the QR code (cracked lens, don't ask)"),
        Case(text: "resetting my password (account active for 2 years)", redacted: "resetting my password (account active for 2 years)"),
        // A name beside a cue, a capitalised word or an English compound after no delimiter.
        Case(text: "セットアップキーをGoogle Authenticatorに入れると無効と出ます", redacted: "セットアップキーをGoogle Authenticatorに入れると無効と出ます"),
        Case(text: "キーはPCでコピーしました", redacted: "キーはPCでコピーしました"),
        Case(text: "How do I get the confirmation code re-sent?", redacted: "How do I get the confirmation code re-sent?"),
        Case(text: "my password is blue-sky", redacted: "my password is [REDACTED]"),
        // A word that follows "password is" without being one is written as words are: "anD"
        // or "tHe" is a password ("The password is Wrong" reads as the word).
        Case(text: "パスワードは anD です", redacted: "パスワードは [REDACTED] です"),
        Case(text: "my pw was tHe", redacted: "my pw was [REDACTED]"),
        Case(text: "パスワード：ＮｏＴ", redacted: "パスワード：[REDACTED]"),
        Case(text: "The password is Wrong, it says", redacted: "The password is Wrong, it says"),
        // A filler of English ("is", "are", "was") with Japanese after it is the value, and a
        // filler is a whole word: "Are7" is no "are".
        Case(text: "パスワードは Are です", redacted: "パスワードは [REDACTED] です"),
        Case(text: "パスワードとして Ａｒｅ７ を設定", redacted: "パスワードとして [REDACTED] を設定"),
        Case(text: "パスワードは was でした", redacted: "パスワードは [REDACTED] でした"),
        Case(text: "my password is", redacted: "my password is"),
    ]

    @Test(arguments: cases)
    func redacts(_ c: Case) {
        #expect(Redactor.redact(c.text).text == c.redacted)
    }

    static let untouched = [
        "ID は ab12345 です", "5分前に届いた", "OMUNET-1X に接続", "パスワードが一致しない", "2024年4月から", "電話 06-6605-1234",
        "mail me at someone@example.com", "Google Authenticator shows nothing", "AUTHENTICATION",
        "my password is wrong and my account is locked for some reason today", "the password screen",
        "いまキャンパスのWi-Fiにつないでます", "バイパスのWi-Fi中継器",
        "The one-time password hasn't arrived by SMS or email.", "the password they're asking for", "my code won't work",
        "Forgot my own password (the one I picked, not the initial one). Where is the reset page?",
        "my password (yes, the one from April) does not work", "I'm trying to change my password (activation finished long ago), and",
        "my login password is completely gone from my memory", "ID and new password are definitely right.",
        "新しいパスワード欄に「半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。」と出ます",
        "the login page won't accept the new password I set one minute ago", "entering the key (copied, key omitted here) fails",
        // Words after a cue that say how the code stands or what a field is for.
        "Now the code is past its validity.", "Confirmation code is time over.", "red error under new password (confirm) that they don't match",
        "For the password re-issue address, may I use Gmail?", "I've forgotten the password I set then.",
        // An ellipsis ends a word as a full stop does.
        "confirmation code expired… now what do i do",
    ]

    @Test(arguments: untouched)
    func leavesOrdinaryTextAlone(_ text: String) {
        #expect(Redactor.redact(text).text == text)
        #expect(Redactor.redact(text).count == 0)
    }
}

@Suite struct FactExtractorTests {
    let extractor = FactExtractor(site: Bundled.knowledge.site)

    func facts(_ raw: String) -> [String: FactValue] {
        Dictionary(uniqueKeysWithValues: extractor.extract(TriageText(raw), raw: raw).map { ($0.key, $0.value) })
    }

    /// Each ticket tells the writer's own password forgotten, and its entry comes first.
    func expectForgottenFirst(_ tickets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for ticket in tickets {
            let triage = Bundled.triager.triage(ticket)
            #expect(triage.facts.contains { $0.key == "password_forgotten" }, "\(ticket)", sourceLocation: sourceLocation)
            #expect(triage.results.first?.tree.id == "password-forgotten", "\(ticket)", sourceLocation: sourceLocation)
        }
    }

    /// The phone told as with the writer, or nothing told lost, is not lost; left with the shop
    /// at a change of model, it is gone with the authenticator on it.
    @Test func thePhoneAtHandOrLeftAtTheShop() {
        #expect(facts("ﾊﾟｽﾜｰﾄﾞ忘れました。ｽﾏﾎは手元にあってｱﾌﾟﾘの6桁も出てます")["device_lost"] == .bool(false))
        #expect(facts("古いiPhoneはまだ手元にあって普通に動きます")["device_lost"] == .bool(false))
        // Dropped where the writer cannot tell: lost (P000 L33).
        #expect(facts("I dropped my phone somewhere on the bus, the authenticator is on a loaner now.")["device_lost"] == .bool(true))
        #expect(facts("The phone is fine and Authenticator keeps showing the 6 digits.")["device_lost"] == .bool(false))
        // Denied whole: neither lost nor given away.
        #expect(facts("My phone is with me, nothing lost or given away — I want a clean setup.")["device_lost"] != .bool(true))
        // A staff number at hand is not a phone.
        #expect(facts("職員番号が2つあるんですが、手元にあった方を入れたら有効な番号ではありません")["device_lost"] == nil)
        #expect(facts("機種変しました。前のスマホはもうショップに渡しちゃってて、認証アプリ消したかどうか覚えてない")["device_lost"] == .bool(true))
        #expect(facts("利用開始の手続きはもう終わってます。")["activation_done"] == .bool(true))
    }

    /// Another OMUID of the writer's own (P001 L130: 内部進学者や複数のIDをお持ちの方), not a
    /// relative's, nor a progression only planned.
    @Test func anotherOMUIDOfOnesOwn() {
        #expect(facts("学部から内部進学しました。前のIDでログインされてしまいます")["has_other_omuid"] == .bool(true))
        #expect(facts("I have two OMUIDs, one as staff and one as a student.")["has_other_omuid"] == .bool(true))
        #expect(facts("家族共用のPCで、姉のIDで利用者管理システムの画面が表示されました")["has_other_omuid"] == nil)
        #expect(facts("来年大学院に進学する予定です")["has_other_omuid"] == nil)
    }

    /// More than one entry in the authenticator (P000 L31), told in one sentence; a second ID is
    /// not one. A login that fails beside them is the login's entry, whose walk starts with
    /// them (P000 L28).
    @Test func severalEntriesInTheAuthenticator() {
        #expect(facts("アプリを見ると「大阪公立大学(OMUID)」が2つ並んでいて、どちらを入れても弾かれます")["otp_entries_multiple"] == .bool(true))
        #expect(facts("I have two OMU entries in my authenticator app.")["otp_entries_multiple"] == .bool(true))
        #expect(facts("IDが2つあります。アプリは1つです")["otp_entries_multiple"] == nil)
        #expect(facts("I have two phones.")["otp_entries_multiple"] == nil)
        let ticket = "OTP rejected at login. I have two OMU entries in my authenticator app (I registered twice?), which one should I use?"
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-login-fails")
    }

    /// A night or hours between the mail's code and its typing, told without a number, is past
    /// the page's five minutes (P001 L192); a time away told in minutes is the code's age. Not of
    /// the authenticator's code, nor without the code typed.
    @Test func aCodeTypedLongAfterItsMail() {
        #expect(facts("さっき再設定のメールで来た数字いれたのに通らない。メール見たのは寝る前で、入れたのは今朝。")["code_expired"] == .bool(true))
        #expect(facts("The reset email came through fine but the number gets refused. I'd left the tab open overnight before typing it in.")["code_expired"] == .bool(true))
        #expect(facts("翌日、認証アプリの数字を入力したら弾かれました")["code_expired"] == nil)
        #expect(facts("The email with the verification code went to my junk folder and I only found it the next morning. The code doesn't work now.")["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage("再設定のメールが翌朝になっても届きません。エラーも出ません").facts.contains { $0.key == "code_expired" } == false)
        // Told by what happened between the mail and the typing: asleep, a class, a meal.
        for ticket in ["the confirmation code mail came but i fell asleep lol, typed it this morning and got an error",
                       "メールが来たのは授業の前で、入力したのは授業が終わってからです。エラーで戻されました", "確認コードのメール来たけど寝落ちしてて、朝入れたら無効や言われた",
                       "Email code timed out while I was switching between apps"] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
        }
        #expect(facts("授業が終わってから再設定しようとしたけど、メールが来ません")["code_expired"] == nil)
        // Or by a bath, a call: away a while and back to type it.
        #expect(facts("確認コードを入れたのにエラーになります。メールが来たあとお風呂入ってて、上がってから入れました。")["code_expired"] == .bool(true))
        #expect(facts("The code from the reset email is refused. By the time I typed it in I had been on a call for a while.")["code_expired"] == .bool(true))
        // Not a bath the phone fell into, with no code typed.
        #expect(facts("お風呂にスマホを落としてしまい、認証アプリが見られません")["code_expired"] == nil)
        // Its expiry in kana, in a slip of conversion, in a second language; not a question of it.
        for ticket in ["かくにんこーど きげんぎれでした。どうすれば", "確認コードの有効機嫌が切れたと出ました", "メールで届いた番号を入れたら有効期間が過ぎていますと出ました",
                       "code from mail is expire, what I do"] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
        }
        #expect(facts("The setup key says invalid. Does the key expire like the email code does?")["code_expired"] == nil)
        // The code sent to the recovery address told expired: no telling of the address, set aside.
        let formal = "I am trying to reset my OMU password. Sadly the confirmation code sent to my recovery address had expired by the time I entered it."
        #expect(Bundled.triager.triage(formal).results.first?.tree.id == "code-expired")
        // The mail's code named by where it came, with no article: "Code in the email …".
        for ticket in ["Code in the mail had expired by the time I got back to my desk.", "the code sent to my gmail expired, can you send another?"] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "code-expired", "\(ticket)")
        }
        // A dead phone charged between them; a meal.
        for ticket in ["確認コードのメールは届いたんですが、その瞬間スマホの電池が切れて。充電してから入れたらエラーになりました。",
                       "パスワード変更で確認コードを入れる画面のまま昼ごはんに行ってしまって、戻ってきてから入力したらエラーになりました。",
                       "The confirmation code email came, I went to lunch and typed it when I was back: it says error.",
                       "The confirmation code came by email but my phone died; after charging it I typed the code and it was refused."] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
        }
        #expect(facts("充電してからログインしようとしたら、パスワードが違うと出ます")["code_expired"] == nil)
        #expect(facts("The verification number in the mail isn't accepted. I got the mail last night and entered it this morning.")["code_expired"] == .bool(true))
        // Half an hour, in words: its own 30 minutes, not the hour "half an hour later" holds.
        #expect(facts("By the time I found the code mail well over half an hour had gone by, and entering it gives an error")["code_age_minutes"] == .number(30))
        #expect(facts("I typed the code from the mail half an hour later and it was rejected")["code_age_minutes"] == .number(30))
        #expect(facts("確認コードのメールが来たあと、10分ほど席を外してから入力しました")["code_age_minutes"] == .number(10))
        #expect(facts("授業が始まったので1時間後に入力しました。確認コードのメールです")["code_age_minutes"] == .number(60))
        // A hedge between "after" and the number.
        #expect(facts("Entered the number from the reset email way too late (came back after ~12 minutes). The page complains.")["code_age_minutes"] == .number(12))
        #expect(facts("I typed the code from the email after about 40 minutes")["code_age_minutes"] == .number(40))
    }

    /// A time in minutes or hours told with neither "ago" nor "after", of a code that came by
    /// mail and was typed or refused, is its age; not a time of day, not a wait for the mail,
    /// not the authenticator's code.
    @Test func aCodeTypedLateByMinutesOrHours() {
        #expect(facts("メールで来た番号を入れるのが遅れました(10分ちょい)。エラーになって先に進めません")["code_age_minutes"] == .number(10))
        #expect(facts("I got the mail but was on a Teams call for like 10 min, then entered it and it says error")["code_age_minutes"] == .number(10))
        #expect(facts("確認コードのメールを受け取ったあと授業に出てしまい、1時間ほどそのままにしていました。戻って入力したところ受け付けられません")["code_age_minutes"] == .number(60))
        #expect(facts("確認コードのメールは14時2分に届いて、入力しました")["code_age_minutes"] == nil)
        #expect(facts("The notification mail with the code never shows up. Waited 30 minutes, then entered my address again.")["code_age_minutes"] == nil)
        #expect(facts("メールが30分待っても来ないので、アドレスを入力し直しました")["code_age_minutes"] == nil)
        #expect(facts("認証アプリの数字を入れるのが10分くらい遅れてエラーでした。メールも見ました")["code_age_minutes"] == nil)
    }

    /// A time passed told in romaji («30pun gurai tatteta», «15 fun mae», «2jikan tatte») is read
    /// as the same in Japanese; a wait for a mail not come in romaji («10 pun tatte mo konai»,
    /// «meeru ga todokanai») is no code's age, as in Japanese.
    @Test func aTimePassedToldInRomaji() {
        #expect(facts("kakunin code no mail kita kedo, irete mitara mou tsukaenai mitai. 30pun gurai tatteta kamo")["code_age_minutes"] == .number(30))
        #expect(facts("kakunin koodo wo 15 fun mae ni uketorimashita")["code_age_minutes"] == .number(15))
        #expect(facts("kakunin koodo no meeru wo 2jikan tatte kara iremashita")["code_age_minutes"] == .number(120))
        #expect(facts("pasokon wo 30pun tsukaimashita")["code_age_minutes"] == nil)
        for ticket in ["wantaimu pasuwaado ga todokanai desu. meeru ni kuru to omotte matte imasu ga 10 pun tatte mo konai.",
                       "kakunin koodo no meeru ga todokimasen. 20 fun mae ni okurimashita."] {
            #expect(!Bundled.triager.triage(ticket).facts.contains { $0.key == "code_age_minutes" }, "\(ticket)")
        }
        #expect(Bundled.triager.triage("kakunin code no mail kita kedo, irete mitara mou tsukaenai mitai. 30pun gurai tatteta kamo").results.first?.tree.id == "code-expired")
    }

    /// A lock only asked about, in the words of a question: not told.
    @Test func aLockAskedAboutInOtherWords() {
        #expect(facts("期限切れと出ました。アカウントがロックされたということでしょうか?")["user_admin_locked"] == nil)
        #expect(facts("もうロックされたってことですか?")["user_admin_locked"] == nil)
        #expect(facts("アカウントがロックされたわけではないですよね?")["user_admin_locked"] == nil)
        #expect(facts("アカウントがロックされました")["user_admin_locked"] == .bool(true))
    }

    /// The system told as the one that locked ("the user management system locked me out"),
    /// and the lock's on-screen word «ロック中», tell the lock; not denied.
    @Test func aSystemThatLockedTheAccount() {
        for ticket in ["the user management system locked my account after I mistyped the password a few times", "The user management site locked me out after failed logins",
                       "typed the current one wrong a few times and now its locked", "I think I locked myself out of the management page", "今は「ロック中」と出ます"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        #expect(facts("It never locked me out, I just forgot the password")["user_admin_locked"] == nil)
        #expect(facts("My account hasn't been locked")["user_admin_locked"] == nil)
    }

    /// Sign-ins failed again and again at the user management system, which lets the writer in no
    /// more, are the lock (P000 L20), though «ロック» is never said; not failures counted elsewhere,
    /// nor a system named without them, nor a lock only feared.
    @Test func failuresCountedAtTheUserManagementSystem() {
        for ticket in ["Hi, user admin system won't let me in anymore. For context I fat-fingered the password maybe 8 times before this started.",
                       "I keep getting rejected at the user management login. I did enter a wrong password like 7 times yesterday, maybe related?",
                       "the page where you change your omu password has been refusing me. i typed my password wrong like 6 times",
                       "ﾒｱﾄﾞ変更しようとして管理ｼｽﾃﾑに何回もログインミスったら入れんくなった",
                       "利用者管理システムで５回くらい失敗したあとから、正しいはずのパスワードを入れても弾かれます。",
                       "利用者管理システムでログイン失敗を繰り返してしまい、入れません。"] {
            let fact = extractor.extract(TriageText(ticket), raw: ticket).first { $0.key == "user_admin_locked" }
            #expect(fact?.value == .bool(true), "\(ticket)")
            #expect(fact?.onlyAsked == false, "\(ticket)")
        }
        // Failures counted at the login, no system named; the system named, no failures counted.
        #expect(facts("I typed my password wrong 5 times at the portal login and now I can't get in")["user_admin_locked"] == nil)
        #expect(facts("I tried the user management system several times but it says my password is wrong")["user_admin_locked"] == nil)
        #expect(facts("利用者管理システムに何回かアクセスしましたが、変更のボタンが見つかりません")["user_admin_locked"] == nil)
        // Counted on the student number system, which the lock there names.
        #expect(facts("学籍番号確認システムで何回か間違えて入れません")["user_admin_locked"] == nil)
    }

    /// A lock message got is a lock («get» before an article is no plan, "before I get locked out"
    /// is); shut out of the services a forgotten password opens is no lock of the user management
    /// system; a phone taken from a bag is lost.
    @Test func locksGotAndServicesShutAndPhonesTaken() {
        #expect(facts("after several failed sign-ins to the 利用者管理システム I now get a lock message.")["user_admin_locked"] == .bool(true))
        #expect(facts("I tried a few passwords but stopped before I get locked out")["user_admin_locked"] == nil)
        for ticket in ["She cannot remember the password she chose, so she is locked out of her email and the portal.",
                       "I forgot my password and now I'm locked out of everything"] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
        #expect(facts("I'm locked out of the user management system")["user_admin_locked"] == .bool(true))
        #expect(facts("my phone got taken out of my bag on the bus. authenticator app was on it")["device_lost"] == .bool(true))
        #expect(facts("after logging in I was taken directly to the test page")["device_lost"] == nil)
    }

    /// A lock told as the bare noun a failure ends in; the forgot option or the forgot-password reset
    /// named as where a reissue starts is no forgetting; a password "vanished from my head" is.
    @Test func aBareLockAndTheForgotOptionNamed() {
        let lock = "ﾒｰﾙｱﾄﾞﾚｽ変えようとしたら管理ｼｽﾃﾑのﾛｸﾞｲﾝ何回か失敗してﾛｯｸ。。。ﾊﾟｽﾜｰﾄﾞ忘れたほうから再設定すれば直るかと思ってやってみたけど、管理ｼｽﾃﾑには入れないまま"
        let triage = Bundled.triager.triage(lock)
        #expect(triage.facts.first { $0.key == "user_admin_locked" }?.value == .bool(true))
        #expect(!triage.facts.contains { $0.key == "password_forgotten" })
        #expect(triage.results.first?.tree.id == "password-change-howto")
        #expect(facts("ログインに失敗してロック…どうしたらいいですか")["user_admin_locked"] == .bool(true))
        let reset = Bundled.triager.triage("I remember the right password now. Can I just run the forgot-password reset?")
        #expect(!reset.facts.contains { $0.key == "password_forgotten" })
        let vanished = Bundled.triager.triage("the password I created last year has vanished from my head. Is there a self-service reset?")
        #expect(vanished.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
    }

    /// An error after each try at a login named earlier, no reissue named since, is the login's: the
    /// forgetting told after it stands ("opened the portal login, typed … the password -> error").
    @Test func errorsOfALoginToldEarlier() {
        let ticket = "opened the portal login, typed my OMUID, typed what I was 90% sure was the password -> error. "
            + "Tried it with a capital first letter -> error. I genuinely don't remember which password I chose. How do I get a new one?"
        let triage = Bundled.triager.triage(ticket)
        #expect(triage.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(triage.results.first?.tree.id == "password-forgotten")
        // A reset under way: its error is a step of it.
        let reset = Bundled.triager.triage("I forgot my password, so I opened the login and went to reset it; after the code I get an error")
        #expect(!reset.facts.contains { $0.key == "password_forgotten" })
    }

    /// A password told as "it" once named, or asked to be looked up, is forgotten; the setup key
    /// as "the long code"; an address about to be entered is no address told entered; a phone that
    /// is the object of another doing is not what went; a loss only asked to be counted is none.
    @Test func itForgottenTheLongCodeAndAnAddressToCome() {
        let it = Bundled.triager.triage("i wrote the password in my notebook but notebook is staying in Korea so i dont know it now. what to do")
        #expect(it.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        let number = Bundled.triager.triage("I'm a freshman and the activation asks for my student number, but I don't know it yet.")
        #expect(!number.facts.contains { $0.key == "password_forgotten" })
        let lookUp = Bundled.triager.triage("大学で私のパスワードを調べて教えてもらうことってできますか？")
        #expect(lookUp.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(Bundled.triager.triage("The app rejects the long code he pastes from the website.").results.first?.tree.id == "setup-key-invalid")
        let none = Bundled.triager.triage("Our new technician doesn't have any private email address at all. The activation asks for a recovery email. What should she enter?")
        #expect(none.results.first?.tree.id == "recovery-email-none")
        let toCome = TriageText("パスワード再発行用のメールアドレスを入れるところです。どれを入れればいいのでしょうか。")
        #expect(ToldRecoveryAddress.ranges(in: toCome).isEmpty)
        #expect(!ToldRecoveryAddress.ranges(in: TriageText("再発行用のアドレスにはGmailを入れています。パスワードを忘れました。")).isEmpty)
        #expect(!ToldRecoveryAddress.ranges(in: TriageText("再発行用のメールアドレスはGmailにしてる。パスワードを忘れました。")).isEmpty)
        #expect(facts("ＯＭＵＩＤのパスワード、スマホを機種変したらどっか行きました。")["device_lost"] == nil)
        #expect(facts("スマホがどっか行きました。")["device_lost"] == .bool(true))
        #expect(facts("Activation was months ago. Now trying to change my password")["activation_done"] == .bool(true))
        #expect(facts("Trying to change my password (account is a year old, activation long done).")["activation_done"] == .bool(true))
        #expect(facts("I factory-reset my phone (same phone, nothing lost). Do I have to report it as a lost device?")["device_lost"] == .bool(false))
        #expect(facts("the carrier took my old phone as a trade-in with the authenticator on it")["device_lost"] == .bool(true))
    }

    /// A forgetting denied politely past the word's reach is none; a loss denied in Japanese tells
    /// the device not lost; a Chinese writer's «忘记» is a forgetting; «届きません» (or «とどきません») is
    /// a mail not come.
    @Test func politeDenialsAndAChineseForgetting() {
        func forgotten(_ ticket: String) -> FactValue? { Bundled.triager.triage(ticket).facts.first { $0.key == "password_forgotten" }?.value }
        #expect(forgotten("パスワードを失念したわけではございません。ログインが通りません。") == nil)
        #expect(forgotten("パスワードを失念しました。ログインが通りません。") == .bool(true))
        #expect(facts("スマホは変えてないし、なくしてもいません。")["device_lost"] == .bool(false))
        #expect(facts("端末はなくしてないです")["device_lost"] == .bool(false))
        #expect(facts("スマホをなくしました")["device_lost"] == .bool(true))
        let chinese = Bundled.triager.triage("すみません、パスワードを忘记しました。利用開始手続きはもう完了しています。どこで手続きしますか。")
        #expect(chinese.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(chinese.results.first?.tree.id == "password-forgotten")
        // A way of sending asked for, beside a reset mail that never came, is no evidence of the OTP's entry.
        let sms = Bundled.triager.triage("I requested a password reset but the email with the code never came to my gmail. Waited 30 min. Can you send the code to my phone by SMS?")
        #expect(sms.results.first?.tree.id == "reset-mail-not-arriving")
        let notCome = Bundled.triager.triage("確認コードのメールがまだ１通も届いていません。このままだと期限が切れてしまうんじゃないかと心配です。")
        #expect(notCome.results.first?.tree.id == "reset-mail-not-arriving")
        // In kana too, the forgetting then how the reissue began (P001 「パスワード再設定通知メールが届かない」).
        let kana = Bundled.triager.triage("パスワードをわすれたので再発行したけど、メールがとどきません。")
        #expect(!kana.facts.contains { $0.key == "password_forgotten" })
        #expect(kana.results.first?.tree.id == "reset-mail-not-arriving")
        // Not sure, with a degree, what the password was set to; the one-time password as one word.
        #expect(forgotten("I'm not entirely sure what I set my password to, it was ages ago.") == .bool(true))
        #expect(Bundled.triager.triage("onetime password wo irete mo login dekimasen, tetsuzuki wa zenbu owatta").results.first?.tree.id == "two-factor-login-fails")
        // A lock only suspected, and its unlock asked for, beside a code typed the day after its
        // mail (P001 L192: 「確認コードの有効期限は5分間程度」): the expiry is the trouble.
        let suspected = Bundled.triager.triage("The reset mail came yesterday afternoon and I typed the code today. It was refused. I suspect my account got locked, can you unlock it?")
        #expect(suspected.results.first?.tree.id == "code-expired")
        // Not a mail filter suspected beside a missing mail: that is the missing mail's cause.
        let filter = Bundled.triager.triage("I forgot my password and asked for the reset, but no mail arrives. I suspect our company filter blocks it.")
        #expect(filter.results.first?.tree.id == "reset-mail-not-arriving")
        // A lock asked about in Japanese beside a code past its validity; the mail in kana not come.
        #expect(Bundled.triager.triage("確認コード、10分前のメールのを入れたらエラー。これってロックかかった?").results.first?.tree.id == "code-expired")
        #expect(Bundled.triager.triage("パスワード忘れて再設定したけど めーるこない").results.first?.tree.id == "reset-mail-not-arriving")
        // A forgetting that names the password by a pronoun, far from it; a forgetting denied in writing («忘れておらず»).
        #expect(forgotten("Step 1: typed my ID. Step 2: typed what I thought was my password, rejected twice. Step 3: I went for coffee and came back. Step 4: I have to admit I don't know what I set it to.") == .bool(true))
        #expect(forgotten("パスワードは忘れておらず、手帳の控えとも合っています。ログインできません。") == nil)
        #expect(forgotten("Honestly I don't actually remember the password I set in April.") == .bool(true))
        // A two-factor remedy guessed at beside a login that fails before the two-factor step is no
        // evidence of a two-factor entry; nor is a forgetting pretended («忘れたことにして»).
        #expect(Bundled.triager.triage("ログインできない。IDとパスワードで止まって、認証コードの画面まで行かない。アプリ入れ直せばいい?").results.first?.tree.id == "login-fails")
        #expect(Bundled.triager.triage("Login fails right after my ID and password, before any code is asked. Could you reissue my QR code?").results.first?.tree.id == "login-fails")
        #expect(Bundled.triager.triage("Login keeps failing though the password is right; it never even gets to the 6-digit page.").results.first?.tree.id == "login-fails")
        #expect(forgotten("IDとパスワードを入れても正しくないと出ます。もう忘れたことにして再発行してもいいですか") == nil)
        // A remedy asked for beside a forgetting: the forgetting decides.
        #expect(Bundled.triager.triage("My password manager was wiped and I have no idea what my OMU password was. Should I delete the authenticator entry and set everything up again?").results.first?.tree.id == "password-forgotten")
        // A code typed after a meal, told in the present.
        #expect(Bundled.triager.triage("The confirmation code mail comes, but I enter it after dinner and it says error.").results.first?.tree.id == "code-expired")
    }

    /// Romaji typed without a polite ending is read as Japanese; a device left on a train is lost;
    /// the IME's «借りパスワード» is the temporary password.
    @Test func romajiWishesATrainAndTheIMEsTemporaryPassword() {
        #expect(TriageText("nidankai ninshou saisettei shitai houhou oshiete").hasRomaji)
        #expect(!TriageText("I want to reset my two-factor, can you tell me how").hasRomaji)
        #expect(Bundled.triager.triage("nidankai ninshou saisettei shitai houhou oshiete").results.first?.tree.id == "two-factor-reset")
        #expect(facts("my iPad that I'd set the two-factor thing up on is gone (left it on the shinkansen).")["device_lost"] == .bool(true))
        let temporary = Bundled.triager.triage("さっき確認したOMUIDと借りパスワード忘れた")
        #expect(!temporary.facts.contains { $0.key == "password_forgotten" })
        #expect(temporary.results.first?.tree.id == "omuid-temp-password-forgotten")
        let own = Bundled.triager.triage("じぶんできめたほうのぱすわーど わすれた 最初の紙の借りパスワードでも入れないし。どうしたらいい")
        #expect(own.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
    }

    /// "Lost my" a password is no phone lost; another ID had before is the writer's own.
    @Test func lostAPasswordAndAnIDHadBefore() {
        #expect(facts("lost my password (the real one, not the temp). how do I get a new one")["device_lost"] == nil)
        #expect(facts("Lost my OMU password, need it before class")["device_lost"] == nil)
        #expect(facts("lost my university login")["device_lost"] == nil)
        #expect(facts("I lost my university phone with the authenticator on it")["device_lost"] == .bool(true))
        #expect(facts("I misplaced my password note")["device_lost"] == nil)
        #expect(facts("I lost my phone on the train")["device_lost"] == .bool(true))
        #expect(facts("I misplaced my phone")["device_lost"] == .bool(true))
        #expect(facts("前にもってた別のIDでログインしっぱなしかも")["has_other_omuid"] == .bool(true))
        #expect(facts("マイページが開いた。前に使ってた別IDっぽい。")["has_other_omuid"] == .bool(true))
        #expect(facts("表示されてるのは前に非常勤でもらってたIDです")["has_other_omuid"] == .bool(true))
        // The ID given at the start is the new one.
        #expect(facts("出てきたログイン画面に最初にもらったIDとパスを入れてもはじかれる")["has_other_omuid"] == nil)
    }

    /// A screen both pages have is no step of the activation when the ticket tells activation done.
    @Test func aScreenOfBothPagesAfterActivation() {
        #expect(facts("パスワード変更(利用開始は済み)で変更ボタンを押すとエラーが出ます")["activation_step"] == nil)
        #expect(facts("利用開始手続きの途中で、変更ボタンを押すとエラーが出ます")["activation_step"] == .choice("password_change"))
        #expect(facts("去年利用開始は済ませました。「パスワード変更を始める」を押したら…")["activation_step"] == .choice("password_change"))
    }

    /// Lost in Japanese, said of a paper or the password, is no phone lost; the paper the
    /// password was on lost is a forgetting.
    @Test func aPaperLostIsNoPhoneLost() {
        #expect(facts("本パスワードを書いた紙をなくしました")["device_lost"] == nil)
        #expect(facts("IDの通知書を紛失してしまいました")["device_lost"] == nil)
        #expect(facts("パスワードのメモを落としました")["device_lost"] == nil)
        #expect(facts("スマホをなくしました")["device_lost"] == .bool(true))
        #expect(facts("電車でスマホを落としました")["device_lost"] == .bool(true))
        let text = TriageText("パスワードを控えていた手帳を紛失しました。スマホは紛失していません")
        func lost(_ text: TriageText) -> (all: [Range<Int>], papers: [Range<Int>]) { LostPaper.ranges(extractor.cues.matches(in: text), in: text) }
        #expect(lost(text).papers.map { text.slice($0) } == ["紛失"])
        #expect(lost(TriageText("学生証をなくしました")).all.count == 1)
        #expect(lost(TriageText("学生証をなくしました")).papers.isEmpty)
        #expect(lost(TriageText("スマホをなくしました")).all.isEmpty)
        let r = Bundled.triager.triage("大学院生です。本パスワードをメモしておいた紙をなくしてしまいました。認証アプリは普通に使えています。どうすればいいですか")
        #expect(r.results.first?.tree.id == "password-forgotten")
        #expect(r.facts.contains { $0.key == "password_forgotten" })
        #expect(!r.facts.contains { $0.key == "device_lost" })
    }

    /// A cue ending in its 「て」 is denied by the 「ない」 after it; a phone not found is lost;
    /// activation told done in few words, or in romaji.
    @Test func deniedAfterTeNotFoundAndActivationDone() {
        #expect(facts("古いスマホはまだ家にあります(売ってないです)")["device_lost"] == .bool(false))
        #expect(facts("落としたスマホが見つかりません")["device_lost"] == .bool(true))
        #expect(facts("パスワード変更(利用開始は済み)でエラーになります")["activation_done"] == .bool(true))
        #expect(facts("Riyou kaishi tetsuzuki wa mou owatte imasu.")["activation_done"] == .bool(true))
        // A time between the procedure and its end.
        #expect(facts("利用開始手続きは前に終わってます")["activation_done"] == .bool(true))
        #expect(facts("新しいIDの手続きは4月に終えました")["activation_done"] == .bool(true))
        #expect(facts("利用開始手続きは去年すませてます")["activation_done"] == .bool(true))
        #expect(facts("利用開始手続きはまだ終わっていません")["activation_done"] != .bool(true))
        // The old phone at hand, told in other words; a new phone denied.
        #expect(facts("古い携帯はまだ手元にありまして、そちらには出ます")["device_lost"] == .bool(false))
        #expect(facts("新しいスマホに入れたけど大学のが出てこない。前のスマホはある")["device_lost"] == .bool(false))
        #expect(facts("My smartphone is still with me.")["device_lost"] == .bool(false))
        #expect(facts("New iPhone, old one still works.")["device_lost"] == .bool(false))
        let denied = TriageText("機種変更はしてません。前から使ってるスマホの番号が弾かれます")
        #expect(DeniedTrouble.ranges(in: denied).map { denied.slice($0) } == ["機種変更はしてま"])
        #expect(!DeniedTrouble.ranges(in: TriageText("I haven't changed my phone")).isEmpty)
    }

    /// A forgotten password with a temporary one asked for, or the first paper tried, is the
    /// writer's own when the ticket tells activation done: the temporary one is long replaced.
    @Test func aTemporaryPasswordAskedForAfterActivation() {
        expectForgottenFirst(["パスワードを忘れたので、仮パスワードをもう一度発行してもらえませんか?利用開始手続きは前に終わってます。",
                              "パスワ-ドわすれました。仮パスワードをもう一回発行してもらえますか?利用開始手続きは去年すませてます"])
        // During activation the temporary one is the one forgotten.
        let during = Bundled.triager.triage("利用開始手続きの途中です。仮パスワードを忘れてしまいました")
        #expect(!during.facts.contains { $0.key == "password_forgotten" })
    }

    /// A lock only asked about is not told; a phone given with the phone between the one who
    /// got it and the verb, or lost somewhere, is gone.
    @Test func askedAboutGivenAndLostSomewhere() {
        #expect(facts("ログインできん。ロックかかってるんかな?")["user_admin_locked"] == nil)
        #expect(facts("アカウントがロックされたのでしょうか?")["user_admin_locked"] == nil)
        #expect(facts("何度も間違えてロックされました")["user_admin_locked"] == .bool(true))
        #expect(facts("妹にお古のAndroidをあげました")["device_lost"] == .bool(true))
        #expect(facts("My mobile with the authenticator was lost at the airport.")["device_lost"] == .bool(true))
        // Not of a person, when no device is named.
        #expect(facts("I was lost at the login page, which button is it?")["device_lost"] == nil)
    }

    @Test func omuidAsTyped() {
        #expect(facts("IDは ＡＢ１２３４５ です")["omuid"] == .text("ＡＢ１２３４５"))
        #expect(facts("my id is xy12345, email xy12345@st.omu.ac.jp")["omuid"] == .text("xy12345"))
        #expect(facts("2024年に入学")["omuid"] == nil)
        // Romaji words with a digit in front are words: every OMUID form starts with a letter.
        #expect(facts("2youso ninshou no apuri ga ugokimasen")["omuid"] == nil)
        #expect(facts("4gatsu ni nyuugaku, id wa ab12345")["omuid"] == .text("ab12345"))
    }

    @Test func quotedMessage() {
        #expect(facts("「無効なキー」と出ます")["error_message"] == .text("無効なキー"))
    }

    @Test func campusNetwork() {
        #expect(facts("OMUNET-1Xにつないでいます")["on_campus_network"] == .bool(true))
        #expect(facts("OMUNET-1Xにつないでいます")["wifi_ssid"] == .text("OMUNET-1X"))
        #expect(facts("OMUNETには繋いでいない")["on_campus_network"] == .bool(false))
        #expect(facts("自宅からです")["on_campus_network"] == .bool(false))
        #expect(facts("OMUNET-1Xに接続していません")["on_campus_network"] == .bool(false))
        #expect(facts("大学構内のWi-Fiからです")["on_campus_network"] == .bool(true))
        // The place's own denial, not a later verb's.
        for ticket in ["学内のWi-Fiでログインできません", "OMUNETでテストできません", "I'm on campus but can't log in", "OMUNETに繋いでテストしたけど画面が出ません"] {
            #expect(facts(ticket)["on_campus_network"] == .bool(true), "\(ticket)")
        }
        for ticket in ["学内ではないです。自宅でテストできません", "OMUNETにつながらない", "I am not on campus", "学内じゃないです", "学内以外から試しました"] {
            #expect(facts(ticket)["on_campus_network"] == .bool(false), "\(ticket)")
        }
    }

    /// The confirmation code told as expired, in a sentence that names it; a QR code that timed
    /// out is not it.
    @Test func anExpiredCode() {
        for ticket in ["確認コードが期限切れになりました", "コード届いてたけど入れたらもう無効になってた", "確認コードは時間が経っていたため無効となってしまいました", "code expired error when resetting password",
                       "the code is no longer valid", "確認ｺｰﾄﾞのﾒｰﾙを見つけた時にはもう使えなくなってました",
                       "I typed the code an hour later and the page said its time limit was over", "確認コードの期限が過ぎていますと出ました",
                       "Now the code is too old and the page won't take it", "確認コードが古すぎるみたいで通りません",
                       "もらったコードが古くなっちゃったみたいで使えないです", "確認コード、タイムアウトしました",
                       "確認コードの時間が終わりました。もう一度欲しいです", "kakunin koodo no jikan ga owarimashita. mou ichido hoshii desu.",
                       "confirm code time over. cannot input anymore", "the verification code's time ran out before I typed it"] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
        }
        #expect(facts("The lecture time is over, I'll try the setup then")["code_expired"] == nil)
        #expect(facts("The activation page timed out right after I scanned the QR code")["code_expired"] == nil)
        #expect(facts("スマホが使えなくなった")["code_expired"] == nil)
        #expect(facts("授業の時間が終わったらやってみます")["code_expired"] == nil)
        // It is what the code-expired entry is about: said, the entry ranks first.
        #expect(Bundled.triager.triage("code expired error when resetting password. the email landed in my promotions tab").results.first?.tree.id == "code-expired")
    }

    /// A code typed within its minutes is no expired code (P001 L192: valid for about five
    /// minutes); an error at the code's step is error_stage code, P000's entry for errors on
    /// resetting, unless the code is told expired. Told both ways, nothing is known.
    @Test func aCodeTypedInTime() {
        for ticket in ["確認コードを入れたらはじかれました。時間はまだ経ってないはずです", "メールが来てすぐ、コピペで入れました",
                       "I typed the confirmation code right away and it still failed", "5分も経ってないのにダメでした"] {
            #expect(facts(ticket)["code_expired"] == .bool(false), "\(ticket)")
        }
        #expect(facts("I entered the code immediately, but the code had expired anyway")["code_expired"] == .bool(true))
        #expect(facts("メールが届いてすぐ入れたつもりです。でも確認コードが期限切れと出ました")["code_expired"] == nil)
        for ticket in ["確認コードを入れたところでエラーになります", "I get an error after entering the verification code"] {
            #expect(facts(ticket)["error_stage"] == .choice("code"), "\(ticket)")
        }
        #expect(facts("確認コードが期限切れでエラーになりました")["error_stage"] == nil)
        let r = Bundled.triager.triage("パスワード再設定で、確認コードを入力したらエラーが出ます。メールが来てすぐに入力しています")
        #expect(r.results.first?.tree.id == "password-reset-error")
    }

    /// An expiry or a lock not yet come, only feared, is not told: «早くしないと期限切れちゃう»,
    /// «ロックされる前に».
    @Test func anExpiryNotYetCome() {
        for ticket in ["メールがまだ来ない。急がないと確認コードの期限切れちゃう", "確認コードの有効期限が切れる前に入れたいのですが、メールが見当たりません"] {
            #expect(facts(ticket)["code_expired"] == nil, "\(ticket)")
        }
        #expect(facts("ロックされる前に聞いておきたいです")["user_admin_locked"] == nil)
        // Only supposed, and taken back.
        #expect(facts("確認コードが期限切れになったのかと思ってやり直しましたが、そもそもメールが届いていませんでした")["code_expired"] == nil)
        #expect(facts("確認コードの期限が切れちゃいました")["code_expired"] == .bool(true))
        // Supposed in English: set aside as evidence.
        #expect(!DeniedTrouble.ranges(in: TriageText("it never arrives, so I can't even get to the point where it could expire")).isEmpty)
        let waiting = Bundled.triager.triage("I'm waiting for the confirmation code mail to reset my password but it never arrives, so it can't even reach the point where it could expire.")
        #expect(waiting.results.first?.tree.id == "reset-mail-not-arriving")
        let r = Bundled.triager.triage("再設定の通知メールがいつまでたっても来ません。早くしないと確認コードの期限切れちゃう")
        #expect(r.results.first?.tree.id == "reset-mail-not-arriving")
    }

    /// The old phone taken back by the shop is handed over (P000 L39: 他者に譲渡); the two-factor
    /// test is the activation's step; activation told done in a few more words; a lock not yet
    /// come ("before I get locked out") is not told.
    @Test func aPhoneTakenBackTheTestStepAndALockToCome() throws {
        #expect(facts("機種変更のとき、古いスマホはショップで回収してもらいました")["device_lost"] == .bool(true))
        #expect(facts("古い端末はお店に引き取ってもらいました")["device_lost"] == .bool(true))
        let test = facts("手続きの最後のテストで止まっています")
        #expect(test["activation_step"] == .choice("two_factor_setup"))
        #expect(test["activation_done"] == .bool(false))
        #expect(facts("I'm stuck on the 2FA test page")["activation_done"] == .bool(false))
        // The step named is where the writer is, whatever fails there.
        let failing = facts("2要素認証のテストがうまくいきません")
        #expect(failing["activation_step"] == .choice("two_factor_setup"))
        #expect(failing["activation_done"] == .bool(false))
        #expect(facts("セットアップキーが通りません")["activation_step"] == .choice("two_factor_setup"))
        // A step named weighs the after-activation page's entries down once more than activation
        // under way alone.
        let triager = Bundled.triager
        let lost = try #require(triager.index.ids.firstIndex(of: "two-factor-login-fails"))
        let underWay = triager.priors(told: [:], activationDone: false)
        let atStep = triager.priors(told: ["activation_step": FactValue.choice("two_factor_setup").caseKey], activationDone: false)
        #expect(atStep[lost] == underWay[lost] * triager.index.weights.otherPage)
        let atTheTest = triager.triage("利用開始手続きの2要素認証テストで、アプリの数字を入れてもログインできません。アプリに大阪公立大学が3つ並んでいます")
        #expect(atTheTest.results.first?.tree.id == "two-factor-test-fails")
        // The ID's form after an internal progression is login-fails' (P000 L7: 内部進学された院生は
        // 学部生と同じ体系のIDです).
        let progressed = Bundled.triager.triage("I went on to grad school here and finished the activation again. Did my ID change? The ID format confuses me and the login fails.")
        #expect(progressed.results.first?.tree.id == "login-fails")
        for ticket in ["riyoukaishi no tetsuzuki wa mou owatteru", "院の分の利用開始手続きも済ませました", "I already did the activation for my new ID"] {
            #expect(facts(ticket)["activation_done"] == .bool(true), "\(ticket)")
        }
        #expect(facts("I'm not locked, I just want to reset it before I get locked out")["user_admin_locked"] == nil)
        #expect(facts("I got locked out of the user management system")["user_admin_locked"] == .bool(true))
        let r = Bundled.triager.triage("機種変更の際、前のスマホは店で回収されました。新しいスマホでOMUの2要素認証を使いたいです")
        #expect(r.results.first?.tree.id == "two-factor-device-lost")
    }

    /// A password of the writer's own, told as the one they thought up after the temporary one,
    /// slipped from memory, is forgotten; the activation's steps before it (a temporary
    /// password's, an OMUID's check) are then behind the writer.
    @Test func aPasswordThoughtUpAfterTheTemporaryOne() throws {
        let r = Bundled.triager.triage("仮パスワードから自分で考えたパスワードに変更しました。しばらく使わなかったら記憶から抜けてしまいました。受け入れの先生もわからないそうです")
        #expect(r.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(r.results.first?.tree.id == "password-forgotten")
        let told = ["password_forgotten": FactValue.bool(true).caseKey]
        let priors = Bundled.triager.priors(told: told, activationDone: nil)
        let index = Bundled.triager.index
        let notified = try #require(index.ids.firstIndex(of: "temp-password-notified"))
        let base = Bundled.triager.priors(told: [:], activationDone: nil)
        #expect(priors[notified] == base[notified] * index.weights.otherPage)
    }

    /// A reset mail only supposed missing, found later, is not missing: its clause is no
    /// evidence, and the time told is the code's age again.
    @Test func aMailOnlySupposedMissing() {
        for ticket in ["メールが来ないと思っていたら迷惑メールに入っていました。40分たっていて、コードを入れても通りません",
                       "I assumed the reset email never came, so I waited. Turns out it had landed in junk, and now the code is too old and the page won't take it."] {
            #expect(!ResetMailMissing.told(in: TriageText(ticket)), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "code-expired", "\(ticket)")
        }
        #expect(ResetMailMissing.told(in: TriageText("I thought I would wait, but the reset mail never came.")))
        #expect(ResetMailMissing.told(in: TriageText("再設定のメールが来ないのですが、迷惑メールにもありません")))
        // The mail as a notice, its not coming in humble speech.
        #expect(ResetMailMissing.told(in: TriageText("The reset notice never comes.")))
        #expect(ResetMailMissing.told(in: TriageText("案内のメールが参らないのですが")))
        // As typed fast, or in a second language.
        for ticket in ["the password reset mail doesnt come to me. maybe i made a typo in the address", "I try reset password but no email come."] {
            #expect(ResetMailMissing.told(in: TriageText(ticket)), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "reset-mail-not-arriving", "\(ticket)")
        }
        let r = Bundled.triager.triage("The reset notice never comes. Maybe I typed a wrong address at setup? I can't remember which one I put.")
        #expect(r.results.first?.tree.id == "reset-mail-not-arriving")
    }

    /// One device of several lost while another is still at hand: the loss stands (P000 L33,
    /// every device set up again after the reissue), the device at hand is another.
    @Test func oneDeviceOfTwoLost() {
        for ticket in ["タブレットとスマホの両方に2段階認証を入れてたんですが、スマホのほうだけなくしました。タブレットは手元にあります。この場合どうしたらいいでしょう？",
                       "教員です。研究室のタブレットと私用スマホの2台に2要素認証を設定していましたが、スマホを紛失しました。タブレットは手元にあります。どう対応すべきでしょうか。"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost", "\(ticket)")
        }
        // The same device told lost and at hand again tells nothing either way; a device at hand
        // whose kind no loss names is no sign either.
        #expect(facts("スマホをなくしたかと焦ったけど、スマホは手元にありました")["device_lost"] == nil)
        #expect(facts("スマホを落としました。どこかにあるはずですが、手元にありません")["device_lost"] != .bool(false))
        #expect(!OtherDeviceAtHand.told([(.bool(true), 0..<2), (.bool(false), 10..<15)], in: TriageText("なくした。どこかで、手元にある")))
        // The loss told by a sentence (left behind, never back), the other device at hand.
        let left = "スマホとiPadの両方に2要素認証を入れてました。スマホを電車に置いてきてしまって、駅に問い合わせても戻ってきません。iPadは手元にあって数字も出ます。"
        #expect(facts(left)["device_lost"] == .bool(true))
        #expect(Bundled.triager.triage(left).results.first?.tree.id == "two-factor-device-lost")
        // The same device left behind and at hand again tells nothing.
        #expect(facts("スマホを店に置いてきてしまい戻ってきませんでしたが、翌日スマホは手元に戻りました")["device_lost"] == nil)
    }

    /// A forgetting beside a login's error, of «パス» for the password, or by the usual passwords
    /// tried: the writer's own password forgotten. An ID named in a later sentence is what a
    /// forgetting after it forgets.
    @Test func forgettingsBesideALoginsError() {
        for ticket in ["パスワードを何回か変えてたら、今のパスワードがどれなのか分からなくなりました。ログインすると「IDまたはパスワードが違います」とエラーになります。",
                       "大学のパス忘れてしもた。利用開始はとっくに済んでる", "I tried the passwords I usually use, none of them is it. How do I set a new one?"] {
            #expect(Bundled.triager.triage(ticket).facts.first { $0.key == "password_forgotten" }?.value == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten", "\(ticket)")
        }
        #expect(facts("利用開始はとっくに済んでる")["activation_done"] == .bool(true))
        // The main password by its name is the one that replaced the temporary one named beside it;
        // not when told not yet set, nor a forgetting whose object is the temporary one.
        let main = "本PWを忘れました。最初にもらった仮パスワードの紙はまだ手元にあります。"
        #expect(Bundled.triager.triage(main).facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        // The activation asked to be done again, to start from the temporary one once more; the password itself not known.
        for ticket in ["パスワードを忘れました。利用開始手続きをやり直したら、また仮パスワードから始められますか?", "メアドは登録したと思います。本題ですが、パスワード自体が分かりません。",
                       "手続きのときのパスワードは研究室のPCに保存していたのですが、PCが入れ替えになって今はもう分かりません。"] {
            #expect(Bundled.triager.triage(ticket).facts.first { $0.key == "password_forgotten" }?.value == .bool(true), "\(ticket)")
        }
        for ticket in ["仮パスワードを忘れました。まだ本パスワードは設定してないです。", "手続きの途中で、IDも仮パスも思い出せません。本パスワードはまだ作っていません。"] {
            #expect(Bundled.triager.triage(ticket).facts.contains { $0.key == "password_forgotten" } == false, "\(ticket)")
        }
        // «キャンパス», «パスポート» are no password; a reissue's error still is a later step.
        #expect(ForgottenPassword.ownPasswords(in: TriageText("キャンパスでパスポートを")).isEmpty)
        #expect(ForgottenPassword.ownPasswords(in: TriageText("OMUのパス忘れた")).count == 1)
        #expect(ForgottenPassword.laterStep(in: TriageText("パスワードを忘れたので再設定したらエラーが出ます"), outside: []))
        #expect(!ForgottenPassword.laterStep(in: TriageText("パスワードを忘れました。ログインするとエラーが出ます"), outside: []))
        let id = "パスワードは手帳に控えてあるので合っています。手続きのときにIDが表示された気がしますが、メモしていません。"
        #expect(Bundled.triager.triage(id).facts.contains { $0.key == "password_forgotten" } == false)
    }

    /// A lock told with a continuative after it, as shown or become, or plainly in English: the
    /// reply sends the writer to the form (P000 L20), not through the change. Not nothing locked,
    /// a phone's screen lock, or the student number lookup's lock.
    @Test func aLockToldPlainly() {
        for ticket in ["利用者管理システムへのログインを何度か失敗したら、アカウントがロックされてしまい画面に入れません。", "パスワード変更のページ、ロックって出て入れません。",
                       "I mistyped my password on the user management page several times and my account there is locked."] {
            let r = Bundled.triager.triage(ticket)
            #expect(r.facts.first { $0.key == "user_admin_locked" }?.value == .bool(true), "\(ticket)")
            #expect(r.results.first?.tree.id == "password-change-howto", "\(ticket)")
            #expect((r.reply ?? "").contains("お問い合わせフォーム") || (r.reply ?? "").contains("inquiry form"), "\(ticket)")
        }
        for ticket in ["I can't remember my password. As far as I can tell nothing is locked yet.", "I lost my phone in a taxi. It is locked with a PIN, but I'm uneasy.",
                       "I checked my student number once on the lookup site and now the page is locked."] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
    }

    /// A device told gone ("my phone is gone"), or lost in katakana as half-width input types it.
    @Test func aDeviceToldGone() {
        for ticket in ["My iPhone is gone, I think it fell out of my bag on the bus. How do I get a new QR code?", "ｹｰﾀｲｦ ﾅｸｼﾏｼﾀ。2ﾖｳｿﾆﾝｼｮｳ ﾄﾞｳｼﾀﾗ ｲｲﾃﾞｽｶ"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost", "\(ticket)")
        }
        #expect(facts("The OMU entry is gone from the app, the phone is the same one.")["device_lost"] == nil)
        // Stolen in romaji or slang, lost by someone written for, dead with a word between; one
        // of two lost with the other at hand, the lost one's kind named far back in its sentence.
        for ticket in ["kinou sumaho nusumareta. ninshou apuri haitteta", "先週スマホパクられてん。認証アプリ入ってたやつ。", "My daughter lost her phone on a school trip; the authenticator was on it.",
                       "スマホを洗濯してしまい、電源が全く入らなくなりました。", "Hi, my iPad which had Google Authenticator set up for my OMU account was stolen from my car. I still have my phone with the same app.",
                       "2要素認証の端末紛失しました。スマホとiPadに入れてて、なくしたのはスマホの方だけです。iPadはまだ手元にあります"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("先月スマホの画面が割れて修理に出しましたが、アプリは無事でした")["device_lost"] == nil)
    }

    /// The new password and its confirmation told not matching: the field's message (P001 L170),
    /// an error on the form.
    @Test func theConfirmationToldNotMatching() {
        for ticket in ["Setting up my account: the new passwords do not match, it says, though I pasted the same one twice.",
                       "パスワード変更で、新しいパスワードと確認用のが一致しないと赤字が出ます"] {
            #expect(facts(ticket)["error_stage"] == .choice("form"), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-change-error", "\(ticket)")
        }
        #expect(facts("仮パスワード確認画面でパスワードが一致しないと出ます")["error_stage"] == nil)
    }

    /// In English, the paper the password was written on told lost after it, in its sentence:
    /// a forgetting of the writer's own password, as the Japanese «メモしていた紙をなくしました».
    @Test func aPaperToldLostAfterIt() {
        for ticket in ["The little notebook where I kept the password I picked during the setup went missing last month. How do I get a new one?",
                       "I set my own password in April and wrote it on a post-it, which I have since lost. Can I reset it online?",
                       "The password I chose at the start was in a notebook that I left on the train. I know my OMUID. How do I get back in?"] {
            #expect(Bundled.triager.triage(ticket).facts.first { $0.key == "password_forgotten" }?.value == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten", "\(ticket)")
            // Nor is its loss a device's ("went missing" is one said of a phone).
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
        // A device named after the paper is what was lost; the paper and a memory are not papers lost.
        for ticket in ["I wrote my password in a note on my phone and the phone is lost.", "My memory is gone these days, so I wrote my password down."] {
            #expect(LostPaper.englishPapersLost(in: TriageText(ticket)).isEmpty, "\(ticket)")
        }
    }

    /// The ID's form asked («IDは学部の時と形式が同じでいいんでしょうか», "which ID should I use?"):
    /// one not sure of their own OMUID, whom the page answers under login-fails (P000 L6–10).
    /// Not a student number's.
    @Test func theIDsFormAsked() {
        for ticket in ["院に内部進学しました。ログインIDって学部のときと同じ形でいいんでしょうか？ログインできません。手続きはもう終わってます。",
                       "I moved up from undergrad to a master's course here this April and already did the activation again. Now I can't log in to OMU services. Did my ID change, or should I still use the undergrad-style one"] {
            #expect(facts(ticket)["omuid_forgotten"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "login-fails", "\(ticket)")
        }
        // Beside an internal progression, the activation not told: the entry for the other ID is
        // for one who knows the new OMUID (it implies omuid_forgotten false).
        let progressed = "内部進学した院生です。ログインに失敗します。IDはどの形式のものを使えばいいんでしょうか…学部の時のIDでも入れますか?"
        #expect(Bundled.triager.triage(progressed).results.first?.tree.id == "login-fails")
        #expect(Bundled.triager.triage("院に進学して新しいOMUIDをもらいました。手続きでパスワード変更を始めるを押すと前のIDでログインした状態になります").results.first?.tree.id
            == "logged-in-with-other-omuid")
        #expect(facts("院生のIDの形って学部の時と同じでいいんでしたっけ?")["omuid_forgotten"] == .bool(true))
        #expect(facts("学籍番号とIDはどっちを入れればいいですか")["omuid_forgotten"] == nil)
        // Not the numbers of the app beside the entry's name, nor what was shown as it was.
        #expect(facts("アプリに大阪公立大学(OMUID)って出てて、数字がどんどん変わってます。")["omuid_forgotten"] == nil)
        #expect(facts("IDとパスワードを入れたらそのまま進んじゃいました。")["omuid_forgotten"] == nil)
        #expect(facts("I have an idea which format the password needs")["omuid_forgotten"] == nil)
    }

    /// The old device told no longer at hand («前のスマホはもう手元にないです», "I don't have my old
    /// phone anymore"): lost or given away with the authenticator on it, the page's reissue
    /// (P000 L39). Not a phone away for repair, a new one not come yet, a card or a mail.
    @Test func theOldDeviceNoLongerAtHand() {
        for ticket in ["機種変更しました。前のスマホはもう手元にないです。新しいスマホで認証アプリを設定するには？",
                       "旧端末はお店に引き取られてしまって手元にありません。新しいiPhoneでワンタイムパスワードを出したいです。",
                       "I changed phones and I no longer have the old one. How do I set up the authenticator on the new phone?",
                       "I don't have my old phone anymore. How do I move the two-factor to the new one?"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost", "\(ticket)")
        }
        for ticket in ["スマホを修理に出していて、古い端末も手元にないです。PCだけで2要素認証はできますか",
                       "新しい機種はまだ手元にありません。届いたら移したいです",
                       "職員証はまだ手元にありません。職員番号はどこで分かりますか",
                       "確認コードが期限切れになりました。古いコードのメールしか手元にありません。",
                       "スマホを家に忘れてきて今手元にないのですが、ワンタイムパスワードなしでログインできますか？"] {
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
    }

    /// The word right after an English negation is a token of its own for the classifier ("can't
    /// *remember*" is not "remember"), not past a clause's end, and not after the particle «no» of
    /// romaji.
    @Test func aNegatedWordIsItsOwnToken() {
        let remember = Tokenizer.tokens(TriageText("remember"))[0]
        #expect(Tokenizer.tokens(TriageText("I can't remember it")).contains("¬" + remember))
        #expect(Tokenizer.tokens(TriageText("I do not remember it")).contains("¬" + remember))
        #expect(Tokenizer.tokens(TriageText("I remember it")) == [remember])
        #expect(!Tokenizer.tokens(TriageText("not. remember")).contains("¬" + remember))
        #expect(!Tokenizer.tokens(TriageText("nihongo no nyuuryoku ga dekimasen")).contains { $0.hasPrefix("¬") })
        #expect(Tokenizer.tokens(TriageText("no email arrived")).contains { $0.hasPrefix("¬") })
    }

    /// The two-factor code told as never coming, as a mail would, is the activation's entry for it
    /// (P001: 「ワンタイムパスワードはメール等で送信されません」), not the reset mail's; a reset mail
    /// missing beside a two-factor set up long ago is not.
    @Test func theTwoFactorCodeNeverComing() {
        for ticket in ["My 2FA code never arrives, I checked spam too.", "ワンタイムパスワードが届きません。迷惑メールも見ました。"] {
            #expect(facts(ticket)["activation_step"] == .choice("two_factor_setup"), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "otp-not-received", "\(ticket)")
        }
        #expect(facts("The reset mail never arrives, I set up 2FA last year.")["activation_step"] == nil)
    }

    /// Shut out for good after failing («何回か失敗して、それからずっとダメです») is the lock; a lock
    /// doubted before it ("I don't think my account is locked") is none.
    @Test func aLockSinceAndALockDoubted() {
        #expect(facts("利用者管理システムで何回か失敗して、それからずっとダメです。")["user_admin_locked"] == .bool(true))
        for ticket in ["I don't think my account is locked, I just forgot my password and need a new one.",
                       "Not sure if my account is locked. I can't log in."] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
    }

    /// Not a forgetting of the writer's own password: one only guessed («忘れてるのかと思って»), a
    /// question of which ID to use («どっちでログインすればいいか分からなくなりました»), the password of
    /// the student number system («学籍番号を調べるのに必要なパスワード»); nor is a paper lost by
    /// someone else («書類を息子がなくして») a lost device.
    @Test func notTheWritersPasswordForgotten() {
        for ticket in ["パスワード自体を忘れてるのかと思って、再設定しようか迷ってます。利用者管理システムで何度か失敗してからずっとダメです。",
                       "学部のIDと院のIDがあって、どっちでログインすればいいか分からなくなりました。",
                       "学籍番号を調べるのに必要なパスワードが分からないです。"] {
            #expect(!Bundled.triager.triage(ticket).facts.contains { $0.key == "password_forgotten" }, "\(ticket)")
        }
        #expect(Bundled.triager.triage("パスワードを忘れてしまいました。").facts.contains { $0.key == "password_forgotten" })
        #expect(facts("入学時の書類を息子がなくしてしまいました。学籍番号が分かりません。")["device_lost"] == nil)
        #expect(facts("スマホを息子がなくしてしまいました。")["device_lost"] == .bool(true))
    }

    /// A password forgotten told as not knowing what it is or was («自分のパスワードが何なのか分かりません»,
    /// «パスワードが何だったか…») or as its note lost or washed ("lost the note I wrote it on", "the
    /// note went through the laundry"): the writer's own password forgotten, its entry first.
    @Test func aForgettingToldAsWhatItWasOrItsNoteGone() {
        expectForgottenFirst(["学内のPCだといつも自動で入れてたので、家のパソコンで聞かれて初めて気づいたんですが、自分のパスワードが何なのか分かりません。たしか4月に変えたはず。IDは合ってます",
                              "夏休み明けでポータル開いたら、自分で決めたほうのパスワードが何だったか…候補を4つくらい試したけど全部ちがうって言われた。",
                              "wrote the pwd on a sticky note, note went through the laundry lol. need a new one for my OMUID, activation was done ages ago",
                              "Could you send me my password again? I set it last semester and lost the note I wrote it on."])
        // What an error was, not the password: no forgetting.
        #expect(!Bundled.triager.triage("エラーが何なのか分かりません。ログインできません。").facts.contains { $0.key == "password_forgotten" })
    }

    /// The recovery address asked about beside the writer's own password forgotten is the
    /// reissue's (P000 L13–14), not the activation's question of which address to register
    /// (recovery-email-which implies no password of one's own forgotten yet); also in romaji and
    /// Kansai speech («wasureten»).
    @Test func theRecoveryAddressOfAForgottenPassword() {
        expectForgottenFirst(["パスワード忘れてんけど、再発行のメールアドレスって大学のメールでええん？",
                              "pasuwaado wasureten kedo, saihakkou no meeru adoresu tte daigaku no meeru de ee n? daigaku no meeru mo pasuwaado nai to mirarehen kara komatteru nen"])
        #expect(Bundled.triager.triage("利用開始手続きのパスワード変更画面です。再発行用のメールアドレスにはどのアドレスを入れればいいですか").results.first?.tree.id == "recovery-email-which")
    }

    /// A forgetting denied in humble speech («忘れたわけではございません») and an expiry only asked of
    /// what is to come ("is it going to expire before it even arrives?") tell nothing of either.
    @Test func aPoliteDenialAndAnExpiryAskedAhead() {
        let denied = "ログインしようとするとはねられます。パスワードを忘れたわけではございません。"
        #expect(!Bundled.triager.triage(denied).facts.contains { $0.key == "password_forgotten" })
        #expect(Bundled.triager.triage(denied).results.first?.tree.id != "password-forgotten")
        let ahead = "I pressed next on the reset page ten minutes ago and there's nothing in my inbox. Is the code going to expire before it arrives?"
        let ranked = Bundled.triager.triage(ahead).results
        #expect(ranked.first?.tree.id == "reset-mail-not-arriving")
        #expect((ranked.first { $0.tree.id == "code-expired" }?.confidence ?? 0) < 0.2)
    }

    /// The user management system named as a mail's sender ("the mail from 利用者管理システム") is
    /// no evidence for changing the password there: a code of that mail refused after a night is
    /// the expiry's. A code's screen left lying («しばらく置いといたら») is a long wait.
    @Test func theSystemAsAMailsSender() {
        let ticket = "The verification number in the mail from 利用者管理システム isn't accepted. I got the mail last night and typed it this morning."
        #expect(facts(ticket)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "code-expired")
        #expect(MailSender.ranges(MailSender.matcher.matches(in: TriageText("nothing comes from the user management system")), in: TriageText("nothing comes from the user management system")) == [23..<45])
        #expect(facts("メールで届いた番号を入れる画面をしばらく置いといたら、もう受け付けてくれません。")["code_expired"] == .bool(true))
    }

    /// The phone told broken in a headline's words ("phone broken, not turning on") is its loss with
    /// the authenticator in it (the entry's 故障, 電源が入らない); a part of it broken ("the camera on
    /// my phone is broken") is not.
    @Test func aPhoneBrokenAndAPartOfIt() {
        for ticket in ["phone broken, not turning on. no more codes for OMU. what do I do?", "My phone is broken and the authenticator was on it."] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost", "\(ticket)")
        }
        #expect(facts("The camera on my phone is broken, so I typed the setup key instead.")["device_lost"] == nil)
    }

    /// A device handed on "without being wiped" is given away with the authenticator on it (the wipe
    /// is denied); a lock only supposed before ("First I thought my account got locked but no") is
    /// none, unless a turn follows the supposing.
    @Test func aWipeNotDoneAndALockOnlySupposed() {
        let tablet = "My work tablet with the authenticator was handed to a new colleague without being wiped. What must I do?"
        #expect(facts(tablet)["device_lost"] == .bool(true))
        #expect(Bundled.triager.triage(tablet).results.first?.tree.id == "two-factor-device-lost")
        let supposed = "I just don't remember the password anymore. First I thought my account got locked but no, I forgot it."
        #expect(facts(supposed)["user_admin_locked"] == nil)
        #expect(Bundled.triager.triage(supposed).results.first?.tree.id == "password-forgotten")
        #expect(facts("I thought it would be fine but my account got locked after five tries.")["user_admin_locked"] == .bool(true))
    }

    /// The two-factor test named as "test step" is the activation's step, and the activation told
    /// done for the rest of it only ("Everything else in the activation is done") is not done.
    @Test func theTestStepWithTheRestDone() {
        let ticket = "Test step keeps failing. I typed the number shown in the app, it says wrong. Everything else in the activation is done."
        #expect(facts(ticket)["activation_step"] == .choice("two_factor_setup"))
        #expect(facts(ticket)["activation_done"] != .bool(true))
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-test-fails")
    }

    /// The codes of several entries told refused whichever is typed («どっちもあかん») is the
    /// entry of a failing two-factor login (P000 L28: its note on the entries of each
    /// registration), not the note on the entries alone; an expiry told not to have come about
    /// («期限切れになったわけじゃなくて») is neither a fact nor evidence; a leased phone returned
    /// with the authenticator on it is given away.
    @Test func refusedWhicheverAndAnExpiryThatDidNotHappen() {
        let entries = Bundled.triager.triage("Authenticatorに大阪公立大学が2つ出てきて、どっちもあかん").results.first
        #expect(entries?.tree.id == "two-factor-login-fails")
        #expect(entries?.matched.contains("どっちもあかん") == true)
        let notExpired = "パスワード再設定で確認コードのメールを待ってますが来ません。コードが期限切れになったわけじゃなくて、メール自体が来てないです。"
        #expect(facts(notExpired)["code_expired"] == nil)
        #expect(Bundled.triager.triage(notExpired).results.first?.tree.id == "reset-mail-not-arriving")
        #expect(facts("I returned my leased company phone last month and the authenticator was still on it.")["device_lost"] == .bool(true))
    }

    /// A code found only after it had lain a while ("by the time I found it the code was no good",
    /// «気づいた時には») is past its time.
    @Test func aCodeFoundTooLate() {
        let ticket = "The reset mail went to my spam folder and by the time I found it the code was no good."
        #expect(facts(ticket)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "code-expired")
    }

    /// A lock as a second-language writer tells it, the -ed dropped: "my account is lock".
    @Test func aLockWithoutItsEd() {
        let ticket = "user management system say my account is lock after i type wrong password many time. what i do?"
        #expect(facts(ticket)["user_admin_locked"] == .bool(true))
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-change-howto")
    }

    /// A two-factor step told as never reached («ワンタイムパスワードの画面までは行きません», "I never
    /// even get to the code") is not the trouble: the login fails before it (login-fails, P000
    /// L6–11). Not any «まで…いけません» («空欄のままではいけませんか», «最後まで行けません»): the
    /// clause must name the two-factor step.
    @Test func aTwoFactorStepNeverReached() {
        for ticket in ["ポータルにログインしようとすると「認証に失敗しました」と出ます。学内のPCです。ワンタイムパスワードの画面までは行きません。",
                       "I can't sign in to the OMU portal since Monday, it just says the login failed. I never even get to the code.",
                       "cant login to OMU!! it worked until yesterday. i didnt change my password. it stops at the ID/password page, never gets to the two factor code part"] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "login-fails", "\(ticket)")
        }
        let text = TriageText("空欄のままではいけませんか。途中でエラーになって最後まで行けません。2要素認証の画面まで行けません。")
        #expect(UnreachedStep.ranges(UnreachedStep.matcher.matches(in: text), in: text) == [34..<49])
    }

    /// The old phone given on in other words ("I gave my previous iPhone to my brother") is given
    /// away with the authenticator on it; a sticky note the password was on lost («付箋を紛失») is a
    /// forgetting, no phone lost.
    @Test func aPreviousPhoneGivenAndAStickyNoteLost() {
        let given = "I gave my previous iPhone to my brother without erasing it. Now I want the authenticator on my new phone."
        #expect(facts(given)["device_lost"] == .bool(true))
        #expect(Bundled.triager.triage(given).results.first?.tree.id == "two-factor-device-lost")
        let note = "先月利用開始手続きを完了しましたが、設定したパスワードを書いた付箋を紛失してしまいました。どうすればよいでしょうか。"
        #expect(facts(note)["device_lost"] == nil)
        #expect(Bundled.triager.triage(note).results.first?.tree.id == "password-forgotten")
    }

    /// A forgetting in other words ("is not in my head anymore"); a phone lost told in half-width
    /// katakana among kanji («ｽﾏﾎﾅｸｼﾏｼﾀ»); a loss denied with «も» («失くしてもないです») is none.
    @Test func aForgettingOutOfMindAndALossInKatakana() {
        let forgot = "Changed my password two weeks ago to something more secure and... yeah. Whatever I changed it to is not in my head anymore."
        let result = Bundled.triager.triage(forgot)
        #expect(result.facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(result.results.first?.tree.id == "password-forgotten")
        #expect(Bundled.triager.triage("ｽﾏﾎﾅｸｼﾏｼﾀ。ｸﾞｰｸﾞﾙｵｰｾﾝﾃｨｹｰﾀｰ入ってました。ｱｶｳﾝﾄ停止とかされますか？").results.first?.tree.id == "two-factor-device-lost")
        let denied = "家から2要素認証の6桁を入力してもログインできない。iPhoneの時計は自動設定になってます。スマホは替えてないし失くしてもないです"
        #expect(facts(denied)["device_lost"] == nil)
        #expect(Bundled.triager.triage(denied).results.first?.tree.id == "two-factor-login-fails")
    }

    /// The code's screen left open overnight is a code expired, its code named by its screen ("the
    /// code input page") and refused as typed fast ("doesnt go through"); a code typed within the
    /// page's validity («受信から1分以内に入れてます») is told not expired, which the expired code's entry
    /// implies the other way (P001 L192: 「5分以上経過している場合」); «売ったり下取りには出していません»
    /// denies both doings.
    @Test func aCodeLeftOvernightOrTypedInTimeAndAListDenied() {
        let overnight = "i left the code input page open overnight and today the code doesnt go through. do i have to redo everything??"
        #expect(facts(overnight)["code_expired"] == .bool(true))
        let confirmation = "I left the confirmation code input page open overnight and this morning the code doesnt go through."
        #expect(Bundled.triager.triage(confirmation).results.first?.tree.id == "code-expired")
        let inTime = "パスワードの再設定（パスワード忘れたので）で、メールに来た確認コードを入れて「確認」を押したらエラーになりました。受信から1分以内に入れてます。"
        #expect(Bundled.triager.toldCases(Bundled.triager.triage(inTime).facts)["code_expired"] == FactValue.bool(false).caseKey)
        #expect(Bundled.triager.triage(inTime).results.first?.tree.id == "password-reset-error")
        let kept = "新しいスマホに変えたのでGoogle認証システムを入れたいです。前のスマホは家に置いてあって、売ったり下取りには出していません"
        #expect(facts(kept)["device_lost"] == nil)
        #expect(Bundled.triager.triage(kept).results.first?.tree.id == "two-factor-new-device")
        #expect(facts("古いスマホは売ったり人にあげたりしました。")["device_lost"] == .bool(true))
        let noted = "I never noted down the password I picked during activation, I was sure I'd remember it. I did not. Do I need to come to the office with my ID card or can I do something online?"
        #expect(Bundled.triager.triage(noted).facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(Bundled.triager.triage(noted).results.first?.tree.id == "password-forgotten")
    }

    /// A phone often left behind («研究室に置き忘れることが多いので») is a habit, not a loss; a tablet
    /// gone missing («所在不明になりました») is lost.
    @Test func aHabitOfLeavingThePhoneIsNoLoss() {
        #expect(facts("スマホとタブレットの両方で2要素認証を使いたいのですが、可能ですか。スマホは家に置き忘れることが多いので。")["device_lost"] == nil)
        #expect(facts("スマホを電車に置き忘れました。")["device_lost"] == .bool(true))
        #expect(facts("2要素認証を設定していた業務用のiPadが所在不明になっております。")["device_lost"] == .bool(true))
    }

    /// A device given away in humble speech («後輩に譲りました») is gone with its authenticator; a
    /// password whose only copy was a browser's is forgotten.
    @Test func aDeviceHandedOnAndAPasswordOnlyTheBrowserKnew() {
        #expect(facts("ノートPCとタブレットの2台に認証アプリを入れていたのですが、タブレットを後輩に譲りました。")["device_lost"] == .bool(true))
        #expect(facts("古いスマホは研究室の学生にお譲りしました。")["device_lost"] == .bool(true))
        expectForgottenFirst([
            "My browser crashed and took the only copy of my password with it. How do I get a new one?",
            "After the reinstall my laptop lost all saved passwords and it turns out I never actually knew what my password for OMU was.",
        ])
    }

    /// A device missing for a while, not found again or dead for good is lost; an ID forgotten
    /// with the password set aside ("(not password)") is the ID's; a way of doing forgotten
    /// («どうやって直したか覚えていない») is no forgotten password.
    @Test func aDeviceMissingAndForgettingsOfOtherThings() {
        #expect(facts("iPhone missing since the weekend, the authenticator was on it.")["device_lost"] == .bool(true))
        #expect(facts("I can't find my old iPhone anywhere after the move.")["device_lost"] == .bool(true))
        #expect(facts("The phone is dead for good after it fell in the bath.")["device_lost"] == .bool(true))
        let id = Bundled.triager.triage("I forgot my OMUID (not password), where can I look it up?")
        #expect(id.facts.contains { $0.key == "omuid_forgotten" })
        #expect(!id.facts.contains { $0.key == "password_forgotten" })
        let how = Bundled.triager.triage("新しいOMUIDでパスワード変更ができません。先輩も同じことになったけど、どうやって直したか覚えていないそうです。")
        #expect(!how.facts.contains { $0.key == "password_forgotten" })
        // "No matter how I try" is no way of doing: the password is forgotten.
        expectForgottenFirst(["自分で決めたパスワードがどうやっても思い出せません。"])
    }

    /// A forgetting told as not knowing what it was changed to («なにに変えたのか自信ないです»,
    /// «何にしたか分からないです»: the negation is the forgetting's own, not its denial), or told at
    /// the end of a long sentence that named the password at its start, is the writer's.
    @Test func aForgettingToldAsNotSureWhatItWasChangedTo() {
        expectForgottenFirst([
            "パスワード変えたあと、今なにに変えたのか自信ないです。前のも新しいのも通りません",
            "パスワードを何にしたか分からないです。",
        ])
        let long = "I changed my password in the user management system last week and I must have typed the same wrong letter in both boxes, because now neither the old nor the new one is accepted."
        #expect(Bundled.triager.triage(long).facts.contains { $0.key == "password_forgotten" })
    }

    /// An entry that implies a thing has not happened takes it as its premise: a device told
    /// lost puts two-factor-multiple-devices (every device at hand, P000 L36) below its place,
    /// and one told at hand does not lift it (new-device's case, told so, is not its).
    @Test func aPremiseToldOtherwiseCounts() {
        let triager = Bundled.triager
        let multiple = triager.index.ids.firstIndex(of: "two-factor-multiple-devices")!
        let lost = triager.index.ids.firstIndex(of: "two-factor-device-lost")!
        #expect(triager.priors(told: ["device_lost": FactValue.bool(true).caseKey], activationDone: nil)[multiple] < 1)
        #expect(triager.priors(told: ["device_lost": FactValue.bool(false).caseKey], activationDone: nil)[multiple] == 1)
        #expect(triager.priors(told: ["device_lost": FactValue.bool(true).caseKey], activationDone: nil)[lost] > 1)
    }

    /// A code the ticket says has not expired ("so it's not expired", «期限切れではないと思います») or
    /// only doubts ("I don't think it's expired") is no expired code: the error at the code is the
    /// password reset's (P000: 「どのタイミングでエラーが発生したかご確認ください」), not the expiry's; but
    /// a doubt is the fact when the fact is a doubt ("Not sure if I'm using the right ID format").
    @Test func aCodeDeniedExpiredIsNotExpired() {
        let denied = "Trying to reset my password and at the confirmation-code step it shows an error. I entered the code right away so it's not expired."
        #expect(facts(denied)["code_expired"] == .bool(false))
        let cannot = "When I change my password it fails at the confirmation code step with an error. I entered the code about 2 minutes after receiving it, so it can't be expired."
        #expect(facts(cannot)["code_expired"] == nil)
        #expect(facts(cannot)["error_stage"] == .choice("code"))
        let doubted = "Changing my password gives an error after the confirmation code, but I don't think it's expired."
        #expect(facts(doubted)["code_expired"] == nil)
        let ja = "パスワード再設定で、確認コードを入れた後にエラーになる。コードは1分以内に入れたので期限切れではないと思います"
        #expect(facts(ja)["code_expired"] != .bool(true))
        #expect(facts(ja)["error_stage"] == .choice("code"))
        let shouldnt = "Password reset fails at the confirmation code with an error. I put the code in as the mail landed, so it shouldn't be expired."
        #expect(Bundled.triager.triage(shouldnt).results.first?.tree.id == "password-reset-error")
        // Told expired, it still is.
        #expect(facts("The confirmation code expired before I could type it.")["code_expired"] == .bool(true))
        #expect(facts("Not sure if I'm using the right ID format, is it letters plus numbers?")["omuid_forgotten"] == .bool(true))
    }

    /// A choice or a setting up told in the past "during activation" ("I set up 2FA during activation and
    /// the test worked on that day") is no activation under way, but a step just done and asked about
    /// ("I changed the password during activation and the status says…") still is; «学内» in a
    /// system's name («出張先のホテルから学内システムに») is no campus network; a theft is a loss.
    @Test func aPastDoingDuringActivationAndTheCampusSystem() {
        let past = "I set up 2FA during activation and the test worked on that day. Now, off campus, the 6 digit code doesn't work. ID and password are accepted."
        #expect(facts(past)["activation_done"] == nil)
        #expect(Bundled.triager.triage(past).results.first?.tree.id == "two-factor-login-fails")
        #expect(facts("I changed the password during activation and the status says 未変更・反映待ち. Did it fail?")["activation_done"] == .bool(false))
        let hotel = "出張先のホテルから学内システムにアクセスしようとしたところ、ワンタイムパスワード入力画面で認証に失敗します。アプリには数字が表示されています。"
        #expect(facts(hotel)["on_campus_network"] == nil)
        #expect(Bundled.triager.triage(hotel).results.first?.tree.id == "two-factor-login-fails")
        #expect(facts("自宅から学内システムに入ろうとするとエラーになります。")["on_campus_network"] == .bool(false))
        #expect(facts("学内のWi-Fiから入ろうとするとエラーになります。")["on_campus_network"] == .bool(true))
        #expect(Bundled.triager.triage("phone gone (theft). OTP??").results.first?.tree.id == "two-factor-device-lost")
    }

    /// A phone drowned told in romaji («sumaho suibotsu shite dengen hairimasen»), a laptop with the
    /// authenticator left on a train "and it's gone" (P000 L33: 「端末(スマートフォンやPCなど)を紛失」) are
    /// losses; "an expiry error" at the confirmation code is the code expired.
    @Test func aLossInRomajiALaptopGoneAndAnExpiryError() {
        for ticket in ["sumaho suibotsu shite dengen hairimasen. daigaku no wantaimu no suuji ga mirenai desu. atarashii sumaho kau yotei desu",
                       "I left my laptop (with the Authenticator extension in Chrome) on the Midosuji line and it's gone. My phone also has the authenticator for OMU and still works. Do I need to do anything about the laptop?"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost", "\(ticket)")
        }
        let expiry = "The confirmation code I got for resetting my password gives an expiry error. I'm still sitting on the code input screen. Which button do I press?"
        #expect(facts(expiry)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(expiry).results.first?.tree.id == "code-expired")
    }

    /// A day between the mail and the typing ("got the code yesterday, typed it today") is the code
    /// expired (P001 L192), but not a mail that did not come that day; a password never known (the
    /// browser kept it) is forgotten; the login told as stopping before the two-factor step does
    /// not reach it; both places told, the trouble's is the one not told as working, else the first
    /// told (`TroublePlace`); the first screen's field
    /// 「学籍番号・職員番号」 tells no one's affiliation and is no message; a year of study tells a student.
    @Test func aDayLateANeverKnownPasswordAndThePlaceToldFirst() {
        let late = "I received the 確認コード by mail yesterday and typed it in today, it says error."
        #expect(facts(late)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(late).results.first?.tree.id == "code-expired")
        #expect(facts("昨日届いた確認コードのメールを今朝入力したらエラーになりました。")["code_expired"] == .bool(true))
        #expect(facts("確認コードのメールが昨日は届かなかったので、今日もう一度送って入力したらエラーでした。")["code_expired"] == nil)
        let browser = "My browser always filled in my OMU password, after an update it is gone and I never knew the password myself."
        #expect(Bundled.triager.triage(browser).facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        #expect(Bundled.triager.triage(browser).results.first?.tree.id == "password-forgotten")
        let stops = "Until last week I could log in. Now the OMU login fails with my ID and password; it stops before the two-factor screen appears."
        #expect(Bundled.triager.triage(stops).results.first?.tree.id == "login-fails")
        let outside = "Can't log in from outside campus: the authenticator's code is refused. I set it up at the orientation on campus in April."
        #expect(facts(outside)["on_campus_network"] == .bool(false))
        #expect(Bundled.triager.triage(outside).results.first?.tree.id == "two-factor-login-fails")
        #expect(facts("On campus it works, but from home the code is refused.")["on_campus_network"] == .bool(false))
        #expect(facts("学内だと普通に使えるのに、家からだとコードが違うと言われます。")["on_campus_network"] == .bool(false))
        #expect(facts("Testing the setup from my office on campus, it skips the code step. Should I try from home?")["on_campus_network"] == .bool(true))
        #expect(facts("自宅からログインできなくなりました。研究室ではログインできます。")["on_campus_network"] == .bool(false))
        let field = "新入生です。最初の画面で「学籍番号・職員番号」を入れるように言われました。"
        #expect(facts(field)["affiliation"] == .choice("student"))
        #expect(facts(field)["error_message"] == nil)
        #expect(facts("「有効な学籍番号・職員番号・OMUIDではありません」と出ます。")["affiliation"] == nil)
        #expect(facts("First year here, I don't know my number.")["affiliation"] == .choice("student"))
    }

    /// A code told «失効» or, in romaji, «tsukaenaku natta» is expired, and so is one whose class
    /// began between mail and typing («授業始まっちゃって», not a class to begin next week): its error is
    /// the expiry's; "two factor test" is the activation's test; a phone "still in my possession"
    /// is not lost; a forgetting beside the authenticator's "6 digit code" stands, one of which ID
    /// to enter («どちらを入れるのか分からなくなりました») is none; the old ID or a new one asked is the ID's
    /// form asked (not a new ID told got).
    @Test func anExpiryInOtherWordsAndTheIDAsked() {
        #expect(facts("確認コードが失効しました　どうしたらいいですか")["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage("確認コードが失効しました　どうしたらいいですか").results.first?.tree.id == "code-expired")
        #expect(facts("kakunin code no meeru kita kedo tsukaenaku natta")["code_expired"] == .bool(true))
        let lecture = "確認コードのメールは来たんですけど、授業始まっちゃって、終わってから入れたらエラー出ます"
        #expect(facts(lecture)["code_expired"] == .bool(true))
        #expect(facts(lecture)["error_stage"] == nil)
        #expect(facts("来週から講義が始まります。パスワードを忘れたのでメールで再設定したいのですが、何を入れればいいですか")["code_expired"] == nil)
        #expect(facts("two factor test doesn't work, the code I enter is wrong")["activation_step"] == .choice("two_factor_setup"))
        #expect(facts("I replaced my smartphone; the old device is still in my possession.")["device_lost"] == .bool(false))
        let sixDigits = "forgot my password after changing phones. is it in google authenticator? i only see the 6 digit code there"
        #expect(Bundled.triager.triage(sixDigits).facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
        let which = "ログイン画面でIDとパスワードを入れてもはじかれます。IDは職員番号だったかOMUIDだったか、どちらを入れるのか分からなくなりました。"
        #expect(Bundled.triager.triage(which).facts.first { $0.key == "password_forgotten" } == nil)
        #expect(facts("内部進学した院生です。IDは学部の時のを使うのですか?")["omuid_forgotten"] == .bool(true))
        #expect(facts("院に進学して新しいIDをもらいました。前のIDでログインしたままになっています。")["omuid_forgotten"] == nil)
    }

    /// "has completely left my brain" is a forgetting, «忘れたのか、…分からない» only wondered; a code the
    /// writer was "too slow" to type has expired (P001 L192); «ワンタイムパスワードは出ます» beside a
    /// forgotten password is the two-factor side working, an aside; «2要素の入力画面にはたどり着けません»
    /// is a step not reached.
    @Test func aPasswordLeftTheBrainAndACodeTypedTooSlowly() {
        let brain = "Login page: I type my OMUID, then stare at the password box. Whatever I set last year has completely left my brain."
        #expect(Bundled.triager.triage(brain).results.first?.tree.id == "password-forgotten")
        let wondered = "毎日ログインしていましたが今日ログインできなくなりました。パスワードを忘れたのか、他に原因があるのか分かりません。"
        #expect(Bundled.triager.triage(wondered).facts.first { $0.key == "password_forgotten" } == nil)
        let slow = "We were slow getting the confirmation code from the mail to the screen and now entering it gives an error."
        #expect(facts(slow)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(slow).results.first?.tree.id == "code-expired")
        let moved = "機種変でパスワード管理アプリのデータが消えて、大学の本パスワードが分からなくなりました。認証アプリは新しいスマホに移行済みでワンタイムパスワードは出ます。"
        #expect(Bundled.triager.triage(moved).results.first?.tree.id == "password-forgotten")
        let unreached = TriageText("ログイン画面でIDとPWを入れてもはじかれます。2要素の入力画面にはたどり着けません。")
        #expect(!UnreachedStep.ranges(UnreachedStep.matcher.matches(in: unreached), in: unreached).isEmpty)
        let before = TriageText("2要素のところまで行かずに、IDとパスワードの段階でダメです。")
        #expect(UnreachedStep.ranges(UnreachedStep.matcher.matches(in: before), in: before).map { before.slice($0) } == ["2要素のところまで行かずに"])
        let reached = TriageText("ワンタイムパスワードの画面にはたどり着けますが、数字が違うと言われます。")
        #expect(UnreachedStep.ranges(UnreachedStep.matcher.matches(in: reached), in: reached).isEmpty)
    }

    /// "Neither the new one nor the old one works" after a change, a password asked to be looked up
    /// ("I don't have it written anywhere") are forgettings; a loss denied in Kansai speech
    /// («なくしてへんで») or only supposed in a list («置き忘れたりしたときに困る») is none, but a
    /// denial further on in the clause («まだ家にあるし誰にもあげてへん») denies only its own verb; a
    /// phone wiped («初期化しました») stays the writer's.
    @Test func aPasswordChangedAwayAndALossDeniedInKansaiSpeech() {
        let changed = "I changed my password last week. Now neither the new one nor the old one works. How do I get back in?"
        #expect(Bundled.triager.triage(changed).results.first?.tree.id == "password-forgotten")
        let lookUp = "Is there somewhere I can look up my current password? I don't have it written anywhere."
        #expect(Bundled.triager.triage(lookUp).results.first?.tree.id == "password-forgotten")
        #expect(facts("認証アプリん中のOMUの欄、消してもうた。スマホはなくしてへんで。")["device_lost"] == nil)
        #expect(facts("機種変してん。前のスマホはまだ家にあるし誰にもあげてへん。")["device_lost"] == .bool(false))
        #expect(facts("スマホの電池が切れていたり、家に置き忘れたりしたときに困るので、iPadにも設定したいです。")["device_lost"] == nil)
        #expect(facts("スマホを初期化しました(機種はそのまま)。認証アプリの中身が空っぽです。")["device_lost"] == .bool(false))
        #expect(facts("出張中にスマホを紛失しました。同じ端末でメールにもログインしていました。")["device_lost"] == .bool(true))
    }

    /// The new password that does not come to mind («新しいほうがでてこない») or was never written down
    /// («書き留めずに») is forgotten; which ID to use
    /// asked beside an internal progression is the ID's form (P000 L7: 「※内部進学された院生は学部生と同じ
    /// 体系のIDです」), login-fails's, not the entry for a login held by the other ID.
    @Test func theNewPasswordNotComingToMindAndWhichIDToUse() {
        let new = "先月パスワードを変えたばかりなんですが、新しいほうがでてこない。前のやつなら覚えてるけど通らないです"
        #expect(Bundled.triager.triage(new).results.first?.tree.id == "password-forgotten")
        let unwritten = "先月パスワードを変更したんですが、新しい方を書き留めずに寝てしまいました。前のを入れてもダメです。"
        #expect(Bundled.triager.triage(unwritten).results.first?.tree.id == "password-forgotten")
        let which = "内部進学した院生です。ログインできません。学部の時のIDと今のIDどっちを使えばいいのか分からなくなりました"
        #expect(Bundled.triager.triage(which).results.first?.tree.id == "login-fails")
    }

    /// A store of the password lost ("the vault is gone", «保存していたパスワードが消え») is a forgetting;
    /// a memo lost beside a password told known («パスワードは覚えてます») is not, and a doing told
    /// known («変更したことは覚えている») leaves the forgetting after it standing. The recovery
    /// address that does not match is password-forgotten's (P000 L31: 「パスワード再発行用メールアドレスが
    /// 一致しない場合、ご自身でパスワード再設定はできません」), not a reset's error.
    @Test func aPasswordStoreLostAndAPasswordToldKnown() {
        let vault = "Password manager crashed last night and the vault is gone; the uni login was stored there. Locked out of everything."
        #expect(Bundled.triager.triage(vault).facts.contains { $0.key == "password_forgotten" })
        #expect(Bundled.triager.triage(vault).results.first?.tree.id == "password-forgotten")
        let saved = "機種変更したらブラウザに保存していたパスワードが消えてしまい、ポータルに入れません。"
        #expect(Bundled.triager.triage(saved).facts.contains { $0.key == "password_forgotten" })
        let known = "OMUIDが分からなくなりました。パスワードは覚えてます。IDを書いたメモをなくしてしまいました。"
        #expect(!Bundled.triager.triage(known).facts.contains { $0.key == "password_forgotten" })
        let knownFails = "OMUIDが分からなくなり、ログインできません。パスワードは覚えてます。IDを書いたメモはなくしてしまいました。"
        #expect(Bundled.triager.triage(knownFails).results.first?.tree.id == "login-fails")
        let doing = "春にパスワードを変更したことは覚えているのですが、何にしたのかを失念しました。"
        #expect(Bundled.triager.triage(doing).facts.contains { $0.key == "password_forgotten" })
        let mismatch = "再設定ページでメールアドレスを入れたら「メールアドレスが一致しません」と出ます。どれを登録したか分かりません。"
        #expect(Bundled.triager.triage(mismatch).results.first?.tree.id == "password-forgotten")
    }

    /// A phone crushed or past mending is gone with the authenticator on it. A login failing with
    /// nothing told of the activation, a step or an entry's words is an ordinary one (login-fails),
    /// not the activation's logins at a step; named, it is theirs.
    @Test func aCrushedPhoneAndALoginWithNoStepNamed() {
        #expect(facts("My phone got crushed under a shelf and the repair shop says it is beyond repair.")["device_lost"] == .bool(true))
        #expect(facts("スマホが故障して修理不能と言われました")["device_lost"] == .bool(true))
        // (Not «ログインエラーになります»: that is the activation login's own word, P001 L119
        // 「ログインエラーのメッセージが表示される場合は、確認したOMUIDと仮パスワードが…」, and the
        // tickets learnt weigh it either way.)
        let plain = "IDとパスワードを入れてもログインできません。キーボードの大文字ロックは外しています。"
        #expect(Bundled.triager.triage(plain).results.first?.tree.id == "login-fails")
        let button = "「パスワード変更を始める」を押した後のログイン画面で、仮パスワードを入れてもエラーになります。"
        #expect(Bundled.triager.triage(button).results.first?.tree.id == "password-change-login-fails")
        let stepLogins = Bundled.knowledge.trees.filter { Triager.isStepLogin($0.tree) }.map(\.tree.id).sorted()
        #expect(stepLogins == ["logged-in-with-other-omuid", "password-change-login-fails", "two-factor-setup-login-fails"])
    }

    /// A phone gone somewhere («スマホどっかいった») is lost, not a screen or a phone's tab that went
    /// somewhere; the test named «2要素のテスト» is the activation's step; "zero idea what I changed
    /// it to" is a forgetting.
    @Test func aPhoneGoneSomewhereAndTheTestNamedShort() {
        #expect(facts("携帯どっかいってしまいました。認証アプリはそれだけです")["device_lost"] == .bool(true))
        #expect(facts("番号を見た画面がどこかにいってしまいました。スマホでやってました")["device_lost"] == nil)
        #expect(facts("スマホのタブがどこかに行ってしまって番号が分かりません")["device_lost"] == nil)
        #expect(facts("2要素のテストで数字を入れても通りません")["activation_step"] == .choice("two_factor_setup"))
        let zero = "Changed my OMU password a few weeks ago and I have zero idea what I set it to now."
        #expect(Bundled.triager.triage(zero).facts.contains { $0.key == "password_forgotten" })
    }

    /// The test page named «テスト用ページ» is the activation's test (P000 never names it); a
    /// notebook the password was in, lost with the place between («手帳を出張先で紛失»), is a
    /// forgetting, no lost device.
    @Test func theTestPageAndANotebookLostOnATrip() {
        #expect(facts("テスト用ページで6桁を入れても毎回エラーです")["activation_step"] == .choice("two_factor_setup"))
        let notebook = "パスワードを書いておいた手帳を旅行先で紛失しました。再設定したいです。"
        #expect(facts(notebook)["device_lost"] == nil)
        #expect(Bundled.triager.triage(notebook).results.first?.tree.id == "password-forgotten")
        #expect(facts("スマホを電車で紛失しました")["device_lost"] == .bool(true))
    }

    /// An old phone sold, told in the present by a writer of little English, is given away with
    /// the authenticator on it; a sale only wished for is not.
    @Test func anOldPhoneSoldToldInThePresent() {
        #expect(facts("I sell my old iPhone to a friend last week, the OMU app still in it.")["device_lost"] == .bool(true))
        #expect(facts("I want to sell my old iPhone next month. What should I do first?")["device_lost"] == nil)
    }

    /// Phones swapped with someone who now has the old one, its authenticator on it, are the old
    /// one given away (P000 L39); a trade-in only planned is none, and the old one told still
    /// there is at hand; a phone not come back is lost, and no code that never came.
    @Test func aPhoneSwappedPlannedOrKept() {
        #expect(facts("I switched phones with my brother, he now has my old Pixel with the authenticator on it. How do I move 2FA?")["device_lost"] == .bool(true))
        #expect(facts("妹とスマホを交換しました。認証アプリは古い方に入ったままです")["device_lost"] == .bool(true))
        #expect(facts("I'm now using my old phone again, 2FA still works there")["device_lost"] == nil)
        #expect(facts("機種変しました。前のスマホはまだあります。来月下取りに出すかもです")["device_lost"] == .bool(false))
        #expect(facts("下取りに出す予定のスマホに認証アプリが入っています")["device_lost"] == nil)
        #expect(facts("I did not trade in the old one; it's still with me.")["device_lost"] == .bool(false))
        #expect(facts("電車にスマホ忘れて戻ってこない、ワンタイムパスワード出せない")["activation_step"] == nil)
        #expect(facts("電車にスマホ忘れて戻ってこない、ワンタイムパスワード出せない")["device_lost"] == .bool(true))
    }

    /// The code run out told in kana; the code's mail told not come is no error at the code; a
    /// code that never comes by SMS, and the test named short or in kana, are the activation's
    /// two-factor step.
    @Test func theCodeItsMailAndTheTestToldPlainly() {
        #expect(facts("かくにんコードがきれてしまいました。やりなおしかたがわかりません")["code_expired"] == .bool(true))
        let notCome = "赤字で「使用不可文字が含まれています」と出ます。確認コードのメールがまだ来ていないのも、このエラーで先に進めていないからでしょうか"
        #expect(facts(notCome)["error_stage"] == nil)
        #expect(Bundled.triager.triage(notCome).results.first?.tree.id == "password-change-error")
        #expect(facts("ワンタイムパスワードがSMSにこないです")["activation_step"] == .choice("two_factor_setup"))
        #expect(facts("にようそにんしょうのテストがうまくいきません")["activation_step"] == .choice("two_factor_setup"))
        #expect(facts("2要素テストでアプリの数字を入れても通らない")["activation_step"] == .choice("two_factor_setup"))
    }

    /// A ban after wrong tries is the lock; saved passwords cleared, or only the old password
    /// remembered, are a forgetting; an address "I put in during activation" is no activation
    /// under way.
    @Test func aBanAndForgettingsToldPlainly() {
        #expect(facts("I think I got banned from the user management system, typed the wrong password too many times")["user_admin_locked"] == .bool(true))
        let cleared = "My browser used to fill in my OMU password. I cleared all saved passwords by mistake and now I'm stuck at the login box."
        #expect(Bundled.triager.triage(cleared).facts.contains { $0.key == "password_forgotten" })
        let old = "I changed my OMU password a few months ago and now I only remember the old one, not the new one."
        #expect(Bundled.triager.triage(old).facts.contains { $0.key == "password_forgotten" })
        #expect(facts("The recovery field has my @omu.ac.jp address, because that's what I put in during activation.")["activation_done"] == nil)
    }

    /// A login naming only words the ordinary login's entries share («本パスワード», «2段階認証»)
    /// names no step of the activation; the step's button does.
    @Test func aLoginWithSharedWordsOnly() {
        let shared = "ログインできません。本パスワードは合ってるはずなんですが"
        #expect(Bundled.triager.triage(shared).results.first?.tree.id == "login-fails")
        let step = "「2要素認証設定を始める」を押したらログイン画面になって、本パスワードを入れても通りません"
        #expect(Bundled.triager.triage(step).results.first?.tree.id == "two-factor-setup-login-fails")
    }

    /// A password told by its characters only («大文字と記号をまぜたのにした») and then forgotten is
    /// the writer's own password forgotten.
    @Test func aPasswordToldByItsCharacters() {
        let ticket = "自分で記号と大文字を入れたのを設定したのですが、どこに記号を入れたのか思い出せず入れません。"
        #expect(Bundled.triager.triage(ticket).facts.contains { $0.key == "password_forgotten" })
    }

    /// A message overlooked («見落として») is no lost device; a setup told as gone well during the
    /// activation ("went fine") is no activation under way.
    @Test func anOverlookAndASetupThatWentFine() {
        #expect(facts("エラーの赤字を見落としていました。「使用不可文字が含まれています」と出ています。")["device_lost"] == nil)
        #expect(facts("スマホを駅で落としました")["device_lost"] == .bool(true))
        #expect(facts("The 2FA setup during activation went fine, but now the code is refused at login.")["activation_done"] == nil)
        #expect(facts("I get an error during activation at the password step.")["activation_done"] == .bool(false))
    }

    /// A change of the registered recovery address wished for is after the activation (P000 L14,
    /// L20): password-change-howto, not the activation's question of which address to enter,
    /// whose premise (activation under way) is gone.
    @Test func theRecoveryAddressToChange() {
        for ticket in ["パスワード再発行用のメールアドレスを変えたいです。前のアドレスは使えなくなりました。",
                       "I would like to update my recovery email, the old provider address is closed now."] {
            #expect(facts(ticket)["activation_done"] == .bool(true), "\(ticket)")
            let results = Bundled.triager.triage(ticket).results
            #expect(results.first?.tree.id == "password-change-howto", "\(ticket)")
            // Clearly first: no close second to ask a separating question about. (Its confidence
            // was 0.915 and 0.98; the tickets learnt since, sampled per entry, move it by a few
            // hundredths: 0.894 once fresh590–597 were in.)
            #expect((results.first?.confidence ?? 0) > 0.85, "\(ticket)")
            #expect(results.dropFirst().allSatisfy { $0.confidence < 0.1 }, "\(ticket)")
        }
        let which = "利用開始手続きのパスワード変更画面です。再発行用のメールアドレスにはどのアドレスを入れればいいですか"
        #expect(facts(which)["activation_done"] != .bool(true))
        #expect(Bundled.triager.triage(which).results.first?.tree.id == "recovery-email-which")
        // The ID's form asked beside an internal progression: the entry for the other ID implies
        // its writer knows the new OMUID (omuid_forgotten false), a premise the ticket takes away.
        let form = Bundled.triager.triage("内部進学で院生になりました。IDは学部の時と同じ形のままでいいんでしょうか。ログインできません").results.first
        #expect(form?.tree.id == "login-fails")
        #expect((form?.confidence ?? 0) > 0.9)
    }

    /// Told in other words: the test named in English beside the app's number (the activation's
    /// last step), a lock feared in Kansai speech («ロックされるんちゃうかと思って»: none told), a
    /// code that "doesn't work anymore" (run out), the ID asked the same as before.
    @Test func toldInOtherWordsAgain() {
        let test = "The last test of the setup: I enter the number from the authenticator and it says wrong each time."
        #expect(facts(test)["activation_step"] == .choice("two_factor_setup"))
        #expect(Bundled.triager.triage(test).results.first?.tree.id == "two-factor-test-fails")
        #expect(facts("My final test is tomorrow and I can't log in to the portal.")["activation_step"] == nil)
        let feared = "パスワード忘れてもうた。何回も打ったらロックされるんちゃうかと思って止めてるねん。どうしたらええ？"
        #expect(facts(feared)["user_admin_locked"] == nil)
        #expect(Bundled.triager.triage(feared).results.first?.tree.id == "password-forgotten")
        let dead = "The confirmation code from the reset mail doesn't work anymore, I opened the mail too late."
        #expect(facts(dead)["code_expired"] == .bool(true))
        #expect(Bundled.triager.triage(dead).results.first?.tree.id == "code-expired")
        let same = "学部から内部進学しました。IDは学部のときと同じでいいのか分かりません。ログインできないです。"
        #expect(facts(same)["omuid_forgotten"] == .bool(true))
        #expect(Bundled.triager.triage(same).results.first?.tree.id == "login-fails")
        #expect(facts("パスワードは前と同じでいいですか")["omuid_forgotten"] == nil)
        // The expiry in kana, and a lock told as a refusal after fumbled sign-ins.
        #expect(facts("確認コードの有効期限がきれてしまいました。")["code_expired"] == .bool(true))
        let fumbled = "The user management page now refuses me after I fumbled the login several times."
        #expect(facts(fumbled)["user_admin_locked"] == .bool(true))
        #expect(Bundled.triager.triage(fumbled).results.first?.tree.id == "password-change-howto")
        // The code's screen left open meanwhile is a long wait, for a code that came by mail.
        for ticket in ["メールで来た確認コードの画面を開きっぱなしにして別のことをしてたら、入れたコードが通らなかった",
                       "I left the tab open and the code from the mail was refused when I typed it."] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
        }
    }

    /// A code told run out, and its sending again asked for: the expiry is the trouble, and
    /// sending again its remedy (P001 L192).
    @Test func anExpiredCodeSentAgain() {
        for ticket in ["確認コード切れた!再送のボタンとかないんですか", "確認ｺｰﾄﾞの期限ぎれ。もう一回送ってもらうには?", "コードが切れちゃった。もう一度送ってもらえる?"] {
            #expect(facts(ticket)["code_expired"] == .bool(true), "\(ticket)")
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "code-expired", "\(ticket)")
        }
        let r = Bundled.triager.triage("確認コードのメールを間違えて消してしまいました。もう一度送ってもらえますか")
        #expect(r.results.first?.tree.id == "code-resend")
    }

    /// An expiry or a lock only feared, to be kept off, is neither told nor evidence.
    @Test func aTroubleOnlyFeared() {
        let mail = "確認コードのメールが来ないのでコードが入力できません。このままだと期限切れになっちゃう…"
        #expect(facts(mail)["code_expired"] == nil)
        #expect(Bundled.triager.triage(mail).results.first?.tree.id == "reset-mail-not-arriving")
        #expect(facts("確認コードの期限が切れてしまうんじゃないかと心配です")["code_expired"] == nil)
        #expect(facts("確認コードの期限が切れてしまいました")["code_expired"] == .bool(true))
        let forgotten = "夏休み明けにログインしようとしたら本パスワードが全く出てきません。ロックされたら困るので途中でやめました。パスワードを忘れた時はどうすれば?"
        #expect(facts(forgotten)["user_admin_locked"] == nil)
        #expect(Bundled.triager.triage(forgotten).results.first?.tree.id == "password-forgotten")
        #expect(DeniedTrouble.ranges(in: TriageText("ロックされたら困るので")).count == 1)
    }

    /// Told in other words: shut out («締め出されました») is a lock; a company phone given to another
    /// worker is handed over (P000 L39 他者に譲渡); the activation finished, a month between.
    @Test func toldInOtherWords() {
        #expect(facts("パスワードがうろ覚えで色々試しているうちに締め出されました")["user_admin_locked"] == .bool(true))
        #expect(facts("my company phone with the authenticator was given to another worker when I moved")["device_lost"] == .bool(true))
        #expect(facts("my new phone was given to me by the office")["device_lost"] == nil)
        // Typed again and again until shut out; a code "lapsed".
        #expect(facts("パスワード変えるほうのシステムで連打してたら使えなくなった")["user_admin_locked"] == .bool(true))
        #expect(facts("何回も試したけど入れません")["user_admin_locked"] == nil)
        #expect(facts("the code in the email had already lapsed by the time he typed it")["code_expired"] == .bool(true))
        let done = "パスワードを忘れたので、仮パスワードをもう一度発行してもらえませんか。利用開始手続きは４月に終わっています。"
        #expect(facts(done)["activation_done"] == .bool(true))
        #expect(Bundled.triager.triage(done).results.first?.tree.id == "password-forgotten")
        #expect(facts("利用開始手続きはまだ終わっていません")["activation_done"] != .bool(true))
    }

    /// The test named beside the app's numbers is the activation's two-factor test, whose entry
    /// covers a one-time password that does not go through (P001: 「ワンタイムパスワードを入力しても
    /// うまくいかない」).
    @Test func theTestBesideTheAppsNumbers() {
        let ticket = "テストのページで、アプリに出てる数字を入れてもはじかれます。何回やってもダメ。"
        #expect(facts(ticket)["activation_step"] == .choice("two_factor_setup"))
        #expect(facts(ticket)["activation_done"] == .bool(false))
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "two-factor-test-fails")
        // A test with no app or number beside it tells no step.
        #expect(facts("来週テストがあるのでポータルに入りたいのですが、ログインできません")["activation_step"] == nil)
    }

    /// A temporary password written in kana and katakana («かりパスワード») is the temporary one.
    @Test func aTemporaryPasswordInKana() {
        let r = Bundled.triager.triage("かりパスワードわすれた 手続きちゅう")
        #expect(r.results.first?.tree.id == "omuid-temp-password-forgotten")
        #expect(r.facts.first { $0.key == "activation_done" }?.value == .bool(false))
        #expect(r.facts.first { $0.key == "password_forgotten" } == nil)
    }

    /// A question the writer puts off for later, or asks in passing, is not the trouble now.
    @Test func aQuestionPutOff() {
        for ticket in ["パスワードを忘れてしまいました。それと、来月スマホを買い替えるので2要素認証の移し方もあとで知りたいです。",
                       "パスワードを忘れてしまい、ついでにお聞きしたいのですが、2要素認証の移し方も教えてください。"] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten", "\(ticket)")
        }
        // From the marker on when asked in passing; the whole sentence when put off.
        let passing = TriageText("パスワードを忘れてしまい、ついでにお聞きしたいのですが、2台に設定できますか。")
        #expect(DeferredAside.ranges(in: passing).map { passing.slice($0) } == ["ついでにお聞きしたいのですが、2台に設定できますか"])
        // An action in passing is not a question put off.
        #expect(DeferredAside.ranges(in: TriageText("ついでにメールアドレスも変えようとしたら、ロックされました。どうすればいいですか。")).isEmpty)
        // A ticket all put off is still about what it asks.
        #expect(DeferredAside.ranges(in: TriageText("急ぎではないのですが、2要素認証は2台に設定できますか")).isEmpty)
        #expect(Bundled.triager.triage("急ぎではないのですが、2要素認証は2台に設定できますか").results.first?.tree.id == "two-factor-multiple-devices")
    }

    /// A trouble told resolved already is set aside as a question put off is: its sentence is no
    /// evidence («…赤字のエラーが何回か出たあと、やっと通りました», "so that's sorted").
    @Test func aTroubleResolvedAlready() {
        for (ticket, tree) in [
            ("確認コードの入ったメールが一向に届きません。ちなみにパスワードの方は赤字のエラーが何回か出たあと、やっと通りました。", "reset-mail-not-arriving"),
            ("Last month the 2FA test page never asked me for a code - turned out I was on campus Wi-Fi, so that's sorted. New problem: my phone got stolen on Saturday.",
             "two-factor-device-lost"),
        ] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == tree, "\(ticket)")
        }
        let text = TriageText("学籍番号がわからなかった件は解決しました。今はパスワード変更の画面で止まっています。")
        #expect(DeferredAside.ranges(in: text).map { text.slice($0) } == ["学籍番号がわからなかった件は解決しました"])
        // Not a trouble that is not resolved.
        #expect(DeferredAside.ranges(in: TriageText("何度やっても解決しません。どうすればいいですか。")).isEmpty)
    }

    /// The activation told as a time gone by is none under way; an expiry named as the trouble
    /// it is not is denied; a class period or a meeting between the mail and the typing is the
    /// code's age past the page's validity; «2ようそ» is two-factor.
    @Test func toldInOtherWordsStill() {
        #expect(facts("2FA login fails every time. I set it up during activation and it worked back then.")["activation_done"] == nil)
        #expect(facts("I'm in the middle of the activation and the 2FA test fails.")["activation_done"] == .bool(false))
        let denied = Bundled.triager.triage("再設定メールが来ないので確認コードが入れられない状態です。期限切れとかではなく、そもそもメールが来てません。")
        #expect(denied.results.first?.tree.id == "reset-mail-not-arriving")
        for ticket in ["確認コード入れたらエラーになった。メール来たのは昼休み、入れたのは4限のあと。数字はあってる。なんで?",
                       "確認コードのメールが届いたのが昼休み前で、入力したのは午後の会議のあとです。正しく入れたのに先に進めません。"] {
            let r = Bundled.triager.triage(ticket)
            #expect(r.facts.contains { $0.key == "code_age_minutes" || ($0.key == "code_expired" && $0.value == .bool(true)) }, "\(ticket)")
            #expect(r.results.first?.tree.id == "code-expired", "\(ticket)")
        }
        // Not of the authenticator's numbers.
        #expect(facts("アプリの数字を4限のあとに入れたら通りませんでした")["code_expired"] == nil)
        #expect(Bundled.triager.triage("2ようそ認証でログインできへん。").results.first?.tree.id == "two-factor-login-fails")
    }

    /// A phone given back to the employer or a lessor, the authenticator on it, is handed over
    /// (P000 L39); working until lately tells the activation done; the page's own words for the
    /// lock («ログイン不可») after wrong passwords tell it.
    @Test func givenBackWorkingUntilLatelyAndTheLocksOwnWords() {
        let returned = "We returned our company-issued phones last week, and mine still had the OMU authenticator registered. How can I move 2FA to my new phone?"
        #expect(facts(returned)["device_lost"] == .bool(true))
        #expect(Bundled.triager.triage(returned).results.first?.tree.id == "two-factor-device-lost")
        #expect(facts("I returned to the login page and typed it again.")["device_lost"] == nil)
        let lately = "ワンタイムパスワードの入力画面で、コードを入力しても正しくないみたいな表示が出て進めません。スマホは替えてないです。先週までは大丈夫でした。"
        #expect(facts(lately)["activation_done"] == .bool(true))
        #expect(Bundled.triager.triage(lately).results.first?.tree.id == "two-factor-login-fails")
        // A step of the activation gone through is no activation done.
        #expect(facts("OMUIDと仮パスワードの確認画面までは大丈夫でした。そのあとログイン画面で弾かれます。")["activation_done"] != .bool(true))
        #expect(facts("I tried to get into the site where you change your password, got the password wrong several times, and now it just says login is not possible.")["user_admin_locked"] == .bool(true))
    }

    /// Troubles denied in a list («なくしたり人に渡したりはしていません»), in «…もいない», or only feared
    /// at a clause's end («…が見られないと困ります») are no evidence; a phone still powered on and
    /// usable is at hand; "still no reset email" is the mail missing.
    @Test func deniedInAListOrOnlyFeared() {
        let list = "アプリを間違えて消してしまいました。スマホ自体は同じもので、なくしたり人に渡したりはしていません。2要素認証を設定しなおしたいです。"
        #expect(facts(list)["device_lost"] != .bool(true))
        #expect(Bundled.triager.triage(list).results.first?.tree.id == "two-factor-reset")
        let text = TriageText("スマホは同じで、なくしたり人に渡したりはしていません。")
        #expect(DeniedTrouble.ranges(in: text).map { text.slice($0) } == ["なくしたり人に渡したりはしていませ"])
        #expect(Bundled.triager.triage("2段階認証でログインできません。スマホは機種変してないし、なくしてもいないです。").results.first?.tree.id == "two-factor-login-fails")
        let feared = TriageText("先生は学外で会議が多く、ワンタイムパスワードが見られないと困るとおっしゃっています。")
        #expect(DeniedTrouble.ranges(in: feared).map { feared.slice($0) } == ["ワンタイムパスワードが見られないと困る"])
        // What has happened is no fear.
        #expect(DeniedTrouble.ranges(in: TriageText("ワンタイムパスワードが見られなくて困っています。")).isEmpty)
        #expect(facts("旧端末は研究室の机に置いてあり、まだ電源も入って使える状態です。")["device_lost"] == .bool(false))
        #expect(facts("前のiPhoneもまだ使える状態。認証アプリどう移す?")["device_lost"] == .bool(false))
        #expect(facts("学部のときのアカウントもまだ使える状態だと伺っております。")["device_lost"] == nil)
        // Only asked whether it counts as lost, the old phone at home.
        let counts = "機種変更しました。紛失扱いで再発行したほうがいいですか?前のスマホは家にあって使えます。"
        #expect(facts(counts)["device_lost"] == .bool(false))
        #expect(Bundled.triager.triage(counts).results.first?.tree.id == "two-factor-new-device")
        #expect(ResetMailMissing.told(in: TriageText("Still no reset email. There's nothing in my inbox at all.")))
        // An expiry or a lock only worried about.
        let worried = "確認コードが届かないので、このままだと有効期限が切れるんじゃないかと心配です。メールが来ないのですがどうしたら良いですか。"
        #expect(facts(worried)["code_expired"] == nil)
        #expect(Bundled.triager.triage(worried).results.first?.tree.id == "reset-mail-not-arriving")
        #expect(facts("何度やってもエラーになります。ロックされないか心配です。")["user_admin_locked"] == nil)
        // A loss inside its denial is none; a mail of yesterday is the code's age far past.
        let removed = "I accidentally removed the OMUID entry from my authenticator app. Same phone as before, nothing lost or stolen. How do I set it up again?"
        #expect(facts(removed)["device_lost"] == .bool(false))
        #expect(Bundled.triager.triage(removed).results.first?.tree.id == "two-factor-reset")
        #expect(facts("code from the email not accepted. got it yesterday evening, tried it this morning.")["code_expired"] == .bool(true))
        // «思い出せなくなりました» is a forgetting.
        #expect(Bundled.triager.triage("自分で決めたOMU認証のパスワードを思い出せなくなりました。").facts.first { $0.key == "password_forgotten" }?.value == .bool(true))
    }

    /// The mail found late in the junk folder, the code then refused: the wait is the code's age,
    /// and the junk folder no evidence of a mail that never came. A ticket whose words are all set
    /// aside is still ranked on them.
    @Test func theMailFoundLateInJunk() {
        let late = "the code in the email does not work. i waited maybe 15 minutes because the mail went to junk folder first. please help"
        #expect(facts(late)["code_age_minutes"] == .number(15))
        #expect(Bundled.triager.triage(late).results.first?.tree.id == "code-expired")
        // A wait for a mail that never came is no code's age.
        #expect(facts("I waited 30 minutes for the reset mail, checked the junk folder, and the code still has not arrived.")["code_age_minutes"] == nil)
        for ticket in ["ｺｰﾄﾞ期限切れになった～～ 迷惑ﾒｰﾙﾌｫﾙﾀﾞに入ってて見つけるのに時間かかったんよ😂 あのｺｰﾄﾞもう使えへんの？",
                       "ロックされたら困るので", "期限切れとかではなく、なくしたりもしていません"] {
            #expect(!Bundled.triager.triage(ticket).results.isEmpty, "\(ticket)")
        }
    }

    /// A forgetting in words the knowledge lists as people type them: a long vowel typed as a
    /// hyphen in romaji («pasuwa-do»), Tohoku's «忘れで», "zero idea what it was"; and a
    /// temporary password asked back is the one the forgotten password replaced.
    @Test func forgettingsAsTyped() {
        for ticket in ["pasuwa-do wo wasurete shimaimashita. dou sureba ii desu ka", "OMUのパスワード忘れでしまったんだども、どうすればいいべか",
                       "I changed my password last year and I have zero idea what it was now.", "The main thing is I don't know what my current password is anymore.",
                       "The page says my password is wrong. I'm not sure anymore which one I set, I've simply forgotten it.", "パスワードを忘れたので、最初の仮パスワードに戻してほしいです"] {
            let r = Bundled.triager.triage(ticket)
            #expect(r.facts.first { $0.key == "password_forgotten" }?.value == .bool(true), "\(ticket)")
            #expect(r.results.first?.tree.id == "password-forgotten", "\(ticket)")
        }
        #expect(Bundled.triager.triage("setto appu ki- wo haritsuketara, sono ki- wa tsukaenai to iwaremashita").results.first?.tree.id == "setup-key-invalid")
    }

    /// An entry of both pages that implies a side is that side's: password-reset-error and
    /// two-factor-duplicate-entries (after activation; during it the same advice is the test's,
    /// P001 L259) count less when the ticket tells activation under way.
    @Test func anEntryOfBothPagesImpliesItsSide() throws {
        let reset = try #require(Bundled.knowledge.tree("password-reset-error")?.tree)
        let duplicates = try #require(Bundled.knowledge.tree("two-factor-duplicate-entries")?.tree)
        #expect(Triager.pagePrior(reset, activationDone: false, weight: 0.6, conflict: 0.3) == 0.3)
        #expect(Triager.pagePrior(reset, activationDone: true, weight: 0.6, conflict: 0.3) == 1)
        #expect(Triager.pagePrior(duplicates, activationDone: false, weight: 0.6, conflict: 0.3) == 0.3)
        #expect(Triager.pagePrior(duplicates, activationDone: true, weight: 0.6, conflict: 0.3) == 1)
        let r = Bundled.triager.triage("利用開始手続き中です。新しいパスワードを決めたら、使えない文字が入っているとエラーになりました")
        #expect(r.results.first?.tree.id == "password-change-error")
    }

    /// The first setting-up told as finished is activation done, not under way; not finishing is.
    @Test func aFinishedFirstSetUpIsActivationDone() {
        #expect(facts("最初の設定はとっくに終わってるで")["activation_done"] == .bool(true))
        #expect(facts("初回の手続きは済んでいます")["activation_done"] == .bool(true))
        #expect(facts("手続きは入学したときちゃんと終わらせてる")["activation_done"] == .bool(true))
        #expect(facts("利用開始手続きを終わらせようとしたらエラーが出た")["activation_done"] == nil)
        #expect(facts("最初の設定がなかなか終わらない")["activation_done"] == .bool(false))
        #expect(facts("利用開始手続き中にエラーが出ました")["activation_done"] == .bool(false))
        // A procedure under way that is named another is not the activation.
        #expect(facts("手続き中にエラーが出ました")["activation_done"] == .bool(false))
        #expect(facts("パスワードを忘れたので再設定の手続きをしているのですが")["activation_done"] == nil)
        #expect(facts("パスワード再発行の手続き中です")["activation_done"] == nil)
    }

    /// A lock only feared, wondered about, kept off, asked about or denied is no lock told; a lock
    /// whose message the ticket says never showed is not known; "locked out of everything" is
    /// kept from signing in, not a lock. Mistyped again and again until shut out, it is one.
    @Test func aLockFearedOrOnlySupposed() {
        for ticket in ["これ以上やるとロックされそうなので手を止めました", "これ以上続けるとロックがかかりそうで怖い", "ロックされるのが怖くて今は触らせていません",
                       "アカウントロックにならないうちに手順を確認させてください", "ロックがかかったのではなく、パスワードそのものが思い出せない",
                       "アカウントロックかな?と思って焦ったんですが", "たぶんアカウントロックされたと思うので解除おねがいします", "forgot my password. is my account locked now??",
                       "I'm locked out of everything - portal, mail, the class site", "forgot my password so I'm locked out of Teams and the portal",
                       "アカウントロックの解除をお願いします。ロックという表示は特に出ていません。", "Please unlock my account. I haven't seen any lock message, it just says the password is wrong.",
                       "ロックされたのかと思いましたが、特にそのような表示は出ず、IDかパスワードが違うという表示になります"] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
        for ticket in ["Why is my account locked?", "利用者管理システムで何度か打ち間違えて、今は正しいパスワードを入れても入れなくなりました",
                       "I failed maybe 8 times and now that page won't take anything", "何回もミスって入れなくなった", "ロックされたっぽいです",
                       "locked out of the user management system", "now the system shows an account lock"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        #expect(facts("アカウントロックとかではなく、単純に覚えてないだけです")["user_admin_locked"] == nil)
        for ticket in ["The site where I change my OMU password refuses me now - I think I hit the failed login limit after mistyping",
                       "パスワードを思い出しながら何回も試していたら、最後は正しいはずのパスワードでもはじかれるようになってしまいました"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        // Denied just after, a few kana between; not past a kanji, whose own word it denies.
        #expect(facts("内部進学ではなく他大学から来ました")["has_other_omuid"] == nil)
        #expect(facts("利用開始手続きの2要素認証設定でセットアップキーを手打ちじゃなくコピペしたのに")["activation_step"] == .choice("two_factor_setup"))
        // Only asked to be lifted: so marked, for a forgotten password beside it to decide.
        #expect(extractor.extract(TriageText("please unlock my account"), raw: "please unlock my account").first { $0.key == "user_admin_locked" }?.onlyAsked == true)
        #expect(extractor.extract(TriageText("my account got locked, please unlock it"), raw: "my account got locked, please unlock it").first { $0.key == "user_admin_locked" }?.onlyAsked == false)
    }

    /// The campus wireless by other names; a wipe only thought done is a guess.
    @Test func theCampusWirelessAndAWipeThoughtDone() {
        for ticket in ["大学の無線使ってます", "キャンパスのWi-Fiでやってる", "I'm using the school wifi in the student lounge"] {
            #expect(facts(ticket)["on_campus_network"] == .bool(true), "\(ticket)")
        }
        #expect(facts("旧スマホをメルカリで売っちゃいました。初期化したつもりだったけど")["device_lost"] == .bool(true))
        #expect(facts("Our lab's shared tablet, which I had also used for two-factor, has disappeared from the lab")["device_lost"] == .bool(true))
        // A wipe taken back as a guess after it, past the sentence's end.
        #expect(facts("I sold my old Android phone last weekend. I factory reset it... at least I think so, I'm not 100% sure.")["device_lost"] == .bool(true))
    }

    /// A lock told in kana or romaji, as people learning Japanese write.
    @Test func aLockInKanaOrRomaji() {
        for ticket in ["りようしゃかんりしすてむ ろっくされた", "riyousha kanri system de rokku saremashita", "password wo machigaete lock saremashita"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
    }

    /// An unlock asked for, or too many failed sign-ins, tells the lock; a denied one does not.
    @Test func aLockToldByItsUnlockOrItsFailedAttempts() {
        for ticket in ["Is there a way to get my OMUID unlocked?", "please unlock my account", "too many failed attempts and now I can't get in",
                       "ロック解除をお願いします", "my OMUID is locked", "アカウントが凍結されました", "「凍結」っぽいメッセージが出てます", "my account is frozen"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        for ticket in ["My account is not locked, I just forgot the password", "The old phone has been lost"] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
        #expect(facts("The device has been lost")["device_lost"] == .bool(true))
        // Gone and never found again.
        for ticket in ["my old one disappeared at a festival", "My phone vanished on the train", "my phone fell out somewhere at a festival and never turned up",
                       "電車でスマホ盗られました", "スマホすられてもうた", "My phone was pickpocketed", "Dropped my phone off a boat"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("The OMU entry disappeared from the app")["device_lost"] == nil)
        // A computer or a tablet is a device too (「端末(スマートフォンやPCなど)を紛失して」), and so is the
        // bag that held it.
        for ticket in ["left my laptop on the train", "My iPad was stolen at the station", "my backpack was stolen with everything in it",
                       "My スマホ disappeared during the move"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        // Dead for good, as the entry's keywords tell it (水没, 電源が入らな, 故障); a dead battery,
        // or a broken camera, is not.
        for ticket in ["Phone went through the washing machine, completely dead", "スマホが壊れて電源が入らなくなりました", "my phone broke completely"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        for ticket in ["My phone died halfway through the activation", "the camera on my phone is broken"] {
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
        // At the bottom of the water; lost, as a second-language writer puts it.
        for ticket in ["My phone is now somewhere at the bottom of the bay", "it went overboard and is now at the bottom of the sea",
                       "スマホは今ごろ海の底です", "I lose my smartphone in the train yesterday"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        for ticket in ["The cancel button is at the bottom of the page", "What should I do if I lose my phone?"] {
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
        // Carried off by the water.
        for ticket in ["海でスマホ流してもうてん", "スマホごと波にさらわれました", "スマホが川に流されてしまいました"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        // Wiped only as a guess does not tell the phone is clean (P000 L39); said plainly, it does.
        let guessed = "Sold my old Pixel last week and never removed the authenticator (I think I did a factory reset, but I'm not 100% sure). New phone now."
        #expect(facts(guessed)["device_lost"] == .bool(true))
        #expect(facts("初期化したはずですが、古いスマホは売りました")["device_lost"] == .bool(true))
        #expect(facts("I did a factory reset before I traded it in")["device_lost"] == .bool(false))
        #expect(facts("I did a factory reset before I traded in my phone")["device_lost"] == .bool(false))
        // Given away, told without a verb of giving or with the phone inside the verb; lost and also wiped, still lost.
        for ticket in ["My old iPhone went to my younger sister last month", "I traded the old one in at the carrier shop"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("I lost my phone, though I had wiped it remotely")["device_lost"] == nil)
        // Wiped after it was given away: it left with the authenticator on it (the sentence that
        // gives the old phone away tells it, the wipe after it does not take it back).
        #expect(facts("I gave my old phone to my brother and he factory reset it later")["device_lost"] == .bool(true))
        // Left somewhere and not found again; left at home is not lost.
        for ticket in ["電車にスマホ忘れて、駅に問い合わせたけど出てこない", "I left my phone on the bus and it never turned up",
                       "I went back but couldn't find it. The authenticator was on that phone only"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("スマホを家に忘れたのでワンタイムパスワードが出てこない")["device_lost"] == nil)
        #expect(facts("Sumaho wo densha no naka ni oite kite shimatte, eki ni toiawasete mo dete kimasen")["device_lost"] == .bool(true))
        // Smashed, drowned, dead in Kansai speech; returned to the employer that owned it.
        for ticket in ["スマートフォンが粉々になってしまいました", "phone screen smashed & totally dead", "スマホも水に浸かって電源入らへんのです",
                       "My previous lab phone had to be returned when that contract ended"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        // Shut out after trying again and again, told in speech.
        for ticket in ["何度かログインを試みたところ、途中から正しいパスワードを入れても一切入れなくなった", "何回も間違えたからアカンようになったんかな?"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        #expect(facts("By the time I type it in, the code isn't accepted any more.")["code_expired"] == .bool(true))
        // The one-time password's screen told by what is typed in it, and never reached.
        #expect(facts("テストで数字を入れる画面にならない")["otp_screen_shown"] == .bool(false))
        #expect(facts("wantaimu pasuwaado wo ireru gamen ga dete konai desu")["otp_screen_shown"] == .bool(false))
        for ticket in ["On the 2FA test page I never get asked for the one-time password, it just logs me in", "2段階認証のテストをしたら、数字を聞かれずにそのまま入れてしまいました"] {
            #expect(facts(ticket)["otp_screen_shown"] == .bool(false), "\(ticket)")
        }
        #expect(facts("数字を入れる画面は出ましたが、弾かれます")["otp_screen_shown"] == nil)
        // Lost, said of "it", only when the ticket names a device; a Japanese name in an English headline.
        #expect(facts("I archived the mail with the code and can't find it anywhere")["device_lost"] == nil)
        #expect(facts("My phone fell out of my bag on the bus and I can't find it anywhere")["device_lost"] == .bool(true))
        #expect(facts("スマホ lost in Kyoto on Sunday, didn't come back")["device_lost"] == .bool(true))
        // Stolen in slang; into the water with a splash.
        for ticket in ["phone got nicked at a club last night", "スマホ海にボチャンいってもうて"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        // Gone into the water, whatever its name; a river or a driver in a sentence of other things is not.
        for ticket in ["So my phone went into the Yodo river during a BBQ", "My iPhone fell into Lake Biwa while kayaking",
                       "it slipped into the toilet", "my smartphone drop in river in Kyoto during hanami"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        for ticket in ["I need a new phone, my driver went into the shop", "I live by the river and the Wi-Fi fell in and out",
                       "I went into the office to research it"] {
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
        // At hand is the old device's only when its clause does not name the new one.
        #expect(facts("古いスマホをなくしてしまいました。新しい機種はもう手元にあるのですが")["device_lost"] == .bool(true))
        #expect(facts("古いスマホはまだ手元にあります")["device_lost"] == .bool(false))
        #expect(facts("新しいスマホは手元にあります")["device_lost"] == nil)
    }

    /// Shut out after failing again and again is the page's lock (「ログインの失敗回数が一定数を超えると
    /// アカウントロックが発生し」), told in one sentence; failing and then getting in is not.
    @Test func aLockToldByFailingUntilShutOut() {
        for ticket in ["パスワード変更のログインで5回くらい失敗したら、正しいパスワードを入れても入れなくなりました",
                       "何度も間違えたらログインできなくなった", "I failed several times and now it won't let me in anymore"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        // The student number system's lock is another system's (「1度学籍番号を確認するとアカウントがロック」).
        for ticket in ["何回か間違えたけど、最後は入れました", "5回失敗しました。パスワード変更画面に入れなくなったのはその前からです",
                       "I failed several times, then it worked", "学籍番号確認システムで何度も間違えたら入れなくなりました",
                       "学籍番号の確認ページ、2回目に開こうとしたらロックかかってました"] {
            #expect(facts(ticket)["user_admin_locked"] == nil, "\(ticket)")
        }
        // A lock told without its particle, or as it looked (「…みたい」 is no wish, as 「…たい」 is).
        for ticket in ["失敗しすぎてロックかかりました…", "「ロックされました」みたいな表示が出て、もう受け付けてくれません", "アカウントがロックされたみたいです",
                       "I kept guessing and now it's locked", "I just need the lock removed"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        #expect(facts("古い方は下取りに出したいです")["device_lost"] == nil)
    }

    @Test func writerAndStep() {
        #expect(facts("新入生です")["affiliation"] == .choice("student"))
        #expect(facts("委託業者の者です")["affiliation"] == .choice("contractor"))
        #expect(facts("セットアップキーを貼ると")["activation_step"] == .choice("two_factor_setup"))
        // The buttons' names typed without the particle, or in kana.
        #expect(facts("パスワード変更始めるボタンのあとのログインで弾かれる")["activation_step"] == .choice("password_change"))
        #expect(facts("2要素認証設定はじめるを押したら")["activation_step"] == .choice("two_factor_setup"))
        // Activated long ago, in the words people use; not when it has not happened.
        #expect(facts("Getting an error when I change my password (activation was done long ago)")["activation_done"] == .bool(true))
        #expect(facts("I activated my account two years ago")["activation_done"] == .bool(true))
        #expect(facts("I haven't activated my account yet")["activation_done"] == nil)
        // Activated last year, in romaji.
        #expect(facts("nyuugaku no tetsuzuki wa kyonen owatte masu")["activation_done"] == .bool(true))
        #expect(facts("利用開始手続きの途中です")["activation_done"] == .bool(false))
        #expect(facts("手続きはとっくに終わってる")["activation_done"] == .bool(true))
    }

    @Test func conflictingCuesTellNothing() {
        #expect(facts("手続きの途中です。去年はできたのに")["activation_done"] == nil)
    }

    @Test func deviceAndTimes() {
        #expect(facts("スマホを紛失しました")["device_lost"] == .bool(true))
        // Given away with the authenticator on it (knowledge-index: "lost or given away").
        for ticket in ["古いスマホは下取りに出しました", "前のiPhoneは売ったので手元にない", "I sold my old phone last week", "the old one was traded in at the shop",
                       "I misplaced my phone yesterday", "スマホを電車に置き忘れました", "my work phone has gone missing", "スマホが見つからないんです",
                       "前の携帯は行方不明です", "phone fell into the sea, gone for good", "スマホが水没しました", "I gave my old iPhone to my brother",
                       "前のスマホは弟にあげました", "前のAndroid、メルカリで売ってもうた", "I left my phone in a taxi, its gone", "I left my phone at a restaurant and it's gone",
                       "Old phone sold on Mercari last weekend", "my old iPhone was sold with everything on it"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("I haven't sold my old phone yet")["device_lost"] == nil)
        // Taken by a pickpocket, returned to a leasing carrier.
        #expect(facts("海外出張中にスリに遭い、携帯電話ごと持っていかれました")["device_lost"] == .bool(true))
        #expect(facts("My carrier contract ended and I returned the leased handset to them")["device_lost"] == .bool(true))
        // The old phone given, recycled or lost in other words, whatever stands between.
        for ticket in ["a student gave her old phone, with the authenticator app still installed, to a friend", "弟に古いスマホあげたんやけど、認証アプリ入ったままやった",
                       "my old phone went to the recycle box at the carrier shop", "The company phone that had the authenticator on it has been lost",
                       "I dropped my smartphone in the river"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("My old phone hasn't been lost, it is in my drawer")["device_lost"] != .bool(true))
        // A plan has not happened yet: the old phone is still there.
        for ticket in ["iPhoneからAndroidに乗り換えた。古い方は下取りに出す予定", "古いスマホは下取りに出したいのですが", "下取りに出す前に移行したい",
                       "I'm going to trade-in the old phone next week", "we will trade-in the old one"] {
            #expect(facts(ticket)["device_lost"] == nil, "\(ticket)")
        }
        #expect(facts("旧端末は下取りに出さず手元に残す予定です")["device_lost"] == .bool(false))
        // Left behind with any name for the phone; a wipe that never happened keeps nothing.
        for ticket in ["I left my smartphone in a taxi and it was never returned", "left my iPhone on the train",
                       "I sold my old one on a flea-market app, never wiped it"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("I left my phone at home today")["device_lost"] == nil)
        #expect(facts("下取りに出したので新しいスマホに移したい")["device_lost"] == .bool(true))
        #expect(facts("Before I lost my phone I had set up the app on it")["device_lost"] == .bool(true))
        // In romaji, as typed without Japanese input; the phone named with "the"; theft; given away, in speech;
        // a headline ("Phone lost."); a phone in a river.
        for ticket in ["sumaho wo nakushita", "sumaho wo nakushite shimaimashita", "keitai wo otoshimashita", "I lost the smartphone I registered", "出張先でスマホの盗難にあいました",
                       "古いスマホ、妹にあげてもうた", "前の携帯は友達にあげちゃった", "Phone lost. I had 2FA on it", "my phone fell in the river, it's dead"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        // The old one in hand, or wiped before it was traded in: the authenticator is not out there.
        #expect(facts("古いスマホはまだ手元にあります")["device_lost"] == .bool(false))
        #expect(facts("前のAndroidは家にある")["device_lost"] == .bool(false))
        #expect(facts("設定画面が見つからない")["device_lost"] == nil)
        #expect(facts("the code input field is missing on the page")["device_lost"] == nil)
        #expect(facts("I still have the old phone")["device_lost"] == .bool(false))
        #expect(facts("I've kept the old one at home as it is")["device_lost"] == .bool(false))
        #expect(facts("my old Pixel, which had the authenticator app, went off with my former flatmate")["device_lost"] == .bool(true))
        #expect(facts("My daughter upgraded her phone (she kept the old one, it's just sitting at home)")["device_lost"] == .bool(false))
        #expect(facts("古いスマホは初期化して下取りに出しました")["device_lost"] == .bool(false))
        // Not sure it was wiped: nothing says it is safe.
        #expect(facts("前のAndroid、メルカリで売ってもうた。初期化したかも覚えてへん")["device_lost"] == .bool(true))
        #expect(facts("古いスマホを初期化したかどうか分かりません")["device_lost"] == nil)
        // The university's networks named by the place.
        for ticket in ["研究室のWi-Fiにつないでいます", "I'm in the library using the university wifi", "My office PC is on the university network",
                       "図書館のWi-Fiで利用開始手続きしてて"] {
            #expect(facts(ticket)["on_campus_network"] == .bool(true), "\(ticket)")
        }
        // Not the university's going on, nor its net procedures.
        for ticket in ["My previous university will shut down my old address", "大学のネットの手続きが進められません",
                       "No email from the university with the code"] {
            #expect(facts(ticket)["on_campus_network"] == nil, "\(ticket)")
        }
        // A doubted place is not a denied one.
        #expect(facts("学内かどうか分からないけどWi-Fiにはつないでます")["on_campus_network"] != .bool(false))
        // Left at home for the day is not lost.
        #expect(facts("I left my phone at home today")["device_lost"] == nil)
        // A negation is the cue's own only in the cue's clause: a later verb's denies nothing.
        #expect(facts("利用者管理システムでロックされてログインできません")["user_admin_locked"] == .bool(true))
        #expect(facts("ロックされて、ログインできません")["user_admin_locked"] == .bool(true))
        #expect(facts("I'm locked out and can't log in")["user_admin_locked"] == .bool(true))
        #expect(facts("スマホを紛失して 学外からログインできません")["device_lost"] == .bool(true))
        #expect(facts("ロックされていないはずです")["user_admin_locked"] == nil)
        #expect(facts("ロックされてません")["user_admin_locked"] == nil)
        #expect(facts("スマホを紛失してはいません")["device_lost"] == nil)
        #expect(facts("旧端末は下取りに出さず手元に残す予定です")["device_lost"] == .bool(false))
        // Left behind with any name for the phone; a wipe that never happened keeps nothing.
        for ticket in ["I left my smartphone in a taxi and it was never returned", "left my iPhone on the train",
                       "I sold my old one on a flea-market app, never wiped it"] {
            #expect(facts(ticket)["device_lost"] == .bool(true), "\(ticket)")
        }
        #expect(facts("I left my phone at home today")["device_lost"] == nil)
        #expect(facts("古いスマホは下取りに出さないつもりです")["device_lost"] == nil)
        // The student number system's lock is not the user management system's.
        #expect(facts("学籍番号確認システムでもう一回見ようとしたらロックされてて入れません")["user_admin_locked"] == nil)
        #expect(facts("確認コードは10分前に届いた")["code_age_minutes"] == .number(10))
        #expect(facts("the code came 7 minutes ago")["code_age_minutes"] == .number(7))
        #expect(facts("確認コードのメールは2時間前に来ました")["code_age_minutes"] == .number(120))
        #expect(facts("it's been like an hour since I got the code")["code_age_minutes"] == .number(60))
        // «くらい» and «ぐらい» before the passing, "min" for minutes.
        #expect(facts("確認コードのメールが来てから30分くらいたって入力しました")["code_age_minutes"] == .number(30))
        #expect(facts("メールが来てから15分ぐらい経ってから入れました")["code_age_minutes"] == .number(15))
        #expect(facts("When it finally came I typed the code 25 min later")["code_age_minutes"] == .number(25))
        #expect(facts("The mail with code came but I was in class, after 1 hour I put the code")["code_age_minutes"] == .number(60))
        #expect(facts("after 20 minutes of waiting I entered the code")["code_age_minutes"] == .number(20))
        // A time in a ticket that names no code nor mail is no code's age.
        #expect(facts("after 20 minutes of waiting I entered it")["code_age_minutes"] == nil)
        #expect(facts("the login rejects the new password I set 5 minutes ago")["code_age_minutes"] == nil)
        #expect(facts("Waiting for the one-time password by text message. Nothing after 10 minutes.")["code_age_minutes"] == nil)
        #expect(facts("It said a mail had been sent, but nothing has arrived after 40 minutes.")["code_age_minutes"] == nil)
        #expect(facts("反映待ちって出てから10分くらい経つけど変わらない")["pending_minutes"] == .number(10))
        #expect(facts("未変更・反映待ちのまま 8分前から")["pending_minutes"] == .number(8))
        #expect(facts("反映待ちになって15分経つ")["pending_minutes"] == .number(15))
    }

    /// A sentence with the one-time password, its input screen and "does not appear", in any
    /// words and order, tells the screen is missing; the code missing from the app, or a screen
    /// that appears, does not.
    @Test func aMissingOTPScreenInOwnWords() {
        for ticket in [
            "The screen where you type the one-time password doesn't show up.",
            "I never get to the OTP input screen, it goes straight back.",
            "ワンタイムパスワードを入力する画面がいつまでたっても出てきません。",
            "テストページでワンタイムパスワードの入力欄が表示されないです",
            "no otp screen during 2fa test",
            "番号を入力する画面にたどり着けません。",
            "にようそにんしょう の てすと で がめんがでません",
            // In romaji, as typed without Japanese input.
            "wantaimu pasuwaado no nyuuryoku gamen ga dete kimasen.",
            // The password's own screen.
            "2要素認証のテストでワンタイムパスワードの画面が出てきません",
            "the one-time password screen never appears in the 2FA test",
            "2youso ninshou no tesuto de wan taimu pasuwaado no gamen ga dete kimasen",
        ] {
            #expect(facts(ticket)["otp_screen_shown"] == .bool(false), "\(ticket)")
        }
        for ticket in [
            "The one-time password doesn't show in the app.",
            "アプリにワンタイムパスワードが表示されません。",
            "The OTP input screen appears but the code does not work.",
            "The one-time password screen is fine. The page where I log in doesn't show my name.",
            "The OTP input screen doesn't show an error, it just rejects the code.",
            "wantaimu pasuwaado ga todoite kimasen.",
        ] {
            #expect(facts(ticket)["otp_screen_shown"] == nil, "\(ticket)")
        }
    }
}

/// The stretches of `ticket` that `ranges` finds, as text.
private func slices(_ ticket: String, _ ranges: (TriageText) -> [Range<Int>]) -> [String] {
    let text = TriageText(ticket)
    return ranges(text).map { text.slice($0) }
}

@Suite struct RankingTests {
    /// A ticket in romaji is read as Japanese where the knowledge can: its synonyms as their
    /// groups' Japanese, its particles as kana, without the spaces between; a group led by a
    /// Latin name (OMUID) stays as written. English is not read so.
    /// Having no address at all is recovery-email-none, however it is said (P001 L145
    /// 「メールアドレスを持っていない場合」): "has never had an email address of his own".
    @Test func noAddressAtAll() {
        let ticket = "My father is doing the account activation. He has never had an email address of his own. What should he enter for the recovery address?"
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "recovery-email-none")
    }

    /// A forgetting only supposed and taken back is no forgotten password: the lock the trying
    /// caused is the matter; a forgetting never taken back stays one.
    @Test func aForgettingTakenBack() {
        let triager = Bundled.triager
        for ticket in [
            "パスワード忘れたかもと思って、思いつくのを片っ端から利用者管理システムに入れてたらロックかかりました。そのあとちゃんと思い出したんですけど、もう入れません。",
            "I thought I'd forgotten my password and tried a few in the user management system; now it's locked. I remembered the right one later but it still won't let me in.",
        ] {
            #expect(triager.triage(ticket).results.first?.tree.id == "password-change-howto", "\(ticket)")
        }
        #expect(triager.triage("パスワード忘れたかもと思って色々試しています。リセット方法を教えてください").results.first?.tree.id == "password-forgotten")
        // A forgetting told as a fact, then plainly over.
        let over = "I forgot which password I used, so I kept guessing in the user management system and now it's locked. I remember it now, I just need the lock removed."
        #expect(triager.triage(over).results.first?.tree.id == "password-change-howto")
        #expect(triager.triage("I forgot my password. I remember it had my dog's name in it.").results.first?.tree.id == "password-forgotten")
        let text = TriageText("パスワード忘れたかもと思って試したけど、思い出しました")
        let forgetting = triager.forgetting!
        let matches = triager.phrases.matches(in: text).synonyms.filter { $0.payload == forgetting }.map(\.range)
        #expect(SupposedForgetting.ranges(matches, in: text).map { text.slice($0) } == ["パスワード忘れた"])
        // Supposed, beside the password the writer always uses: still a guess.
        let usual = TriageText("パスワードを忘れたのかもしれませんが、いつも使っているものを入れています")
        let forgot = triager.phrases.matches(in: usual).synonyms.filter { $0.payload == forgetting }.map(\.range)
        #expect(SupposedForgetting.ranges(forgot, in: usual).map { usual.slice($0) } == ["パスワードを忘れた"])
        let plain = TriageText("パスワードを忘れたかもしれません。リセットしたいです")
        #expect(SupposedForgetting.ranges(triager.phrases.matches(in: plain).synonyms.filter { $0.payload == forgetting }.map(\.range), in: plain).isEmpty)
    }

    /// A trouble the ticket denies is not evidence of it: the code "shouldn't have expired", the
    /// phone "I haven't lost".
    @Test func aDeniedTroubleIsSetAside() {
        let triager = Bundled.triager
        let buried = "Can I have the confirmation code sent again? I archived the mail by mistake. It came two minutes ago, so it shouldn't have expired yet."
        #expect(triager.triage(buried).results.first?.tree.id == "code-resend")
        #expect(triager.triage("The confirmation code has expired. What now?").results.first?.tree.id == "code-expired")
        #expect(!DeniedTrouble.ranges(in: TriageText("I'm locked out! Well, not really locked, I just can't remember the password")).isEmpty)
        let text = TriageText("I haven't lost my phone and the code isn't expired. 期限切れではないと思います")
        #expect(DeniedTrouble.ranges(in: text).map { text.slice($0) } == ["n't lost my", "n't expired", "期限切れではな"])
        #expect(DeniedTrouble.ranges(in: TriageText("I lost my phone and the code expired")).isEmpty)
    }

    /// A forgetting that started a reset whose mail never came is background: the missing mail
    /// is the trouble (P001 「パスワード再設定通知メールが届かない」). Told alone, it is the forgetting.
    @Test func aResetMailThatNeverCame() {
        let triager = Bundled.triager
        #expect(triager.triage("パスワード忘れたので再設定しようとしたんですが、メールが全然来ません。ドコモのメールを登録したと思います").results.first?.tree.id
            == "reset-mail-not-arriving")
        #expect(triager.triage("パスワード忘れました。再設定の方法を教えてください").results.first?.tree.id == "password-forgotten")
        // Or whose code had expired when it was typed.
        for ticket in ["OMUのパスワードを忘れてしまい、どうしても思い出せません。再設定ページで手続きしたら、確認コードが期限切れですと言われました",
                       // Expired by its age: typed 90 minutes after the mail, past the page's 5.
                       "本パスワードを失念したため再設定しています。確認コードのメールを受け取ったのですが、講義が終わってから(90分後に)入力したところ受け付けられませんでした。",
                       "I forgot my password and can't remember it at all, so I did the reset. The code had expired by the time I typed it."] {
            #expect(triager.triage(ticket).results.first?.tree.id == "code-expired", "\(ticket)")
        }
        #expect(ResetMailMissing.told(in: TriageText("I forgot my password. The email with the code never arrived.")))
        #expect(ResetMailMissing.told(in: TriageText("The page said a code was sent. But nothing arrived, even after an hour.")))
        // The mail and its not coming in one sentence, not two.
        #expect(!ResetMailMissing.told(in: TriageText("The mail is fine. The 2FA screen never arrived at the end.")))
        #expect(!ResetMailMissing.told(in: TriageText("メールは届きました。パスワードを忘れました")))
    }

    /// The first sentence with a phrase of each group: sentences apart, a phrase over a
    /// sentence's end in neither, the first of two.
    @Test func aSentenceWithEachGroup() {
        let text = TriageText("a code. then expired. x a code b expired c. code expired")
        func find(_ phrases: [(String, Int)]) -> String? {
            var matches: [(group: Int, range: Range<Int>)] = []
            for (phrase, group) in phrases {
                var from = 0
                while let r = text.text.range(of: phrase, range: text.text.index(text.text.startIndex, offsetBy: from)..<text.text.endIndex) {
                    let lower = text.text.distance(from: text.text.startIndex, to: r.lowerBound)
                    matches.append((group, lower..<(lower + phrase.count)))
                    from = lower + 1
                }
            }
            matches.sort { $0.range.lowerBound < $1.range.lowerBound }
            return SentenceGroups.first(in: text, groups: 2, matches: matches, ends: { FactExtractor.endsSentence(at: $0, in: text) }).map { text.slice($0) }
        }
        #expect(find([("code", 0), ("expired", 1)]) == " x a code b expired c")
        // Over a sentence's end: in neither sentence.
        #expect(find([("code. then", 0), ("expired", 1)]) == nil)
        #expect(find([("code", 0), ("nothing", 1)]) == nil)
    }

    /// A sentence that goes on from the one before ("Since then …", «それ以来…») is read with it:
    /// a lock told over the two is found; sentences that do not go on are apart.
    @Test func aSentenceGoingOnFromTheOneBefore() {
        let extractor = FactExtractor(site: Bundled.knowledge.site)
        func facts(_ raw: String) -> [String: FactValue] {
            Dictionary(uniqueKeysWithValues: extractor.extract(TriageText(raw), raw: raw).map { ($0.key, $0.value) })
        }
        for ticket in ["I entered my password incorrectly a number of times in the user management system. Since then I have been unable to sign in there at all.",
                       "利用者管理システムでパスワードを何度も間違えました。それ以来ログインできなくなってしまいました。"] {
            #expect(facts(ticket)["user_admin_locked"] == .bool(true), "\(ticket)")
        }
        // Told in two sentences that do not go on from each other: no lock.
        #expect(facts("I entered my password incorrectly a number of times. Then I have been unable to sign in at all.")["user_admin_locked"] == nil)
        let text = TriageText("i tried many times. since then it won't let me in anymore. then it won't")
        #expect(!FactExtractor.endsSentence(at: 18, in: text))
        #expect(FactExtractor.endsSentence(at: text.scalars.lastIndex(of: ".")!, in: text))
    }

    /// A forgetting of the ID, not the password, is no evidence of a forgotten password: the
    /// page answers an unknown OMUID under login-fails.
    @Test func aForgottenIDIsNotAForgottenPassword() {
        let triager = Bundled.triager
        for ticket in ["自分のOMUIDが何だったか忘れてしまいました。パスワードはわかります。利用開始手続きは去年やりました。",
                       "I finished the registration last month, but now I can't remember what my OMUID is, so I can't sign in. Where can I check it?"] {
            #expect(triager.triage(ticket).results.first?.tree.id == "login-fails", "\(ticket)")
        }
        #expect(triager.triage("OMUIDのパスワードを忘れてしまいました").results.first?.tree.id == "password-forgotten")
        // Told as a fact login-fails decides on (P000 L6-11), which sends the writer to the
        // 「OMUID,PW確認」 page; not a student or staff number.
        let told = triager.triage("自分のOMUIDが何だったか忘れてしまいました。パスワードはわかります。")
        #expect(told.facts.first { $0.key == "omuid_forgotten" }?.value == .bool(true))
        if case .question(let q)? = told.next?.status {
            #expect(q.key == "login-fails/check-omuid-page")
        } else {
            Issue.record("expected the OMUID check page's step")
        }
        for ticket in ["I forgot my student ID number", "学籍番号を忘れてしまいました", "OMUIDのパスワードを忘れてしまいました"] {
            #expect(!triager.triage(ticket).facts.contains { $0.key == "omuid_forgotten" }, "\(ticket)")
        }
        func aside(_ ticket: String) -> [String] {
            let text = TriageText(ticket)
            let forgettings = triager.phrases.matches(in: text).synonyms.filter { $0.payload == triager.forgetting! }.map(\.range)
            return ForgottenID.ranges(forgettings, in: text).map { text.slice($0) }
        }
        #expect(aside("I can't remember my user ID") == ["can't remember"])
        #expect(aside("I can't remember my password or my ID") == [])
        #expect(aside("did you forget? no idea") == [])
    }

    /// A forgetting told as what may happen one day is no evidence of a forgotten password:
    /// it is the reason for a recovery address.
    @Test func aForgettingThatMayHappenIsNotOne() {
        let triager = Bundled.triager
        #expect(triager.triage("What address should I register as the recovery email, in case I forget my password one day?").results.first?.tree.id
            == "recovery-email-which")
        func aside(_ ticket: String) -> [String] {
            let text = TriageText(ticket)
            let forgettings = triager.phrases.matches(in: text).synonyms.filter { $0.payload == triager.forgetting! }.map(\.range)
            return HypotheticalForgetting.ranges(forgettings, in: text).map { text.slice($0) }
        }
        #expect(aside("a spare mailbox in case I forget my password someday") == ["forget"])
        // Of others who forgot, as a page's link names them.
        #expect(aside("パスワードを忘れた人向けの再設定もやってみようか迷った") == ["忘れた"])
        #expect(aside("the reset page for people who forgot their password") == ["forgot"])
        #expect(aside("パスワードを忘れた時のために登録するアドレス") == ["忘れた"])
        #expect(aside("I forgot my password, in case you wondered") == [])
        #expect(aside("パスワードを忘れたので再設定したい") == [])
    }

    /// The two-factor side told as fine in romaji is an aside beside a forgotten password, as in Japanese.
    @Test func aWorkingTwoFactorSideInRomaji() {
        let ticket = "OMU no pasuwaado wo wasuremashita. ninshou apuri wa betsu no tablet ni haitteru node daijoubu desu."
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten")
    }

    /// Beside a forgotten password, the phone and its app told as fine are an aside, however the
    /// writer names them; and so is the two-factor reset they ask for by mistake.
    @Test func thePhoneToldFineBesideAForgottenPassword() {
        let tickets = [
            "I need my two-factor reset because I can't get in. Well, honestly the real problem is I don't remember my OMU password anymore. The phone is fine and Authenticator keeps showing the 6 digits.",
            "2要素認証のQRコードを再発行してもらえませんか。入学時に手続きは済ませてあるのですが、自分で設定した本パスワードを忘れてしまって、QRコード確認ページにもログインできない状態です。スマホとアプリは普通に使えてます。",
        ]
        for ticket in tickets { #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten") }
    }

    /// A ticket in katakana alone reads as the same ticket in hiragana.
    @Test func aTicketInKatakana() {
        #expect(Bundled.triager.triage("ﾊﾟｽﾜｰﾄﾞ ﾜｽﾚﾏｼﾀ。OMUIDﾊ ﾜｶﾘﾏｽ。ﾄﾞｳｽﾚﾊﾞ ｲｲﾃﾞｽｶ").results.first?.tree.id == "password-forgotten")
        #expect(Bundled.triager.triage("ｶｸﾆﾝｺｰﾄﾞ ｷｹﾞﾝｷﾞﾚｯﾃ ﾃﾞﾏｼﾀ。ﾒｰﾙ ﾐﾚﾅｸﾃ 1ｼﾞｶﾝｸﾞﾗｲ ﾀｯﾃﾏｼﾀ。").results.first?.tree.id == "code-expired")
        // Full-width too, the screen's words in kana (the synonym groups' kana spellings).
        #expect(Bundled.triager.triage("パスワード ヘンコウ カクニン ガ 「ミヘンコウ・ハンエイマチ」 ノ ママ カワリマセン。").results.first?.tree.id == "password-change-pending")
    }

    /// The code's age told by two clock times: the mail's coming, then the typing.
    @Test func aCodesAgeByTheClock() {
        func age(_ ticket: String) -> Double? { ClockSpan.minutes(in: TriageText(ticket))?.0 }
        #expect(age("the mail with code arrived 9:40. I was reading my other mails and then I input the code at 9:52.") == 12)
        #expect(age("メールは14時02分に届いて、14時15分に入力しました") == 13)
        #expect(age("The mail was sent at 14:02 and I tried at 14:11.") == 9)
        // One time, times without the mail and the typing, a date or a phone number: none.
        #expect(age("10:15 に届いたメールの件です") == nil)
        #expect(age("Call 15:50. Called back 16:10.") == nil)
        #expect(age("届いたのは2024:05で、入力は06-6605-1234") == nil)
        // The typing before the mail's coming is no age.
        #expect(age("I entered it at 9:10, and the mail arrived at 9:40") == nil)
        // Told so, past the page's validity, the code counts as expired for the ranking; within it, it does not.
        let triager = Bundled.triager
        for (typed, expired) in [("9時58分", true), ("9時42分", false)] {
            let facts = triager.triage("パスワード再設定のメールは9時40分に届きました。\(typed)に確認コードを入力しましたが、うまくいきません。").facts
            #expect(facts.first { $0.key == "code_age_minutes" } != nil)
            #expect((triager.toldCases(facts)["code_expired"] == "true") == expired, "\(typed)")
        }
    }

    /// A forgetting supposed in Kansai speech and taken back is no forgetting.
    @Test func aForgettingSupposedInKansaiSpeech() {
        let ticket = "パスワード忘れたんちゃうか思て、思いつくやつ片っ端から入れてたんですわ。ほんで途中で思い出したんやけど、もう正しいやつ入れても弾かれるんです。何回も間違えたからアカンようになったんかな?パスワード変えるときに入る利用者管理システムってとこです。"
        #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-change-howto")
    }

    @Test func romajiIsReadAsJapanese() {
        let triager = Bundled.triager
        func read(_ ticket: String) -> String {
            let text = TriageText(ticket)
            return triager.romaji(text, triager.phrases.matches(in: text)).0.text
        }
        #expect(read("OMUID no pasuwado wo wasurete shimaimashita. risetto no yarikata oshiete kudasai") == "omuidのパスワードを忘れたshimaimashita. risettoのyarikata oshiete kudasai")
        // A loanword is read as the katakana it spells, not as its group's head (スマートフォン).
        #expect(read("sumaho no rokku") == "スマホのロック")
        #expect(TriageText("OMU no pasuwaado wo wasuremashita. saisettei no houhou wo oshiete kudasai").isRomaji)
        #expect(!TriageText("I forgot my OMUID password, how do I reset it?").isRomaji)
        // Particles and words English has no use for count, beside one polite ending.
        #expect(TriageText("daigaku no login no pasu wasureta. jibun de henkou shita yatsu. dou sureba ii desu ka?").isRomaji)
        #expect(!TriageText("My Mac says the Wi-Fi is fine, but I can't log in from the lab in Nakamozu.").isRomaji)
        #expect(!TriageText("OMUIDのpasswordを忘れました").isRomaji)
        // The forgotten password in romaji is the forgotten password (its synonyms alone ranked
        // 確認したOMUIDと仮パスワードを忘れた first), and a lock in romaji the lock.
        for (ticket, entry) in [
            ("sumimasen, OMUID no pasuwado wo wasurete shimaimashita. jibun de kimeta hou desu. risetto no yarikata oshiete kudasai.", "password-forgotten"),
            ("riyousha kanri shisutemu ni nankai ka roguin shippai shite, rokku sareta mitai desu. pasuwaado wo henkou shitai", "password-change-howto"),
            // Romaji beside Japanese.
            ("OMUID no password wasuremashita. saisettei no houhou oshiete kudasai. 再発行用のメアドはたぶんgmailにしてたはず", "password-forgotten"),
            // Typed on a phone for want of a computer: the forgotten password, not the missing smartphone.
            ("OMU no pasuwaado wasuremashita. ima PC ga nakute sumaho kara nihongo nyuuryoku dekinai node romaji de sumimasen.", "password-forgotten"),
        ] {
            #expect(triager.triage(ticket).results.first?.tree.id == entry, "\(ticket)")
        }
        // Facts are still read from the ticket as written (its romaji cues).
        #expect(triager.triage("rokku sareta mitai desu. pasuwaado wo henkou shitai").facts.contains { $0.key == "user_admin_locked" })
        // The screens' words no synonym group holds are read as the pages write them.
        #expect(read("saisettei no tsuuchi meeru") == "再設定の通知メール")
        #expect(read("henkou botan wo oshitara akaji de") == "変更ボタンをoshitara赤字で")
        for (ticket, entry) in [
            // The activation's mismatch in red under the field, not the temporary password's screen.
            ("pasuwaado henkou no gamen de 'atarashii pasuwaado to kakunin ga icchi shite imasen' to akaji de dete, tsugi ni susumemasen", "password-change-error"),
            // The recovery address named in romaji.
            ("pasuwaado saihakkou you no meeru adoresu ni wa nani wo touroku sureba ii desu ka", "recovery-email-which"),
        ] {
            #expect(triager.triage(ticket).results.first?.tree.id == entry, "\(ticket)")
        }
    }

    /// A word set aside as not the matter («仮パスワードじゃなくて», «kari pasuwado janakute»,
    /// "not the temporary password") is no evidence; denied as a predicate («有効なOMUIDではありま
    /// せん») it is the matter.
    @Test func aSynonymSetAsideIsNoEvidence() {
        let index = Bundled.triager.index
        let temporary = index.synonyms.entries.first { $0.phrase == "仮パスワード" }!.payload
        let omuid = index.synonyms.entries.first { $0.phrase == "omuid" }!.payload
        func groups(_ ticket: String) -> [Int] {
            TicketTerms(TriageText(ticket), synonyms: index.synonyms).groups
        }
        for ticket in ["仮パスワードじゃなくて、自分で決めたパスワードを忘れました", "仮パスワードではなく本パスワードを忘れた",
                       "kari pasuwado janakute jibun de kimeta pasuwado wo wasuremashita", "I forgot my password, not the temporary password"] {
            #expect(!groups(ticket).contains(temporary), "\(ticket)")
        }
        #expect(groups("仮パスワードを忘れました").contains(temporary))
        #expect(groups("有効なOMUIDではありませんと表示されます").contains(omuid))
        // Nor do its bigrams or a keyword within it count: no entry is shown as matching it.
        let r = Bundled.triager.triage("仮パスワードじゃなくて、自分で決めたパスワードを忘れました")
        #expect(r.results.first?.tree.id == "password-forgotten")
        #expect(!r.results.contains { $0.matched.contains { $0.contains("仮") } }, "\(r.results.map(\.matched))")
    }

    /// What a ticket says is known or fine is not its trouble; asked, denied or in another
    /// clause, it still counts.
    @Test func settledClausesAreFound() {
        func settled(_ ticket: String) -> [String] { slices(ticket, SettledClauses.ranges) }
        #expect(settled("ﾊﾟｽﾜｰﾄﾞわすれた ｻｲﾊｯｺｳしたい OMUIDはわかる") == ["omuidはわかる"])
        #expect(settled("OMUIDは分かるけど、パスワードを忘れました") == ["omuidは分かる"])
        #expect(settled("再設定のメールは届きましたが、リンクを開くとエラーになります") == ["再設定のメールは届"])
        #expect(settled("パスワードを忘れてしまい、OMUIDはわかりません") == [])
        #expect(settled("メールは届いていないです") == [])
        #expect(settled("アカウントは大丈夫ですか?") == [])
        #expect(settled("my OMUID is fine") == [])
        // The clause ends where the one before it did.
        #expect(settled("OMUIDはわかるしパスワードは覚えてる") == ["omuidはわかる", "しパスワードは覚えてる"])
    }

    /// A recovery address told as entered is an aside; asked about, denied, in trouble itself,
    /// beside a mail that does not come, or the whole ticket, it still counts.
    @Test func aRecoveryAddressToldAsEnteredIsAnAside() {
        func told(_ ticket: String) -> [String] { slices(ticket, ToldRecoveryAddress.ranges) }
        #expect(told("パスワードを忘れました。再発行用アドレスはYahooメールにしていたと思います。") == ["再発行用アドレスはyahooメールにしていたと思います。"])
        #expect(told("I cannot remember my password. I registered my university mail as the recovery address. Help") == [
            "i registered my university mail as the recovery address."
        ])
        #expect(told("パスワードを忘れました。再発行用アドレスはどれを登録すればいいですか") == [])
        #expect(told("パスワードを忘れました。再発行用アドレスは登録していないです。") == [])
        #expect(told("エラーが出ます。再発行用アドレスに大学のメールを入れたらエラーになりました。") == [])
        #expect(told("メールが届きません。再発行用アドレスにはGmailを入れました。") == [])
        #expect(told("再発行用アドレスにはGmailを入れました。") == [])
        #expect(told("Forgot my password. Should I have registered my Gmail as the recovery address?") == [])
        // The page asking for the address is no address told; a forgotten password in the same
        // sentence is the trouble itself.
        #expect(told("再設定のページを開いたら、「パスワード再発行用メールアドレス」を入れてくださいと出ました。ほかに書くことはありません。") == [])
        #expect(told("パスワードを忘れたので、再発行用アドレスにGmailを入れて再設定しました。ほかに書くことはありません。") == [])
        // The address of a domain is not the end of a sentence.
        #expect(told("パスワードを忘れました。再発行用にはabc.example.jpのアドレスを登録しました。") == ["再発行用にはabc.example.jpのアドレスを登録しました。"])
        let r = Bundled.triager.triage("OMUのパスワードを忘れました。再設定したいです。再発行用メールアドレスはたしかGmailを登録していました。", top: 3)
        #expect(r.results.first?.tree.id == "password-forgotten")
        let asked = Bundled.triager.triage(
            "パスワードを忘れたので再設定のページを開いたら、「パスワード再発行用メールアドレス」を入れてくださいと出ました。入学のときにどれを登録したのか覚えていなくて、Gmailかキャリアメールのどっちかだと思います。",
            top: 3)
        #expect(asked.results.first?.tree.id == "password-forgotten")
    }

    /// The plainest ways to say one has forgotten one's password go to the forgotten password,
    /// not to the temporary one of activation (whose entry knows «仮パスワードを覚えて»); so does
    /// a password one set and did not write down («メモしてなかった»).
    /// A lock that happened decides over the forgotten password that led to it (P000 L20: everyone
    /// locked out goes to the inquiry form); an unlock only asked for beside a forgotten password,
    /// or a lock only feared, leaves the reissue first.
    @Test func aLockBesideAForgottenPassword() {
        func first(_ ticket: String) -> String? { Bundled.triager.triage(ticket).results.first?.tree.id }
        for ticket in ["パスワードを忘れてしまって、利用者管理システムで思いつくものを片っ端から入れていたら「アカウントがロックされています」と出てログインできなくなりました。",
                       "I forgot my password and kept guessing on the user management system; now my account is locked."] {
            #expect(first(ticket) == "password-change-howto", "\(ticket)")
        }
        for ticket in ["パスワードを忘れました。ロック解除お願いします", "I forgot my password. Please unlock my account.",
                       "OMUのパスワードが思い出せません。これ以上やるとロックされそうなので手を止めました。"] {
            #expect(first(ticket) == "password-forgotten", "\(ticket)")
        }
        #expect(first("ＯＭＵＩＤは分かるのですが本パスを忘れました。アカウントロックとかではなく、単純に覚えてないだけです。") == "password-forgotten")
        // In other words; the one the writer made, beside a wrong remedy; beside an authenticator that
        // still shows its codes (no reissue code, that).
        for ticket in ["I completed the account setup some months ago. The password I picked at the time no longer comes to mind.",
                       "I finished the account setup in October but I forgot the password I made then. Could you email me a new temporary password?",
                       "She set her own password, but she has now completely forgotten it. She still has the Authenticator app on her phone and it shows codes."] {
            #expect(first(ticket) == "password-forgotten", "\(ticket)")
        }
        // A note that is gone is a password forgotten.
        #expect(first("春休みにパスワードを自分で変えたのは覚えてるんですが、何にしたのかメモが一切残ってなくて…") == "password-forgotten")
    }

    @Test func thePlainestForgottenPasswords() {
        for ticket in ["パスワード覚えてない", "パスワードを覚えていません", "パスワードを覚えておりません", "パスワード忘れた", "パスワードを忘れました", "I forgot my password",
                       "I don't remember my password", "自分で変えたパスワードをメモしてなかったので、ログインできません",
                       "It says my password is wrong. I set it myself a while ago and did not write it down.",
                       "Lost my OMU password, need it before class in 20 min!!"] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-forgotten", "\(ticket)")
        }
    }

    /// A two-factor side told as working is an aside beside a forgotten password; asked about,
    /// denied, or with no forgotten password («数字は出ているのにログインできない»), it counts.
    @Test func aWorkingTwoFactorBesideAForgottenPasswordIsAnAside() {
        func working(_ ticket: String) -> [String] { slices(ticket, WorkingTwoFactor.ranges) }
        #expect(working("すみません、認証アプリの数字は出ているんですが、その前に入れるパスワードの方をど忘れしました") == ["認証アプリの数字は出ているんです"])
        #expect(working("The 2FA app on my phone still works fine, so it's only the password. I forgot it.") == ["the 2fa app on my phone still works fine"])
        #expect(working("認証アプリの数字が出てないです。パスワードは忘れました") == [])
        #expect(working("認証アプリは大丈夫ですか?パスワードを忘れました") == [])
        #expect(working("The authenticator app is fine") == [])
        // A dash ends a clause: the forgetting before it does not deny the app after it.
        #expect(working("The real problem is that I don't remember my password - the authenticator app still shows the 6 digits fine.")
            == ["the authenticator app still shows the 6 digits fine"])
        for (ticket, entry) in [
            ("すみません、認証アプリの数字は出ているんですが、その前に入れるパスワードの方をど忘れしました", "password-forgotten"),
            ("I got a new laptop and don't know my password anymore. The 2FA app on my phone still works fine, so it's only the password.", "password-forgotten"),
            ("認証アプリの数字は出ているのにログインできません", "two-factor-login-fails"),
        ] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == entry, "\(ticket)")
        }
    }

    @Test func aKnownOMUIDIsNotEvidenceForTheOMUIDEntry() {
        let r = Bundled.triager.triage("ﾊﾟｽﾜｰﾄﾞわすれた ｻｲﾊｯｺｳしたい OMUIDはわかる", top: 3)
        #expect(r.results.first?.tree.id == "password-forgotten")
        #expect(r.results.first.map { !$0.matched.contains("omuid") } == true)
    }

    @Test func quotedMessageRanksItsTreeFirst() throws {
        let r = Bundled.triager.triage("ログインの途中で「有効な学籍番号・職員番号・OMUIDではありません」と出ました")
        #expect(r.results.first?.tree.id == "staff-number-rejected")
        #expect(r.results.first?.message == "有効な学籍番号・職員番号・omuidではありません")
    }

    /// A message named only as what did not appear neither decides nor is the ticket's message.
    @Test func aMessageToldNotShownDecidesNothing() {
        func facts(_ ticket: String) -> [String: FactValue] {
            Dictionary(uniqueKeysWithValues: Bundled.triager.triage(ticket).facts.map { ($0.key, $0.value) })
        }
        let shown = "omu.info/startを開いたら「以前に中断した手順から再開しますか?」と出ました"
        #expect(Bundled.triager.triage(shown).results.first?.message != nil)
        #expect(facts(shown)["error_message"] != nil)
        for ticket in ["omu.info/start開いたら「以前に中断した手順から再開しますか?」じゃなくて普通にスタート画面が出ました",
                       "omu.info/startを開きましたが「以前に中断した手順から再開しますか?」とは出ませんでした",
                       "Opening omu.info/start, I got the start screen instead of 「以前に中断した手順から再開しますか?」"] {
            #expect(Bundled.triager.triage(ticket).results.allSatisfy { $0.message == nil }, "\(ticket)")
            #expect(facts(ticket)["error_message"] == nil, "\(ticket)")
        }
        // A later quote, not denied, is the ticket's message.
        let later = "「パスワードが正しくありません」とは出ず、「使用不可文字が含まれています。」と出ます"
        #expect(facts(later)["error_message"] == FactValue.text("使用不可文字が含まれています。"))
    }

    @Test func rankedWithMatchedWords() throws {
        let r = Bundled.triager.triage("機種変更したら2段階認証のコードが出なくなりました", top: 3)
        let first = try #require(r.results.first)
        #expect(first.tree.id == "two-factor-new-device")
        #expect(first.matched.contains("機種変更"))
        #expect(r.results.count == 3)
        #expect(r.results[0].score >= r.results[1].score)
    }

    /// An entry ranked without a phrase shows the ticket's own words, not bigrams or stems.
    @Test func matchedWithoutAPhraseAreTheTicketsWords() throws {
        let ja = Bundled.triager.triage("去年利用開始手続きを済ませましたが、手順を確認したいのでもう一度最初からやってみたいです。", top: 5)
        let words = ja.results.flatMap(\.matched)
        #expect(words.contains("利用開始手続き"))
        #expect(!words.contains { $0.hasSuffix("を") || $0.count < 2 || $0.unicodeScalars.allSatisfy(Tokenizer.isHiragana) })
        let en = Bundled.triager.triage("I sold my old android phone without deleting Google Authenticator", top: 5)
        let lost = try #require(en.results.first { $0.tree.id == "two-factor-device-lost" })
        #expect(lost.matched.contains("phone") && lost.matched.contains("sold") && !lost.matched.contains("phon"))
        // A synonym counts as written (kana for 2要素認証).
        let kana = Bundled.triager.triage("にようそにんしょう の てすと を しました", top: 3)
        #expect(kana.results.first?.matched.contains("にようそにんしょう") == true)
        // Whatever the ticket, every matched word stands in it.
        for ticket in ["パスワードを忘れてしまい、ログインできません", "2段階認証のアプリを消してしまった", "my code is expired what now", "it slipped my mind"] {
            let text = TriageText(ticket).text
            for result in Bundled.triager.triage(ticket, top: 5).results {
                for word in result.matched { #expect(text.contains(word), "\(word) not in \(ticket)") }
            }
        }
    }

    /// One who tells another OMUID of their own is sent to the page's entry for them (P001
    /// L130), even when the ticket names the button of the entry before it; a relative's ID
    /// on a shared PC stays with that entry (P001 L122).
    @Test func anotherOMUIDOfOnesOwnGoesToItsEntry() throws {
        let own = Bundled.triager.triage("内部進学で新しいIDをもらいました。「パスワード変更を始める」を押すと利用者管理システムの画面が出てしまいます")
        #expect(own.results.first?.tree.id == "logged-in-with-other-omuid")
        #expect(try #require(own.reply).contains("ログアウト"))
        let en = Bundled.triager.triage("I have two OMUIDs now. After clicking start password change I land on the user management page, not a login.")
        #expect(en.results.first?.tree.id == "logged-in-with-other-omuid")
        let relative = Bundled.triager.triage("家族共用のPCで「パスワード変更を始める」を押したら、姉のIDで利用者管理システムの画面が表示されました")
        #expect(relative.results.first?.tree.id == "password-change-login-fails")
    }

    /// A forgotten password of the writer's own is told (password_forgotten) and sends the
    /// login entry's case to the reissue (P000 L13); not a temporary or one-time password, not a
    /// forgetting denied or guessed, not once the reissue's later steps are the trouble.
    @Test func aForgottenPasswordOfOnesOwn() {
        func forgotten(_ ticket: String) -> Bool { Bundled.triager.triage(ticket).facts.contains { $0.key == "password_forgotten" } }
        #expect(forgotten("ログイン画面でIDかパスワードが違うと出ます。自分で決めたパスワードを忘れました"))
        #expect(forgotten("It keeps saying wrong ID or password. Honestly I don't remember the password I set."))
        #expect(!forgotten("仮パスワードを忘れました"))
        #expect(!forgotten("認証アプリを消し忘れたままスマホを売りました。ワンタイムパスワードはどうなりますか"))
        #expect(!forgotten("パスワードは変えていないし、忘れたわけでもありません。ログインできません"))
        #expect(!forgotten("パスワード忘れたかもと思って何度も入れたらロックされました"))
        #expect(!forgotten("パスワードを忘れたので再設定したら、確認コードが期限切れと出ました"))
        // The temporary one named as what the writer's own replaced; a password not known.
        #expect(forgotten("受け入れの先生から伺った仮パスワードで手続きをし、その後自分で変更したのですが、変更後のものを失念してしまいました"))
        #expect(forgotten("I can't remember the password I set for my OMU account after the temporary one."))
        #expect(forgotten("パスワードを変えたくて利用者管理システムを開いたんですが、今のパスワードが分からないのでログインできません"))
        #expect(forgotten("I'm stuck on the sign-in page because I honestly don't know what I changed it to in April. My password, I mean."))
        let r = Bundled.triager.triage("ログイン画面でIDかパスワードが違うと出ます。IDは合ってます。自分で決めたパスワードを忘れました")
        #expect(r.results.first?.tree.id == "password-forgotten")
    }

    /// The new password and its confirmation told apart on the activation's change screen is
    /// that screen's error (P001: 「「新しいパスワード」と「新しいパスワード(確認)」が一致していません。」),
    /// not the temporary password's mismatch.
    @Test func theNewPasswordsDoNotMatch() {
        for ticket in ["During first setup I tried to change the temporary password, but it says the new passwords don't match. I typed them the same!",
                       "利用開始手続きのパスワード変更で、新しいパスワードと確認用が一致しないって出ます。同じのを打ってるつもりです"] {
            #expect(Bundled.triager.triage(ticket).results.first?.tree.id == "password-change-error", "\(ticket)")
        }
    }

    /// A password told as expired is a guess at the cause, no evidence of an expired code; the
    /// password's code told as expired is.
    @Test func aPasswordToldAsExpired() {
        let text = TriageText("OMU認証のパスワードの有効期限が切れたのだと思います。自分で何に設定したかを覚えておらず、通りません")
        #expect(PasswordExpiry.ranges(in: text).map { text.slice($0) } == ["パスワードの有効期限が切れ"])
        #expect(PasswordExpiry.ranges(in: TriageText("The verification code for resetting my password has expired")).isEmpty)
        #expect(PasswordExpiry.ranges(in: TriageText("ワンタイムパスワードの期限が切れたって出ます")).isEmpty)
        let r = Bundled.triager.triage("事務職員です。OMU認証のパスワードの有効期限が切れたのだと思います。正直なところ、手続きのときに自分で何に設定したかを覚えておらず、思いつくものを入れても通りません。")
        #expect(r.results.first?.tree.id == "password-forgotten")
        // With no code named, every word of expiry is of the same guess.
        let again = TriageText("自分で決めたパスワードを忘れました。パスワードの期限が切れたのかもしれません。期限切れなら延長できますか")
        #expect(PasswordExpiry.ranges(in: again).map { again.slice($0) } == ["パスワードの期限が切れ", "期限切れ"])
        #expect(Bundled.triager.triage(again.text).results.first?.tree.id == "password-forgotten")
        // With a code named, the other words of expiry may be the code's.
        let code = TriageText("パスワードの期限が切れたのかと思いましたが、確認コードが期限切れと出ていました")
        #expect(PasswordExpiry.ranges(in: code).map { code.slice($0) } == ["パスワードの期限"])
        // A setup key told as expired is a guess too: only the code expires on the pages.
        #expect(!PasswordExpiry.ranges(in: TriageText("My guess is the setup key expired before I typed it")).isEmpty)
        #expect(!PasswordExpiry.ranges(in: TriageText("セットアップキーの有効期限が切れたのでしょうか")).isEmpty)
        // Asked of passwords in general.
        #expect(!PasswordExpiry.ranges(in: TriageText("Do OMU passwords expire every 6 months or something?")).isEmpty)
        #expect(!PasswordExpiry.ranges(in: TriageText("そもそもパスワードって期限あるんですか?")).isEmpty)
    }

    /// A time beside a reset mail that never came is the wait for it, not a code's age.
    @Test func aWaitForAMailThatNeverCameIsNoCodeAge() {
        let waited = Bundled.triager.triage("Did the reset thing for my password like 30 min ago and the email still hasn't come. Checked junk too.")
        #expect(!waited.facts.contains { $0.key == "code_age_minutes" })
        // «できません», «うまくいきません» are not «(メールが)きません».
        #expect(!ResetMailMissing.told(in: TriageText("確認コードを入力できません")))
        #expect(!ResetMailMissing.told(in: TriageText("確認コードを入れましたがうまくいきません")))
        #expect(ResetMailMissing.told(in: TriageText("再設定のメールがきません")))
        let aged = Bundled.triager.triage("確認コードのメールは10分前に届いたのに、入力したら期限切れと言われました")
        #expect(aged.facts.contains { $0.key == "code_age_minutes" && $0.value == .number(10) })
    }

    @Test func englishTicket() {
        let r = Bundled.triager.triage("I forgot my password and can't log in. How do I reset it?")
        #expect(r.language == .en)
        #expect(r.results.first?.tree.id == "password-forgotten")
    }

    @Test func nothingMatches() throws {
        // No entry: the reply says so and asks what would tell one, in the ticket's language,
        // without echoing the ticket.
        let en = Bundled.triager.triage("zzzz qqqq")
        #expect(en.results.isEmpty)
        let reply = try #require(en.reply)
        #expect(reply.contains("could not tell which of our guides applies"))
        #expect(reply.contains("word for word"))
        #expect(!reply.contains("zzzz"))
        let ja = Bundled.triager.triage("ｱｱｱｱｱｱｱｱ")
        #expect(ja.results.isEmpty)
        let replyJa = try #require(ja.reply)
        #expect(replyJa.contains("判断できませんでした"))
        #expect(replyJa.contains("画面に表示されたメッセージ"))
        #expect(!replyJa.contains("ｱｱ") && !replyJa.contains("アア"))
        // A matched ticket's reply has no such section.
        #expect(Bundled.triager.triage("パスワードを忘れました").reply?.contains("判断できませんでした") == false)
    }

    @Test func extractedFactsReachTheEngine() throws {
        let r = Bundled.triager.triage("確認コードのメールは10分前に届いたのに、入力したら期限切れと言われました")
        #expect(r.results.first?.tree.id == "code-expired")
        let next = try #require(r.next)
        guard case .conclusion(let e) = next.status else { Issue.record("no conclusion: \(next.status)"); return }
        #expect(e.node == "resend")
        #expect(next.known["code_age_minutes"]?.source == .extracted)
        #expect(r.reply?.contains("キャンセル") == true)
    }

    @Test func replyAsksWhatIsStillOpen() throws {
        let r = Bundled.triager.triage("Which e-mail address should I register for password recovery? Can I use my university one?")
        #expect(r.results.first?.tree.id == "recovery-email-which")
        #expect(r.reply?.hasPrefix("Thank you for contacting the IT helpdesk.") == true)
    }

    @Test func secretsNeverReachAnyOutput() throws {
        let r = Bundled.triager.triage("2段階認証でコード 654321 がはじかれます。パスワードは Zx9Secret! です。キー JBSW Y3DP EHPK 3PXP")
        let everything = [r.text, r.reply ?? ""] + r.facts.map { "\($0.value) \($0.evidence)" }
        for secret in ["654321", "Zx9Secret", "JBSW"] {
            #expect(!everything.joined().contains(secret))
        }
        #expect(r.redactions == 3)
    }
}

@Suite struct ExampleRulesTests {
    /// Examples are shared and reviewed: one holding something shaped like a secret is refused,
    /// and the message does not repeat it.
    @Test func anExampleWithASecretIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Bundled.root, toPath: root.path)
        let file = root.appendingPathComponent("examples/code-expired.yaml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "examples:\n  - {lang: ja, text: 'コードは 482913 でした'}\n  - {lang: en, text: 'my code expired'}\n".write(to: file, atomically: true, encoding: .utf8)
        let found = Linter.withTriageRules.lint(KnowledgeLoader().load(root.path), registered: DomainNames.registered).filter { $0.rule == "example-secret" }
        #expect(found.count == 1)
        #expect(found.first?.mark?.line == 2)
        #expect(found.first?.message.contains("482913") == false)
    }

    /// The same in `tickets/`: the message names the file and line, never the secret.
    @Test func aTicketWithASecretIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tickets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(atPath: Bundled.root, toPath: root.path)
        let file = root.appendingPathComponent("tickets/password-forgotten.yaml")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "examples:\n  - {lang: en, text: 'I forgot it, was it Tr0ub4dor&3 ?'}\n  - {lang: en, text: 'pwd: hunter2hunter2'}\n".write(to: file, atomically: true, encoding: .utf8)
        let found = Linter.withTriageRules.lint(KnowledgeLoader().load(root.path), registered: DomainNames.registered).filter { $0.rule == "example-secret" }
        #expect(found.map { $0.mark?.line } == [2, 3])
        #expect(found.allSatisfy { !$0.message.contains("Tr0ub4dor") && !$0.message.contains("hunter2") })
    }

    /// What triage learns from is never what it is measured on: no held-out ticket is among the
    /// bundled tickets or examples (`Benchmarks/triage/tickets.py` refuses the held-out set).
    @Test func theHeldOutTicketsAreNotLearntFrom() throws {
        let benchmarks = URL(fileURLWithPath: Bundled.root).deletingLastPathComponent().appendingPathComponent("Benchmarks/triage")
        let held = try String(contentsOf: benchmarks.appendingPathComponent("holdout.jsonl"), encoding: .utf8)
            .split(separator: "\n").compactMap { line -> String? in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return (object?["text"] as? String)?.sameTextKey
            }
        #expect(held.count == 100)
        let learnt = Set(Bundled.knowledge.examples.flatMap { $0.examples.map(\.text.sameTextKey) })
        #expect(learnt.count > 10_000)
        #expect(held.filter(learnt.contains).isEmpty)
    }

    /// A told fact that an entry decides on counts for it, more when few entries decide on it:
    /// without that, the ticket below (the one-time password screen missing in the activation
    /// test, on campus) would rank the after-activation entry first.
    @Test func anEntryThatDecidesOnAToldFactCountsMore() throws {
        let ticket = "On campus, the screen to enter the one-time password doesn't appear when I try the two-factor test."
        var none = TriageIndex.Weights()
        none.asked = 1
        let without = Triager(knowledge: Bundled.knowledge, derivations: DomainRegistry.make(site: Bundled.knowledge.site), weights: none)
        let plain = without.triage(ticket).results
        let asked = Bundled.triager.triage(ticket).results
        let test = { (results: [TriageIndex.Ranked]) in results.first { $0.tree.id == "two-factor-test-fails" }?.confidence ?? 0 }
        #expect(test(asked) > test(plain))
        #expect(asked.first?.tree.id == "two-factor-test-fails")
        let priors = Bundled.triager.priors(told: ["otp_screen_shown": "false"], activationDone: nil)
        let entry = { (id: String) in try #require(Bundled.triager.index.ids.firstIndex(of: id)) }
        // two-factor-test-fails decides on it, and no other entry does.
        #expect(Bundled.triager.decidersOf["otp_screen_shown"] == [try entry("two-factor-test-fails")])
        #expect(priors[try entry("two-factor-test-fails")] == Bundled.triager.index.weights.asked)
        #expect(priors[try entry("code-expired")] == 1)
    }

    /// An entry whose every decision on a fact sends the told value to the inquiry form (the
    /// page says nothing more) has nothing to ask about it: two-factor-test-fails off campus. A
    /// login refused at the one-time password from home is two-factor-login-fails'.
    @Test func aValueAnEntryOnlySendsToTheFormIsNotAsked() throws {
        let triager = Bundled.triager
        let entry = { (id: String) in try #require(triager.index.ids.firstIndex(of: id)) }
        let test = try entry("two-factor-test-fails")
        #expect(triager.silentOf["on_campus_network"]?.contains { $0.entry == test && $0.value == "false" } == true)
        #expect(triager.silentOf["on_campus_network"]?.contains { $0.entry == test && $0.value == "true" } == false)
        #expect(triager.priors(told: ["on_campus_network": "false"], activationDone: nil)[test] == 1)
        #expect(triager.priors(told: ["on_campus_network": "true"], activationDone: nil)[test] == triager.index.weights.asked)
        let ticket = "From home, after entering my ID and password, the one-time password step always fails. I type the 6 digits from Google Authenticator."
        #expect(triager.triage(ticket).results.first?.tree.id == "two-factor-login-fails")
    }

    /// A told value that one entry alone implies counts more for it (`soleImplied`) than one
    /// that several imply (`impliedAgree`): a code told expired by its age is code-expired's,
    /// though the ticket's words are of an error on the reset screen.
    @Test func aValueOneEntryAloneImpliesCountsMore() throws {
        let triager = Bundled.triager
        let entry = { (id: String) in try #require(triager.index.ids.firstIndex(of: id)) }
        let w = triager.index.weights
        #expect(w.soleImplied > w.impliedAgree)
        #expect(triager.priors(told: ["code_expired": "true"], activationDone: nil)[try entry("code-expired")] == w.soleImplied)
        let step = triager.priors(told: ["activation_step": "password_change"], activationDone: nil)
        #expect(step[try entry("code-expired")] == w.impliedAgree)
        let ticket = "Password change: the 6-digit code came by email, but I was in a meeting and only typed it in about an hour later. Now the screen just shows an error."
        #expect(triager.triage(ticket).results.first?.tree.id == "code-expired")
    }

    /// An entry whose walk hands a told value over to another entry counts less, and that entry
    /// more: an old phone sold with the authenticator on it is two-factor-device-lost's, though
    /// the ticket is about a new phone (two-factor-new-device decides on `device_lost`).
    @Test func anEntryThatHandsAToldValueOverCountsLess() throws {
        let triager = Bundled.triager
        let entry = { (id: String) in try #require(triager.index.ids.firstIndex(of: id)) }
        let newDevice = try entry("two-factor-new-device"), lost = try entry("two-factor-device-lost")
        #expect(triager.handoffsOf["device_lost"]?.contains { $0.entry == newDevice && $0.value == "true" && $0.target == lost } == true)
        // Ends at the inquiry form say nothing of what a ticket is about.
        let contact = try entry("contact-helpdesk")
        #expect(!triager.handoffsOf.values.joined().contains { $0.target == contact })
        let w = triager.index.weights
        let lostPriors = triager.priors(told: ["device_lost": "true"], activationDone: nil)
        #expect(lostPriors[newDevice] == w.otherPage)
        // two-factor-device-lost implies the value: counted once.
        #expect(lostPriors[lost] == w.soleImplied)
        let kept = triager.priors(told: ["device_lost": "false"], activationDone: nil)
        #expect(kept[newDevice] > 1 && kept[lost] == w.impliedConflict)
        let ticket = "I sold my old android phone without deleting Google Authenticator. I need to set up 2FA on my new phone anyway."
        #expect(triager.triage(ticket).results.first?.tree.id == "two-factor-device-lost")
    }

    /// A sentence that sends the reader to another entry is that entry's case, not its own:
    /// left out of the referring entry's text, and the groups that name the case (a forgotten
    /// password) make a referral; a bracketed reference takes the sentence before it along.
    @Test func aSentenceThatRefersToAnotherEntryIsThatEntrysCase() throws {
        func titles(_ list: [String]) -> [ArraySlice<Unicode.Scalar>: Int] {
            Dictionary(uniqueKeysWithValues: list.enumerated().map { (Array($1.unicodeScalars)[...], $0) })
        }
        let text = "再度ご確認ください。※分からなくなった場合は、再発行してください(「B」をご確認ください)。次へ進みます。"
        let parted = TriageIndex.sentences(text, titles: titles(["A", "C", "B"]), except: 1)
        #expect(parted.own == "再度ご確認ください。次へ進みます。")
        #expect(parted.referring.map(\.entry) == [2])
        #expect(parted.referring.first?.text == "※分からなくなった場合は、再発行してください(「B」をご確認ください)。")
        let aside = TriageIndex.sentences("端末を紛失した場合、再発行してください。(詳細は「B」をご確認ください。)最後に。", titles: titles(["B", "C"]), except: 1)
        #expect(aside.own == "最後に。")
        #expect(aside.referring.map(\.text) == ["端末を紛失した場合、再発行してください。", "(詳細は「B」をご確認ください。)"])
        #expect(TriageIndex.sentences("No reference here. None.", titles: titles(["B", "C"]), except: 1).own == "No reference here. None.")
        // A quoted title that holds a quoted button; a quote of no entry's title stays.
        let nested = TriageIndex.sentences("先に「「開始」をクリック後の画面」をご確認ください。「OK」を押します。", titles: titles(["OK", "「開始」をクリック後の画面"]), except: 0)
        #expect(nested.own == "「OK」を押します。" && nested.referring.map(\.entry) == [1])

        let triager = Bundled.triager
        let entry = { (id: String) in try #require(triager.index.ids.firstIndex(of: id)) }
        let forget = try #require(Bundled.knowledge.synonyms.firstIndex { $0.contains("忘れた") })
        let referrals = triager.index.referrals.map { "\(triager.index.ids[$0.from])→\(triager.index.ids[$0.to]) \($0.when)" }
        // two-factor-new-device's own texts name a lost phone (it decides on it): its reference
        // to two-factor-device-lost names no case of its own, and the handoff on the fact counts.
        // login-fails hands a forgotten password over on its fact (password_forgotten, P000 L13),
        // which the ticket tells more narrowly than the forgetting words: no referral of its own.
        #expect(referrals == ["password-change-howto", "password-reset-error"].map { "\($0)→password-forgotten \([forget])" })
        let w = triager.index.weights
        let told = triager.priors(told: [:], activationDone: nil, groups: [forget])
        #expect(told[try entry("password-change-howto")] == w.otherPage)
        #expect(told[try entry("password-forgotten")] == w.impliedAgree)
        #expect(told[try entry("login-fails")] == 1)
        let handed = triager.priors(told: ["password_forgotten": FactValue.bool(true).caseKey], activationDone: nil, groups: [])
        #expect(handed[try entry("login-fails")] == w.otherPage)
        #expect(handed[try entry("password-forgotten")] == w.impliedAgree)
        #expect(triager.priors(told: [:], activationDone: nil, groups: [])[try entry("login-fails")] == 1)

        #expect(triager.triage("パスワードを忘れてログインできません").results.first?.tree.id == "password-forgotten")
        #expect(triager.triage("ログインできません。パスワードを忘れたわけではなく、合っているはずです").results.first?.tree.id == "login-fails")
    }

    /// A word denied or only supposed tells nothing: 忘れてない, 忘れたときは, "did not forget",
    /// "in case I forget"; a negation a clause later is the next verb's (忘れて入れない).
    @Test(arguments: [
        ("パスワードを忘れてない", true), ("忘れたわけではなく", true), ("パスワード忘れたとき用のアドレス", true),
        ("i did not forget it", true), ("in case i forget it", true),
        ("パスワードを忘れて入れない", false), ("忘れてログインできません", false), ("i forget my password", false),
    ])
    func aDeniedWordTellsNothing(ticket: String, denied: Bool) throws {
        let text = TriageText(ticket)
        let word = try #require(text.find("忘れて") ?? text.find("忘れた") ?? text.find("forget"))
        #expect(Triager.denied(word, in: text) == denied)
    }

    /// What the examples teach moves a ticket toward their entry.
    @Test func theClassifierLearnsFromExamples() throws {
        let posterior = Bundled.triager.classifier.posterior(TriageText("パスワードを忘れてしまい、ログインできません"))
        let trees = Bundled.triager.index.trees.map(\.id)
        let best = trees[posterior.indices.max { posterior[$0] < posterior[$1] }!]
        #expect(["password-forgotten", "login-fails"].contains(best))
        #expect(abs(posterior.reduce(0, +) - 1) < 1e-9)
    }

    /// A word no example has is no evidence: the classifier's answer is the same with it.
    @Test func aWordNoExampleHasChangesNothing() {
        let classifier = Bundled.triager.classifier
        let plain = classifier.posterior(TriageText("パスワードを忘れてしまい、ログインできません"))
        let padded = classifier.posterior(TriageText("パスワードを忘れてしまい、ログインできません qwzxv plormf"))
        #expect(zip(plain, padded).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    /// A feature counts by how few entries saw it: fully for one entry's own, less for one that
    /// many know, least for one that every entry knows.
    @Test func aFeatureOfFewEntriesCountsMore() {
        let one = ExampleClassifier.weight(seenBy: 1, of: 36)
        let some = ExampleClassifier.weight(seenBy: 6, of: 36)
        let every = ExampleClassifier.weight(seenBy: 36, of: 36)
        #expect(abs(one - 1) < 1e-12)
        #expect(one > some && some > every && every > 0.4)
    }
}

/// Katakana in romaji however it is spelt: Hepburn or kunrei, long vowels doubled, as «ou» or
/// left out, a small っ doubled or not.
@Suite struct KanaRomajiTests {
    @Test(arguments: [
        ("スマホ", "sumaho"), ("ロック", "roku"), ("ケータイ", "ketai"), ("パスワード", "pasuwado"), ("ワンタイムパスワード", "wantaimupasuwado"),
        ("テストページ", "tesutopeji"), ("アプリ", "apuri"), ("チャット", "chato"), ("ショートメール", "shotomeru"), ("フォーム", "fomu"),
        ("ティッシュ", "chishu"),  // ti folds as kunrei ti (チ), on both sides
    ])
    func katakanaIsSpeltLoosely(_ katakana: String, _ loose: String) {
        #expect(KanaRomaji.romaji(ofKatakana: katakana).map(KanaRomaji.loose) == loose)
    }

    @Test(arguments: [
        ("sumaho", "sumaho"), ("rokku", "roku"), ("keetai", "ketai"), ("keitai", "keitai"), ("pasuwaado", "pasuwado"), ("pasuwa-do", "pasuwado"),
        ("tesuto peeji", "tesutopeji"), ("chatto", "chato"), ("tyatto", "chato"), ("syoutomeeru", "shotomeru"), ("huomu", "fuomu"),
        ("sitsumon", "shitsumon"), ("tuzuki", "tsuzuki"), ("matchi", "machi"), ("shuu", "shu"),
    ])
    func romajiIsSpeltOneWay(_ romaji: String, _ loose: String) {
        #expect(KanaRomaji.loose(romaji) == loose)
    }

    @Test func otherWordsHaveNoRomaji() {
        #expect(KanaRomaji.romaji(ofKatakana: "スマートフォン") == "sumaatofon")
        #expect(KanaRomaji.romaji(ofKatakana: "携帯") == nil)
        #expect(KanaRomaji.romaji(ofKatakana: "すまほ") == nil)
        #expect(KanaRomaji.romaji(ofKatakana: "ーア") == nil)
        #expect(KanaRomaji.romaji(ofKatakana: "") == nil)
    }
}

/// Katakana tickets: told apart from katakana words among kanji, and folded to hiragana one
/// scalar for one.
@Suite struct KatakanaTicketTests {
    @Test func aTicketIsInKatakanaWhenItsJapaneseIs() {
        #expect(KatakanaTicket.isKatakana(TriageText("ﾊﾟｽﾜｰﾄﾞ ﾜｽﾚﾏｼﾀ。OMUIDﾊ ﾜｶﾘﾏｽ")))
        #expect(!KatakanaTicket.isKatakana(TriageText("ﾊﾟｽﾜｰﾄﾞ忘れました。ﾛｸﾞｲﾝできないので再設定したいです")))
        #expect(!KatakanaTicket.isKatakana(TriageText("パスワード")))
        #expect(!KatakanaTicket.isKatakana(TriageText("I forgot my password")))
    }

    @Test func foldedToHiraganaScalarForScalar() {
        let text = TriageText("ﾊﾟｽﾜｰﾄﾞ ｦ ﾜｽﾚﾀ ｳﾞ OMUID")
        let folded = KatakanaTicket.hiragana(text)
        #expect(folded.text == "ぱすわーど を わすれた ゔ omuid")
        #expect(folded.scalars.count == text.scalars.count)
        #expect(KatakanaTicket.katakana("すまほ".unicodeScalars) == "スマホ")
    }

    /// Readings of the forty-eighth session's blind rounds, each on the facts triage reads.
    @Test func readingsOfRoundsSeventyFiveAndSix() {
        func facts(_ raw: String) -> [String: FactValue] {
            Dictionary(Bundled.triager.triage(raw).facts.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        // Romaji typed with the «ー» key's hyphen for a long vowel: «pasuwa-do» is パスワード.
        #expect(facts("pasuwa-do wasurechatte me-ru mo po-taru mo hairenai desu.")["password_forgotten"] == .bool(true))
        #expect(facts("tesuto pe-ji de wantaimu pasuwa-do no gamen ga demasen.")["otp_screen_shown"] == .bool(false))
        // English hyphenated words in a romaji ticket stay as they are.
        #expect(RomajiReading.longVowels(TriageText("e-mail ga todokanai desu, wi-fi wa ok")).text == "e-mail ga todokanai desu, wi-fi wa ok")
        // The failures told just after their count (P000 L20: the user management system locks).
        #expect(facts("Step 1: go to the user admin system to change my password. Step 2: told it's incorrect. I repeated maybe seven times assuming a typo. Step 3: now a different message.")["user_admin_locked"] == .bool(true))
        // A formal code refused after a night (P001 L192: the code lasts five minutes).
        #expect(facts("確認のためのコードを受信したものの、所用により入力が翌朝となってしまい、当然ながら受理されませんでした。")["code_expired"] == .bool(true))
        // A notice never got, with no reset named, is no reset mail missing: the forgetting stands.
        #expect(facts("My password isn't working. I never got a notice. Tbh I don't remember what I set it to in the first place either.")["password_forgotten"] == .bool(true))
        #expect(facts("I asked for a password reset but I never got a notice. I forgot my password.")["password_forgotten"] == nil)
        // «今覚えない»: a non-native writer's forgetting.
        #expect(facts("去年の夏にパスワードを変えましたが、今覚えないです。")["password_forgotten"] == .bool(true))
        // «それがわからない» after the password asked for; not after the OMUID asked for.
        #expect(facts("利用者管理システムに入ろうとすると今のパスワード聞かれて、それがわからないんです")["password_forgotten"] == .bool(true))
        #expect(facts("ログイン画面でOMUIDを聞かれて、それがわからないんです")["password_forgotten"] == nil)
        // The new password and its confirmation told not matching in plain words (P001 L170).
        #expect(facts("最初の手続きでパスワードを決める所、確認用にもう一回入れる欄と合ってないって言われます。")["error_stage"] == .choice("form"))
        // The activation's test named by what it is part of; a phone told missing (P000 L39).
        #expect(facts("During the setup test I enter the one-time code and it fails. Still in the middle of activation.")["activation_done"] == .bool(false))
        #expect(facts("Sunday evening: noticed my phone wasn't in my bag. The code app was on the missing phone.")["device_lost"] == .bool(true))
    }

    /// Readings of the forty-ninth session's blind rounds.
    @Test func readingsOfRoundsEightyToEightyThree() {
        func facts(_ raw: String) -> [String: FactValue] {
            Dictionary(Bundled.triager.triage(raw).facts.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        // A loss and a new phone denied in polite speech; both phones at hand (P000 L39 is of a phone gone).
        #expect(facts("学外から入るとき最後の６桁で失敗します。スマホは買い替えてないし無くしてもいません。")["device_lost"] == .bool(false))
        #expect(facts("My work phone is being replaced next month, and I will have both the old and the new handset in hand.")["device_lost"] == .bool(false))
        // A phone gone, in kana: «けいたい、なくなりました».
        #expect(facts("わたしのけいたい、なくなりました。ワンタイムパスワードがみられません。")["device_lost"] == .bool(true))
        #expect(facts("スマホが見当たらないので認証アプリが開けません。")["device_lost"] == .bool(true))
        // «数回続けて誤入力» at the user management system (P000 L20: it locks).
        #expect(facts("利用者管理システムで旧パスワードを数回続けて誤入力してしまい、その後ログインできなくなりました。")["user_admin_locked"] == .bool(true))
        // "On campus" as where a contractor works is no network; a tablet stolen from a bag is gone.
        #expect(facts("I work for a contractor on campus. The 2FA test page won't let me through.")["on_campus_network"] == nil)
        #expect(facts("I'm on campus and the 2FA test page won't let me through.")["on_campus_network"] == .bool(true))
        #expect(facts("My tablet was stolen from my bag at the station.")["device_lost"] == .bool(true))
        // The writer's device lost with a clause about it between; not another thing's loss, nor a question.
        #expect(facts("My tablet which has the OMU two-factor app is lost.")["device_lost"] == .bool(true))
        #expect(facts("Hi, my tablet which I use for the one time code was stolen at the airport.")["device_lost"] == .bool(true))
        #expect(facts("I get codes in the app on my phone, so the second factor is fine; it is only the password itself that is lost.")["device_lost"] == nil)
        #expect(facts("New phone today, the old one still works. Is reissuing only for when the phone is lost?")["device_lost"] != .bool(true))
        // Sign-ins rejected again and again at the user management system (P000 L20).
        #expect(facts("Opened the user admin system, typed my old password, tried again a few times, rejected each time.")["user_admin_locked"] == .bool(true))
    }

}
