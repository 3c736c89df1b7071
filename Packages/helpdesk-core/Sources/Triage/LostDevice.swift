/// The writer's own device lost or stolen, told with a clause about it between: "My tablet which
/// have OMU 2-factor is lost", "my tablet which I use for the one time code was stolen from my
/// bag", "my phone with the authenticator app is lost somewhere in Umeda" (P000 L33: 「2要素認証設定を
/// 行った端末(スマートフォンやPCなど)を紛失して」). The clause starts right after the device ("which",
/// "that", "with") and holds no other subject ("…on my phone, so I believe the second factor is
/// fine; it is only the password itself that is lost" is the password's loss); the device is the
/// writer's ("my", "our"): "is reissuing only for when the phone is lost?" asks of any phone.
enum LostDevice {
    static let devices = ["phone", "smartphone", "mobile", "iphone", "android", "device", "laptop", "tablet", "ipad", "handset"]
    static let owned = TriageText.words(devices.flatMap { ["my \($0)", "our \($0)"] })
    /// What starts a clause about the device, or the loss right after it.
    static let clauses = TriageText.words([" which", " that", " with", " where", " on which"])
    static let losses = TriageText.words([" is lost", " was lost", " got lost", " was stolen", " got stolen", " has been stolen", " went missing"])
    /// Another subject in the clause: the loss is of it.
    static let otherSubjects = TriageText.words(["password", " it ", " it's", "account"])
    /// How far the loss may stand from the device, in scalars.
    static let reach = 70

    /// The words that tell the loss, if the ticket tells one. The losses are looked for first
    /// (most tickets tell none), then the device in the reach before each.
    static func told(in text: TriageText) -> String? {
        let s = text.scalars
        for loss in losses.flatMap({ text.ranges(of: $0) }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let window = max(0, loss.lowerBound - reach - 12)..<loss.lowerBound
            for device in owned.flatMap({ text.ranges(of: $0, in: window) }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
                let at = device.upperBound
                // A word goes on ("my phones", "my mobile's") or the device is a part of a name.
                if at < s.count, Redactor.isLetter(s[at]) { continue }
                // The loss right after the device: "My phone was stolen".
                if at == loss.lowerBound { return text.slice(device.lowerBound..<loss.upperBound) }
                guard clauses.contains(where: { TriageText.matches(s, at, $0) }),
                    text.clauseEnd(after: at, reach: reach, marks: marks) >= loss.upperBound,
                    !otherSubjects.contains(where: { text.find($0, in: at..<loss.lowerBound) != nil })
                else { continue }
                return text.slice(device.lowerBound..<loss.upperBound)
            }
        }
        return nil
    }
    static let marks: Set<Unicode.Scalar> = ["。", ".", "!", "?", ";", "\n", "、"]
}
