/// FNV-1a, 64 bits: a hash that is the same in every run (Swift's `Hasher` is seeded per
/// process), for what is kept or compared across runs and for terms hashed on the hot path.
public struct FNV1a: Sendable {
    public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    public var value = basis

    public init() {}

    /// `hash` continued over one more byte.
    @inlinable public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// The hash of `bytes`.
    @inlinable public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { bytes.reduce(basis, step) }

    /// Adds `bytes` to the hash.
    @inlinable public mutating func add(_ bytes: some Sequence<UInt8>) { value = bytes.reduce(value, Self.step) }
}
