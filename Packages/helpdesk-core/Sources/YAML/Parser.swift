import CYAML

/// Reads YAML text with libyaml into a `YAMLDocument`, an arena of nodes with marks.
///
/// It applies no schema: keys and scalars stay text. It refuses what would make a consumer
/// misbehave: duplicate mapping keys, more than one document, nesting deeper than the limit,
/// alias expansion past the limit (a "billion laughs" file is refused, not expanded), files
/// larger than the limit, and text that is not UTF-8.
public enum YAMLParser {
    /// Parses the single document in `bytes`. Returns nil when the stream holds no document
    /// (an empty file, or only comments).
    public static func parse(_ bytes: [UInt8], file: String, limits: Limits = .default) throws(YAMLError) -> Node? {
        if bytes.count > limits.maxBytes {
            throw YAMLError(
                "file is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes",
                at: Mark(file: file, line: 1, column: 1))
        }
        // The arena locates text and nodes with 32-bit offsets.
        if bytes.count > Int(Int32.max) / 2 {
            throw YAMLError("file is \(bytes.count) bytes, too large to read", at: Mark(file: file, line: 1, column: 1))
        }
        // libyaml wants a non-null input; an empty file holds no document.
        guard !bytes.isEmpty else { return nil }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> Node? in
            var builder = DocumentBuilder(file: file, bytes: buffer, limits: limits)
            return try builder.run()?.root
        }
    }

    /// Parses the single document in a string.
    public static func parse(_ text: String, file: String = "<string>", limits: Limits = .default) throws(YAMLError) -> Node? {
        try parse(Array(text.utf8), file: file, limits: limits)
    }

    /// Runs libyaml over the bytes and counts its events, building nothing: the floor that any
    /// loader on libyaml pays. For benchmarks; throws on the first syntax error.
    public static func countEvents(_ bytes: [UInt8], file: String) throws(YAMLError) -> Int {
        guard !bytes.isEmpty else { return 2 }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> Int in
            var reader = EventReader(bytes: buffer, file: file)
            var count = 0
            while true {
                var event = try reader.next()
                let type = event.type
                yaml_event_delete(&event)
                count += 1
                if type == YAML_STREAM_END_EVENT { return count }
            }
        }
    }
}

/// Pulls events from libyaml, turning its errors into `YAMLError`s with marks. It reads the
/// caller's bytes in place, so they must outlive it.
struct EventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t> = .allocate(capacity: 1)
    private let storage: UnsafeBufferPointer<UInt8>
    let file: String

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.file = file
        storage = bytes
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, storage.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Reads the next event. The caller owns it and must pass it to `yaml_event_delete`.
    mutating func next() throws(YAMLError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
        return event
    }

    func mark(_ m: yaml_mark_t) -> Mark {
        Mark(file: file, line: Int(m.line) + 1, column: Int(m.column) + 1)
    }

    private func currentError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown YAML error"
        if parser.pointee.error == YAML_READER_ERROR {
            let offset = Int(parser.pointee.problem_offset)
            let at = position(ofByte: offset, in: storage)
            if storage.prefix(8192).contains(0) {
                return YAMLError("this is a binary file, not YAML text (\(problem))", at: at)
            }
            if problem.contains("UTF-8") || problem.contains("Unicode") {
                return YAMLError("invalid UTF-8: \(problem) (knowledge files are UTF-8 text)", at: at)
            }
            return YAMLError(problem, at: at)
        }
        let at = mark(parser.pointee.problem_mark)
        var message = problem
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            let started = mark(parser.pointee.context_mark)
            message += " (\(context), which started at line \(started.line), column \(started.column))"
        }
        if characterAt(parser.pointee.problem_mark) == UInt8(ascii: "\t") {
            message += "; a tab cannot indent YAML, use spaces"
        }
        return YAMLError(message, at: at)
    }

    private func characterAt(_ m: yaml_mark_t) -> UInt8? {
        let index = Int(m.index)
        // libyaml's index counts characters; for the ASCII tab test the byte offset is found by walking.
        var characters = 0
        for (offset, byte) in storage.enumerated() where byte & 0xC0 != 0x80 {
            if characters == index { return storage[offset] }
            characters += 1
        }
        return nil
    }

    /// Line and column of a byte offset, counting characters as libyaml does.
    private func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(file: file, line: line, column: column)
    }
}
