/// Text that came from outside (a ticket, an SSID, a message a user typed) made safe to print on
/// a terminal: C0 and C1 control characters, DEL and escape sequences are removed, so a ticket
/// cannot move the cursor, retitle the window or hide lines. Line breaks and tabs are kept.
public enum TerminalText {
    public static func safe(_ text: String) -> String {
        var scalars = text.unicodeScalars.makeIterator()
        var out = String.UnicodeScalarView()
        var changed = false
        while let s = scalars.next() {
            switch s.value {
            case 0x0A, 0x09:
                out.append(s)
            case 0x0D:
                // A carriage return alone would overwrite the line: keep it only before a line feed.
                out.append("\n")
                changed = true
                if let next = scalars.next() {
                    if next.value != 0x0A { out.append(contentsOf: safe(String(next)).unicodeScalars) }
                }
            case 0x1B:
                changed = true
                skipEscape(&scalars)
            case 0x9B:
                // CSI as one C1 character.
                changed = true
                skipParameters(&scalars)
            case 0x00...0x1F, 0x7F...0x9F:
                changed = true
            case 0x202A...0x202E, 0x2066...0x2069:
                // Bidirectional overrides can make text read differently from what it is.
                changed = true
            default:
                out.append(s)
            }
        }
        return changed ? String(out) : text
    }

    /// Skips an escape sequence after ESC: CSI (`[` … final byte), OSC (`]` … BEL or ST), or a
    /// two-character sequence.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            skipParameters(&scalars)
        case "]", "P", "X", "^", "_":
            // String sequences end at BEL or ESC \.
            while let s = scalars.next() {
                if s.value == 0x07 || s.value == 0x9C { return }
                if s.value == 0x1B { _ = scalars.next(); return }
            }
        default:
            return
        }
    }

    private static func skipParameters(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if (0x40...0x7E).contains(s.value) { return }
        }
    }
}
