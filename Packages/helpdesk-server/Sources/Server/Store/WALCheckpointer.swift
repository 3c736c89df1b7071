import GRDB
import Logging

/// Copies SQLite's write-ahead log into the database file from a connection of its own, so
/// that no request waits for it.
///
/// By default SQLite checkpoints on the connection that commits, every 1,000 pages of log: the
/// copy and its two `fsync`s held the server's one writer for 10–15 ms on this machine's disk
/// (200 ms at 16,000 pages), and every write queued behind it. While `run` runs, the writer's
/// automatic checkpoint is off and this connection checkpoints in PASSIVE mode, which never
/// blocks a writer, every few milliseconds. A passive checkpoint cannot start the log over
/// while writes keep coming, so once the log passes `restartPages` the writer checkpoints what
/// is left (the pages of the last few milliseconds) and its next write starts the log from its
/// beginning. That checkpoint is short, but it syncs the log and the database file on the
/// writer, and a sync waits behind whatever the kernel is writing back: at 500 pages (2 MB, a
/// few times a second under load) triage's p99 over 60 s was 28–144 ms in some runs; at 4,000
/// pages (16 MB) the writer syncs an eighth as often. Durability is SQLite's either way: a
/// checkpoint only copies committed pages.
struct WALCheckpointer: Sendable {
    let database: SQLiteDatabase
    let logger: Logger
    /// The pause between two checkpoints while writes come in.
    var interval: Duration = .milliseconds(5)
    /// The longest pause, reached by doubling while nothing is written.
    var idleInterval: Duration = .milliseconds(40)
    /// The log's length, in pages, at which the writer checkpoints the rest.
    var restartPages = 4_000

    /// Checkpoints until the task is cancelled, then gives the writer its automatic checkpoint
    /// back. A connection that cannot be opened leaves the automatic checkpoint as it was.
    func run() async {
        let connection: DatabaseQueue
        do {
            connection = try DatabaseQueue(path: database.path, configuration: SQLiteDatabase.configuration())
            try await database.pool.writeWithoutTransaction { db in try Self.setAutomaticCheckpoint(db, pages: 0) }
        } catch {
            logger.warning("the WAL checkpointer did not start: \(SQLiteDatabase.describe(error)); SQLite checkpoints on commit")
            return
        }
        var failing = false
        var pause = interval
        var frames = 0
        while !Task.isCancelled {
            do {
                let log = try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
                if failing {
                    try await database.pool.writeWithoutTransaction { db in try Self.setAutomaticCheckpoint(db, pages: 0) }
                    failing = false
                }
                if log.walFrameCount >= restartPages {
                    try await database.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
                }
                // A log as long as at the last pass: nothing was written since.
                pause = log.walFrameCount == frames ? min(pause * 2, idleInterval) : interval
                frames = log.walFrameCount
            } catch {
                // Cancelled: GRDB interrupts the statement (SQLITE_INTERRUPT) or throws CancellationError.
                if Task.isCancelled || error is CancellationError { break }
                // While passes fail, the writer checkpoints on commit again, so the log never
                // grows without end; the next pass that succeeds takes over again.
                if !failing {
                    logger.warning("WAL checkpoint failed: \(SQLiteDatabase.describe(error)); SQLite checkpoints on commit meanwhile")
                    try? restoreAutomaticCheckpoint()
                }
                failing = true
                pause = idleInterval
            }
            try? await Task.sleep(for: pause)
        }
        do { try restoreAutomaticCheckpoint() } catch {
            logger.warning("the writer's automatic checkpoint was not restored: \(SQLiteDatabase.describe(error))")
        }
    }

    /// SQLite's automatic checkpoint, in pages of log.
    static let sqliteDefault = 1_000

    /// Synchronously: at the end the task is cancelled, and GRDB's asynchronous write would refuse.
    private func restoreAutomaticCheckpoint() throws {
        try database.pool.writeWithoutTransaction { db in try Self.setAutomaticCheckpoint(db, pages: Self.sqliteDefault) }
    }

    private static func setAutomaticCheckpoint(_ db: Database, pages: Int) throws {
        try db.execute(sql: "PRAGMA wal_autocheckpoint = \(pages)")
    }
}
