import Testing

@testable import DevCluster

/// The bearer-token comparison: equal only for the same bytes, whatever the lengths.
@Suite struct ConstantTimeComparisonTests {
    static let token = Array("Bearer 0123456789abcdef".utf8)

    @Test func sameBytesAreEqual() {
        #expect(ConstantTimeComparison.isEqual(Self.token, Self.token))
        #expect(ConstantTimeComparison.isEqual([], []))
    }

    @Test func aDifferenceAnywhereIsNotEqual() {
        for index in Self.token.indices {
            var changed = Self.token
            changed[index] ^= 0x01
            #expect(!ConstantTimeComparison.isEqual(changed, Self.token), "byte \(index) changed")
        }
    }

    @Test func prefixesAndExtensionsAreNotEqual() {
        #expect(!ConstantTimeComparison.isEqual(Array(Self.token.dropLast()), Self.token))
        #expect(!ConstantTimeComparison.isEqual(Self.token + [0], Self.token), "a trailing zero byte is not padding")
        #expect(!ConstantTimeComparison.isEqual(Self.token + Array("x".utf8), Self.token))
        #expect(!ConstantTimeComparison.isEqual([], Self.token))
        #expect(!ConstantTimeComparison.isEqual(Self.token, []))
    }

    /// Lengths that differ by a multiple of 256 must not cancel out in the length check.
    @Test func lengthsThatDifferBy256AreNotEqual() {
        let short: [UInt8] = Array(repeating: 0, count: 4)
        let long: [UInt8] = Array(repeating: 0, count: 260)
        #expect(!ConstantTimeComparison.isEqual(long, short))
        #expect(!ConstantTimeComparison.isEqual(short, long))
    }
}
