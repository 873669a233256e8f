/// The pieces of Go's `strconv` and `math/big` number syntax that go-yaml v2's resolver relies on,
/// reimplemented on raw bytes so that a manifest's numbers mean here what they mean to kubectl.
enum GoNumberSyntax {
    /// The outcome of Go's `strconv.ParseUint(s, 0, 64)`.
    enum UnsignedParse: Equatable {
        case value(UInt64)
        /// `strconv.ErrRange`: the digits are valid so far but the value exceeds 64 bits.
        case overflow
        /// `strconv.ErrSyntax`.
        case invalid
    }

    /// `strconv.ParseUint(text, 0, 64)` on text without underscores: an optional base prefix
    /// (`0x`, `0o`, `0b`, or a bare leading `0` for octal), then digits of that base. Like Go,
    /// it stops at the first overflow, before looking at the digits that follow.
    static func parseUnsigned(_ text: UnsafeBufferPointer<UInt8>) -> UnsignedParse {
        guard !text.isEmpty else { return .invalid }
        var base: UInt64 = 10
        var index = 0
        if text[0] == UInt8(ascii: "0") {
            let prefix = text.count >= 3 ? text[1] | 0x20 : 0
            switch prefix {
            case UInt8(ascii: "b"): base = 2; index = 2
            case UInt8(ascii: "o"): base = 8; index = 2
            case UInt8(ascii: "x"): base = 16; index = 2
            default: base = 8; index = 1
            }
        }
        var value: UInt64 = 0
        while index < text.count {
            guard let digit = digitValue(text[index]), digit < base else { return .invalid }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: base)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { return .overflow }
            value = sum
            index += 1
        }
        return .value(value)
    }

    /// go-yaml's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        func digits() -> Int {
            let start = index
            while index < count, isDecimalDigit(text[index]) { index += 1 }
            return index - start
        }
        if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if index < count, text[index] == UInt8(ascii: ".") {
                index += 1
                _ = digits()
            }
        }
        if index < count, text[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == count
    }

    /// Go's `underscoreOK`: every underscore sits between two digits (a base prefix counting as
    /// a digit), which is what `strconv.ParseFloat` requires of underscores.
    static func underscoresAreBetweenDigits(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previous = UInt8(ascii: "^")  // ^ start, 0 digit, _ underscore, ! anything else
        if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
        var hex = false
        if text.count - index >= 2, text[index] == UInt8(ascii: "0") {
            let prefix = text[index + 1] | 0x20
            if prefix == UInt8(ascii: "b") || prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "x") {
                hex = prefix == UInt8(ascii: "x")
                index += 2
                previous = UInt8(ascii: "0")
            }
        }
        while index < text.count {
            let byte = text[index]
            index += 1
            if isDecimalDigit(byte) || (hex && isHexLetter(byte)) {
                previous = UInt8(ascii: "0")
            } else if byte == UInt8(ascii: "_") {
                guard previous == UInt8(ascii: "0") else { return false }
                previous = byte
            } else {
                guard previous != UInt8(ascii: "_") else { return false }
                previous = UInt8(ascii: "!")
            }
        }
        return previous != UInt8(ascii: "_")
    }

    /// Go's `new(big.Int).SetString(text, 0)` for unsigned text, as the nearest double; `nil` when
    /// the text is not an integer literal.
    static func bigInteger(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var base: UInt64 = 10
        var index = 0
        if text.count >= 2, text[0] == UInt8(ascii: "0") {
            switch text[1] | 0x20 {
            case UInt8(ascii: "b"): base = 2; index = 2
            case UInt8(ascii: "o"): base = 8; index = 2
            case UInt8(ascii: "x"): base = 16; index = 2
            default: base = 8; index = 1
            }
        }
        guard index < text.count else { return nil }
        // Binary, octal and hex digits: accumulating is exact up to 2^53 and within an ulp after.
        var value = 0.0
        for byte in text[index...] {
            guard let digit = digitValue(byte), digit < base else { return nil }
            value = value * Double(base) + Double(digit)
        }
        return base == 10 ? double(text) : value
    }

    /// The correctly rounded double of a decimal literal (as `strconv.ParseFloat` returns it);
    /// infinite when it overflows, where Go reports `ErrRange`.
    static func double(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: text, as: UTF8.self))
    }

    static func isDecimalDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static func isHexLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        if isDecimalDigit(byte) { return UInt64(byte - UInt8(ascii: "0")) }
        if isHexLetter(byte) { return UInt64((byte | 0x20) - UInt8(ascii: "a") + 10) }
        return nil
    }
}
