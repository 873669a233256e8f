import KubeCore

/// Pod statuses as the kubelet reports them: running (and ready), and terminated.
enum PodStatuses {
    static func running(_ pod: JSONValue, ready: Bool, now: KubeTime) -> JSONValue {
        let time = JSONValue.string(now.rfc3339)
        let readiness: JSONValue = ready ? "True" : "False"
        let containers = (pod[path: ["spec", "containers"]]?.arrayValue ?? []).map { container -> JSONValue in
            [
                "name": container["name"] ?? "", "image": container["image"] ?? "", "imageID": "",
                "containerID": .string("containerd://\(pod.uid.replacingOccurrences(of: "-", with: ""))"),
                "ready": .bool(ready), "started": true, "restartCount": 0,
                "state": ["running": ["startedAt": time]],
            ]
        }
        return [
            "phase": "Running", "hostIP": "10.0.0.2", "podIP": .string(PodFactory.address(for: pod.name)),
            "podIPs": [["ip": .string(PodFactory.address(for: pod.name))]], "startTime": time,
            "qosClass": pod[path: ["status", "qosClass"]] ?? "BestEffort",
            "conditions": .array(["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"].map { type in
                let status: JSONValue = (type == "Ready" || type == "ContainersReady") ? readiness : "True"
                return ["type": .string(type), "status": status, "lastProbeTime": .null, "lastTransitionTime": time]
            }),
            "containerStatuses": .array(containers),
        ]
    }

    /// Every container terminated with the exit code; the first carries the termination
    /// message (what the trainer wrote to its terminationMessagePath).
    static func terminated(_ pod: JSONValue, succeeded: Bool, message: String, reason: String? = nil, now: KubeTime) -> JSONValue {
        var status = pod["status"] ?? [:]
        let started = pod[path: ["status", "startTime"]] ?? .string(now.rfc3339)
        let exitReason = reason ?? (succeeded ? "Completed" : "Error")
        let containers = (pod[path: ["spec", "containers"]]?.arrayValue ?? []).enumerated().map { index, container -> JSONValue in
            var terminated: JSONObject = [
                "exitCode": .integer(succeeded ? 0 : 1), "reason": .string(exitReason), "startedAt": started,
                "finishedAt": .string(now.rfc3339),
                "containerID": .string("containerd://\(pod.uid.replacingOccurrences(of: "-", with: ""))"),
            ]
            if index == 0, !message.isEmpty { terminated["message"] = .string(message) }
            return [
                "name": container["name"] ?? "", "image": container["image"] ?? "", "imageID": "",
                "ready": false, "started": false, "restartCount": 0, "state": ["terminated": .object(terminated)],
            ]
        }
        status["phase"] = succeeded ? "Succeeded" : "Failed"
        status["containerStatuses"] = .array(containers)
        status["conditions"] = .array(["Initialized", "Ready", "ContainersReady", "PodScheduled"].map { type in
            let ready = type == "Ready" || type == "ContainersReady"
            var condition: JSONObject = [
                "type": .string(type), "status": ready ? "False" : "True", "lastProbeTime": .null,
                "lastTransitionTime": .string(now.rfc3339),
            ]
            if ready { condition["reason"] = "PodCompleted" }
            return .object(condition)
        })
        return status
    }
}
