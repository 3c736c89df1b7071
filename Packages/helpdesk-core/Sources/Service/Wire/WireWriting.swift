/// The hot wire types written straight into bytes (see `WireWritable`): members in the order of
/// each type's coding keys, optional members left out or written `null` as their `Codable`
/// conformance does. A member added to a type must be added here too; `WireWriterTests` fails
/// until it is.

extension WireValue: WireWritable {
    func write(to sink: Sink) throws {
        switch self {
        case .bool(let b): sink.bool(b)
        case .number(let n): try sink.number(n, [])
        case .text(let t): sink.string(t)
        case .unknown: sink.null()
        }
    }
}

extension SortedObject: WireWritable where Value: WireWritable {
    func write(to sink: Sink) throws {
        sink.append(UInt8(ascii: "{"))
        for (i, key) in values.keys.sorted().enumerated() {
            if i > 0 { sink.append(UInt8(ascii: ",")) }
            sink.key(key)
            try values[key]!.write(to: sink)
        }
        sink.append(UInt8(ascii: "}"))
    }
}

extension DiagnosisObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.int("version", version)
        o.string("id", ifPresent: id)
        o.string("status", status)
        o.string("tree", ifPresent: tree)
        o.string("start", start)
        try o.value("question", ifPresent: question)
        try o.value("conclusion", ifPresent: conclusion)
        o.string("error", ifPresent: error)
        o.strings("shown", shown)
        try o.value("facts", facts)
        try o.values("trace", trace)
        o.end()
    }
}

extension DiagnosisObject.FactObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        try o.value("value", value)
        o.string("source", source)
        o.string("how", ifPresent: how)
        o.end()
    }
}

extension DiagnosisObject.TraceObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("tree", tree)
        o.string("node", node)
        o.string("action", action)
        o.string("fact", ifPresent: fact)
        try o.value("value", ifPresent: value)
        o.string("source", ifPresent: source)
        o.string("how", ifPresent: how)
        o.string("to", ifPresent: to)
        o.end()
    }
}

extension DiagnosisObject.ChoiceObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("value", value)
        o.string("label", label)
        o.end()
    }
}

extension DiagnosisObject.LinkObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("id", id)
        o.string("title", ifPresent: title)
        o.string("url", orNull: url)
        o.end()
    }
}

extension DiagnosisObject.BranchObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("value", value)
        o.string("label", label)
        o.string("leads_to", leadsTo)
        o.end()
    }
}

extension DiagnosisObject.WhyObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("check", check)
        o.string("reason", ifPresent: reason)
        try o.values("branches", branches)
        o.end()
    }
}

extension DiagnosisObject.QuestionObject: WireWritable {
    func write(to sink: Sink) throws {
        // A question from a memo carries its JSON, good while the object is as it was written.
        if let written = written.stored, written.object == self { return sink.append(contentsOf: written.bytes) }
        var o = ObjectWriter(sink)
        o.string("key", key)
        o.string("kind", kind)
        o.string("type", type)
        o.string("node", node)
        o.string("prompt", orNull: prompt)
        o.string("instruction", orNull: instruction)
        try o.values("links", links)
        o.key("choices")
        if let choices { try sink.array(choices) } else { sink.null() }
        o.string("hint", ifPresent: hint)
        try o.value("why", ifPresent: why)
        o.string("for", ifPresent: forFact)
        o.bool("accepts_unknown", acceptsUnknown)
        o.string("unknown_label", ifPresent: unknownLabel)
        o.end()
    }
}

extension DiagnosisObject.ContactObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("id", id)
        o.string("label", label)
        o.string("question", ifPresent: question)
        try o.value("form", ifPresent: form)
        o.end()
    }
}

extension DiagnosisObject.ConclusionObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("tree", tree)
        o.string("node", node)
        o.string("kind", kind)
        o.string("title", title)
        o.string("text", text)
        o.strings("steps", steps)
        try o.values("links", links)
        o.string("step", ifPresent: step)
        try o.value("contact_category", orNull: contactCategory)
        o.end()
    }
}

extension TriageReport: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.int("version", version)
        o.string("id", ifPresent: id)
        o.string("text", text)
        o.int("redactions", redactions)
        o.string("language", language.rawValue)
        try o.values("results", results)
        try o.value("facts", facts)
        try o.value("checks", checks)
        o.string("reply", orNull: reply)
        try o.value("next", orNull: next)
        try o.value("separating", ifPresent: separating)
        if let spelling { try o.values("spelling", spelling) }
        try o.values("facts_detail", factsDetail)
        o.end()
    }
}

extension TriageReport.SpellingObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("word", word)
        o.string("reading", reading)
        o.end()
    }
}

extension TriageReport.RankedObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("tree", tree)
        o.string("title", title)
        try o.number("score", score)
        try o.number("confidence", confidence)
        o.strings("matched", matched)
        o.string("message", ifPresent: message)
        o.end()
    }
}

extension TriageReport.FactDetail: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("key", key)
        try o.value("value", value)
        o.string("source", source)
        o.string("evidence", evidence)
        o.end()
    }
}

extension TriageReport.Checks: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        try o.value("omuid", ifPresent: omuid)
        o.end()
    }
}

extension TriageReport.OMUIDCheckObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.bool("ok", ok)
        try o.values("findings", findings)
        if let pattern { o.int("pattern", pattern) }
        o.string("label", ifPresent: label)
        o.end()
    }
}

extension CheckResult.FindingObject: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("code", code)
        o.string("message", message)
        o.end()
    }
}

extension TriageReport.SeparatingQuestion: WireWritable {
    func write(to sink: Sink) throws {
        var o = ObjectWriter(sink)
        o.string("fact", fact)
        o.string("prompt", prompt)
        o.strings("between", between)
        o.end()
    }
}
