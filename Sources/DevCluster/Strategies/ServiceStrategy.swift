import KubeCore

/// Services: the apiserver (not a controller) allocates the cluster IP; ports default their
/// protocol and target port; the cluster IP may not change.
struct ServiceStrategy: ObjectStrategy {
    var nameRule: ObjectMetaValidation.NameRule { .dns1123Label }

    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        applyDefaults(&object)
        object["status"] = ["loadBalancer": [:]]
        let type = object[path: ["spec", "type"]]?.stringValue
        let requested = object[path: ["spec", "clusterIP"]]?.stringValue ?? ""
        guard type != "ExternalName", requested != "None" else { return }
        if requested.isEmpty || context.dryRun || !context.clusterIPs.claim(requested) {
            // A taken or foreign address is reported by validation; an empty one is allocated.
            guard requested.isEmpty else { return }
            let address = context.dryRun ? "10.96.0.0" : (context.clusterIPs.allocate() ?? "")
            object[path: ["spec", "clusterIP"]] = .string(address)
        }
        object[path: ["spec", "clusterIPs"]] = [object[path: ["spec", "clusterIP"]] ?? ""]
    }

    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {
        applyDefaults(&object)
        for field in ["clusterIP", "clusterIPs"] where object[path: ["spec", field]] == nil {
            object[path: ["spec", field]] = old[path: ["spec", field]]
        }
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors: [FieldError] = []
        let type = object[path: ["spec", "type"]]?.stringValue ?? "ClusterIP"
        let supported = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]
        if !supported.contains(type) {
            errors.append(.notSupported("spec.type", .string(type), supported))
        }
        let ports = object[path: ["spec", "ports"]]?.arrayValue ?? []
        let headless = object[path: ["spec", "clusterIP"]]?.stringValue == "None"
        if ports.isEmpty && type != "ExternalName" && !headless {
            errors.append(.required("spec.ports"))
        }
        for (index, port) in ports.enumerated() {
            let field = "spec.ports[\(index)]"
            if let number = port["port"]?.intValue {
                if !(1...65535).contains(number) {
                    errors.append(.invalid("\(field).port", .integer(number), "must be between 1 and 65535, inclusive"))
                }
            } else {
                errors.append(.required("\(field).port"))
            }
            if ports.count > 1, (port["name"]?.stringValue ?? "").isEmpty {
                errors.append(.required("\(field).name"))
            }
        }
        if let address = object[path: ["spec", "clusterIP"]]?.stringValue, address != "None", !address.isEmpty {
            if let old, let previous = old[path: ["spec", "clusterIP"]]?.stringValue, previous != address {
                errors.append(.invalid("spec.clusterIPs[0]", .string(address), "may not change once set"))
            } else if old == nil, !ClusterIPAllocator.contains(address) {
                errors.append(.invalid(
                    "spec.clusterIPs[0]", .string(address),
                    "failed to allocate IP \(address): the provided IP (\(address)) is not in the valid range. The range of valid IPs is 10.96.0.0/12"))
            }
        }
        return errors
    }

    func deleted(_ object: JSONValue, _ context: StrategyContext) {
        if let address = object[path: ["spec", "clusterIP"]]?.stringValue { context.clusterIPs.release(address) }
    }

    private func applyDefaults(_ object: inout JSONValue) {
        if object[path: ["spec", "type"]] == nil { object[path: ["spec", "type"]] = "ClusterIP" }
        if object[path: ["spec", "sessionAffinity"]] == nil { object[path: ["spec", "sessionAffinity"]] = "None" }
        guard object[path: ["spec", "type"]]?.stringValue != "ExternalName" else { return }
        if object[path: ["spec", "internalTrafficPolicy"]] == nil { object[path: ["spec", "internalTrafficPolicy"]] = "Cluster" }
        if object[path: ["spec", "ipFamilies"]] == nil { object[path: ["spec", "ipFamilies"]] = ["IPv4"] }
        if object[path: ["spec", "ipFamilyPolicy"]] == nil { object[path: ["spec", "ipFamilyPolicy"]] = "SingleStack" }
        guard var ports = object[path: ["spec", "ports"]]?.arrayValue else { return }
        for index in ports.indices where ports[index].objectValue != nil {
            if ports[index]["protocol"] == nil { ports[index]["protocol"] = "TCP" }
            if ports[index]["targetPort"] == nil, let port = ports[index]["port"] { ports[index]["targetPort"] = port }
        }
        object[path: ["spec", "ports"]] = .array(ports)
    }
}
