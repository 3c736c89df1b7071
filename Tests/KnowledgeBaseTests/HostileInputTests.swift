import Foundation
import Testing
@testable import KnowledgeBase
import YAML

/// Inputs made to hang the loader finish at once, with their error.
@Suite struct HostileInputTests {
    /// `? [i]\n: v` repeated: non-scalar keys used to be compared with every earlier key.
    @Test func manyNonScalarKeysAreCheckedInLinearTime() throws {
        let count = 32_000
        var text = "facts:\n  a:\n    type: bool\nextra:\n"
        for i in 0..<count { text += "  ? [\(i)]\n  : v\n" }
        // The parse's own CPU time: the other tests, running beside it on the same cores, do
        // not count (with the wall clock they made it fail once in a busy full run).
        let start = Self.threadCPUTime()
        let node = try YAMLParser.parse(Array(text.utf8), file: "keys.yaml", limits: .default)
        let took = Self.threadCPUTime() - start
        #expect(took < 1, "\(count) complex keys took \(took) s of CPU")
        #expect(node?.mapping?.last?.value.mapping?.count == count)
    }

    /// Seconds of CPU time the calling thread has used.
    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    @Test func aDuplicateNonScalarKeyIsStillFound() throws {
        let text = "m:\n  ? [a, {b: c}]\n  : 1\n  ? [x]\n  : 2\n  ? [a, {b: c}]\n  : 3\n"
        #expect(throws: YAMLError.self) { try YAMLParser.parse(Array(text.utf8), file: "d.yaml", limits: .default) }
        let distinct = "m:\n  ? [a, b]\n  : 1\n  ? [ab]\n  : 2\n  ? ['1:a']\n  : 3\n  ? [1, a]\n  : 4\n"
        #expect(throws: Never.self) { try YAMLParser.parse(Array(distinct.utf8), file: "d.yaml", limits: .default) }
    }

    /// A FIFO named *.yaml in the knowledge folder is reported at once, not opened.
    @Test func aFIFOIsReportedNotRead() throws {
        let f = try Fixture()
        let fifo = f.path("trees/pipe.yaml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let start = Date()
        let result = KnowledgeLoader().load(f.root)
        #expect(Date().timeIntervalSince(start) < 1)
        let d = try #require(result.diagnostics.first { $0.mark?.file == fifo })
        #expect(d.message.contains("not a regular file"))
    }

    /// A Unix socket named *.yaml cannot be opened at all: it is still reported as what it is.
    @Test func aSocketIsReportedNotRead() throws {
        let f = try Fixture()
        let path = f.path("trees/socket.yaml")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "cannot bind a socket at \(path)")
        let result = KnowledgeLoader().load(f.root)
        let d = try #require(result.diagnostics.first { $0.mark?.file == path })
        #expect(d.message.contains("not a regular file"))
    }

    /// Keys that are aliases of a large anchor: a file of 1 MB whose keys would stand for
    /// 2 GB of text is refused at once, not compared.
    @Test func keysThatExpandThroughAliasesAreBounded() throws {
        var text = "big: &a \(String(repeating: "x", count: 1 << 20))\nm:\n"
        for i in 0..<2000 { text += "  ? [*a, \(i)]\n  : v\n" }
        let start = Date()
        #expect(throws: YAMLError.self) { try YAMLParser.parse(Array(text.utf8), file: "aliases.yaml", limits: .default) }
        #expect(Date().timeIntervalSince(start) < 1)
        // A few such keys are fine.
        var few = "big: &a \(String(repeating: "x", count: 1 << 10))\nm:\n"
        for i in 0..<20 { few += "  ? [*a, \(i)]\n  : v\n" }
        #expect(try YAMLParser.parse(Array(few.utf8), file: "aliases.yaml", limits: .default)?.mapping?[1].value.mapping?.count == 20)
    }
}
