/// When rollouts may start: on these days, between these times, in this time zone. A window
/// whose end is before its start runs past midnight.
public struct DeploymentWindow: Sendable, Hashable {
    public var days: [Weekday]
    /// `HH:MM`, 24-hour.
    public var start: String
    /// `HH:MM`, 24-hour, exclusive.
    public var end: String
    /// An IANA time zone.
    public var timeZone: String

    public static let defaultTimeZone = "UTC"
    static let timePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$"

    public init(days: [Weekday], start: String, end: String, timeZone: String = defaultTimeZone) {
        self.days = days
        self.start = start
        self.end = end
        self.timeZone = timeZone
    }
}

extension DeploymentWindow: Codable {
    private enum CodingKeys: String, CodingKey {
        case days, start, end, timeZone
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        days = try container.decode([Weekday].self, forKey: .days)
        start = try container.decode(String.self, forKey: .start)
        end = try container.decode(String.self, forKey: .end)
        timeZone = try container.decode(.timeZone, default: Self.defaultTimeZone)
    }
}

extension DeploymentWindow: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A time when rollouts may start; a window whose end is before its start runs past midnight.",
        required: ["days", "start", "end"],
        properties: [
            "days": .array(
                "The days the window opens on.", of: .string("A day.", enum: Weekday.self), listType: .set, minItems: 1),
            "start": .string("When the window opens, HH:MM (24-hour).", pattern: timePattern, maxLength: 5),
            "end": .string("When the window closes, HH:MM (24-hour), exclusive.", pattern: timePattern, maxLength: 5),
            "timeZone": .string("The IANA time zone of start and end, such as Europe/Paris.", minLength: 1)
                .defaulted(.string(defaultTimeZone)),
        ]
    ).rule("self.start != self.end", message: "start and end must differ")
}
