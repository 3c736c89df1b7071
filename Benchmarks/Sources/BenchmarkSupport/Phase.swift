import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a phase's child process reports to the benchmark, as one JSON line on its standard output.
public struct PhaseResult: Codable, Sendable {
    /// The phase's name, as given to `--phase`.
    public var phase: String
    /// Wall-clock seconds of each timed run.
    public var wall: [Double]
    /// CPU seconds (user + system, all threads) of each timed run.
    public var cpu: [Double]
    /// The named parts of each timed run (see `Laps`), when the phase has parts.
    public var parts: [Part]
    /// The process's resident-set high-water mark after its first run (the warm-up), in bytes
    /// (`peakRSSBytes()`, the process's own): what reading the input and one run take.
    public var peakRSSFirstRun: Int
    /// The same after every run: above the first when runs leave memory behind.
    public var peakRSS: Int
    /// The process's resident set when the phase's child started, before it read anything: the
    /// peak above it is what the phase itself (its input and its work) took.
    public var startRSS: Int
    /// The process's file-backed resident pages (RssFile on Linux, 0 elsewhere) when it started
    /// and after its first run: the program's and its libraries' code and read-only data, paged
    /// in as they are first run. Shared and read from the binaries, about 2 MB whatever the input
    /// (10 trees or 50,000): part of the peak's growth that is not memory the phase allocated.
    public var startFileRSS: Int
    public var fileRSSFirstRun: Int
    /// What the last run produced (events, documents, trees), so that no work is optimised away
    /// and the output shows that each phase read the whole input.
    public var work: String

    /// The results of one phase's children (rounds) as one: every timed run's times, each part's
    /// too, and the memory of the child whose phase allocated most.
    public static func merged(_ results: [PhaseResult]) -> PhaseResult {
        precondition(!results.isEmpty, "no result to merge")
        var merged = results.max { $0.ownGrown < $1.ownGrown }!
        merged.wall = results.flatMap(\.wall)
        merged.cpu = results.flatMap(\.cpu)
        merged.peakRSS = results.map(\.peakRSS).max()!
        merged.parts = merged.parts.map { part in
            let same = results.flatMap { $0.parts.filter { $0.name == part.name } }
            return Part(name: part.name, wall: same.flatMap(\.wall), cpu: same.flatMap(\.cpu), peakRSSAfter: part.peakRSSAfter)
        }
        return merged
    }

    /// The peak's growth over the start: the input, the work and the code first run.
    public var grown: Int { peakRSSFirstRun - startRSS }
    /// The code and read-only data first paged in by the phase.
    public var codeGrown: Int { max(0, fileRSSFirstRun - startFileRSS) }
    /// The phase's own memory at its peak (heap and stacks: what it allocated for its input and
    /// work), the peak's growth less the code first paged in.
    public var ownGrown: Int { grown - codeGrown }

    public struct Part: Codable, Sendable {
        public var name: String
        public var wall: [Double]
        public var cpu: [Double]
        /// The process's peak RSS when the part ended in the warm-up run, which is the first run
        /// and so shows where the high-water mark grows.
        public var peakRSSAfter: Int
    }
}

/// Times the named parts of one run: call `lap(name)` at the end of each part.
public final class Laps {
    private var last: (wall: UInt64, cpu: Double)
    fileprivate var recorded: [(name: String, wall: Double, cpu: Double, peakRSS: Int)] = []
    /// What the run produced for its caller to keep, freed after the clock stops.
    private var kept: [Any] = []

    fileprivate init() { last = (monotonicNanoseconds(), cpuSeconds()) }

    public func lap(_ name: String) {
        let now = (wall: monotonicNanoseconds(), cpu: cpuSeconds())
        recorded.append((name, Double(now.wall - last.wall) / 1e9, now.cpu - last.cpu, peakRSSBytes()))
        last = now
    }

    /// Keeps `product` (what a program would go on to use, such as the compiled knowledge) until
    /// the run's clock has stopped: freeing it is not part of making it.
    public func keep(_ product: Any) {
        kept.append(product)
    }

    /// Frees what the run kept (after its clock has stopped).
    fileprivate func dropKept() {
        kept.removeAll()
    }
}

/// Runs `body` once untimed (warm-up: caches, lazy initialisation, page cache), then `repeats`
/// times timed, and returns the times with the process's peak RSS. `body` returns a description
/// of what it produced. What it allocates is freed as it returns, before the clock stops, as a
/// loader that drops its intermediate results would; but what it hands to `Laps.keep` (its
/// product) is freed after the clock stops.
public func measurePhase(_ phase: String, repeats: Int, _ body: (Laps) throws -> String) rethrows -> PhaseResult {
    var wall: [Double] = []
    var cpu: [Double] = []
    var parts: [String: PhaseResult.Part] = [:]
    var order: [String] = []
    let warmUp = Laps()
    var work = try body(warmUp)
    let peakFirstRun = peakRSSBytes()
    let fileFirstRun = fileBackedBytes()
    warmUp.dropKept()
    let peakAfter = Dictionary(warmUp.recorded.map { ($0.name, $0.peakRSS) }, uniquingKeysWith: max)
    for _ in 0..<repeats {
        let laps = Laps()
        let (wall0, cpu0) = (monotonicNanoseconds(), cpuSeconds())
        work = try body(laps)
        let (wall1, cpu1) = (monotonicNanoseconds(), cpuSeconds())
        wall.append(Double(wall1 - wall0) / 1e9)
        cpu.append(cpu1 - cpu0)
        for (name, partWall, partCPU, _) in laps.recorded {
            if parts[name] == nil { order.append(name) }
            parts[name, default: .init(name: name, wall: [], cpu: [], peakRSSAfter: peakAfter[name] ?? 0)].wall.append(partWall)
            parts[name]!.cpu.append(partCPU)
        }
        laps.dropKept()
    }
    return PhaseResult(
        phase: phase, wall: wall, cpu: cpu, parts: order.map { parts[$0]! },
        peakRSSFirstRun: peakFirstRun, peakRSS: peakRSSBytes(), startRSS: PhaseChild.startRSS,
        startFileRSS: PhaseChild.startFileRSS, fileRSSFirstRun: fileFirstRun, work: work)
}

/// The child side of the protocol: `<binary> --phase NAME --repeat N FOLDER`. Returns nil when
/// the arguments do not ask for a phase; otherwise runs it and prints its result as JSON.
public enum PhaseChild {
    public struct Request: Sendable {
        public var phase: String
        public var repeats: Int
        public var folder: String
    }

    /// The resident set before the phase read anything: taken by `markStart()` once the child
    /// has set up (Foundation's first use alone adds megabytes), else when `request()` was called.
    nonisolated(unsafe) public private(set) static var startRSS = 0
    /// The file-backed part of it (`PhaseResult.startFileRSS`).
    nonisolated(unsafe) public private(set) static var startFileRSS = 0

    /// Takes the resident set now as the phase's starting point.
    public static func markStart() {
        startRSS = residentBytes(field: "VmRSS:")
        startFileRSS = fileBackedBytes()
    }

    /// Reads `--phase NAME --repeat N FOLDER` from the arguments.
    public static func request(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Request? {
        guard let i = arguments.firstIndex(of: "--phase"), i + 1 < arguments.count else { return nil }
        if startRSS == 0 { markStart() }
        var rest = arguments
        let phase = rest[i + 1]
        rest.removeSubrange(i...(i + 1))
        var repeats = 5
        if let j = rest.firstIndex(of: "--repeat"), j + 1 < rest.count, let n = Int(rest[j + 1]) {
            repeats = n
            rest.removeSubrange(j...(j + 1))
        }
        guard let folder = rest.first else { return nil }
        return Request(phase: phase, repeats: repeats, folder: folder)
    }

    /// Prints the result as one line of JSON, the last line the parent reads.
    public static func report(_ result: PhaseResult) throws {
        let data = try JSONEncoder().encode(result)
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The parent side: runs `executable --phase NAME --repeat N FOLDER` and decodes its last line.
public func runPhaseChild(executable: URL, phase: String, repeats: Int, folder: String) throws -> PhaseResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["--phase", phase, "--repeat", String(repeats), folder]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.standardError
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0, let line = text.split(separator: "\n").last else {
        throw BenchmarkError("phase '\(phase)' failed (exit status \(process.terminationStatus)):\n\(text)")
    }
    return try JSONDecoder().decode(PhaseResult.self, from: Data(line.utf8))
}

/// Nanoseconds of a monotonic clock.
public func monotonicNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// User plus system CPU seconds of this process so far, all threads.
public func cpuSeconds() -> Double {
    let usage = selfUsage()
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// This process's resident-set high-water mark, in bytes.
///
/// On Linux, `VmHWM` of `/proc/self/status`: the peak of this process's own address space, which
/// `execve` starts afresh. Not `getrusage`'s `ru_maxrss`, which survives `execve` and, in a child
/// started with `posix_spawn` (as `Process` starts the phases), is at least the parent's peak:
/// the parent's address space is the one the child leaves when it executes its program.
public func peakRSSBytes() -> Int {
    #if os(Linux)
    return residentBytes(field: "VmHWM:")
    #else
    return Int(selfUsage().ru_maxrss)  // bytes on macOS
    #endif
}

/// The process's file-backed resident pages (`RssFile:`) on Linux; 0 elsewhere.
public func fileBackedBytes() -> Int {
    #if os(Linux)
    return residentBytes(field: "RssFile:")
    #else
    return 0
    #endif
}

/// A field of `/proc/self/status` in bytes on Linux (`VmHWM:`, `VmRSS:`); elsewhere the peak.
func residentBytes(field: String) -> Int {
    #if os(Linux)
    guard let status = FileManager.default.contents(atPath: "/proc/self/status"),
        let line = String(decoding: status, as: UTF8.self).split(separator: "\n").first(where: { $0.hasPrefix(field) }),
        let kiB = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Int($0) })  // "VmHWM:  32184 kB"
    else { fatalError("no \(field) in /proc/self/status") }
    return kiB * 1024
    #else
    return Int(selfUsage().ru_maxrss)
    #endif
}

/// `getrusage(RUSAGE_SELF)`.
private func selfUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// The median of `values` (the mean of the middle two for an even count).
public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
