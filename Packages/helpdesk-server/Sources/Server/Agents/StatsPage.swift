import KnowledgeBase
import Mustache

/// The workbench's statistics (the figures of `GET /v1/stats`): per entry, sessions started,
/// resolved, escalated and abandoned, triage put first and agents overruled, feedback; the
/// answers after which sessions resolve, where they drop off, and how often each question gets
/// "I don't know".
struct StatsPage: PageContent {
    static var template: MustacheTemplate { WorkbenchTemplates.stats }

    struct Row: Sendable {
        let tree: String
        let title: String
        let started: Int
        let resolved: Int
        let escalated: Int
        let abandoned: Int
        let triaged: Int
        let overruled: String
        let feedback: String
    }

    struct Steps: Sendable {
        let title: String
        let steps: String
    }

    struct Drop: Sendable {
        let node: String
        let sessions: Int
    }

    struct Question: Sendable {
        let tree: String
        let prompt: String
        let answered: Int
        let unknown: Int
        let rate: String
    }

    let nav: String
    let heading: String
    let entryLabel: String
    let startedLabel: String
    let resolvedLabel: String
    let escalatedLabel: String
    let abandonedLabel: String
    let triagedLabel: String
    let overruledLabel: String
    let feedbackLabel: String
    let totalsLabel: String
    let rows: [Row]
    let totals: Row
    let stepsLabel: String
    let dropOffLabel: String
    let none: String
    let steps: [Steps]
    let drops: [Drop]
    let unknownLabel: String
    let questionLabel: String
    let answeredLabel: String
    let unknownWord: String
    let questions: [Question]

    init(_ report: StatsReport, knowledge: CompiledKnowledge, language: Language) {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        func title(_ tree: String) -> String { knowledge.tree(tree)?.tree.title.text(language) ?? tree }
        func row(_ tree: String, _ sessions: StatsReport.Sessions, _ triage: StatsReport.Triage, _ feedback: StatsReport.FeedbackCounts) -> Row {
            Row(
                tree: tree, title: title(tree), started: sessions.started, resolved: sessions.resolved, escalated: sessions.escalated,
                abandoned: sessions.abandoned, triaged: triage.first,
                overruled: "\(triage.agentChoseOther) (\(StatsReport.percent(triage.agentChoseOther, of: triage.first)))",
                feedback: "\(feedback.resolved) / \(feedback.escalated)")
        }
        let active = report.activeTrees
        nav = WorkbenchNav(language).html
        heading = w(WorkbenchWords.stats)
        entryLabel = w(WorkbenchWords.entry)
        startedLabel = w(WorkbenchWords.started)
        resolvedLabel = w(WorkbenchWords.resolvedCount)
        escalatedLabel = w(WorkbenchWords.escalatedCount)
        abandonedLabel = w(WorkbenchWords.abandoned)
        triagedLabel = w(WorkbenchWords.triagedFirst)
        overruledLabel = w(WorkbenchWords.overruled)
        feedbackLabel = w(WorkbenchWords.feedback)
        totalsLabel = w(WorkbenchWords.totals)
        rows = active.map { row($0.tree, $0.sessions, $0.triage, $0.feedback) }
        totals = row("", report.totals.sessions, report.totals.triage, report.totals.feedback)
        stepsLabel = w(WorkbenchWords.steps)
        dropOffLabel = w(WorkbenchWords.dropOff)
        none = w(WorkbenchWords.none)
        steps = active.filter { !$0.sessions.resolvedAtStep.isEmpty }.map {
            Steps(title: title($0.tree), steps: $0.sessions.resolvedAtStep.map { "\($0.answers)→\($0.sessions)" }.joined(separator: "  "))
        }
        drops = report.totals.sessions.dropOff.prefix(10).map { Drop(node: $0.node, sessions: $0.sessions) }
        unknownLabel = w(WorkbenchWords.unknownRate)
        questionLabel = w(WorkbenchWords.question)
        answeredLabel = w(WorkbenchWords.answered)
        unknownWord = w(WorkbenchWords.unknown)
        questions = report.questions.map { q in
            Question(
                tree: q.tree, prompt: knowledge.fact(q.fact)?.prompt?.text(language) ?? q.fact, answered: q.answered, unknown: q.unknown,
                rate: StatsReport.percent(q.unknown, of: q.answered))
        }
    }
}
