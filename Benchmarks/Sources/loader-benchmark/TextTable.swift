import Foundation

/// The reports' plain-text pieces: aligned tables, figures, verdicts.
enum TextTable {
    /// The header, a rule and the rows, in columns two spaces apart: the first `textColumns`
    /// left-aligned, figures right-aligned.
    static func lines(header: [String], rows: [[String]], textColumns: Int) -> [String] {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column < textColumns ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// Bytes as MB (10^6), one decimal.
    static func mb(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 1) }

    /// A goal's verdict, padded so that the goals line up.
    static func verdict(_ met: Bool) -> String { met ? "[met]    " : "[NOT met]" }
}
