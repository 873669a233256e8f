import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hosts whose traffic never leaves this machine: `localhost`, 127.0.0.0/8 and ::1 (also in
/// its IPv4-mapped form, ::ffff:127.x.x.x, as Go's `IP.IsLoopback` counts it). Anything else,
/// including a name that happens to resolve to loopback, counts as remote: a name is resolved
/// later and elsewhere, so only what the URL itself says can be trusted here.
enum LoopbackHost {
    /// `host` as a URL gives it, with or without the brackets around an IPv6 address.
    static func contains(_ host: String) -> Bool {
        var bare = Substring(host)
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = bare.dropFirst().dropLast() }
        if bare.lowercased() == "localhost" { return true }

        var ipv4 = in_addr()
        if inet_pton(AF_INET, String(bare), &ipv4) == 1 {
            return withUnsafeBytes(of: ipv4) { $0[0] == 127 }
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, String(bare), &ipv6) == 1 {
            return withUnsafeBytes(of: ipv6) { bytes in
                let loopback = bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1
                let mappedIPv4 = bytes.prefix(10).allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
                return loopback || (mappedIPv4 && bytes[12] == 127)
            }
        }
        return false
    }
}

extension URL {
    /// Requests to this URL go over plain `http://` to a host other than loopback, so anyone on
    /// the network path can read, and replay, a credential they carry.
    public var sendsInTheClear: Bool {
        scheme?.lowercased() == "http" && !LoopbackHost.contains(host ?? "")
    }
}
