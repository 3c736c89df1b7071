import Foundation
import Inference
import KnowledgeBase

/// Diagnoses kept as files for the terminal: `<state>/helpdesk/sessions/<id>.json`, where
/// `<state>` is `$XDG_STATE_HOME`, else `~/.local/state`. Several sessions sit side by side; a
/// terminal holds a lock on the one it runs, so two terminals never write, resume or delete the
/// same session. Writes are atomic (a temporary file, mode 0600 from its creation, renamed into
/// place); the store removes only files it wrote, never a folder.
public struct FileSessionStore: SessionStore {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The user's store, from the environment.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(directory: Self.stateDirectory(environment).appendingPathComponent("sessions"))
    }

    static func stateDirectory(_ environment: [String: String]) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("helpdesk")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/helpdesk")
    }

    // MARK: Files

    func file(_ id: String) -> String { directory.appendingPathComponent("\(id).json").path }
    func lockFile(_ id: String) -> String { directory.appendingPathComponent("\(id).lock").path }

    /// Ids are 32 hexadecimal digits (`newSessionID`): nothing else becomes a path.
    static func valid(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    func ensureDirectory() throws(StoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StoreError("\(directory.path) is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("cannot create \(directory.path)")
        }
    }

    // MARK: SessionStore

    public func save(_ session: SavedSession) throws(StoreError) {
        guard Self.valid(session.id) else { throw StoreError("'\(session.id)' is not a session id") }
        try ensureDirectory()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do { data = try encoder.encode(session) } catch { throw StoreError("the session could not be encoded") }
        try AtomicFile.write(data, to: file(session.id))
    }

    public func load(_ id: String) throws(StoreError) -> SavedSession? {
        guard Self.valid(id) else { return nil }
        guard let data = try AtomicFile.read(file(id)) else { return nil }
        return try Self.decode(data)
    }

    public func delete(_ id: String) throws(StoreError) {
        guard Self.valid(id) else { return }
        try AtomicFile.removeRegularFile(file(id))
        try? AtomicFile.removeRegularFile(lockFile(id))
    }

    static func decode(_ data: Data) throws(StoreError) -> SavedSession {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let session = try decoder.decode(SavedSession.self, from: data)
            guard session.version == SavedSession.currentVersion else { throw StoreError("it was saved by another version of helpdesk") }
            return session
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("it is not a saved session")
        }
    }

    // MARK: Listing, locking, setting aside

    /// What the folder holds: the usable sessions, newest first, and the files set aside.
    public struct Listing: Sendable {
        public var sessions: [SavedSession] = []
        public var setAside: [(reason: String, path: String)] = []
    }

    /// The saved sessions no other terminal holds, newest first. A file that cannot be read as a
    /// session is set aside (renamed, never deleted) and reported.
    public func list() -> Listing {
        var listing = Listing()
        migrateLegacy(into: &listing)
        cleanTemporaryFiles()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return listing }
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") && !name.contains(".unusable-") {
            let id = String(name.dropLast(5))
            guard Self.valid(id), !isHeld(id) else { continue }
            do {
                guard let data = try AtomicFile.read(file(id)) else { continue }
                listing.sessions.append(try Self.decode(data))
            } catch {
                if let path = setAside(file(id)) { listing.setAside.append((error.message, path)) }
            }
        }
        listing.sessions.sort { $0.savedAt > $1.savedAt }
        return listing
    }

    /// Sets a file aside as `<name>.unusable-<time>-<n>.json`, never replacing another file.
    public func setAside(_ path: String) -> String? {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let base = (path as NSString).deletingPathExtension
        for n in 0..<1000 {
            let target = "\(base).unusable-\(stamp)\(n == 0 ? "" : "-\(n)").json"
            // link() fails when the target exists, so nothing is overwritten.
            if link(path, target) == 0 {
                unlink(path)
                return target
            }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// A lock on a session, held while a terminal runs it; released on `release()` or exit.
    public final class Claim: @unchecked Sendable {
        let fd: Int32
        init(fd: Int32) { self.fd = fd }
        public func release() { close(fd) }
        deinit { close(fd) }
    }

    /// Takes the session `id` for this process; nil when another process holds it.
    public func claim(_ id: String) -> Claim? {
        guard Self.valid(id), (try? ensureDirectory()) != nil else { return nil }
        let fd = open(lockFile(id), O_CREAT | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return Claim(fd: fd)
    }

    func isHeld(_ id: String) -> Bool {
        let fd = open(lockFile(id), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(fd, LOCK_UN)
        return false
    }

    /// Temporary files of writers that died (a kill -9 between write and rename): removed once
    /// their process is gone. They were created mode 0600, so nobody else could read them.
    func cleanTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names {
            guard let pid = AtomicFile.writerPID(ofTemporary: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? AtomicFile.removeRegularFile(directory.appendingPathComponent(name).path)
        }
    }

    /// The single `session.json` of earlier versions becomes a session of this store.
    func migrateLegacy(into listing: inout Listing) {
        let legacy = directory.deletingLastPathComponent().appendingPathComponent("session.json").path
        guard let data = try? AtomicFile.read(legacy) else { return }
        struct Legacy: Decodable {
            var version: Int
            var tree: String
            var language: Language?
            var entries: [SavedSession.Entry]
            var probed: [String]?
        }
        guard let old = try? JSONDecoder().decode(Legacy.self, from: data), old.version == 1 else {
            if let path = setAside(legacy) { listing.setAside.append(("it is not a saved session", path)) }
            return
        }
        let saved = SavedSession(
            id: newSessionID(), tree: old.tree, language: old.language ?? .ja, savedAt: Date(), entries: old.entries, probed: old.probed ?? [])
        if (try? save(saved)) != nil { try? AtomicFile.removeRegularFile(legacy) }
    }

    // MARK: Resuming

    /// A saved session a terminal may resume, replayed on the knowledge, and claimed for this
    /// process; `setAside` lists the files that could not be used, with why.
    public struct Offer {
        public var saved: SavedSession
        public var session: Session
        public var claim: Claim
    }

    /// The newest saved session that started at `startTree` (any, from the navigator), has
    /// answers, fits the knowledge and no other terminal holds. Sessions that no longer fit are
    /// set aside and reported through `setAside`.
    public func offer(startTree: String, knowledge: CompiledKnowledge, setAside report: (String, String) -> Void) -> Offer? {
        let listing = list()
        for (reason, path) in listing.setAside { report(reason, path) }
        for saved in listing.sessions where saved.hasAnswers && (saved.tree == startTree || startTree == "start") {
            let session: Session
            do {
                session = try saved.session(on: knowledge)
            } catch {
                if let path = setAside(file(saved.id)) { report(error.message, path) }
                continue
            }
            guard let claim = claim(saved.id) else { continue }
            return Offer(saved: saved, session: session, claim: claim)
        }
        return nil
    }
}
