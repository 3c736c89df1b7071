/// Input that cannot be used: a message that names what was wrong. It never repeats a value
/// given for a secret fact, nor an argument that could not be read (it may hold one).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
