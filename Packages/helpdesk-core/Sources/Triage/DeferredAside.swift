/// A sentence whose question the writer puts off («来月スマホを買い替える予定なので2要素認証の移し方も
/// あとで知りたいです。でもまずはパスワードを…», «ついでにお聞きしたいのですが…», "no rush on that one"):
/// it is not the trouble the ticket is about now, so its words are not evidence of it. So is a
/// sentence that tells a trouble resolved already («学籍番号がわからなかった件は、別のタブに残って
/// たので解決しました», "turned out I was on campus Wi-Fi, so that's sorted"). Only beside another
/// sentence: a ticket that is all put off is still about what it asks.
enum DeferredAside {
    /// Words that put the question of their sentence off for later: the whole sentence is set aside.
    static let markers = [
        "あとで教え", "後で教え", "あとで知りたい", "後で知りたい", "あとでいい", "後でいい", "後ほどで", "のちほどで", "のちほど教え", "後ほど教え",
        "急ぎではな", "急ぎではあり", "急ぎじゃな", "急ぎでな", "急ぎません",
        "for later", "no rush", "not urgent", "isn't urgent", "is not urgent", "less urgent", "when you have time", "can wait",
    ] + resolved
    /// Words that tell the trouble of their sentence resolved: the whole sentence is set aside.
    static let resolved = [
        "解決しました", "解決済", "自己解決", "解決いたしました", "解決できました", "やっと通りました", "やっと通った", "無事に通りました", "無事通りました",
        "that's sorted", "that is sorted", "sorted now", "that's solved", "that is solved", "solved now", "that's resolved", "that is resolved", "resolved now",
        "that part is fine", "that part is ok", "worked in the end", "it works now",
    ]
    /// Words that ask a question in passing: the sentence from them on is set aside, not what
    /// comes before them («本パスワードを忘れてしまい、ついでに…»). Not «ついでに» alone, which
    /// also tells an action taken in passing («ついでにメールアドレスも変えておこうと思い…»).
    static let passing = [
        "ついでにお聞き", "ついでに聞き", "ついでに聞きたい", "ついでに質問", "ついでにお尋ね", "ついでに教え", "ついでにご教示", "by the way, i",
    ]
    /// How far a sentence may run either side of its marker, in scalars.
    static let reach = 120
    /// What must stand outside the put-off sentences, in scalars, for them to be set aside.
    static let rest = 12

    /// Each marker (true: its whole sentence is put off) and passing word (false), matched
    /// anywhere in a word.
    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for word in markers { matcher.add(word, true) }
        for word in passing { matcher.add(word, false) }
        return matcher
    }()

    /// The put-off sentences of `text`, in order and apart.
    static func ranges(in text: TriageText) -> [Range<Int>] {
        ranges(in: text, matches: matcher.matches(in: text))
    }

    /// `ranges(in:)` with the words found already (`TicketPhrases` finds them with the others,
    /// by position). Linear: each sentence is looked for at most `reach` either side of its word.
    static func ranges(in text: TriageText, matches: [PhraseMatcher<Bool>.Match]) -> [Range<Int>] {
        let marks = FactExtractor.sentenceMarks
        var found: [Range<Int>] = []
        for match in matches where match.range.lowerBound >= found.last?.upperBound ?? 0 {
            let hit = match.range
            let start = match.payload ? max(text.clauseStart(before: hit.lowerBound, reach: reach, marks: marks), found.last?.upperBound ?? 0) : hit.lowerBound
            found.append(start..<text.clauseEnd(after: hit.upperBound, reach: reach, marks: marks))
        }
        let covered = found.reduce(0) { $0 + $1.count }
        return text.scalars.count - covered >= rest ? found : []
    }
}
