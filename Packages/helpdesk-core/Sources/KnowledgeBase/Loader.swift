import Foundation
import YAML

/// What loading a folder gives: the knowledge (as much as could be decoded) and every problem.
public struct LoadResult: Sendable {
    public var knowledge: KnowledgeBase
    public var diagnostics: [Diagnostic]
    /// The files that were read, in order.
    public var files: [String]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads a knowledge folder:
///
///     facts.yaml            facts (more may sit in facts/*.yaml)
///     site.yaml             site data
///     synonyms.yaml         optional: synonym groups for triage
///     examples/<tree>.yaml  optional: labelled example tickets of a tree, for triage
///     tickets/<tree>.yaml   optional: labelled tickets people wrote, for triage (the same format)
///     trees/**/*.yaml       one tree per file
///     templates/*.mustache  optional: text templates (the reply frame: reply.ja, reply.en)
///
/// Anything else (tests/, schema.json, README) is not knowledge and is left alone.
public struct KnowledgeLoader: Sendable {
    public var limits: Limits
    /// Whether to read `examples/` and `tickets/`: only triage learns from them, so a diagnosis
    /// need not pay for reading and checking them.
    public var examples: Bool

    public init(limits: Limits = .default, examples: Bool = true) {
        self.limits = limits
        self.examples = examples
    }

    public func load(_ root: String) -> LoadResult {
        var result = LoadResult(knowledge: KnowledgeBase(root: root), diagnostics: [], files: [])
        let rootMark = Mark(file: root, line: 1, column: 1)
        guard Files.isDirectory(root) else {
            result.diagnostics.append(.error("not a knowledge folder: \(root)", at: nil, rule: "io"))
            return result
        }
        let factFiles = existing([join(root, "facts.yaml")]) + yamlFiles(in: join(root, "facts"))
        let siteFile = join(root, "site.yaml")
        let synonymsFile = join(root, "synonyms.yaml")
        let treeFiles = yamlFiles(in: join(root, "trees"))
        let hasSite = Files.exists(siteFile)
        if factFiles.isEmpty && !hasSite && treeFiles.isEmpty {
            result.diagnostics.append(.error(
                "no knowledge here: expected facts.yaml, site.yaml and trees/*.yaml", at: rootMark, rule: "io"))
            return result
        }
        if factFiles.isEmpty { result.diagnostics.append(.error("missing facts.yaml", at: rootMark, rule: "io")) }
        if !hasSite { result.diagnostics.append(.error("missing site.yaml", at: rootMark, rule: "io")) }
        if treeFiles.isEmpty { result.diagnostics.append(.error("no trees: expected trees/*.yaml", at: rootMark, rule: "io")) }

        // Every YAML file parsed and decoded at once, on all cores (the facts are a fifth of a
        // diagnosis's YAML: read alone first, they kept the other core idle); results are taken
        // in the files' order, so diagnostics and files come out as they would one by one.
        var jobs: [(file: String, part: Part)] = factFiles.map { ($0, .facts) }
        if hasSite { jobs.append((siteFile, .site)) }
        if Files.exists(synonymsFile) { jobs.append((synonymsFile, .synonyms)) }
        jobs += treeFiles.map { ($0, .tree) }
        if examples {
            jobs += yamlFiles(in: join(root, "examples")).map { ($0, .examples) }
            jobs += yamlFiles(in: join(root, "tickets")).map { ($0, .tickets) }
        }
        let decoded = parallelMap(jobs) { job -> (Decoded, [Diagnostic]) in
            let sink = DiagnosticSink()
            let node = parse(job.file, sink: sink)
            let value: Decoded
            switch job.part {
            case .facts: value = .facts(node.map { FactsDecoder.decode($0, sink: sink) } ?? [])
            case .site: value = .site(node.map { SiteDecoder.decode($0, file: job.file, sink: sink) })
            case .synonyms: value = .synonyms(node.map { SynonymsDecoder.decode($0, sink: sink) })
            case .tree: value = .tree(node.flatMap { TreeDecoder.decode($0, file: job.file, sink: sink) })
            case .examples: value = .examples(node.flatMap { ExamplesDecoder.decode($0, file: job.file, sink: sink) })
            case .tickets: value = .examples(node.flatMap { ExamplesDecoder.decode($0, file: job.file, tickets: true, sink: sink) })
            }
            return (value, sink.list)
        }
        for (job, (value, diagnostics)) in zip(jobs, decoded) {
            switch value {
            case .facts(let facts): result.knowledge.facts += facts
            case .site(let site): if let site { result.knowledge.site = site }
            case .synonyms(let synonyms): if let synonyms { result.knowledge.synonyms = synonyms }
            case .tree(let tree): if let tree { result.knowledge.trees.append(tree) }
            case .examples(let set): if let set { result.knowledge.examples.append(set) }
            }
            result.diagnostics += diagnostics
            result.files.append(job.file)
        }
        for file in Files.list(join(root, "templates"), suffixes: [".mustache"]) {
            if let template = readTemplate(file, into: &result.diagnostics) { result.knowledge.templates.append(template) }
            result.files.append(file)
        }
        return result
    }

    /// What a YAML file of the folder holds.
    enum Part: Sendable {
        case facts, site, synonyms, tree, examples, tickets
    }

    /// A YAML file decoded, by what it holds.
    enum Decoded: Sendable {
        case facts([Fact])
        case site(SiteData?)
        case synonyms([[String]]?)
        case tree(Tree?)
        case examples(ExampleSet?)
    }

    /// A template's text: a regular UTF-8 file within the size limit.
    func readTemplate(_ path: String, into diagnostics: inout [Diagnostic]) -> TemplateFile? {
        let mark = Mark(file: path, line: 1, column: 1)
        let name = String(path.split(separator: "/").last!.dropLast(".mustache".count))
        switch Files.read(path, limit: limits.maxBytes) {
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("\(path) is not UTF-8 text", at: mark, rule: "io"))
                return nil
            }
            return TemplateFile(name: name, text: text, mark: mark)
        case .tooLarge(let size):
            diagnostics.append(.error("file is \(size) bytes, over the limit of \(limits.maxBytes) bytes", at: mark, rule: "io"))
        case .unreadable:
            diagnostics.append(.error("cannot read \(path)", at: mark, rule: "io"))
        case .notRegular:
            diagnostics.append(.error("\(path) is not a regular file (a FIFO, socket or device?): it is not read", at: mark, rule: "io"))
        }
        return nil
    }

    /// Reads and parses one file; reports an empty file as a problem of the format.
    func parse(_ path: String, sink: DiagnosticSink) -> Node? {
        let mark = Mark(file: path, line: 1, column: 1)
        let bytes: [UInt8]
        switch Files.read(path, limit: limits.maxBytes) {
        case .bytes(let read): bytes = read
        case .tooLarge(let size):
            sink.error("file is \(size) bytes, over the limit of \(limits.maxBytes) bytes", at: mark, rule: "yaml")
            return nil
        case .unreadable:
            sink.error("cannot read \(path)", at: mark, rule: "io")
            return nil
        case .notRegular:
            sink.error("\(path) is not a regular file (a FIFO, socket or device?): it is not read", at: mark, rule: "io")
            return nil
        }
        do {
            guard let node = try YAMLParser.parse(bytes, file: path, limits: limits) else {
                sink.error("the file is empty: expected a mapping", at: mark, rule: "type")
                return nil
            }
            return node
        } catch {
            sink.add(Diagnostic(error))
            return nil
        }
    }

    private func existing(_ paths: [String]) -> [String] {
        paths.filter(Files.exists)
    }

    /// Every `.yaml`/`.yml` file below `directory`, sorted for a stable order.
    private func yamlFiles(in directory: String) -> [String] {
        Files.list(directory, suffixes: [".yaml", ".yml"])
    }

    private func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }
}

/// Maps over `items` on all cores, keeping order: `cores × 4` strided chunks. (Public for the
/// loader benchmark, whose floor-all phase deals its files out the same way.)
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], minimum: Int = 2, _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < minimum || ProcessInfo.processInfo.activeProcessorCount < 2 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    nonisolated(unsafe) let out = results
    let chunks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var i = chunk
        while i < items.count {
            out[i] = transform(items[i])
            i += chunks
        }
    }
    return results.map { $0! }
}
