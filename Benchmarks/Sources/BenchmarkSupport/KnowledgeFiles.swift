import Foundation

/// The files of a knowledge folder that `KnowledgeLoader` reads, in its order: `facts.yaml`,
/// `facts/**`, `site.yaml`, `synonyms.yaml`, `trees/**` (`.yaml`/`.yml`, each folder sorted).
/// loader-benchmark checks this list against the loader's own `LoadResult.files`, so that every
/// phase reads the same bytes.
public enum KnowledgeFiles {
    public static func list(_ root: String) -> [String] {
        let fileManager = FileManager.default
        let single = ["facts.yaml"].map { join(root, $0) }.filter { fileManager.fileExists(atPath: $0) }
        let site = ["site.yaml", "synonyms.yaml"].map { join(root, $0) }.filter { fileManager.fileExists(atPath: $0) }
        return single + yamlFiles(in: join(root, "facts")) + site + yamlFiles(in: join(root, "trees"))
    }

    /// Every file's bytes, in the order of `paths`.
    public static func read(_ paths: [String]) throws -> [[UInt8]] {
        try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BenchmarkError("cannot read \(path)")
            }
            return [UInt8](data)
        }
    }

    private static func yamlFiles(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append(join(directory, relative)) }
        }
        return files.sorted()
    }

    private static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }
}

/// A failure of the benchmark itself (not of the code measured), with a message for people.
public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
