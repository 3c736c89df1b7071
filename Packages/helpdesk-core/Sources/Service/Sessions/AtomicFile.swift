import Foundation

/// Files written whole or not at all, readable by their owner only, and removed only when they
/// are regular files: the primitives of the file store.
enum AtomicFile {
    /// Writes `data` to `path` through a temporary file beside it, created with mode 0600
    /// (`O_EXCL`, so never someone else's file), synced, then renamed over `path`. On any
    /// failure the temporary file is removed and the error says what failed.
    static func write(_ data: Data, to path: String) throws(StoreError) {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw StoreError("\(path) is in the way and is not a file; it was left as it is")
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        // A call a signal interrupts is tried again (a test run or a terminal delivers signals).
        var fd: Int32
        repeat { fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw StoreError("cannot create a file in \(directory) (\(String(cString: strerror(errno))))") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write to \(directory) (\(String(cString: strerror(errno))))"
                    return
                }
                offset += n
            }
        }
        if failure == nil {
            var synced: Int32
            repeat { synced = fsync(fd) } while synced != 0 && errno == EINTR
            if synced != 0 { failure = "cannot write to \(directory) (\(String(cString: strerror(errno))))" }
        }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = "cannot replace \(path) (\(String(cString: strerror(errno))))" }
        if let failure {
            unlink(temporary)
            throw StoreError(failure)
        }
    }

    /// The file's bytes; nil when there is no file. A path that is not a regular file (a
    /// folder, a FIFO, a link) is an error, and is not opened for reading.
    static func read(_ path: String) throws(StoreError) -> Data? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError("\(path) is not a file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw StoreError("cannot read \(path)") }
        return data
    }

    /// Removes `path` if it is a regular file; a folder or anything else is left alone.
    static func removeRegularFile(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError("\(path) is not a file; it was left as it is") }
        if unlink(path) != 0 && errno != ENOENT { throw StoreError("cannot remove \(path) (\(String(cString: strerror(errno))))") }
    }

    /// The process id in a temporary file's name `.<name>.<pid>.<random>.tmp`.
    static func writerPID(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".")
        guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]) else { return nil }
        return pid
    }
}
