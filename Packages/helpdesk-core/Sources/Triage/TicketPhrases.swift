/// The phrases every ticket is read for — the synonyms (for terms), the entries' keywords and
/// messages (for ranking), the fact cues, and the words of a denied trouble or an unreached step, of a reset mail
/// that never came, of the ID beside a forgetting, of a question put off, of a step passed then, of a remedy guessed at and of a paper lost (for
/// the evidence set aside) — in one trie, so a ticket is passed over once for all, not once for each (the
/// passes were a tenth of a batch's time, most of it the probe of each position's first
/// character). Each kind's matches
/// come out as its own matcher gives them: by position, and at one position in the order added.
struct TicketPhrases: Sendable {
    enum Kind: Sendable {
        case synonym(Int)
        case phrase(TriageIndex.Phrase)
        case cue(FactExtractor.Cue)
        case denial(Bool)
        case resetMail(Int)
        case name(Bool)
        case deferred(Bool)
        case sender(Bool)
        case unreached(Bool)
        case paperLoss(Bool)
        case passed(Bool)
        case guess(Bool)
    }

    private let matcher: PhraseMatcher<Kind>

    init(synonyms: PhraseMatcher<Int>, phrases: PhraseMatcher<TriageIndex.Phrase>, cues: PhraseMatcher<FactExtractor.Cue>) {
        var matcher = PhraseMatcher<Kind>()
        func add<P>(_ kind: PhraseMatcher<P>, _ payload: (P) -> Kind) {
            for (phrase, p, whole) in kind.entries { matcher.add(phrase, payload(p), wholeWord: whole) }
        }
        add(synonyms) { .synonym($0) }
        add(phrases) { .phrase($0) }
        add(cues) { .cue($0) }
        add(DeniedTrouble.matcher) { .denial($0) }
        add(ResetMailMissing.matcher) { .resetMail($0) }
        add(ForgottenID.matcher) { .name($0) }
        add(DeferredAside.matcher) { .deferred($0) }
        add(MailSender.matcher) { .sender($0) }
        add(UnreachedStep.matcher) { .unreached($0) }
        add(LostPaper.englishLosses) { .paperLoss($0) }
        add(PassedStep.matcher) { .passed($0) }
        add(GuessedRemedy.matcher) { .guess($0) }
        self.matcher = matcher
    }

    /// A ticket's matches, by kind.
    struct Found {
        var synonyms: [PhraseMatcher<Int>.Match] = []
        var phrases: [PhraseMatcher<TriageIndex.Phrase>.Match] = []
        var cues: [PhraseMatcher<FactExtractor.Cue>.Match] = []
        var denials: [PhraseMatcher<Bool>.Match] = []
        var resetMail: [PhraseMatcher<Int>.Match] = []
        var names: [PhraseMatcher<Bool>.Match] = []
        var deferred: [PhraseMatcher<Bool>.Match] = []
        var senders: [PhraseMatcher<Bool>.Match] = []
        var unreached: [PhraseMatcher<Bool>.Match] = []
        var paperLosses: [PhraseMatcher<Bool>.Match] = []
        var passed: [PhraseMatcher<Bool>.Match] = []
        var guesses: [PhraseMatcher<Bool>.Match] = []
    }

    func matches(in text: TriageText) -> Found {
        var found = Found()
        matcher.forEachMatch(in: text) { payload, phrase, range in
            switch payload {
            case .synonym(let group): found.synonyms.append((group, phrase, range))
            case .phrase(let payload): found.phrases.append((payload, phrase, range))
            case .cue(let cue): found.cues.append((cue, phrase, range))
            case .denial(let itself): found.denials.append((itself, phrase, range))
            case .resetMail(let group): found.resetMail.append((group, phrase, range))
            case .name(let id): found.names.append((id, phrase, range))
            case .deferred(let whole): found.deferred.append((whole, phrase, range))
            case .sender(let itself): found.senders.append((itself, phrase, range))
            case .unreached(let named): found.unreached.append((named, phrase, range))
            case .paperLoss(let loss): found.paperLosses.append((loss, phrase, range))
            case .passed(let passed): found.passed.append((passed, phrase, range))
            case .guess(let guess): found.guesses.append((guess, phrase, range))
            }
        }
        return found
    }
}
