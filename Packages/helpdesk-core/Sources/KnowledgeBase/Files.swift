#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file access for the loader: one `open`, `fstat` and read per file, and a directory
/// walk without Foundation's per-entry attribute look-ups.
enum Files {
    enum ReadResult {
        case bytes([UInt8])
        case tooLarge(Int)
        case unreadable
        /// A FIFO, socket or device: not read.
        case notRegular
    }

    /// The file's bytes, unless it is larger than `limit`.
    static func read(_ path: String, limit: Int) -> ReadResult {
        // Only a regular file is read. Opened without blocking (a FIFO named *.yaml would
        // otherwise block the open for ever), then its type checked on the open file: one path
        // look-up a file, not two. A socket cannot be opened; its type is looked up then.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            var info = stat()
            return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG ? .notRegular : .unreadable
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular }
        let size = Int(info.st_size)
        guard size <= limit else { return .tooLarge(size) }
        // Read into uninitialised room (not zeroed first, then written again); a file that
        // shrank while it was read keeps what was there.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = systemRead(fd, buffer.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
            count = done
        }
        return .bytes(bytes)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Every file below `directory` whose name ends with one of `suffixes`, sorted, as paths
    /// joined onto `directory`. Hidden entries are skipped.
    static func list(_ directory: String, suffixes: [String]) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var isDirectory = entry.pointee.d_type == DT_DIR
                if entry.pointee.d_type == DT_UNKNOWN || entry.pointee.d_type == DT_LNK { isDirectory = Self.isDirectory(path) }
                if isDirectory {
                    pending.append(path)
                } else if suffixes.contains(where: { name.hasSuffix($0) }) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}

/// The C library's read(2), named apart from `Files.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
