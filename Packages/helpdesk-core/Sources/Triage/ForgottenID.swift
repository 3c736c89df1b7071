/// A forgetting of the ID, not the password: «自分のOMUIDが何だったか忘れてしまいました。パスワードは
/// わかります», "I can't remember what my OMUID is". The page answers an unknown OMUID under
/// login-fails (its 「OMUID,PW確認」 step) and a forgotten password under password-forgotten, so a
/// forgetting whose clause names the ID and not the password is no evidence of a forgotten
/// password. The clause: back to the previous clause mark, and on to the next (at most 24
/// scalars each way), as Japanese names the object before the verb and English after.
enum ForgottenID {
    static let idWords = ["omuid", "id", "user id", "userid", "username", "user name", "ユーザid", "ユーザーid", "ユーザ名", "ユーザー名", "アカウント名"]
    static let passwordWords = ["パスワード", "パス", "password", "pw", "pass", "passcode", "ぱすわーど", "pasuwaado", "pasuwado", "pasu"]

    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: true)
        for word in idWords { matcher.add(word, true) }
        for word in passwordWords { matcher.add(word, false) }
        return matcher
    }()

    static let reach = 24

    /// A name set aside as not the one meant: «パスワードじゃなくて», "not the password", "(not password)".
    static func setAside(_ range: Range<Int>, in text: TriageText) -> Bool {
        TicketTerms.setAside(range, in: text) || text.endsWithAny(notBefore, at: range.lowerBound)
    }
    static let notBefore = TriageText.words(["not ", "not my ", "not your "])

    /// Names of other numbers a ticket may call an ID: a forgotten student or staff number is
    /// not a forgotten OMUID (student-number-unknown, staff-number-unknown).
    static let otherNumbers = TriageText.words(["学籍", "職員番号", "教職員番号", "student id", "student number", "staff id", "staff number", "employee id",
                                                "employee number", "gakuseki"])

    /// The OMUID told forgotten: the clause of the first of `idForgotten` (from `ranges`), in a
    /// ticket that names no student or staff number; nil otherwise.
    static func omuidForgotten(_ idForgotten: [Range<Int>], in text: TriageText) -> String? {
        guard let first = idForgotten.first, !text.containsAny(otherNumbers) else { return nil }
        let start = text.clauseStart(before: first.lowerBound, reach: reach, marks: SupposedForgetting.clauseMarks)
        return String(text.slice(start..<first.upperBound).trimmingSpaces)
    }

    /// The forgetting words among `forgettings` (in order) whose clause names the ID and not the
    /// password: each word's own range, in order and apart.
    static func ranges(_ forgettings: [Range<Int>], in text: TriageText) -> [Range<Int>] {
        ranges(forgettings, in: text, names: forgettings.isEmpty ? [] : matcher.matches(in: text))
    }

    /// `ranges(_:in:)` with the names found already, in order of position (`TicketPhrases` finds
    /// them with the others).
    static func ranges(_ forgettings: [Range<Int>], in text: TriageText, names: [PhraseMatcher<Bool>.Match]) -> [Range<Int>] {
        guard !forgettings.isEmpty else { return [] }
        guard names.contains(where: \.payload) else { return [] }
        var found: [Range<Int>] = []
        for forgetting in forgettings {
            let start = text.clauseStart(before: forgetting.lowerBound, reach: reach, marks: SupposedForgetting.clauseMarks)
            let end = text.clauseEnd(after: forgetting.upperBound, reach: reach, marks: SupposedForgetting.clauseMarks)
            // The names within the clause, found by bisection in the sorted list.
            var low = 0, high = names.count
            while low < high {
                let mid = (low + high) / 2
                if names[mid].range.lowerBound < start { low = mid + 1 } else { high = mid }
            }
            var id = false, password = false
            var i = low
            while i < names.count, names[i].range.lowerBound < end {
                // A password set aside is not what is forgotten: "I forget my OMUID (not password)".
                if names[i].payload { id = true } else if !setAside(names[i].range, in: text) { password = true }
                i += 1
            }
            if id && !password { found.append(forgetting) }
        }
        return SettledClauses.merged([], found)
    }
}
