import BenchmarkSupport
import Foundation
import KnowledgeBase
import Domain
import YAML

/// A phase of the benchmark: its name for `--phase`, what it measures, and the binary it runs in.
struct Phase {
    var name: String
    var summary: String
    /// True for the phases of the yams-phase binary.
    var isYams = false

    static let read = Phase(name: "read", summary: "read every file into memory")
    static let floor = Phase(name: "floor", summary: "libyaml events, no nodes: YAMLParser.countEvents")
    static let floorAll = Phase(name: "floor-all", summary: "the floor split over all cores, as full splits its files")
    static let paired = Phase(name: "paired", summary: "floor-all then full, run after run in one process")
    static let nodes = Phase(name: "nodes", summary: "our node load: YAMLParser.parse")
    static let full = Phase(name: "full", summary: "KnowledgeLoader.load + Linter.lint + Compiler.compile")
    static let yamsCompose = Phase(name: "yams-compose", summary: "Yams.compose: Yams' node tree", isYams: true)
    static let yamsLoad = Phase(name: "yams-load", summary: "Yams.load: Swift values, YAML 1.1 typing", isYams: true)

    static let all = [read, floor, floorAll, nodes, full, paired, yamsCompose, yamsLoad]
}

/// The phases that run in this binary's child processes. Each reads its input before the
/// clock starts (but for `read` and `full`, whose reading is what they measure).
enum OurPhases {
    static func run(_ request: PhaseChild.Request) throws -> PhaseResult {
        let paths = KnowledgeFiles.list(request.folder)
        // Listing the files started Foundation; what the phase takes is measured from here.
        PhaseChild.markStart()
        let repeats = request.repeats
        switch request.phase {
        case Phase.read.name:
            return try measurePhase(request.phase, repeats: repeats) { _ in
                let files = try KnowledgeFiles.read(paths)
                return "\(files.count) files, \(files.reduce(0) { $0 + $1.count }) bytes"
            }
        case Phase.floor.name:
            let files = try KnowledgeFiles.read(paths)
            return try measurePhase(request.phase, repeats: repeats) { _ in
                var events = 0
                for (path, bytes) in zip(paths, files) { events += try YAMLParser.countEvents(bytes, file: path) }
                return "\(events) events"
            }
        case Phase.floorAll.name:
            // The same parse on the cores `full` uses, the files dealt out the way the loader's
            // `parallelMap` deals them: what the floor costs in CPU time on those cores.
            let files = try KnowledgeFiles.read(paths)
            return try measurePhase(request.phase, repeats: repeats) { _ in
                "\(try countEventsOnAllCores(paths, files)) events"
            }
        case Phase.nodes.name:
            let files = try KnowledgeFiles.read(paths)
            return try measurePhase(request.phase, repeats: repeats) { _ in
                let documents = try zip(paths, files).map { try YAMLParser.parse($1, file: $0) }
                return "\(documents.count { $0 != nil }) documents"
            }
        case Phase.full.name:
            // The loader reads from disk; the warm-up run of `measurePhase` leaves the files in
            // the page cache. It parses the trees on all cores (`parallelMap`).
            return try measurePhase(request.phase, repeats: repeats) { laps in
                let load = KnowledgeLoader().load(request.folder)
                laps.lap("load")
                let diagnostics = Linter().lint(load, registered: DomainNames.registered)
                laps.lap("lint")
                let errors = diagnostics.filter { $0.severity == .error }
                guard errors.isEmpty else {
                    let shown = errors.prefix(10).map(\.description).joined(separator: "\n")
                    throw BenchmarkError("the knowledge does not lint clean (\(errors.count) errors):\n\(shown)")
                }
                // Linted above, so the compiler's own overload that does not lint again.
                let compiled = try Compiler.compile(load.knowledge)
                laps.lap("compile")
                // The product a program goes on to use: freed after the clock stops (the load's
                // and the lint's results, which a program drops, are freed before).
                laps.keep(compiled)
                let warnings = diagnostics.count
                return "\(compiled.trees.count) trees and \(compiled.facts.count) facts compiled, \(warnings) warnings"
            }
        case Phase.paired.name:
            // The CPU goal's two sides a fraction of a second apart, in every run: this machine's
            // slow minutes (a core at 60% of its speed) fall on both alike.
            let files = try KnowledgeFiles.read(paths)
            return try measurePhase(request.phase, repeats: repeats) { laps in
                let events = try countEventsOnAllCores(paths, files)
                laps.lap("floor-all")
                let load = KnowledgeLoader().load(request.folder)
                let diagnostics = Linter().lint(load, registered: DomainNames.registered)
                let compiled = try Compiler.compile(load.knowledge)
                laps.lap("full")
                laps.keep(compiled)
                return "\(events) events; \(compiled.trees.count) trees compiled, \(diagnostics.count) warnings"
            }
        default:
            throw BenchmarkError("unknown phase '\(request.phase)'")
        }
    }
}

/// `YAMLParser.countEvents` over every file, on all cores: dealt out by the loader's own
/// `parallelMap`.
func countEventsOnAllCores(_ paths: [String], _ files: [[UInt8]]) throws -> Int {
    let counts = parallelMap(Array(zip(paths, files))) { path, bytes in try? YAMLParser.countEvents(bytes, file: path) }
    guard !counts.contains(nil) else { throw BenchmarkError("a file did not parse") }
    return counts.reduce(0) { $0 + $1! }
}
