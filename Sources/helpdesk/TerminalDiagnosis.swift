import Foundation
import Inference
import KnowledgeBase
import Service

/// Self-diagnosis at a terminal: plain questions, checked answers, `?`/`why`, `back`, `help`,
/// `quit`; at the end `how` and a Markdown transcript. When standard input is not a terminal,
/// answers are read one per line, so a script can drive a whole session. Only the terminal's
/// input and output live here; reading answers, probes and going back are the driver's.
struct TerminalDiagnosis {
    var language: Language
    let store: FileSessionStore
    var driver: DiagnosisDriver
    /// This run's session id, and the lock that keeps other terminals off it.
    var id = newSessionID()
    var claim: FileSessionStore.Claim?
    let style = Output.style
    let interactive = isatty(STDIN_FILENO) == 1
    let columns: Int = {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 20 { return min(c, 100) }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return min(Int(size.ws_col), 100) }
        return 80
    }()

    init(knowledge: LoadedKnowledge, language: Language, store: FileSessionStore, session: Session, allowProbes: Bool) {
        self.language = language
        self.store = store
        driver = DiagnosisDriver(knowledge: knowledge, session: session, allowProbes: allowProbes)
        claim = store.claim(id)
    }

    var k: CompiledKnowledge { driver.knowledge.compiled }
    func w(_ text: LocalizedText) -> String { text.text(language) }

    // MARK: Resuming

    /// Offers the newest saved session that started where this one starts, has answers and no
    /// other terminal holds (「以前に中断した診断から再開しますか?」); one that no longer fits the
    /// knowledge is set aside with a message.
    mutating func offerResume(given: [Session.Entry], automatically: Bool, startTree: String, languageGiven: Bool) {
        let setAside = { (reason: String, path: String) in Output.err(self.w(Words.setAside(reason, path))) }
        guard let offer = store.offer(startTree: startTree, knowledge: k, setAside: setAside),
            automatically || askResume(offer.saved, session: offer.session)
        else { return }
        claim?.release()
        try? store.delete(id)
        (id, claim) = (offer.saved.id, offer.claim)
        // A session resumes in the language it was started in, unless --lang says otherwise.
        if !languageGiven { language = offer.saved.language }
        var resumed = offer.session
        for entry in given { resumed.record(entry.key, entry.value, source: entry.source) }
        driver = DiagnosisDriver(knowledge: driver.knowledge, session: resumed, allowProbes: driver.engine.allowProbes)
    }

    func askResume(_ saved: SavedSession, session: Session) -> Bool {
        let title = k.tree(saved.tree)?.tree.title.text(language) ?? saved.tree
        say(w(Words.resume))
        say(w(Words.resumeDetail(title: title, answers: session.answered.count)))
        say("  1) \(w(Words.yes))\n  2) \(w(Words.no))")
        while true {
            prompt("> ")
            guard let line = readAnswer() else { return false }
            if let yes = AnswerReader.yesNo(line) { return yes }
            say(w(Words.answerYesNo))
        }
    }

    // MARK: The dialogue

    /// Runs until a conclusion, `quit` or the end of input. Returns the exit status.
    mutating func run() -> Int32 {
        SignalMessage.install(w(Words.quitSaved))
        if let title = k.tree(driver.session.tree)?.tree.title.text(language) { say(style(title, .bold)) }
        var lastQuestion: String?
        while true {
            let next = driver.next()
            for reading in next.readings { say(style(w(Words.checked(reading.how)), .dim)) }
            switch next.result.status {
            case .probe:
                continue
            case .error(let e):
                Output.err("helpdesk: error: \(e.message)")
                return 1
            case .conclusion(let ending):
                show(ending)
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
                if lastQuestion != q.key { show(q, number: driver.history.count + 1) }
                lastQuestion = q.key
                guard let line = read(q) else {
                    say("\n" + w(save() ? Words.endOfInput : Words.endOfInputNotSaved))
                    return 0
                }
                switch command(line, question: q, result: next.result) {
                case .quit:
                    say(w(save() ? Words.quitSaved : Words.quitNotSaved))
                    return 0
                case .handled(let reshow):
                    if reshow { lastQuestion = nil }
                case .answer:
                    switch driver.answer(line, to: q) {
                    case .value(let value, let note):
                        if let note { say(style(w(note), .dim)) }
                        if value.isUnknown {
                            say(style(w(Words.takenAsUnknown), .dim))
                            if let hint = q.hint { say(wrapped(w(Words.hint) + w(hint), indent: "    ")) }
                        }
                        save()
                    case .invalid(let why):
                        say(w(why))
                    }
                }
            }
        }
    }

    enum Command { case quit, handled(reshow: Bool), answer }

    /// A command typed at a prompt (at a secret prompt too: a line that is exactly a command is
    /// taken as the command, not as the secret).
    mutating func command(_ raw: String, question q: Question, result: StepResult) -> Command {
        let line = raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased()
        let words = line.split(separator: " ").map(String.init)
        switch words.first {
        case "?", "why", "なぜ":
            explain(result)
        case "help", "ヘルプ":
            say(w(Words.help))
        case "quit", "exit", "q", "中断":
            return .quit
        case "history", "履歴":
            history()
        case "back", "戻る":
            if words.count == 2, let n = Int(words[1]) {
                guard driver.back(to: n) else {
                    say(w(Words.backRange(driver.history.count)))
                    return .handled(reshow: false)
                }
            } else if !driver.undo() {
                say(w(Words.nothingToUndo))
                return .handled(reshow: false)
            }
            save()
            return .handled(reshow: true)
        default:
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
            Output.err(w(Words.saveFailed(error.message)))
            return false
        }
    }

    // MARK: Reading

    func read(_ q: Question) -> String? {
        if q.type == .secret {
            return SecretInput.read(prompts: [LocalizedText(ja: "> ", en: "> ")], language: language).first ?? nil
        }
        prompt("> ")
        return readAnswer()
    }

    /// A line of input; when it comes from a script, it is echoed so the output reads like
    /// the dialogue.
    func readAnswer() -> String? {
        let line = readLine(strippingNewline: true)
        if !interactive, let line { say(TerminalText.safe(line)) }
        return line
    }

    func prompt(_ text: String) { Output.prompt(text) }

    // MARK: Showing

    func say(_ text: String) { print(text) }

    /// Text wrapped to the terminal; the first line starts with `first`, the others with spaces
    /// as wide as it (a hanging indent), or with `indent` when given.
    func wrapped(_ text: String, indent: String = "", first: String? = nil) -> String {
        let lead = first ?? indent
        let rest = first.map { String(repeating: " ", count: TextWidth.width($0)) } ?? indent
        let lines = TextWidth.wrap(TerminalText.safe(text), columns: columns - TextWidth.width(lead))
        return lines.enumerated().map { ($0.offset == 0 ? lead : rest) + $0.element }.joined(separator: "\n")
    }

    func show(_ q: Question, number: Int) {
        say("")
        let head = "[\(number)]"
        if q.kind == .outcome {
            say(style(head, .cyan, .bold) + " " + style(w(Words.pleaseTry), .bold))
            say(wrapped(q.instruction?.text(language) ?? "", indent: "    "))
            for id in q.links { say(linkLine(id)) }
            say(w(Words.didItHelp))
        } else {
            let prompt = q.prompt?.text(language) ?? q.key
            say(wrapped(prompt, first: head + " ").replacingOccurrences(of: head, with: style(head, .cyan, .bold)))
            if let hint = q.hint { say(style(wrapped(w(Words.hint) + w(hint), indent: "    "), .dim)) }
            if q.type == .secret {
                say(style("    " + w(Words.secretNote), .dim))
                say(style(wrapped(w(Words.secretUnknownNote), indent: "    "), .dim))
            } else if q.type == .number || q.type == .text {
                say(style(wrapped(w(Words.unknownNote), indent: "    "), .dim))
            }
        }
        var labels: [String]
        switch q.type {
        case .bool: labels = [w(Words.yes), w(Words.no)]
        case .choice: labels = q.choices.map { $0.label.text(language) }
        default: labels = []
        }
        if !labels.isEmpty && q.acceptsUnknown { labels.append(w(Words.unknown)) }
        for (i, label) in labels.enumerated() {
            say(wrapped(label, first: "  " + TextWidth.pad("\(i + 1))", to: 4)))
        }
        if number == 1 { say(style(w(Words.answerHint), .dim)) }
    }

    func linkLine(_ id: String) -> String {
        guard let link = k.site.links[id] else { return "    → \(id)" }
        return "    → " + link.title.text(language) + (link.url.map { "  \(style($0, .blue))" } ?? "")
    }

    func show(_ e: Ending) {
        let c = WireBuilder(knowledge: k, language: language).conclusion(e)
        say("")
        say(style("━━ \(w(Words.kind(e.kind))) ━━", e.kind == .escalation ? .yellow : .green, .bold))
        if e.kind == .resolved {
            say(w(Words.resolved))
            return
        }
        say(wrapped(c.text))
        for (i, step) in c.steps.enumerated() { say(wrapped(step, first: "  \(i + 1). ")) }
        for id in e.links { say(linkLine(id)) }
        if let category = c.contactCategory {
            say("\(w(Words.category)): \(style(category.label, .bold))")
            if let q = category.question { say("\(w(Words.question8)): \(q)") }
        }
    }

    var explanation: ExplanationText { ExplanationText(knowledge: k, language: language) }

    func explain(_ result: StepResult) {
        guard let why = explanation.why(result) else { return }
        for line in [why.reason, why.usedFor].compactMap({ $0 }) { say(wrapped(line, indent: "  ")) }
        say(why.checkedAt)
        for branch in why.branches { say(wrapped(branch, first: "  • ")) }
    }

    func history() {
        let lines = explanation.history(driver.history)
        if lines.isEmpty { say(w(Words.nothingToUndo)) }
        for (i, line) in lines.enumerated() { say(wrapped(line, first: "  \(i + 1). ")) }
    }

    /// After a conclusion: `how`, `save` a transcript, or finish.
    enum AfterConclusion { case finish(Int32), back }

    /// After a conclusion: `how`, `save` a transcript, `back` to the last question, or finish.
    mutating func afterConclusion(_ result: StepResult) -> AfterConclusion {
        say("")
        say(style(w(Words.afterConclusion), .dim))
        while true {
            prompt("> ")
            guard let line = readAnswer() else { return .finish(0) }
            switch line.nfkc.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "quit", "q", "exit", "終了": return .finish(0)
            case "how", "経緯": showHow(result)
            case "save", "保存": saveTranscript(result)
            case "back", "戻る":
                if driver.undo() { return .back }
                say(w(Words.nothingToUndo))
            case "help", "ヘルプ", "?": say(style(w(Words.afterConclusion), .dim))
            default: say(style(w(Words.afterConclusion), .dim))
            }
        }
    }

    func saveTranscript(_ result: StepResult) {
        let suggested = "helpdesk-\(driver.session.tree)-\(Self.stamp()).md"
        prompt("\(w(Words.savePath)) [\(suggested)]: ")
        var path = readAnswer()?.trimmingCharacters(in: .whitespaces) ?? ""
        if path.isEmpty { path = suggested }
        let markdown = Transcript(knowledge: k, language: language).markdown(session: driver.session, result: result)
        do {
            try markdown.write(toFile: path, atomically: true, encoding: .utf8)
            say(w(Words.saved(path)))
        } catch {
            say(w(Words.notSaved(path, (error as NSError).localizedDescription)))
        }
    }

    func showHow(_ result: StepResult) {
        let how = explanation.how(result)
        say(w(Words.howReached))
        for fact in how.facts { say(wrapped(fact, first: "  • ")) }
        say(style(wrapped(how.path, indent: "  "), .dim))
    }

    static func stamp() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: Date())
    }
}

/// Ctrl-C at a prompt: the session is already saved after every answer, so say so and stop.
enum SignalMessage {
    nonisolated(unsafe) static var message: [CChar] = []

    static func install(_ text: String) {
        message = Array(("\n" + text + "\n").utf8CString)
        signal(SIGINT) { _ in
            SignalMessage.message.withUnsafeBufferPointer { buffer in
                _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count - 1)
            }
            _exit(130)
        }
    }
}
