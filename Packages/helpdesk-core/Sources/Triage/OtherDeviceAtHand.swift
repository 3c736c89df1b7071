import KnowledgeBase

/// One device of several lost while another is still at hand: «スマホとタブレットの両方に入れて
/// いたのですが、スマホだけ失くしました。タブレットは手元にあります». The loss stands (P000 L33:
/// 「2要素認証設定を行った端末(スマートフォンやPCなど)を紛失して…複数台の端末に2要素認証を設定
/// されていた場合は、設定した端末すべてで2要素認証設定を再度行う必要があります」); what is at hand
/// is another device, no sign that nothing was lost.
enum OtherDeviceAtHand {
    /// The kinds of device a ticket names, each by its words (normalised as `TriageText`).
    static let kinds: [[[Unicode.Scalar]]] = [
        ["スマホ", "スマートフォン", "携帯", "アイフォン", "iphone", "android", "pixel", "galaxy", "xperia", "phone", "mobile"],
        ["タブレット", "ipad", "tablet"],
        ["パソコン", "pc", "laptop", "computer", "macbook", "mac "],
    ].map { TriageText.words($0) }

    /// The kind of device a cue of `device_lost` at `cue` is said of: one named in the cue
    /// itself («スマホは手元», "phone lost"), else the last named before it in its sentence (at
    /// most 80 scalars back: "my iPad which had Google Authenticator set up for my account was stolen").
    static func kind(of cue: Range<Int>, in text: TriageText) -> Int? {
        if let named = lastKind(in: cue, of: text) { return named }
        // Named after it as what is told: «なくしたのはスマホの方だけです».
        if let told = toldAfter.first(where: { TriageText.matches(text.scalars, cue.upperBound, $0) }),
            let named = lastKind(in: (cue.upperBound + told.count)..<min(text.scalars.count, cue.upperBound + told.count + 8), of: text)
        {
            return named
        }
        let start = text.clauseStart(before: cue.lowerBound, reach: 80, marks: FactExtractor.sentenceMarks)
        return lastKind(in: start..<cue.lowerBound, of: text)
    }

    static let toldAfter = TriageText.words(["たのは", "のは"])

    /// The kind whose word stands last in `range`.
    static func lastKind(in range: Range<Int>, of text: TriageText) -> Int? {
        var best: (kind: Int, at: Int)?
        for (kind, words) in kinds.enumerated() {
            for word in words {
                for found in text.ranges(of: word, in: range) where best == nil || found.lowerBound > best!.at {
                    best = (kind, found.lowerBound)
                }
            }
        }
        return best?.kind
    }

    /// Whether the ticket's cues of a device at hand (`false`) are each said of a kind of device
    /// no cue of a loss (`true`) is said of, a loss naming its kind.
    static func told(_ cues: [(value: FactValue, range: Range<Int>)], in text: TriageText) -> Bool {
        // (A loss naming no kind, «端末紛失しました», beside one that does, «なくしたのはスマホの方だけです», is that one.)
        let lost = cues.filter { $0.value == .bool(true) }.compactMap { kind(of: $0.range, in: text) }
        let atHand = cues.filter { $0.value == .bool(false) }.map { kind(of: $0.range, in: text) }
        guard !lost.isEmpty, !atHand.isEmpty, atHand.allSatisfy({ $0 != nil }) else { return false }
        return Set(lost.compactMap { $0 }).isDisjoint(with: atHand.compactMap { $0 })
    }
}
