/// A read-only map from 64-bit terms to small integers (slots into the owner's arrays), built
/// once when the knowledge loads and probed for every term of every ticket. Open addressing with
/// a multiplicative hash: a probe is a multiply, a shift and a compare or two, where `Dictionary`
/// runs SipHash over each key (which cost more than the scoring it looked terms up for).
struct TermTable: Sendable {
    /// A term and its slot side by side, so a probe touches one cache line, not two.
    private struct Entry: Sendable {
        var key: UInt64
        var slot: Int32
    }

    private var entries: [Entry]
    private var shift: UInt64
    private var mask: Int
    /// How many terms it holds.
    private(set) var count = 0

    /// A table for `capacity` terms at most half full (it grows past that).
    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        entries = [Entry](repeating: Entry(key: 0, slot: -1), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        mask = size - 1
    }

    /// Where `term` goes: Fibonacci hashing spreads the packed bigrams (whose low bits are often
    /// alike) over the whole table.
    private func home(_ term: UInt64) -> Int {
        Int(truncatingIfNeeded: (term &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot of `term`, or nil.
    func slot(_ term: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            var i = home(term)
            while true {
                let entry = entries[i]
                if entry.slot < 0 { return nil }
                if entry.key == term { return Int(entry.slot) }
                i = (i + 1) & mask
            }
        }
    }

    /// The slot of `term`, adding it with the next free slot number when it is new.
    @discardableResult
    mutating func insert(_ term: UInt64) -> Int {
        if let s = slot(term) { return s }
        if (count + 1) * 2 > entries.count { grow() }
        place(term, Int32(count))
        count += 1
        return count - 1
    }

    private mutating func place(_ term: UInt64, _ slot: Int32) {
        var i = home(term)
        while entries[i].slot >= 0 { i = (i + 1) & mask }
        entries[i] = Entry(key: term, slot: slot)
    }

    /// Twice the size, every term in its new place with its slot.
    private mutating func grow() {
        let old = entries.filter { $0.slot >= 0 }
        self = TermTable(capacity: entries.count)
        for entry in old { place(entry.key, entry.slot) }
        count = old.count
    }
}

/// For each term, a list of elements (an index's postings, the trees a feature was seen in), in
/// one flat array: the term's slot in `table`, then `elements[start[slot]..<start[slot + 1]]`.
/// Slots follow the terms' order, so the layout is the same in every run.
struct TermLists<Element: Sendable>: Sendable {
    let table: TermTable
    private let start: [Int]
    private let elements: [Element]

    init(_ lists: [UInt64: [Element]]) {
        var table = TermTable(capacity: lists.count)
        var start = [0], elements: [Element] = []
        for term in lists.keys.sorted() {
            table.insert(term)
            elements += lists[term]!
            start.append(elements.count)
        }
        self.table = table
        self.start = start
        self.elements = elements
    }

    /// The slot of `term`, or nil for a term not listed.
    func slot(_ term: UInt64) -> Int? { table.slot(term) }

    /// The list at `slot`.
    subscript(slot: Int) -> ArraySlice<Element> { elements[start[slot]..<start[slot + 1]] }

    /// The list of `term`, or nil.
    subscript(term term: UInt64) -> ArraySlice<Element>? { slot(term).map { self[$0] } }
}
