import KubeCore

/// Readers that turn an object into Table cells, shared by the built-in column definitions.
enum Cells {
    static func age(_ object: JSONValue, _ now: KubeTime) -> JSONValue {
        timestamp(object, ["metadata", "creationTimestamp"], now)
    }

    /// A timestamp as a human duration before `now`; `<unknown>` when absent, as kube prints it.
    static func timestamp(_ object: JSONValue, _ path: [String], _ now: KubeTime) -> JSONValue {
        guard let text = object[path: path]?.stringValue, let time = try? KubeTime(rfc3339: text) else {
            return "<unknown>"
        }
        return .string(HumanDuration.format(seconds: now.secondsSince1970 - time.secondsSince1970))
    }

    static func int(_ object: JSONValue, _ path: [String]) -> Int64 {
        object[path: path]?.intValue ?? 0
    }

    static func string(_ object: JSONValue, _ path: [String], default fallback: String = "<none>") -> JSONValue {
        guard let text = object[path: path]?.stringValue, !text.isEmpty else { return .string(fallback) }
        return .string(text)
    }

    /// `ready/desired`, as Deployments, StatefulSets and Pods show readiness.
    static func ratio(_ numerator: Int64, _ denominator: Int64) -> JSONValue {
        .string("\(numerator)/\(denominator)")
    }

    static func count(_ object: JSONValue, _ path: [String]) -> JSONValue {
        let value = object[path: path]
        return .integer(Int64(value?.objectValue?.count ?? value?.arrayValue?.count ?? 0))
    }

    /// A condition's status (`True`) when present.
    static func condition(_ object: JSONValue, _ type: String) -> String? {
        object[path: ["status", "conditions"]]?.arrayValue?
            .first { $0["type"]?.stringValue == type }?["status"]?.stringValue
    }
}
