/// Finds which of many phrases occur in a text, in one pass: phrases are indexed by their first
/// character, and Latin phrases must stand as whole words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let text: String
        let payload: Payload
    }

    private var byFirst: [Unicode.Scalar: [Entry]] = [:]
    /// First characters of the Basic Multilingual Plane that some phrase starts with, as bits, so
    /// most positions are passed over without hashing.
    private var firstBits = [UInt64](repeating: 0, count: 1024)

    /// Adds a phrase (normalised the way tickets are).
    mutating func add(_ phrase: String, _ payload: Payload) {
        let normalised = TriageText(phrase)
        let scalars = normalised.scalars
        guard let first = scalars.first else { return }
        byFirst[first, default: []].append(Entry(scalars: scalars, text: normalised.text, payload: payload))
        if first.value < 0x10000 { firstBits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
    }

    /// Each occurrence: the payload, the phrase as found, and where it stands (scalar offsets).
    func matches(in text: TriageText) -> [(payload: Payload, phrase: String, range: Range<Int>)] {
        let s = text.scalars
        var found: [(Payload, String, Range<Int>)] = []
        for i in s.indices {
            let v = s[i].value
            if v < 0x10000, firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { continue }
            guard let candidates = byFirst[s[i]] else { continue }
            if i > 0, TriageText.isWordCharacter(s[i]), TriageText.isWordCharacter(s[i - 1]), s[i].isASCII { continue }
            for entry in candidates where i + entry.scalars.count <= s.count {
                var same = true
                for (k, c) in entry.scalars.enumerated() where s[i + k] != c {
                    same = false
                    break
                }
                guard same else { continue }
                let end = i + entry.scalars.count
                if let last = entry.scalars.last, last.isASCII, TriageText.isWordCharacter(last), end < s.count,
                    TriageText.isWordCharacter(s[end]), s[end].isASCII
                {
                    continue
                }
                found.append((entry.payload, entry.text, i..<end))
            }
        }
        return found
    }
}
