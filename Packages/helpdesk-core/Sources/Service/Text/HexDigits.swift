/// `value` as `count` lower-case hexadecimal digits, zeros first: the ids, tokens and
/// revisions the tool makes are written so. `count` is at least the digits `value` needs.
public func hexDigits(_ value: UInt64, count: Int = 16) -> String {
    let digits = String(value, radix: 16)
    precondition(digits.count <= count, "\(digits.count) hexadecimal digits do not fit in \(count)")
    return String(repeating: "0", count: count - digits.count) + digits
}
