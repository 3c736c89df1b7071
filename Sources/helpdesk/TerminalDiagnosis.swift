import Foundation
import Inference
import KnowledgeBase

/// Self-diagnosis at a terminal: plain questions, checked answers, `?`/`why`, `back`, `help`,
/// `quit`; at the end `how` and a Markdown transcript. When standard input is not a terminal,
/// answers are read one per line, so a script can drive a whole session.
struct TerminalDiagnosis {
    let knowledge: LoadedKnowledge
    let language: Language
    let store: SessionStore?
    var session: Session
    var engine: Engine
    let colour = Output.colourOut
    let interactive = isatty(STDIN_FILENO) == 1
    let columns: Int = {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 20 { return min(c, 100) }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return min(Int(size.ws_col), 100) }
        return 80
    }()

    var ja: Bool { language == .ja }
    var k: CompiledKnowledge { knowledge.compiled }

    /// Runs until a conclusion, `quit` or the end of input. Returns the exit status.
    mutating func run() -> Int32 {
        SignalMessage.install(Messages.quitSaved.text(language))
        if let title = k.tree(session.tree)?.tree.title.text(language) {
            say(Output.styled(title, .bold, on: colour))
        }
        var lastQuestion: String?
        while true {
            let result = engine.step(session)
            switch result.status {
            case .probe(let fact, let probe):
                session.probed.insert(fact)
                if let reading = knowledge.derivations.probes[probe]?() {
                    session.record(fact, reading.value, source: .probed, how: reading.how)
                    say(Output.styled((ja ? "確認しました: " : "Checked: ") + reading.how, .dim, on: colour))
                }
            case .error(let e):
                Output.err("helpdesk: error: \(e.message)")
                return 1
            case .conclusion(let ending):
                store?.delete()
                show(ending)
                return afterConclusion(result)
            case .question(let q):
                if lastQuestion != q.key { show(q, number: session.answered.count + 1) }
                lastQuestion = q.key
                guard let line = read(q) else {
                    save()
                    say("\n" + Messages.endOfInput.text(language))
                    return 0
                }
                switch command(line, question: q, result: result) {
                case .quit:
                    save()
                    say(Messages.quitSaved.text(language))
                    return 0
                case .handled(let reshow):
                    if reshow { lastQuestion = nil }
                case .answer:
                    answer(line, to: q)
                }
            }
        }
    }

    enum Command { case quit, handled(reshow: Bool), answer }

    mutating func command(_ raw: String, question q: Question, result: StepResult) -> Command {
        guard q.type != .secret else { return .answer }
        let line = raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased()
        let words = line.split(separator: " ").map(String.init)
        switch words.first {
        case "?", "why", "なぜ":
            explain(result)
            return .handled(reshow: false)
        case "help", "ヘルプ":
            say(Messages.help.text(language))
            return .handled(reshow: false)
        case "quit", "exit", "q", "中断":
            return .quit
        case "history", "履歴":
            history()
            return .handled(reshow: false)
        case "back", "戻る":
            if words.count == 2, let n = Int(words[1]) {
                let answered = session.answered
                guard n >= 1, n <= answered.count else {
                    say(ja ? "1から\(answered.count)の番号を指定してください。" : "Give a number from 1 to \(answered.count).")
                    return .handled(reshow: false)
                }
                session.back(to: answered[n - 1].key)
            } else if !session.undo() {
                say(Messages.nothingToUndo.text(language))
                return .handled(reshow: false)
            }
            save()
            return .handled(reshow: true)
        default:
            return .answer
        }
    }

    /// Checks an answer against the question; records it, or says why not.
    mutating func answer(_ raw: String, to q: Question) {
        if q.type == .secret || q.type == .text {
            guard !raw.trimmingCharacters(in: .whitespaces).isEmpty else {
                say(ja ? "入力が空です。" : "The answer is empty.")
                return
            }
            session.record(q.key, .text(raw), source: .asked)
            save()
            return
        }
        let normalised = raw.nfkc.trimmingCharacters(in: .whitespaces)
        if normalised != raw.trimmingCharacters(in: .whitespaces) {
            say(Output.styled(ja ? "(全角文字を半角にして「\(normalised)」と読みました)" : "(read full-width characters as \"\(normalised)\")", .dim, on: colour))
        }
        let choices = choiceValues(q)
        var text = normalised
        if let n = Int(normalised), !choices.isEmpty, q.type != .number {
            guard n >= 1, n <= choices.count else {
                say(ja ? "1から\(choices.count)の番号で答えてください。" : "Answer with a number from 1 to \(choices.count).")
                return
            }
            text = choices[n - 1]
        }
        let fact = k.fact(q.key) ?? Fact(id: q.key, type: .bool)
        switch fact.parse(text) {
        case .success(let value):
            session.record(q.key, value, source: .asked)
            save()
        case .failure:
            switch q.type {
            case .number: say(ja ? "数字で答えてください(例: 10)。" : "Answer with a number (for example 10).")
            case .bool: say(ja ? "1(はい)か2(いいえ)で答えてください。" : "Answer 1 (yes) or 2 (no).")
            default: say(ja ? "番号で答えてください。" : "Answer with one of the numbers.")
            }
        }
    }

    func choiceValues(_ q: Question) -> [String] {
        switch q.type {
        case .bool: return ["true", "false"]
        case .choice: return q.choices.map(\.id)
        default: return []
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
        if !interactive, let line { say(line) }
        return line
    }

    func prompt(_ text: String) {
        Output.prompt(text)
    }

    // MARK: Showing

    func say(_ text: String) {
        print(text)
    }

    /// Text wrapped to the terminal; the first line starts with `first`, the others with spaces
    /// as wide as it (a hanging indent), or with `indent` when given.
    func wrapped(_ text: String, indent: String = "", first: String? = nil) -> String {
        let lead = first ?? indent
        let rest = first.map { String(repeating: " ", count: TextWidth.width($0)) } ?? indent
        let lines = TextWidth.wrap(text, columns: columns - TextWidth.width(lead))
        return lines.enumerated().map { ($0.offset == 0 ? lead : rest) + $0.element }.joined(separator: "\n")
    }

    func show(_ q: Question, number: Int) {
        say("")
        let head = "[\(number)]"
        if q.kind == .outcome {
            say(Output.styled(head, .cyan, .bold, on: colour) + " " + Output.styled(ja ? "次の手順を試してください:" : "Please try this:", .bold, on: colour))
            say(wrapped(q.instruction?.text(language) ?? "", indent: "    "))
            for id in q.links { say(linkLine(id)) }
            say(Messages.didItHelp.text(language))
        } else {
            let prompt = q.prompt?.text(language) ?? q.key
            say(wrapped(prompt, first: head + " ").replacingOccurrences(of: head, with: Output.styled(head, .cyan, .bold, on: colour)))
            if q.type == .secret { say(Output.styled("    " + Messages.secretNote.text(language), .dim, on: colour)) }
        }
        let labels: [String]
        switch q.type {
        case .bool: labels = [Messages.yes.text(language), Messages.no.text(language)]
        case .choice: labels = q.choices.map { $0.label.text(language) }
        default: labels = []
        }
        for (i, label) in labels.enumerated() {
            say(wrapped(label, first: "  " + TextWidth.pad("\(i + 1))", to: 4)))
        }
        if number == 1 { say(Output.styled(Messages.answerHint.text(language), .dim, on: colour)) }
    }

    func linkLine(_ id: String) -> String {
        guard let link = k.site.links[id] else { return "    → \(id)" }
        return "    → " + link.title.text(language) + (link.url.map { "  \(Output.styled($0, .blue, on: colour))" } ?? "")
    }

    func show(_ e: Ending) {
        let object = ProtocolObject(knowledge: k, language: language).conclusion(e)
        say("")
        let label = Describe(language: language, knowledge: k).kindLabel(e.kind)
        say(Output.styled("━━ \(label) ━━", e.kind == .escalation ? .yellow : .green, .bold, on: colour))
        if e.kind == .resolved {
            say(Messages.resolved.text(language))
            return
        }
        say(wrapped(object["text"] as? String ?? ""))
        for (i, step) in e.steps.enumerated() {
            say(wrapped(step.text(language), first: "  \(i + 1). "))
        }
        for id in e.links { say(linkLine(id)) }
        if let id = e.contact, let category = k.site.contactCategories[id] {
            say("\(Messages.category.text(language)): \(Output.styled(category.label.text(language), .bold, on: colour))")
            if let q = category.question { say("\(Messages.question8.text(language)): \(q.text(language))") }
        }
    }

    func explain(_ result: StepResult) {
        guard let why = Explanation.why(result, knowledge: k) else { return }
        let describe = Describe(language: language, knowledge: k)
        if let reason = why.reason { say(wrapped(reason.text(language), indent: "  ")) }
        if let forFact = why.forFact, let fact = k.fact(forFact) {
            say(wrapped(ja ? "この答えは「\(fact.id)」の判定に使います。" : "Your answer is used to work out '\(fact.id)'.", indent: "  "))
        }
        say(ja ? "  確認箇所: \(why.tree)/\(why.node)" : "  Checked at: \(why.tree)/\(why.node)")
        for branch in why.branches {
            say(wrapped("\(branch.label.text(language)) → \(describe.destination(branch.leadsTo))", first: "  • "))
        }
    }

    func history() {
        let answered = session.answered
        if answered.isEmpty { say(Messages.nothingToUndo.text(language)) }
        for (i, entry) in answered.enumerated() {
            let fact = k.fact(entry.key)
            let label = fact?.prompt?.text(language) ?? entry.key
            let value = fact?.type.isSecret == true ? ProtocolObject.mask : display(entry)
            say(wrapped("\(label) → \(value)", first: "  \(i + 1). "))
        }
    }

    func display(_ entry: Session.Entry) -> String {
        Messages.label(entry.value.description, of: k.fact(entry.key), in: language)
    }

    /// After a conclusion: `how`, `save` a transcript, or finish.
    func afterConclusion(_ result: StepResult) -> Int32 {
        say("")
        say(Output.styled(Messages.afterConclusion.text(language), .dim, on: colour))
        while true {
            prompt("> ")
            guard let line = readAnswer() else { return 0 }
            switch line.nfkc.trimmingCharacters(in: .whitespaces).lowercased() {
            case "", "quit", "q", "exit", "終了": return 0
            case "how", "経緯": showHow(result)
            case "save", "保存":
                let suggested = "helpdesk-\(session.tree)-\(Self.stamp()).md"
                prompt("\(Messages.savePath.text(language)) [\(suggested)]: ")
                var path = readAnswer()?.trimmingCharacters(in: .whitespaces) ?? ""
                if path.isEmpty { path = suggested }
                let markdown = Transcript(knowledge: k, language: language).markdown(session: session, result: result)
                do {
                    try markdown.write(toFile: path, atomically: true, encoding: .utf8)
                    say(ja ? "保存しました: \(path)" : "Saved: \(path)")
                } catch {
                    say(ja ? "保存できませんでした: \(path)" : "Could not save to \(path)")
                }
            default:
                say(Output.styled(Messages.afterConclusion.text(language), .dim, on: colour))
            }
        }
    }

    func showHow(_ result: StepResult) {
        let how = Explanation.how(result, knowledge: k)
        say(ja ? "結論に至った経緯:" : "How this was reached:")
        let describeSource: (Provenance) -> String = { source in
            switch (source, self.language) {
            case (.given, .ja): return "指定"
            case (.asked, .ja): return "回答"
            case (.derived, .ja): return "判定"
            case (.probed, .ja): return "自動確認"
            case (.extracted, .ja): return "チケットから"
            default: return source.rawValue
            }
        }
        for fact in how.facts {
            let known = k.fact(fact.key)
            let label = known?.prompt?.text(language) ?? (known == nil ? stepTitle(fact.key) : fact.key)
            var value = known?.type.isSecret == true ? ProtocolObject.mask : display(fact)
            if known == nil, case .bool(let fixed) = fact.value {
                value = fixed ? (ja ? "解決した" : "solved") : (ja ? "解決しなかった" : "not solved")
            }
            var line = "\(label) → \(value) [\(describeSource(fact.source))"
            if let how = fact.how { line += ": \(how)" }
            say(wrapped(line + "]", first: "  • "))
        }
        var path: [String] = []
        for place in how.steps.map({ "\($0.tree)/\($0.node)" }) + ending(result) where path.last != place {
            path.append(place)
        }
        say(Output.styled(wrapped(path.joined(separator: " → "), indent: "  "), .dim, on: colour))
    }

    /// Where the walk ended, as `<tree>/<node>`.
    func ending(_ result: StepResult) -> [String] {
        if case .conclusion(let e) = result.status { return ["\(e.tree)/\(e.node)"] }
        return []
    }

    func stepTitle(_ key: String) -> String {
        guard let s = k.step(outcomeKey: key) else { return key }
        return (ja ? "手順「" : "Step \"") + Describe(language: language, knowledge: k).firstSentence(s.text.text(language)) + (ja ? "」" : "\"")
    }

    func save() {
        try? store?.save(session, language: language, knowledge: k)
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
