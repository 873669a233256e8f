/// RFC 3339 timestamps as Kubernetes writes them, without Foundation's date formatters (which
/// are slow, locale-sensitive and round fractions through `Double`).
enum RFC3339 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+hh:mm|-hh:mm)` into seconds since 1970 (UTC)
    /// and nanoseconds. Fractions longer than nine digits are truncated; leap seconds are
    /// rejected, as Go's `time.Parse` rejects them.
    static func parse(_ text: String) throws(TimestampParseError) -> (seconds: Int64, nanoseconds: Int32) {
        let utf8 = Array(text.utf8)
        var i = 0
        func fail(_ message: String) -> TimestampParseError {
            TimestampParseError(text: text, message: message)
        }
        let layout = "expected the form 2006-01-02T15:04:05Z"
        func number(_ digits: Int) throws(TimestampParseError) -> Int {
            var value = 0
            for _ in 0 ..< digits {
                guard i < utf8.count, utf8[i] >= UInt8(ascii: "0"), utf8[i] <= UInt8(ascii: "9") else {
                    throw fail(layout)
                }
                value = value * 10 + Int(utf8[i] - UInt8(ascii: "0"))
                i += 1
            }
            return value
        }
        func expect(_ characters: Character...) throws(TimestampParseError) {
            guard i < utf8.count, characters.contains(where: { $0.asciiValue == utf8[i] }) else {
                throw fail(layout)
            }
            i += 1
        }

        let year = try number(4)
        try expect("-")
        let month = try number(2)
        try expect("-")
        let day = try number(2)
        try expect("T", "t")
        let hour = try number(2)
        try expect(":")
        let minute = try number(2)
        try expect(":")
        let second = try number(2)
        var nanoseconds = 0
        if i < utf8.count, utf8[i] == UInt8(ascii: ".") {
            i += 1
            var digits = 0
            while i < utf8.count, utf8[i] >= UInt8(ascii: "0"), utf8[i] <= UInt8(ascii: "9") {
                if digits < 9 { nanoseconds = nanoseconds * 10 + Int(utf8[i] - UInt8(ascii: "0")) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { throw fail("expected digits after the decimal point") }
            for _ in min(digits, 9) ..< 9 { nanoseconds *= 10 }
        }
        var offsetSeconds = 0
        guard i < utf8.count else { throw fail("missing time zone; expected 'Z' or an offset like +01:00") }
        switch utf8[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = utf8[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            let offsetHours = try number(2)
            try expect(":")
            let offsetMinutes = try number(2)
            guard offsetHours < 24, offsetMinutes < 60 else { throw fail("time zone offset out of range") }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        default:
            throw fail("expected 'Z' or an offset like +01:00 after the time")
        }
        guard i == utf8.count else { throw fail("unexpected characters after the time zone") }

        guard (1 ... 12).contains(month) else { throw fail("month \(month) is out of range") }
        guard (1 ... daysInMonth(month, year: year)).contains(day) else {
            throw fail("day \(day) is out of range for month \(month)")
        }
        guard hour < 24 else { throw fail("hour \(hour) is out of range") }
        guard minute < 60 else { throw fail("minute \(minute) is out of range") }
        guard second < 60 else { throw fail("second \(second) is out of range") }

        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return (seconds, Int32(nanoseconds))
    }

    /// Formats in UTC with `Z` and exactly `fractionDigits` digits of fraction (0 for none).
    static func format(seconds: Int64, nanoseconds: Int32, fractionDigits: Int) -> String {
        let days = floorDivide(seconds, 86400)
        let secondOfDay = Int(seconds - days * 86400)
        let (year, month, day) = civilFromDays(Int(days))
        var text = ""
        text.reserveCapacity(20 + fractionDigits + 1)
        func pad(_ value: Int, _ width: Int) {
            let digits = String(value.magnitude)
            if value < 0 { text += "-" }
            text += String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        pad(year, 4)
        text += "-"
        pad(month, 2)
        text += "-"
        pad(day, 2)
        text += "T"
        pad(secondOfDay / 3600, 2)
        text += ":"
        pad(secondOfDay / 60 % 60, 2)
        text += ":"
        pad(secondOfDay % 60, 2)
        if fractionDigits > 0 {
            text += "."
            var fraction = Int(nanoseconds)
            for _ in fractionDigits ..< 9 { fraction /= 10 }
            pad(fraction, fractionDigits)
        }
        text += "Z"
        return text
    }

    /// Reads a timestamp string from a `Codable` decoder.
    static func decode(from decoder: any Decoder) throws -> (seconds: Int64, nanoseconds: Int32) {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes `value` as a timestamp string; a year outside 0000-9999 cannot be written in
    /// RFC 3339 and throws, as it does in Go.
    static func encode(
        _ value: Any, seconds: Int64, nanoseconds: Int32, fractionDigits: Int, to encoder: any Encoder
    ) throws {
        guard (0 ... 9999).contains(civilFromDays(Int(floorDivide(seconds, 86400))).year) else {
            throw EncodingError.invalidValue(
                value,
                EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: "a Kubernetes timestamp must fall in the years 0000-9999"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(format(seconds: seconds, nanoseconds: nanoseconds, fractionDigits: fractionDigits))
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's civil-calendar algorithms (proleptic Gregorian, days since 1970-01-01).

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
