/// Where a `DiagnosisDialogue` reads and writes its lines: a terminal for `helpdesk`, a script
/// of lines in the tests. The console owns what a terminal does differently from a pipe
/// (echoing a scripted answer, reading a secret without echo); the dialogue owns what is said.
public protocol DialogueConsole {
    /// Writes `text` and a line end to the user.
    func say(_ text: String)
    /// Writes `text` and a line end where errors go.
    func warn(_ text: String)
    /// Shows `prompt` and reads one line; nil at the end of input.
    func ask(_ prompt: String) -> String?
    /// Reads a secret (a password, a setup key) without showing it; nil at the end of input.
    func askSecret(_ prompt: String) -> String?
    /// What to say if the user interrupts the dialogue (Ctrl-C) from now on.
    func onInterrupt(say text: String)
}
