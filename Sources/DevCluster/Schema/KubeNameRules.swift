/// apimachinery's `IsDNS1035Label` (k8s.io/apimachinery/pkg/util/validation), which KubeCore's
/// `NameValidation` does not cover: CRD names, versions and embedded kinds use it. Messages are
/// apimachinery's word for word, including `RegexError`'s double space.
enum KubeNameRules {
    static func dns1035Label(_ value: String) -> [String] {
        var errors: [String] = []
        if value.utf8.count > 63 { errors.append("must be no more than 63 characters") }
        let bytes = Array(value.utf8)
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let valid =
            bytes.first.map(isLower) == true && bytes.last.map({ isLower($0) || isDigit($0) }) == true
            && bytes.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
        if !valid {
            errors.append(
                "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, "
                    + "and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
                    + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")
        }
        return errors
    }
}
