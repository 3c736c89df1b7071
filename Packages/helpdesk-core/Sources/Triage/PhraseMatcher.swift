/// Finds which of many phrases occur in a text, in one pass: the phrases form a trie, so each
/// position costs as many steps as the longest phrase that starts there has matching characters
/// (not one comparison per phrase: many keywords start with 「パスワード」). Latin phrases must
/// stand as whole words, unless added as parts of words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    /// Whether Latin phrases must stand as whole words (else any substring counts), unless
    /// `add` is told otherwise for a phrase.
    let wholeWords: Bool

    init(wholeWords: Bool = true) {
        self.wholeWords = wholeWords
    }

    /// Each phrase's length, text and payload, by number (the order they were added in).
    private var lengths: [Int] = []
    private var texts: [String] = []
    private var payloads: [Payload] = []
    /// Whether the phrase is a whole word that ends in a Latin letter or digit (it must not run
    /// on into a word).
    private var latinEnd: [Bool] = []
    /// Whether the phrase may stand anywhere in a word, not only at its start.
    private var partial: [Bool] = []

    /// The trie: node 0 is the root; the edge from node `n` on scalar `c` is the slot of
    /// `n << 21 | c` in `edges`, leading to node `targets[slot]`. The phrases that end at node
    /// `n` are `firstEnding[n]`, then each one's `nextEnding`, in the order they were added (-1
    /// ends the list): flat arrays, where an array per node cost a cache miss per step.
    private var edges = TermTable()
    private var targets: [Int32] = []
    private var firstEnding: [Int32] = [-1]
    private var nextEnding: [Int32] = []

    /// The characters some phrase starts with, so most positions are passed over with one test;
    /// and those some phrase that may stand inside a word starts with.
    private var firsts = ScalarBits()
    private var partialFirsts = ScalarBits()

    private static func edge(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(scalar.value)
    }

    /// Adds a phrase (normalised the way tickets are): a whole word if `wholeWord` (by default
    /// as the matcher's `wholeWords` says), else any substring of the text.
    mutating func add(_ phrase: String, _ payload: Payload, wholeWord: Bool? = nil) {
        let whole = wholeWord ?? wholeWords
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
        latinEnd.append(whole && last.isASCII && TriageText.isWordCharacter(last))
        partial.append(!whole)
        firsts.insert(first)
        if !whole { partialFirsts.insert(first) }
    }

    /// An occurrence: the payload, the phrase as found, and where it stands (scalar offsets).
    typealias Match = (payload: Payload, phrase: String, range: Range<Int>)

    /// Every phrase (normalised), its payload and whether it is a whole word, in the order they
    /// were added: to build a matcher that finds these and others in one pass.
    var entries: some Sequence<(phrase: String, payload: Payload, wholeWord: Bool)> {
        texts.indices.lazy.map { (self.texts[$0], self.payloads[$0], !self.partial[$0]) }
    }

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
            // Inside a Latin word only the phrases that may stand there start.
            let inWord = i > 0 && s[i].isASCII && TriageText.isWordCharacter(s[i]) && TriageText.isWordCharacter(s[i - 1])
            if inWord, !partialFirsts.mayContain(s[i]) { continue }
            here.removeAll(keepingCapacity: true)
            var node = 0, j = i
            while j < s.count, let slot = edges.slot(Self.edge(node, s[j])) {
                node = Int(targets[slot])
                j += 1
                var phrase = Int(firstEnding[node])
                while phrase >= 0 {
                    // A Latin phrase does not end inside a word: "pass" is not in "passport".
                    if !inWord || partial[phrase], !latinEnd[phrase] || j == s.count || !s[j].isASCII || !TriageText.isWordCharacter(s[j]) {
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
