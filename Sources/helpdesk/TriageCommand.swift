import ArgumentParser
import Domain
import Foundation
import KnowledgeBase
import Triage

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Match a helpdesk ticket to FAQ entries, read the facts it tells, and draft a reply.",
        discussion: """
            The ticket is the arguments, --file FILE, or standard input with '-'. Passwords, one-time codes \
            and setup keys in it are replaced by [REDACTED] in every output. --batch reads a JSONL file \
            ({"id": …, "text": …} per line) or a CSV file with a text column, and writes one JSON result per \
            line. --evaluate reads labelled tickets ({"text": …, "tree": …} per line) and prints top-1 and \
            top-3 accuracy and the confusions.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "The ticket's text, or '-' to read it from standard input.")
    var text: [String] = []

    @Option(help: ArgumentHelp("Read the ticket from a file.", valueName: "file"))
    var file: String?

    @Option(help: "How many FAQ entries to list.")
    var top: Int = 3

    @Flag(help: "One JSON object for ticket systems.")
    var json = false

    @Option(help: ArgumentHelp("Triage every ticket of a JSONL or CSV file; one JSON result per line.", valueName: "file"))
    var batch: String?

    @Option(help: ArgumentHelp("Measure accuracy on labelled tickets (JSONL with text and tree).", valueName: "file"))
    var evaluate: String?

    @Option(help: ArgumentHelp("Weights of title, keywords, messages, texts and whole keywords (for tuning).", visibility: .hidden))
    var fieldWeights: String?

    func validate() throws {
        guard top >= 1, top <= 50 else { throw ValidationError("--top takes 1 to 50") }
        let sources = [!text.isEmpty, file != nil, batch != nil, evaluate != nil].filter { $0 }.count
        guard sources == 1 else { throw ValidationError("give one ticket (text, '-' or --file), or --batch FILE, or --evaluate FILE") }
    }

    func run() throws {
        let knowledge = try LoadedKnowledge.load(options.knowledgePath(), language: options.language, json: json || batch != nil)
        var weights = TriageIndex.Weights()
        if let fieldWeights {
            let values = fieldWeights.split(separator: ",").compactMap { Double($0) }
            guard values.count == 7 else {
                throw UsageError("--field-weights takes seven numbers: title,keywords,messages,text,phrase,other-page,hiragana", json: json)
            }
            weights.fields = Array(values.prefix(4))
            (weights.phrase, weights.otherPage, weights.hiragana) = (values[4], values[5], values[6])
        }
        let triager = Triager(knowledge: knowledge.compiled, derivations: knowledge.derivations, weights: weights)
        if let batch { return try TriageBatch(triager: triager, language: options.lang, top: top).run(path: batch) }
        if let evaluate { return try TriageEvaluation(triager: triager, json: json).run(path: evaluate) }
        let ticket = try readTicket()
        let result = triager.triage(ticket, top: top, language: options.lang)
        let report = TriageReport(knowledge: knowledge.compiled, result: result)
        if json {
            Output.out(Output.json(report.object()))
        } else {
            Output.out(report.text(colour: Output.colourOut))
        }
    }

    func readTicket() throws -> String {
        var ticket: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw UsageError("cannot read \(file)", json: json) }
            ticket = String(decoding: data, as: UTF8.self)
        } else if text == ["-"] {
            ticket = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            ticket = text.joined(separator: " ")
        }
        ticket = ticket.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !ticket.isEmpty else { throw UsageError("the ticket is empty", json: json) }
        return ticket
    }
}
