import KubeCore

/// Builds child names that are valid DNS labels of the strictest kind Kubernetes asks for
/// (RFC 1035, as Service names must be: a lower-case letter first, then letters, digits and
/// `-`, an alphanumeric last, at most 63 characters), so one rule serves every kind of child
/// and every name can also be a label value and a host name.
enum DNSLabel {
    static let maximumLength = 63

    /// `base + suffix` when that is already valid and short enough; otherwise `base` made valid
    /// and cut, then `-<8 hex digits of the hash of base + suffix>`, then `suffix`. The hash keeps
    /// two names that shorten or sanitise alike apart, and the same input always gives the same
    /// name, so a restarted operator finds its children again. `suffix` must be valid label text.
    static func make(_ base: String, suffix: String = "", maximumLength: Int = maximumLength) -> String {
        let natural = base + suffix
        if natural.utf8.count <= maximumLength && isValid(natural) { return natural }
        let hash = FNV1a.hex(natural)
        var stem = sanitized(base)
        if stem.first.map({ !isLowercaseLetter($0) }) ?? true { stem = "x" + stem }
        let room = max(1, maximumLength - suffix.utf8.count - hash.utf8.count - 1)
        stem = String(stem.prefix(room))
        while stem.hasSuffix("-") { stem.removeLast() }
        return stem + "-" + hash + suffix
    }

    /// Whether `text` is an RFC 1035 label (length aside).
    static func isValid(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, isLowercaseLetter(first),
            isLowercaseLetter(last) || isDigit(last)
        else { return false }
        return text.allSatisfy { isLowercaseLetter($0) || isDigit($0) || $0 == "-" }
    }

    /// Lower case, with every character outside `[a-z0-9-]` turned into `-`.
    static func sanitized(_ text: String) -> String {
        String(text.lowercased().map { isLowercaseLetter($0) || isDigit($0) || $0 == "-" ? $0 : "-" })
    }

    private static func isLowercaseLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter && character.isLowercase
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
