import Domain
import Foundation
import KnowledgeBase
import Testing

@Suite struct WaitingTimesTests {
    /// 「5分以上経過している場合」: five minutes or more is expired.
    @Test(arguments: [(0.0, false), (4.9, false), (4.99, false), (5.0, true), (5.01, true), (6.0, true), (120.0, true)])
    func aCodeExpiresAtTheValidity(minutes: Double, expired: Bool) {
        let report = CodeAgeCheck.check(minutes: minutes, site: Fixtures.site)
        #expect(report.expired == expired)
        #expect(report.codes == (expired ? ["expired"] : []))
    }

    @Test func theExpiredMessageSaysToCancelAndStartAgain() throws {
        let message = try #require(CodeAgeCheck.check(minutes: 7, site: Fixtures.site).findings.first).message
        #expect(message.text(.ja).contains("「キャンセル」"))
        #expect(message.text(.ja).contains("5分間程度"))
        #expect(message.text(.en).contains("Cancel"))
    }

    @Test func minutesBetweenTwoTimes() {
        let sent = Date(timeIntervalSince1970: 1_000_000)
        #expect(CodeAgeCheck.minutes(from: sent, to: sent.addingTimeInterval(390)) == 6.5)
        #expect(CodeAgeCheck.minutes(from: sent, to: sent.addingTimeInterval(-60)) == -1)
    }

    @Test(arguments: [(0.0, false), (4.99, false), (5.0, true), (30.0, true)])
    func aPasswordChangeShowsAfterThePropagationTime(minutes: Double, elapsed: Bool) {
        #expect(PropagationWait.elapsed(minutes: minutes, site: Fixtures.site) == elapsed)
    }
}
