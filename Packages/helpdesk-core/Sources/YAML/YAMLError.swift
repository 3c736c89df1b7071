/// A problem with a YAML file, at a place. `related` names a second place, such as the first
/// occurrence of a duplicated key.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    public var mark: Mark
    public var message: String
    public var related: (mark: Mark, message: String)?

    public init(_ message: String, at mark: Mark, related: (mark: Mark, message: String)? = nil) {
        self.message = message
        self.mark = mark
        self.related = related
    }

    /// `file:line:column: error: message`, and a `note:` line for the related place.
    public var description: String {
        var text = "\(mark): error: \(message)"
        if let related { text += "\n\(related.mark): note: \(related.message)" }
        return text
    }
}
