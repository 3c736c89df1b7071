/// A Codable encoder that writes JSON straight into bytes as the value encodes itself, instead
/// of building a tree of values first (as Foundation's `JSONEncoder` does, which costs more than
/// triaging the ticket). Keys come in the order the type encodes them — declaration order for
/// synthesized conformances — so the same value always gives the same bytes. Strings are UTF-8
/// text; only `"`, `\` and control characters are escaped. Non-finite numbers are an error.
struct StreamingJSON {
    /// Encodes `value` as one line of JSON: straight into bytes when it is `WireWritable`, else
    /// through its `Codable` conformance.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        guard let writable = value as? any WireWritable else { return try encodeThroughCodable(value) }
        let sink = Sink()
        try writable.write(to: sink)
        return sink.bytes
    }

    /// Writes a value that writes itself after what `sink` holds (a batch's reports, one buffer).
    static func write(_ value: some WireWritable, to sink: Sink) {
        do {
            try value.write(to: sink)
        } catch {
            // Wire types hold strings, finite numbers and booleans only.
            preconditionFailure("wire value could not be encoded: \(error)")
        }
    }

    /// Encodes `value` through its `Codable` conformance, whether or not it writes itself.
    static func encodeThroughCodable<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = Sink()
        try sink.value(value, codingPath: [])
        sink.close(to: 0)
        return sink.bytes
    }
}

/// The output and the containers still open, innermost last.
final class Sink {
    /// The bytes written, in memory the sink owns: a byte appended is a bounds test and a
    /// store. (An array in a class property was checked for a second owner on every append, a
    /// tenth of writing a triage report.) Never handed out: `bytes` and `withBytes` copy or lend.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Each open container: its closing bracket and how many elements it has.
    var open: [(closer: UInt8, count: Int)] = []

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A copy of what was written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    var isEmpty: Bool { count == 0 }

    /// What was written, lent to `body`.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets what was written, keeping the memory.
    func removeAll() { count = 0 }

    func reserveCapacity(_ wanted: Int) {
        if wanted > capacity { grow(to: wanted) }
    }

    private func grow(to wanted: Int) {
        let larger = max(wanted, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ first: UInt8, _ second: UInt8) {
        if count + 2 > capacity { grow(to: count + 2) }
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let from = buffer.baseAddress, !buffer.isEmpty else { return }
        if count + buffer.count > capacity { grow(to: count + buffer.count) }
        (base + count).initialize(from: from, count: buffer.count)
        count += buffer.count
    }

    func append(contentsOf bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Closes the containers opened after the first `level` ones.
    func close(to level: Int) {
        while open.count > level { append(open.removeLast().closer) }
    }

    /// Starts an element of the container at `level` (its index + 1): closes what is nested
    /// deeper, and writes the comma before every element but the first.
    func element(at level: Int) {
        close(to: level)
        if open[level - 1].count > 0 { append(UInt8(ascii: ",")) }
        open[level - 1].count += 1
    }

    func openContainer(_ opener: UInt8, _ closer: UInt8) -> Int {
        append(opener)
        open.append((closer, 0))
        return open.count
    }

    func key(_ key: String) {
        string(key)
        append(UInt8(ascii: ":"))
    }

    func value<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Comparing metatypes is cheap; a failing dynamic cast per nested value is not.
        if T.self == String.self { return string(value as! String) }
        if T.self == Bool.self { return bool(value as! Bool) }
        if T.self == Int.self { return integer(value as! Int) }
        if T.self == Double.self { return try number(value as! Double, codingPath) }
        let level = open.count
        let start = count
        try value.encode(to: StreamEncoder(sink: self, codingPath: codingPath))
        close(to: level)
        // A value that wrote nothing at all is an empty object, as JSONEncoder writes it.
        if count == start { append(UInt8(ascii: "{"), UInt8(ascii: "}")) }
    }

    func bool(_ b: Bool) {
        append(contentsOf: b ? Self.trueBytes : Self.falseBytes)
    }

    func null() { append(contentsOf: Self.nullBytes) }

    func integer<I: BinaryInteger>(_ n: I) {
        // The digits written straight in (a String per number cost more than the number's key).
        guard let v = Int64(exactly: n) else { return append(utf8: String(n)) }
        if v < 0 { append(UInt8(ascii: "-")) }
        var magnitude = v.magnitude
        // At most 20 digits (UInt64.max), written from the last.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { d in
            var start = 20
            repeat {
                start -= 1
                d[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: d[start...]))
        }
    }

    static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    func number(_ n: Double, _ codingPath: [any CodingKey]) throws {
        guard n.isFinite else {
            throw EncodingError.invalidValue(n, .init(codingPath: codingPath, debugDescription: "\(n) is not a JSON number"))
        }
        if n.rounded() == n, abs(n) < 9.007_199_254_740_992e15 {
            integer(Int64(n))
        } else if let thousandths = Self.thousandths(n) {
            // Scores and confidences, rounded to three places: their digits written straight
            // in (a String per number through the general shortest-digits printer cost more
            // than the rest of the ranked entry).
            if n < 0 { append(UInt8(ascii: "-")) }
            let magnitude = thousandths.magnitude
            integer(magnitude / 1000)
            var fraction = magnitude % 1000, digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            append(UInt8(ascii: "."))
            var divisor: UInt64 = digits == 3 ? 100 : digits == 2 ? 10 : 1
            while divisor > 0 {
                append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
                divisor /= 10
            }
        } else {
            append(utf8: "\(n)")
        }
    }

    /// `n` as a whole number of thousandths when it is exactly the double nearest one (and not
    /// whole): then its three-place decimal, trailing zeros dropped, is the shortest text that
    /// reads back as `n` — what Swift's own printer gives (any shorter decimal is a multiple of
    /// a thousandth too, so at least a thousandth away, far more than `n`'s spacing below 10¹²).
    static func thousandths(_ n: Double) -> Int64? {
        guard abs(n) < 1e12 else { return nil }
        let k = (n * 1000).rounded()
        guard k / 1000 == n else { return nil }
        return Int64(k)
    }

    static let hex = Array("0123456789abcdef".utf8)

    /// Whether any of the eight bytes of `x` is a control character, `"` or `\`: the classic
    /// word-at-a-time tests (a byte below 0x20; a byte equal to one after an exclusive or).
    /// Bytes of multi-byte characters (0x80 and up) never count.
    @inline(__always)
    static func needsEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
        let control = (x &- ones &* 0x20) & ~x & highs
        return (control | (quote &- ones) & ~quote & highs | (backslash &- ones) & ~backslash & highs) != 0
    }

    func string(_ s: String) {
        append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                // Eight bytes at a time while none needs escaping: most text needs none.
                if i + 8 <= utf8.count, !Self.needsEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                i += 1
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<(i - 1)]))
                runStart = i
                switch b {
                case UInt8(ascii: "\""): append(0x5C, 0x22)
                case UInt8(ascii: "\\"): append(0x5C, 0x5C)
                case 0x0A: append(0x5C, UInt8(ascii: "n"))
                case 0x0D: append(0x5C, UInt8(ascii: "r"))
                case 0x09: append(0x5C, UInt8(ascii: "t"))
                case 0x08: append(0x5C, UInt8(ascii: "b"))
                case 0x0C: append(0x5C, UInt8(ascii: "f"))
                default:
                    append(0x5C, UInt8(ascii: "u"))
                    append(0x30, 0x30)
                    append(Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)])
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }
}

struct StreamEncoder: Encoder {
    let sink: Sink
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let level = sink.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"))
        return KeyedEncodingContainer(KeyedStream<Key>(sink: sink, level: level, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let level = sink.openContainer(UInt8(ascii: "["), UInt8(ascii: "]"))
        return UnkeyedStream(sink: sink, level: level, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueStream(sink: sink, codingPath: codingPath)
    }
}

struct KeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: Sink
    let level: Int
    var codingPath: [any CodingKey]

    /// Starts the member `key`. The coding path is not grown per member (it would allocate an
    /// array for every value); errors name the container's path.
    func member(_ key: Key) {
        sink.element(at: level)
        sink.key(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { member(key); sink.null() }
    mutating func encode(_ value: String, forKey key: Key) throws { member(key); sink.string(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { member(key); sink.bool(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { member(key); sink.integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { member(key); sink.integer(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { member(key); try sink.number(value, codingPath) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { member(key); sink.string(value) } }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { member(key); sink.bool(value) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { member(key); sink.integer(value) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { member(key); try sink.number(value, codingPath) } }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        member(key)
        try sink.value(value, codingPath: codingPath)
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return }
        member(key)
        try sink.value(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.element(at: level)
        sink.key(key.stringValue)
        let nested = sink.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"))
        return KeyedEncodingContainer(KeyedStream<NestedKey>(sink: sink, level: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.element(at: level)
        sink.key(key.stringValue)
        let nested = sink.openContainer(UInt8(ascii: "["), UInt8(ascii: "]"))
        return UnkeyedStream(sink: sink, level: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.element(at: level)
        sink.key(key.stringValue)
        return StreamEncoder(sink: sink, codingPath: codingPath)
    }
}

struct UnkeyedStream: UnkeyedEncodingContainer {
    let sink: Sink
    let level: Int
    var codingPath: [any CodingKey]
    var count: Int { sink.open.count >= level ? sink.open[level - 1].count : 0 }

    mutating func encodeNil() throws { sink.element(at: level); sink.null() }
    mutating func encode(_ value: String) throws { sink.element(at: level); sink.string(value) }
    mutating func encode(_ value: Bool) throws { sink.element(at: level); sink.bool(value) }
    mutating func encode(_ value: Int) throws { sink.element(at: level); sink.integer(value) }
    mutating func encode(_ value: Double) throws { sink.element(at: level); try sink.number(value, codingPath) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        sink.element(at: level)
        try sink.value(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        sink.element(at: level)
        let nested = sink.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"))
        return KeyedEncodingContainer(KeyedStream<NestedKey>(sink: sink, level: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.element(at: level)
        let nested = sink.openContainer(UInt8(ascii: "["), UInt8(ascii: "]"))
        return UnkeyedStream(sink: sink, level: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        sink.element(at: level)
        return StreamEncoder(sink: sink, codingPath: codingPath)
    }
}

struct SingleValueStream: SingleValueEncodingContainer {
    let sink: Sink
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { sink.null() }
    mutating func encode(_ value: Bool) throws { sink.bool(value) }
    mutating func encode(_ value: String) throws { sink.string(value) }
    mutating func encode(_ value: Double) throws { try sink.number(value, codingPath) }
    mutating func encode(_ value: Float) throws { try sink.number(Double(value), codingPath) }
    mutating func encode(_ value: Int) throws { sink.integer(value) }
    mutating func encode(_ value: Int8) throws { sink.integer(value) }
    mutating func encode(_ value: Int16) throws { sink.integer(value) }
    mutating func encode(_ value: Int32) throws { sink.integer(value) }
    mutating func encode(_ value: Int64) throws { sink.integer(value) }
    mutating func encode(_ value: UInt) throws { sink.integer(value) }
    mutating func encode(_ value: UInt8) throws { sink.integer(value) }
    mutating func encode(_ value: UInt16) throws { sink.integer(value) }
    mutating func encode(_ value: UInt32) throws { sink.integer(value) }
    mutating func encode(_ value: UInt64) throws { sink.integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value, codingPath: codingPath) }
}
