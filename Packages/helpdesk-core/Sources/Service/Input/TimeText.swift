import Foundation

/// Reads the time a mail was sent, strictly: ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`,
/// `±HH:MM` or no zone (local time), a space allowed for the `T`; or `HH:MM[:SS]` today, local
/// time. A date that does not exist (`2025-02-30`, `25:00`) is refused, not rolled over.
public enum TimeText {
    public static func date(_ text: String, now: Date, calendar: Calendar = .current) -> Date? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let clock = clock(Substring(t)), t.count <= 8 {
            return calendar.date(bySettingHour: clock.hour, minute: clock.minute, second: clock.second, of: now)
        }
        let chars = Array(t.utf8)
        guard chars.count >= 16, let year = number(chars, 0, 4), chars[4] == UInt8(ascii: "-"),
            let month = number(chars, 5, 2), chars[7] == UInt8(ascii: "-"), let day = number(chars, 8, 2),
            chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t") || chars[10] == UInt8(ascii: " ")
        else { return nil }
        // The clock runs to the zone, if any.
        var rest = Substring(String(decoding: chars[11...], as: UTF8.self))
        var zone: TimeZone? = nil
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            zone = TimeZone(secondsFromGMT: 0)
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let offset = Array(rest.suffix(5).utf8)
            guard offset[2] == UInt8(ascii: ":"), let h = number(offset, 0, 2), let m = number(offset, 3, 2), h < 24, m < 60 else { return nil }
            zone = TimeZone(secondsFromGMT: (sign == "+" ? 1 : -1) * (h * 3600 + m * 60))
            rest = rest.dropLast(6)
        }
        var fraction = 0.0
        if let dot = rest.firstIndex(of: ".") {
            let digits = rest[rest.index(after: dot)...]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let f = Double("0." + digits) else { return nil }
            fraction = f
            rest = rest[..<dot]
        }
        guard let clock = clock(rest) else { return nil }
        var cal = calendar
        if let zone { cal.timeZone = zone }
        let components = DateComponents(year: year, month: month, day: day, hour: clock.hour, minute: clock.minute, second: clock.second)
        guard (1...12).contains(month), let date = cal.date(from: components) else { return nil }
        // Refuse what the calendar rolled over (30 February → 2 March).
        let back = cal.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date.addingTimeInterval(fraction)
    }

    /// `HH:MM` or `HH:MM:SS` with real hours, minutes and seconds.
    static func clock(_ text: Substring) -> (hour: Int, minute: Int, second: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? -1 : 0
        guard (0..<60).contains(second) else { return nil }
        return (hour, minute, second)
    }

    static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for b in bytes[start..<(start + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
}
