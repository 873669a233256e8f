/// The 32-bit FNV-1a hash: tiny, stable across runs and platforms (unlike `Hasher`), and
/// enough to tell apart names that had to be shortened. Not for anything secret.
enum FNV1a {
    static func hash(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        return hash
    }

    /// The hash as eight lower-case hex digits.
    static func hex(_ text: String) -> String {
        let digits = String(hash(text), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
