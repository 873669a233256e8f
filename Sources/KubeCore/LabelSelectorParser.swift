/// The lexer and recursive-descent parser of apimachinery's `labels.Parse`, token for token,
/// so that every selector Kubernetes accepts is accepted here and means the same.
struct LabelSelectorParser {
    private enum Token: Equatable {
        case endOfString, closePar, comma, doesNotExist, doubleEquals, equals, greaterThan
        case identifier, `in`, lessThan, notEquals, notIn, openPar
    }

    /// In a value position `in` and `notin` are ordinary identifiers (`x in (in,notin)`).
    private enum Context { case keyAndOperator, values }

    private var items: [(token: Token, literal: String)] = []
    private var position = 0

    init(_ selector: String) {
        items = Self.lex(Array(selector.utf8))
    }

    // MARK: - Lexer

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }

    private static func symbol(_ text: [UInt8]) -> Token? {
        switch String(decoding: text, as: UTF8.self) {
        case ")": return .closePar
        case ",": return .comma
        case "!": return .doesNotExist
        case "==": return .doubleEquals
        case "=": return .equals
        case ">": return .greaterThan
        case "<": return .lessThan
        case "!=": return .notEquals
        case "(": return .openPar
        default: return nil
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        symbol([byte]) != nil
    }

    private static func lex(_ bytes: [UInt8]) -> [(token: Token, literal: String)] {
        var items: [(token: Token, literal: String)] = []
        var i = 0
        while true {
            while i < bytes.count, isWhitespace(bytes[i]) { i += 1 }
            guard i < bytes.count else {
                items.append((.endOfString, ""))
                return items
            }
            if isSpecial(bytes[i]) {
                // Longest match: the two-character operators `!=` and `==`.
                if i + 1 < bytes.count, let token = symbol([bytes[i], bytes[i + 1]]) {
                    items.append((token, String(decoding: bytes[i ... i + 1], as: UTF8.self)))
                    i += 2
                } else {
                    items.append((symbol([bytes[i]]).unsafelyUnwrapped, String(decoding: [bytes[i]], as: UTF8.self)))
                    i += 1
                }
                continue
            }
            let start = i
            while i < bytes.count, !isWhitespace(bytes[i]), !isSpecial(bytes[i]) { i += 1 }
            let literal = String(decoding: bytes[start ..< i], as: UTF8.self)
            switch literal {
            case "in": items.append((.in, literal))
            case "notin": items.append((.notIn, literal))
            default: items.append((.identifier, literal))
            }
        }
    }

    // MARK: - Parser

    private func lookahead(_ context: Context) -> (token: Token, literal: String) {
        Self.contextual(items[position], context)
    }

    private mutating func consume(_ context: Context) -> (token: Token, literal: String) {
        let item = items[position]
        // The end token is never consumed past.
        if item.token != .endOfString { position += 1 }
        return Self.contextual(item, context)
    }

    private static func contextual(_ item: (token: Token, literal: String), _ context: Context) -> (token: Token, literal: String) {
        if context == .values, item.token == .in || item.token == .notIn { return (.identifier, item.literal) }
        return item
    }

    private static func found(_ literal: String) -> String {
        literal.isEmpty ? "found end of string" : "found '\(literal)'"
    }

    mutating func parse() throws(LabelSelectorError) -> [LabelRequirement] {
        var requirements: [LabelRequirement] = []
        while true {
            let (token, literal) = lookahead(.values)
            switch token {
            case .identifier, .doesNotExist:
                do {
                    requirements.append(try parseRequirement())
                } catch {
                    throw LabelSelectorError(message: "unable to parse requirement: \(error.message)")
                }
                let (next, nextLiteral) = consume(.values)
                switch next {
                case .endOfString:
                    return requirements
                case .comma:
                    let (after, afterLiteral) = lookahead(.values)
                    if after != .identifier && after != .doesNotExist {
                        throw LabelSelectorError(message: "\(Self.found(afterLiteral)), expected: identifier after ','")
                    }
                default:
                    throw LabelSelectorError(message: "\(Self.found(nextLiteral)), expected: ',' or 'end of string'")
                }
            case .endOfString:
                return requirements
            default:
                throw LabelSelectorError(message: "\(Self.found(literal)), expected: !, identifier, or 'end of string'")
            }
        }
    }

    private mutating func parseRequirement() throws(LabelSelectorError) -> LabelRequirement {
        var (token, key) = consume(.values)
        var doesNotExist = false
        if token == .doesNotExist {
            doesNotExist = true
            (token, key) = consume(.values)
        }
        guard token == .identifier else {
            throw LabelSelectorError(message: "\(Self.found(key)), expected: identifier")
        }
        let keyErrors = NameValidation.qualifiedName(key)
        if !keyErrors.isEmpty {
            throw LabelSelectorError(message: "invalid label key \"\(key)\": " + keyErrors.joined(separator: "; "))
        }
        if doesNotExist {
            // `!key` takes no operator; anything after it is reported by the caller.
            return try LabelRequirement(key: key, operator: .doesNotExist)
        }
        let next = lookahead(.values).token
        if next == .endOfString || next == .comma {
            return try LabelRequirement(key: key, operator: .exists)
        }
        let op = try parseOperator()
        let values: [String]
        switch op {
        case .in, .notIn: values = try parseValues()
        default: values = try parseExactValue()
        }
        return try LabelRequirement(key: key, operator: op, values: values)
    }

    private mutating func parseOperator() throws(LabelSelectorError) -> LabelRequirement.Operator {
        let (token, literal) = consume(.keyAndOperator)
        switch token {
        case .in: return .in
        case .equals: return .equals
        case .doubleEquals: return .doubleEquals
        case .greaterThan: return .greaterThan
        case .lessThan: return .lessThan
        case .notIn: return .notIn
        case .notEquals: return .notEquals
        default:
            throw LabelSelectorError(message: "\(Self.found(literal)), expected: in, notin, =, ==, !=, gt, lt")
        }
    }

    /// `( value, value, … )`; empty entries are the empty-string value, as in apimachinery.
    private mutating func parseValues() throws(LabelSelectorError) -> [String] {
        let (open, openLiteral) = consume(.values)
        guard open == .openPar else {
            throw LabelSelectorError(message: "\(Self.found(openLiteral)), expected: '('")
        }
        let (first, firstLiteral) = lookahead(.values)
        switch first {
        case .identifier, .comma:
            let values = try parseIdentifierList()
            let (close, closeLiteral) = consume(.values)
            guard close == .closePar else {
                throw LabelSelectorError(message: "\(Self.found(closeLiteral)), expected: ')'")
            }
            return values
        case .closePar:
            _ = consume(.values)
            return [""]
        default:
            throw LabelSelectorError(message: "\(Self.found(firstLiteral)), expected: ',', ')' or identifier")
        }
    }

    private mutating func parseIdentifierList() throws(LabelSelectorError) -> [String] {
        var values: [String] = []
        while true {
            let (token, literal) = consume(.values)
            switch token {
            case .identifier:
                values.append(literal)
                let (next, nextLiteral) = lookahead(.values)
                switch next {
                case .comma: continue
                case .closePar: return values
                default: throw LabelSelectorError(message: "\(Self.found(nextLiteral)), expected: ',' or ')'")
                }
            case .comma:
                // "(,a", "a,,b" and "a,)" each hold an empty value.
                if values.isEmpty { values.append("") }
                let next = lookahead(.values).token
                if next == .closePar {
                    values.append("")
                    return values
                }
                if next == .comma {
                    _ = consume(.values)
                    values.append("")
                }
            default:
                throw LabelSelectorError(message: "\(Self.found(literal)), expected: ',', or identifier")
            }
        }
    }

    private mutating func parseExactValue() throws(LabelSelectorError) -> [String] {
        let next = lookahead(.values).token
        if next == .endOfString || next == .comma { return [""] }
        let (token, literal) = consume(.values)
        guard token == .identifier else {
            throw LabelSelectorError(message: "\(Self.found(literal)), expected: identifier")
        }
        return [literal]
    }
}
