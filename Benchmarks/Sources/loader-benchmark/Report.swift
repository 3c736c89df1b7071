import BenchmarkSupport
import Foundation

/// The printed report: the input, one table row per phase (medians), and the goals judged
/// on the figures of this run only.
struct Report {
    var folder: String
    var files: Int
    var inputBytes: Int
    var repeats: Int
    var rounds: Int
    var cores: Int
    var loadBefore: String
    var loadAfter: String
    var results: [(Phase, PhaseResult)]

    var text: String {
        var lines: [String] = []
        lines.append("loader benchmark, \(ISO8601DateFormatter().string(from: Date()))")
        lines.append("input: \(folder): \(files) files, \(inputBytes) bytes (\(mb(inputBytes)) MB; 1 MB = 10^6 bytes)")
        lines.append("machine: \(cores) cores; load average before \(loadBefore), after \(loadAfter)")
        lines.append("method: each phase runs in a child process: 1 warm-up run, then \(repeats) timed; ours in \(rounds) rounds, in turns")
        lines.append("        (read, floor, floor-all, nodes, full, paired, then again), a new child each, so that a slow minute falls on all alike;")
        lines.append("        Yams' once. 'wall s' and 'CPU s' are medians of all timed runs, 'min s' the fastest; memory is the")
        lines.append("        round whose phase allocated most. The warm-up also leaves the files in the page cache for 'full',")
        lines.append("        whose loader reads from disk. Peak RSS is the child's own high-water mark (VmHWM on Linux) after")
        lines.append("        its first run (the process, its input and one run); for the parts of 'full', the mark when the")
        lines.append("        part ended then. 'grew MB' is the peak above the child's resident set when it started,")
        lines.append("        before it read anything; 'code MB' the part of it that is the program's and its libraries' code")
        lines.append("        first paged in (file-backed, about 2 MB whatever the input); 'own MB' the rest, what the phase")
        lines.append("        allocated for its input and work ('× input' divides it).")
        lines.append("")
        lines += table
        lines.append("")
        lines.append("what each phase produced: " + results.map { "\($0.0.name): \($0.1.work)" }.joined(separator: "; "))
        lines += growth
        lines.append("")
        lines += goals
        return lines.joined(separator: "\n")
    }

    private func result(_ phase: Phase) -> PhaseResult? {
        results.first { $0.0.name == phase.name }?.1
    }

    private var floorWall: Double { median(result(.floor)!.wall) }

    private var table: [String] {
        let header = ["phase", "measures", "wall s", "min s", "CPU s", "MB/s", "× floor", "peak RSS MB", "grew MB", "code MB", "own MB", "× input"]
        var rows: [[String]] = []
        for (phase, r) in results {
            let wall = median(r.wall)
            rows.append([
                phase.name, phase.summary, fixed(wall, 3), fixed(r.wall.min() ?? .nan, 3), fixed(median(r.cpu), 3),
                fixed(Double(inputBytes) / 1e6 / wall, 1), fixed(wall / floorWall, 2) + "×",
                mb(r.peakRSSFirstRun), mb(r.grown), mb(r.codeGrown), mb(r.ownGrown),
                fixed(Double(r.ownGrown) / Double(inputBytes), 1) + "×",
            ])
            for part in r.parts {
                let partWall = median(part.wall)
                rows.append([
                    "  \(part.name)", "part of \(phase.name)", fixed(partWall, 3), fixed(part.wall.min() ?? .nan, 3),
                    fixed(median(part.cpu), 3), "",
                    fixed(partWall / floorWall, 2) + "×", mb(part.peakRSSAfter), "", "", "", "",
                ])
            }
        }
        return TextTable.lines(header: header, rows: rows, textColumns: 2)
    }

    /// Phases whose peak RSS kept growing after the first run: memory that runs leave behind.
    private var growth: [String] {
        results.compactMap { phase, r in
            let grown = r.peakRSS - r.peakRSSFirstRun
            guard Double(grown) > 0.1 * Double(r.peakRSSFirstRun) else { return nil }
            return "memory: '\(phase.name)' peak RSS grew from \(mb(r.peakRSSFirstRun)) MB after the first run to \(mb(r.peakRSS)) MB "
                + "after \(r.wall.count + 1) runs, \(mb(grown / max(r.wall.count, 1))) MB a run: runs leave memory behind "
                + "(a leak, or memory the allocator keeps)"
        }
    }

    /// Issue 13's goals, judged on this run's medians.
    private var goals: [String] {
        guard let full = result(.full), let nodes = result(.nodes), let floor = result(.floor), let floorAll = result(.floorAll),
            let yamsLoad = result(.yamsLoad), let yamsCompose = result(.yamsCompose)
        else { return ["goals: not judged, a phase is missing"] }
        let fullRatio = median(full.wall) / median(floor.wall)
        let fullCPURatioApart = median(full.cpu) / median(floorAll.cpu)
        let fullCPURatioOneCore = median(full.cpu) / median(floor.cpu)
        // Run by run, floor-all and full side by side (the `paired` phase): the median of the
        // runs' ratios; without that phase, the ratio of the two phases' medians.
        let pairs = result(.paired).flatMap { paired -> [Double]? in
            guard let a = paired.parts.first(where: { $0.name == "floor-all" }), let b = paired.parts.first(where: { $0.name == "full" }) else { return nil }
            return zip(b.cpu, a.cpu).map { $0 / $1 }
        } ?? []
        let fullCPURatio = pairs.isEmpty ? fullCPURatioApart : median(pairs)
        let nodesRatio = median(nodes.wall) / median(floor.wall)
        let grownRatio = Double(full.ownGrown) / Double(inputBytes)
        return [
            "goals (from this run's medians):",
            "\(verdict(fullRatio <= 2)) full load + lint + compile ≤ 2.0× the floor in wall time: \(fixed(fullRatio, 2))×",
            "\(verdict(fullCPURatio <= 2.5)) full load + lint + compile ≤ 2.5× the floor in CPU time, on the same cores: "
                + (pairs.isEmpty ? "" : "\(fixed(fullCPURatio, 2))× floor-all's CPU time run by run (median of \(pairs.count) pairs, "
                    + "\(fixed(pairs.min()!, 2))–\(fixed(pairs.max()!, 2))×); ")
                + "\(fixed(fullCPURatioApart, 2))× floor-all's median in its own turns (full runs on \(cores) cores; "
                + "\(fixed(fullCPURatioOneCore, 2))× the one-core floor's)",
            "\(verdict(nodesRatio <= 1.4)) our node load ≤ 1.4× the floor: \(fixed(nodesRatio, 2))×",
            "\(verdict(grownRatio <= 4)) full's peak memory ≤ 4× the input: it allocated \(mb(full.ownGrown)) MB at its peak = "
                + "\(fixed(grownRatio, 1))× (the process grew by \(mb(full.grown)) MB, \(mb(full.codeGrown)) MB of it code first run; "
                + "whole process \(mb(full.peakRSSFirstRun)) MB, of which \(mb(full.startRSS)) MB before it read anything)",
            "for comparison: Yams.load takes \(fixed(median(yamsLoad.wall) / median(nodes.wall), 2))× as long as our node load "
                + "(Yams.compose: \(fixed(median(yamsCompose.wall) / median(nodes.wall), 2))×)",
        ]
    }

    private func mb(_ bytes: Int) -> String { TextTable.mb(bytes) }

    private func fixed(_ value: Double, _ digits: Int) -> String { TextTable.fixed(value, digits) }

    private func verdict(_ met: Bool) -> String { TextTable.verdict(met) }
}
