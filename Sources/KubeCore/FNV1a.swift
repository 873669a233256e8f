/// FNV-1a: tiny, and stable across runs and platforms (unlike `Hasher`, seeded per process), for
/// what is derived from text and must come out the same every time — names shortened with a
/// hash, a Monitor's evaluation slot, the dev cluster's pod-template hashes and simulated
/// distributions. Not for anything secret.
public enum FNV1a {
    /// The 32-bit hash of the text's UTF-8.
    public static func hash(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        return hash
    }

    /// The 32-bit hash as eight lower-case hex digits.
    public static func hex(_ text: String) -> String {
        let digits = String(hash(text), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The 64-bit hash of some bytes.
    public static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
