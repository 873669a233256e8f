import KubeCore

/// Defaulting and validation of a pod spec, wherever it appears (Pods, and the templates of
/// workloads and Jobs), with kube-apiserver's defaults (pkg/apis/core/v1/defaults.go) and the
/// validation errors clients most often meet.
enum PodSpecRules {
    static func applyDefaults(_ spec: inout JSONValue, restartPolicy: String = "Always") {
        guard spec.objectValue != nil else { return }
        let defaults: [(String, JSONValue)] = [
            ("restartPolicy", .string(restartPolicy)), ("dnsPolicy", "ClusterFirst"),
            ("schedulerName", "default-scheduler"), ("terminationGracePeriodSeconds", 30), ("securityContext", [:]),
        ]
        for (key, value) in defaults where spec[key] == nil { spec[key] = value }
        for list in ["containers", "initContainers"] {
            guard var containers = spec[list]?.arrayValue else { continue }
            for index in containers.indices where containers[index].objectValue != nil {
                defaultContainer(&containers[index])
            }
            spec[list] = .array(containers)
        }
    }

    private static func defaultContainer(_ container: inout JSONValue) {
        if container["terminationMessagePath"] == nil { container["terminationMessagePath"] = "/dev/termination-log" }
        if container["terminationMessagePolicy"] == nil { container["terminationMessagePolicy"] = "File" }
        if container["imagePullPolicy"] == nil {
            let image = container["image"]?.stringValue ?? ""
            let tag = image.split(separator: "/").last.flatMap { $0.split(separator: ":", maxSplits: 1).dropFirst().first }
            let floating = !image.contains("@") && (tag == nil || tag == "latest")
            container["imagePullPolicy"] = floating ? "Always" : "IfNotPresent"
        }
        if container["resources"] == nil { container["resources"] = [:] }
        if var ports = container["ports"]?.arrayValue {
            for index in ports.indices where ports[index].objectValue != nil && ports[index]["protocol"] == nil {
                ports[index]["protocol"] = "TCP"
            }
            container["ports"] = .array(ports)
        }
    }

    static func validate(_ spec: JSONValue?, field: String) -> [FieldError] {
        guard let spec, spec.objectValue != nil else { return [.required(field)] }
        var errors: [FieldError] = []
        let containers = spec["containers"]?.arrayValue ?? []
        if containers.isEmpty { errors.append(.required("\(field).containers")) }
        var names: Set<String> = []
        for (list, items) in [("containers", containers), ("initContainers", spec["initContainers"]?.arrayValue ?? [])] {
            for (index, container) in items.enumerated() {
                let path = "\(field).\(list)[\(index)]"
                let name = container["name"]?.stringValue ?? ""
                if name.isEmpty {
                    errors.append(.required("\(path).name"))
                } else {
                    errors += NameValidation.dns1123Label(name).map { .invalid("\(path).name", .string(name), $0) }
                    if !names.insert(name).inserted {
                        errors.append(FieldError(reason: .duplicate, field: "\(path).name", detail: "Duplicate value: \"\(name)\""))
                    }
                }
                if (container["image"]?.stringValue ?? "").isEmpty {
                    errors.append(.required("\(path).image"))
                }
                errors += ports(container["ports"]?.arrayValue ?? [], field: "\(path).ports")
            }
        }
        let policy = spec["restartPolicy"]?.stringValue ?? "Always"
        if !["Always", "OnFailure", "Never"].contains(policy) {
            errors.append(.notSupported("\(field).restartPolicy", .string(policy), ["Always", "OnFailure", "Never"]))
        }
        return errors
    }

    private static func ports(_ ports: [JSONValue], field: String) -> [FieldError] {
        ports.enumerated().flatMap { index, port -> [FieldError] in
            guard let number = port["containerPort"]?.intValue else { return [.required("\(field)[\(index)].containerPort")] }
            guard (1...65535).contains(number) else {
                return [.invalid("\(field)[\(index)].containerPort", .integer(number), "must be between 1 and 65535, inclusive")]
            }
            return []
        }
    }
}
