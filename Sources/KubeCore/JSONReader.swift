/// The recursive-descent reader behind `JSONParser`: one pass over raw bytes, no intermediate
/// tokens, and `String`s built straight from the input when they hold no escapes.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private let maximumDepth: Int
    private let rejectsDuplicateKeys: Bool
    /// Members and elements of the containers being read, innermost last.
    private var keyStack: [String] = []
    private var valueStack: [JSONValue] = []

    init(_ buffer: UnsafeRawBufferPointer, maximumDepth: Int, rejectsDuplicateKeys: Bool) {
        // Reading bytes as UInt8 is valid whatever the memory is bound to.
        self.bytes = buffer.assumingMemoryBound(to: UInt8.self)
        self.maximumDepth = maximumDepth
        self.rejectsDuplicateKeys = rejectsDuplicateKeys
    }

    mutating func readDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try readValue()
        skipWhitespace()
        guard index == bytes.count else {
            throw failure("found \(describeByte(at: index)) after the JSON value; expected the end of input")
        }
        return value
    }

    // MARK: - Values

    private mutating func readValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else {
            throw failure("unexpected end of input; expected a value")
        }
        switch bytes[index] {
        case .openBrace: return try readObject()
        case .openBracket: return try readArray()
        case .quote: return .string(try readString())
        case .t: try readLiteral("true"); return .bool(true)
        case .f: try readLiteral("false"); return .bool(false)
        case .n: try readLiteral("null"); return .null
        case .minus, .zero ... .nine: return try readNumber()
        default:
            throw failure(
                "found \(describeByte(at: index)); expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func readLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        guard index + count <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[index ..< index + count]).elementsEqual(expected)
        else {
            throw failure("invalid literal; expected '\(literal)'")
        }
        index += count
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > maximumDepth {
            throw failure("nesting is deeper than the maximum depth of \(maximumDepth)")
        }
    }

    private mutating func readObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        let objectOffset = index
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBrace {
            index += 1
            depth -= 1
            return .object([:])
        }
        // Members collect on shared stacks and the object is built once, at its final size.
        let base = keyStack.count
        while true {
            guard index < bytes.count, bytes[index] == .quote else {
                throw failure(found(), "expected '\"' to begin an object key")
            }
            keyStack.append(try readString())
            skipWhitespace()
            guard index < bytes.count, bytes[index] == .colon else {
                throw failure(found(), "expected ':' after an object key")
            }
            index += 1
            skipWhitespace()
            valueStack.append(try readValue())
            skipWhitespace()
            guard index < bytes.count else {
                throw failure("unexpected end of input; expected ',' or '}' after an object member")
            }
            switch bytes[index] {
            case .comma:
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == .closeBrace {
                    throw failure("found '}' after ','; expected '\"' to begin an object key (trailing commas are not allowed)")
                }
            case .closeBrace:
                index += 1
                depth -= 1
                let count = keyStack.count - base
                let valueBase = valueStack.count - count
                defer {
                    keyStack.removeLast(count)
                    valueStack.removeLast(count)
                }
                let keys = keyStack[base...]
                let values = valueStack[valueBase...]
                if let duplicate = Self.firstDuplicate(in: keys) {
                    if rejectsDuplicateKeys {
                        throw failure("duplicate object key \"\(duplicate)\" in the object starting here", at: objectOffset)
                    }
                    var object = JSONObject(minimumCapacity: count)
                    for (key, value) in zip(keys, values) { object[key] = value }
                    return .object(object)
                }
                return .object(JSONObject(uncheckedUniqueKeys: keys, values: values))
            default:
                throw failure("found \(describeByte(at: index)); expected ',' or '}' after an object member")
            }
        }
    }

    /// Objects are small: pairwise comparison beats hashing until they are not.
    private static func firstDuplicate(in keys: ArraySlice<String>) -> String? {
        guard keys.count > 1 else { return nil }
        if keys.count <= 12 {
            for i in keys.indices.dropFirst() {
                for j in keys.startIndex ..< i where keys[i] == keys[j] { return keys[i] }
            }
            return nil
        }
        var seen = Set<String>(minimumCapacity: keys.count)
        for key in keys where !seen.insert(key).inserted { return key }
        return nil
    }

    private mutating func readArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == .closeBracket {
            index += 1
            depth -= 1
            return .array([])
        }
        let base = valueStack.count
        while true {
            valueStack.append(try readValue())
            skipWhitespace()
            guard index < bytes.count else {
                throw failure("unexpected end of input; expected ',' or ']' after an array element")
            }
            switch bytes[index] {
            case .comma:
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == .closeBracket {
                    throw failure("found ']' after ','; expected a value (trailing commas are not allowed)")
                }
            case .closeBracket:
                index += 1
                depth -= 1
                let array = Array(valueStack[base...])
                valueStack.removeLast(valueStack.count - base)
                return .array(array)
            default:
                throw failure("found \(describeByte(at: index)); expected ',' or ']' after an array element")
            }
        }
    }

    // MARK: - Strings

    /// Reads the string whose opening quote is at `index`.
    private mutating func readString() throws(JSONParseError) -> String {
        let start = index + 1
        var i = start
        var highBits: UInt64 = 0
        // Eight bytes at a time while none of them can end the fast path.
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)
            if Self.wordNeedsAttention(word) { break }
            highBits |= word
            i += 8
        }
        while i < bytes.count {
            let byte = bytes[i]
            if byte == .quote {
                index = i + 1
                let utf8 = UnsafeBufferPointer(rebasing: bytes[start ..< i])
                if highBits & 0x8080_8080_8080_8080 == 0 {
                    return String(decoding: utf8, as: UTF8.self)
                }
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    throw failure("string is not valid UTF-8", at: start - 1)
                }
                return string
            }
            if byte == .backslash {
                return try readEscapedString(from: start, firstEscape: i, highBits: highBits)
            }
            if byte < 0x20 {
                throw failure(
                    "control character \(Self.hex(byte)) must be escaped in a string; expected '\"' or a printable character",
                    at: i)
            }
            highBits |= UInt64(byte)
            i += 1
        }
        throw failure("unexpected end of input inside a string; expected '\"'", at: bytes.count)
    }

    /// True when the word holds a quote, a backslash or a control character.
    @inline(__always)
    private static func wordNeedsAttention(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & high != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// The slow path once a backslash is seen: decode into a byte buffer.
    private mutating func readEscapedString(
        from start: Int, firstEscape: Int, highBits: UInt64
    ) throws(JSONParseError) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(firstEscape - start + 32)
        utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< firstEscape]))
        var sawHighByte = highBits & 0x8080_8080_8080_8080 != 0
        var i = firstEscape
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case .quote:
                index = i + 1
                if !sawHighByte { return String(decoding: utf8, as: UTF8.self) }
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    throw failure("string is not valid UTF-8", at: start - 1)
                }
                return string
            case .backslash:
                guard i + 1 < bytes.count else {
                    throw failure("unexpected end of input in an escape; expected a character after '\\'", at: i)
                }
                switch bytes[i + 1] {
                case .quote: utf8.append(.quote)
                case .backslash: utf8.append(.backslash)
                case .slash: utf8.append(.slash)
                case .b: utf8.append(0x08)
                case .f: utf8.append(0x0C)
                case .n: utf8.append(0x0A)
                case .r: utf8.append(0x0D)
                case .t: utf8.append(0x09)
                case .u:
                    let (scalar, next) = try readUnicodeEscape(at: i)
                    utf8.append(contentsOf: scalar.utf8)
                    i = next
                    continue
                default:
                    throw failure(
                        "invalid escape '\\\(Self.printable(bytes[i + 1]))'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                        at: i)
                }
                i += 2
            case 0 ..< 0x20:
                throw failure(
                    "control character \(Self.hex(byte)) must be escaped in a string; expected '\"' or a printable character",
                    at: i)
            default:
                // Copy the run of ordinary bytes in one go.
                var end = i + 1
                while end < bytes.count {
                    let next = bytes[end]
                    if next == .quote || next == .backslash || next < 0x20 { break }
                    end += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[i ..< end])
                if !sawHighByte { sawHighByte = run.contains { $0 >= 0x80 } }
                utf8.append(contentsOf: run)
                i = end
            }
        }
        throw failure("unexpected end of input inside a string; expected '\"'", at: bytes.count)
    }

    /// Reads `\uXXXX` (and its low-surrogate partner when it is a high surrogate) at `offset`.
    private func readUnicodeEscape(at offset: Int) throws(JSONParseError) -> (Unicode.Scalar, Int) {
        let unit = try readHex4(at: offset + 2)
        switch unit {
        case 0xD800 ... 0xDBFF:
            let next = offset + 6
            guard next + 1 < bytes.count, bytes[next] == .backslash, bytes[next + 1] == .u else {
                throw failure(
                    "unpaired high surrogate \\u\(Self.hex4(unit)); expected a low surrogate \\uDC00-\\uDFFF to follow",
                    at: offset)
            }
            let low = try readHex4(at: next + 2)
            guard (0xDC00 ... 0xDFFF).contains(low) else {
                throw failure(
                    "unpaired high surrogate \\u\(Self.hex4(unit)); expected a low surrogate \\uDC00-\\uDFFF to follow",
                    at: offset)
            }
            let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            return (Unicode.Scalar(value).unsafelyUnwrapped, next + 6)
        case 0xDC00 ... 0xDFFF:
            throw failure(
                "unpaired low surrogate \\u\(Self.hex4(unit)); expected it to follow a high surrogate \\uD800-\\uDBFF",
                at: offset)
        default:
            return (Unicode.Scalar(unit).unsafelyUnwrapped, offset + 6)
        }
    }

    private func readHex4(at offset: Int) throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for i in offset ..< offset + 4 {
            guard i < bytes.count else {
                throw failure("unexpected end of input in a \\u escape; expected 4 hexadecimal digits", at: i)
            }
            let digit: UInt8
            switch bytes[i] {
            case .zero ... .nine: digit = bytes[i] - .zero
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = bytes[i] - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = bytes[i] - UInt8(ascii: "A") + 10
            default:
                throw failure(
                    "found \(describeByte(at: i)) in a \\u escape; expected 4 hexadecimal digits", at: i)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    // MARK: - Numbers

    private mutating func readNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var i = index
        let negative = bytes[i] == .minus
        if negative { i += 1 }
        let integerStart = i
        guard i < bytes.count, bytes[i].isDigit else {
            throw failure("found \(describeByte(at: i)) after '-'; expected a digit", at: i)
        }
        if bytes[i] == .zero {
            i += 1
            if i < bytes.count, bytes[i].isDigit {
                throw failure("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            while i < bytes.count, bytes[i].isDigit { i += 1 }
        }
        let integerEnd = i
        var fractionEnd = i
        var isInteger = true
        if i < bytes.count, bytes[i] == .dot {
            isInteger = false
            i += 1
            guard i < bytes.count, bytes[i].isDigit else {
                throw failure("found \(describeByte(at: i)) after the decimal point; expected a digit", at: i)
            }
            while i < bytes.count, bytes[i].isDigit { i += 1 }
            fractionEnd = i
        }
        var exponent = 0
        if i < bytes.count, bytes[i] | 0x20 == .e {
            isInteger = false
            i += 1
            var exponentNegative = false
            if i < bytes.count, bytes[i] == .plus || bytes[i] == .minus {
                exponentNegative = bytes[i] == .minus
                i += 1
            }
            guard i < bytes.count, bytes[i].isDigit else {
                throw failure("found \(describeByte(at: i)) in an exponent; expected a digit", at: i)
            }
            while i < bytes.count, bytes[i].isDigit {
                // Saturate: anything past this is out of range either way and goes to the slow path.
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] - .zero) }
                i += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        index = i

        if isInteger, let value = integer(digits: integerStart ..< integerEnd, negative: negative) {
            return .integer(value)
        }
        if let value = exactDouble(
            integerDigits: integerStart ..< integerEnd, fractionEnd: fractionEnd, exponent: exponent)
        {
            return .number(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("number \(text) is out of the range of a 64-bit float", at: start)
        }
        return .number(value)
    }

    private func integer(digits: Range<Int>, negative: Bool) -> Int64? {
        var magnitude: UInt64 = 0
        for i in digits {
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(bytes[i] - .zero))
            if overflow1 || overflow2 { return nil }
            magnitude = sum
        }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return .min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Clinger's fast path: when the digits fit in 53 bits and the power of ten is exact, one
    /// IEEE multiplication or division gives the correctly rounded result.
    private func exactDouble(integerDigits: Range<Int>, fractionEnd: Int, exponent: Int) -> Double? {
        var mantissa: UInt64 = 0
        var digitCount = 0
        for i in integerDigits {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] - .zero)
            digitCount += 1
        }
        let fractionStart = integerDigits.upperBound + 1
        var fractionDigits = 0
        if fractionEnd > integerDigits.upperBound {
            for i in fractionStart ..< fractionEnd {
                mantissa = mantissa &* 10 &+ UInt64(bytes[i] - .zero)
                digitCount += 1
                fractionDigits += 1
            }
        }
        guard digitCount <= 15 else { return nil }
        let power = exponent - fractionDigits
        guard (-22 ... 22).contains(power) else { return nil }
        let value = Double(mantissa)
        return power < 0 ? value / Self.powersOfTen[-power] : value * Self.powersOfTen[power]
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    // MARK: - Whitespace and errors

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte <= .space, byte == .space || byte == .newline || byte == .carriageReturn || byte == .tab
            else { return }
            index += 1
        }
    }

    private func found() -> String {
        index < bytes.count ? "found \(describeByte(at: index)); " : "unexpected end of input; "
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of input" }
        let byte = bytes[offset]
        return (0x21 ..< 0x7F).contains(byte) ? "'\(Self.printable(byte))'" : "byte \(Self.hex(byte))"
    }

    private static func printable(_ byte: UInt8) -> String {
        (0x21 ..< 0x7F).contains(byte) ? String(UnicodeScalar(byte)) : hex(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0\(digits)" : "0x\(digits)"
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    private func failure(_ prefix: String, _ message: String) -> JSONParseError {
        failure(prefix + message, at: index)
    }

    private func failure(_ message: String) -> JSONParseError {
        failure(message, at: index)
    }

    /// Line and column are computed only here, on the error path, so the happy path never
    /// tracks them.
    @inline(never)
    private func failure(_ message: String, at offset: Int) -> JSONParseError {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0 ..< end where bytes[i] == .newline {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart ..< end where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return JSONParseError(offset: offset, line: line, column: column, message: message)
    }
}

extension UInt8 {
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let minus = UInt8(ascii: "-")
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let zero = UInt8(ascii: "0")
    fileprivate static let nine = UInt8(ascii: "9")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let b = UInt8(ascii: "b")
    fileprivate static let e = UInt8(ascii: "e")
    fileprivate static let f = UInt8(ascii: "f")
    fileprivate static let n = UInt8(ascii: "n")
    fileprivate static let r = UInt8(ascii: "r")
    fileprivate static let t = UInt8(ascii: "t")
    fileprivate static let u = UInt8(ascii: "u")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")

    fileprivate var isDigit: Bool { self &- .zero < 10 }
}
