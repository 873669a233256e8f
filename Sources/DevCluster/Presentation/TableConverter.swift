import KubeCore

/// Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): a
/// `meta.k8s.io/v1` Table with the kind's columns and, per row, the object as
/// `includeObject` asks (None, Metadata — the default — or Object).
struct TableConverter: Sendable {
    enum IncludeObject: String, Sendable {
        case none = "None"
        case metadata = "Metadata"
        case object = "Object"
    }

    let type: ResourceType
    let include: IncludeObject
    /// Read at each conversion: a watch converts events long after it started.
    let clock: @Sendable () -> KubeTime

    /// Whether the Accept header asks for a Table.
    static func wanted(_ accept: String) -> Bool {
        accept.split(separator: ",").contains { part in
            let parameters = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return parameters.contains("as=Table") && parameters.contains("g=meta.k8s.io")
        }
    }

    func table(_ objects: [JSONValue], listMeta: JSONValue = [:]) -> JSONValue {
        let columns = columns(now: clock())
        return [
            "kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": listMeta,
            "columnDefinitions": .array(columns.map(\.definition)),
            "rows": .array(objects.map { row($0, columns) }),
        ]
    }

    private struct Column {
        var definition: JSONValue
        var cell: (JSONValue) -> JSONValue
    }

    private func columns(now: KubeTime) -> [Column] {
        if !type.isCustom {
            return type.printerColumns.map { column in
                Column(
                    definition: definition(column.name, column.type, column.format, column.description, column.priority),
                    cell: { column.cell($0, now) })
            }
        }
        let name = Column(
            definition: definition("Name", "string", "name", "Name must be unique within a namespace.", 0),
            cell: { $0[path: ["metadata", "name"]] ?? "" })
        let columns = type.customColumns.isEmpty
            ? [CustomColumn(name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp")] : type.customColumns
        return [name] + columns.map { column in
            let path = JSONPath(column.jsonPath)
            return Column(
                definition: definition(column.name, column.type, column.format, column.description, column.priority),
                cell: { object in
                    guard let value = path.values(in: object).first else { return .null }
                    return cell(value, type: column.type, now: now)
                })
        }
    }

    private func definition(_ name: String, _ type: String, _ format: String, _ description: String, _ priority: Int) -> JSONValue {
        [
            "name": .string(name), "type": .string(type), "format": .string(format),
            "description": .string(description), "priority": .integer(Int64(priority)),
        ]
    }

    /// A JSON value as a cell of a declared column type (dates become ages, as kube prints them).
    private func cell(_ value: JSONValue, type: String, now: KubeTime) -> JSONValue {
        switch type {
        case "date":
            guard let text = value.stringValue, let time = try? KubeTime(rfc3339: text) else { return value }
            return .string(HumanDuration.format(seconds: now.secondsSince1970 - time.secondsSince1970))
        case "integer": return value.intValue.map(JSONValue.integer) ?? value
        case "number", "boolean": return value
        default:
            if let text = value.stringValue { return .string(text) }
            return .string((try? value.jsonString()) ?? "")
        }
    }

    private func row(_ object: JSONValue, _ columns: [Column]) -> JSONValue {
        var row: JSONObject = ["cells": .array(columns.map { $0.cell(object) })]
        switch include {
        case .none: break
        case .object: row["object"] = object
        case .metadata:
            row["object"] = [
                "kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                "metadata": object["metadata"] ?? [:],
            ]
        }
        return .object(row)
    }
}
