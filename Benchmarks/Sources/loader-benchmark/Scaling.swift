import BenchmarkSupport
import Foundation

/// `--scaling FOLDER…`: the floor and the full load on knowledge sets of different sizes, per
/// tree, to show that the loader is linear (issue 13: per-tree cost within ±15% from 500 to
/// 50,000 trees) and that its memory stays within 4× the input at every size.
struct ScalingReport {
    struct Row {
        var folder: String
        var trees: Int
        var bytes: Int
        var floor: PhaseResult
        var floorAll: PhaseResult
        var full: PhaseResult

        var wallPerTree: Double { median(full.wall) / Double(trees) }
        var cpuPerTree: Double { median(full.cpu) / Double(trees) }
    }

    var rows: [Row]
    var repeats: Int
    var rounds: Int

    /// Runs `floor`, `floor-all` and `full` on every folder, `rounds` times in turns (a new child
    /// each), so that a slow minute of the machine falls on every size alike; medians over all.
    static func run(folders: [String], repeats: Int, rounds: Int, executable: URL) throws -> ScalingReport {
        var sizes: [(folder: String, trees: Int, bytes: Int)] = []
        for folder in folders {
            let paths = KnowledgeFiles.list(folder)
            guard !paths.isEmpty else { throw BenchmarkError("no knowledge files in \(folder)") }
            // Reading everything once also puts the files in the page cache for the children.
            let bytes = try KnowledgeFiles.read(paths).reduce(0) { $0 + $1.count }
            sizes.append((folder, paths.count { $0.contains("/trees/") }, bytes))
        }
        var results: [String: [PhaseResult]] = [:]
        for round in 1...rounds {
            for size in sizes {
                FileHandle.standardError.write(Data("round \(round) of \(rounds): floor, floor-all and full on \(size.folder) (\(size.trees) trees)…\n".utf8))
                for phase in ["floor", "floor-all", "full"] {
                    results["\(phase) \(size.folder)", default: []].append(
                        try runPhaseChild(executable: executable, phase: phase, repeats: repeats, folder: size.folder))
                }
            }
        }
        let rows = sizes.map { size in
            Row(folder: size.folder, trees: size.trees, bytes: size.bytes,
                floor: PhaseResult.merged(results["floor \(size.folder)"]!),
                floorAll: PhaseResult.merged(results["floor-all \(size.folder)"]!),
                full: PhaseResult.merged(results["full \(size.folder)"]!))
        }
        return ScalingReport(rows: rows, repeats: repeats, rounds: rounds)
    }

    var text: String {
        let header = ["folder", "trees", "MB", "floor s", "full s", "full CPU s", "× floor", "CPU × floor-all", "µs/tree", "CPU µs/tree", "grew MB", "code MB", "own MB", "× input"]
        let table = rows.map { r in
            [
                r.folder, String(r.trees), fixed(Double(r.bytes) / 1e6, 1), fixed(median(r.floor.wall), 3), fixed(median(r.full.wall), 3),
                fixed(median(r.full.cpu), 3), fixed(median(r.full.wall) / median(r.floor.wall), 2) + "×",
                fixed(median(r.full.cpu) / median(r.floorAll.cpu), 2) + "×",
                fixed(r.wallPerTree * 1e6, 1), fixed(r.cpuPerTree * 1e6, 1), fixed(Double(r.full.grown) / 1e6, 1),
                fixed(Double(r.full.codeGrown) / 1e6, 1), fixed(Double(r.full.ownGrown) / 1e6, 1),
                fixed(Double(r.full.ownGrown) / Double(r.bytes), 1) + "×",
            ]
        }
        var lines = ["loader scaling, \(ISO8601DateFormatter().string(from: Date())): medians of \(rounds) rounds of \(repeats) runs after a warm-up, each phase in a child process, the sizes in turns"]
        lines += TextTable.lines(header: header, rows: table, textColumns: 1)
        let wallMedian = median(rows.map(\.wallPerTree)), cpuMedian = median(rows.map(\.cpuPerTree))
        func spread(_ values: [Double], _ center: Double) -> String {
            values.map { fixed(100 * ($0 / center - 1), 1) + "%" }.joined(separator: ", ")
        }
        let wallWithin = rows.allSatisfy { abs($0.wallPerTree / wallMedian - 1) <= 0.15 }
        let cpuWithin = rows.allSatisfy { abs($0.cpuPerTree / cpuMedian - 1) <= 0.15 }
        let memoryWithin = rows.allSatisfy { Double($0.full.ownGrown) <= 4 * Double($0.bytes) }
        lines.append("")
        lines.append("goals:")
        lines.append("\(verdict(wallWithin)) linear: full's wall time per tree within ±15% of its median at every size: "
            + spread(rows.map(\.wallPerTree), wallMedian))
        lines.append("\(verdict(cpuWithin)) linear: full's CPU time per tree within ±15% of its median: " + spread(rows.map(\.cpuPerTree), cpuMedian))
        lines.append("\(verdict(memoryWithin)) full's peak memory ≤ 4× the input at every size (what it allocated at its peak, 'own MB': the process's growth less the code first paged in)")
        return lines.joined(separator: "\n")
    }

    private func fixed(_ value: Double, _ digits: Int) -> String { TextTable.fixed(value, digits) }

    private func verdict(_ met: Bool) -> String { TextTable.verdict(met) }
}
