/// Writes a `JSONValue` as UTF-8 JSON text into a byte buffer.
struct JSONWriter {
    private(set) var output: [UInt8] = []
    private let sortedKeys: Bool
    private let pretty: Bool

    init(options: JSONWriteOptions) {
        sortedKeys = options.contains(.sortedKeys)
        pretty = options.contains(.prettyPrinted)
        output.reserveCapacity(1024)
    }

    /// Writes `value`. A non-finite number throws; the path to it is assembled while the error
    /// unwinds, so the happy path pays nothing for it.
    mutating func write(_ value: JSONValue, indent: Int = 0) throws(JSONWriteError) {
        switch value {
        case .null: append("null")
        case let .bool(b): append(b ? "true" : "false")
        case let .integer(i): writeInteger(i)
        case let .number(d):
            guard d.isFinite else { throw JSONWriteError(path: .root, value: d) }
            Self.appendDouble(d, to: &output)
        case let .string(s): writeString(s)
        case let .array(elements):
            guard !elements.isEmpty else { return append("[]") }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                do {
                    try write(element, indent: indent + 1)
                } catch {
                    throw JSONWriteError(path: error.path.prepending(String(offset)), value: error.value)
                }
            }
            newline(indent)
            output.append(UInt8(ascii: "]"))
        case let .object(members):
            guard !members.isEmpty else { return append("{}") }
            output.append(UInt8(ascii: "{"))
            var first = true
            func member(_ key: String, _ value: JSONValue) throws(JSONWriteError) {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                newline(indent + 1)
                writeString(key)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                do {
                    try write(value, indent: indent + 1)
                } catch {
                    throw JSONWriteError(path: error.path.prepending(key), value: error.value)
                }
            }
            if sortedKeys {
                let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                for key in keys { try member(key, members[key].unsafelyUnwrapped) }
            } else {
                for (key, value) in members { try member(key, value) }
            }
            newline(indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func newline(_ indent: Int) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private mutating func writeInteger(_ value: Int64) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Twenty digits hold any UInt64; fill from the right, then copy the used part.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    private mutating func writeString(_ string: String) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x08: escape = "\\b"
                case 0x09: escape = "\\t"
                case 0x0A: escape = "\\n"
                case 0x0C: escape = "\\f"
                case 0x0D: escape = "\\r"
                case 0 ..< 0x20: escape = ""
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && utf8[i + 2] & 0xFE == 0xA8:
                    // U+2028 and U+2029 are valid JSON but end lines in JavaScript; Go escapes
                    // them too, so output stays embeddable.
                    escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default:
                    i += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< i]))
                if escape.utf8CodeUnitCount > 0 {
                    append(escape)
                    i += byte == 0xE2 ? 3 : 1
                } else {
                    let hex: StaticString = "0123456789abcdef"
                    append("\\u00")
                    output.append(hex.utf8Start[Int(byte >> 4)])
                    output.append(hex.utf8Start[Int(byte & 0x0F)])
                    i += 1
                }
                runStart = i
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Writes a finite double the way Go's `encoding/json` (and JavaScript) does: the shortest
    /// digits that read back to the same double, in plain notation for 1e-6 <= |x| < 1e21
    /// (so `100.0` is `100`), exponent notation outside it (`1e+21`, `1.5e-7`).
    static func appendDouble(_ value: Double, to output: inout [UInt8]) {
        if value.sign == .minus { output.append(UInt8(ascii: "-")) }
        guard value != 0 else { return output.append(UInt8(ascii: "0")) }
        let magnitude = value.magnitude
        // The standard library already computes the shortest round-trip digits; its layout
        // ("123.0", "0.001", "1.2345e-07") is only re-arranged here.
        var text = magnitude.description
        text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digits in
                var count = 0
                var pointIndex: Int?
                var i = 0
                while i < utf8.count, utf8[i] != UInt8(ascii: "e") {
                    if utf8[i] == UInt8(ascii: ".") {
                        pointIndex = count
                    } else {
                        digits[count] = utf8[i]
                        count += 1
                    }
                    i += 1
                }
                var exponent = 0
                if i < utf8.count {
                    i += 1
                    var negative = false
                    if utf8[i] == UInt8(ascii: "-") || utf8[i] == UInt8(ascii: "+") {
                        negative = utf8[i] == UInt8(ascii: "-")
                        i += 1
                    }
                    while i < utf8.count {
                        exponent = exponent * 10 + Int(utf8[i] - UInt8(ascii: "0"))
                        i += 1
                    }
                    if negative { exponent = -exponent }
                }
                // value = 0.d1 d2 ... dn x 10^decimalExponent, with d1 != 0 and dn != 0.
                var leading = 0
                while leading < count, digits[leading] == UInt8(ascii: "0") { leading += 1 }
                var end = count
                while end > leading, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
                let significant = UnsafeBufferPointer(rebasing: digits[leading ..< end])
                let decimalExponent = (pointIndex ?? count) - leading + exponent
                let n = significant.count
                let zero = UInt8(ascii: "0")
                if magnitude >= 1e-6 && magnitude < 1e21 {
                    if decimalExponent <= 0 {
                        output.append(zero)
                        output.append(UInt8(ascii: "."))
                        output.append(contentsOf: repeatElement(zero, count: -decimalExponent))
                        output.append(contentsOf: significant)
                    } else if decimalExponent >= n {
                        output.append(contentsOf: significant)
                        output.append(contentsOf: repeatElement(zero, count: decimalExponent - n))
                    } else {
                        output.append(contentsOf: significant[..<decimalExponent])
                        output.append(UInt8(ascii: "."))
                        output.append(contentsOf: significant[decimalExponent...])
                    }
                } else {
                    output.append(significant[0])
                    if n > 1 {
                        output.append(UInt8(ascii: "."))
                        output.append(contentsOf: significant[1...])
                    }
                    output.append(UInt8(ascii: "e"))
                    let power = decimalExponent - 1
                    output.append(power < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                    output.append(contentsOf: String(power.magnitude).utf8)
                }
            }
        }
    }
}
