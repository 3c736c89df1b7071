import Foundation
import Testing
@testable import Server

/// Ticket ids: 32 lower-case hexadecimal digits, as session ids are; made later, they sort
/// later (the database's index grows at its end); made at the same moment, they differ.
@Suite struct TicketIDTests {
    @Test func ticketIDsAreHexSortedByTimeAndDistinct() {
        let hex = Set("0123456789abcdef")
        var previous = ""
        // From 1970 on, a week apart, then two milliseconds apart in 2027.
        let dates = (0..<2_000).map { Date(timeIntervalSince1970: Double($0) * 7 * 86_400) }
            + (0..<1_000).map { Date(timeIntervalSince1970: 1_800_000_000 + Double($0) * 0.002) }
        for when in dates {
            let id = TicketDesk.newTicketID(now: when)
            #expect(id.count == 32 && id.allSatisfy(hex.contains), "\(id)")
            #expect(previous < id, "\(previous) then \(id)")
            previous = id
        }
        let now = Date()
        let same = (0..<10_000).map { _ in TicketDesk.newTicketID(now: now) }
        #expect(Set(same).count == same.count)
        #expect(Set(same.map { $0.prefix(12) }).count == 1)
        #expect(TicketDesk.newTicketID(now: now) < TicketDesk.newTicketID(now: now.addingTimeInterval(0.002)))
    }
}
