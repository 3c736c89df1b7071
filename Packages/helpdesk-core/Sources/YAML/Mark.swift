import Synchronization

/// A place in a source file: 1-based line and column (columns count characters, as libyaml does).
///
/// A plain value of 12 bytes: the file is held as a number (`FileNames`), so knowledge with a
/// mark on every node, reference and text copies without reference counting.
public struct Mark: Sendable, Hashable, CustomStringConvertible {
    private let fileID: UInt32
    private var line32: Int32
    private var column32: Int32

    public init(file: String, line: Int, column: Int) {
        self.init(fileID: FileNames.id(of: file), line: line, column: column)
    }

    init(fileID: UInt32, line: Int, column: Int) {
        self.fileID = fileID
        line32 = Int32(clamping: line)
        column32 = Int32(clamping: column)
    }

    public var file: String { FileNames.name(of: fileID) }
    public var line: Int {
        get { Int(line32) }
        set { line32 = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(column32) }
        set { column32 = Int32(clamping: newValue) }
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}

/// The file names marks refer to, each kept once for the life of the process (a process reads
/// a few folders of knowledge, again on reload, so the table stays as small as the set of paths).
enum FileNames {
    private struct Table {
        var names: [String] = []
        var ids: [String: UInt32] = [:]
    }

    private static let table = Mutex(Table())

    static func id(of name: String) -> UInt32 {
        table.withLock { t in
            if let id = t.ids[name] { return id }
            let id = UInt32(truncatingIfNeeded: t.names.count)
            t.names.append(name)
            t.ids[name] = id
            return id
        }
    }

    static func name(of id: UInt32) -> String {
        table.withLock { $0.names[Int(id)] }
    }
}
