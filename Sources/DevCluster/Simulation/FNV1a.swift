/// 64-bit FNV-1a: a hash that stays the same across runs (Swift's `Hasher` is seeded per
/// process), for what the simulation derives from text — pod-template hashes, artifact digests,
/// feature distributions.
enum FNV1a {
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
