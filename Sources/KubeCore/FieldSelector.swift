/// A field selector (`metadata.name=web,status.phase!=Running`), as `kubectl --field-selector`
/// and the `fieldSelector` query parameter carry it (apimachinery's `fields.ParseSelector`).
///
/// Only `=`, `==` and `!=` exist. In values, `\,`, `\=` and `\\` escape the characters that
/// would otherwise end a term. A field that is not set compares as the empty string.
public struct FieldSelector: Sendable, Hashable, CustomStringConvertible {
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        public enum Operator: String, Sendable, Hashable {
            case equals = "="
            case notEquals = "!="
        }

        public var field: String
        public var `operator`: Operator
        public var value: String

        public init(field: String, operator: Operator, value: String) {
            self.field = field
            self.operator = `operator`
            self.value = value
        }

        public func matches(_ fieldValue: String?) -> Bool {
            let actual = fieldValue ?? ""
            return self.operator == .equals ? actual == value : actual != value
        }

        /// `field=value` with the value escaped.
        public var description: String {
            field + self.operator.rawValue + FieldSelector.escape(value)
        }
    }

    public let requirements: [Requirement]

    /// Selects everything.
    public static let everything = FieldSelector([])

    public init(_ requirements: [Requirement]) {
        self.requirements = requirements
    }

    /// Parses the comma-separated terms; an empty string selects everything. Terms are kept
    /// in sorted order of their text, as apimachinery keeps them.
    public init(parsing selector: String) throws(FieldSelectorError) {
        var requirements: [Requirement] = []
        let terms = Self.splitTerms(selector).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for term in terms where !term.isEmpty {
            // The field cannot be escaped, so the first operator in the term splits it.
            guard let (field, op, rawValue) = Self.splitTerm(term) else {
                throw FieldSelectorError(
                    selector: selector, message: "cannot understand \"\(term)\"; expected field=value, field==value or field!=value")
            }
            guard !field.isEmpty else {
                throw FieldSelectorError(selector: selector, message: "\"\(term)\" names no field")
            }
            let value: String
            do {
                value = try Self.unescape(rawValue)
            } catch {
                throw FieldSelectorError(selector: selector, message: "in \"\(term)\": \(error.message)")
            }
            requirements.append(Requirement(field: field, operator: op, value: value))
        }
        self.init(requirements)
    }

    public var isEmpty: Bool { requirements.isEmpty }

    /// Whether an object whose fields `lookup` reads satisfies every term.
    public func matches(_ lookup: (String) -> String?) -> Bool {
        requirements.allSatisfy { $0.matches(lookup($0.field)) }
    }

    public func matches(_ fields: [String: String]) -> Bool {
        matches { fields[$0] }
    }

    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    // MARK: - Escaping
    //
    // Everything special is ASCII, which never occurs inside a multi-byte UTF-8 sequence, so
    // working on bytes splits exactly where apimachinery's rune loops do.

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "=")
    }

    /// Escapes `\`, `,` and `=` in a value.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: isSpecial) else { return value }
        var escaped: [UInt8] = []
        for byte in value.utf8 {
            if isSpecial(byte) { escaped.append(UInt8(ascii: "\\")) }
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private struct UnescapeError: Error {
        var message: String
    }

    private static func unescape(_ value: Substring) throws(UnescapeError) -> String {
        var result: [UInt8] = []
        var escaping = false
        for byte in value.utf8 {
            if escaping {
                guard isSpecial(byte) else {
                    throw UnescapeError(
                        message: "invalid escape sequence \"\\\(Character(Unicode.Scalar(byte)))\" (only \\\\, \\, and \\= are escapes)")
                }
                result.append(byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else if isSpecial(byte) {
                let character = Character(Unicode.Scalar(byte))
                throw UnescapeError(message: "'\(character)' must be escaped as '\\\(character)' in a value")
            } else {
                result.append(byte)
            }
        }
        guard !escaping else { throw UnescapeError(message: "a value cannot end with a single '\\'") }
        return String(decoding: result, as: UTF8.self)
    }

    /// Splits on commas that are not escaped; the escapes stay in the terms.
    private static func splitTerms(_ selector: String) -> [Substring] {
        guard !selector.isEmpty else { return [] }
        var terms: [Substring] = []
        let utf8 = selector.utf8
        var start = utf8.startIndex
        var escaping = false
        for index in utf8.indices {
            let byte = utf8[index]
            if escaping {
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else if byte == UInt8(ascii: ",") {
                terms.append(selector[start ..< index])
                start = utf8.index(after: index)
            }
        }
        terms.append(selector[start...])
        return terms
    }

    /// Splits a term at its first operator, trying `!=` and `==` before `=`.
    private static func splitTerm(_ term: Substring) -> (String, Requirement.Operator, Substring)? {
        let utf8 = term.utf8
        for index in utf8.indices {
            let rest = utf8[index...]
            for (text, op) in [("!=", Requirement.Operator.notEquals), ("==", .equals), ("=", .equals)]
            where rest.starts(with: text.utf8) {
                let valueStart = utf8.index(index, offsetBy: text.utf8.count)
                return (String(term[..<index]), op, term[valueStart...])
            }
        }
        return nil
    }
}
