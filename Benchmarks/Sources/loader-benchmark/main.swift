// The knowledge loader benchmark.
//
//     loader-benchmark FOLDER [--repeat N]
//     loader-benchmark --scaling FOLDER FOLDER… [--repeat N] [--rounds R]
//
// Times, on the same files: libyaml's raw event parse (the floor), our YAML node load, the full
// load + lint + compile, and Yams' compose and load. Each phase runs in a child process (this
// binary again, with the hidden `--phase NAME`, or yams-phase beside it for Yams), one warm-up
// run then N timed runs; the child reports its times and its own peak RSS. Our phases run in
// rounds, in turns (read, floor, nodes, full, then again), so that a slow minute of the machine
// falls on all of them alike. See README.md.

import BenchmarkSupport
import Foundation
import KnowledgeBase

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The options of a benchmark run.
struct Options {
    var folder: String
    var repeats = 5
    /// How many times our phases run in turns, each time in a new child (`--rounds`).
    var rounds = 3
    /// With `--scaling`: the floor and the full load on each of these folders, per tree.
    var scaling: [String] = []

    static let usage = """
        usage: loader-benchmark FOLDER [--repeat N] [--rounds R]   (FOLDER: made by generate-knowledge)
               loader-benchmark --scaling FOLDER FOLDER… [--repeat N] [--rounds R]   (per-tree cost and memory at each size)
        """

    init(_ arguments: [String]) throws {
        var folder: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--repeat":
                guard let n = rest.popFirst().flatMap({ Int($0) }), n > 0 else { throw BenchmarkError(Self.usage) }
                repeats = n
            case "--rounds":
                guard let n = rest.popFirst().flatMap({ Int($0) }), n > 0 else { throw BenchmarkError(Self.usage) }
                rounds = n
            case "-h", "--help":
                throw BenchmarkError(Self.usage)
            case "--scaling":
                scaling = [""]
            default:
                guard !argument.hasPrefix("-") else { throw BenchmarkError(Self.usage) }
                if !scaling.isEmpty {
                    scaling.append(argument)
                } else {
                    guard folder == nil else { throw BenchmarkError(Self.usage) }
                    folder = argument
                }
            }
        }
        if !scaling.isEmpty {
            if let folder { scaling.insert(folder, at: 1) }
            scaling.removeFirst()
            guard scaling.count >= 2 else { throw BenchmarkError(Self.usage) }
            self.folder = scaling[0]
            return
        }
        guard let folder else { throw BenchmarkError(Self.usage) }
        self.folder = folder
    }
}

/// Runs every phase in a child process and prints the report.
func runBenchmark(_ options: Options) throws {
    if !options.scaling.isEmpty {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        print(try ScalingReport.run(folders: options.scaling, repeats: options.repeats, rounds: options.rounds, executable: me).text)
        return
    }
    let paths = KnowledgeFiles.list(options.folder)
    guard !paths.isEmpty else { throw BenchmarkError("no knowledge files in \(options.folder)") }
    // Reading everything once here also puts the files in the page cache for the children.
    let inputBytes = try KnowledgeFiles.read(paths).reduce(0) { $0 + $1.count }
    let loaderFiles = KnowledgeLoader().load(options.folder).files
    guard loaderFiles == paths else {
        throw BenchmarkError("the benchmark's file list differs from the loader's (\(paths.count) vs \(loaderFiles.count) files)")
    }

    let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    let yams = me.deletingLastPathComponent().appendingPathComponent("yams-phase")
    guard FileManager.default.isExecutableFile(atPath: yams.path) else {
        throw BenchmarkError("\(yams.path) not found: build every product (`swift build -c release`)")
    }

    let loadBefore = loadAverage()
    // Our phases in turns, round after round; Yams' (slow, and only for comparison) once.
    let ours = Phase.all.filter { !$0.isYams }
    var rounds: [String: [PhaseResult]] = [:]
    for round in 1...options.rounds {
        for phase in ours {
            FileHandle.standardError.write(Data("round \(round) of \(options.rounds): \(phase.name) (1 warm-up + \(options.repeats) runs)…\n".utf8))
            rounds[phase.name, default: []].append(
                try runPhaseChild(executable: me, phase: phase.name, repeats: options.repeats, folder: options.folder))
        }
    }
    var results: [(Phase, PhaseResult)] = ours.map { ($0, PhaseResult.merged(rounds[$0.name]!)) }
    for phase in Phase.all where phase.isYams {
        FileHandle.standardError.write(Data("running \(phase.name) (1 warm-up + \(options.repeats) runs)…\n".utf8))
        results.append((phase, try runPhaseChild(executable: yams, phase: phase.name, repeats: options.repeats, folder: options.folder)))
    }
    let report = Report(
        folder: options.folder, files: paths.count, inputBytes: inputBytes, repeats: options.repeats, rounds: options.rounds,
        cores: ProcessInfo.processInfo.activeProcessorCount, loadBefore: loadBefore, loadAfter: loadAverage(),
        results: results)
    print(report.text)
}

/// The 1-, 5- and 15-minute load averages, for judging how quiet the machine was.
func loadAverage() -> String {
    var loads = [Double](repeating: 0, count: 3)
    guard getloadavg(&loads, 3) == 3 else { return "unknown" }
    return loads.map { String(format: "%.2f", $0) }.joined(separator: " ")
}

do {
    if let request = PhaseChild.request() {
        try PhaseChild.report(OurPhases.run(request))
    } else {
        try runBenchmark(Options(Array(CommandLine.arguments.dropFirst())))
    }
} catch {
    FileHandle.standardError.write(Data("loader-benchmark: \(error)\n".utf8))
    exit(1)
}
