import Foundation
import Service
import KnowledgeBase

/// A knowledge folder's revision: a hash of every file's path and contents (FNV-1a, 64 bits,
/// as hex), and a cheap stamp of paths, sizes and modification times to notice a change.
enum KnowledgeRevision {
    /// The files that make the knowledge, sorted by path relative to `root`.
    static func files(_ root: String) -> [String] {
        let rootURL = URL(fileURLWithPath: root)
        guard let walker = FileManager.default.enumerator(at: rootURL, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [String] = []
        for case let url as URL in walker where ["yaml", "yml", "mustache", "json"].contains(url.pathExtension) {
            files.append(String(url.standardizedFileURL.path.dropFirst(rootURL.standardizedFileURL.path.count)))
        }
        return files.sorted()
    }

    /// The content hash of the folder.
    static func hash(_ root: String) -> String {
        var hasher = ContentHash()
        for file in files(root) {
            hasher.add(Data(file.utf8))
            hasher.add(FileManager.default.contents(atPath: root + file) ?? Data())
        }
        return hasher.hex
    }

    /// Paths, sizes and modification times: changes whenever a file is added, removed or
    /// written.
    static func stamp(_ root: String) -> String {
        var hasher = ContentHash()
        for file in files(root) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root + file)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            hasher.add(Data("\(file) \(size) \(modified)\n".utf8))
        }
        return hasher.hex
    }

    /// FNV-1a over files, with a separator after each part, so that "ab"+"c" and "a"+"bc" differ.
    struct ContentHash {
        var fnv = FNV1a()

        mutating func add(_ data: Data) {
            fnv.add(data)
            fnv.add(CollectionOfOne(0xff))
        }

        var hex: String { hexDigits(fnv.value) }
    }
}
