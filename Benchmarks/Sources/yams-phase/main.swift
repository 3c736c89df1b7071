// Yams' phases of the loader benchmark, run by loader-benchmark as a child process:
//
//     yams-phase --phase yams-load|yams-compose --repeat N FOLDER
//
// It reads the same files as the other phases into strings before the clock starts, then times
// Yams over all of them, keeping every result until the run ends, as our node-load phase does.

import BenchmarkSupport
import Foundation
import Yams

do {
    guard let request = PhaseChild.request() else {
        throw BenchmarkError("usage: yams-phase --phase yams-load|yams-compose [--repeat N] FOLDER")
    }
    let paths = KnowledgeFiles.list(request.folder)
    PhaseChild.markStart()
    let texts = try KnowledgeFiles.read(paths).map { String(decoding: $0, as: UTF8.self) }
    let result: PhaseResult
    switch request.phase {
    case "yams-load":
        // `Yams.load`: the call most people use; YAML 1.1 typing into Swift values ([String: Any] …).
        result = try measurePhase(request.phase, repeats: request.repeats) { _ in
            let documents = try texts.map { try Yams.load(yaml: $0) }
            return "\(documents.count { $0 != nil }) documents"
        }
    case "yams-compose":
        // `Yams.compose`: Yams' node tree, the closer analogue of our `YAMLParser.parse`.
        result = try measurePhase(request.phase, repeats: request.repeats) { _ in
            let documents = try texts.map { try Yams.compose(yaml: $0) }
            return "\(documents.count { $0 != nil }) documents"
        }
    default:
        throw BenchmarkError("unknown phase '\(request.phase)'")
    }
    try PhaseChild.report(result)
} catch {
    FileHandle.standardError.write(Data("yams-phase: \(error)\n".utf8))
    exit(1)
}
