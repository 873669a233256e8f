import KubeCore

/// A column of `kubectl get` for a kind (a CRD's `additionalPrinterColumns`).
public struct PrinterColumn: Sendable, Hashable {
    /// How kubectl formats the value.
    public enum ColumnType: String, Sendable, Hashable {
        case string, integer, number, boolean
        /// A timestamp, shown as an age ("5m").
        case date
    }

    public var name: String
    public var type: ColumnType
    /// A simple JSONPath into the object, such as `.status.phase`.
    public var jsonPath: String
    public var description: String
    /// 0 for the default view, 1 and up for `-o wide` only.
    public var priority: Int

    public init(_ name: String, type: ColumnType = .string, jsonPath: String, description: String, priority: Int = 0) {
        self.name = name
        self.type = type
        self.jsonPath = jsonPath
        self.description = description
        self.priority = priority
    }

    /// The status of one condition, such as `Ready`.
    public static func condition(_ type: String, name: String? = nil, description: String) -> PrinterColumn {
        PrinterColumn(
            name ?? type, jsonPath: #".status.conditions[?(@.type=="\#(type)")].status"#, description: description)
    }

    /// Kubernetes shows Age by itself only for CRDs without printer columns, so every kind
    /// that declares columns declares this one too.
    public static let age = PrinterColumn(
        "Age", type: .date, jsonPath: ".metadata.creationTimestamp",
        description: "How long ago the object was created.")

    var json: JSONValue {
        var column: JSONValue = [
            "name": .string(name), "type": .string(type.rawValue), "jsonPath": .string(jsonPath),
            "description": .string(description),
        ]
        if priority != 0 { column["priority"] = .integer(Int64(priority)) }
        return column
    }
}
