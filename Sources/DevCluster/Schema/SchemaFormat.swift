import Foundation
import KubeCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `format` handling of apiextensions-apiserver (pkg/apiserver/validation/formats.go) and
/// kube-openapi's strfmt registry.
///
/// A format the API server does not support for the schema's type is dropped before
/// validation (`StripUnsupportedFormatsPostProcessor`): integers keep only int32/int64, numbers
/// float/double, strings the registry's names. Of the string formats, the ones CRDs use and
/// that have a precise definition are checked; the rest (uri, email, hostname, isbn*, ssn,
/// creditcard, rgbcolor, bsonobjectid, duration, quantity, password) are accepted as any
/// string.
enum SchemaFormat {
    /// Formats CRD string schemas may carry (kube 1.34), with go-openapi's normalisation that
    /// drops dashes (`date-time` and `datetime` are one format).
    private static let supportedStringFormats: Set<String> = [
        "bsonobjectid", "uri", "email", "hostname", "ipv4", "ipv6", "cidr", "mac", "uuid", "uuid3", "uuid4",
        "uuid5", "isbn", "isbn10", "isbn13", "creditcard", "ssn", "hexcolor", "rgbcolor", "byte", "password",
        "date", "duration", "datetime", "quantity", "k8sshortname", "k8slongname",
    ]

    /// The format that takes part in validation, or `nil` when the API server ignores it.
    static func effective(format: String?, type: String?) -> String? {
        guard let format, !format.isEmpty else { return nil }
        switch type ?? "" {
        case "", "string": return supportedStringFormats.contains(normalized(format)) ? format : nil
        case "integer": return format == "int32" || format == "int64" ? format : nil
        case "number": return format == "float" || format == "double" ? format : nil
        default: return nil
        }
    }

    /// Whether the strfmt registry has a validator for `format` (number formats have none).
    static func isStringFormat(_ format: String) -> Bool {
        supportedStringFormats.contains(normalized(format))
    }

    /// Whether `value` is valid for the string format `format`.
    static func validates(_ value: String, format: String) -> Bool {
        switch normalized(format) {
        case "datetime": return isDateTime(value)
        case "date": return isDate(value)
        case "byte": return Data(base64Encoded: value) != nil
        case "ipv4": return value.contains(".") && parsesAsIP(value)
        case "ipv6": return value.contains(":") && parsesAsIP(value)
        case "cidr": return isCIDR(value)
        case "mac": return isMAC(value)
        case "uuid": return isUUID(value, version: nil)
        case "uuid3": return isUUID(value, version: "3")
        case "uuid4": return isUUID(value, version: "4")
        case "uuid5": return isUUID(value, version: "5")
        case "hexcolor": return isHexColor(value)
        case "k8sshortname": return NameValidation.dns1123Label(value).isEmpty
        case "k8slongname": return NameValidation.dns1123Subdomain(value).isEmpty
        default: return true
        }
    }

    private static func normalized(_ format: String) -> String {
        format.replacingOccurrences(of: "-", with: "")
    }

    // MARK: - Checks

    /// strfmt's `IsDateTime`: a full date, `T` (any case), `hh:mm:ss`, an optional fraction and
    /// a required `Z` or offset.
    private static func isDateTime(_ value: String) -> Bool {
        let lower = Array(value.lowercased().utf8)
        guard lower.count >= 4, let t = lower.firstIndex(of: UInt8(ascii: "t")),
            isDate(String(decoding: lower[..<t], as: UTF8.self))
        else { return false }
        var time = lower[(t + 1)...]
        // Only the part up to a second "t" counts, as strings.Split would cut it.
        if let next = time.firstIndex(of: UInt8(ascii: "t")) { time = time[..<next] }
        let clock = Array(time)
        func twoDigits(_ at: Int) -> Int? {
            guard at + 1 < clock.count, isDigit(clock[at]), isDigit(clock[at + 1]) else { return nil }
            return Int(clock[at] - 48) * 10 + Int(clock[at + 1] - 48)
        }
        guard let hour = twoDigits(0), clock.count > 2, clock[2] == UInt8(ascii: ":"), let minute = twoDigits(3),
            clock.count > 5, clock[5] == UInt8(ascii: ":"), let second = twoDigits(6),
            hour <= 23, minute <= 59, second <= 59
        else { return false }
        var i = 8
        if i < clock.count, clock[i] != UInt8(ascii: "z"), clock[i] != UInt8(ascii: "+"), clock[i] != UInt8(ascii: "-") {
            // `(.[0-9]+)?`: any one character, then digits.
            i += 1
            let digitsStart = i
            while i < clock.count, isDigit(clock[i]) { i += 1 }
            guard i > digitsStart else { return false }
        }
        guard i < clock.count else { return false }
        if clock[i] == UInt8(ascii: "z") { return i + 1 == clock.count }
        guard clock[i] == UInt8(ascii: "+") || clock[i] == UInt8(ascii: "-"), i + 6 == clock.count,
            twoDigits(i + 1) != nil, clock[i + 3] == UInt8(ascii: ":"), twoDigits(i + 4) != nil
        else { return false }
        return true
    }

    /// `time.Parse("2006-01-02", value)`.
    private static func isDate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || isDigit($0.element) })
        else { return false }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let year = number(0 ..< 4)
        let month = number(5 ..< 7)
        let day = number(8 ..< 10)
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1 ... 12).contains(month) && day >= 1 && day <= days[month - 1]
    }

    private static func parsesAsIP(_ value: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, value, &buffer) == 1 || inet_pton(AF_INET6, value, &buffer) == 1
    }

    /// `net.ParseCIDR`: an address, a slash and a decimal prefix length within the address size.
    private static func isCIDR(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bits = Int(parts[1]), !parts[1].isEmpty, parts[1].allSatisfy(\.isASCII),
            parts[1].utf8.allSatisfy(isDigit)
        else { return false }
        var buffer = [UInt8](repeating: 0, count: 16)
        let address = String(parts[0])
        if inet_pton(AF_INET, address, &buffer) == 1 { return bits <= 32 }
        if inet_pton(AF_INET6, address, &buffer) == 1 { return bits <= 128 }
        return false
    }

    /// `net.ParseMAC`: 6, 8 or 20 octets as `xx:xx…` or `xx-xx…`, or `xxxx.xxxx…`.
    private static func isMAC(_ value: String) -> Bool {
        for separator in [":", "-"] {
            let groups = value.components(separatedBy: separator)
            if groups.count > 1 {
                return [6, 8, 20].contains(groups.count) && groups.allSatisfy { $0.count == 2 && isHex($0) }
            }
        }
        let groups = value.components(separatedBy: ".")
        return [3, 4, 10].contains(groups.count) && groups.allSatisfy { $0.count == 4 && isHex($0) }
    }

    /// `(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?V[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$`, with
    /// the version digit and variant only for uuid3/4/5 (uuid3 has no variant rule).
    private static func isUUID(_ value: String, version: Character?) -> Bool {
        let chars = Array(value.lowercased())
        var groups: [ArraySlice<Character>] = []
        var i = 0
        for (offset, length) in [8, 4, 4, 4, 12].enumerated() {
            if offset > 0, i < chars.count, chars[i] == "-" { i += 1 }
            guard i + length <= chars.count else { return false }
            let group = chars[i ..< i + length]
            guard group.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return false }
            groups.append(group)
            i += length
        }
        guard i == chars.count else { return false }
        guard let version else { return true }
        guard groups[2].first == version else { return false }
        return version == "3" || "89ab".contains(groups[3].first!)
    }

    private static func isHexColor(_ value: String) -> Bool {
        let digits = value.hasPrefix("#") ? String(value.dropFirst()) : value
        return (digits.count == 3 || digits.count == 6) && isHex(digits)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func isHex(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isHexDigit && $0.isASCII }
    }
}
