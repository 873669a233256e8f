/// Finds the RE2 syntax errors that Swift's `Regex` would not report, phrased as Go's
/// regexp/syntax reports them (`invalid escape sequence: \`\1\``), so that a CRD whose pattern
/// kube-apiserver refuses is refused here too.
enum RE2Syntax {
    /// The error after Go's "error parsing regexp: " prefix, or `nil` when RE2 accepts the
    /// constructs checked here.
    static func problem(in pattern: String) -> String? {
        let chars = Array(pattern.unicodeScalars)
        var i = 0
        var depth = 0
        // Whether the previous item can take a repetition operator (RE2 reports a leading `*`).
        var hasOperand = false
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\":
                if i + 1 < chars.count, chars[i + 1] == "Q" {
                    // \Q...\E quotes literally.
                    i += 2
                    while i < chars.count, !(chars[i] == "\\" && i + 1 < chars.count && chars[i + 1] == "E") { i += 1 }
                    i += 2
                    hasOperand = true
                    continue
                }
                if let error = escapeProblem(chars, at: i, inClass: false) { return error }
                i += 2
                hasOperand = true
                continue
            case "[":
                guard let end = classEnd(chars, from: i) else {
                    return "missing closing ]: `\(String(String.UnicodeScalarView(chars[i...])))`"
                }
                var j = i + 1
                while j < end {
                    if chars[j] == "\\" {
                        if let error = escapeProblem(chars, at: j, inClass: true) { return error }
                        j += 2
                    } else {
                        j += 1
                    }
                }
                i = end + 1
                hasOperand = true
                continue
            case "(":
                if i + 1 < chars.count, chars[i + 1] == "?" {
                    switch groupSyntax(chars, at: i) {
                    case let .failure(message): return message.text
                    case .success(.flags(let end)):
                        // `(?i)` only sets flags: it is no operand and opens nothing.
                        i = end + 1
                        continue
                    case .success(.group(let end)):
                        i = end
                    }
                }
                depth += 1
                hasOperand = false
            case ")":
                depth -= 1
                if depth < 0 { return "unexpected ): `\(pattern)`" }
                hasOperand = true
            case "|":
                hasOperand = false
            case "*", "+", "?":
                guard hasOperand else { return "missing argument to repetition operator: `\(c)`" }
                if let error = nestedRepetition(chars, after: i, operatorText: String(c)) { return error }
                i += (i + 1 < chars.count && chars[i + 1] == "?") ? 2 : 1
                continue
            default:
                hasOperand = true
            }
            i += 1
        }
        return depth > 0 ? "missing closing ): `\(pattern)`" : nil
    }

    private enum Group {
        /// `(?flags)`, ending at the `)`.
        case flags(Int)
        /// `(?flags:`, `(?P<name>` or `(?<name>`, ending at the last character of the opener.
        case group(Int)
    }

    private struct Message: Error {
        var text: String
    }

    /// Go's parsePerlFlags: flags from `imsU-` then `)` or `:`, or a named capture; anything
    /// else (lookarounds, atomic groups, comments) is unsupported Perl syntax.
    private static func groupSyntax(_ chars: [Unicode.Scalar], at start: Int) -> Result<Group, Message> {
        var j = start + 2
        let isNamed = j < chars.count && (chars[j] == "<" || (chars[j] == "P" && j + 1 < chars.count && chars[j + 1] == "<"))
        if isNamed, !(chars[j] == "<" && j + 1 < chars.count && (chars[j + 1] == "=" || chars[j + 1] == "!")) {
            guard let close = (j ..< chars.count).first(where: { chars[$0] == ">" }) else {
                return .failure(Message(text: "invalid named capture: `\(String(String.UnicodeScalarView(chars[start...])))`"))
            }
            return .success(.group(close))
        }
        while j < chars.count, "imsU-".unicodeScalars.contains(chars[j]) { j += 1 }
        guard j < chars.count else { return .failure(Message(text: "missing closing ): `\(String(String.UnicodeScalarView(chars)))`")) }
        switch chars[j] {
        case ")": return .success(.flags(j))
        case ":": return .success(.group(j))
        default:
            let text = String(String.UnicodeScalarView(chars[start ... j]))
            return .failure(Message(text: "invalid or unsupported Perl syntax: `\(text)`"))
        }
    }

    /// RE2 has no possessive quantifiers and no repetition of a repetition (`a**`, `a*+`).
    private static func nestedRepetition(_ chars: [Unicode.Scalar], after index: Int, operatorText: String) -> String? {
        var next = index + 1
        if next < chars.count, chars[next] == "?" { next += 1 }
        guard next < chars.count, chars[next] == "*" || chars[next] == "+" else { return nil }
        let text = String(String.UnicodeScalarView(chars[index ... next]))
        return "invalid nested repetition operator: `\(text)`"
    }

    /// Go's parseEscape: punctuation, the C escapes, octal, `\x`, Unicode classes, the Perl
    /// classes and (outside a class) the assertions; anything else, backreferences included, is
    /// an invalid escape.
    private static func escapeProblem(_ chars: [Unicode.Scalar], at index: Int, inClass: Bool) -> String? {
        guard index + 1 < chars.count else { return "trailing backslash at end of expression: ``" }
        let c = chars[index + 1]
        let valid: Bool
        switch c {
        case "a", "f", "t", "n", "r", "v", "x", "p", "P", "d", "D", "s", "S", "w", "W", "0":
            valid = true
        case "1", "2", "3", "4", "5", "6", "7":
            // A single non-zero digit is a backreference; a longer one is octal.
            valid = index + 2 < chars.count && ("0" ... "7").contains(chars[index + 2])
        case "b", "B", "A", "z":
            valid = !inClass
        default:
            valid = c.isASCII && !c.properties.isAlphabetic && !("0" ... "9").contains(c)
        }
        return valid ? nil : "invalid escape sequence: `\\\(c)`"
    }

    /// The index of the `]` closing the class opened at `start`, or `nil` when it is not closed.
    /// A `]` first in the class (after an optional `^`) is literal.
    private static func classEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start + 1
        if j < chars.count, chars[j] == "^" { j += 1 }
        if j < chars.count, chars[j] == "]" { j += 1 }
        while j < chars.count {
            if chars[j] == "\\" {
                j += 2
                continue
            }
            if chars[j] == "[", j + 1 < chars.count, chars[j + 1] == ":" {
                // [:alpha:] inside a class.
                if let close = (j + 2 ..< chars.count).first(where: { chars[$0] == "]" && chars[$0 - 1] == ":" }) {
                    j = close + 1
                    continue
                }
            }
            if chars[j] == "]" { return j }
            j += 1
        }
        return nil
    }
}
