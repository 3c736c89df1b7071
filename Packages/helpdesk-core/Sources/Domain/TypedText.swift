import Foundation
import KnowledgeBase

/// Typed or pasted text, read the way the knowledge index says every check reads its input:
///
/// - full-width forms (U+FF01–U+FF5E) and the ideographic space (U+3000) are noticed in the text
///   as typed;
/// - everything else is read from the NFKC form, in which those have become their half-width
///   ASCII counterparts (so `ＡＢ１２３４５` reads as `AB12345`), and in which no-break and other
///   wide spaces have become U+0020;
/// - white space is space, tab and U+3000.
public struct TypedText: Sendable, Hashable {
    /// The text as typed.
    public let raw: String
    /// The NFKC form (`String.nfkc`).
    public let normalized: String

    public init(_ raw: String) {
        self.raw = raw
        self.normalized = raw.nfkc
    }

    /// A full-width form of an ASCII character (U+FF01–U+FF5E) or the ideographic space (U+3000).
    public static func isFullWidthForm(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
    }

    /// Space, tab or ideographic space.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.value == 0x3000
    }

    /// The typed text holds a full-width form or an ideographic space.
    public var hasFullWidthForm: Bool {
        raw.unicodeScalars.contains(where: Self.isFullWidthForm)
    }

    /// White space before or after the value (in the NFKC form).
    public var hasSurroundingSpace: Bool {
        let scalars = normalized.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        return Self.isSpace(first) || Self.isSpace(last)
    }

    /// The NFKC form without white space before or after it.
    public var trimmed: String {
        var scalars = Substring(normalized).unicodeScalars
        while let first = scalars.first, Self.isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, Self.isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// White space between the first and the last character that is not white space.
    public var hasInnerSpace: Bool {
        trimmed.unicodeScalars.contains(where: Self.isSpace)
    }

    /// The NFKC form with every white space removed.
    public var withoutSpaces: String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: normalized.unicodeScalars.filter { !Self.isSpace($0) })
        return String(scalars)
    }
}
