/// The phrases every ticket is read for that stand as whole words — the synonyms (for terms),
/// the entries' keywords and messages (for ranking) and the fact cues — in one trie, so a
/// ticket is passed over once for all three, not three times (the passes were a tenth of a
/// batch's time, most of it the probe of each position's first character). Each kind's matches
/// come out as its own matcher gives them: by position, and at one position in the order added.
struct TicketPhrases: Sendable {
    enum Kind: Sendable {
        case synonym(Int)
        case phrase(TriageIndex.Phrase)
        case cue(FactExtractor.Cue)
    }

    private let matcher: PhraseMatcher<Kind>

    init(synonyms: PhraseMatcher<Int>, phrases: PhraseMatcher<TriageIndex.Phrase>, cues: PhraseMatcher<FactExtractor.Cue>) {
        var matcher = PhraseMatcher<Kind>()
        for (phrase, group) in synonyms.entries { matcher.add(phrase, .synonym(group)) }
        for (phrase, payload) in phrases.entries { matcher.add(phrase, .phrase(payload)) }
        for (phrase, cue) in cues.entries { matcher.add(phrase, .cue(cue)) }
        self.matcher = matcher
    }

    /// A ticket's matches, by kind.
    struct Found {
        var synonyms: [PhraseMatcher<Int>.Match] = []
        var phrases: [PhraseMatcher<TriageIndex.Phrase>.Match] = []
        var cues: [PhraseMatcher<FactExtractor.Cue>.Match] = []
    }

    func matches(in text: TriageText) -> Found {
        var found = Found()
        matcher.forEachMatch(in: text) { payload, phrase, range in
            switch payload {
            case .synonym(let group): found.synonyms.append((group, phrase, range))
            case .phrase(let payload): found.phrases.append((payload, phrase, range))
            case .cue(let cue): found.cues.append((cue, phrase, range))
            }
        }
        return found
    }
}
