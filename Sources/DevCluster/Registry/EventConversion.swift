import KubeCore

/// core/v1 and events.k8s.io/v1 Events are one resource in two shapes, as in kube-apiserver:
/// stored as core/v1, served as either, so `kubectl describe` (core/v1) shows what an
/// events.k8s.io/v1 recorder wrote. The field mapping follows
/// k8s.io/kubernetes/pkg/apis/events/v1 conversion.
enum EventConversion {
    static let storage = ResourceKey(group: "", resource: "events")

    /// Renamed fields: events.k8s.io/v1 name → core/v1 name.
    private static let renamed: [(String, String)] = [
        ("regarding", "involvedObject"), ("note", "message"), ("reportingController", "reportingComponent"),
        ("deprecatedSource", "source"), ("deprecatedFirstTimestamp", "firstTimestamp"),
        ("deprecatedLastTimestamp", "lastTimestamp"), ("deprecatedCount", "count"),
    ]

    static func toCore(_ event: JSONValue) -> JSONValue {
        var core = event
        core["apiVersion"] = "v1"
        for (new, old) in renamed {
            core[old] = event[new]
            core[new] = nil
        }
        if core["source"] == nil, let component = event["reportingController"] {
            var source: JSONObject = ["component": component]
            if let host = event["reportingInstance"] { source["host"] = host }
            core["source"] = .object(source)
        }
        return core
    }

    static func fromCore(_ core: JSONValue) -> JSONValue {
        var event = core
        event["apiVersion"] = "events.k8s.io/v1"
        for (new, old) in renamed {
            event[new] = core[old]
            event[old] = nil
        }
        if event["reportingController"] == nil { event["reportingController"] = core[path: ["source", "component"]] }
        if event["reportingInstance"] == nil { event["reportingInstance"] = core[path: ["source", "host"]] }
        return event
    }
}
