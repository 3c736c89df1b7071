/// A result that knows how to report itself: as text for people and as JSON for programs. The
/// surfaces only pick one (as OPA's reporters do).
public protocol Report: Encodable, Sendable {
    /// The text for people, styled with `style` (which does nothing when colour is off).
    func text(_ style: Styler) -> String
}

/// How a result is written.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json
}

extension Report {
    public func rendered(_ format: ReportFormat, style: Styler = .plain, encoder: WireEncoder = WireEncoder()) -> String {
        switch format {
        case .text: return text(style)
        case .json: return encoder.string(self)
        }
    }
}
