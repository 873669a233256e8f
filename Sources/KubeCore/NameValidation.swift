/// The name rules of `k8s.io/apimachinery/pkg/util/validation`, with its messages word for
/// word so that errors read the same as the API server's. Each function returns the problems
/// found; an empty array means the value is valid.
public enum NameValidation {
    static let qualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
    static let dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"

    /// A label key, annotation key or condition type: `[prefix/]name`, where the optional prefix
    /// is a DNS subdomain and the name is at most 63 characters of `[-A-Za-z0-9_.]` that start
    /// and end alphanumeric.
    public static func qualifiedName(_ value: String) -> [String] {
        var errors: [String] = []
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            let prefix = parts[0]
            name = parts[1]
            if prefix.isEmpty {
                errors.append("prefix part must be non-empty")
            } else {
                errors += dns1123Subdomain(String(prefix)).map { "prefix part " + $0 }
            }
        default:
            return [
                "a qualified name "
                    + regexError(
                        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        qualifiedNameFormat, ["MyName", "my.name", "123-abc"])
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        if name.isEmpty {
            errors.append("name part must be non-empty")
        } else if name.utf8.count > 63 {
            errors.append("name part " + maxLengthError(63))
        }
        if !isQualifiedNamePart(name.utf8) {
            errors.append(
                "name part "
                    + regexError(
                        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                        qualifiedNameFormat, ["MyName", "my.name", "123-abc"]))
        }
        return errors
    }

    /// A label value: empty, or at most 63 characters of `[-A-Za-z0-9_.]` that start and end
    /// alphanumeric.
    public static func labelValue(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLengthError(63)) }
        if !value.isEmpty && !isQualifiedNamePart(value.utf8) {
            errors.append(
                regexError(
                    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                    "(\(qualifiedNameFormat))?", ["MyValue", "my_value", "12345"]))
        }
        return errors
    }

    /// A DNS subdomain (RFC 1123): most object names. At most 253 characters of lower-case
    /// labels joined by dots.
    public static func dns1123Subdomain(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 253 { errors.append(maxLengthError(253)) }
        let labels = value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if !labels.allSatisfy(isDNS1123Label) {
            errors.append(
                regexError(
                    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                    "\(dns1123LabelFormat)(\\.\(dns1123LabelFormat))*", ["example.com"]))
        }
        return errors
    }

    /// A DNS label (RFC 1123): namespace names and names that become host names. At most 63
    /// characters of `[a-z0-9-]` that start and end alphanumeric.
    public static func dns1123Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append(maxLengthError(63)) }
        if !isDNS1123Label(value.utf8[...]) {
            errors.append(
                regexError(
                    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                    dns1123LabelFormat, ["my-name", "123-abc"]))
        }
        return errors
    }

    // MARK: - Character rules

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
            UInt8(ascii: "0") ... UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte)
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`
    private static func isQualifiedNamePart<C: BidirectionalCollection<UInt8>>(_ utf8: C) -> Bool {
        guard let first = utf8.first, let last = utf8.last, isAlphanumeric(first), isAlphanumeric(last) else {
            return false
        }
        return utf8.allSatisfy {
            isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`
    private static func isDNS1123Label(_ utf8: Substring.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last)
        else { return false }
        return utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    // MARK: - Messages

    private static func maxLengthError(_ length: Int) -> String {
        "must be no more than \(length) characters"
    }

    /// apimachinery's `RegexError`, including its spacing.
    static func regexError(_ message: String, _ format: String, _ examples: [String]) -> String {
        var text = message + " (e.g. "
        for (index, example) in examples.enumerated() {
            if index > 0 { text += " or " }
            text += "'\(example)', "
        }
        return text + "regex used for validation is '\(format)')"
    }
}
