import ArgumentParser
import CommandLineSupport
import Foundation
import KnowledgeBase
import Service
import Triage

extension Helpdesk {
    struct Triage: ParsableCommand, SpeaksJSON {
        static let configuration = CommandConfiguration(
            commandName: "triage",
            abstract: "Match a helpdesk ticket to FAQ entries, read the facts it tells, and draft a reply.",
            discussion: """
                The ticket is the arguments, --file FILE, or standard input with '-'. Passwords, one-time codes \
                and setup keys in it are replaced by [REDACTED] in every output. --batch reads a JSONL file \
                ({"id": …, "text": …} per line) or a CSV file with a text column, and writes one JSON result per \
                line. --evaluate reads labelled tickets ({"text": …, "tree": …} per line) and prints top-1 and \
                top-3 accuracy and the confusions. The reply is in the ticket's language (Japanese for Japanese \
                written in romaji); --lang sets it instead.
                """
        )

        @OptionGroup var options: KnowledgeOptions

        @Argument(help: "The ticket's text, or '-' to read it from standard input.")
        var text: [String] = []

        @Option(help: ArgumentHelp("Read the ticket from a file.", valueName: "file"), completion: .file())
        var file: String?

        @Option(help: "How many FAQ entries to list.")
        var top: Int = 3

        @Flag(help: "One JSON object for ticket systems.")
        var json = false

        @Option(help: ArgumentHelp("Triage every ticket of a JSONL or CSV file ('-': JSONL from standard input); one JSON result per line.", valueName: "file"), completion: .file())
        var batch: String?

        @Option(help: ArgumentHelp("Measure accuracy on labelled tickets (JSONL with text and tree; '-': standard input).", valueName: "file"), completion: .file())
        var evaluate: String?

        @Option(help: ArgumentHelp("Weights of title, keywords, messages, texts and whole keywords (for tuning).", visibility: .hidden))
        var fieldWeights: String?

        @Option(help: ArgumentHelp("The examples' weight and the BM25F temperature (for tuning).", visibility: .hidden))
        var exampleWeights: String?

        var speaksJSON: Bool { json }

        func validate() throws {
            guard top >= 1, top <= 50 else { throw ValidationError("--top takes 1 to 50") }
            let sources = [!text.isEmpty, file != nil, batch != nil, evaluate != nil].filter { $0 }.count
            guard sources == 1 else { throw ValidationError("give one ticket (text, '-' or --file), or --batch FILE, or --evaluate FILE") }
        }

        func run() throws {
            let knowledge = try options.load()
            let triager = Triager(knowledge: knowledge.compiled, derivations: knowledge.derivations, weights: try weights())
            if let batch { return try runBatch(triager, path: batch) }
            if let evaluate {
                let tickets = TicketReader.jsonl(try Self.contents(evaluate))
                // No ticket, no accuracy: «0.0% (0/0)» would read as a measurement.
                guard !tickets.isEmpty else { throw CommandError("no labelled tickets in \(evaluate == "-" ? "standard input" : evaluate)") }
                let report = try TriageEvaluation.run(triager, on: tickets)
                return Output.report(report, json: json)
            }
            let result = triager.triage(try readTicket(), top: top, language: options.lang)
            Output.report(TriageReport(result, knowledge: knowledge.compiled), json: json)
        }

        /// One JSON result per line, in the order of the file; a bad line is an error record on
        /// standard error, the rest go on, and the exit status is 1 when any line failed.
        func runBatch(_ triager: Triager, path: String) throws {
            let lines = TicketReader.read(path: path, content: try Self.contents(path))
            let progress = Progress(total: lines.count)
            let summary = TriageBatch(triager: triager, top: top, language: options.lang).run(
                lines, output: { FileHandle.standardOutput.write($0) },
                failure: { progress.clear(); Output.err(WireEncoder().string($0)) }, progress: progress.update)
            progress.finish()
            Output.err("helpdesk: \(summary)")
            if !summary.failed.isEmpty { throw ExitCode(1) }
        }

        func weights() throws -> TriageIndex.Weights {
            var weights = TriageIndex.Weights()
            if let exampleWeights {
                let values = exampleWeights.split(separator: ",").compactMap { Double($0) }
                guard values.count == 2 else { throw CommandError("--example-weights takes two numbers: examples,temperature") }
                (weights.examples, weights.temperature) = (values[0], values[1])
            }
            guard let fieldWeights else { return weights }
            let values = fieldWeights.split(separator: ",").compactMap { Double($0) }
            guard values.count == 7 else {
                throw CommandError("--field-weights takes seven numbers: title,keywords,messages,text,phrase,other-page,hiragana")
            }
            weights.fields = Array(values.prefix(4))
            (weights.phrase, weights.otherPage, weights.hiragana) = (values[4], values[5], values[6])
            return weights
        }

        /// The file's text; standard input's for `-`.
        static func contents(_ path: String) throws -> String {
            if path == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
            guard let data = FileManager.default.contents(atPath: path) else { throw CommandError("cannot read \(path)") }
            return String(decoding: data, as: UTF8.self)
        }

        func readTicket() throws -> String {
            var ticket: String
            if let file {
                ticket = try Self.contents(file)
            } else if text == ["-"] {
                ticket = try Self.contents("-")
            } else {
                ticket = text.joined(separator: " ")
            }
            ticket = ticket.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !ticket.isEmpty else { throw CommandError("the ticket is empty") }
            return ticket
        }
    }
}

/// A progress bar on standard error, only when it is a terminal.
final class Progress {
    let total: Int
    let enabled = isatty(STDERR_FILENO) == 1
    private var last = -1

    init(total: Int) { self.total = total }

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != last else { return }
        last = percent
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Clears the bar's line, so a message can be written over it.
    func clear() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); last = -1 }
    }
}
