import Inference
import KnowledgeBase

/// The diagnosis dialogue as a terminal shows it: a question with its number, hint, choices and
/// 「わからない」; a conclusion with its steps, links and the inquiry form's category; why a
/// question is asked, the answers so far and how a conclusion was reached; all wrapped to the
/// terminal's width with hanging indents, so that Japanese and English text lines up. Pure
/// layout, so that another surface can reuse it and tests read it without a terminal: each
/// function returns the text to print, with a line end after it.
public struct DialogueText: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language
    public let style: Styler
    /// The terminal's width: lines are wrapped to it.
    public let columns: Int

    public init(knowledge: CompiledKnowledge, language: Language, style: Styler, columns: Int) {
        self.knowledge = knowledge
        self.language = language
        self.style = style
        self.columns = columns
    }

    func w(_ text: LocalizedText) -> String { text.text(language) }

    var explanation: ExplanationText { ExplanationText(knowledge: knowledge, language: language) }

    /// Text wrapped to the terminal; the first line starts with `first`, the others with spaces
    /// as wide as it (a hanging indent), or with `indent` when given. Control characters from
    /// outside are removed first.
    public func wrapped(_ text: String, indent: String = "", first: String? = nil) -> String {
        let lead = first ?? indent
        let rest = first.map { String(repeating: " ", count: TextWidth.width($0)) } ?? indent
        let lines = TextWidth.wrap(TerminalText.safe(text), columns: columns - TextWidth.width(lead))
        return lines.enumerated().map { ($0.offset == 0 ? lead : rest) + $0.element }.joined(separator: "\n")
    }

    /// A remark of the dialogue's own, dimmed (what a probe told, how an answer was read).
    public func aside(_ text: LocalizedText) -> String { style(w(text), .dim) }

    /// The entry's title in bold, as the dialogue opens; nil for a tree the knowledge lacks.
    public func title(_ tree: String) -> String? {
        knowledge.tree(tree).map { style($0.tree.title.text(language), .bold) }
    }

    /// The offer to resume a saved session: its entry, how many answers it holds, and the
    /// choices (「以前に中断した診断から再開しますか?」).
    public func resumeOffer(tree: String, answers: Int) -> String {
        let title = knowledge.tree(tree)?.tree.title.text(language) ?? tree
        return [w(Words.resume), w(Words.resumeDetail(title: title, answers: answers)), "  1) \(w(Words.yes))\n  2) \(w(Words.no))"]
            .joined(separator: "\n")
    }

    /// Question `number`, after a blank line: for a step, the instruction, its links and "did it
    /// help?"; otherwise the prompt with its hint and what to type when the answer is not known.
    /// Then the numbered choices, 「わからない」 last, and for the first question the commands.
    public func question(_ q: Question, number: Int) -> String {
        var lines = [""]
        let head = "[\(number)]"
        if q.kind == .outcome {
            lines.append(style(head, .cyan, .bold) + " " + style(w(Words.pleaseTry), .bold))
            lines.append(wrapped(q.instruction?.text(language) ?? "", indent: "    "))
            lines += q.links.map(linkLine)
            lines.append(w(Words.didItHelp))
        } else {
            let prompt = q.prompt?.text(language) ?? q.key
            lines.append(wrapped(prompt, first: head + " ").replacingOccurrences(of: head, with: style(head, .cyan, .bold)))
            if let hint = q.hint { lines.append(style(wrapped(w(Words.hint) + w(hint), indent: "    "), .dim)) }
            if q.type == .secret {
                lines.append(style("    " + w(Words.secretNote), .dim))
                lines.append(style(wrapped(w(Words.secretUnknownNote), indent: "    "), .dim))
            } else if q.type == .number || q.type == .text {
                lines.append(style(wrapped(w(Words.unknownNote), indent: "    "), .dim))
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
            lines.append(wrapped(label, first: "  " + TextWidth.pad("\(i + 1))", to: 4)))
        }
        if number == 1 { lines.append(style(w(Words.answerHint), .dim)) }
        return lines.joined(separator: "\n")
    }

    /// After "I don't know": that the diagnosis goes on without it, and how the user could find
    /// out after all.
    public func takenAsUnknown(_ q: Question) -> String {
        var lines = [aside(Words.takenAsUnknown)]
        if let hint = q.hint { lines.append(wrapped(w(Words.hint) + w(hint), indent: "    ")) }
        return lines.joined(separator: "\n")
    }

    /// A link of the site data: its title and address (its id when the site does not list it).
    public func linkLine(_ id: String) -> String {
        guard let link = knowledge.site.links[id] else { return "    → \(id)" }
        return "    → " + link.title.text(language) + (link.url.map { "  \(style($0, .blue))" } ?? "")
    }

    /// A conclusion, after a blank line: its kind as a banner, then the remedy with its numbered
    /// steps and links, and the inquiry form's category (and question) when the page sends the
    /// user there.
    public func conclusion(_ e: Ending) -> String {
        let c = WireBuilder(knowledge: knowledge, language: language).conclusion(e)
        var lines = ["", style("━━ \(w(Words.kind(e.kind))) ━━", e.kind == .escalation ? .yellow : .green, .bold)]
        if e.kind == .resolved { return (lines + [w(Words.resolved)]).joined(separator: "\n") }
        lines.append(wrapped(c.text))
        for (i, step) in c.steps.enumerated() { lines.append(wrapped(step, first: "  \(i + 1). ")) }
        lines += e.links.map(linkLine)
        if let category = c.contactCategory {
            lines.append("\(w(Words.category)): \(style(category.label, .bold))")
            if let q = category.question { lines.append("\(w(Words.question8)): \(q)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The words after a conclusion: how, save, back, Enter.
    public var afterConclusion: String { aside(Words.afterConclusion) }

    /// `?`: why the question is asked and where each answer leads; nil when nothing explains it.
    public func why(_ result: StepResult) -> String? {
        guard let why = explanation.why(result) else { return nil }
        var lines = [why.reason, why.usedFor].compactMap { $0 }.map { wrapped($0, indent: "  ") }
        lines.append(why.checkedAt)
        lines += why.branches.map { wrapped($0, first: "  • ") }
        return lines.joined(separator: "\n")
    }

    /// `history`: the answers so far, numbered as `back N` takes them.
    public func history(_ answered: [Session.Entry]) -> String {
        let lines = explanation.history(answered)
        if lines.isEmpty { return w(Words.nothingToUndo) }
        return lines.enumerated().map { wrapped($0.element, first: "  \($0.offset + 1). ") }.joined(separator: "\n")
    }

    /// `how`: the facts and checks that led to the conclusion, each with where it came from, and
    /// the places walked.
    public func how(_ result: StepResult) -> String {
        let how = explanation.how(result)
        let lines = [w(Words.howReached)] + how.facts.map { wrapped($0, first: "  • ") } + [style(wrapped(how.path, indent: "  "), .dim)]
        return lines.joined(separator: "\n")
    }
}
