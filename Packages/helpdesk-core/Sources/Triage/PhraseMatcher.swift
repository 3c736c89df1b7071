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

    /// The trie: node 0 is the root; the edge from node `n` on scalar `c` is the slot of
    /// `n << 21 | c` in `edges`, leading to node `targets[slot]`. The phrases that end at node
    /// `n` are `firstEnding[n]`, then each one's `nextEnding`, in the order they were added (-1
    /// ends the list): flat arrays, where an array per node cost a cache miss per step.
    private var edges = TermTable()
    private var targets: [Int32] = []
    private var firstEnding: [Int32] = [-1]
    private var nextEnding: [Int32] = []

    /// The characters some phrase starts with, so most positions are passed over with one test.
    private var firsts = ScalarBits()

    private static func edge(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(scalar.value)
    }

    /// Adds a phrase (normalised the way tickets are).
    mutating func add(_ phrase: String, _ payload: Payload) {
        let normalised = TriageText(phrase)
        let scalars = normalised.scalars
        guard let first = scalars.first, let last = scalars.last else { return }
        var node = 0
        for scalar in scalars {
            let slot = edges.insert(Self.edge(node, scalar))
            if slot == targets.count {
                targets.append(Int32(firstEnding.count))
                firstEnding.append(-1)
            }
            node = Int(targets[slot])
        }
        // At the end of the node's list (a phrase added twice, with two payloads, ends there twice).
        let number = Int32(lengths.count)
        nextEnding.append(-1)
        if firstEnding[node] < 0 {
            firstEnding[node] = number
        } else {
            var last = Int(firstEnding[node])
            while nextEnding[last] >= 0 { last = Int(nextEnding[last]) }
            nextEnding[last] = number
        }
        lengths.append(scalars.count)
        texts.append(normalised.text)
        payloads.append(payload)
        latinEnd.append(last.isASCII && TriageText.isWordCharacter(last))
        firsts.insert(first)
    }

    /// An occurrence: the payload, the phrase as found, and where it stands (scalar offsets).
    typealias Match = (payload: Payload, phrase: String, range: Range<Int>)

    /// Every phrase (normalised) and its payload, in the order they were added: to build a
    /// matcher that finds these and others in one pass.
    var entries: some Sequence<(phrase: String, payload: Payload)> { zip(texts, payloads).lazy.map { ($0, $1) } }

    /// Each occurrence. At one position, phrases come in the order they were added.
    func matches(in text: TriageText) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text) { payload, phrase, range in found.append((payload, phrase, range)) }
        return found
    }

    /// Calls `body` with each occurrence, in the order `matches(in:)` gives them: for a caller
    /// that sorts them on the way (`TicketPhrases`), with no array of them all in between.
    func forEachMatch(in text: TriageText, _ body: (Payload, String, Range<Int>) -> Void) {
        let s = text.scalars
        var here: [Int] = []
        for i in s.indices {
            guard firsts.mayContain(s[i]) else { continue }
            if wholeWords, i > 0, TriageText.isWordCharacter(s[i]), TriageText.isWordCharacter(s[i - 1]), s[i].isASCII { continue }
            here.removeAll(keepingCapacity: true)
            var node = 0, j = i
            while j < s.count, let slot = edges.slot(Self.edge(node, s[j])) {
                node = Int(targets[slot])
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
            for phrase in here { body(payloads[phrase], texts[phrase], i..<(i + lengths[phrase])) }
        }
    }
}
