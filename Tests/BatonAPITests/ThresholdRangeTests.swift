import Testing

@testable import BatonAPI

struct ThresholdRangeTests {
    @Test func boundsAreInclusive() {
        let range = ThresholdRange(min: "0.9", max: "1")
        #expect(range.contains(0.9))
        #expect(range.contains(1))
        #expect(!range.contains(0.89))
        #expect(ThresholdRange(max: "250m").contains(-5))
    }
}
