// Writes a large knowledge folder for the loader benchmark:
//
//     generate-knowledge OUTPUT [--trees N] [--seed S] [--force]
//
// The same seed and tree count always give the same bytes. The folder is then loaded and
// linted with the registered domain names; the tool fails unless it lints without errors.

import Foundation
import KnowledgeBase
import Domain

/// The options of a run.
struct Options {
    var output: String
    var trees = 5000
    var seed: UInt64 = 1
    /// Replace an OUTPUT that an earlier run made (it holds the marker file).
    var force = false

    static let usage = "usage: generate-knowledge OUTPUT [--trees N] [--seed S] [--force]"

    init(_ arguments: [String]) throws {
        var output: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--trees":
                guard let n = rest.popFirst().flatMap({ Int($0) }), n >= 1 else { throw GeneratorError(Self.usage) }
                trees = n
            case "--seed":
                guard let s = rest.popFirst().flatMap({ UInt64($0) }) else { throw GeneratorError(Self.usage) }
                seed = s
            case "--force":
                force = true
            default:
                guard output == nil, !argument.hasPrefix("-") else { throw GeneratorError(Self.usage) }
                output = argument
            }
        }
        guard let output else { throw GeneratorError(Self.usage) }
        self.output = output
    }
}

struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The file that marks a folder as this tool's output, so that `--force` deletes nothing else.
let marker = "GENERATED.txt"

func generate(_ options: Options) throws {
    let fileManager = FileManager.default
    let root = URL(fileURLWithPath: options.output)
    if fileManager.fileExists(atPath: root.path) {
        guard options.force, fileManager.fileExists(atPath: root.appendingPathComponent(marker).path) else {
            throw GeneratorError("\(root.path) exists; --force replaces it only if generate-knowledge made it")
        }
        try fileManager.removeItem(at: root)
    }
    var bytes = 0
    var files = 0
    @discardableResult
    func write(_ text: String, to relative: String) throws -> Int {
        let url = root.appendingPathComponent(relative)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = Array(text.utf8)
        try writeFile(data, to: url.path)
        bytes += data.count
        files += 1
        return data.count
    }

    var generator = KnowledgeGenerator(seed: options.seed, derivations: DomainNames.derivations, probes: DomainNames.probes)
    try write(generator.facts(), to: "facts.yaml")
    try write(generator.site(), to: "site.yaml")
    var treeBytes = try write(generator.fallbackTree(), to: "trees/general/\(KnowledgeGenerator.fallbackTree).yaml")
    var ids = [KnowledgeGenerator.fallbackTree]
    for number in 1..<options.trees {
        let tree = generator.tree(number: number, earlier: ids)
        treeBytes += try write(tree.text, to: "trees/\(tree.group)/\(tree.id).yaml")
        ids.append(tree.id)
    }
    try writeFile(Array("Made by generate-knowledge --trees \(options.trees) --seed \(options.seed); safe to delete.\n".utf8),
        to: root.appendingPathComponent(marker).path)
    print("wrote \(files) files, \(bytes) bytes (\(ids.count) trees, \(treeBytes / ids.count) bytes a tree on average) to \(root.path)")

    let load = KnowledgeLoader().load(root.path)
    let diagnostics = Linter().lint(load, registered: DomainNames.registered)
    let errors = diagnostics.filter { $0.severity == .error }
    print("lint: \(errors.count) errors, \(diagnostics.count - errors.count) warnings, \(load.knowledge.trees.count) trees, \(load.knowledge.facts.count) facts")
    for diagnostic in diagnostics.prefix(20) { print(diagnostic) }
    if !errors.isEmpty { throw GeneratorError("the generated knowledge does not lint clean") }
}

/// Writes a file through stdio, leaving it to the kernel to write back. Not `Data.write(to:)`: on
/// Linux it calls `fsync` for every file, and waiting for the disk once a file took about half of
/// the run's time (the data can be made again from the seed, it needs no sync).
func writeFile(_ bytes: [UInt8], to path: String) throws {
    guard let file = fopen(path, "wb") else { throw GeneratorError("cannot create \(path): \(String(cString: strerror(errno)))") }
    let written = fwrite(bytes, 1, bytes.count, file)
    guard fclose(file) == 0, written == bytes.count else { throw GeneratorError("cannot write \(path)") }
}

do {
    try generate(Options(Array(CommandLine.arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("generate-knowledge: \(error)\n".utf8))
    exit(1)
}
