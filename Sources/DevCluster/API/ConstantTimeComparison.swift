/// Byte comparison whose running time does not depend on where two secrets differ, so that
/// timing a server's refusals cannot recover a token byte by byte (an early-exit `==` can be
/// timed).
enum ConstantTimeComparison {
    /// Whether `presented` and `expected` are the same bytes. Every byte of `expected` is
    /// visited whatever the input, so the time taken depends on the secret's length only, which
    /// is not secret; a presented value of another length is folded into the result rather
    /// than returned early.
    static func isEqual(_ presented: [UInt8], _ expected: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: presented.count ^ expected.count)
        for index in expected.indices {
            let byte = index < presented.count ? presented[index] : 0
            difference |= UInt(byte ^ expected[index])
        }
        return difference == 0
    }
}
