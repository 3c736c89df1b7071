/// Bounds that keep the parser safe on hostile input. The defaults are far above any real
/// knowledge file and far below anything that could exhaust the machine.
public struct Limits: Sendable {
    /// Largest file accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add by expansion, over the whole document.
    public var maxAliasExpansion: Int

    public init(maxBytes: Int = 16 << 20, maxDepth: Int = 128, maxAliasExpansion: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = Limits()
}
