/// Finds which of many phrases occur in a text, in one pass: phrases are indexed by their first
/// character, and Latin phrases must stand as whole words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    private struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let payload: Payload
    }

    private var byFirst: [Unicode.Scalar: [Entry]] = [:]

    /// Adds a phrase (normalised the way tickets are).
    mutating func add(_ phrase: String, _ payload: Payload) {
        let scalars = TriageText(phrase).scalars
        guard let first = scalars.first else { return }
        byFirst[first, default: []].append(Entry(scalars: scalars, payload: payload))
    }

    /// Each occurrence: the payload and the phrase as found.
    func matches(in text: TriageText) -> [(payload: Payload, phrase: String)] {
        let s = text.scalars
        var found: [(Payload, String)] = []
        for i in s.indices {
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
                found.append((entry.payload, String(String.UnicodeScalarView(entry.scalars))))
            }
        }
        return found
    }
}
