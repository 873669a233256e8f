import Foundation
import KubeCore

/// JSON decode throughput of a 1,000-object list response (the shape of a LIST the operator
/// makes at start-up) into the value tree, next to Foundation's JSONSerialization on the same bytes.
func runJSONBenchmark() throws {
    let body = try listResponse(items: 1_000)
    let parser = JSONParser()
    let ours = try medianSeconds { _ = try parser.parse(body) }
    let foundation = try medianSeconds { _ = try JSONSerialization.jsonObject(with: body) }
    print("JSON decode, \(body.count / 1024) KiB list of 1,000 objects")
    printFigure("  KubeCore JSONParser", megabytesPerSecond(bytes: body.count, seconds: ours), unit: "MB/s")
    printFigure("  Foundation JSONSerialization", megabytesPerSecond(bytes: body.count, seconds: foundation), unit: "MB/s")
    printFigure("  ratio (ours / JSONSerialization)", foundation / ours, unit: "x")
}

/// A PodList-like response: realistic nesting, labels, strings with escapes, numbers, booleans.
private func listResponse(items: Int) throws -> Data {
    var list: JSONValue = [
        "kind": "PodList", "apiVersion": "v1",
        "metadata": ["resourceVersion": "123456", "continue": ""],
    ]
    list["items"] = .array((0..<items).map(pod))
    return Data(try list.jsonBytes())
}

private func pod(_ index: Int) -> JSONValue {
    let name = JSONValue.string("fraud-detector-2-1-0-\(index)")
    return [
        "apiVersion": "v1", "kind": "Pod",
        "metadata": [
            "name": name, "namespace": "risk", "uid": .string(UUID().uuidString.lowercased()),
            "resourceVersion": .string(String(100_000 + index)), "generation": 1,
            "creationTimestamp": "2026-11-27T06:19:31Z",
            "labels": ["app.kubernetes.io/name": "fraud-detector", "baton.dev/version": "2.1.0"],
            "annotations": ["dev.baton.dev/note": "line one\nline \"two\" \\ \u{00e9}"],
            "ownerReferences": [[
                "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "fraud-detector-7d9f",
                "uid": "8c2a1f7e-1111-4c3b-9a55-0d6f2b1c9e10", "controller": true, "blockOwnerDeletion": true,
            ]],
        ],
        "spec": [
            "containers": [[
                "name": "server", "image": "docker.io/seldonio/mlserver:1.6.1",
                "args": ["--model-dir", "/mnt/models", "--http-port", "8080"],
                "ports": [["containerPort": 8080, "protocol": "TCP", "name": "http"]],
                "resources": ["requests": ["cpu": "500m", "memory": "1Gi"], "limits": ["nvidia.com/gpu": 1]],
                "readinessProbe": ["httpGet": ["path": "/v2/health/ready", "port": 8080], "periodSeconds": 5],
            ]],
            "restartPolicy": "Always", "terminationGracePeriodSeconds": 30,
        ],
        "status": [
            "phase": "Running", "podIP": .string("10.0.\(index / 256).\(index % 256)"),
            "conditions": [["type": "Ready", "status": "True", "lastTransitionTime": "2026-11-27T06:20:01Z"]],
            "containerStatuses": [["name": "server", "ready": true, "restartCount": 0, "cpuFraction": 0.125]],
        ],
    ]
}
