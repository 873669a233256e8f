import Testing

@testable import RolloutView

struct TerminalTextTests {
    @Test func wideCharactersTakeTwoColumns() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("中文") == 4)
        #expect(TerminalText.width("├─ ✔") == 4)
        #expect(TerminalText.width("e\u{301}") == 1)
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        #expect(TerminalText.truncate("abcdef", to: 6) == "abcdef")
        #expect(TerminalText.truncate("abcdefg", to: 6) == "abcde…")
        #expect(TerminalText.width(TerminalText.truncate("中文中文中文", to: 6)) <= 6)
    }

    @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
        #expect(TerminalText.wrap("one two three four", to: 9) == ["one two", "three", "four"])
        #expect(TerminalText.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TerminalText.wrap("a\nb\tc", to: 80) == ["a b c"])
        #expect(TerminalText.wrap("", to: 10) == [""])
    }

    @Test func durationsReadAsACountdown() {
        #expect(DurationText.format(seconds: 0) == "0s")
        #expect(DurationText.format(seconds: 0.2) == "1s")
        #expect(DurationText.format(seconds: 83) == "1m23s")
        #expect(DurationText.format(seconds: 3723) == "1h02m03s")
        #expect(DurationText.format(seconds: 7200) == "2h00m")
    }
}
