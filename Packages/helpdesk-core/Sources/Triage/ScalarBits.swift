/// A set of Unicode scalars as bits over the Basic Multilingual Plane (8 KB), for passing over
/// most positions of a text with one test, before anything that costs more: the characters
/// phrases or cues start with. Scalars beyond the plane are kept as one flag.
struct ScalarBits: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var beyondPlane = false

    init() {}

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { beyondPlane = true }
    }

    /// Whether `scalar` may be in the set: exactly in the plane; beyond it, whether any scalar
    /// beyond it was inserted.
    func mayContain(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x10000 ? bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 : beyondPlane
    }
}
