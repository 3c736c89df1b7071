/// Finds which of many phrases occur in a text, in one pass: the phrases form a trie, so each
/// position costs as many steps as the longest phrase that starts there has matching characters
/// (not one comparison per phrase: many keywords start with 「パスワード」). Latin phrases must
/// stand as whole words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// Whether Latin phrases must stand as whole words (else any substring counts).
    let wholeWords: Bool

    init(wholeWords: Bool = true) {
        self.wholeWords = wholeWords
    }

    /// Each phrase's length, text and payload, by number (the order they were added in).
    private var lengths: [Int] = []
    private var texts: [String] = []
    private var payloads: [Payload] = []
    /// Whether the phrase ends in a Latin letter or digit (it must not run on into a word).
    private var latinEnd: [Bool] = []

    /// The trie: node 0 is the root, its edges in `edges`. The phrases that end at node `n`
    /// are `firstEnding[n]`, then each one's `nextEnding`, in the order they were added (-1
    /// ends the list): flat arrays, where an array per node cost a cache miss per step.
    private var edges = TrieEdges()
    private var firstEnding: [Int32] = [-1]
    private var lastEnding: [Int32] = [-1]
    private var nextEnding: [Int32] = []

    /// First characters of the Basic Multilingual Plane that some phrase starts with, as bits, so
    /// most positions are passed over without a lookup.
    private var firstBits = [UInt64](repeating: 0, count: 1024)

    /// Adds a phrase (normalised the way tickets are).
    mutating func add(_ phrase: String, _ payload: Payload) {
        let normalised = TriageText(phrase)
        let scalars = normalised.scalars
        guard let first = scalars.first, let last = scalars.last else { return }
        var node = 0
        for scalar in scalars {
            if let child = edges.child(of: node, on: scalar) {
                node = child
            } else {
                let child = firstEnding.count
                edges.add(from: node, on: scalar, to: child)
                firstEnding.append(-1)
                lastEnding.append(-1)
                node = child
            }
        }
        let number = Int32(lengths.count)
        nextEnding.append(-1)
        if lastEnding[node] < 0 { firstEnding[node] = number } else { nextEnding[Int(lastEnding[node])] = number }
        lastEnding[node] = number
        lengths.append(scalars.count)
        texts.append(normalised.text)
        payloads.append(payload)
        latinEnd.append(last.isASCII && TriageText.isWordCharacter(last))
        if first.value < 0x10000 { firstBits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
    }

    /// Each occurrence: the payload, the phrase as found, and where it stands (scalar offsets).
    /// At one position, phrases come in the order they were added.
    func matches(in text: TriageText) -> [(payload: Payload, phrase: String, range: Range<Int>)] {
        let s = text.scalars
        var found: [(payload: Payload, phrase: String, range: Range<Int>)] = []
        var here: [Int] = []
        for i in s.indices {
            let v = s[i].value
            if v < 0x10000, firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { continue }
            if wholeWords, i > 0, TriageText.isWordCharacter(s[i]), TriageText.isWordCharacter(s[i - 1]), s[i].isASCII { continue }
            here.removeAll(keepingCapacity: true)
            var node = 0, j = i
            while j < s.count, let child = edges.child(of: node, on: s[j]) {
                node = child
                j += 1
                var phrase = Int(firstEnding[node])
                while phrase >= 0 {
                    // A Latin phrase does not end inside a word: "pass" is not in "passport".
                    if !wholeWords || !latinEnd[phrase] || j == s.count || !s[j].isASCII || !TriageText.isWordCharacter(s[j]) {
                        here.append(phrase)
                    }
                    phrase = Int(nextEnding[phrase])
                }
            }
            if here.count > 1 { here.sort() }
            for phrase in here { found.append((payloads[phrase], texts[phrase], i..<(i + lengths[phrase]))) }
        }
        return found
    }
}

/// A trie's edges in one open-addressing table of 8-byte words, `(node << 21 | scalar) << 23 |
/// child`, 0 for an empty place: a lookup reads one word, which for the few thousand edges of
/// the knowledge's phrases keeps the table small enough to stay in the cache (a probe that
/// missed it was most of what matching a ticket cost).
struct TrieEdges: Sendable {
    private var table = [UInt64](repeating: 0, count: 64)
    private var count = 0

    private static let childBits: UInt64 = 23

    private static func key(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(scalar.value)
    }

    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - table.count.trailingZeroBitCount))
    }

    func child(of node: Int, on scalar: Unicode.Scalar) -> Int? {
        let key = Self.key(node, scalar)
        return table.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var i = home(key)
            while true {
                let entry = table[i]
                if entry == 0 { return nil }
                if entry >> Self.childBits == key { return Int(entry & (1 << Self.childBits - 1)) }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds the edge (it must be new); at most three quarters full, else twice the size.
    mutating func add(from node: Int, on scalar: Unicode.Scalar, to child: Int) {
        precondition(child > 0 && child < 1 << Self.childBits && node < 1 << 20, "trie too large")
        if (count + 1) * 4 > table.count * 3 {
            let old = table.filter { $0 != 0 }
            table = [UInt64](repeating: 0, count: table.count * 2)
            for entry in old { place(entry) }
        }
        place(Self.key(node, scalar) << Self.childBits | UInt64(child))
        count += 1
    }

    private mutating func place(_ entry: UInt64) {
        let mask = table.count - 1
        var i = home(entry >> Self.childBits)
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = entry
    }
}
