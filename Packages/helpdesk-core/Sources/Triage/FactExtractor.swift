import Domain
import Foundation
import KnowledgeBase

/// A fact a ticket already tells, with the words it was read from.
public struct ExtractedFact: Sendable, Hashable {
    public let key: String
    public let value: FactValue
    public let evidence: String
    /// Read from a time that passed (minutes, hours, a night), which is a code's age only if a
    /// code came: beside a reset mail that never came it is how long the writer has waited.
    public let fromElapsedTime: Bool
    /// A lock read only from an unlock asked for ("please unlock my account"), which beside a
    /// forgotten password is the writer's guess at a remedy, not a lock told.
    public let onlyAsked: Bool

    public init(key: String, value: FactValue, evidence: String, fromElapsedTime: Bool = false, onlyAsked: Bool = false) {
        self.key = key
        self.value = value
        self.evidence = evidence
        self.fromElapsedTime = fromElapsedTime
        self.onlyAsked = onlyAsked
    }
}

/// Reads the facts a ticket tells: OMUID-like tokens (checked, so 「ＡＢ１２３４５」 is flagged as
/// full-width), a quoted on-screen message, the campus network, who the writer is, the
/// activation step, a lost device, and times such as 「10分前に届いた」. It reads redacted
/// text, so no secret can become a fact.
public struct FactExtractor: Sendable {
    let site: SiteData
    let cues: PhraseMatcher<Cue>
    /// The site's OMUNET Wi-Fi names, longest first, normalised.
    let omunetNames: [String]
    /// The fixed phrases every ticket is read for (the OMUNET names, the campus and off-campus
    /// words, the words of pending changes and of a recovery address, the sentence cues'
    /// groups), found in one pass over the ticket: looking for each phrase in turn was a fifth of
    /// reading a ticket's facts. Any substring counts, Latin words too.
    let fixed: PhraseMatcher<Fixed>

    /// A fixed phrase: which list (`Fixed.omunet`, …, or a sentence cue's group) and its place in
    /// the list.
    struct Fixed: Sendable, Equatable {
        let list: Int
        let index: Int

        static let omunet = 0, campus = 1, offCampus = 2, pending = 3, recovery = 4, anHour = 5, longWait = 6, halfAnHour = 7
        /// The list of group `group` of sentence cue `cue`.
        static func sentence(_ cue: Int, _ group: Int) -> Int { 8 + cue * 8 + group }
    }

    /// Where the fixed phrases stand in one ticket, in the order of the text.
    struct FixedFound {
        let found: [(payload: Fixed, phrase: String, range: Range<Int>)]

        /// The first phrase of `list` in the list's order that the ticket holds, and where it
        /// first stands.
        func first(_ list: Int, count: Int) -> (index: Int, range: Range<Int>)? {
            var best: (index: Int, range: Range<Int>)?
            for match in found where match.payload.list == list && match.payload.index < (best?.index ?? count) {
                best = (match.payload.index, match.range)
            }
            return best
        }

        func any(_ list: Int) -> Bool { found.contains { $0.payload.list == list } }

        /// Where the ticket first tells a phrase of `list`.
        func earliest(_ list: Int) -> Int? { found.lazy.filter { $0.payload.list == list }.map(\.range.lowerBound).min() }

    }

    /// A phrase that tells a fact's value.
    struct Cue: Sendable {
        let key: String
        let value: FactValue
    }

    public init(site: SiteData) {
        self.site = site
        var cues = PhraseMatcher<Cue>()
        func add(_ words: [String], _ key: String, _ value: FactValue) {
            for word in words { cues.add(word, Cue(key: key, value: value)) }
        }
        add(["新入生", "学部生", "大学院生", "院生", "学生です", "学生の", "留学生", "student", "undergraduate", "graduate student",
             // A year of study: "First year here", «1回生です».
             "first year", "first-year", "1st year", "1st-year", "freshman", "1年生", "一年生", "1回生", "一回生"], "affiliation", .choice("student"))
        add(["教員", "先生", "faculty", "lecturer", "professor"], "affiliation", .choice("faculty"))
        add(["職員", "事務", "staff member", "administrative staff"], "affiliation", .choice("staff"))
        add(["委託業者", "委託", "業者", "派遣", "contractor", "vendor", "outsourc"], "affiliation", .choice("contractor"))
        add(["個別発行id", "個別id", "個別発行"], "affiliation", .choice("individual_id"))
        // Lost, or given away with the authenticator still on it: sold, traded in, handed over.
        add(["紛失", "粉失", "なくし", "無くし", "失くし", "落とし", "盗まれ", "盗難", "盗られ", "スられ", "すられ", "ひったくられ", "スリに遭", "スリにあ", "スリに盗", "ごと持っていかれ", "ごと盗", "置き忘れ", "lost my", "lost the phone", "lost the smartphone", "lost the mobile", "lost the device",
             "lost the iphone", "lost the android", "stolen", "misplaced",
             // Romaji, as the lock's cues: typed without Japanese input.
             "nakushita", "nakushite", "nakushimashita", "nakushichatta", "funshitsu", "otoshite", "otoshita", "otoshimashita", "nusumare",
             // In katakana, as half-width input types a verb: «ｽﾏﾎﾅｸｼﾏｼﾀ».
             "ナクシ", "オトシマシタ", "オトシタ", "オトシテ", "フンシツ",
             // Stolen, in romaji (each a whole word), in kana, in slang: «sumaho nusumareta», «ぬすまれました», «パクられてん».
             "nusumareta", "nusumaremashita", "nusumarete", "nusumarechatta", "ぬすまれ", "パクられ", "ぱくられ",
             "gone missing", "went missing", "got nicked", "was nicked", "been nicked", "got swiped", "was swiped",
             // Into the water with a splash: «スマホ海にボチャンいってもうて».
             "ボチャン", "ぼちゃん", "ポチャン", "ぽちゃん", "ドボン", "どぼん", "水に落と", "水の中に落と", "phone got lost", "phone was lost", "phone is lost", "phone has been lost", "device got lost", "device was lost",
             "device is lost", "device has been lost", "smartphone got lost", "smartphone was lost", "smartphone is lost", "smartphone has been lost",
             "mobile got lost", "mobile was lost", "mobile is lost", "mobile has been lost", "left it in a taxi",
             "left it on the train", "left it on the bus", "スマホが見つからな", "携帯が見つからな", "端末が見つからな", "行方不明", "所在不明",
             "スマホが見つかりません", "携帯が見つかりません", "端末が見つかりません", "スマホが見当たらな", "携帯が見当たらな", "スマホが見当たりません", "携帯が見当たりません",
             // Dropped where the writer cannot tell: "Dropped my phone somewhere on the way home".
             "dropped my phone somewhere", "dropped my smartphone somewhere", "dropped my mobile somewhere", "dropped it somewhere",
             "left my phone somewhere", "left my smartphone somewhere",
             "gone for good", "dropped it in the", "dropped my phone in", "fell into the", "fell in the", "fell in a", "水没",
             // Into the water, for good: "dropped my phone off a boat", 「海に落とした」 (落とし above).
             "dropped my phone off", "dropped it off a", "dropped it off the", "dropped my phone into", "dropped it into", "into the sea", "into the ocean",
             "into the river", "into a river", "into the lake", "overboard", "pickpocketed", "snatched",
             // Taken by someone: "my phone got taken out of my bag on the bus" (not "I was taken to the test page").
             "taken out of my", "taken out of her", "taken out of his", "taken from my", "taken from her", "taken from his", "phone got taken",
             // Stolen from where a thing is carried: "my tablet which I use for the code was stolen from my bag".
             "stolen from my bag", "stolen from my backpack", "stolen from my pocket", "stolen from my car", "stolen out of my",
             "phone was taken", "bag got taken", "bag was taken",
             // Carried off by the water: «海でスマホ流してもうた», «波にさらわれ».
             "スマホ流し", "スマホを流し", "携帯流し", "携帯を流し", "流されてしま", "流されてもう", "流されちゃ", "波にさらわれ", "波に持っていかれ",
             // At the bottom of the water: "it's at the bottom of the sea now", 「スマホは海の底」 (the phone's
             // own "… is at the bottom of" below; "the button is at the bottom of the page" is not).
             "bottom of the sea", "bottom of the ocean", "bottom of the river", "bottom of the lake", "bottom of a lake", "bottom of a river",
             "bottom of the bay", "and is now at the bottom of", "海の底", "川の底", "海に沈", "川に沈",
             // As a second-language writer puts it: "I lose my smartphone in the train".
             "lose my phone", "lose my smartphone", "lose my mobile", "lose my iphone", "lose my device",
             // Headline style: "Phone lost.", "lost phone, need help".
             "phone lost", "smartphone lost", "mobile lost", "device lost", "lost phone", "lost smartphone", "lost mobile", "lost device"]
                + Self.handedOver,
            "device_lost", .bool(true))
        // Left behind somewhere: "left my smartphone in a taxi", "left my iPhone on the train"; gone,
        // "my phone is gone", "phone gone"; lost by someone written for; not found again: "I can't
        // find my old Android anywhere".
        // A computer or tablet too (P000 L33: 「2要素認証設定を行った端末(スマートフォンやPCなど)を紛失して」), and
        // the bag it was in.
        let devices = ["phone", "smartphone", "mobile", "iphone", "android", "cellphone", "cell phone", "device", "laptop", "computer", "pc", "tablet", "ipad"]
        for device in devices {
            add(["in a", "in the", "on a", "on the", "at a", "at the"].map { "left my \(device) \($0)" }, "device_lost", .bool(true))
            add(["is", "is now", "is currently", "is probably"].flatMap { ["\(device) \($0) at the bottom of", "\(device) \($0) somewhere at the bottom of"] },
                "device_lost", .bool(true))
            add(["is gone", "'s gone", "is now gone", "is just gone", "gone"].map { "\(device) \($0)" }, "device_lost", .bool(true))
            // Someone else's, told for them: "My son lost his smartphone".
            add(["lost his", "lost her", "lost their"].map { "\($0) \(device)" }, "device_lost", .bool(true))
            add(["can't find my", "cannot find my", "can't find my old", "cannot find my old", "can't find the old", "cannot find the old"].map { "\($0) \(device)" },
                "device_lost", .bool(true))
            // Missing: "the code app was on the missing phone", "my phone wasn't in my bag".
            add(["the missing", "my missing", "her missing", "his missing"].map { "\($0) \(device)" }
                + ["wasn't in my bag", "was not in my bag", "wasn't in my pocket", "was not in my pocket", "wasn't in my backpack"].map { "\(device) \($0)" },
                "device_lost", .bool(true))
        }
        // Gone and not found again: "my old phone disappeared", "the old one vanished", "it never turned up".
        // (Japanese names too, as mixed tickets write: "my スマホ disappeared during 引っ越し".)
        for device in devices + ["old one", "bag", "backpack", "スマホ", "携帯"] {
            add(["disappeared", "vanished", "went missing", "is missing", "was stolen", "got stolen",
                 // Headline style, or for a while: "phone missing since my trip", "my iPad has been missing".
                 "missing since", "has been missing", "is nowhere to be found"].map { "\(device) \($0)" }, "device_lost", .bool(true))
        }
        // Gone, not found, in Japanese and in kana: «わたしのけいたい、なくなりました», «スマホが見当たらない».
        for device in ["スマホ", "すまほ", "携帯", "けいたい", "ケータイ", "スマートフォン", "端末"] {
            add(["がなくなり", "がなくなっ", "、なくなり", "なくなりました", "が無くなり", "が無くなっ", "が見当たらな", "が見つからな", "がみつからな"].map { device + $0 },
                "device_lost", .bool(true))
        }
        // Gone to someone else without a verb of giving, or traded in with the phone between
        // the verb and its particle: "My old iPhone went to my younger sister", "traded the old one in".
        add(Self.givenAwayTold, "device_lost", .bool(true))
        // The old device no longer at hand («前のスマホはもう手元にありません», "I don't have the old phone
        // anymore"): lost or given away, the authenticator on it (P000 L39: 「機種変更前の端末に Google
        // Authenticator がインストールされたまま紛失又は他者に譲渡されている場合」); only of the old one
        // (`notAtHand`, in `tells`).
        add(Self.notAtHand, "device_lost", .bool(true))
        // Headline style with the Japanese name: "スマホ lost in Kyoto on Sunday".
        add(["スマホ", "携帯", "スマートフォン"].flatMap { device in ["lost", "was lost", "got lost"].map { "\(device) \($0)" } }, "device_lost", .bool(true))
        // (Only of a device the ticket names: "the mail with the code … can't find it anywhere" is not.)
        add(Self.lostIt, "device_lost", .bool(true))
        add(Self.givenToFamily + Self.usedByFamily, "device_lost", .bool(true))
        // Dead for good, the authenticator in it (the entry's keywords: 水没, 電源が入らな, 故障, phone died).
        add(["電源が入らな", "電源入らな", "電源がつかな", "電源つかな", "スマホが壊れ", "スマホ壊れ", "携帯が壊れ", "端末が壊れ", "スマホが故障", "スマホの故障", "端末が故障",
             "won't turn on", "won't switch on", "doesn't turn on", "does not turn on", "won't even turn on", "won't even switch on", "will not turn on",
             "completely dead", "died completely", "dead for good", "died for good", "phone broke", "broken phone", "washing machine",
             "not turning on", "isn't turning on", "won't power on", "doesn't power on", "not powering on",
             // Smashed to pieces, drowned in a flood; the power in Kansai speech («電源入らへん»).
             "粉々", "こなごな", "shattered", "smashed", "水に浸か", "電源入らへん", "電源が入らへん", "電源入らん", "電源が入らん",
             // Crushed or run over, past mending: "crushed in the accident and is beyond repair", «修理不能».
             "crushed", "beyond repair", "destroyed", "got run over", "was run over", "修理不能", "修理できない状態", "修理できないと言われ",
             // "a car drove over it. It's basically in pieces".
             "drove over it", "ran over it", "in pieces", "into pieces",
             // Dead with a word between, shattered past use, its data gone with it: «電源が全く入らなくなりました»,
             // «画面がバキバキで操作できない», «データも取り出せないと言われた», «洗濯機で回してしまい».
             "電源が全く入らな", "電源がまったく入らな", "電源すら入らな", "電源も入らな", "画面がバキバキ", "画面バキバキ", "データも取り出せな",
             "データの取り出しもでき", "データは取り出せな", "修理は無理", "修理も無理", "洗濯機で回", "洗濯してしま",
             // In kana, as typed without conversion: «すまほをおとしてがめんがばきばきで、なにもうつらないです»,
             // «でんげんはいらない».
             "ばきばき", "バキバキ", "何も映らな", "何も映りませ", "なにもうつらな", "なにもうつりませ", "でんげんはいらな", "でんげんがはいらな",
             "でんげんがつかな", "でんげんつかな", "すまほがこわれ", "すまほこわれ", "けいたいがこわれ", "すいぼつ"],
            "device_lost", .bool(true))
        // The same in romaji, whose facts are read as written: «sumaho suibotsu shite dengen hairimasen».
        add(["suibotsu", "dengen hairimasen", "dengen ga hairimasen", "dengen hairanai", "dengen ga hairanai", "dengen ga tsukanai", "dengen tsukanai",
             "dengen ga tsukimasen", "dengen tsukimasen"], "device_lost", .bool(true))
        // Told in a headline's words: "phone broken, not turning on" (not a part of it, `tells`).
        add(Self.phoneBroken, "device_lost", .bool(true))
        // The old one still in hand, or wiped before it left (the page: インストールされたまま).
        add(["手元にある", "手元にあります", "手元に残", "まだ持って", "家にある", "家にあります", "家にあって", "家にあり", "スマホは同じ", "同じスマホ", "same phone", "初期化して", "初期化した", "初期化しま", "初期化済", "同じ端末をそのまま", "同じ端末です", "同じ端末を使っていま", "同じ端末を使ってま", "still have the old", "still have my old", "old one is still",
             "old phone is still", "keep the old", "keeping the old", "wiped", "factory reset",
             // Kept at home: "I've kept the old one at home".
             "kept the old", "kept my old", "old one at home", "old phone at home", "old one is at home", "old phone is at home",
             // The phone with the writer and working, told beside another trouble: «スマホは手元にあって», "My phone is
             // with me, nothing lost", "The phone is fine".
             // Or its loss denied: «端末はなくしてないです», «スマホは変えてないし、なくしてもいません».
             "なくしてない", "なくしていない", "なくしてません", "なくしていません", "なくしておりません", "なくしてもいない", "なくしてもない", "なくしてもいません",
             "なくしてもおりません", "無くしてない", "無くしていない", "無くしていません", "無くしてません", "失くしてない", "失くしていない", "失くしていません",
             "失くしてません", "紛失していない", "紛失してない", "紛失していません", "紛失してません", "紛失しておりません", "紛失はしていな", "紛失はしてな",
             "紛失はしていませ", "紛失はしてませ", "紛失はしておりませ",
             "は手元にあっ", "まだ手元にあっ", "スマホは手元", "スマホは無事", "phone is with me", "phone's with me", "phone is right here", "phone is fine", "phone works fine",
             "phone is working fine", "phone still works", "still have my phone", "have my phone with me",
             // «古い携帯はまだ手元にありまして», «前のスマホはある», "My smartphone is still with me".
             "手元にあり", "前のスマホはある", "前のスマホもある", "古いスマホはある", "古いスマホもある", "前の携帯はある", "古い携帯はある", "is still with me", "are still with me",
             "old one still works", "old phone still works", "old one is still working", "old phone is still working",
             // Told of someone else: "He still has the old one with him".
             "still has the old", "still has his old", "still has her old", "still has their old", "old one with him", "old one with her",
             // Still usable, powered on: «旧端末は…まだ電源も入って使える状態です».
             "電源も入って使え", "電源が入って使え", "電源も入るし", "まだ使える状態", "still turns on", "old one still turns on",
             // "The old device is still in my possession".
             "still in my possession", "is in my possession", "remains in my possession",
             // Both in hand at the changeover: "I will have both the old and the new handset in hand".
             "both the old and the new", "both the old and new", "both old and new", "old and new phones", "old and new handsets",
             // Its loss denied in polite speech: «スマホは買い替えてないし無くしてもいません».
             "無くしてもいません", "失くしてもいません", "無くしてもいない", "失くしてもいない", "落としてもいません", "紛失もしていません",
             // "I did not trade in the old one; it's still with me", «前のスマホはまだあります».
             "it's still with me", "its still with me", "前のスマホはまだあ", "古いスマホはまだあ", "前の携帯はまだあ", "古い携帯はまだあ", "前の端末はまだあ",
             "古い端末はまだあ", "旧端末はまだあ"]
                + DeniedTrouble.nothingLost,
            "device_lost", .bool(false))
        // Working until lately: «先週までは大丈夫でした», «先週まではいけてたで» (not «確認画面までは大丈夫でした»,
        // a step of the activation gone through).
        add(["先週", "先月", "この前", "こないだ", "前回"].flatMap { time in
            ["までは大丈夫", "まで大丈夫", "までは普通に", "まで普通に", "まではいけて", "までいけて", "までは使えて", "まで使えて", "まではログインでき", "までログインでき",
             "までは入れて", "まで入れて"].map { time + $0 }
        }, "activation_done", .bool(true))
        add(["利用開始手続き中", "利用開始手続きの途中", "手続きの途中", "手続き中", "手続きちゅう", "手続きのとちゅう", "手続きとちゅう", "てつづきちゅう", "てつづきのとちゅう", "てつづきとちゅう", "手続きをしている", "手続きを進めて", "新規採用", "初めてログイン", "初回", "最初の設定",
             "during activation", "activating my account", "in the middle of the activation", "setting up my account", "in the middle of activation",
             "middle of my activation"], "activation_done", .bool(false))
        // The activation's password change named in English as its step: "activation password change:
        // error under the recovery email field". (Its button, "start password change", names the
        // step's login entry, `Triager.namedStepLogins`.)
        add(["activation password change", "activation's password change", "password change in the activation", "password change during activation",
             "password change during the activation", "password change part of the activation", "password change page of the activation",
             "password change screen of the activation", "password change step", "password-change step", "change password step",
             // In Japanese: «初期設定のパスワード変更で…エラー», «手続きでパスワード変更しようとしたら».
             "初期設定のパスワード変更", "初期設定でのパスワード変更", "初期設定でパスワード変更", "初回のパスワード変更", "最初のパスワード変更", "手続きのパスワード変更",
             "手続きでのパスワード変更", "手続きでパスワード変更", "手続きの中のパスワード変更", "利用開始のパスワード変更"], "activation_done", .bool(false))
        add(["利用開始手続きは完了", "利用開始手続きは済", "利用開始は完了", "利用開始は済", "利用開始済", "利用開始は終わ", "利用開始はもう終わ", "利用開始はもう済",
             // In kana, as phone typing leaves it: «てつづきはおわってる», «4がつにてつづきおわってる».
             "てつづきはおわ", "てつづきおわ", "てつづきはもうおわ", "てつづきもおわ", "てつづきはすん", "てつづきすん", "てつづきはもうすん", "てつづきはかんりょう",
             "てつづきかんりょう", "てつづきはすませ", "てつづきすませ",
             // Romaji, as the lock's cues: «tetsuzuki wa mou owatte imasu».
             "tetsuzuki wa owatte", "tetsuzuki wa mou owatte", "tetsuzuki wa owarimashita", "tetsuzuki wa mou owarimashita", "tetsuzuki wa sunde",
             "tetsuzuki wa mou sunde", "tetsuzuki wa owatteru", "tetsuzuki wa mou owatteru", "tetsuzuki wa owattemasu", "tetsuzuki wa mou owattemasu", "tetsuzuki wa kanryou", "tetsuzuki wa mou kanryou", "手続きは終わ", "手続きは済", "手続きはもう終わ", "手続きはもう済", "手続き完了後", "手続きは完了", "とっくに終わ", "済ませて", "済んでい",
             "終わらせてる", "終わらせてます", "終わらせました", "終わらせてあ", "以前は使え", "前は使え",
             "今まで使え", "昨日まで", "いつもは", "去年", "昨年", "前から使って", "ずっと使って", "普段は", "already activated", "active since", "been using",
             "since last", "for months", "kyonen", "sakunen", "finished activation", "after activation", "finished the activation", "finished setup", "finished the setup",
             "completed setup", "completed the setup", "did the activation", "done the activation", "did my activation", "done my activation",
             "completed the activation", "activation was done", "activation was finished", "activation was completed", "activation finished",
             // Or when it was: "Activation was months ago. Now trying to change my password".
             "activation was months ago", "activation was weeks ago", "activation was ages ago", "activation was years ago", "activation was a year ago",
             "activation was long ago", "activation was a long time ago", "activated months ago", "activated weeks ago", "activated ages ago",
             "activated years ago", "activated a year ago",
             // Or long since: "(account is a year old, activation long done)".
             "activation long done", "activation long since done", "activation long finished", "activation long completed", "account is a year old",
             "account is two years old", "account is years old", "account is over a year old", "account has been active for",
             // The page's 利用開始手続き as "the start procedure": "I finished the start procedure in April".
             "finished the start procedure", "completed the start procedure", "did the start procedure", "finished start procedure", "completed start procedure",
             "finished the starting procedure", "completed the starting procedure", "did the starting procedure",
             // Told as having gone well: "Activation went fine back in April" (`wentWell`).
             "activation is done", "activation done", "activated my account", "activated the account", "activated long ago", "activated it long ago",
             "activated it last", "used to work", "worked before", "was working", "until yesterday", "last year",
             "worked fine until", "until last week", "worked last week",
             // A time between: «利用開始手続きは前に終わってます», «新しいIDの手続きは4月に終えました», «去年すませてます».
             "手続きは前に", "手続きは以前に", "手続きはすでに", "手続きは既に", "手続きはとっくに", "月に終えま", "月に終えて", "月に終わらせ", "月に済ませ", "月にすませ",
             "月に完了し", "手続きも済ませ", "手続きを済ませ", "手続きは済ませ", "手続きも済ん", "手続きも終わ", "手続きも完了", "すませてます", "すませてあり", "すませました", "すませています", "終えています", "終えてます"] + Self.wentWell, "activation_done", .bool(true))
        add(["omuid・仮パスワード確認", "仮パスワード確認画面", "omuid,pw確認"], "activation_step", .choice("omuid_check"))
        // The buttons' names as typed in a hurry too, without the particle or in kana (「パスワード変更始めるボタン」).
        add(["パスワード変更画面", "パスワード変更を始める", "パスワード変更始める", "パスワード変更をはじめる", "パスワード変更はじめる", "変更ボタン",
             "password change screen"], "activation_step", .choice("password_change"))
        add(["2要素認証設定画面", "2要素認証設定を始める", "2要素認証設定始める", "2要素認証設定をはじめる", "2要素認証設定はじめる", "セットアップキー",
             "setup key",
             // The key named by what is done with it: "the key I paste into Google Authenticator is refused".
             "key i paste", "key i pasted", "key i copy", "key i copied", "paste the key", "pasted the key", "pasting the key", "copy the key", "copied the key",
             "key into google authenticator", "key into the authenticator", "key into authenticator", "key into the app"], "activation_step", .choice("two_factor_setup"))
        // The two-factor test, the activation's last step (P001: 「2要素認証テストがうまくいかない」):
        // «にようそ認証のテスト», «手続きの最後のテスト», "the 2FA test page". Told, the activation
        // is under way.
        add(Self.twoFactorTest, "activation_step", .choice("two_factor_setup"))
        add(Self.twoFactorTest, "activation_done", .bool(false))
        add(["学籍番号確認システム"], "student_number_checked", .bool(true))
        add(["利用者管理システムの画面", "利用者管理システムが表示", "user management page"], "user_admin_page_shown", .bool(true))
        // Another OMUID of the writer's own (P001 L130: 内部進学者や複数のIDをお持ちの方): an internal
        // progression, two IDs, the ID from before. Not «別のOMUID» alone, which may be anyone's.
        add(["内部進学", "学部から大学院", "学部から院", "大学院に進学", "院に進学", "複数のid", "idを2つ", "idが2つ", "idを二つ", "idが二つ", "2つのid", "二つのid",
             "前のid", "以前のid", "古いid", "旧id", "学部のときのid", "学部の時のid", "学部時代のid", "前に使ってたid", "前に使っていたid", "以前使っていたid",
             "前に持ってた", "前にもってた", "前に持っていた", "以前持っていた", "以前もっていた",
             // The other ID named as the writer's from before: «前に使ってた別ID», «前に非常勤でもらってたID».
             "使ってた別id", "使っていた別id", "もらってたid", "もらっていたid", "非常勤のときのid", "非常勤の時のid", "非常勤してたときのid",
             "教職員のid", "職員のid", "前のomuid", "以前のomuid", "古いomuid", "旧omuid",
             "two omuids", "two ids", "both ids", "multiple ids", "multiple omuids", "more than one omuid", "more than one id", "my old id", "my old omuid",
             "my previous id", "my previous omuid", "my former id", "my staff omuid", "my staff account", "from undergrad", "internal progression", "internal promotion"],
            "has_other_omuid", .bool(true))
        // An unlock asked for, and too many failed sign-ins, tell the lock as plainly.
        add(["アカウントロック", "ロックされ", "ロックがかか", "ロックかか", "ロックが掛か", "ロック掛か", "ロック状態", "締め出され", "締め出しを", "locked out", "account is locked", "account was locked", "account has been locked", "account locked", "account got locked",
             "omuid is locked", "omuid was locked", "omuid got locked", "omuid has been locked", "i'm locked", "i am locked", "i got locked", "i've been locked",
             "now it's locked", "now it is locked", "and it's locked", "it got locked", "lock removed", "remove the lock", "lift the lock",
             // Shut out told as a ban, after wrong tries: "i think i got banned from the 利用者管理システム".
             "got banned", "been banned", "banned from", "wrong pass too many", "wrong password too many", "wrong pw too many",
             "unlock", "unlocked", "login limit", "attempt limit", "limit of failed", "limit of login", "too many failed", "too many bad", "too many wrong", "too many incorrect", "too many login attempts", "too many attempts",
             // The system as the one that locked: "the user management system locked me out", "it locked my account".
             "account lock", "locked me out", "locked him out", "locked her out", "locked them out", "locked myself out", "locked my account", "locked his account",
             "locked her account", "locked the account", "locked my omuid", "is now locked", "it's locked", "its locked", "says locked", "saying locked",
             "been locked", "became locked", "ロック中",
             // As a second-language writer puts it, the -ed dropped: "my account is lock", "account get lock".
             "account is lock", "account was lock", "account get lock", "account got lock", "account become lock", "account is now lock",
             "ロック解除", "ロックを解除",
             // The lock as the noun a failure ends in: «何回か失敗してロック。。。», «ログイン失敗を繰り返したらアカウントロック。».
             "ロック。", "ロック…", "ロック!", "ロック！",
             // The lock told as shown or become: «ロックって出て», «ロックしたと表示», «ロックっぽくなった»; "my account
             // there is locked", "got lock".
             "ロックって出", "ロックと出", "ロックと表示", "ロックしたと", "ロックっぽ", "ロックになっ", "ロックになり", "ロックされた状態",
             "is locked", "was locked", "got locked", "got lock", "is lock.", "it is lock", "now locked",
             "ろっくされ", "ろっくがかか", "lock sareta", "lock saremashita", "lock sarete", "rokku sareta", "rokku saremashita", "rokku sarete",
             "rokku ga kakatta",
             // The lock shown, told loosely or quoted: «ロックの表示になっています», «ロックがどうこうという表示»,
             // «「ロック」と出ます», "it show 'locked'", "says something about lock", "an account-lock notice";
             // in kana, half-width katakana, romaji or another script: «ろっくかかった», «ﾛｯｸ ｻﾚﾀ», "lock
             // kakarimashita", «锁定»; a key turned on it: «鍵がかかったような表示».
             // Named as a thing heard of: «弾かれるようになって、ロックってやつだと思います».
             "ロックってやつ", "ロックというやつ", "ロックっていうやつ", "ロックってもの", "ロックというもの",
             "ロックの表示", "ロック表示", "ロックがどうこう", "ロックなんとか", "ろっくなんとか", "ロックという文字", "ロックという表示", "ロックって文字",
             "ロックとか出", "ロックとかって出", "ロックみたいにな", "ロック?みたい", "ロック」と出", "ロック」って出", "ロック」と表示", "ロック」され", "ロック」の表示",
             "→ロック", "ロック に なり", "ろっくかかっ", "ろっくかかり", "ろっく かかっ", "ろっくに", "ロック サレ", "ロックサレ", "ロック 解除",
             "lock kakari", "lock ga kakari", "rokku kakari", "lock to iu", "lock\" to iu", "lock' to iu", "'locked'", "\"locked\"", "“locked”",
             "something about lock", "account-lock", "lock notice", "lock message", "locked-out", "锁定", "鍵がかかっ", "鍵がかかり", "鍵かかっ",
             // Blocked by the system ("blocked me after too many tries"; not "the login is what is blocking me").
             "blocked me", "i'm blocked", "i am blocked", "account itself is frozen",
             // Frozen, as some say of a locked account: 「凍結された」, "my account is frozen".
             "凍結", "account is frozen", "account was frozen", "account got frozen", "account has been frozen",
             // The system's own message, quoted or told: «「ログイン失敗回数が上限に達したためアカウントを
             // ロックしました」と出ています», «利用者管理システムがロックしました».
             "アカウントをロックしました", "ためロックしました", "為ロックしました", "がロックしました", "ロックしました」", "ロックしましたという", "ロックしました的",
             "ロックしましたみたい", "ロックしましたって", "失敗回数が上限"],
            "user_admin_locked", .bool(true))
        add(["ワンタイムパスワード入力画面が表示されない", "ワンタイムパスワードの入力画面が出ない", "入力画面が出ない", "入力画面が表示されない", "入力画面が表示されま", "入力画面が出ま",
             "入力画面が出てこな", "入力画面にならな", "入力画面に進まな", "入力画面が現れな", "画面にたどり着けな", "画面にたどり着けま", "画面にたどりつけな",
             "画面にたどりつけま", "がめんがでない", "がめんがでません", "がめん が でない", "がめん が でません", "no one-time password screen",
             "password screen doesn't appear", "password screen does not appear", "password screen never appears", "password input screen doesn't",
             "password input screen does not", "never get the one-time password screen", "otp screen doesn't", "otp screen does not", "otp screen never",
             "no otp screen", "no otp input", "no one-time password input", "no screen to enter the otp",
             // Never asked for it: "I never get asked for the one-time password", «数字を聞かれずにそのまま入れてしまいました».
             "never get asked for the one-time password", "never asked for the one-time password", "not asked for the one-time password",
             "never get asked for the otp", "never asked for the otp", "not asked for the otp", "without asking for the one-time password",
             "without asking for the otp", "ワンタイムパスワードを聞かれず", "ワンタイムパスワードを聞かれな", "ワンタイムパスワードを求められず",
             "ワンタイムパスワードを求められな", "数字を聞かれず", "数字を聞かれな", "数字を聞かれませ", "ワンタイムを聞かれず", "ワンタイムを聞かれな"],
            "otp_screen_shown", .bool(false))
        // The code typed in time: its minutes told as not passed («時間はまだ経ってないと思う»), or
        // typed as the mail came («メールが届いてすぐ、そのまま入れています»). The page's validity is
        // five minutes (P001 L192); a code typed within it has not expired.
        add(["時間はまだ経ってな", "まだ時間は経ってな", "時間は経ってな", "時間はたってな", "まだ経ってな", "まだたってな", "分も経ってな", "分もたってな",
             "分も経ってません", "分もたってません", "まだ経っていま", "時間は経っていま", "届いてすぐ", "来てすぐ", "きてすぐ", "受信してすぐ", "届いた直後",
             "受け取ってすぐ", "すぐに入力し", "すぐ入力し", "すぐにコードを入", "すぐコードを入", "直後に入力"],
            "code_expired", .bool(false))
        self.cues = cues
        omunetNames = (site.omunetSSIDs + site.omunetPrefixes).map { TriageText($0) }.sorted { $0.scalars.count > $1.scalars.count }
            .map(\.text)
        var fixed = PhraseMatcher<Fixed>(wholeWords: false)
        func add(_ list: Int, _ phrases: [String], wholeWords: Set<String> = []) {
            for (i, phrase) in phrases.enumerated() { fixed.add(phrase, Fixed(list: list, index: i), wholeWord: wholeWords.contains(phrase)) }
        }
        add(Fixed.omunet, omunetNames)
        add(Fixed.campus, Self.campus)
        add(Fixed.offCampus, Self.offCampus)
        add(Fixed.pending, Self.pending)
        add(Fixed.recovery, Self.recoveryWords)
        add(Fixed.anHour, Self.anHour)
        add(Fixed.halfAnHour, Self.halfAnHour)
        add(Fixed.longWait, Self.longWaits)
        for (c, cue) in Self.sentenceCues.enumerated() {
            for (g, group) in cue.groups.enumerated() { add(Fixed.sentence(c, g), group, wholeWords: cue.wholeWords) }
        }
        self.fixed = fixed
    }

    public func extract(_ text: TriageText, raw: String) -> [ExtractedFact] {
        extract(text, raw: raw, cueMatches: cues.matches(in: text))
    }

    /// `extract` with the cues found already (`TicketPhrases` finds them with the other phrases),
    /// and the denials and papers' losses too when it has them (`denialMatches`, `paperLossMatches`;
    /// else they are looked for when needed).
    func extract(
        _ text: TriageText, raw: String, cueMatches: [PhraseMatcher<Cue>.Match], denialMatches: [PhraseMatcher<Bool>.Match]? = nil,
        paperLossMatches: [PhraseMatcher<Bool>.Match]? = nil
    ) -> [ExtractedFact] {
        var facts: [String: ExtractedFact] = [:]
        func set(_ key: String, _ value: FactValue, _ evidence: String, elapsed: Bool = false, asked: Bool = false) {
            if facts[key] == nil { facts[key] = ExtractedFact(key: key, value: value, evidence: evidence, fromElapsedTime: elapsed, onlyAsked: asked) }
        }
        if let (id, evidence) = omuid(raw) { set("omuid", .text(id), evidence) }
        if let message = quoted(raw) { set("error_message", .text(message), "「\(message)」") }
        // Cues that disagree about a fact tell nothing about it.
        var cued: [String: [(FactValue, String, at: Int)]] = [:]
        // In romaji, «no» is a particle, not a negation («tetsuzuki no …»): read once.
        let romaji = text.hasRomaji
        lazy var papersLost = LostPaper.englishPapersLost(paperLossMatches ?? LostPaper.englishLosses.matches(in: text), in: text)
        for match in cueMatches where tells(match, in: text, romaji: romaji, papersLost: { papersLost }) {
            cued[match.payload.key, default: []].append((match.payload.value, match.phrase, match.range.lowerBound))
        }
        // A lock is the user management system's (user_admin_locked), unless the ticket puts it
        // on the student number system and names no user management system.
        func lockIsAnother() -> Bool { text.containsAny(Self.otherLockingSystems) && !text.containsAny(Self.userAdminNames) }
        if cued["user_admin_locked"] != nil, lockIsAnother() { cued["user_admin_locked"] = nil }
        // Given away after a wipe told plainly, the wipe told first: not lost ("I did a factory
        // reset before I traded it in"; not "I gave it to my brother and he factory reset it").
        if let told = cued["device_lost"], told.allSatisfy({ $0.0 == .bool(false) || Self.givenAway.contains($0.1) }),
            let wipe = told.first(where: { $0.0 == .bool(false) && Self.wipes.contains($0.1) }),
            told.allSatisfy({ $0.0 == .bool(false) || $0.at > wipe.at })
        {
            cued["device_lost"] = told.filter { $0.0 == .bool(false) }
        }
        // Where each cue of the phone stands (its phrase is as the text has it, normalised).
        func ranges(_ told: [(FactValue, String, at: Int)]) -> [(value: FactValue, range: Range<Int>)] {
            told.map { ($0.0, $0.at..<($0.at + $0.1.unicodeScalars.count)) }
        }
        // A loss inside a denial of it ("nothing lost or stolen") is none.
        if let told = cued["device_lost"] {
            let denials = ranges(told).filter { $0.value == .bool(false) }.map(\.range)
            cued["device_lost"] = told.filter { cue in cue.0 == .bool(false) || !denials.contains { $0.contains(cue.at) } }
        }
        // One device of several lost, another at hand («スマホだけ失くしました。タブレットは手元にあります»):
        // the loss stands.
        if let told = cued["device_lost"], OtherDeviceAtHand.told(ranges(told), in: text) {
            cued["device_lost"] = told.filter { $0.0 == .bool(true) }
        }
        // A screen both pages have («変更ボタン», «セットアップキー»), told with activation long done,
        // is no step of the activation: «パスワード変更(利用開始は済み)で変更ボタンを押すと…».
        if let done = cued["activation_done"], done.allSatisfy({ $0.0 == .bool(true) }), let steps = cued["activation_step"] {
            cued["activation_step"] = steps.filter { !Self.screensOfBothPages.contains($0.1) }
        }
        let lockAsked = cued["user_admin_locked"] != nil && lockOnlyAsked(cueMatches, in: text)
        for (key, values) in cued where Set(values.map(\.0)).count == 1 {
            set(key, values[0].0, values[0].1, asked: key == "user_admin_locked" && lockAsked)
        }
        let found = FixedFound(found: fixed.matches(in: text))
        // The facts phrase cues told: a sentence cue that disagrees makes them unknown, as cues
        // that disagree do («届いてすぐ入れたのに、コードが期限切れと出ました»).
        let phraseTold = facts.filter { cued[$0.key] != nil }.mapValues(\.value)
        var disagreed: Set<String> = []
        lazy var denied = denialMatches.map { DeniedTrouble.ranges($0, in: text) } ?? DeniedTrouble.ranges(in: text)
        for (c, cue) in Self.sentenceCues.enumerated() {
            if let range = Self.sentence(in: text, groups: cue.groups.indices.map { Fixed.sentence(c, $0) }, found: found, feared: cue.value == .bool(true),
                doubts: cue.key != "omuid_forgotten", denied: { denied }),
                cue.key != "user_admin_locked" || !lockIsAnother(),
                // The code's mail told not come is no error at the code («確認コードのメールがまだ来ていないのも
                // 気になっていますが、これはエラーで先に進めていないからでしょうか»).
                cue.key != "error_stage" || !ResetMailMissing.told(in: TriageText(text.slice(range))),
                cue.key != "omuid_forgotten" || !text.containsAny(ForgottenID.otherNumbers) {
                let sentence = String(text.slice(range).trimmingSpaces)
                // A device told lost in a sentence while another is at hand («スマホをタクシーに置いてきて
                // しまい戻ってきません…タブレットは手元にあって»): the loss stands, as with its phrases.
                if cue.key == "device_lost", cue.value == .bool(true), phraseTold[cue.key] == .bool(false),
                    let told = cued["device_lost"], OtherDeviceAtHand.told([(.bool(true), range)] + ranges(told), in: text) {
                    facts[cue.key] = nil
                } else if let told = phraseTold[cue.key], told != cue.value, facts[cue.key]?.onlyAsked != true {
                    facts[cue.key] = nil
                    disagreed.insert(cue.key)
                }
                if disagreed.contains(cue.key) { continue }
                if let unless = cue.unlessTold, facts[unless.key]?.value == unless.value { continue }
                // A lock told in a sentence is more than an unlock asked for.
                if facts[cue.key]?.onlyAsked == true { facts[cue.key] = nil }
                // A lock's message told as never shown («ロックという表示は出ていません») makes a lock
                // told elsewhere a supposition; and without one it is no sign of an account
                // unlocked either: nothing is known.
                if cue.key == "user_admin_locked", cue.value == .bool(false) {
                    facts[cue.key] = nil
                    continue
                }
                set(cue.key, cue.value, sentence)
            }
        }
        // Sign-ins failed again and again at the user management system: the lock the page tells
        // of, though the ticket never names it (`RepeatedFailure`).
        if facts["user_admin_locked"].map({ $0.onlyAsked == true }) ?? (cued["user_admin_locked"] == nil && !disagreed.contains("user_admin_locked")),
            !lockIsAnother(), let failures = RepeatedFailure.told(in: text)
        {
            facts["user_admin_locked"] = nil
            set("user_admin_locked", .bool(true), failures)
        }
        // The writer's own device lost or stolen, a clause about it between (`LostDevice`).
        if facts["device_lost"] == nil, !disagreed.contains("device_lost"), let loss = LostDevice.told(in: text) {
            set("device_lost", .bool(true), loss)
        }
        if let (i, range) = found.first(Fixed.omunet, count: omunetNames.count) {
            let ssid = omunetNames[i]
            if placeDenied(range, in: text) {
                set("on_campus_network", .bool(false), ssid)
            } else {
                set("wifi_ssid", .text(ssid.uppercased()), ssid)
                set("on_campus_network", .bool(true), ssid)
            }
        } else if let (i, range) = found.first(Fixed.campus, count: Self.campus.count), !Self.namesSystem(range, in: text),
            !(Self.campus[i] == "on campus" && Self.namesWorkplace(range, in: text)),
            // Both places told: the trouble's, as `TroublePlace` reads it.
            found.earliest(Fixed.offCampus).map({ !TroublePlace.offCampus(campus: found.earliest(Fixed.campus) ?? 0, offCampus: $0, in: text) }) ?? true
        {
            set("on_campus_network", .bool(!placeDenied(range, in: text)), Self.campus[i])
        } else if let (i, _) = found.first(Fixed.offCampus, count: Self.offCampus.count) {
            set("on_campus_network", .bool(false), Self.offCampus[i])
        }
        // A time is a code's age only in a ticket that names a code or its mail: "locks you out …
        // it just happened to me 10 minutes ago", "the new password I set 5 minutes ago" tell none.
        // (Looked for only once a time is found; `typedLate` asks for the mail's code itself.)
        lazy var codeNamed = text.containsAny(Self.codeOrMail)
        if let (minutes, evidence) = minutesAgo(text, found: found) {
            let pending = found.any(Fixed.pending)
            if pending || codeNamed { set(pending ? "pending_minutes" : "code_age_minutes", .number(minutes), evidence, elapsed: !pending) }
        } else if let (minutes, evidence) = ClockSpan.minutes(in: text), codeNamed {
            set("code_age_minutes", .number(minutes), evidence, elapsed: true)
        } else if !found.any(Fixed.pending), let (minutes, evidence) = typedLate(text) {
            set("code_age_minutes", .number(minutes), evidence, elapsed: true)
        }
        // The error at the code is then the expiry's too, the code typed well past its validity ("会議に
        // 呼ばれて30分離席 … 戻って入力→エラー"; P001 L192: 「確認コードの有効期限は5分間程度」); not at
        // the validity itself, as a writer tells it kept («5分以内に入れた»).
        if let age = facts["code_age_minutes"]?.value.numberValue, age > site.codeValidityMinutes, facts["error_stage"]?.value == .choice("code") {
            facts["error_stage"] = nil
        }
        if facts["code_age_minutes"] == nil, let wait = longWait(text, found: found) {
            set("code_expired", .bool(true), wait, elapsed: true)
            // The error at the code is then the expiry's, as where the sentence tells it (`sentenceCues`).
            if facts["error_stage"]?.value == .choice("code") { facts["error_stage"] = nil }
        }
        if let address = email(raw), found.any(Fixed.recovery) {
            set("recovery_email", .text(address), address)
        }
        return facts.values.sorted { $0.key < $1.key }
    }

    /// A fact a sentence tells with a word of each group, in any order, whatever stands between:
    /// "the screen where you type the one-time password doesn't show up", 「ワンタイムパスワードを入れる
    /// 画面がいつまでたっても出てきません」. Phrase cues, which are exact, are read first.
    struct SentenceCue: Sendable {
        let key: String
        let value: FactValue
        let groups: [[String]]
        /// A fact told so that the sentence tells nothing of `key`.
        let unlessTold: (key: String, value: FactValue)?
        /// The phrases of `groups` that must stand as whole words ("id", not "idea").
        let wholeWords: Set<String>

        init(_ key: String, _ value: FactValue, _ groups: [[String]], unlessTold: (key: String, value: FactValue)? = nil, wholeWords: Set<String> = []) {
            self.key = key
            self.value = value
            self.groups = groups
            self.unlessTold = unlessTold
            self.wholeWords = wholeWords
        }
    }

    static let sentenceCues = [
        // The ID's form asked, as one not sure of their own OMUID asks it: «IDは学部の時と形式が同じで
        // いいんでしょうか», "Which ID am I supposed to use?", "should my ID still look like the
        // undergrad one?". The page answers it where a login fails for an OMUID not known (P000 L6–10:
        // the forms, 「※内部進学された院生は学部生と同じ体系のIDです」, and the 「OMUID,PW確認」 page).
        // Not of a student or staff number (`extract`).
        SentenceCue("omuid_forgotten", .bool(true), [
            ["omuid", "id", "ids"],
            // (A form, «IDの形って…», or the ID kept or changed: «IDは学部の時のままでいいんですよね?».)
            ["形", "体系", "のままでいい", "のままで大丈夫", "のままですか", "のままなんですか",
             // The same as before, asked: «IDが学部のときと同じでいいのかも自信がありません».
             "と同じでいい", "と同じで大丈夫", "と同じでよい", "と同じなのか", "と同じなんですか", "と同じですか", "idは変わ", "idが変わ", "idも変わ", "idって変わ", "どのid", "どっちのid", "どちらのid", "どのomuid", "どっちのomuid", "どちらのomuid", "idはどっち", "idはどちら",
             "どっちを使", "どちらを使", "どっちでログイン", "どちらでログイン", "どっちで入", "どちらで入",
             // The old one or a new one, asked: «IDは学部の時のを使うのですか?», «院生用の新しいIDってあるんですか».
             "のを使うのですか", "のを使うんですか", "を使うのですか", "を使うんですか", "新しいidですか", "新しいidってあるん", "新しいidはあるん", "新しいidがあるん", "新しいidになるん",
             "新しいidになるの",
             "format", "look like", "looks like", "-style", "same form", "which id", "which omuid", "which one is my", "which of my ids", "which of the ids", "old or new",
             "id change", "ids change", "omuid change"],
        ], wholeWords: ["omuid", "id", "ids", "which id", "which omuid"]),
        // The activation's two-factor test (P001 「2要素認証テストがうまくいかない」), named as «テスト»
        // beside the app's numbers: «テストで、アプリに出てる数字を入れてもはじかれます».
        SentenceCue("activation_step", .choice("two_factor_setup"), testAndApp),
        SentenceCue("activation_done", .bool(false), testAndApp),
        // The activation told finished, a time between: «利用開始手続きは４月に終わっています» (its
        // affirmative forms only: «終わっていません» is none).
        SentenceCue("activation_done", .bool(true), [
            // (With «を», only the whole of it: «利用開始手続きを全て完了いたしまして»; not «利用開始手続きを進めており、
            // パスワード変更までは無事完了しました», a step.)
            ["利用開始手続きは", "利用開始の手続きは", "利用開始は", "利用開始手続きを全て", "利用開始手続きをすべて", "利用開始手続きを最後まで",
             "利用開始の手続きを全て", "利用開始の手続きをすべて", "利用開始の手続きを最後まで"],
            ["終わっています", "終わってます", "終わりました", "終えました", "終えています", "済んでいます", "済んでます", "済ませました", "済ませています",
             "完了しています", "完了してます", "完了しました",
             // Politely: «利用開始手続きを全て完了いたしまして», «完了しております».
             // (Not «まだ完了しておりません».)
             "完了いたしまし", "完了いたしております", "完了しております", "完了しておりまし", "終えております", "済ませております",
             // As said: «利用開始はとっくに済んでる», «終わってる».
             "済んでる", "済んどる", "終わってる", "終わっとる", "完了してる"],
        ]),
        // A change of the recovery address wished for: the address was registered at the activation's
        // password change (P000 L14: 「利用開始手続き(パスワード変更)時にご自身で登録した学外のメールアドレス」),
        // and is changed in the user management system after it (P000 L20: 「パスワード・パスワード
        // 再発行用メールアドレス変更を行う「利用者管理システム」」): «再発行用のメールアドレスを変えたいです»,
        // "I'd like to update my recovery email".
        SentenceCue("activation_done", .bool(true), [
            ["再発行用", "recovery email", "recovery address", "recovery mail", "recovery e-mail"],
            ["変えたい", "変更したい", "変えたく", "変更したく", "変えておきたい", "変更しておきたい", "want to change", "like to change", "want to update",
             "like to update", "how do i change", "how do i update", "how can i change", "how can i update", "where can i change", "where do i change"],
        ]),
        // The two-factor code told as never coming, as a mail would: "2fa code never arrives", «ワンタイム
        // パスワードが届きません». It is the activation's two-factor step's entry (P001 「2要素認証の
        // ワンタイムパスワードが送信されてこない」: 「ワンタイムパスワードはメール等で送信されません」), not the
        // reset mail's.
        SentenceCue("activation_step", .choice("two_factor_setup"), [
            ["2fa code", "2fa codes", "2fa number", "two-factor code", "two factor code", "2-factor code", "2 factor code", "2-step code", "2 step code", "two-step code",
             "two step code", "otp", "one-time password", "one time password", "onetime password", "one-time code", "one time code", "onetime code",
             "ワンタイム", "2段階認証のコード", "二段階認証のコード", "2要素認証のコード", "二要素認証のコード", "2段階のコード", "2faのコード"],
            ResetMailMissing.missing + ["never come", "never shows up", "never show up", "is not sent", "isn't sent", "not being sent", "never sent", "送られてこな", "送られて来な", "送信されてこな", "送信されな"],
        ], wholeWords: ["otp"]),
        // More than one entry in the authenticator (P000 L31: 「同じ端末で複数回、2要素認証の登録をした場合、
        // 実行した数だけワンタイムパスワードが表示されます。」): «アプリに大阪公立大学が2つ並んでいて», "two OMU
        // entries in my authenticator app". Not a second ID («IDが2つ»: has_other_omuid).
        SentenceCue("otp_entries_multiple", .bool(true), [
            ["2つ", "二つ", "3つ", "三つ", "ふたつ", "いくつも", "が複数", "複数の欄", "複数表示", "複数並", "重複", "two ", "three ", "several ", "multiple ",
             "duplicate", "twice", "more than one", "2 entries", "2 omu", "2 lines", "3 entries"],
            ["entries", "entry", " lines", "listed", "並ん", "並び", "欄", "表示", "大阪公立大学", "osaka metropolitan", "omu (omuid)", "omu lines",
             "omu codes", "codes for omu"],
        ]),
        // The code told as expired, in a sentence that names it: «確認コードが期限切れ», «コードを
        // 入れたらもう無効になってた», "the code had expired", "the code is no longer valid".
        SentenceCue("code_expired", .bool(true), [
            // The code as the mail's, not a QR code: "the code", "confirmation code", "code was".
            ["確認コード", "認証コード", "コード", "the code", "my code", "confirmation code", "verification code", "reset code", "code from",
             "code expired", "code has", "code had", "code was", "code is", "code i ", "email code", "e-mail code", "mail code", "code timed",
             // The mail's code named by where it came: "Code in the email expired", "the code sent to me".
             "code in the email", "code in the e-mail", "code in the mail", "code in my email", "code in my e-mail", "code in my mail",
             "code in my inbox", "code sent", "code that was sent", "code they sent", "code you sent", "code we got",
             // In romaji, whose facts are read as written: «kakunin koodo no jikan ga owarimashita».
             "koodo", "kakunin kodo", "kakunin code", "confirm code",
             // In kana, as typed without conversion: «かくにんこーど きげんぎれ», «ｶｸﾆﾝｺｰﾄﾞ きれた».
             "こーど", "ko-do",
             // The mail's number: «メールで届いた番号», «メールに書いてあった番号», «認証番号».
             "メールで届いた番号", "メールに書いてあった番号", "メールの番号", "メールで来た番号", "認証番号", "確認番号",
             // Without an article: "code in mail is expire", "code from mail".
             "code in mail", "code in email", "code from mail", "code from email"],
            ["期限切れ", "有効期限が切れ", "期限が切れ", "有効期限切れ", "期限ぎれ", "期限がきれ", "期限きれ", "時間切れ", "時間ぎれ",
             // The code itself told run out: «確認コード切れた!», «コードが切れてて».
             "コード切れ", "コードが切れ", "コードは切れ", "コードも切れ", "コード、切れ",
             // The same in kana: «確認コードがきれてしまった».
             "コードきれ", "コードがきれ", "コードはきれ", "コードもきれ", "期限が過ぎ", "期限を過ぎ", "期限を超え", "期限オーバー", "無効になっ", "もう無効",
             // Formally: «当然ながら無効となっているようです».
             "無効となっ", "無効となり",
             "使えなくなっ", "もう使えません", "もう使えなかった", "もう使えない", "失効", "tsukaenaku nat", "tsukaenakunat", "expired",
             // Slips of conversion and kana: «機嫌切れ», «有効期現», «きげんぎれ», «こーどきれた».
             "機嫌切れ", "機嫌が切れ", "機嫌きれ", "機嫌がきれ", "有効機嫌", "期現が切れ", "期現切れ", "きげんぎれ", "きげんがきれ", "きげん が きれ", "こーどきれ", "こーどがきれ",
             // 切れ slipped to 着れ, as it converts: «確認ｺｰﾄﾞの期限が着れてしまいました».
             "期限が着れ", "期限着れ", "期限も着れ", "コードが着れ",
             // The validity's period passed, its limitation run: «有効期間が過ぎています», «時効».
             "有効期間が過ぎ", "有効期間を過ぎ", "有効期間が切れ", "有効期間切れ", "時効", "もう有効では",
             // In English as a second language: "code is expire"; stale, run out.
             "is expire", "was expire", "got expire", "code expire ", "code expire.", "code expire,", "code expire!", "went stale", "gone stale", "has run out", "have run out", "had run out", "kigen kire", "kigenkire", "expiration", "expiry", "lapsed", "timed out", "time limit", "past its limit", "no longer valid", "not valid any more",
             "not valid anymore", "no longer works", "no longer accepted", "isn't accepted any more", "isn't accepted anymore", "not accepted any more",
             "not accepted anymore", "doesn't work anymore", "does not work anymore", "won't work anymore", "isn't working anymore",
             "not working anymore", "too old", "古すぎ", "古くなっ", "タイムアウト", "time out", "timeout",
             // The code itself told stale, or gone through no more: «戻ったらコードが古くて通らなくなってた».
             "コードが古", "コードは古", "コードも古", "コード古", "こーどが古", "コードが通らなくなっ", "コードは通らなくなっ", "コード通らなくなっ",
             // Its time over: «コードの時間が終わりました», «jikan ga owarimashita».
             "時間が終わ", "時間が過ぎ", "期限が終わ", "jikan ga owa", "jikan ga sugi", "jikangire", "jikan gire", "kigen ga kire", "kigengire", "kigen gire",
             // In English as a second language: "confirm code time over", "time ran out".
             "time over", "time is over", "time's up", "time ran out", "ran out of time", "time has run out",
             // Its life run out: "the code ran out".
             "code ran out", "code had run out", "code has run out"],
        ]),
        // An error at the confirmation code's step (error_stage code, P000's entry for errors
        // on changing or resetting the password): «確認コード入れたとこでエラーになった», "got an
        // error when I entered the verification code". Not when the code is told expired: that
        // error is the expiry's (code-expired, P001 L192).
        // The new password and its confirmation told not matching: the field's red message (P001
        // L170: 「「新しいパスワード」と「新しいパスワード(確認)」が一致していません。」), error_stage form.
        SentenceCue("error_stage", .choice("form"), [
            ["new passwords", "new password and", "new password and the confirm", "新しいパスワードと", "新しいパスワード(確認)", "確認用"],
            ["don't match", "do not match", "doesn't match", "does not match", "didn't match", "not matching", "一致しな", "一致していな", "一致しませ", "一致していませ",
             // In plain words: «確認用にもう一回入れる欄と合ってないって言われます».
             "合ってな", "合っていな", "合っていませ", "合わな", "合いませ", "あってな", "あわな"],
        ]),
        SentenceCue("error_stage", .choice("code"), [
            ["確認コード", "認証コード", "confirmation code", "verification code", "reset code", "kakunin koodo", "kakunin kodo"],
            ["エラー", "error"],
        ], unlessTold: ("code_expired", .bool(true))),
        // The code typed in time, in English: "I typed the code right away", "entered the code
        // immediately" (after the code told expired, which comes first when both are told).
        SentenceCue("code_expired", .bool(false), [
            ["the code", "my code", "confirmation code", "verification code", "reset code", "code from"],
            ["right away", "immediately", "straight away", "within a minute", "within seconds", "as soon as", "less than a minute", "seconds later"],
        ]),
        // Shut out after failing again and again, as the page's lock comes (「ログインの失敗回数が一定数
        // を超えるとアカウントロックが発生し」): «5回くらい失敗したら、正しいパスワードでも入れなくなりました».
        SentenceCue("user_admin_locked", .bool(true), [
            ["回失敗", "回くらい失敗", "回ほど失敗", "回以上失敗", "回連続で失敗", "回連続失敗", "回間違え", "回くらい間違え", "回ほど間違え", "回以上間違え",
             "何べんも失敗", "何べんも間違え", "何遍も失敗", "何遍も間違え", "何回も失敗", "何度も失敗", "何回か失敗", "何度か失敗", "何回も間違え", "何度も間違え", "何回か間違え", "何度か間違え", "連続で失敗", "連続で間違え",
             // Mistyped, or missed in speech: «何度か打ち間違えて», «何回もミスって».
             // Or 誤る: «眼鏡を忘れて入力を何度か誤ったせいか».
             "回誤", "何度か誤", "何度も誤", "何回か誤", "何回も誤", "数回誤", "複数回誤",
             "回打ち間違え", "何回も打ち間違え", "何度も打ち間違え", "何回か打ち間違え", "何度か打ち間違え", "回ミス", "何回もミス", "何度もミス", "何回かミス", "何度かミス",
             "failed maybe", "failed about", "failed around", "failed like", "failed more than", "failed over",
             "failed several times", "failed a few times", "failed multiple times", "failed many times", "times in a row", "several failed", "multiple failed",
             "several wrong", "multiple wrong", "a few wrong", "several attempts", "multiple attempts", "a few attempts",
             "wrong several times", "wrong a few times", "wrong many times", "wrong multiple times", "wrong too many times",
             // Typed wrong a number of times: "I entered my password incorrectly a number of times".
             "a number of times", "incorrectly several times", "incorrectly multiple times", "incorrectly many times", "incorrectly a few times",
             "incorrectly repeatedly", "wrong repeatedly",
             // Fumbled: "after I fumbled the login several times", "fat-fingered the password maybe 8 times".
             "fumbled the login", "fumbled my login", "fumbled the password", "fumbled my password", "fat-fingered", "fat fingered",
             // Tried again and again: «何度かログインを試みたところ…».
             "何度かログインを試", "何度もログインを試", "何回かログインを試", "何回もログインを試", "tried several times", "tried many times", "tried a few times",
             "何回も試", "何度も試", "何回か試", "何度か試", "回試", "回ほど試", "回くらい試", "回ぐらい試", "回以上試", "回ぐらい失敗", "回ぐらい間違え",
             // Typed again and again, mashed: «IDとパスを何回もいれなおしてたら», «連打してたら».
             "何回も入れ直", "何度も入れ直", "何回もいれなおし", "何度もいれなおし", "何回も打ち直", "何度も打ち直", "連打"],
            ["入れなくなっ", "入れなくなり", "使えなくなっ", "使えなくなり", "はいれなくなっ", "ログインできなくなっ", "ログインできなくなり", "受け付けなくなっ", "受け付けてくれなくなっ",
             "can't get in anymore", "cannot get in anymore", "can't get in any more", "can't log in anymore", "cannot log in anymore", "can't sign in anymore",
             "won't let me in anymore", "now refuses me", "refuses me now", "no longer lets me in", "no longer let me in", "even with the right password", "even with the correct password",
             "won't take anything", "won't accept anything", "doesn't accept anything", "does not accept anything", "won't take my password", "won't accept my password",
             // Refused at last even with the right one: «最後は正しいはずのパスワードでもはじかれるようになって».
             "正しいパスワードでも", "正しいはずのパスワードでも", "はじかれるようにな", "弾かれるようにな",
             // In speech: «何回も間違えたからアカンようになったんかな».
             "アカンようになっ", "あかんようになっ", "入られへんようにな", "入れへんようにな", "ダメになっ", "だめになっ",
             // Shut out since: «何回か失敗して、そのあとはずっとダメです».
             "ずっとダメ", "ずっとだめ", "ずっと入れな", "ずっと入れま", "ずっとはじかれ", "ずっと弾かれ",
             // In the page's own words for the lock (P000 L20: 「アカウントロックが発生し、ログイン不可となります」).
             "ログイン不可", "login is not possible", "login not possible", "not possible to log in",
             // Shut out since, in the sentence that goes on from the failures (`endsSentence(at:in:)`):
             // "… a number of times. Since then I have been unable to sign in", «…。それ以来入れません».
             "since then i have been unable", "since then i've been unable", "since then i can't", "since then i cannot", "since then i haven't been able",
             "ever since i have been unable", "ever since i've been unable", "ever since i can't", "ever since i cannot", "since then it won't",
             "それ以来ログインできな", "それ以来ログインできませ", "それ以来入れな", "それ以来入れませ", "それ以降ログインできな", "それ以降ログインできませ",
             "それ以降入れな", "それ以降入れませ"],
        ]),
        // No lock's message shown: «ロックという表示は特に出ていません», «ロックされたみたいなメッセージは出て
        // ないです», "I haven't seen any lock message" (after the lock's own cues, which it overrules):
        // the lock is then not known either way (`extract`).
        SentenceCue("user_admin_locked", .bool(false), [
            ["ロック", "lock"],
            ["表示", "メッセージ", "文字", "message"],
            ["出てな", "出ていな", "出てません", "出ていません", "出ておりません", "でてな", "でていな", "でてません", "出てへん", "出ません", "出なかった", "出ず", "出ておらず",
             "haven't seen", "have not seen", "never seen", "didn't see", "did not see", "don't see any", "no lock message", "nothing about a lock",
             "no message about", "no lock", "never got a lock", "never showed a lock", "not 'locked'", "not \"locked\""],
        ]),
        // Gone into the water, whatever its name: "my phone went into the Yodo river", "it fell
        // into Lake Biwa" (the phrases above name only "the river", "the sea"; the entry's 水没).
        SentenceCue("device_lost", .bool(true), [
            ["went into", "fell into", "dropped into", "sank in", "sank into", "slipped into", "ended up in", "dropped my", "dropped it",
             // As a second-language writer puts it: "my smartphone drop in river".
             "drop in", "drops in", "dropped in"],
            // (Matched anywhere in a word, so each starts a word: not "driver", "research", "respond".)
            [" river", " sea", " ocean", " lake", " pond", " canal", " toilet", " harbor", " harbour", " the water"],
        ]),
        // Left somewhere and not found again: «電車にスマホ忘れて、駅に問い合わせたけど出てこない», "I left my
        // phone on the bus and it never turned up" (left at home, it is still the writer's).
        SentenceCue("device_lost", .bool(true), [
            ["スマホ忘れ", "スマホを忘れ", "携帯忘れ", "携帯を忘れ", "スマホを置き忘れ", "携帯を置き忘れ", "スマートフォンを忘れ", "置いてき", "置いて来",
             "oite kite", "oitekite", "okiwasure", "left my phone", "left the phone",
             "left my smartphone", "left my mobile", "left my iphone", "forgot my phone on", "forgot my phone in", "forgot my phone at the",
             // A computer or tablet with the authenticator too (P000 L33: 「端末(スマートフォンやPCなど)を紛失して」).
             "left my laptop", "left my computer", "left my tablet", "left my ipad", "left my pc"],
            ["見つからな", "見つかりませ", "見つからず", "見つかっていな", "見つかってな", "戻ってこな", "戻ってきませ", "戻ってきてな", "けど出てこな",
             "ても出てこな", "ても出てきませ", "mo dete kimasen", "mo dete konai", "mitsukarimasen", "mitsukaranai",
             // Kansai speech: «結局出てけえへんかってん».
             "出てけえへん", "出てこーへん", "出てこおへん", "出てこやん", "出てこんかった", "見つからへん", "見つからんかった", "戻ってけえへん", "戻ってこーへん",
             "戻ってこんかった", "never turned up", "never found it", "couldn't find it", "could not find it",
             "wasn't handed in", "was not handed in", "nobody handed", "no one handed", "no one has turned", "nobody has turned", "never came back",
             "never got it back", "gone for good",
             // "… on the Midosuji line and it's gone".
             "and it's gone", "and it is gone", "and it was gone", "it was gone when"],
        ]),
        // Gone off with someone, the phone named before with whatever between: "my old Pixel,
        // which had the authenticator app, went off with my former flatmate".
        SentenceCue("device_lost", .bool(true), [
            ["old phone", "old pixel", "old iphone", "old android", "old smartphone", "old one", "old device", "previous phone", "old handset", "old mobile",
             "company phone", "work phone", "前のスマホ", "古いスマホ", "前の携帯", "古い携帯", "前の端末", "古い端末"],
            ["went off with", "ended up with my", "ended up with a", "left with my", "is now with my", "now belongs to", "持って行かれ", "持っていかれ",
             // Given, recycled or lost, in other words: "a student gave her old phone … to a friend", "went to
             // the recycle box at the carrier shop", «弟に古いスマホあげたんやけど», "which I have now lost".
             "went to my", "went to the recycl", "recycled", "gave her", "gave his", "gave my", "gave it", "gave the", "has been lost", "had been lost",
             "have now lost", "i have lost", "あげた", "あげまし", "あげちゃ", "あげてしま", "譲った", "譲りまし"],
        ]),
        // Gone, the device named before with whatever between: "Our lab's shared tablet, which I had
        // also used for two-factor, has disappeared from the lab" (P000 L33: 「端末(スマートフォンやPC
        // など)を紛失して」).
        SentenceCue("device_lost", .bool(true), [
            ["phone", "smartphone", "mobile", "iphone", "android", "device", "laptop", "tablet", "ipad", "handset"],
            ["has disappeared", "had disappeared", "disappeared from", "has vanished", "had vanished", "has gone missing", "had gone missing"],
        ]),
        SentenceCue("otp_screen_shown", .bool(false), [
            ["ワンタイムパスワード", "ワンタイム", "one-time password", "one time password", "onetime password", "otp", "wantaimu", "wan taimu",
             // The screen told by what is typed in it names the password too (it is in the next group as well).
             "数字を入れる画面", "数字を入力する画面", "数字の入力画面", "数字を打つ画面", "数字を打ち込む画面"],
            // The screen to type it in (the code itself not shown in the app is another fact).
            ["入力画面", "入力欄", "入力する画面", "入力する欄", "入力するページ", "入力ページ", "入れる画面", "打ち込む画面",
             "input screen", "input field", "input box", "entry screen", "entry field", "screen to enter", "screen to type", "screen where",
             "page where", "field to enter", "field where", "box to enter", "box where", "prompt",
             // The password's own screen: 「ワンタイムパスワードの画面が出てきません」, "the OTP screen never appears".
             "パスワードの画面", "パスワードのページ", "ワンタイムの画面", "otpの画面", "password screen", "password page", "otp screen", "otp page",
             // Romaji, as typed without Japanese input: «nyuuryoku gamen ga dete kimasen», «pasuwaado no gamen».
             "nyuuryoku gamen", "nyuryoku gamen", "nyuuryoku no gamen", "nyuryoku no gamen", "pasuwaado no gamen", "pasuwado no gamen",
             "pasuwaado gamen", "wantaimu no gamen", "taimu no gamen", "ireru gamen", "ireru no gamen", "nyuuryoku suru gamen", "nyuryoku suru gamen",
             "uchikomu gamen",
             // The screen told by what is typed in it: «数字を入れる画面にならない».
             "数字を入れる画面", "数字を入力する画面", "数字の入力画面", "数字を打つ画面", "数字を打ち込む画面"],
            ["表示されない", "表示されません", "表示されず", "出ない", "出ません", "出てこない", "出てきません", "出てこず", "現れない", "現れません",
             "doesn't show up", "does not show up", "didn't show up", "did not show up", "never shows up", "isn't showing up", "not showing up",
             "doesn't show at all", "does not show at all", "is not shown", "isn't shown", "never shown",
             "doesn't appear", "does not appear", "didn't appear", "did not appear", "never appears", "never appeared", "isn't displayed",
             "is not displayed", "not displayed", "doesn't come up", "does not come up", "never comes up", "doesn't pop up", "never pops up",
             "don't see", "do not see", "can't see", "cannot see", "never see", "never get to",
             "dete konai", "dete kimasen", "detekonai", "detekimasen", "demasen", "hyouji sarenai", "hyouji saremasen", "hyoji sarenai",
             "hyoji saremasen", "arawaremasen",
             // Never reached: «…画面にならない», "it never goes to the screen".
             "にならない", "になりません", "にならず", "に進まない", "に進みません", "に行かない", "にいかない", "に行きません", "にいきません",
             "never goes to", "doesn't go to", "does not go to", "won't go to", "never takes me to", "doesn't take me to", "does not take me to"],
        ]),
    ]

    /// Where sentences end (after NFKC: 「！」 is "!").
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", ".", "!", "?": return true
        default: return false
        }
    }

    /// Whether a sentence ends at offset `i` of `text`: not where the next one goes on from it,
    /// as one opening with "since then" or «それ以来» does ("I entered my password incorrectly a
    /// number of times. Since then I have been unable to sign in", «何度か間違えました。それ以来
    /// 入れません»): the two tell one event and its outcome, read as one sentence.
    static func endsSentence(at i: Int, in text: TriageText) -> Bool {
        let s = text.scalars
        guard endsSentence(s[i]) else { return false }
        var j = i + 1
        while j < s.count, j <= i + 3, TriageText.isSpace(s[j]) { j += 1 }
        return !text.startsWithAny(continuations, at: j)
    }

    /// How a sentence that goes on from the one before opens (`endsSentence(at:in:)`).
    static let continuations = TriageText.words([
        "since then", "ever since", "from then on", "from that point on", "and since then", "それ以来", "それ以降", "それからずっと", "以来", "以降",
    ])

    /// The first sentence of `text` that has a phrase of each group (each a list of `found`),
    /// trimmed.
    /// `feared`: a phrase an event only feared or not yet come follows («期限切れちゃう») is
    /// passed over; and one the ticket denies (`DeniedTrouble`: "so it's not expired",
    /// «期限切れではないと思います») or doubts before it ("I don't think it's expired"), as a cue's
    /// fact is (`tells`). `denied` gives the ticket's denials, looked for only when needed.
    /// `doubts`: whether a doubt before a phrase passes it over (not for a fact that is itself a
    /// doubt: "Not sure if I'm using the right ID format" tells the ID not known).
    static func sentence(in text: TriageText, groups: [Int], found: FixedFound, feared: Bool = false, doubts: Bool = true, denied: () -> [Range<Int>] = { [] }) -> Range<Int>? {
        // Most tickets lack a whole group: then no sentence has them all.
        guard groups.allSatisfy({ found.any($0) }) else { return nil }
        let denials = feared ? denied() : []
        let matches = found.found.lazy.compactMap { match in
            groups.firstIndex(of: match.payload.list).flatMap { group in
                feared && (onlyFeared(after: match.range.upperBound, in: text)
                    || text.containsAny(supposedAfter, in: match.range.upperBound..<(match.range.upperBound + 12))
                    || SettledClauses.covers(denials, match.range.lowerBound) || (doubts && doubted(match.range, in: text)))
                    ? nil : (group: group, range: match.range)
            }
        }
        return SentenceGroups.first(in: text, groups: groups.count, matches: matches, ends: { endsSentence(at: $0, in: text) })
    }

    /// What joins a token into an address or a path.
    static let joiners: Set<Unicode.Scalar> = ["@", ".", "-", "_", "/"]

    /// A token shaped like an OMUID: letters and digits (half- or full-width), 6 to 10 long,
    /// both kinds present, starting with a letter as every OMUID form does (romaji «2youso»,
    /// «4gatsu» are words, not ids), not part of an address. Returned as typed, so the domain
    /// check can flag full-width characters.
    func omuid(_ raw: String) -> (String, String)? {
        let s = raw.scalarArray
        func alnum(_ c: Unicode.Scalar) -> Bool {
            guard let a = Redactor.ascii(c) else { return false }
            return ("a"..."z").contains(a) || ("A"..."Z").contains(a) || ("0"..."9").contains(a)
        }
        var i = 0
        var candidates: [String] = []
        while i < s.count {
            guard alnum(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, alnum(s[j]) { j += 1 }
            func joins(_ k: Int) -> Bool { k >= 0 && k < s.count && Redactor.ascii(s[k]).map(Self.joiners.contains) ?? false }
            if (6...10).contains(j - i), !joins(i - 1), !joins(j), !Redactor.isDigit(s[i]),
                s[i..<j].contains(where: { Redactor.ascii($0).map { $0.properties.isAlphabetic } ?? false }),
                s[i..<j].contains(where: Redactor.isDigit)
            {
                candidates.append(String(scalars: s[i..<j]))
            }
            i = j
        }
        // Prefer a token that has an OMUID form; else the first candidate, for the check to flag.
        let best = candidates.first { OMUIDCheck.check($0, site: site).match != nil } ?? candidates.first
        return best.map { ($0, $0) }
    }

    /// The first text in 「」 or quotes, as the user copied it off the screen.
    func quoted(_ raw: String) -> String? {
        // Scalars, not characters: finding a quote needs no grapheme breaking of the whole ticket;
        // and most tickets quote nothing, which one look at each scalar tells.
        guard Self.mayQuote(raw) else { return nil }
        let scalars = raw.unicodeScalars
        var best: (start: String.Index, text: String)?
        for (open, close) in Self.quotes {
            var from = scalars.startIndex
            // The first quote of each kind, past those denied (`DeniedMessage`) and the controls named
            // (`QuotedControl`); not a field's name.
            while let start = scalars[from...].firstIndex(of: open), best.map({ start < $0.start }) ?? true {
                let after = scalars.index(after: start)
                guard let end = scalars[after...].firstIndex(of: close) else { break }
                let inside = String(raw[after..<end].trimmingSpaces)
                let following = DeniedMessage.following(close: end, in: raw), ahead = DeniedMessage.ahead(open: start, in: raw)
                let opening = ahead.scalars.count
                guard DeniedMessage.after(0, in: following) || DeniedMessage.before(opening, in: ahead) || QuotedControl.after(0, in: following)
                    || QuotedControl.before(opening, in: ahead)
                else {
                    if inside.count >= 2, !Self.fieldNames.contains(TriageText(inside).text) { best = (start, inside) }
                    break
                }
                from = scalars.index(after: end)
            }
        }
        return best?.text
    }

    static let quotes: [(Unicode.Scalar, Unicode.Scalar)] = [("「", "」"), ("『", "』"), ("\"", "\""), ("“", "”")]

    /// Whether `raw` holds an opening quote of `quotes`: one look at each UTF-8 byte for `"`
    /// and the lead of 「, 『 (E3 80 8C, E3 80 8E) and “ (E2 80 9C), the three bytes checked
    /// only there (decoding every scalar to compare it with four cost more than the rest of
    /// reading the quote).
    static func mayQuote(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { b in
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte == 0x22 { return true }
                if (byte == 0xE3 || byte == 0xE2), i + 2 < b.count, b[i + 1] == 0x80 {
                    let third = b[i + 2]
                    if byte == 0xE3 ? (third == 0x8C || third == 0x8E) : third == 0x9C { return true }
                }
                i += 1
            }
            return false
        }
    }

    static let campus = ["学内ネットワーク", "学内のネットワーク", "学内wi-fi", "学内のwi-fi", "学内", "大学構内", "キャンパス内", "on campus", "campus wi",
                         // The university's own networks by the place: «研究室のネット», "the lab wifi", «大学のwi-fi».
                         "研究室のネットにつな", "研究室のネットで", "研究室の有線", "研究室のwi-fi", "研究室のwifi", "大学のwi-fi", "大学のwifi", "図書館のwi-fi",
                         "図書館のwifi", "on the campus network", "to the campus network", "on the university network", "to the university network",
                         "university wired network", "university wi-fi", "university wifi", "lab network", "lab wi-fi", "lab wifi", "lab's wi-fi", "lab's wifi",
                         "library wi-fi", "library wifi",
                         // The campus's wireless by another name: «大学の無線», «キャンパスのWi-Fi», "the school wifi".
                         "大学の無線", "学校の無線", "学内の無線", "キャンパスの無線", "キャンパスのwi-fi", "キャンパスのwifi", "学校のwi-fi", "学校のwifi",
                         "school wifi", "school wi-fi", "school's wifi", "school's wi-fi", "uni wifi", "uni wi-fi", "university's wifi", "university's wi-fi"]
    static let offCampus = ["自宅", "家から", "学外", "off campus", "at home", "from home", "outside campus", "outside the campus", "outside of campus",
                            "outside the university", "off-campus"]
    /// The activation's first field, named for both numbers (P001: 「学籍番号・職員番号」).
    static let bothNumbers = TriageText.words(["学籍番号・職員番号", "学籍番号/職員番号", "学籍番号または職員番号", "学籍番号又は職員番号", "学籍番号か職員番号",
                                               "学籍番号、職員番号", "学籍番号や職員番号", "学籍番号もしくは職員番号", "student or staff number", "student/staff number",
                                               "student number or staff number", "student number/staff number"])
    /// That field quoted by its name alone («「学籍番号・職員番号」を入れるように言われて»): no message.
    static let fieldNames = Set(bothNumbers.map { String(String.UnicodeScalarView($0)) })
    /// Whether `range` lies within a naming of that field.
    static func inBothNumbers(_ range: Range<Int>, in text: TriageText) -> Bool {
        let window = max(0, range.lowerBound - 12)..<min(text.scalars.count, range.upperBound + 24)
        return bothNumbers.contains { phrase in
            text.ranges(of: phrase, in: window).contains { $0.lowerBound <= range.lowerBound && $0.upperBound >= range.upperBound }
        }
    }
    /// «学内» as a part of a system's name («学内システム», «学内のポータル»): the system, not the place;
    /// and the campus network as what a job or a team is of ("a contractor working on the campus
    /// network project").
    static let campusSystems = TriageText.words(["システム", "のシステム", "ポータル", "のポータル", "サービス", "のサービス", "サイト", "のサイト",
                                                 " project", " team", " upgrade", " office", " staff", " department", " group", " renewal",
                                                 " construction", " maintenance"])
    /// "On campus" as where the writer works ("I work for a contractor on campus"): the place of a
    /// job, not the network the trouble happened on.
    static let workplaces = TriageText.words(["work for", "work at", "i work", "working for", "contractor", "employed", "company", "vendor", "based"])
    static func namesWorkplace(_ range: Range<Int>, in text: TriageText) -> Bool {
        let from = text.clauseStart(before: range.lowerBound, reach: 40, marks: Self.sentenceMarks)
        return workplaces.contains { text.find($0, in: from..<range.lowerBound) != nil }
    }

    static func namesSystem(_ range: Range<Int>, in text: TriageText) -> Bool {
        campusSystems.contains { TriageText.matches(text.scalars, range.upperBound, $0) }
    }
    static let pending = ["反映待ち", "未変更", "pending"]
    static let recoveryWords = ["再発行", "recovery", "登録", "backup"]
    static let negationsAfter = TriageText.words(["いない", "てない", "でない", "てもない", "てもいない", "ません", "ずに", "さず", "せず", "さない", "しない", "のではな", "のではあり", "んじゃな",
                                                  // Formally: «端末は紛失などしておらず».
                                                  "ておらず",
                                                  "not ", "n't"])
    /// «…ではない», «…じゃなくて» after a cue, a few kana at most between («アカウントロックとかではなく»,
    /// «内部進学ではなく», «なくしたとかではない»): the cue denied. Not past a kanji, whose own
    /// word it denies («セットアップキーを手入力じゃなく»).
    static func deniedJustAfter(_ cue: Range<Int>, in text: TriageText) -> Bool {
        let s = text.scalars
        var i = cue.upperBound
        while i < min(s.count, cue.upperBound + 5) {
            if notSo.contains(where: { TriageText.matches(s, i, $0) }) { return true }
            guard Tokenizer.isHiragana(s[i]) else { return false }
            i += 1
        }
        return false
    }
    static let notSo = TriageText.words(["ではな", "ではあり", "じゃな"])
    /// A Kansai negation right after a cue: «なくしてへん», «売ってへん», «持ってへん».
    static let kansaiDenials = TriageText.words(["てへん", "へん", "でへん"])

    /// What makes an event only wondered about, feared or kept off, right after its cue:
    /// «アカウントロックかな?と思って», «ロックされそう», «ロックがかかりそう», «ロックされるのが怖くて»,
    /// «アカウントロックにならないうちに», «ロックされないように».
    static let fearedAfter = TriageText.words(["かな?", "かな。", "かな、", "かなと", "かなぁ", "かなー", "そう", "りそう", "るのが怖", "るのも怖", "るのが心配", "るのも心配", "るかも", "にならないうちに", "ならないうちに",
                                               "にならないよう", "ないよう",
                                               // Not yet come: «早くしないと…期限切れちゃう», «ロックされる前に».
                                               "ちゃう", "る前",
                                               // What happens now and then, not what has: «スマホを研究室に置き忘れることが多いので».
                                               "ることが多", "ることがよく", "ることがあ", "ることもあ", "ることがしょっちゅう", "がちな", "がちで",
                                               // A phone to be traded in or sent off, not yet: «来月下取りに出すかもです», «下取りに出す予定».
                                               "に出す", "に出そう", "に出したい",
                                               // «期限切れになっちゃう», «期限が切れてしまうんじゃないかと心配».
                                               "になっちゃう", "になってしまう", "になりそう", "になるかも", "になる前", "てしまう", "ちゃいそう", "てしまいそう",
                                               // «有効期限が切れるんじゃないかと心配です».
                                               "るんじゃ", "るのでは", "るか心配", "ないか心配", "ないかと心配",
                                               // The same in Kansai speech: «ロックされるんちゃうかと思って怖くて».
                                               "るんちゃう", "るんとちゃう", "るんやない", "るんやろか",
                                               // Kept for a loss to come: «スマホをなくしたとき用に», «なくした場合に備えて».
                                               "たとき用", "た時用", "たときよう", "たときに備", "た時に備", "た場合に備", "た場合のため", "た場合用",
                                               "とき用", "時用", "ときに備", "時に備", "場合に備", "場合のため", "場合用",
                                               "した時のため", "したときのため", "した時用", "したとき用", "した時に備", "したときに備", "した場合に備", "した場合のため",
                                               // Only supposed, to be kept off: «ロックされたら困るので途中でやめました».
                                               "たりしたとき", "たりした時", "たりしたら", "たりした場合", "たときのため", "た時のため", "たときの為", "た時の為", "たら困", "ら困", "たらこま", "らこま", "たら怖", "ら怖", "たら嫌", "ら嫌"])
    /// Whether a word of `fearedAfter` starts at `end`, just after a cue.
    static func onlyFeared(after end: Int, in text: TriageText) -> Bool {
        fearedAfter.contains { TriageText.matches(text.scalars, end, $0) }
    }
    /// An event only supposed or denied, a few words on from its sentence cue's phrase: «確認コードが
    /// 期限切れになったのかと思って…そもそもメールが一通も届いてませんでした», «期限切れになったわけじゃなくて».
    static let supposedAfter = TriageText.words(["のかと思", "かと思っ", "と思ったら", "と思いきや", "と思い込", "thought it had", "thought it was",
                                                 // Only asked, as the phrase cues' `doubtsAfter`: «これって確認コードの有効期限が切れてるってことですか？».
                                                 "ってことですか", "ということですか", "ってことでしょうか", "ということでしょうか", "ってこと?"])
        // Or denied: «コードが期限切れになったわけじゃなくて».
        + DeniedTrouble.notTheCase
    /// Doubt after a cue: 「初期化したかどうか」, 「初期化したかも覚えてへん」 tell nothing either way.
    /// Only for cues, whose fact is then left unknown (a place doubted is not a place denied).
    /// And a cue only asked about: «ロックかかってるんかな?», «ロックされたのでしょうか», «ロックされてますか?».
    static let doubtsAfter = ["かどうか", "たと思", "かな?", "か覚え", "かも覚え", "か分から", "かわから", "かも分から", "かもわから", "か不明", "かは不明",
                              "のかな", "んかな", "るかな", "たかな", "のでしょうか", "んでしょうか", "てますか", "ていますか",
                              // «ロックされたということでしょうか», «ロックされたってことですか», «ロックされたわけではないですよね».
                              "ということでしょうか", "ということですか", "ってことですか", "ってこと?", "わけではな", "わけじゃな", "たのですか", "たんですか",
                              // Neither this nor that: «端末をなくしたわけでも機種変更でもなく».
                              "わけでも",
                              // Not sure it was done: «初期化したかあやしい», «初期化したか自信ない».
                              "かあやし", "か怪し", "か自信", "かはっきりし", "か定かで", "か曖昧", "かあいまい", "か記憶"].map {
        Array($0.unicodeScalars)
    }
    /// The two-factor test named, the activation's last step: where the writer is, whatever
    /// fails there («認証のテストがうまくいきません»: the negation is the trouble's, not the step's).
    static let twoFactorTest = ["認証のテスト", "認証テスト", "2要素のテスト", "二要素のテスト", "2段階のテスト", "最後のテスト", "テストページ", "テスト用ページ", "テスト用のページ", "テストの画面", "テスト画面", "テストの段階", "2fa test", "two-factor test",
                                "2-factor test", "authentication test", "test page", "the test step", "test step", "two factor test", "2 factor test", "2factor test",
                                // The activation's last step by what it is part of: "During the setup test I enter the one-time code".
                                "setup test", "set-up test",
                                // Named the other way round: "In the test of two-factor, I input the six number".
                                "test of two-factor", "test of two factor", "test of 2fa", "test of the two-factor", "test of the 2fa", "test for two-factor", "test for 2fa",
                                // Short or in kana: «2要素テスト», «2要素認証てすと», «にようそにんしょうのテスト», «2ようそにんしょうのてすと».
                                "要素テスト", "要素のテスト", "段階テスト", "認証てすと", "認証のてすと", "にんしょうテスト", "にんしょうのテスト", "にんしょうてすと",
                                "にんしょうのてすと", "ようそのてすと", "ようそてすと", "てすとのがめん", "てすとがめん", "てすとのぺーじ"]
    /// The test named, and the app's numbers in the same sentence.
    /// (In English: "The final test in the activation: I type the number showing in Google
    /// Authenticator and it is refused".)
    static let testAndApp = [
        ["テストで", "テストのとこ", "テストのページ", "テストの時", "テストのとき", "テストをし", "テストし", "final test", "last test", "the test at the end",
         "test step", "test screen"],
        ["アプリ", "数字", "6桁", "ワンタイム", "コード", "番号", "authenticator", "the app", "number", "digits", "code"],
    ]
    static let twoFactorTestNamed = Set(twoFactorTest.map { TriageText($0).text })
    static let twoFactorTestWords = TriageText.words(twoFactorTest)

    static let negationsBefore = TriageText.words(["not ", "n't ", "no ", "never "])
    static let doubtsBefore = TriageText.words([
        "don't think", "do not think", "dont think", "didn't think", "don't believe", "do not believe", "not sure if", "not sure whether", "i doubt",
        "i thought", "i assumed", "i figured",
    ])
    static let restOnly = TriageText.words(["everything else", "the rest of", "all the other", "other steps", "most of the", "それ以外", "ほかの手順", "他の手順"])
    static let without = TriageText.words(["without ", "without being ", "without having "])
    static let duringActivation = "during activation"
    /// A choice or a setting up told in the past before "during activation" (not a step just done and
    /// asked about: "I changed the password during activation and the status says 未変更・反映待ち").
    static let pastBefore = TriageText.words([
        "i set up", "i set it up", "i had set", "i'd set", "that i set", "which i set", "i picked", "i chose", "i made", "i did ", "i registered",
        "i created", "i used", "i wrote", "i added", "was set", "were set",
        // What was typed in then: "that's what I put in during activation".
        "i put in", "i entered", "i typed in", "i filled in", "i provided", "i gave",
    ])
    static let droppedWord = TriageText("落とし").text
    static let overlookingHeads = TriageText.words(["見", "聞き", "読み", "書き", "言い"])
    static let phoneBroken = ["phone broken", "phone is broken", "phone's broken", "phone was broken", "phone got broken"]
    static let phoneBrokenTold = Set(phoneBroken.map { TriageText($0).text })
    static let phoneParts = TriageText.words(["camera", "screen", "battery", "charger"])
    static let negationsBeforeRomaji = TriageText.words(["not ", "n't ", "never "])
    /// What denies a cue that ends in 「て」, right after it: «売って» «ない», «なかった», «なくて».
    static let negationsAfterTe = TriageText.words(["ない", "なか", "なく"])
    /// Whether a cue in 「た」 or 「だ」 goes on as a list in 「〜たり」 whose sentence ends denied
    /// within `listReach` scalars: «売ったり下取りには出していません», «なくしたり人に渡したりはしてない»,
    /// «売ったりしてなくて».
    static func listedDenied(_ match: PhraseMatcher<Cue>.Match, in text: TriageText) -> Bool {
        let s = text.scalars
        let end = match.range.upperBound
        guard end < s.count, s[end] == "り", let last = match.phrase.unicodeScalars.last, last == "た" || last == "だ" else { return false }
        var stop = end
        while stop < min(s.count, end + listReach), !clauseMarks.contains(s[stop]) { stop += 1 }
        return text.containsAny(listEndDenials, in: end..<stop)
    }
    static let listReach = 24
    static let listEndDenials = TriageText.words(["ていない", "てない", "ていません", "てません", "ておりません", "はしない", "もしない", "ことはない", "ことはありません",
                                                  // Going on, or in the past: «売ったりしてなくて引き出しに入ってます».
                                                  "てなく", "ていなく", "てなかっ", "ていなかっ"])
    /// A plan, not a fact yet: 「古い方は下取りに出す予定」, 「手放す前に」, "going to trade it in", "if I lose
    /// my phone".
    /// (And only asked whether it counts as one: «紛失扱いで再発行が必要ですか».)
    static let plansAfter = TriageText.words(["予定", "つもり", "ようと思", "ようかと", "前に", "たい", "扱い", "あつかい"])
    /// A plan after a cue; 「…たい」 is a wish, but 「…みたい」 («「ロックされました」みたいな表示») only says
    /// how it looked.
    func planned(_ range: Range<Int>, in text: TriageText) -> Bool {
        Self.plansAfter.contains { plan in
            text.ranges(of: plan, in: range).contains { plan != Self.wish || $0.lowerBound == 0 || text.scalars[$0.lowerBound - 1] != "み" }
        }
    }

    static let wish = Array("たい".unicodeScalars)
    static let countedAs = TriageText.words([" as a ", " as an ", " as "])
    static let asksBefore = TriageText.words(["is my ", "is the ", "is it ", "am i ", "was my "])
    static let why = TriageText.words(["why "])
    /// The services a login opens, after "locked out of": "everything", "her email", "the portal".
    static let services = TriageText.words(["everything", "email", "e-mail", "mail", "portal", "class site", "moodle", "webclass", "teams", "office", "outlook",
                                            "gmail", "microsoft", "library", "wi-fi", "wifi", "all the", "all my"])
    static let servicesOwners = TriageText.words(["my ", "her ", "his ", "their ", "our ", "the ", "your "])
    static let servicesNamers = TriageText.words(["university ", "uni ", "school ", "omu ", "student ", "staff ", "campus "])
    static let outOf = TriageText.words([" of "])
    static let outAfter = TriageText.words([" out"])
    /// Whether the services follow a lock's cue that ends at `end` ("locked out", or "is locked"
    /// before its «out»).
    static func outOfServices(_ end: Int, in text: TriageText) -> Bool {
        let of = text.startsWithAny(outAfter, at: end) ? end + outAfter[0].count : end
        guard text.startsWithAny(outOf, at: of) else { return false }
        var i = of + outOf[0].count
        if let owner = servicesOwners.first(where: { text.startsWithAny([$0], at: i) }) { i += owner.count }
        if let namer = servicesNamers.first(where: { text.startsWithAny([$0], at: i) }) { i += namer.count }
        return text.startsWithAny(services, at: i)
    }

    static let plansBefore = ["going to ", "gonna ", "plan to ", "planning to ", "want to ", "will ", "if i ", "in case ", "if you "].map {
        Array($0.unicodeScalars)
    }
    /// Not yet come: "before I get locked out"; but what is got, its article after «get», has
    /// come: "I now get a lock message".
    static let becomingBefore = TriageText.words([" get ", " getting "])
    static let articles = TriageText.words(["a ", "an ", "the ", "this ", "that ", "some "])
    static func becoming(_ before: Range<Int>, in text: TriageText) -> Bool {
        becomingBefore.contains { word in text.ranges(of: word, in: before).contains { !text.startsWithAny(articles, at: $0.upperBound) } }
    }

    /// A place's own denial: 「学内ではない」, 「OMUNETには繋いでいない」, 「OMUNETにつながらない」, "not
    /// on campus". The negation of a later verb is not the place's: 「学内のWi-Fiでログインでき
    /// ません」 and "on campus but can't log in" are on campus.
    func placeDenied(_ range: Range<Int>, in text: TriageText) -> Bool {
        if negatedBefore(range, in: text) { return true }
        let s = text.scalars
        var i = range.upperBound
        if let particle = Self.placeParticles.first(where: { TriageText.matches(s, i, $0) }) { i += particle.count }
        if Self.placeDenials.contains(where: { TriageText.matches(s, i, $0) }) { return true }
        guard let verb = Self.connecting.first(where: { TriageText.matches(s, i, $0) }) else { return false }
        return text.containsAny(Self.connectingDenied, in: (i + verb.count)..<(i + verb.count + 6))
    }

    /// Tried in this order, so 「では」 goes before 「で」 (and 「ではない」 reads as 「では」「ない」).
    static let placeParticles = TriageText.words(["には", "では", "じゃ", "に", "で", "は"])
    static let placeDenials = TriageText.words(["ない", "なく", "ありません", "以外"])
    static let connecting = TriageText.words(["繋", "つな", "接続"])
    static let connectingDenied = TriageText.words(["ない", "ません", "ず", "へん"])

    /// Whether the phrase at `range` is doubted or only supposed before it in its clause, with no
    /// turn between: "I don't think my account is locked", "First I thought my account got locked
    /// but no" (not "I thought it was fine, but then my account got locked").
    static func doubted(_ range: Range<Int>, in text: TriageText) -> Bool {
        let clause = text.clauseStart(before: range.lowerBound, reach: 32, marks: clauseMarks)..<range.lowerBound
        guard let doubt = doubtsBefore.compactMap({ text.find($0, in: clause)?.upperBound }).max() else { return false }
        return !text.containsAny(ResetMailMissing.turnBefore, in: doubt..<range.lowerBound)
    }

    /// Whether a cue tells its fact: not denied next to it («…ていない», "not"), not doubted
    /// after it («…かどうか», «…かも覚えてない»), and, for an event, not only planned or wished
    /// («…予定», «…たい», "going to": what is to happen has not happened; a plan to keep is a
    /// keeping). After it means in its clause (`clauseEnd`), found once for all three.
    /// `romaji`: the ticket is Japanese in romaji, whose «no» is no English negation.
    /// `papersLost`: the English papers' losses (`LostPaper.englishPapersLost`), asked for only
    /// when a cue of a lost device is one of their words.
    func tells(_ match: PhraseMatcher<Cue>.Match, in text: TriageText, romaji: Bool = false, papersLost: (() -> [Range<Int>])? = nil) -> Bool {
        let after = match.range.upperBound..<clauseEnd(after: match.range.upperBound, in: text)
        let before = Self.justBefore(match.range)
        // A screen or step named is where the writer is, whatever fails there: a negation after
        // it is the trouble's («セットアップキーが通りません», «認証のテストがうまくいきません»).
        let step = match.payload.key == "activation_step" || Self.twoFactorTestNamed.contains(match.phrase)
        if (!step && text.containsAny(Self.negationsAfter, in: after)) || text.containsAny(romaji ? Self.negationsBeforeRomaji : Self.negationsBefore, in: before)
            || (!romaji && text.negatedAcrossOr(at: match.range.lowerBound))
        {
            return false
        }
        // A cue that ends in its 「て」 is denied by the 「ない」 right after it («売ってないです»).
        if let last = match.phrase.unicodeScalars.last, last == "て" || last == "で",
            text.containsAny(Self.negationsAfterTe, in: match.range.upperBound..<(match.range.upperBound + 2))
        {
            return false
        }
        if text.containsAny(Self.doubtsAfter, in: after) || Self.deniedJustAfter(match.range, in: text) { return false }
        // Denied in Kansai speech right after it: «スマホはなくしてへんで», «売ってへん».
        if text.containsAny(Self.kansaiDenials, in: match.range.upperBound..<(match.range.upperBound + 3)) { return false }
        // A doing listed in 「〜たり」 takes the negation at the list's end («売ったり下取りには出していません»).
        if Self.listedDenied(match, in: text) { return false }
        // Doubted or only supposed before it in its clause (`doubted`); a step of the activation
        // told done with the rest of it only ("Everything else in the activation is done").
        if Self.doubted(match.range, in: text) { return false }
        let clause = text.clauseStart(before: match.range.lowerBound, reach: 32, marks: Self.clauseMarks)..<match.range.lowerBound
        if match.payload.key == "activation_done", text.containsAny(Self.restOnly, in: clause) { return false }
        // The first screen's field, which names both numbers («「学籍番号・職員番号」を入れる»), tells no one's.
        if match.payload.key == "affiliation", Self.inBothNumbers(match.range, in: text) { return false }
        // A doing of the activation told in the past ("the password I picked during activation", "I set
        // up 2FA during activation and the test worked") is no activation under way.
        if match.phrase == Self.duringActivation, text.containsAny(Self.pastBefore, in: clause) { return false }
        // A part of the phone broken, not the phone: "the camera on my phone is broken".
        if Self.phoneBrokenTold.contains(match.phrase), text.containsAny(Self.phoneParts, in: (match.range.lowerBound - 16)..<match.range.lowerBound) {
            return false
        }
        // A look that missed something («見落とし», «聞き落とし») is no loss.
        if match.phrase == Self.droppedWord, text.endsWithAny(Self.overlookingHeads, at: match.range.lowerBound) { return false }
        // A wipe told as not done: "handed to a new colleague without being wiped" (or a loss: "without
        // losing it").
        if match.payload.key == "device_lost", text.containsAny(Self.without, in: (match.range.lowerBound - 16)..<match.range.lowerBound) { return false }
        // A loss only asked whether to count it so: "Do I need to report it as a lost device?" (as
        // «紛失扱い», `plansAfter`; not "took my old phone as a trade-in", which it was).
        if match.payload.key == "device_lost", match.phrase.hasPrefix("lost"), text.endsWithAny(Self.countedAs, at: match.range.lowerBound) { return false }
        if match.payload.value == .bool(true), Self.onlyFeared(after: match.range.upperBound, in: text) {
            return false
        }
        // Nothing locked, or not yet ("as far as I can tell nothing is locked", "gave up before anything
        // got locked"); a phone locked with its PIN ("It is locked with a PIN").
        if match.payload.key == "user_admin_locked", text.containsAny(Self.noLockBefore, in: before)
            || text.containsAny(Self.screenLockAfter, in: match.range.upperBound..<(match.range.upperBound + 20))
        {
            return false
        }
        // Shut out of the services a password opens, as a forgotten one does: "so she is locked out
        // of her email and the portal", "locked out of everything" (no lock of the user management
        // system, P000 L20).
        if match.payload.key == "user_admin_locked", Self.outOfServices(match.range.upperBound, in: text) { return false }
        // A lock only asked about: "is my account locked now??" (not "why is my account locked?").
        if match.payload.key == "user_admin_locked", text.containsAny(Self.asksBefore, in: before),
            !text.containsAny(Self.why, in: (before.lowerBound - 6)..<before.upperBound)
        {
            return false
        }
        if match.payload.value == .bool(true), planned(after, in: text) || text.containsAny(Self.plansBefore, in: before) || Self.becoming(before, in: text) {
            return false
        }
        // The first setting-up told as long finished («最初の設定はとっくに終わってる») is not
        // under way.
        if match.payload.key == "activation_done", match.payload.value == .bool(false), text.containsAny(Self.finishedAfter, in: after) {
            return false
        }
        // A doing in a list denied at its end («なくしたり人に渡したりはしていません»).
        if TriageText.matches(text.scalars, match.range.upperBound, Self.tari),
            text.containsAny(DeniedTrouble.listDeniedWords, in: match.range.upperBound..<text.clauseEnd(after: match.range.upperBound, reach: DeniedTrouble.reach, marks: Self.sentenceMarks))
        {
            return false
        }
        // The activation told as a time gone by ("I set it up during activation and it worked
        // back then", «手続きの途中で設定して、当時は使えました») is no activation under way.
        if match.payload.key == "activation_done", match.payload.value == .bool(false),
            text.containsAny(Self.backThen, in: match.range.upperBound..<text.clauseEnd(after: match.range.upperBound, reach: 80, marks: Self.sentenceMarks))
        {
            return false
        }
        // The activation told as having gone well only up to a step ("The activation went fine until
        // the temporary password check", "went smoothly up to the 2FA test"): that step is where the writer is.
        // Nor a step of it told so ("The 2FA setup during activation went fine, but now…"): the step went well.
        if Self.wentWellNamed.contains(match.phrase),
            text.containsAny(Self.upTo, in: match.range.upperBound..<(match.range.upperBound + 24)) || text.endsWithAny(Self.stepOf, at: match.range.lowerBound)
        {
            return false
        }
        // The test told as having worked then ("the test page worked then", «テストはその時は通りました»):
        // a step behind the writer, not where the writer is.
        if Self.twoFactorTestNamed.contains(match.phrase), PassedStep.told(after: match.range.upperBound, in: text) { return false }
        // A procedure under way is the activation unless it is named another: «再設定の手続きをしている»
        // is a reset's, after activation.
        if match.payload.key == "activation_done", match.payload.value == .bool(false), match.phrase.hasPrefix("手続き"),
            text.containsAny(Self.otherProcedures, in: Self.clauseBefore(match.range, in: text))
        {
            return false
        }
        // Still usable, said of a device («前のiPhoneもまだ使える状態»), not of an account.
        if match.payload.key == "device_lost", match.payload.value == .bool(false), match.phrase == "まだ使える状態",
            !text.containsAny(Self.deviceNames + Self.oldOne, in: Self.clauseBefore(match.range, in: text))
        {
            return false
        }
        // A device told as still at hand, or no longer, is the old one unless its clause names the
        // new one («新しい機種はもう手元にある», «新しい機種はまだ手元にありません», "new phone works fine" say
        // nothing of the old phone).
        if match.payload.key == "device_lost", match.payload.value == .bool(false) || Self.notAtHandPhrases.contains(match.phrase),
            text.containsAny(Self.newDevice, in: Self.clauseBefore(match.range, in: text)) || text.endsWithAny(Self.newDeviceJustBefore, at: match.range.lowerBound)
        {
            return false
        }
        // Wiped or still at hand only as a guess («初期化したはず», "I think I did a factory reset, but
        // I'm not 100% sure") is not told: the page's reissue is for a phone that may still hold
        // the authenticator (P000 L39 「インストールされたまま紛失又は他者に譲渡されている場合」).
        if match.payload.key == "device_lost", match.payload.value == .bool(false), Self.guessed(match.range, in: text) {
            return false
        }
        if match.payload.key == "device_lost", Self.lostIt.contains(match.phrase), !text.containsAny(Self.deviceNames) { return false }
        if Self.givenToFamilyPhrases.contains(match.phrase), !Self.deviceNamed(before: match.range.lowerBound, in: text) { return false }
        if Self.usedByFamilyPhrases.contains(match.phrase), !Self.deviceNamed(before: match.range.lowerBound, in: text, old: true) { return false }
        if Self.goneSomewherePhrases.contains(match.phrase), !Self.deviceGone(before: match.range.lowerBound, in: text) { return false }
        if match.payload.key == "device_lost", Self.notAtHandPhrases.contains(match.phrase), !Self.oldOneNotAtHand(match.range, in: text) { return false }
        // Shut out of everything, of the portal: kept from signing in, not a lock told ("locked out
        // of Teams and the portal" because the password is forgotten).
        if match.payload.key == "user_admin_locked" {
            let out = TriageText.matches(text.scalars, match.range.upperBound, Self.out) ? match.range.upperBound + Self.out.count : match.range.upperBound
            if Self.outOfAll.contains(where: { TriageText.matches(text.scalars, out, $0) }) { return false }
        }
        // Lost in Japanese, said of a paper or a password: «パスワードをメモしていた紙をなくしました» is
        // a password forgotten, no device lost.
        if match.payload.key == "device_lost", match.payload.value == .bool(true), Self.losing.contains(match.phrase),
            Self.lostThingBefore(match.range, in: text)
        {
            return false
        }
        // Lost in English, said of a paper the password was on: "the notebook where I kept the password
        // went missing" (`LostPaper`: a forgetting).
        if match.payload.key == "device_lost", match.payload.value == .bool(true), LostPaper.lossPhrases.contains(match.phrase),
            (papersLost?() ?? LostPaper.englishPapersLost(in: text)).contains(where: { $0.overlaps(match.range) })
        {
            return false
        }
        // "Lost my" a password or an ID is no device lost: "lost my password (the real one)".
        if match.payload.key == "device_lost", match.phrase == "lost my" || match.phrase == "misplaced",
            Self.lostNotDevice.contains(where: { TriageText.matches(text.scalars, match.range.upperBound, $0) })
        {
            return false
        }
        return true
    }

    static let out = Array(" out".unicodeScalars)
    /// After "locked out" ("I'm locked out"): what a writer kept from signing in is shut out of,
    /// not a lock.
    static let outOfAll = TriageText.words([
        " of everything", " of anything", " of teams", " of the portal", " of the lms", " of moodle", " of my mail", " of my email", " of my uni mail",
        " of the class", " of my classes",
    ])

    /// The cues of `user_admin_locked` that ask for the lock to be lifted rather than tell it
    /// happened: "please unlock", «ロック解除お願いします», «アカウントロックの解除».
    static let unlockAsked = Set(["unlock", "unlocked", "lock removed", "remove the lock", "lift the lock", "ロック解除", "ロックを解除", "ロック 解除"].map { TriageText($0).text })
    static let releaseAfter = TriageText.words(["の解除", "を解除", "解除"])

    /// Whether every cue of a lock in `cueMatches` that tells it only asks for an unlock.
    func lockOnlyAsked(_ cueMatches: [PhraseMatcher<Cue>.Match], in text: TriageText) -> Bool {
        let locks = cueMatches.filter { $0.payload.key == "user_admin_locked" && $0.payload.value == .bool(true) && tells($0, in: text) }
        return !locks.isEmpty && locks.allSatisfy { match in
            Self.unlockAsked.contains(match.phrase) || Self.releaseAfter.contains { TriageText.matches(text.scalars, match.range.upperBound, $0) }
        }
    }

    /// A phone given away, told without a verb of giving or with the phone inside a phrasal verb.
    static let givenAwayTold: [String] =
        ["phone", "smartphone", "mobile", "iphone", "android", "device", "old one", "スマホ", "携帯"].flatMap { device in
            ["went to my", "now belongs to my", "belongs to my", "sold", "was sold", "got sold"].map { "\(device) \($0)" }
        }
        + ["it", "the old one", "my old one", "the phone", "my phone", "the old phone", "my old phone", "the old iphone", "my old iphone", "the device",
           "my old device", "the old device", "the smartphone", "my old smartphone", "the old smartphone"].flatMap { ["traded \($0) in", "handed \($0) in"] }
        // Returned to its owner (an employer, a lab): "had to be returned when that contract ended", «会社に返却しました».
        + ["had to be returned", "had to return it", "had to give it back", "handed it back", "handed back", "gave it back", "returned it to",
           "returned the phone", "returned the handset", "returned the leased", "returned the old", "returned my phone", "returned my old", "returned my handset", "返却し", "返却済", "返却して", "会社に返し", "研究室に返し"]
        // Left with the shop at a change of model: «前のスマホはもうショップに渡しちゃって»; taken back
        // by it, the authenticator on it (P000 L39: 「インストールされたまま紛失又は他者に譲渡されている
        // 場合」): «古い端末はショップで回収してもらいました».
        + ["ショップに渡", "お店に渡", "店に渡し", "ショップに引き取", "店に引き取", "ショップで引き取", "店で引き取",
           "回収してもら", "回収されま", "回収された", "回収され、", "引き取ってもら", "引き取られ"]

    /// The phrases of `device_lost` that tell a phone given away, not lost (sold, traded in,
    /// handed over): given away after a wipe told plainly (`wipes`), it holds no authenticator
    /// (P000 L39: the reissue is for a phone 「インストールされたまま…他者に譲渡」), and the wipe
    /// decides.
    static let givenAway: Set<String> = Set((handedOver + givenAwayTold + givenAwayNamed).map { TriageText($0).text })
    /// The verbs of giving a phone away, each a cue of `device_lost` (true).
    static let handedOver = [
        "譲渡", "譲っ", "譲りまし", "お譲りし", "に譲り", "売った", "売って", "売っちゃ", "売りまし", "売却", "下取り", "手放し", "gave away", "given away", "gave it away", "sold my", "sold the",
        "sold it", "traded in", "trade-in", "handed over", "handed it over", "gave my old", "gave it to my", "gave the phone to", "gave my phone to",
        "handed it down", "handed down my", "passed it on to", "handed to a ", "handed to my", "handed over to",
        // Told in the present by a writer of little English ("I sell my old android phone on mercari");
        // a plan before it ("I want to sell my old") is none (`plansBefore`).
        "sell my old", "sell my previous",
        // Swapped with someone, who now has the old one with its authenticator: "I swapped phones with
        // my mom - she now uses my old Galaxy", «母とスマホを交換しました».
        "swapped phones with", "switched phones with", "traded phones with", "exchanged phones with", "now uses my old", "now has my old",
        "とスマホを交換", "とスマホ交換", "と携帯を交換", "と機種を交換",
        // The old one named in other words: "I gave my previous iPhone to my brother".
        "gave my previous", "gave my former", "gave the old", "gave the previous", "handed my old", "handed my previous", "passed my old", "passed my previous",
        // Given back to the employer or the lessor, the authenticator on it (P000 L39): "we returned our
        // company-issued phones", "was returned to the leasing company", «会社のスマホを返却しました».
        "returned my phone", "returned my work phone", "returned my old", "returned my company", "returned my smartphone", "returned my device", "returned our",
        "returned my leased", "returned a leased",
        "returned the phone", "returned the old", "returned the device", "returned the smartphone", "returned the tablet", "returned it to", "was returned to",
        "were returned to", "gave it back", "given back to", "handed it back", "handed back", "phone back to", "返却し", "返却済",
        // Handed back to the employer, and on to another: "which I had to hand back to my employer …
        // it has been reissued to someone else", "my employer has now collected and reissued".
        "hand back", "hand it back", "had to hand it", "reissued to someone", "reissued to another", "re-issued to someone", "reassigned to someone",
        "reassigned to another", "collected and reissued", "took it back", "took back the phone", "took the phone back",
        // Given on to another worker: "my company phone … was given to another worker".
        "given to another", "given to someone", "given to a colleague", "given to my colleague", "handed to another", "handed to someone",
        "handed to a colleague", "passed to another", "passed to a colleague",
        "にあげた", "にあげまし", "にあげてしま", "に譲り",
        // Spoken and Kansai endings of the same (あげちゃった, あげてもうた).
        "にあげちゃっ", "にあげちゃい", "にあげてもうた", "にあげてもた", "に譲ってもうた",
        // Handed down to family: «前のスマホを娘にお下がりで渡しました» (not «兄のお下がりのスマホ», received).
        "お下がりで渡", "お下がりであげ", "お下がりにあげ", "お下がりとして渡", "お下がりとしてあげ", "おさがりで渡", "おさがりであげ", "おさがりにあげ",
    ]
    /// The phrases of `device_lost` (false) that tell the phone wiped.
    static let wipes: Set<String> = Set(["初期化して", "初期化した", "初期化済", "wiped", "factory reset"].map { TriageText($0).text })

    /// The Japanese verbs of losing, whose object stands just before them.
    static let losing: Set<String> = Set(["紛失", "粉失", "なくし", "無くし", "失くし", "落とし", "置き忘れ"].map { TriageText($0).text })
    /// What they may be said of that is no device: a note, a paper, a letter, a card, the
    /// password or the ID itself.
    static let lostNotDeviceJapanese = lostPapers + lostOtherThings
    static let lostOtherThings = TriageText.words(["カード", "学生証", "職員証", "証明書", "id", "omuid", "コード", "キー", "メール"])
    /// Of those, what a password is written on, and the password itself: lost, the password is
    /// no longer known.
    static let lostPapers = TriageText.words([
        "紙", "メモ", "めも", "手帳", "ノート", "のーと", "用紙", "書類", "通知", "通知書", "封筒", "控え", "パスワード", "パスワ-ド", "ぱすわーど",
        // A sticky note: «設定したパスワードを書いた付箋を紛失してしまいました».
        "付箋", "ふせん", "フセン", "ポストイット",
    ])
    /// Whether the thing lost, just before the verb (its particle を, が, は, も, or none: «紙紛失»),
    /// is one of `things`.
    static func lostThingBefore(_ cue: Range<Int>, in text: TriageText, among things: [[Unicode.Scalar]] = lostNotDeviceJapanese) -> Bool {
        var end = cue.lowerBound
        // Who lost it between («書類を息子がなくして»): the thing is before its を.
        if end > 0, text.scalars[end - 1] == "が", let object = ((end - 7)..<(end - 2)).reversed().first(where: { $0 > 0 && text.scalars[$0] == "を" }) {
            end = object + 1
        }
        // Where it was lost between («手帳を出張先で紛失»): the thing is before its を.
        if end > 0, text.scalars[end - 1] == "で", let object = ((end - 9)..<(end - 2)).reversed().first(where: { $0 > 0 && text.scalars[$0] == "を" }) {
            end = object + 1
        }
        if end > 0, ["を", "が", "は", "も"].contains(text.scalars[end - 1]) { end -= 1 }
        return text.endsWithAny(things, at: end)
    }

    /// The cues of `activation_step` that name a screen or a thing the user management system
    /// shows after activation too (the password change's button, the setup key of a new
    /// registration), not one of the activation's own buttons.
    static let screensOfBothPages: Set<String> = Set(["変更ボタン", "パスワード変更画面", "password change screen", "セットアップキー", "setup key"].map { TriageText($0).text })

    /// What "lost my" may be said of that is no device.
    static let lostNotDevice = TriageText.words([
        " password", " pw", " pass", " omuid", " id", " user id", " code", " key", " setup key", " login", " temp", " temporary", " account", " access",
        " qr", " mail", " email", " e-mail", " note", " memo", " paper", " letter", " card", " student", " staff",
        // The account's own: "Lost my OMU password", "lost my university login" (not "my university phone").
        " omu", " university password", " university login", " university account", " uni password", " uni login", " school password", " school login", " portal",
        // After "misplaced".
        " my password", " my pw", " my omuid", " my id", " my temp", " my login", " my account", " my note", " my memo", " the password",
        " the paper", " the letter", " the note", " the code", " sticky", " post-it", " my sticky", " the sticky", " my post-it", " the post-it",
    ])

    /// A device told no longer at hand: the old one's loss, when its sentence names the old one
    /// («古い方はもう手元にないです», «旧端末は…手元にありません») or says "no longer" right before
    /// («もう手元にありません»); not a phone away for repair («修理に出してて手元にない»), a
    /// new one not come yet («新しい機種はまだ手元にありません»), a card or a mail («職員証はまだ手元になく»,
    /// «古いコードのメールしか手元にありません»).
    static let notAtHand = ["手元にない", "手元に無い", "手元になく", "手元にありません", "手元にはない", "手元にはありません", "手元には無い",
                            "no longer have the old", "no longer have my old", "don't have the old", "don't have my old", "do not have the old",
                            "do not have my old", "old phone is gone", "old one is gone", "old device is gone", "old phone is no longer with me"]
    static let notAtHandPhrases = Set(notAtHand.map { TriageText($0).text })
    static let noLonger = TriageText.words(["もう", "もはや"])
    static let notAtHandOld = oldOne + TriageText.words(["以前の", "機種変更前", "下取り", "the old", "my old"])
    static let repairs = TriageText.words(["修理", "repair"])
    /// What else is told not at hand: a paper, a card, a mail.
    static let notDevices = TriageText.words(["メール", "書類", "紙", "通知", "職員証", "学生証", "カード", "コード", "mail", "letter", "paper", "card"])
    static let only = TriageText.words(["しか"])

    /// Whether a cue of `notAtHand` tells the old device's loss: the old one named in its sentence
    /// or "no longer" (もう) just before, no repair, no card or mail what is missing (the new one
    /// is left out with the cues of a device at hand, in `tells`).
    static func oldOneNotAtHand(_ range: Range<Int>, in text: TriageText) -> Bool {
        // The sentence up to the cue's end: the English cues name the old one themselves.
        let sentence = text.clauseStart(before: range.lowerBound, reach: 60, marks: sentenceMarks)..<range.upperBound
        if text.containsAny(repairs, in: sentence) || text.containsAny(notDevices, in: clauseBefore(range, in: text))
            || text.containsAny(only, in: (range.lowerBound - 2)..<range.lowerBound)
        {
            return false
        }
        return text.containsAny(notAtHandOld, in: sentence) || text.containsAny(noLonger, in: (range.lowerBound - 3)..<range.lowerBound)
    }

    /// Lost, said of "it": a device only when the ticket names one.
    static let lostIt = ["never turned up", "never showed up again", "never found it", "couldn't find it anywhere", "can't find it anywhere",
                         "couldn't find it", "could not find it",
                         // Lost somewhere, the phone named before it: "My mobile with the authenticator was lost at the airport".
                         "was lost at", "was lost in", "was lost on", "got lost at", "got lost in", "got lost on",
                         // Or when: "My company phone, which had the authenticator set up, was lost during a move".
                         "was lost during", "got lost during", "was lost while", "got lost while", "was lost somewhere",
                         "got lost somewhere", "was lost yesterday", "got lost yesterday", "was lost last", "got lost last",
                         // Left behind on the way and not found since: "the tablet was left on a train and has not been found",
                         // "left my tablet - the only device with the authenticator - on the shinkansen and JR haven't found it".
                         "has not been found", "hasn't been found", "have not been found", "haven't been found", "haven't found it", "have not found it",
                         "hasn't found it", "has not found it", "hasn't turned up", "has not turned up", "haven't turned up",
                         "left on a train", "left on the train", "left on a bus", "left on the bus", "left on the shinkansen", "left on a shinkansen",
                         "left in a taxi", "left in the taxi",
                         // "my iPad that I'd set the two-factor thing up on is gone (left it on the shinkansen)".
                         "left it on a train", "left it on the train", "left it on a bus", "left it on the bus", "left it on the shinkansen",
                         "left it on a shinkansen", "left it in a taxi", "left it in the taxi", "left it on a plane", "left it on the plane"]
        // Given (あげた) with the phone between the one who got it and the verb: «妹にお古のAndroidをあげました».
        + givenAwayNamed + goneSomewhere

    /// Given to family, told in the passive: "My old tablet that I used for the 2FA codes was given to my
    /// niece" (P000 L39: 「他者に譲渡されている場合」). Only of a device named before it in its
    /// sentence (not "The temporary password was given to my son").
    /// Or told as now in their hands: "My old phone stayed in Germany - my mom uses it now".
    static let givenToFamily = ["given to my", "handed to my", "passed on to my", "passed down to my", "handed down to my"].flatMap { verb in
        family.map { "was \(verb) \($0)" }
    } + family.flatMap { member in
        ["uses it now", "is using it now", "has it now", "now uses it", "now has it", "is now using it"].map { "my \(member) \($0)" }
            + ["is now with my \(member)", "is with my \(member) now"]
    }
    static let family = ["niece", "nephew", "son", "daughter", "sister", "brother", "mother", "mom", "mum", "father", "dad", "cousin", "grandmother",
                         "grandfather", "grandma", "grandpa", "wife", "husband", "kid", "child", "little sister", "little brother", "younger sister",
                         "younger brother", "parents"]
    /// The same in Japanese, of the old device only («前のスマホは今は母が使っています»; not «家のパソコンは
    /// 姉が使ってます»).
    static let usedByFamily = ["母", "父", "妹", "弟", "姉", "兄", "娘", "息子", "祖母", "祖父", "妻", "夫", "親", "家族", "母親", "父親", "子ども", "子供"]
        .flatMap { member in ["は\(member)が使っ", "\(member)が今使っ", "今\(member)が使っ"] }
    static let givenToFamilyPhrases = Set(givenToFamily.map { TriageText($0).text })
    static let usedByFamilyPhrases = Set(usedByFamily.map { TriageText($0).text })
    /// Whether a device is named in the sentence before `position` (at most 80 scalars back);
    /// `old`: with a word that makes it the old one («前の», «古い», «旧»).
    static func deviceNamed(before position: Int, in text: TriageText, old: Bool = false) -> Bool {
        let sentence = text.clauseStart(before: position, reach: 80, marks: sentenceMarks)..<position
        return text.containsAny(deviceNames, in: sentence) && (!old || text.containsAny(oldOne, in: sentence))
    }
    static let givenAwayNamed = ["をあげました", "をあげた", "をあげちゃ", "をあげてしま", "をあげてもうた"]
    /// Gone somewhere, whereabouts unknown («スマホどっかいきました», «スマホがどこかへ行ってしまい»):
    /// only of a device named shortly before (a screen or a memo goes somewhere too).
    static let goneSomewhere = ["どっかいき", "どっかいっ", "どっか行", "どこかにいき", "どこかにいっ", "どこかに行", "どこかへ行", "どこかへいっ"]
    static let goneSomewherePhrases = Set(goneSomewhere.map { TriageText($0).text })
    /// After a device's name, what makes it other than what went: whose part did («スマホのタブが
    /// どこかに行って»), or the object of another doing («ＯＭＵＩＤのパスワード、スマホを機種変したら
    /// どっか行きました»: the password went).
    static let notWhatWent = TriageText.words(["の", "を"])
    /// Whether a device is named within 24 scalars before `position`, as what went (`notWhatWent`).
    static func deviceGone(before position: Int, in text: TriageText) -> Bool {
        let window = max(0, position - 24)..<position
        guard let last = deviceNames.flatMap({ text.ranges(of: $0, in: window) }).map(\.upperBound).max() else { return false }
        return !text.containsAny(notWhatWent, in: last..<(last + 1))
    }
    static let deviceNames = TriageText.words([
        "phone", "smartphone", "mobile", "iphone", "android", "pixel", "galaxy", "xperia", "device", "laptop", "computer", "tablet", "ipad",
        "スマホ", "スマートフォン", "携帯", "端末", "アイフォン", "タブレット", "パソコン",
    ])

    /// Words that make a statement a guess.
    static let guesses = TriageText.words([
        "not sure", "not 100% sure", "not completely sure", "not entirely sure", "i think i", "i believe i", "probably", "maybe", "might have",
        "i thought i", "thought i had", "たぶん", "多分", "はず", "つもり", "気がする", "かもしれ", "かも。", "自信がな", "自信ない", "覚えてな", "覚えていな",
    ])

    /// Where sentences end (`endsSentence`'s marks; a line break is a space by then: `TriageText`
    /// folds white space, and full-width marks are NFKC's half-width ones).
    static let sentenceMarks: Set<Unicode.Scalar> = ["。", ".", "!", "?"]

    /// Whether the sentence around a cue (at most 48 scalars either side) has a word of guessing.
    static func guessed(_ cue: Range<Int>, in text: TriageText) -> Bool {
        let start = text.clauseStart(before: cue.lowerBound, reach: 48, marks: sentenceMarks)
        let end = text.clauseEnd(after: cue.upperBound, reach: 48, marks: sentenceMarks)
        return text.containsAny(guesses, in: start..<end) || text.containsAny(retractions, in: cue.upperBound..<(cue.upperBound + 60))
    }

    /// A statement taken back as a guess in the words after it, past a sentence's end: "I factory
    /// reset it... at least I think so, I'm not 100% sure".
    static let retractions = TriageText.words(["at least i think", "i think so", "not 100% sure", "i'm not sure", "i am not sure"])

    static let otherProcedures = TriageText.words(["再設定", "再発行", "パスワード変更", "パスワードの変更", "リセット", "機種変更"])
    static let newDevice = TriageText.words(["新しい", "新しく", "新機種", "新端末", "新スマホ"])
    /// The same in English, right before the cue («phone works fine»): "new phone works fine".
    static let newDeviceJustBefore = TriageText.words(["new ", "replacement "])

    /// The clause before a cue, at most 16 scalars back: after a punctuation mark.
    static func clauseBefore(_ cue: Range<Int>, in text: TriageText) -> Range<Int> {
        text.clauseStart(before: cue.lowerBound, reach: 16, marks: clauseMarks)..<cue.lowerBound
    }

    static let oldOne = TriageText.words(["前の", "古い", "旧"])
    static let tari = Array("たり".unicodeScalars)
    static let backThen = TriageText.words(["back then", "at the time", "at that time", "当時は"])
    /// The activation told as having gone well: "Activation went fine back in April" (not "her
    /// activation worked", nor a step's "Password change in the activation worked").
    static let wentWell = ["activation went fine", "activation went well", "activation went smoothly", "activation went ok", "activation was fine",
                           "activation was successful", "activation succeeded"]
    static let wentWellNamed = Set(wentWell.map { TriageText($0).text })
    static let upTo = TriageText.words(["until", "up to", "till", "up till", "except", "apart from", "other than"])
    static let stepOf = TriageText.words(["during ", "in the ", "of the ", "in my ", "of my "])
    /// A step told as done: 「…は終わってる」, 「…は済んでいます」, 「…は完了しました」 (not 「終わらない」).
    static let finishedAfter = TriageText.words([
        "終わっ", "終わり", "終えて", "終えた", "おわっ", "済ん", "済ませ", "済み", "完了し", "完了済", "finished", "completed", "done",
        // Told as having gone well: "Setup during activation went fine".
        "went fine", "went well", "went smoothly", "went ok", "was fine", "worked fine",
    ])

    /// The 12 scalars before a phrase, where "not", "never" or "going to" would stand.
    static func justBefore(_ range: Range<Int>) -> Range<Int> { (range.lowerBound - 12)..<range.lowerBound }

    /// Where the clause a cue ends in ends, at most 12 scalars on: at a punctuation mark, a space
    /// between Japanese words or an English conjunction ("locked out and can't log in"), or after a 「て」/「で」 that another
    /// word follows (「ロックされてログインできません」: the 「ません」 is the log-in's, not the
    /// lock's; 「ロックされていない」 and 「ロックされてません」 deny the lock), or after a continuative that
    /// another word follows (「ロックされてしまい画面に入れません」).
    func clauseEnd(after start: Int, in text: TriageText) -> Int {
        let s = text.scalars
        let limit = min(start + 12, s.count)
        var i = start
        func followed(_ end: Int) -> Bool {
            var next = end
            while next < s.count, s[next] == " " || s[next] == "　" { next += 1 }
            return next < s.count && !Tokenizer.isHiragana(s[next])
        }
        while i < limit {
            if Self.clauseMarks.contains(s[i]) || Self.conjunctions.contains(where: { TriageText.matches(s, i, $0) }) { return i }
            // A space between Japanese words, typed for a full stop: «古いの売りました 初期化したかあやしい».
            if s[i] == " ", i > start, i + 1 < s.count, !s[i - 1].isASCII, !s[i + 1].isASCII { return i }
            if s[i] == "て" || s[i] == "で", followed(i + 1) { return i + 1 }
            if let continuative = Self.continuatives.first(where: { TriageText.matches(s, i, $0) }), followed(i + continuative.count) { return i + continuative.count }
            i += 1
        }
        return start + 12
    }
    static let continuatives = TriageText.words(["しまい", "なり", "かかり"])

    static let noLockBefore = TriageText.words(["nothing ", "anything ", "before "])
    static let screenLockAfter = TriageText.words([" with a pin", " with pin", " with a passcode", " with a code", " with face", " with my face", " with a fingerprint",
                                                   // A device locked away: "my office iPad, but that is locked in my office".
                                                   " in my office", " in the office", " in my desk", " in a drawer", " in my drawer", " in my locker", " in a locker",
                                                   " in the lab", " in my lab"])
    static let otherLockingSystems = TriageText.words(["学籍番号確認", "学籍番号の確認ページ", "学籍番号を確認するページ", "student number system", "student number page",
                                                       // "the student number lookup is locked", "checked my student no. once, now the lookup site is locked".
                                                       "number lookup", "the lookup", "lookup page", "lookup site", "student no.", "student no ", "student id number",
                                                       "student number confirmation", "学籍番号の確認システム"])
    static let userAdminNames = TriageText.words(["利用者管理", "りようしゃかんり", "riyousha kanri", "riyosha kanri", "user management", "user admin"])

    static let clauseMarks: Set<Unicode.Scalar> = ["、", "。", ",", ".", "!", "?", "・", "(", ")"]
    static let conjunctions = TriageText.words([" and ", " but ", " so ", " because ", " since "])

    /// "not", "no" just before a phrase: "not on campus".
    func negatedBefore(_ range: Range<Int>, in text: TriageText) -> Bool {
        text.containsAny(Self.negationsBefore, in: Self.justBefore(range))
    }

    /// 「10分前」, 「5分ほど前」, "10 minutes ago", "10 min ago"; hours too (「1時間前」, "2 hours
    /// ago", "an hour ago"), in minutes.
    func minutesAgo(_ text: TriageText, found: FixedFound) -> (Double, String)? {
        let s = text.scalars
        for run in Self.digitRuns(s) {
            let (i, j) = (run.lowerBound, run.upperBound)
            for (unit, scalars, minutes) in Self.units where s[j...].starts(with: scalars) {
                let digits = String(scalars: s[i..<j])
                return ((Double(digits) ?? 0) * minutes, digits + unit)
            }
            // "after 1 hour I put the code", "after 20 minutes": the unit after, "after" before.
            // ("Nothing after 10 minutes" is a wait for what never came, not a code's age.)
            if let after = Self.afterStart(s, before: i), !text.containsAny(Self.waiting, in: max(0, after - 28)..<after) {
                for (unit, scalars, minutes) in Self.bareUnits where s[j...].starts(with: scalars) {
                    let digits = String(scalars: s[i..<j])
                    return ((Double(digits) ?? 0) * minutes, "after " + digits + unit)
                }
            }
        }
        // Half an hour first: "half an hour later" holds "an hour later".
        if let (i, _) = found.first(Fixed.halfAnHour, count: Self.halfAnHour.count) { return (30, Self.halfAnHour[i]) }
        if let (i, _) = found.first(Fixed.anHour, count: Self.anHour.count) { return (60, Self.anHour[i]) }
        return nil
    }

    static let units: [(String, [Unicode.Scalar], Double)] = {
        let minutes = ["分前", "分後", "分ほど席を外", "分くらい席を外", "分席を外", "分離席", "分ほど離席", "分くらい離席", "分ぐらい離席", "分間離席", "分ほど放置", "分くらい放置", "分放置", "分ほど離れ", "分くらい離れ", "分たって", "分経って", "分ほど前", "分ほど経", "分くらい前", "分程前", "分程度前", "分以上前", "分経", "分くらいたって",
                       "分くらい経", "分ぐらいたって", "分ぐらい経", "分ほどたって", "分以上たって", " minutes ago", " minute ago", " mins ago", " min ago",
                       "min ago", " minutes later", " minutes before", " minutes after", " mins later", " min later", " min after"]
        let hours = ["時間前", "時間ほど前", "時間くらい前", "時間以上前", "時間たって", "時間経", "時間待", "時間後", "時間ほど後", "時間くらい後", "時間ほど放置", "時間放置", " hours ago", " hour ago", " hrs ago", " hr ago",
                     " hours since", " hour since", " hours later", " hours have passed"]
        // In romaji, whose facts are read as written: «30pun gurai tatteta», «10 fun mae», «2jikan tatte».
        let romajiMinutes = ["pun", "fun", " pun", " fun"].flatMap { unit in romajiPassed.map { unit + $0 } }
        let romajiHours = ["jikan", " jikan"].flatMap { unit in romajiPassed.map { unit + $0 } }
        return (minutes + romajiMinutes).map { ($0, Array($0.unicodeScalars), 1) } + (hours + romajiHours).map { ($0, Array($0.unicodeScalars), 60) }
    }()
    /// What follows a time's unit in romaji when it is the time passed: «mae» (前), «tatte»/«tatta»
    /// (たって), hedged («gurai», «kurai», «hodo», «ijou») or not.
    static let romajiPassed: [String] = ["", " gurai", " kurai", " hodo", " ijou", " ijo", "gurai", "kurai", "hodo"].flatMap { hedge in
        [" mae", " tatte", " tatta", " tattete", " tatteta", " sugite", " keika"].map { hedge + $0 }
    }

    /// Where "after" stands before the number at `i`, a hedge between them or not ("after 20
    /// minutes", "after ~12 minutes", "after about an… 40 minutes").
    static func afterStart(_ s: [Unicode.Scalar], before i: Int) -> Int? {
        for hedge in afterHedges where i >= after.count + hedge.count && TriageText.matches(s, i - hedge.count, hedge) {
            let start = i - hedge.count - after.count
            if TriageText.matches(s, start, after) { return start }
        }
        return nil
    }
    static let afterHedges = [[]] + TriageText.words(["~", "〜", "about ", "around ", "roughly ", "like ", "maybe ", "approx. ", "approx ", "almost ", "nearly ", "over ", "more than "])

    /// The units a number after "after" is told in (the longer first).
    static let after = Array("after ".unicodeScalars)
    static let bareUnits: [(String, [Unicode.Scalar], Double)] = [(" minutes", 1), (" minute", 1), (" mins", 1), (" min", 1), (" hours", 60), (" hour", 60)]
        .map { ($0.0, Array($0.0.unicodeScalars), $0.1) }

    static let waiting = TriageText.words(["nothing", "not ", "n't", "no ", "still"])
    /// A code or a mail named, in any script: what a time told may be the age of.
    static let codeOrMail = TriageText.words(["code", "コード", "こーど", "kodo", "koodo", "ko-do", "mail", "メール", "めーる", "meeru", "me-ru", "meiru",
                                              "otp", "番号", "数字", "桁", "digit", "number", "kakunin", "確認"])

    /// A night or hours between the mail's code and its typing, told without a number: «メール見たのは
    /// 寝る前で、入れたのは今朝», "I'd left the tab open overnight before typing it in". Far past the
    /// page's validity (P001 L192: 「確認コードの有効期限は5分間程度」), so the code has expired: told
    /// only of a code that came by mail and was typed, not of the authenticator's.
    func longWait(_ text: TriageText, found: FixedFound) -> String? {
        if let (i, _) = found.first(Fixed.longWait, count: Self.longWaits.count) { return Self.mailCodeTyped(text) ? Self.longWaits[i] : nil }
        // Or a day between them: "received it yesterday, entered it today".
        guard text.containsAny(DaySpan.yesterday), Self.mailCodeTyped(text) else { return nil }
        return DaySpan.told(in: text)
    }

    /// A time in minutes or hours told with neither "ago" nor "after" («入力が30分ほど遅れ», «(10分ちょい)»,
    /// "left it for like 30 min") in a ticket about a code that came by mail and was typed or
    /// refused: the code's age, as `longWait` reads a night. Not a time of day («14時2分»).
    func typedLate(_ text: TriageText) -> (Double, String)? {
        guard Self.mailCodeTyped(text) else { return nil }
        let s = text.scalars
        let foundInJunk = text.containsAny(Self.foundInJunk)
        for run in Self.digitRuns(s) {
            let (i, j) = (run.lowerBound, run.upperBound)
            let clock = i > 0 && (s[i - 1] == "時" || s[i - 1] == ":")
            var k = j
            if k < s.count, s[k] == " " { k += 1 }
            if !clock, let (unit, minutes) = Self.ageUnits.first(where: { TriageText.matches(s, k, $0.0) }),
                k + unit.count == s.count || !Self.isLatin(s[k + unit.count]),
                // A wait for the mail ("waited 30 minutes", «30分待って») is no code's age, unless the
                // mail had come and lay in the junk folder ("i waited maybe 15 minutes because the mail
                // went to junk folder first"): then the wait is the code's.
                foundInJunk || (!text.containsAny(Self.waits, in: max(0, i - 16)..<i) && !text.containsAny(Self.waits, in: (k + unit.count)..<(k + unit.count + 8)))
            {
                let digits = String(scalars: s[i..<j])
                return ((Double(digits) ?? 0) * minutes, digits + String(scalars: s[j..<(k + unit.count)]))
            }
        }
        return nil
    }

    /// The runs of digits in `s`, in order.
    static func digitRuns(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard ("0"..."9").contains(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count, ("0"..."9").contains(s[j]) { j += 1 }
            runs.append(i..<j)
            i = j
        }
        return runs
    }

    /// Whether the ticket is about a code that came by mail (the mail named) and was typed or
    /// refused, not the authenticator's.
    static func mailCodeTyped(_ text: TriageText) -> Bool {
        text.containsAny(mailCodes) && (text.containsAny(ClockSpan.typing) || text.containsAny(refusals)) && !text.containsAny(appCodes)
    }
    static let ageUnits: [([Unicode.Scalar], Double)] = [("分", 1.0), ("minutes", 1), ("minute", 1), ("mins", 1), ("min", 1), ("時間", 60), ("hours", 60), ("hour", 60), ("hrs", 60), ("hr", 60)]
        .map { (Array($0.0.unicodeScalars), $0.1) }
    static let waits = TriageText.words(["wait", "待"])
    /// Where the ticket tells the mail found late in the junk folder (each phrase to the end of
    /// its clause, 16 scalars at most: "went to junk folder first"), in order and apart.
    static func junkClauses(in text: TriageText) -> [Range<Int>] {
        SettledClauses.merged([], foundInJunk.flatMap { phrase in
            text.ranges(of: phrase).map { $0.lowerBound..<text.clauseEnd(after: $0.upperBound, reach: 16, marks: clauseMarks) }
        })
    }

    /// The mail come, and found late in the junk folder.
    static let foundInJunk = TriageText.words(["went to junk", "went to spam", "went into junk", "went into spam", "went to the junk", "went to the spam",
                                               "was in junk", "was in spam", "was in the junk", "was in the spam", "landed in junk", "landed in spam", "landed in the junk",
                                               "landed in the spam", "landed in my junk", "landed in my spam", "went to my junk", "went to my spam", "went into my junk",
                                               "went into my spam", "was in my junk", "was in my spam", "ended up in junk", "ended up in spam", "ended up in the junk",
                                               "ended up in the spam", "ended up in my junk", "ended up in my spam", "迷惑メールに入って", "迷惑メールフォルダに入って", "迷惑フォルダに入って", "迷惑メールに振り分け"])
    static func isLatin(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    static let longWaits = [
        "overnight", "the next morning", "next morning", "the next day", "following morning", "following day", "hours later", "a few hours later",
        "several hours later", "翌朝", "翌日", "次の日", "次の朝", "一晩", "寝る前", "朝になって", "今朝になって", "夕方に入", "夜に入力", "夜になって",
        // An event between the mail and the typing that takes longer than the code lasts: asleep,
        // a class, a meal, the way home («入力したのは授業が終わってから», "fell asleep, typed it this morning").
        "last night", "昨夜", "昨晩", "over lunch", "during lunch", "授業が始まって", "fell asleep", "was in a lecture", "was in class", "was in a meeting", "sat in my inbox", "寝落ち", "寝てしま", "寝ちゃ", "after class", "after my class", "after the lecture", "after my lecture", "after dinner", "after lunch",
        "after my shift", "after work", "when i got home", "授業が終わってから", "授業の後", "授業のあと", "講義が終わってから", "講義の後", "講義のあと",
        "バイトが終わってから", "バイトの後", "バイトのあと", "ご飯を食べて", "ごはんを食べて", "晩ご飯", "晩ごはん", "夕飯", "家に帰ってから", "帰宅してから",
        // A class period, the lunch break, a meeting gone by between them: «メール来たのは昼休み、入れたのは
        // 4限のあと», «昼休みを挟んでしまって», «午後の会議のあとに入力».
        "限のあと", "限の後", "限が終わって", "限終わって", "限目のあと", "限目の後", "限目が終わって", "限目終わって", "授業が終わって", "授業終わって", "授業後", "放課後",
        "授業を挟", "授業をはさ", "授業始まっ", "授業がはじまっ", "授業はじまっ", "講義が始まっ", "講義始まっ", "昼休み明け", "昼休みが明け", "昼休みが終わってから", "昼休み終わってから", "昼休みを挟", "昼休み挟", "昼休みをはさ", "昼休みはさ",
        "お昼を挟", "お昼をはさ", "会議のあと", "会議の後", "会議が終わってから", "会議終わってから", "会議を挟", "会議をはさ",
        "after the meeting", "after a meeting", "after my meeting", "after the lunch break", "after the break",
        // A mail of yesterday: "I received it yesterday evening and tried it this morning", «昨日の夕方に届いたコード».
        "yesterday evening", "yesterday afternoon", "last evening", "received it yesterday", "got it yesterday", "came yesterday", "arrived yesterday",
        "昨日の夕方", "昨日の午後", "昨日の夜", "昨日届いた", "昨日来た", "昨日きた",
        // The code's screen left open meanwhile: «確認コード入力の画面をずっと開いたまま別の作業してたら».
        "ずっと開いたまま", "開いたまま別の", "開きっぱなし", "開けっぱなし", "left the tab open", "left the page open",
        // Found only after it had lain a while: "by the time I found it the code was no good", «気づいた時には».
        "by the time i found", "by the time i saw", "by the time i noticed", "by the time i got to", "by the time i checked", "by the time i opened",
        // Slow to type it: "We were slow getting the code to the screen, several minutes at least".
        "we were slow", "i was slow", "too slow", "took too long", "took me too long", "took us too long", "several minutes",
        // Gone for a meal between them: «画面のまま昼ごはんに行ってしまって、戻ってきてから入力したら», "went to lunch".
        "ごはんに行", "ご飯に行", "ごはん行", "ご飯行", "ランチに行", "ランチ行", "お昼に行", "お昼を食べ", "昼食に行", "昼食を取", "昼食をと", "食事に行",
        "went to lunch", "went for lunch", "went out for lunch", "grabbed lunch", "went to eat", "went to grab food", "went for dinner", "went to dinner",
        // A dead phone charged between them: «その瞬間スマホの電池が切れて。充電してから入れたら».
        "充電してから", "充電した後", "充電したあと", "充電が終わってから", "充電を待って", "after charging", "after it charged", "once it charged",
        "once it had charged", "after recharging", "after i charged", "charged it and then",
        // Away a while and back to type it: «メールが来たあとお風呂入ってて、上がってから入れました», «電車で寝ちゃって、
        // 降りてから入れた», "by the time I typed it in", "when I came back".
        "上がってから", "風呂入", "お風呂に入", "シャワー浴び", "シャワーを浴び", "降りてから", "戻ってから入", "戻ってきてから", "起きてから", "済ませてから",
        "after my shower", "after a shower", "after the shower", "after my bath", "when i came back", "when i got back", "by the time i got back",
        "by the time i came back", "by the time i typed", "by the time i entered", "by the time i put",
        // Left lying: «しばらく置いといたら», «放置してたら», "left it for a while".
        "しばらく置いと", "しばらく置いて", "しばらく放置", "放置してたら", "放置していたら", "放置したら", "left it for a while", "left it sitting",
        "気づいた時には", "気付いた時には", "気づいたときには", "気付いたときには", "見つけた時には", "見つけたときには",
    ]
    /// A code refused, which was typed: "the code doesn't work now".
    static let refusals = TriageText.words([
        "doesn't work", "does not work", "didn't work", "won't work", "refused", "rejected", "not accepted", "n't accepted", "invalid", "no good", "通らな", "受け付けて", "使えな", "弾かれ",
        // As typed fast, and "the code doesnt go through" (not "I went through the reset").
        "doesnt work", "didnt work", "wont work", "doesnt go through", "doesn't go through", "does not go through", "won't go through", "wont go through",
        "didn't go through", "didnt go through", "not going through", "isn't going through",
        // Formal: «当然ながら受理されませんでした».
        "受理されませ", "受理されな", "受理して頂けませ", "受理していただけませ",
    ])
    /// A code that came by mail (the mail named, or the code by its own name or its screen's: "the
    /// code input page"), and the authenticator's, which did not.
    static let mailCodes = TriageText.words(["メール", "mail", "確認コード", "confirmation code", "code input page", "code input screen", "code entry page",
                                             "code entry screen", "確認のためのコード", "確認用のコード", "確認用コード"])
    static let appCodes = TriageText.words(["ワンタイム", "one-time", "one time", "authenticator", "認証アプリ", "アプリ", " app", "2要素", "二要素", "2fa", "two-factor", "two factor"])

    /// An hour without a number.
    static let anHour = ["an hour ago", "an hour since", "an hour later", "over an hour", "more than an hour", "an hour has passed", "一時間前", "一時間以上"]
    /// Half an hour without a number: "well over half an hour had gone by".
    static let halfAnHour = ["half an hour ago", "half an hour later", "over half an hour", "more than half an hour", "half an hour had", "half an hour has",
                             "half an hour went", "半時間"]

    /// The first e-mail address in the text.
    func email(_ raw: String) -> String? {
        guard raw.containsByte(UInt8(ascii: "@")) else { return nil }
        // On scalars: splitting the ticket into Characters cost 100,000 instructions a ticket.
        let separators: Set<Unicode.Scalar> = [" ", "　", "、", ",", "「", "」", "(", ")"]
        for word in raw.unicodeScalars.split(whereSeparator: separators.contains) {
            var w = word[...]
            while let f = w.first, f == "." || f == "。" { w.removeFirst() }
            while let l = w.last, l == "." || l == "。" { w.removeLast() }
            guard let at = w.firstIndex(of: "@"), at > w.startIndex else { continue }
            let domain = w[w.index(after: at)...]
            if !domain.contains("@"), domain.contains(".") { return String(Substring(w)) }
        }
        return nil
    }
}
