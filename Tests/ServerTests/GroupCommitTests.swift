import Service
import Synchronization
import Testing

@testable import Server

/// Writes committed in groups: each caller returns when its own write is committed, a group never
/// holds one key twice, and a bad write in a group fails alone.
@Suite struct GroupCommitTests {
    /// What a flush saw, and a gate that holds the first flush until a test opens it.
    final class Recorder: Sendable {
        let groups = Mutex<[[String]]>([])
        let open = Mutex(false)
        let entered = Mutex(0)

        func flush(_ items: [String]) async throws(StoreError) -> [Void] {
            entered.withLock { $0 += 1 }
            while !open.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(1)) }
            groups.withLock { $0.append(items) }
            if items.contains("bad") { throw StoreError("refused") }
            return items.map { _ in () }
        }
    }

    /// Starts a write that holds the only writer until the recorder opens.
    static func holdTheWriter(_ commit: GroupCommit<String, Void>, _ recorder: Recorder, into tasks: inout [Task<Bool, Never>]) async {
        tasks.append(Task { (try? await commit.write("first", key: "f")) != nil })
        while recorder.entered.withLock({ $0 }) == 0 { await Task.yield() }
    }

    /// Starts `write(item, key)` and returns once it waits in the queue.
    static func enqueue(_ commit: GroupCommit<String, Void>, _ item: String, key: String, into tasks: inout [Task<Bool, Never>]) async {
        let before = commit.waiting
        tasks.append(
            Task {
                do {
                    try await commit.write(item, key: key)
                    return true
                } catch { return false }
            })
        while commit.waiting == before { await Task.yield() }
    }

    @Test func writesWaitingTogetherGoInOneGroupWithEachKeyOnce() async throws {
        let recorder = Recorder()
        let commit = GroupCommit<String, Void>(maximumInFlight: 1, maximumGroup: 64) { items throws(StoreError) in try await recorder.flush(items) }
        var tasks: [Task<Bool, Never>] = []
        // The first write holds the only writer; the rest queue behind it in this order.
        await Self.holdTheWriter(commit, recorder, into: &tasks)
        for (item, key) in [("a1", "a"), ("b1", "b"), ("a2", "a"), ("c1", "c")] {
            await Self.enqueue(commit, item, key: key, into: &tasks)
        }
        recorder.open.withLock { $0 = true }
        for task in tasks { #expect(await task.value) }
        // a2 waits for the group after a1's (one writer here, so in order).
        #expect(recorder.groups.withLock { $0 } == [["first"], ["a1", "b1"], ["a2", "c1"]])
    }

    @Test func aBadWriteInAGroupFailsAlone() async throws {
        let recorder = Recorder()
        let commit = GroupCommit<String, Void>(maximumInFlight: 1, maximumGroup: 64) { items throws(StoreError) in try await recorder.flush(items) }
        var tasks: [Task<Bool, Never>] = []
        await Self.holdTheWriter(commit, recorder, into: &tasks)
        for (item, key) in [("good1", "1"), ("bad", "2"), ("good2", "3")] {
            await Self.enqueue(commit, item, key: key, into: &tasks)
        }
        recorder.open.withLock { $0 = true }
        var results: [Bool] = []
        for task in tasks { results.append(await task.value) }
        #expect(results == [true, true, false, true])
        #expect(recorder.groups.withLock { $0 } == [["first"], ["good1", "bad", "good2"], ["good1"], ["bad"], ["good2"]])
    }

    @Test func manyConcurrentWritesAreAllCommittedInFewerGroups() async throws {
        let recorder = Recorder()
        recorder.open.withLock { $0 = true }
        let commit = GroupCommit<String, Void>(maximumInFlight: 2, maximumGroup: 16) { items throws(StoreError) in
            try? await Task.sleep(for: .milliseconds(2))
            return try await recorder.flush(items)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<200 { group.addTask { try await commit.write("w\(n)", key: "k\(n)") } }
            try await group.waitForAll()
        }
        let groups = recorder.groups.withLock { $0 }
        #expect(groups.flatMap { $0 }.sorted() == (0..<200).map { "w\($0)" }.sorted())
        #expect(groups.count < 200)
        #expect(groups.allSatisfy { $0.count <= 16 })
    }
}

/// The server's copies of sessions: bounded, the recently used kept.
@Suite struct SessionCacheTests {
    static func stored(_ id: String, version: Int = 1) -> StoredSession {
        StoredSession(saved: StoreTests.saved(id), revision: "r", version: version)
    }

    @Test func boundedAndRecentlyUsedStay() {
        let cache = SessionCache(capacity: 4)
        for id in ["a", "b"] { cache.keep(Self.stored(id)) }
        // Young holds two: c makes a and b the old generation.
        cache.keep(Self.stored("c"))
        #expect(cache.session("a") != nil)  // used again: back in the young generation
        cache.keep(Self.stored("d"))  // young full (c, a): they become old, b is dropped
        #expect(cache.session("b") == nil)
        #expect(cache.session("a") != nil && cache.session("c") != nil && cache.session("d") != nil)
        #expect(cache.count <= 4)
        for n in 0..<1_000 { cache.keep(Self.stored("s\(n)")) }
        #expect(cache.count <= 4)
        cache.keep(Self.stored("s999", version: 7))
        #expect(cache.session("s999")?.version == 7)
        cache.forget("s999")
        #expect(cache.session("s999") == nil)
    }
}
