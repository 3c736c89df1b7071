/// A wire type that writes its JSON straight into the sink, without the `Encoder` protocol's
/// containers: for the objects written most (a batch's triage lines, a session's replies),
/// where going through `Codable` cost more than half of what triaging the ticket did. The bytes
/// are the same as its `Codable` conformance writes (same keys, same order, same numbers), which
/// stays the definition: `WireWriterTests` compares the two on every bundled ticket and tree.
protocol WireWritable {
    func write(to sink: Sink) throws
}

/// One JSON object being written: members in the order they are given, the comma before each
/// but the first. Keys are plain ASCII (`StaticString`), so they need no escaping.
struct ObjectWriter {
    let sink: Sink
    private var first = true

    init(_ sink: Sink) {
        self.sink = sink
        sink.append(UInt8(ascii: "{"))
    }

    func end() { sink.append(UInt8(ascii: "}")) }

    mutating func key(_ name: StaticString) {
        if !first { sink.append(UInt8(ascii: ",")) }
        first = false
        sink.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { sink.append($0) }
        // Byte by byte: an array literal here was allocated for every key written.
        sink.append(UInt8(ascii: "\""), UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        sink.string(value)
    }

    /// Left out when absent (as `encodeIfPresent` does).
    mutating func string(_ name: StaticString, ifPresent value: String?) {
        if let value { string(name, value) }
    }

    /// `null` when absent (as `Nullable` does).
    mutating func string(_ name: StaticString, orNull value: String?) {
        key(name)
        if let value { sink.string(value) } else { sink.null() }
    }

    mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        sink.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { sink.append(UInt8(ascii: ",")) }
            sink.string(value)
        }
        sink.append(UInt8(ascii: "]"))
    }

    mutating func int(_ name: StaticString, _ value: Int) {
        key(name)
        sink.integer(value)
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        sink.bool(value)
    }

    mutating func number(_ name: StaticString, _ value: Double) throws {
        key(name)
        try sink.number(value, [])
    }

    mutating func value(_ name: StaticString, _ value: some WireWritable) throws {
        key(name)
        try value.write(to: sink)
    }

    mutating func value(_ name: StaticString, ifPresent value: (some WireWritable)?) throws {
        if let value { try self.value(name, value) }
    }

    mutating func value(_ name: StaticString, orNull value: (some WireWritable)?) throws {
        key(name)
        if let value { try value.write(to: sink) } else { sink.null() }
    }

    mutating func values(_ name: StaticString, _ values: [some WireWritable]) throws {
        key(name)
        try sink.array(values)
    }
}

extension Sink {
    func array(_ values: [some WireWritable]) throws {
        append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            try value.write(to: self)
        }
        append(UInt8(ascii: "]"))
    }
}
