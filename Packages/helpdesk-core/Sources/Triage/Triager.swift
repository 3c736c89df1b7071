import Domain
import Inference
import KnowledgeBase

/// Triage of one ticket: redaction, the language, the ranked FAQ entries, the facts the ticket
/// tells, the engine's next step for the top entry, and a reply draft.
public struct Triager: Sendable {
    public let knowledge: CompiledKnowledge
    public let index: TriageIndex
    let extractor: FactExtractor
    /// The synonyms, the entries' phrases, the fact cues and the words of evidence set aside,
    /// found in one pass.
    let phrases: TicketPhrases
    /// Misspelt Latin words mended before any of them is read.
    let speller: SpellingCorrector
    let engine: Engine
    let classifier: ExampleClassifier
    let templates: ReplyTemplates
    let romajiReading: RomajiReading
    /// The synonym group of forgetting (忘れた, "forgot"), if the knowledge has one.
    let forgetting: Int?
    /// The synonym group of sending again (再送, "resend"), if the knowledge has one.
    let resending: Int?
    /// The synonym group of losing a thing (紛失, なくした, lost), if the knowledge has it.
    let losing: Int?
    /// The synonym group of expiring (期限切れ, expired), if the knowledge has it.
    let expiring: Int?
    /// For each fact (the activation aside), the entries (by index) whose own nodes decide on
    /// it, and those that imply a value of it: what a told fact weighs, found from the few facts
    /// a ticket tells.
    let decidersOf: [String: [Int]]
    /// The activation's logins at a step (`isStepLogin`), by index.
    let stepLogins: [Int]
    /// Per entry, in index order: whether it stands off the activation (general, after it).
    let offActivation: [Bool]
    let impliersOf: [String: [(entry: Int, value: String)]]
    /// For each fact, the entries whose walk hands a value of it over to another entry
    /// (two-factor-new-device: a lost old phone is two-factor-device-lost's).
    let handoffsOf: [String: [Handoff]]
    /// For each fact, the entries whose every decision on it sends a value straight to a
    /// general entry (two-factor-test-fails off campus: the page says nothing more, the inquiry
    /// form): told that value, the entry has nothing to ask about it, and it counts as one that
    /// does not decide on it.
    let silentOf: [String: [(entry: Int, value: String)]]
    /// By synonym group: whether it names the case of a referral (`TriageIndex.Referral`).
    let namesReferral: [Bool]

    struct Handoff: Sendable {
        let entry: Int
        let value: String
        let target: Int
    }

    public init(knowledge: CompiledKnowledge, derivations: DerivationRegistry, weights: TriageIndex.Weights = .init()) {
        self.knowledge = knowledge
        index = TriageIndex(knowledge: knowledge, weights: weights)
        extractor = FactExtractor(site: knowledge.site)
        phrases = TicketPhrases(synonyms: index.synonyms, phrases: index.phrases, cues: extractor.cues)
        speller = Self.speller(knowledge: knowledge, phrases: [index.synonyms.entries.map(\.phrase), index.phrases.entries.map(\.phrase), extractor.cues.entries.map(\.phrase)])
        engine = Engine(knowledge: knowledge, derivations: derivations, allowProbes: false)
        classifier = ExampleClassifier(knowledge: knowledge, trees: index.trees.map(\.id), synonyms: index.synonyms, speller: speller)
        templates = ReplyTemplates(knowledge: knowledge)
        romajiReading = RomajiReading(groups: knowledge.synonyms)
        forgetting = knowledge.synonyms.firstIndex { $0.first == "忘れた" }
        resending = knowledge.synonyms.firstIndex { $0.first == "再送" }
        losing = knowledge.synonyms.firstIndex { $0.first == "紛失" }
        expiring = knowledge.synonyms.firstIndex { $0.first == "期限切れ" }
        var decidersOf: [String: [Int]] = [:]
        var impliersOf: [String: [(entry: Int, value: String)]] = [:]
        for (i, tree) in index.trees.enumerated() {
            var decides: Set<String> = []
            for node in tree.nodes { if case .decide(let d) = node.kind { decides.insert(d.fact.name) } }
            for fact in decides where fact != "activation_done" { decidersOf[fact, default: []].append(i) }
            for implied in tree.implies where implied.fact.name != "activation_done" {
                impliersOf[implied.fact.name, default: []].append((i, implied.value))
            }
        }
        self.decidersOf = decidersOf
        let trees = index.trees
        stepLogins = trees.indices.filter { Self.isStepLogin(trees[$0]) }
        offActivation = trees.map { $0.stage == .general || $0.stage == .after_activation }
        self.impliersOf = impliersOf
        handoffsOf = Self.handoffs(knowledge: knowledge, entries: index.ids)
        silentOf = Self.silences(knowledge: knowledge, entries: index.ids)
        var names = [Bool](repeating: false, count: knowledge.synonyms.count)
        for group in index.referrals.flatMap(\.when) { names[group] = true }
        namesReferral = names
    }

    /// The words the knowledge spells: every tree's title and texts, the synonyms, keywords,
    /// messages and fact cues (`phrases`); and the editors' labelled examples' (not the tickets':
    /// people's slips, «pasword», are written twice or more among thousands).
    static func speller(knowledge: CompiledKnowledge, phrases: [[String]]) -> SpellingCorrector {
        var curated = phrases.flatMap { $0 }
        for tree in knowledge.trees.map(\.tree) {
            curated += tree.title.strings + tree.nodeStrings
        }
        return SpellingCorrector(curated: curated, examples: knowledge.examples.filter { !$0.tickets }.flatMap { $0.examples.map(\.text) })
    }

    /// A ticket in romaji read as Japanese (`RomajiReading`), and the phrases found in that.
    func romaji(_ text: TriageText, _ found: TicketPhrases.Found) -> (TriageText, TicketPhrases.Found) {
        let read = romajiReading.read(text, synonyms: found.synonyms)
        return (read, phrases.matches(in: read))
    }

    /// A ticket in katakana read in hiragana, then as Japanese (`KatakanaTicket`), and the phrases
    /// found in that.
    func katakana(_ text: TriageText) -> (TriageText, TicketPhrases.Found) {
        let hiragana = KatakanaTicket.hiragana(text)
        let read = romajiReading.read(hiragana, synonyms: phrases.matches(in: hiragana).synonyms, kana: true)
        return (read, phrases.matches(in: read))
    }

    /// Each decision whose case goes straight to another entry for good (a `goto` without a
    /// way back), by the fact decided on. Ends at a general entry (the inquiry form, where
    /// any entry ends when the page has nothing more) say nothing of what a ticket is about
    /// and are left out.
    static func handoffs(knowledge: CompiledKnowledge, entries: [String]) -> [String: [Handoff]] {
        let position = Dictionary(entries.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var handoffs: [String: [Handoff]] = [:]
        for (entry, id) in entries.enumerated() {
            guard let tree = knowledge.tree(id) else { continue }
            for node in tree.nodes {
                guard case .decide(let fact, let cases, _) = node.edges else { continue }
                for (value, next) in cases.sorted(by: { $0.key < $1.key }) {
                    guard let t = wentTo(tree.nodes[next]), knowledge.trees[t].tree.stage != .general,
                        let target = position[knowledge.trees[t].id]
                    else { continue }
                    handoffs[knowledge.facts[fact].id, default: []].append(Handoff(entry: entry, value: value, target: target))
                }
            }
        }
        return handoffs
    }

    /// The entry (by its place in the knowledge) a node goes on in for good: a `goto` without
    /// a way back.
    static func wentTo(_ node: CompiledNode) -> Int? {
        guard case .goto(let t, nil) = node.edges else { return nil }
        return t
    }

    /// Each decision's values that go straight to a general entry, by the fact decided on: a
    /// value counts when every decision the entry makes on the fact sends it there.
    static func silences(knowledge: CompiledKnowledge, entries: [String]) -> [String: [(entry: Int, value: String)]] {
        var silent: [String: [(entry: Int, value: String)]] = [:]
        for (entry, id) in entries.enumerated() {
            guard let tree = knowledge.tree(id) else { continue }
            var byFact: [Int: [Set<String>]] = [:]
            for node in tree.nodes {
                guard case .decide(let fact, let cases, _) = node.edges else { continue }
                let general = cases.filter { _, next in wentTo(tree.nodes[next]).map { knowledge.trees[$0].tree.stage == .general } ?? false }
                byFact[fact, default: []].append(Set(general.map(\.key)))
            }
            for (fact, sets) in byFact.sorted(by: { $0.key < $1.key }) {
                for value in sets.dropFirst().reduce(sets[0], { $0.intersection($1) }).sorted() {
                    silent[knowledge.facts[fact].id, default: []].append((entry, value))
                }
            }
        }
        return silent
    }

    /// Each entry's prior, in index order: its `pagePrior`, then for each fact the ticket tells
    /// (activation aside: that is the page's) `impliedAgree` if the entry implies the told value
    /// («紛失» and the entry for a lost device; `soleImplied` if it alone does; nothing if the value
    /// is `false`, a premise), `impliedConflict` if it implies another, and if the
    /// entry decides on the fact, 1 + (asked − 1) / the number of entries that decide on it —
    /// unless its walk hands the told value over to another entry: then it counts as one of
    /// the other page (`otherPage`), and the entry it hands over to as one that implies the
    /// value (`impliedAgree`, once). Worked out from the few told facts rather than from every
    /// entry's facts. Then, the writer's own password told forgotten puts the activation's steps
    /// before it on the other page, and a step of the activation told puts the after-activation
    /// page's entries there once more. Then each entry that refers the case the ticket tells
    /// (`groups`: the synonym groups it tells, not denied) to another entry counts as one of the
    /// other page, and the entry it refers to as one that implies it (once).
    func priors(told: [String: String], activationDone: Bool?, groups: Set<Int> = []) -> [Double] {
        let w = index.weights
        var priors = index.trees.withUnsafeBufferPointer { trees in
            trees.map { Self.pagePrior($0, activationDone: activationDone, weight: w.otherPage, conflict: w.impliedConflict) }
        }
        for (fact, value) in told {
            let impliers = impliersOf[fact] ?? []
            let agree = impliers.count { $0.value == value } == 1 ? w.soleImplied : w.impliedAgree
            // A thing implied not to have happened (device_lost: false, of two-factor-multiple-devices)
            // is the entry's premise: told otherwise, the case is not the entry's; told so, it says
            // nothing of it, as most entries' cases share it.
            let premise = value == FactValue.bool(false).caseKey
            for (entry, implied) in impliers { priors[entry] *= value == implied ? (premise ? 1 : agree) : w.impliedConflict }
            var handing: [Int] = []
            for handoff in handoffsOf[fact] ?? [] where handoff.value == value {
                priors[handoff.entry] *= w.otherPage
                // Once for the value: an entry that implies it counts it already.
                if !impliers.contains(where: { $0.entry == handoff.target && $0.value == value }) { priors[handoff.target] *= w.impliedAgree }
                handing.append(handoff.entry)
            }
            guard let deciders = decidersOf[fact] else { continue }
            let factor = 1 + (w.asked - 1) / Double(deciders.count)
            let silent = (silentOf[fact] ?? []).filter { $0.value == value }.map(\.entry)
            for entry in deciders where !handing.contains(entry) && !silent.contains(entry) { priors[entry] *= factor }
        }
        // A password of the writer's own told forgotten exists only once the activation's
        // password change is done (本パスワード, set there): the steps before it are behind the
        // writer, their entries of the other page (a temporary password's, an OMUID's check).
        if told["password_forgotten"] == FactValue.bool(true).caseKey { toOtherPage(&priors, Self.beforeOwnPassword) }
        // A step of the activation named (a screen, a button, the test) says more than
        // activation under way: the after-activation page's entries count less again.
        if told["activation_step"] != nil, activationDone != true { toOtherPage(&priors, [.after_activation]) }
        var referredTo: Set<Int> = []
        for referral in index.referrals where referral.when.allSatisfy(groups.contains) {
            priors[referral.from] *= w.otherPage
            if referredTo.insert(referral.to).inserted { priors[referral.to] *= w.impliedAgree }
        }
        return priors
    }

    /// A login failing at a step of the activation (the activation page's entries titled so:
    /// 「「パスワード変更を始める」をクリック後のOMU認証システムでログインできない」, …) stands on that
    /// step: a ticket that tells neither the activation, nor a step, nor any of the entry's own
    /// words (its button, 仮パスワード) tells an ordinary login (login-fails, P000), and those
    /// entries count as the other page's. `named`: the entries a keyword or message of theirs
    /// was found for.
    func unnamedStepLogins(_ priors: inout [Double], named: Set<Int>) {
        for i in stepLogins where !named.contains(i) { priors[i] *= index.weights.otherPage }
    }

    /// The entries a phrase of theirs was found for that is no phrase of an entry off the
    /// activation (general, after it): «2段階認証», "two-factor" name the ordinary login's entry
    /// as much as a step's; 「パスワード変更を始める」 names the step.
    func namedStepLogins(_ matches: [PhraseMatcher<TriageIndex.Phrase>.Match]) -> Set<Int> {
        let ordinary = Set(matches.lazy.filter { self.offActivation[$0.payload.document] }.map(\.phrase))
        return Set(matches.lazy.filter { !ordinary.contains($0.phrase) }.map(\.payload.document))
    }

    static func isStepLogin(_ tree: Tree) -> Bool {
        tree.stage != .general && tree.stage != .after_activation && (tree.title.ja ?? "").contains("ログイン")
    }

    /// The activation's steps before the writer's own password is set.
    static let beforeOwnPassword: Set<Stage> = [.start, .omuid_check]

    /// The entries of `stages` that stand on one page only, scaled as the other page's.
    func toOtherPage(_ priors: inout [Double], _ stages: Set<Stage>) {
        for (i, tree) in index.trees.enumerated() where stages.contains(tree.stage) && tree.sources.count < 2 { priors[i] *= index.weights.otherPage }
    }

    /// The entries whose walk hands what the ticket tells over to another entry for good
    /// (two-factor-new-device with an old phone lost or given away goes on in
    /// two-factor-device-lost, as the page sends it there): what the ticket says for the first
    /// is said for the second, which its own priors then weigh.
    func transfers(told: [String: String]) -> [(from: Int, to: Int)] {
        var transfers: [(from: Int, to: Int)] = []
        for (fact, value) in told {
            for handoff in handoffsOf[fact] ?? [] where handoff.value == value { transfers.append((handoff.entry, handoff.target)) }
        }
        // In a fixed order (`told` has none), so that scores add up the same in every run.
        return transfers.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    /// The troubles told beside which a remedy or a cause guessed at is set aside (`GuessedRemedy`),
    /// with a code told expired.
    static let guessedBeside: Set<String> = ["password_forgotten", "device_lost", "code_expired"]

    /// Japanese that goes on from a word to deny it (忘れてない, 忘れたわけではなく) or to make it
    /// a case that has not happened (忘れたとき用のアドレス); English before it.
    static let denialsAfter = TriageText.words(["ない", "いない", "ません", "いません", "はいない", "とき", "時", "場合", "際",
                                                 // Or a pretence: «もう忘れたことにしてパスワード再発行しちゃってもいい?».
                                                 "ことにし"]) + DeniedTrouble.notTheCase
        // After a noun's «した» («失念したわけではございません»).
        + TriageText.words(["した", "している", "してる"].flatMap { verb in ["わけでは", "わけじゃ", "わけでも"].map { verb + $0 } })
    static let denialsBefore = FactExtractor.negationsBefore + TriageText.words(["never ", "in case "])
    /// A supposition before it: "if I forget", "if I lose my phone".
    static let conditionalBefore = TriageText.words(["if i "])
    /// A supposition of what the writer doubts or wonders ("not sure if I forgot it").
    static let doubtedConditionalBefore = TriageText.words(["sure if i ", "wonder if i ", "wondering if i "])
    /// A forgetting in the past: after "if I" the question of a writer who has forgotten ("what
    /// do I do if I forgot my password", "if I have forgotten the password I picked"), not a
    /// supposition ("if I forget it someday").
    static let pastForgetting = TriageText.words(["forgot"])

    /// Whether the word at `range` is denied or only supposed: a Japanese negation or
    /// supposition that goes on from it (忘れてない, 忘れたときは; not 忘れて入れない, where the
    /// negation goes with the next verb), an English one before it ("I did not forget", "in
    /// case I forget"; not "if I forgot", `pastForgetting`).
    static func denied(_ range: Range<Int>, in text: TriageText) -> Bool {
        let before = (range.lowerBound - 12)..<range.lowerBound
        if denialsAfter.contains(where: { text.containsAny([$0], in: range.upperBound..<(range.upperBound + $0.count)) })
            || text.containsAny(denialsBefore, in: before) || text.containsAny(doubtedConditionalBefore, in: (range.lowerBound - 16)..<range.lowerBound)
            || text.negatedAcrossOr(at: range.lowerBound)
        {
            return true
        }
        return text.containsAny(conditionalBefore, in: before) && !pastForgetting.contains { TriageText.matches(text.scalars, range.lowerBound, $0) }
    }

    /// The facts the ticket tells, by their case keys, for the ranking's priors: as read, and
    /// a code told by its age as expired or not (past the page's validity or within it), as the engine derives it
    /// (code-expired implies it).
    func toldCases(_ facts: [ExtractedFact]) -> [String: String] {
        var told = Dictionary(facts.map { ($0.key, $0.value.caseKey) }, uniquingKeysWith: { first, _ in first })
        // And a code told typed within it («受信から1分以内に入れてます») as not expired.
        if told["code_expired"] == nil, let expired = codeExpiry(facts) { told["code_expired"] = FactValue.bool(expired).caseKey }
        return told
    }

    /// Whether the ticket tells the confirmation code expired: in words, or by its age (the
    /// page's validity, `site.codeValidityMinutes`, past).
    func codeExpired(_ facts: [ExtractedFact]) -> Bool {
        facts.contains { $0.key == "code_expired" && $0.value.boolValue == true } || codeExpiry(facts) == true
    }

    /// Whether the code told by its age has expired: nil when no age is told.
    func codeExpiry(_ facts: [ExtractedFact]) -> Bool? {
        facts.first { $0.key == "code_age_minutes" }?.value.numberValue.map { CodeAgeCheck.check(minutes: $0, site: knowledge.site).expired }
    }

    /// The FAQ is two pages, before and after activation: when the ticket tells which side the
    /// writer is on, entries only on the other page count less. An entry of both pages that
    /// still implies a side (password-reset-error: the after-activation page's entry, whose
    /// screen's messages the activation page quotes) is that side's. An entry that implies the
    /// other side (recovery-email-which, of the address to enter during activation, and a
    /// ticket that wants the registered one changed) counts `conflict`: its premise is gone.
    static func pagePrior(_ tree: Tree, activationDone: Bool?, weight: Double, conflict: Double) -> Double {
        guard let done = activationDone else { return 1 }
        if let side = tree.implies.first(where: { $0.fact.name == "activation_done" }) {
            return side.value == FactValue.bool(done).caseKey ? 1 : conflict
        }
        guard tree.sources.count < 2 else { return 1 }
        switch tree.stage {
        case .general: return 1
        case .after_activation: return done ? 1 : weight
        case .resume, .start, .omuid_check, .password_change, .two_factor_setup: return done ? weight : 1
        }
    }

    /// What the domain checks find in the facts the ticket tells (an OMUID typed full-width),
    /// in words; none when the walk already used them (the remedy then tells them).
    func findings(_ facts: [ExtractedFact], next: StepResult, language: Language) -> [String] {
        guard next.known["omuid_findings"] == nil, let omuid = facts.first(where: { $0.key == "omuid" })?.value.textValue else { return [] }
        return OMUIDCheck.check(omuid, site: knowledge.site).findings.map { $0.message.text(language) }
    }

    /// How much of a ticket is read for ranking and facts.
    public static let analysedBytes = 256 * 1024

    /// The longest prefix of `text` within `bytes` UTF-8 bytes, cut at a character boundary.
    static func head(of text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        // Back to the start of a scalar: UTF-8 continuation bytes are 10xxxxxx.
        while end > text.utf8.startIndex, text.utf8[end] & 0xC0 == 0x80 { end = text.utf8.index(before: end) }
        return String(text.utf8[..<end])!
    }

    public struct Result: Sendable {
        /// The ticket with secrets replaced by `[REDACTED]`.
        public let text: String
        public let redactions: Int
        public let language: Language
        public let results: [TriageIndex.Ranked]
        public let facts: [ExtractedFact]
        /// The session for the top entry, with the extracted facts.
        public let session: Session?
        public let next: StepResult?
        public let reply: String?
        /// When the two best entries are close: the question whose answer separates them.
        public var separating: Fact? = nil
        /// The misspelt words read as the knowledge spells them («forgoten» as «forgotten»).
        public var mended: [SpellingCorrector.Mended] = []
    }

    public func triage(_ ticket: String, top: Int = 5, language: Language? = nil) -> Result {
        let redacted = Redactor.redact(ticket)
        // All of a ticket is redacted; what it is about is read from its first 256 KB (no ticket
        // a person writes is longer), so a pasted log of megabytes costs no more than that.
        let head = Self.head(of: redacted.text, bytes: Self.analysedBytes)
        var (text, mended) = speller.mend(TriageText(head))
        if text.hasRomaji { text = RomajiReading.longVowels(text) }
        let lang = language ?? (text.language == "ja" ? .ja : .en)
        let found = phrases.matches(in: text)
        var facts = extractor.extract(text, raw: head, cueMatches: found.cues, denialMatches: found.denials, paperLossMatches: found.paperLosses)
        let done = facts.first { $0.key == "activation_done" }?.value.boolValue
        // What it is about is read from a ticket in romaji as from the same ticket in Japanese.
        // And from a ticket in katakana as from the same ticket in hiragana.
        let inRomaji = text.hasRomaji
        let (read, readFound) = inRomaji ? romaji(text, found) : KatakanaTicket.isKatakana(text) ? katakana(text) : (text, found)
        // What the ticket says is known or fine («OMUIDはわかる») is not evidence of its trouble.
        // Nor is a recovery address the ticket tells as entered («…にはGmailを入れています»): an aside.
        let known = SettledClauses.ranges(in: read)
        var settled = SettledClauses.merged(known, ToldRecoveryAddress.ranges(in: read))
        // A time told beside a reset mail that never came is how long the writer has waited for
        // it («もう1時間待ってんで»), not a code's age: there is no code to have expired.
        let mailMissing = ResetMailMissing.told(in: read, matches: readFound.resetMail)
        // Nor is a night it has not come in («翌朝になっても届きません») a code's long wait.
        if mailMissing { facts.removeAll(where: \.fromElapsedTime) }
        // Nor is a mail only supposed missing, found later («全然来ないと思ってたら迷惑メールフォルダに入ってて»).
        let supposedMissing = ResetMailMissing.supposedRanges(in: read, matches: readFound.resetMail)
        if !supposedMissing.isEmpty { settled = SettledClauses.merged(settled, supposedMissing) }
        // The forgetting words, found once for the two asides beside a forgotten password.
        let forgettings = forgetting.map { group in readFound.synonyms.filter { $0.payload == group }.map(\.range) } ?? []
        // Nor, beside a forgotten password, a two-factor side told as working («認証アプリの数字は出ています»).
        if !forgettings.isEmpty {
            let working = WorkingTwoFactor.ranges(in: read)
            if forgettings.contains(where: { !SettledClauses.covers(working, $0.lowerBound) }) {
                settled = SettledClauses.merged(settled, working)
            }
        }
        // Nor a forgetting that started a reset whose mail never came («忘れたので再設定しようとしたら、
        // メールが全然来ません»): the mail is the trouble now.
        // Or whose code had expired by the time it was typed («…忘れてしまったので再設定ページで手続き…
        // 期限が過ぎているというエラー», «講義が終わってから(90分後に)入力したところ»): the page's entry
        // for the expired code (P001 L192, 「5分以上経過している場合」).
        // Or that led to a lock the ticket tells (not only an unlock asked for): the page sends
        // everyone locked out of the user management system to the inquiry form (P000 L20:
        // 「アカウントロックが発生した方はITヘルプデスクのお問い合わせフォームよりお問い合わせください」).
        let locked = facts.contains { $0.key == "user_admin_locked" && $0.value == .bool(true) && !$0.onlyAsked }
        if !forgettings.isEmpty, mailMissing || codeExpired(facts) || locked {
            settled = SettledClauses.merged(settled, forgettings)
        }
        // Nor a forgetting of the ID, not the password («OMUIDが何だったか忘れてしまいました»).
        let idForgotten = ForgottenID.ranges(forgettings, in: read, names: readFound.names)
        if !idForgotten.isEmpty {
            settled = SettledClauses.merged(settled, idForgotten)
            // Told as a fact (omuid_forgotten), which login-fails decides on (P000 L6–11), unless
            // the ID is a student's or staff number («学籍番号を忘れ», "forgot my student ID").
            if !facts.contains(where: { $0.key == "omuid_forgotten" }), let evidence = ForgottenID.omuidForgotten(idForgotten, in: read) {
                facts.append(ExtractedFact(key: "omuid_forgotten", value: .bool(true), evidence: evidence))
                facts.sort { $0.key < $1.key }
            }
        }
        // Nor a forgetting told as what may happen one day ("in case I forget my password someday").
        let hypothetical = HypotheticalForgetting.ranges(forgettings, in: read)
        if !hypothetical.isEmpty { settled = SettledClauses.merged(settled, hypothetical) }
        // Nor the two-factor test told as having worked then ("the test page worked then"): a step behind the writer.
        let passed = PassedStep.ranges(readFound.passed, in: read)
        if !passed.isEmpty { settled = SettledClauses.merged(settled, passed) }
        // Nor a loss kept for («スマホをなくしたとき用に、iPadにも…», "in case I lose my phone").
        if let losing {
            let losses = HypotheticalLoss.ranges(readFound.synonyms.filter { $0.payload == losing }.map(\.range), in: read)
            if !losses.isEmpty { settled = SettledClauses.merged(settled, losses) }
        }
        // Nor a forgetting only supposed and taken back («忘れたかもと思って…ちゃんと思い出した»).
        let supposed = SupposedForgetting.ranges(forgettings, in: read)
        if !supposed.isEmpty { settled = SettledClauses.merged(settled, supposed) }
        // Nor, beside a code told expired, its sending again asked for («確認コード切れた!…再送のボタン
        // とかないんですか»): that is the expired code's remedy (P001 L192: 「5分以上経過している場合や、
        // 確認コードを再度送信したい場合は…再度手続きをお願いします」), and the trouble is the expiry.
        if let resending, codeExpired(facts) {
            let resends = readFound.synonyms.filter { $0.payload == resending }.map(\.range)
            if !resends.isEmpty { settled = SettledClauses.merged(settled, resends) }
        }
        // Nor the junk folder the mail lay in, beside a code told past its validity ("i waited maybe
        // 15 minutes because the mail went to junk folder first"): the mail came, late.
        if codeExpired(facts) {
            let junk = FactExtractor.junkClauses(in: read)
            if !junk.isEmpty { settled = SettledClauses.merged(settled, junk) }
        }
        // Nor a question the writer puts off («…の移し方もあとで知りたいです。でもまずは…»).
        let deferred = DeferredAside.ranges(in: read, matches: readFound.deferred)
        if !deferred.isEmpty { settled = SettledClauses.merged(settled, deferred) }
        // Nor a word set aside («仮パスワードじゃなくて»): neither its synonym, its bigrams nor a keyword in it.
        let aside = TicketTerms.asideRanges(readFound.synonyms, in: read)
        if !aside.isEmpty { settled = SettledClauses.merged(settled, aside) }
        // Nor a password told as expired, a guess at the cause («パスワードの有効期限が切れたのだと思います»).
        let expired = PasswordExpiry.ranges(in: read)
        if !expired.isEmpty { settled = SettledClauses.merged(settled, expired) }
        // Nor a trouble the ticket denies ("it shouldn't have expired yet").
        let denied = DeniedTrouble.ranges(readFound.denials, in: read)
        if !denied.isEmpty { settled = SettledClauses.merged(settled, denied) }
        // Nor the user management system named as a mail's sender ("the mail from 利用者管理システム").
        let senders = MailSender.ranges(readFound.senders, in: read)
        if !senders.isEmpty { settled = SettledClauses.merged(settled, senders) }
        // Nor a two-factor step told as never reached («ワンタイムパスワードの画面までは行きません»).
        let unreached = UnreachedStep.ranges(readFound.unreached, in: read)
        if !unreached.isEmpty { settled = SettledClauses.merged(settled, unreached) }
        // A forgetting that stands after all that is of the password the writer set
        // (password_forgotten), unless the ticket names the temporary one (and not the activation
        // finished). A paper the password was on lost («パスワードをメモしていた紙をなくしました») is a
        // forgetting too.
        let lostPaper = LostPaper.ranges(readFound.cues, losses: readFound.paperLosses, in: read)
        if let forgotten = ForgottenPassword.told(SettledClauses.merged(forgettings, lostPaper.papers), settled: settled, known: known, in: read, activationDone: done) {
            facts.append(ExtractedFact(key: "password_forgotten", value: .bool(true), evidence: forgotten))
            // An unlock only asked for beside it is the writer's guess at a remedy, not a lock
            // (P000 sends a forgotten password to the reissue): neither a fact nor evidence.
            if facts.contains(where: \.onlyAsked) {
                let asked = readFound.cues.filter { $0.payload.key == "user_admin_locked" }.map(\.range)
                settled = SettledClauses.merged(settled, asked)
            }
            facts.removeAll(where: \.onlyAsked)
            facts.sort { $0.key < $1.key }
        }
        // And the verb of losing is no evidence of a lost device.
        if !lostPaper.all.isEmpty { settled = SettledClauses.merged(settled, lostPaper.all) }
        // Nor, beside a trouble told (a password forgotten, a device lost, a code expired, a reset
        // mail that never came), a remedy or a cause the writer guesses at, asking, in another
        // sentence («QRコードを再発行したら入れるようになりますか?», "Do I need to reissue my 2FA QR code?").
        // Or beside a forgetting the writer denies («パスワードは忘れてないです…QRを再発行すれば入れますか?»,
        // "I haven't changed or forgotten my password. Do I need a QR code reissue?"): the trouble
        // is the login that fails all the same.
        let troubleTold = facts.contains { Self.guessedBeside.contains($0.key) && $0.value == .bool(true) } || codeExpired(facts)
        let forgettingDenied = !troubleTold && forgettings.contains { Self.denied($0, in: read) }
        // Or beside a login that fails before the two-factor step («アプリのコードまでたどり着かない。
        // アプリ入れ直せばいい?»): the step's remedy is the guess.
        if troubleTold || mailMissing || forgettingDenied || !unreached.isEmpty {
            // (A mail that never came alone: its not coming is the trouble, an expiry guessed at is not.)
            let missing = mailMissing ? readFound.resetMail.filter { $0.payload == 1 }.map(\.range) : []
            let troubles = !troubleTold ? missing + (forgettingDenied ? forgettings : []) + unreached
                : readFound.synonyms.filter { [forgetting, losing, expiring].contains($0.payload) }.map(\.range)
                + readFound.cues.filter { Self.guessedBeside.contains($0.payload.key) }.map(\.range) + lostPaper.all + missing
            let guesses = GuessedRemedy.ranges(readFound.guesses, troubles: troubles, in: read)
            if !guesses.isEmpty {
                settled = SettledClauses.merged(settled, guesses)
                // Nor is a step of the activation named only in the guess ("can I just add the
                // authenticator … with my existing setup key?") where the writer is.
                let steps = readFound.cues.filter { $0.payload.key == "activation_step" }
                if !steps.isEmpty, steps.allSatisfy({ SettledClauses.covers(guesses, $0.range.lowerBound) }) {
                    facts.removeAll { $0.key == "activation_step" }
                }
            }
        }
        let told = toldCases(facts)
        func rank(settled: [Range<Int>]) -> [TriageIndex.Ranked] {
            let terms = TicketTerms(read, synonymMatches: readFound.synonyms, romaji: inRomaji).removing(settled)
            let phraseMatches = settled.isEmpty ? readFound.phrases : readFound.phrases.filter { !SettledClauses.covers(settled, $0.range.lowerBound) }
            let evidence = index.weights.examples > 0 ? classifier.posterior(terms) : nil
            // The synonym groups that name a referral's case, told and not denied.
            var groups: Set<Int> = []
            for (k, group) in terms.groups.enumerated() where namesReferral[group] && !groups.contains(group) {
                if !Self.denied(terms.groupRanges[k], in: read) { groups.insert(group) }
            }
            var priors = priors(told: told, activationDone: done, groups: groups)
            if done == nil, told["activation_step"] == nil, !stepLogins.isEmpty { unnamedStepLogins(&priors, named: namedStepLogins(phraseMatches)) }
            return index.rank(
                read, terms: terms, phraseMatches: phraseMatches, top: top, evidence: evidence,
                priors: priors, transfers: transfers(told: told))
        }
        var ranked = rank(settled: settled)
        // A ticket all of whose words were set aside is still about what it says («ｺｰﾄﾞ期限切れになった～～
        // 迷惑ﾒｰﾙﾌｫﾙﾀﾞに入ってて…»): ranked on all of them.
        if ranked.isEmpty, !settled.isEmpty { ranked = rank(settled: []) }
        guard let best = ranked.first else {
            return Result(
                text: redacted.text, redactions: redacted.count, language: lang, results: [], facts: facts, session: nil, next: nil,
                reply: ReplyDraft(knowledge: knowledge, language: lang, templates: templates).unmatched(), mended: mended)
        }
        var session = Session(tree: best.tree.id)
        for fact in facts where knowledge.hasFact(fact.key) {
            session.record(fact.key, fact.value, source: .extracted, how: fact.evidence)
        }
        let next = engine.step(session)
        var separating: Fact?
        if ranked.count >= 2, ranked[0].message == nil, ranked[1].confidence >= ranked[0].confidence * Separator.closeness {
            separating = Separator(knowledge: knowledge).question(between: ranked[0].tree.id, and: ranked[1].tree.id)
            // A fact the ticket already tells separates nothing more.
            if let f = separating, facts.contains(where: { $0.key == f.id }) { separating = nil }
        }
        let open = separating.map { ReplyDraft.OpenQuestion(fact: $0, separates: (ranked[0].tree.title.text(lang), ranked[1].tree.title.text(lang))) }
        let reply = ReplyDraft(knowledge: knowledge, language: lang, templates: templates)
            .text(tree: best.tree, next: next, separating: open, findings: findings(facts, next: next, language: lang))
        return Result(
            text: redacted.text, redactions: redacted.count, language: lang, results: ranked, facts: facts, session: session,
            next: next, reply: reply, separating: separating, mended: mended)
    }

    /// The draft for another entry than triage's first (an agent's choice): the facts the ticket
    /// tells, walked in `tree`, and the reply for where that walk stands. Nil for an unknown
    /// entry.
    public func draft(_ result: Result, tree id: String) -> (next: StepResult, reply: String)? {
        guard let tree = knowledge.tree(id)?.tree else { return nil }
        var session = Session(tree: id)
        for fact in result.facts where knowledge.hasFact(fact.key) {
            session.record(fact.key, fact.value, source: .extracted, how: fact.evidence)
        }
        let next = engine.step(session)
        let reply = ReplyDraft(knowledge: knowledge, language: result.language, templates: templates)
            .text(tree: tree, next: next, findings: findings(result.facts, next: next, language: result.language))
        return (next, reply)
    }
}
