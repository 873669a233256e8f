import Foundation

/// A table as kubectl prints it (`kubectl get`, `api-resources`). Columns are padded with
/// spaces, so each starts where its header starts: cells are cut at the header offsets, which
/// keeps empty cells empty and headers with a space in them ("NOMINATED NODE") whole.
struct Table: CustomStringConvertible {
    struct Row {
        let cells: [String: String]

        /// The cell in `column`; "" when the table has no such column.
        subscript(column: String) -> String { cells[column, default: ""] }

        subscript(columns: String...) -> [String] { columns.map { self[$0] } }
    }

    let headers: [String]
    let rows: [Row]
    let description: String

    init(_ text: String) {
        description = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let header = lines.first else {
            headers = []
            rows = []
            return
        }
        // A column starts at a non-space after two or more spaces (or at the line's start).
        var starts: [Int] = []
        for index in header.indices where header[index] != " " {
            if index == 0 || (index >= 2 && header[index - 1] == " " && header[index - 2] == " ") {
                starts.append(index)
            }
        }
        func cells(_ line: [Character]) -> [String] {
            starts.enumerated().map { column, start in
                let end = column + 1 < starts.count ? starts[column + 1] : line.count
                guard start < line.count else { return "" }
                return String(line[start..<min(end, line.count)]).trimmingCharacters(in: .whitespaces)
            }
        }
        let names = cells(header)
        headers = names
        rows = lines.dropFirst().prefix { !$0.isEmpty }.map {
            Row(cells: Dictionary(uniqueKeysWithValues: zip(names, cells($0))))
        }
    }

    /// The row whose NAME column is `name`.
    func row(_ name: String) -> Row? {
        rows.first { $0["NAME"] == name }
    }
}
