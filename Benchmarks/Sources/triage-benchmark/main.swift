// The triage benchmark: tickets triaged per second, single-threaded, on the bundled knowledge,
// and the time to build the triage index.
//
//     swift run -c release triage-benchmark ../Knowledge triage/test.jsonl
import Domain
import Foundation
import KnowledgeBase
import Triage

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: triage-benchmark KNOWLEDGE TICKETS.jsonl [--seconds N]\n".utf8))
    exit(2)
}
let seconds = arguments.firstIndex(of: "--seconds").flatMap { Double(arguments[$0 + 1]) } ?? 3
let compiled: CompiledKnowledge
do {
    compiled = try Compiler.compile(KnowledgeLoader().load(arguments[1]), registered: DomainNames.registered)
} catch {
    print("the knowledge does not compile:\n\(error)")
    exit(1)
}
let derivations = DomainRegistry.make(site: compiled.site)
/// A labelled ticket's line: only its text is read.
struct Labelled: Decodable { var text: String }
let tickets: [String] = String(decoding: FileManager.default.contents(atPath: arguments[2]) ?? Data(), as: UTF8.self)
    .split(separator: "\n")
    .compactMap { try? JSONDecoder().decode(Labelled.self, from: Data($0.utf8)).text }
guard !tickets.isEmpty else {
    print("no tickets in \(arguments[2])")
    exit(1)
}

let clock = ContinuousClock()
func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15 }

// Index build: the Triager (index, fact cues, engine) from compiled knowledge, many times.
var builds: [Double] = []
var triager = Triager(knowledge: compiled, derivations: derivations)
for _ in 0..<50 {
    let start = clock.now
    triager = Triager(knowledge: compiled, derivations: derivations)
    builds.append(ms(clock.now - start))
}
builds.sort()

// Throughput: the whole triage of each ticket (redaction, ranking, facts, next step, reply),
// round and round the set, single-threaded, for `seconds`.
for ticket in tickets { _ = triager.triage(ticket) }
var done = 0
var checksum = 0
let start = clock.now
let deadline = start + .seconds(seconds)
while clock.now < deadline {
    for ticket in tickets {
        checksum &+= triager.triage(ticket).results.count
        done += 1
    }
}
let elapsed = ms(clock.now - start) / 1e3
print("knowledge: \(arguments[1]) (\(triager.index.count) entries indexed); tickets: \(arguments[2]) (\(tickets.count))")
print(String(format: "index build: median %.2f ms, min %.2f ms (50 builds)", builds[builds.count / 2], builds[0]))
print(String(format: "triage: %d tickets in %.2f s single-threaded = %.0f tickets/s (%.1f µs each)  [goal: ≥ 5,000/s]  (checksum %d)",
             done, elapsed, Double(done) / elapsed, elapsed * 1e6 / Double(done), checksum))
