import KubeCore

/// The built-in kinds DevCluster serves, with their real group, version, names, scope and
/// subresources, and the Table columns kube-apiserver prints for them
/// (pkg/printers/internalversion/printers.go).
enum BuiltinResources {
    static let all: [ResourceType] = core + apps + batch + others

    private static func column(
        _ name: String, _ type: String = "string", priority: Int = 0, _ description: String = "",
        _ cell: @escaping @Sendable (JSONValue, KubeTime) -> JSONValue
    ) -> PrinterColumn {
        PrinterColumn(name: name, type: type, description: description, priority: priority, cell: cell)
    }

    private static let name = column("Name", "string", "Name must be unique within a namespace.") { object, _ in
        Cells.string(object, ["metadata", "name"])
    }
    private static let age = column(
        "Age", "string", "CreationTimestamp is a timestamp representing the server time when this object was created.",
        Cells.age)
    private static let podSelectable: [String: [String]] = [
        "spec.nodeName": ["spec", "nodeName"], "spec.restartPolicy": ["spec", "restartPolicy"],
        "spec.schedulerName": ["spec", "schedulerName"], "spec.serviceAccountName": ["spec", "serviceAccountName"],
        "status.phase": ["status", "phase"], "status.podIP": ["status", "podIP"],
        "status.nominatedNodeName": ["status", "nominatedNodeName"],
    ]
    private static let eventSelectable: [String: [String]] = [
        "involvedObject.kind": ["involvedObject", "kind"], "involvedObject.namespace": ["involvedObject", "namespace"],
        "involvedObject.name": ["involvedObject", "name"], "involvedObject.uid": ["involvedObject", "uid"],
        "involvedObject.apiVersion": ["involvedObject", "apiVersion"],
        "involvedObject.resourceVersion": ["involvedObject", "resourceVersion"],
        "involvedObject.fieldPath": ["involvedObject", "fieldPath"], "reason": ["reason"], "type": ["type"],
        "source": ["source", "component"], "reportingComponent": ["reportingComponent"],
    ]

    static let core: [ResourceType] = [
        ResourceType(
            group: "", version: "v1", kind: "Namespace", plural: "namespaces", singular: "namespace",
            namespaced: false, shortNames: ["ns"], hasStatus: true,
            printerColumns: [name, column("Status") { o, _ in Cells.string(o, ["status", "phase"]) }, age],
            selectableFields: ["status.phase": ["status", "phase"]]),
        ResourceType(
            group: "", version: "v1", kind: "ConfigMap", plural: "configmaps", singular: "configmap",
            namespaced: true, shortNames: ["cm"],
            printerColumns: [
                name, column("Data", "integer") { o, _ in
                    .integer(Int64((o["data"]?.objectValue?.count ?? 0) + (o["binaryData"]?.objectValue?.count ?? 0)))
                }, age,
            ]),
        ResourceType(
            group: "", version: "v1", kind: "Secret", plural: "secrets", singular: "secret", namespaced: true,
            printerColumns: [
                name, column("Type") { o, _ in Cells.string(o, ["type"], default: "Opaque") },
                column("Data", "integer") { o, _ in Cells.count(o, ["data"]) }, age,
            ],
            selectableFields: ["type": ["type"]]),
        ResourceType(
            group: "", version: "v1", kind: "Service", plural: "services", singular: "service", namespaced: true,
            shortNames: ["svc"], categories: ["all"], hasStatus: true,
            printerColumns: [
                name, column("Type") { o, _ in Cells.string(o, ["spec", "type"], default: "ClusterIP") },
                column("Cluster-IP") { o, _ in Cells.string(o, ["spec", "clusterIP"]) },
                column("External-IP") { o, _ in
                    let ingress = o[path: ["status", "loadBalancer", "ingress"]]?.arrayValue ?? []
                    let ips = ingress.compactMap { $0["ip"]?.stringValue ?? $0["hostname"]?.stringValue }
                    if !ips.isEmpty { return .string(ips.joined(separator: ",")) }
                    return .string(o[path: ["spec", "type"]]?.stringValue == "LoadBalancer" ? "<pending>" : "<none>")
                },
                column("Port(s)") { o, _ in
                    let ports = (o[path: ["spec", "ports"]]?.arrayValue ?? []).map { port -> String in
                        let number = port["port"]?.intValue ?? 0
                        let proto = port["protocol"]?.stringValue ?? "TCP"
                        if let node = port["nodePort"]?.intValue { return "\(number):\(node)/\(proto)" }
                        return "\(number)/\(proto)"
                    }
                    return .string(ports.isEmpty ? "<none>" : ports.joined(separator: ","))
                }, age,
                column("Selector", priority: 1) { o, _ in
                    let selector = (o[path: ["spec", "selector"]]?.objectValue ?? [:])
                        .map { "\($0.key)=\($0.value.stringValue ?? "")" }.sorted()
                    return .string(selector.isEmpty ? "<none>" : selector.joined(separator: ","))
                },
            ]),
        ResourceType(
            group: "", version: "v1", kind: "ServiceAccount", plural: "serviceaccounts", singular: "serviceaccount",
            namespaced: true, shortNames: ["sa"],
            printerColumns: [name, column("Secrets", "integer") { o, _ in Cells.count(o, ["secrets"]) }, age]),
        ResourceType(
            group: "", version: "v1", kind: "Pod", plural: "pods", singular: "pod", namespaced: true,
            shortNames: ["po"], categories: ["all"], hasStatus: true,
            printerColumns: [
                name,
                column("Ready") { o, _ in
                    let statuses = o[path: ["status", "containerStatuses"]]?.arrayValue ?? []
                    let total = o[path: ["spec", "containers"]]?.arrayValue?.count ?? statuses.count
                    return Cells.ratio(Int64(statuses.filter { $0["ready"]?.boolValue == true }.count), Int64(total))
                },
                column("Status") { o, _ in
                    if o[path: ["metadata", "deletionTimestamp"]] != nil { return "Terminating" }
                    let statuses = o[path: ["status", "containerStatuses"]]?.arrayValue ?? []
                    for status in statuses {
                        if let reason = status[path: ["state", "terminated", "reason"]]?.stringValue { return .string(reason) }
                        if let reason = status[path: ["state", "waiting", "reason"]]?.stringValue { return .string(reason) }
                    }
                    return Cells.string(o, ["status", "phase"], default: "Pending")
                },
                column("Restarts", "integer") { o, _ in
                    .integer((o[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
                        .reduce(0) { $0 + ($1["restartCount"]?.intValue ?? 0) })
                }, age,
                column("IP", priority: 1) { o, _ in Cells.string(o, ["status", "podIP"]) },
                column("Node", priority: 1) { o, _ in Cells.string(o, ["spec", "nodeName"]) },
                column("Nominated Node", priority: 1) { o, _ in Cells.string(o, ["status", "nominatedNodeName"]) },
                column("Readiness Gates", priority: 1) { o, _ in
                    let gates = o[path: ["spec", "readinessGates"]]?.arrayValue ?? []
                    return .string(gates.isEmpty ? "<none>" : "\(gates.count)")
                },
            ],
            selectableFields: podSelectable),
        ResourceType(
            group: "", version: "v1", kind: "Event", plural: "events", singular: "event", namespaced: true,
            shortNames: ["ev"],
            printerColumns: [
                column("Last Seen") { o, now in
                    o["lastTimestamp"]?.stringValue != nil
                        ? Cells.timestamp(o, ["lastTimestamp"], now) : Cells.timestamp(o, ["eventTime"], now)
                },
                column("Type") { o, _ in Cells.string(o, ["type"]) },
                column("Reason") { o, _ in Cells.string(o, ["reason"]) },
                column("Object") { o, _ in
                    let kind = (o[path: ["involvedObject", "kind"]]?.stringValue ?? "").lowercased()
                    return .string("\(kind)/\(o[path: ["involvedObject", "name"]]?.stringValue ?? "")")
                },
                column("Message") { o, _ in Cells.string(o, ["message"], default: "") },
            ],
            selectableFields: eventSelectable),
        ResourceType(
            group: "", version: "v1", kind: "Endpoints", plural: "endpoints", singular: "endpoints",
            namespaced: true, shortNames: ["ep"], printerColumns: [name, age]),
    ]

    private static func workloadReady(_ o: JSONValue) -> JSONValue {
        Cells.ratio(Cells.int(o, ["status", "readyReplicas"]), Cells.int(o, ["spec", "replicas"]))
    }

    static let apps: [ResourceType] = [
        ResourceType(
            group: "apps", version: "v1", kind: "Deployment", plural: "deployments", singular: "deployment",
            namespaced: true, shortNames: ["deploy"], categories: ["all"], hasStatus: true, scale: .standard,
            tracksGeneration: true,
            printerColumns: [
                name, column("Ready") { o, _ in workloadReady(o) },
                column("Up-to-date", "integer") { o, _ in .integer(Cells.int(o, ["status", "updatedReplicas"])) },
                column("Available", "integer") { o, _ in .integer(Cells.int(o, ["status", "availableReplicas"])) },
                age,
                column("Containers", priority: 1) { o, _ in containerField(o, "name") },
                column("Images", priority: 1) { o, _ in containerField(o, "image") }, selector,
            ]),
        ResourceType(
            group: "apps", version: "v1", kind: "ReplicaSet", plural: "replicasets", singular: "replicaset",
            namespaced: true, shortNames: ["rs"], categories: ["all"], hasStatus: true, scale: .standard,
            tracksGeneration: true,
            printerColumns: [
                name, column("Desired", "integer") { o, _ in .integer(Cells.int(o, ["spec", "replicas"])) },
                column("Current", "integer") { o, _ in .integer(Cells.int(o, ["status", "replicas"])) },
                column("Ready", "integer") { o, _ in .integer(Cells.int(o, ["status", "readyReplicas"])) }, age,
                column("Containers", priority: 1) { o, _ in containerField(o, "name") },
                column("Images", priority: 1) { o, _ in containerField(o, "image") }, selector,
            ]),
        ResourceType(
            group: "apps", version: "v1", kind: "StatefulSet", plural: "statefulsets", singular: "statefulset",
            namespaced: true, shortNames: ["sts"], categories: ["all"], hasStatus: true, scale: .standard,
            tracksGeneration: true, printerColumns: [name, column("Ready") { o, _ in workloadReady(o) }, age]),
        ResourceType(
            group: "apps", version: "v1", kind: "DaemonSet", plural: "daemonsets", singular: "daemonset",
            namespaced: true, shortNames: ["ds"], categories: ["all"], hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name,
                column("Desired", "integer") { o, _ in .integer(Cells.int(o, ["status", "desiredNumberScheduled"])) },
                column("Current", "integer") { o, _ in .integer(Cells.int(o, ["status", "currentNumberScheduled"])) },
                column("Ready", "integer") { o, _ in .integer(Cells.int(o, ["status", "numberReady"])) }, age,
            ]),
    ]

    /// A workload's selector as `kubectl get -o wide` prints it (`app=web,tier=front`).
    private static let selector = column("Selector", priority: 1) { o, _ in
        guard let selector = try? o[path: ["spec", "selector"]]?.decode(LabelSelector.self),
            let requirements = try? selector.requirements()
        else { return "<none>" }
        return .string(requirements.description)
    }

    private static func containerField(_ o: JSONValue, _ field: String) -> JSONValue {
        let containers = o[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
        return .string(containers.compactMap { $0[field]?.stringValue }.joined(separator: ","))
    }

    static let batch: [ResourceType] = [
        ResourceType(
            group: "batch", version: "v1", kind: "Job", plural: "jobs", singular: "job", namespaced: true,
            categories: ["all"], hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name,
                column("Status") { o, _ in
                    if Cells.condition(o, "Complete") == "True" { return "Complete" }
                    if Cells.condition(o, "Failed") == "True" { return "Failed" }
                    if Cells.condition(o, "Suspended") == "True" { return "Suspended" }
                    return "Running"
                },
                column("Completions") { o, _ in
                    Cells.ratio(Cells.int(o, ["status", "succeeded"]), o[path: ["spec", "completions"]]?.intValue ?? 1)
                },
                column("Duration") { o, now in
                    guard let start = o[path: ["status", "startTime"]]?.stringValue.flatMap({ try? KubeTime(rfc3339: $0) })
                    else { return "" }
                    let end = o[path: ["status", "completionTime"]]?.stringValue.flatMap { try? KubeTime(rfc3339: $0) } ?? now
                    return .string(HumanDuration.format(seconds: end.secondsSince1970 - start.secondsSince1970))
                }, age,
            ]),
        ResourceType(
            group: "batch", version: "v1", kind: "CronJob", plural: "cronjobs", singular: "cronjob",
            namespaced: true, shortNames: ["cj"], categories: ["all"], hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name, column("Schedule") { o, _ in Cells.string(o, ["spec", "schedule"]) },
                column("Timezone") { o, _ in Cells.string(o, ["spec", "timeZone"]) },
                column("Suspend") { o, _ in .string(o[path: ["spec", "suspend"]]?.boolValue == true ? "True" : "False") },
                column("Active", "integer") { o, _ in Cells.count(o, ["status", "active"]) },
                column("Last Schedule") { o, now in Cells.timestamp(o, ["status", "lastScheduleTime"], now) }, age,
            ]),
    ]

    static let others: [ResourceType] = [
        ResourceType(
            group: "events.k8s.io", version: "v1", kind: "Event", plural: "events", singular: "event",
            namespaced: true, shortNames: ["ev"],
            printerColumns: [
                column("Last Seen") { o, now in Cells.timestamp(o, ["eventTime"], now) },
                column("Type") { o, _ in Cells.string(o, ["type"]) },
                column("Reason") { o, _ in Cells.string(o, ["reason"]) },
                column("Object") { o, _ in
                    let kind = (o[path: ["regarding", "kind"]]?.stringValue ?? "").lowercased()
                    return .string("\(kind)/\(o[path: ["regarding", "name"]]?.stringValue ?? "")")
                },
                column("Message") { o, _ in Cells.string(o, ["note"], default: "") },
            ],
            storedAs: StoredForm(key: EventConversion.storage, toStorage: EventConversion.toCore, fromStorage: EventConversion.fromCore)),
        ResourceType(
            group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscaler", plural: "horizontalpodautoscalers",
            singular: "horizontalpodautoscaler", namespaced: true, shortNames: ["hpa"], categories: ["all"],
            hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name,
                column("Reference") { o, _ in
                    .string("\(o[path: ["spec", "scaleTargetRef", "kind"]]?.stringValue ?? "")/\(o[path: ["spec", "scaleTargetRef", "name"]]?.stringValue ?? "")")
                },
                column("MinPods", "integer") { o, _ in .integer(o[path: ["spec", "minReplicas"]]?.intValue ?? 1) },
                column("MaxPods", "integer") { o, _ in .integer(Cells.int(o, ["spec", "maxReplicas"])) },
                column("Replicas", "integer") { o, _ in .integer(Cells.int(o, ["status", "currentReplicas"])) }, age,
            ]),
        ResourceType(
            group: "coordination.k8s.io", version: "v1", kind: "Lease", plural: "leases", singular: "lease",
            namespaced: true,
            printerColumns: [name, column("Holder") { o, _ in Cells.string(o, ["spec", "holderIdentity"], default: "") }, age]),
        ResourceType(
            group: "rbac.authorization.k8s.io", version: "v1", kind: "Role", plural: "roles", singular: "role",
            namespaced: true, printerColumns: [name, createdAt]),
        ResourceType(
            group: "rbac.authorization.k8s.io", version: "v1", kind: "RoleBinding", plural: "rolebindings",
            singular: "rolebinding", namespaced: true, printerColumns: [name, roleRef, age]),
        ResourceType(
            group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRole", plural: "clusterroles",
            singular: "clusterrole", namespaced: false, printerColumns: [name, createdAt]),
        ResourceType(
            group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRoleBinding",
            plural: "clusterrolebindings", singular: "clusterrolebinding", namespaced: false,
            printerColumns: [name, roleRef, age]),
        ResourceType(
            group: "networking.k8s.io", version: "v1", kind: "Ingress", plural: "ingresses", singular: "ingress",
            namespaced: true, shortNames: ["ing"], hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name, column("Class") { o, _ in Cells.string(o, ["spec", "ingressClassName"]) },
                column("Hosts") { o, _ in
                    let hosts = (o[path: ["spec", "rules"]]?.arrayValue ?? []).compactMap { $0["host"]?.stringValue }
                    return .string(hosts.isEmpty ? "*" : hosts.joined(separator: ","))
                },
                column("Address") { o, _ in
                    let ingress = o[path: ["status", "loadBalancer", "ingress"]]?.arrayValue ?? []
                    return .string(ingress.compactMap { $0["ip"]?.stringValue ?? $0["hostname"]?.stringValue }.joined(separator: ","))
                },
                column("Ports") { o, _ in .string(o[path: ["spec", "tls"]] == nil ? "80" : "80, 443") }, age,
            ]),
        ResourceType(
            group: "networking.k8s.io", version: "v1", kind: "NetworkPolicy", plural: "networkpolicies",
            singular: "networkpolicy", namespaced: true, shortNames: ["netpol"], tracksGeneration: true,
            printerColumns: [
                name,
                column("Pod-Selector") { o, _ in
                    let labels = o[path: ["spec", "podSelector", "matchLabels"]]?.objectValue ?? [:]
                    if labels.isEmpty { return "<none>" }
                    return .string(labels.map { "\($0.key)=\($0.value.stringValue ?? "")" }.joined(separator: ","))
                },
                age,
            ]),
        ResourceType(
            group: "policy", version: "v1", kind: "PodDisruptionBudget", plural: "poddisruptionbudgets",
            singular: "poddisruptionbudget", namespaced: true, shortNames: ["pdb"], hasStatus: true, tracksGeneration: true,
            printerColumns: [
                name,
                column("Min Available") { o, _ in intOrString(o, ["spec", "minAvailable"]) },
                column("Max Unavailable") { o, _ in intOrString(o, ["spec", "maxUnavailable"]) },
                column("Allowed Disruptions", "integer") { o, _ in .integer(Cells.int(o, ["status", "disruptionsAllowed"])) },
                age,
            ]),
        ResourceType(
            group: "apiextensions.k8s.io", version: "v1", kind: "CustomResourceDefinition",
            plural: "customresourcedefinitions", singular: "customresourcedefinition", namespaced: false,
            shortNames: ["crd", "crds"], categories: ["api-extensions"], hasStatus: true, tracksGeneration: true,
            printerColumns: [name, createdAt]),
    ]

    /// A count or a percentage, as kubectl shows a PodDisruptionBudget's; N/A when not set.
    private static func intOrString(_ object: JSONValue, _ path: [String]) -> JSONValue {
        if let count = object[path: path]?.intValue { return .string(String(count)) }
        return Cells.string(object, path, default: "N/A")
    }

    private static let createdAt = column("Created At", "date") { o, _ in Cells.string(o, ["metadata", "creationTimestamp"]) }
    private static let roleRef = column("Role") { o, _ in
        .string("\(o[path: ["roleRef", "kind"]]?.stringValue ?? "")/\(o[path: ["roleRef", "name"]]?.stringValue ?? "")")
    }
}
