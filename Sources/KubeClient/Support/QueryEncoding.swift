/// `name=value&…` with every byte but RFC 3986's unreserved characters percent-encoded: a URL's
/// query, and an `application/x-www-form-urlencoded` body (which Prometheus takes for queries
/// too long for a URL).
public enum QueryEncoding {
    public static func encode(_ pairs: [(name: String, value: String)]) -> String {
        pairs.map { percentEncode($0.name, keeping: unreserved) + "=" + percentEncode($0.value, keeping: unreserved) }
            .joined(separator: "&")
    }

    /// RFC 3986 unreserved characters: never encoded anywhere.
    static let unreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))

    static func percentEncode(_ text: String, keeping allowed: Set<UInt8>) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if allowed.contains(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
