/// The user management system named as where a mail comes from: "the mail from 利用者管理システム
/// isn't accepted", "nothing comes from the user management system", «利用者管理システムからのメール».
/// The reset's mails are sent in its name, but the system is then the sender, not the place of the
/// trouble: its name, a keyword of the entry for changing the password there (P000 「利用者管理
/// システム」), is set aside as evidence, as a denied trouble's words are.
enum MailSender {
    /// The system's names.
    static let names = TriageText.words([
        "利用者管理システム", "user management system", "user admin system", "user administration system", "account management system",
    ])
    /// A name as a mail's sender: each phrase holds a name (the matcher normalises them).
    static let phrases = [
        "from 利用者管理システム", "from the 利用者管理システム", "from the user management system", "from user management system",
        "from the user admin system", "from the user administration system", "from the account management system",
        "利用者管理システムからのメール", "利用者管理システムからメール", "利用者管理システムから届", "利用者管理システムから来", "利用者管理システムからき",
        "利用者管理システムから送", "利用者管理システムからの確認", "利用者管理システムからの通知",
    ]

    static let matcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>(wholeWords: false)
        for phrase in phrases { matcher.add(phrase, true) }
        return matcher
    }()

    /// Where `text` names the system as a sender, from the phrases found (`TicketPhrases` finds
    /// them with the others): the names alone, in order and apart.
    static func ranges(_ matches: [PhraseMatcher<Bool>.Match], in text: TriageText) -> [Range<Int>] {
        SettledClauses.merged([], matches.compactMap { match in names.lazy.compactMap { text.find($0, in: match.range) }.first })
    }
}
