import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// The terminal's sessions on disk: atomic, private, several side by side, never anything but
/// its own files touched.
@Suite struct FileSessionStoreTests {
    func store() throws -> FileSessionStore {
        FileSessionStore(directory: try Fixture.temporaryDirectory().appendingPathComponent("helpdesk/sessions"))
    }

    func saved(_ tree: String = "code-expired", answers: [String: String] = ["code_age_minutes": "8"], secret: Bool = false, at date: Date = Date()) throws -> SavedSession {
        var session = Session(tree: tree)
        let reader = AnswerReader(knowledge: Fixture.compiled)
        for (k, v) in answers { session.record(k, try reader.value(key: k, text: v), source: .asked) }
        if secret { session.record("setup_key", .text("SECRETKEYJBSWY3D"), source: .asked) }
        return SavedSession(id: newSessionID(), session: session, language: .en, knowledge: Fixture.compiled, savedAt: date)
    }

    @Test func savesAndLoadsWithoutSecrets() throws {
        let store = try store()
        let s = try saved(secret: true)
        try store.save(s)
        let data = try #require(FileManager.default.contents(atPath: store.file(s.id)))
        #expect(!String(decoding: data, as: UTF8.self).contains("SECRETKEYJBSWY3D"))
        let loaded = try #require(try store.load(s.id))
        #expect(loaded.id == s.id && loaded.language == .en)
        let session = try loaded.session(on: Fixture.compiled)
        #expect(session.entries.map(\.key) == ["code_age_minutes"])
        #expect(session.entries.first?.value == .number(8))
    }

    @Test func filesAreTheOwnersOnly() throws {
        let store = try store()
        let s = try saved()
        try store.save(s)
        let file = try FileManager.default.attributesOfItem(atPath: store.file(s.id))
        #expect((file[.posixPermissions] as? Int) == 0o600)
        let dir = try FileManager.default.attributesOfItem(atPath: store.directory.path)
        #expect((dir[.posixPermissions] as? Int) == 0o700)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func severalSessionsNewestFirst() throws {
        let store = try store()
        let old = try saved("code-expired", at: Date(timeIntervalSinceNow: -600))
        let new = try saved("start", answers: ["activation_done": "no"])
        try store.save(old)
        try store.save(new)
        #expect(store.list().sessions.map(\.id) == [new.id, old.id])
        try store.delete(new.id)
        #expect(store.list().sessions.map(\.id) == [old.id])
    }

    @Test func aClaimedSessionIsNotOfferedToAnotherTerminal() throws {
        let store = try store()
        let s = try saved()
        try store.save(s)
        let claim = try #require(store.claim(s.id))
        #expect(store.isHeld(s.id))
        #expect(store.list().sessions.isEmpty)
        claim.release()
        #expect(store.list().sessions.map(\.id) == [s.id])
    }

    @Test func aFolderInTheWayIsNeverDeleted() throws {
        let store = try store()
        let s = try saved()
        try FileManager.default.createDirectory(atPath: store.file(s.id), withIntermediateDirectories: true)
        try "keep".write(toFile: store.file(s.id) + "/inside.txt", atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try store.save(s) }
        #expect(throws: StoreError.self) { try store.delete(s.id) }
        #expect(FileManager.default.fileExists(atPath: store.file(s.id) + "/inside.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aFailedSaveSaysSo() throws {
        let root = try Fixture.temporaryDirectory()
        // The store's folder cannot be made: a file is where it would be.
        try "x".write(to: root.appendingPathComponent("helpdesk"), atomically: true, encoding: .utf8)
        let store = FileSessionStore(directory: root.appendingPathComponent("helpdesk/sessions"))
        #expect(throws: StoreError.self) { try store.save(try saved()) }
    }

    @Test func corruptFilesAreSetAsideAndAllKept() throws {
        let store = try store()
        try store.ensureDirectory()
        let a = newSessionID(), b = newSessionID()
        try "garbage".write(toFile: store.file(a), atomically: true, encoding: .utf8)
        try "{\"version\": 99}".write(toFile: store.file(b), atomically: true, encoding: .utf8)
        let listing = store.list()
        #expect(listing.sessions.isEmpty)
        #expect(listing.setAside.count == 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names.filter { $0.contains(".unusable-") }.count == 2)
        // Setting aside twice in one second never overwrites the first.
        try "garbage again".write(toFile: store.file(a), atomically: true, encoding: .utf8)
        #expect(store.list().setAside.count == 1)
        let after = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(after.filter { $0.contains(".unusable-") }.count == 3)
    }

    @Test func temporaryFilesOfDeadWritersAreRemoved() throws {
        let store = try store()
        try store.ensureDirectory()
        // A writer killed between creating and renaming its file: pid 2^22+1 is not running.
        let dead = store.directory.appendingPathComponent(".x.json.4194305.7.tmp").path
        try "partial".write(toFile: dead, atomically: false, encoding: .utf8)
        let live = store.directory.appendingPathComponent(".y.json.\(getpid()).7.tmp").path
        try "mine".write(toFile: live, atomically: false, encoding: .utf8)
        _ = store.list()
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    @Test func theSingleFileOfEarlierVersionsIsMigrated() throws {
        let store = try store()
        let legacy = store.directory.deletingLastPathComponent().appendingPathComponent("session.json")
        try FileManager.default.createDirectory(at: legacy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try #"{"version": 1, "tree": "code-expired", "language": "en", "entries": [{"key": "code_age_minutes", "value": "8", "source": "asked"}], "probed": []}"#
            .write(to: legacy, atomically: true, encoding: .utf8)
        let listing = store.list()
        #expect(listing.sessions.count == 1)
        #expect(listing.sessions.first?.tree == "code-expired")
        #expect(!FileManager.default.fileExists(atPath: legacy.path))
    }

    @Test func idsAreNeverPaths() throws {
        let store = try store()
        #expect(try store.load("../../etc/passwd") == nil)
        #expect(throws: StoreError.self) { try store.save(SavedSession(id: "../x", session: Session(tree: "start"), language: .ja, knowledge: Fixture.compiled)) }
        let ids = Set((0..<100).map { _ in newSessionID() })
        #expect(ids.count == 100 && ids.allSatisfy(FileSessionStore.valid))
    }

    @Test func aSessionThatNoLongerFitsSaysWhy() throws {
        var s = try saved()
        s.tree = "no-such-tree"
        #expect(throws: InputError("its tree 'no-such-tree' is no longer in the knowledge")) { try s.session(on: Fixture.compiled) }
        var t = try saved()
        t.entries[0].value = "ten"
        #expect(throws: InputError.self) { try t.session(on: Fixture.compiled) }
    }
}
