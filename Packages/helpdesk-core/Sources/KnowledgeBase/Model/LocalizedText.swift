import YAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A language the knowledge is written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ja, en
}

/// Text in Japanese and English. Japanese is required by the linter; English is expected.
public struct LocalizedText: Sendable, Hashable {
    public var ja: String?
    public var en: String?
    public var mark: Mark?

    public init(ja: String? = nil, en: String? = nil, mark: Mark? = nil) {
        self.ja = ja
        self.en = en
        self.mark = mark
    }

    /// Its Japanese and its English, those it has, in that order.
    public var strings: [String] { [ja, en].compactMap { $0 } }

    /// The text in `language`, falling back to the other language, then to "".
    public func text(_ language: Language) -> String {
        switch language {
        case .ja: return ja ?? en ?? ""
        case .en: return en ?? ja ?? ""
        }
    }

    public subscript(_ language: Language) -> String? {
        language == .ja ? ja : en
    }

    /// The `{fact_id}` placeholders in either language, in order of appearance.
    public var placeholders: [String] {
        let inJapanese = ja.map(Self.placeholders(in:)) ?? []
        let inEnglish = en.map(Self.placeholders(in:)) ?? []
        return inEnglish.isEmpty ? inJapanese : inJapanese + inEnglish
    }

    /// Names between single braces; `{{` and `}}` are literal braces. Most texts have no brace,
    /// so the bytes are scanned first.
    public static func placeholders(in text: String) -> [String] {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let hasBrace = text.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? false : memchr($0.baseAddress!, Int32(open), $0.count) != nil }
        guard hasBrace ?? text.utf8.contains(open) else { return [] }
        let bytes = Array(text.utf8)
        var names: [String] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == open else { i += 1; continue }
            if i + 1 < bytes.count, bytes[i + 1] == open { i += 2; continue }
            guard let end = bytes[(i + 1)...].firstIndex(of: close) else { break }
            names.append(String(decoding: bytes[(i + 1)..<end], as: UTF8.self))
            i = end + 1
        }
        return names
    }

    /// Fills `{fact_id}` placeholders with `value(id)`; unknown ones stay as written. On the
    /// UTF-8 bytes (braces are ASCII): going by Characters cost a grapheme break per character.
    public func rendered(_ language: Language, _ value: (String) -> String?) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let source = Array(text(language).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var i = 0
        while i < source.count {
            let c = source[i]
            if c == open, i + 1 < source.count, source[i + 1] == open { out.append(open); i += 2; continue }
            if c == close, i + 1 < source.count, source[i + 1] == close { out.append(close); i += 2; continue }
            if c == open, let end = source[(i + 1)...].firstIndex(of: close) {
                if let filled = value(String(decoding: source[(i + 1)..<end], as: UTF8.self)) {
                    out.append(contentsOf: filled.utf8)
                } else {
                    out.append(contentsOf: source[i...end])
                }
                i = end + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
