import Foundation
import Inference
import KnowledgeBase

/// Self-diagnosis as a dialogue of lines: plain questions, checked answers, `?`/`why`, `back`,
/// `history`, `help`, `quit`; at the end `how` and a Markdown transcript. The session is saved
/// after every answer (never its secrets), so `quit`, Ctrl-C or the end of input keeps it for
/// the next run to resume. Reading answers, probes and going back are the driver's; what is
/// shown is `DialogueText`'s; the lines come and go through a `DialogueConsole`, so the whole
/// dialogue runs in a test as it runs at a terminal.
public struct DiagnosisDialogue {
    public private(set) var language: Language
    let store: FileSessionStore
    public private(set) var driver: DiagnosisDriver
    let console: any DialogueConsole
    let style: Styler
    let columns: Int
    /// This run's session id, and the lock that keeps other terminals off it.
    public private(set) var id = newSessionID()
    var claim: FileSessionStore.Claim?

    public init(
        knowledge: LoadedKnowledge, language: Language, store: FileSessionStore, session: Session, allowProbes: Bool,
        console: any DialogueConsole, style: Styler = .plain, columns: Int = 80
    ) {
        self.language = language
        self.store = store
        self.console = console
        self.style = style
        self.columns = columns
        driver = DiagnosisDriver(knowledge: knowledge, session: session, allowProbes: allowProbes)
        claim = store.claim(id)
    }

    var k: CompiledKnowledge { driver.knowledge.compiled }
    func w(_ text: LocalizedText) -> String { text.text(language) }
    /// The dialogue's text, in the session's language (which resuming may change).
    var text: DialogueText { DialogueText(knowledge: k, language: language, style: style, columns: columns) }
    func say(_ text: String) { console.say(text) }

    // MARK: Resuming

    /// Offers the newest saved session that started where this one starts, has answers and no
    /// other terminal holds (「以前に中断した診断から再開しますか?」), or takes it without asking
    /// when `automatically`; one that no longer fits the knowledge is set aside with a message.
    /// `given` facts apply to the resumed session too; it keeps its own language unless
    /// `languageGiven`.
    public mutating func offerResume(given: [Session.Entry], automatically: Bool, startTree: String, languageGiven: Bool) {
        let console = console, language = language
        let setAside = { (reason: String, path: String) in console.warn(Words.setAside(reason, path).text(language)) }
        guard let offer = store.offer(startTree: startTree, knowledge: k, setAside: setAside),
            automatically || askResume(offer.saved, session: offer.session)
        else { return }
        claim?.release()
        try? store.delete(id)
        (id, claim) = (offer.saved.id, offer.claim)
        if !languageGiven { self.language = offer.saved.language }
        var resumed = offer.session
        for entry in given { resumed.record(entry.key, entry.value, source: entry.source) }
        driver = DiagnosisDriver(knowledge: driver.knowledge, session: resumed, allowProbes: driver.engine.allowProbes)
    }

    func askResume(_ saved: SavedSession, session: Session) -> Bool {
        say(text.resumeOffer(tree: saved.tree, answers: session.answered.count))
        while true {
            guard let line = console.ask("> ") else { return false }
            if let yes = AnswerReader.yesNo(line) { return yes }
            say(w(Words.answerYesNo))
        }
    }

    // MARK: The dialogue

    /// Runs until a conclusion, `quit` or the end of input. Returns the exit status: 1 when the
    /// knowledge fails (the engine's error), else 0.
    public mutating func run() -> Int32 {
        console.onInterrupt(say: w(Words.quitSaved))
        if let title = text.title(driver.session.tree) { say(title) }
        var lastQuestion: String?
        while true {
            let next = driver.next()
            for reading in next.readings { say(text.aside(Words.checked(reading.how))) }
            switch next.result.status {
            case .probe:
                continue
            case .error(let e):
                console.warn("helpdesk: error: \(e.message)")
                return 1
            case .conclusion(let ending):
                say(text.conclusion(ending))
                switch afterConclusion(next.result) {
                case .finish(let status):
                    try? store.delete(id)
                    claim?.release()
                    return status
                case .back:
                    lastQuestion = nil
                    save()
                }
            case .question(let q):
                if lastQuestion != q.key { say(text.question(q, number: driver.history.count + 1)) }
                lastQuestion = q.key
                guard let line = q.type == .secret ? console.askSecret("> ") : console.ask("> ") else {
                    say("\n" + w(save() ? Words.endOfInput : Words.endOfInputNotSaved))
                    return 0
                }
                switch command(line, result: next.result) {
                case .quit:
                    say(w(save() ? Words.quitSaved : Words.quitNotSaved))
                    return 0
                case .handled(let reshow):
                    if reshow { lastQuestion = nil }
                case .answer:
                    switch driver.answer(line, to: q) {
                    case .value(let value, let note):
                        if let note { say(text.aside(note)) }
                        if value.isUnknown { say(text.takenAsUnknown(q)) }
                        save()
                    case .invalid(let why):
                        say(w(why))
                    }
                }
            }
        }
    }

    enum Handling { case quit, handled(reshow: Bool), answer }

    /// A command typed at a prompt (at a secret prompt too: a line that is exactly a command is
    /// taken as the command, not as the secret).
    mutating func command(_ line: String, result: StepResult) -> Handling {
        switch DialogueCommand.atQuestion(line) {
        case .why:
            if let why = text.why(result) { say(why) }
        case .help:
            say(w(Words.help))
        case .quit:
            return .quit
        case .history:
            say(text.history(driver.history))
        case .back(let number):
            if let number {
                guard driver.back(to: number) else {
                    say(w(Words.backRange(driver.history.count)))
                    return .handled(reshow: false)
                }
            } else if !driver.undo() {
                say(w(Words.nothingToUndo))
                return .handled(reshow: false)
            }
            save()
            return .handled(reshow: true)
        case .how, .save, .other:
            return .answer
        }
        return .handled(reshow: false)
    }

    /// Saves the session (never its secrets); a failure is said, and reported to the caller.
    @discardableResult
    func save() -> Bool {
        do {
            try store.save(SavedSession(id: id, session: driver.session, language: language, knowledge: k))
            return true
        } catch {
            console.warn(w(Words.saveFailed(error.message)))
            return false
        }
    }

    // MARK: After the conclusion

    enum AfterConclusion { case finish(Int32), back }

    /// After a conclusion: `how`, `save` a transcript, `back` to the last question, or finish.
    mutating func afterConclusion(_ result: StepResult) -> AfterConclusion {
        say("")
        say(text.afterConclusion)
        while true {
            guard let line = console.ask("> ") else { return .finish(0) }
            switch DialogueCommand.afterConclusion(line) {
            case .quit: return .finish(0)
            case .how: say(text.how(result))
            case .save: saveTranscript(result)
            case .back:
                if driver.undo() { return .back }
                say(w(Words.nothingToUndo))
            case .why, .help, .history, .other: say(text.afterConclusion)
            }
        }
    }

    /// Writes the Markdown transcript (secrets as `•••`) where the user says, or to a name made
    /// of the entry and the time.
    func saveTranscript(_ result: StepResult) {
        let suggested = Transcript.fileName(tree: driver.session.tree)
        var path = console.ask("\(w(Words.savePath)) [\(suggested)]: ")?.trimmingCharacters(in: .whitespaces) ?? ""
        if path.isEmpty { path = suggested }
        let markdown = Transcript(knowledge: k, language: language).markdown(session: driver.session, result: result)
        do {
            try markdown.write(toFile: path, atomically: true, encoding: .utf8)
            say(w(Words.saved(path)))
        } catch {
            say(w(Words.notSaved(path, (error as NSError).localizedDescription)))
        }
    }
}
