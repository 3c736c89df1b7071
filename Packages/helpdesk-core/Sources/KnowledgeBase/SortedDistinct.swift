extension Array where Element: Comparable {
    /// Sorts the array and keeps each element once, in place: for short lists of integers (a
    /// ticket's terms, a message's character pairs) cheaper than hashing each into a set.
    @inlinable
    public mutating func sortDistinct() {
        sort()
        var kept = 0
        for k in indices where kept == 0 || self[k] != self[kept - 1] {
            self[kept] = self[k]
            kept += 1
        }
        removeLast(count - kept)
    }
}
