/// Text measured and cut in terminal columns, not characters: East Asian wide characters and
/// emoji take two columns, combining marks none, so a line said to fit 80 columns does.
/// Control characters (a newline in a message, a tab) become spaces, so one value is one line.
public enum TerminalText {
    /// The columns `text` takes on a terminal.
    public static func width(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns one character takes: 0 for a lone combining mark, 2 for wide ones, else 1.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(scalar.value) ? 2 : 1
    }

    /// The East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarsely.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// One line: every run of whitespace or control characters becomes one space, ends trimmed.
    public static func singleLine(_ text: some StringProtocol) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    /// `text` cut to at most `columns`, ending in `…` when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard width(text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let next = width(of: character)
            if used + next > columns - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// `text` padded with spaces to `columns` (never cut).
    public static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }

    /// `text` as lines of at most `columns`, broken at spaces; a word longer than a line is
    /// broken inside.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        let columns = max(1, columns)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in singleLine(text).split(separator: " ") {
            var word = String(word)
            var wordWidth = width(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            while wordWidth > columns {
                let (head, rest) = split(word, at: columns)
                lines.append(head)
                word = rest
                wordWidth = width(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest prefix of `text` within `columns` (at least one character), and the rest.
    private static func split(_ text: String, at columns: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = width(of: text[index])
            if used + next > columns, !head.isEmpty { break }
            head.append(text[index])
            used += next
            index = text.index(after: index)
        }
        return (head, String(text[index...]))
    }
}
