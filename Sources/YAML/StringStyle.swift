import CYAML

/// Chooses how a string is written so that it reads back as the same string, quoting only
/// when needed.
///
/// libyaml already quotes what YAML syntax requires (leading or trailing spaces, `: `, ` #`,
/// indicators, control characters); what it cannot know is which plain texts mean something
/// other than a string. Those are double-quoted: whatever `ScalarResolver` would read as a
/// non-string (`yes`, `1.0`, `null`, `~`, `0777`, empty), the merge key `<<`, and — as go-yaml,
/// and so kubectl, does for other YAML 1.1 readers — timestamps (`2015-01-01`) and base-60
/// numbers (`1:20`). Multi-line strings become literal block scalars (`|`), except as keys or
/// when they contain line breaks other than `\n` (a block scalar reads them back as `\n`);
/// libyaml itself falls back to double quotes when a block scalar could not keep the text.
enum StringStyle {
    static func style(for text: String, isKey: Bool) -> yaml_scalar_style_t {
        if let style = text.utf8.withContiguousStorageIfAvailable({ style(for: $0, isKey: isKey) }) {
            return style
        }
        return Array(text.utf8).withUnsafeBufferPointer { style(for: $0, isKey: isKey) }
    }

    private static func style(for text: UnsafeBufferPointer<UInt8>, isKey: Bool) -> yaml_scalar_style_t {
        if ScalarResolver.resolvePlain(text) != .string || text.elementsEqual("<<".utf8)
            || looksLikeTimestamp(text) || looksLikeBase60(text)
        {
            return YAML_DOUBLE_QUOTED_SCALAR_STYLE
        }
        guard text.contains(UInt8(ascii: "\n")) else { return YAML_PLAIN_SCALAR_STYLE }
        return isKey || hasOtherLineBreaks(text) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_LITERAL_SCALAR_STYLE
    }

    /// Four digits and a dash, then only what dates and times are made of: a superset of the
    /// YAML 1.1 timestamp forms.
    private static func looksLikeTimestamp(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 5, text.prefix(4).allSatisfy(GoNumberSyntax.isDecimalDigit),
            text[4] == UInt8(ascii: "-")
        else { return false }
        return text.allSatisfy { GoNumberSyntax.isDecimalDigit($0) || "-:.+TtZ \t".utf8.contains($0) }
    }

    /// A digit (after an optional sign), a colon somewhere, and only digits, `_`, `:` and `.`:
    /// a superset of YAML 1.1's sexagesimal numbers.
    private static func looksLikeBase60(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let unsigned = text.first == UInt8(ascii: "+") || text.first == UInt8(ascii: "-") ? text.dropFirst() : text[...]
        guard let first = unsigned.first, GoNumberSyntax.isDecimalDigit(first), unsigned.contains(UInt8(ascii: ":")) else {
            return false
        }
        return unsigned.allSatisfy { GoNumberSyntax.isDecimalDigit($0) || "_:.".utf8.contains($0) }
    }

    /// `\r`, NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029).
    private static func hasOtherLineBreaks(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in text.indices {
            switch text[index] {
            case UInt8(ascii: "\r"):
                return true
            case 0xC2 where index + 1 < text.count && text[index + 1] == 0x85:
                return true
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                return true
            default:
                continue
            }
        }
        return false
    }
}
