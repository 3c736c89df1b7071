import Foundation
import KnowledgeBase

/// A command word typed in the dialogue, in English or Japanese, read after width folding and
/// without case, so that `ＢＡＣＫ ２` is `back 2`. At a question anything else is the answer (a
/// line that is exactly a command is the command, at a secret prompt too); after a conclusion
/// anything else shows the words again.
public enum DialogueCommand: Equatable, Sendable {
    /// `?`, `why`, `なぜ`: why this is asked.
    case why
    /// `help`, `ヘルプ`.
    case help
    /// `quit`, `exit`, `q`, `中断`; after a conclusion also `終了` and an empty line.
    case quit
    /// `history`, `履歴`: the answers so far.
    case history
    /// `back`, `戻る`: one question back, or to question `to` (`back 2`).
    case back(to: Int?)
    /// After a conclusion: `how`, `経緯`.
    case how
    /// After a conclusion: `save`, `保存` a transcript.
    case save
    /// Not a command.
    case other

    /// The command typed at a question.
    public static func atQuestion(_ raw: String) -> DialogueCommand {
        let words = fold(raw).split(separator: " ").map(String.init)
        switch words.first {
        case "?", "why", "なぜ": return .why
        case "help", "ヘルプ": return .help
        case "quit", "exit", "q", "中断": return .quit
        case "history", "履歴": return .history
        case "back", "戻る": return .back(to: words.count == 2 ? Int(words[1]) : nil)
        default: return .other
        }
    }

    /// The command typed after a conclusion (the whole line is the word).
    public static func afterConclusion(_ raw: String) -> DialogueCommand {
        switch fold(raw) {
        case "", "quit", "q", "exit", "終了": return .quit
        case "how", "経緯": return .how
        case "save", "保存": return .save
        case "back", "戻る": return .back(to: nil)
        case "help", "ヘルプ", "?": return .help
        default: return .other
        }
    }

    static func fold(_ raw: String) -> String {
        raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
