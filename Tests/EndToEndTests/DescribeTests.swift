import Foundation
import Testing

/// `kubectl describe`, which reads the object, its events and (for a Deployment) its
/// ReplicaSets, and lays them out as `Label:  value` lines.
@Suite struct DescribeTests {
    @Test func describeDeploymentShowsItsReplicasConditionsAndReplicaSet() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web", replicas: 2), name: "web")
            let replicaSet = try await kubectl.jsonpath("{.items[0].metadata.name}", ["replicasets", "-l", "app=web"])
            let text = try await kubectl.succeed(["describe", "deployment", "web"])

            #expect(Self.value("Name", in: text) == "web", "\(text)")
            #expect(Self.value("Namespace", in: text) == "default")
            #expect(Self.value("Selector", in: text) == "app=web")
            #expect(Self.value("Replicas", in: text) == "2 desired | 2 updated | 2 total | 2 available | 0 unavailable")
            #expect(Self.value("StrategyType", in: text) == "RollingUpdate")
            #expect(Self.value("Image", in: text) == "nginx:1.25")
            #expect(Self.value("NewReplicaSet", in: text) == "\(replicaSet) (2/2 replicas created)")
            #expect(Self.cells(startingWith: "Available", in: text) == ["Available", "True", "MinimumReplicasAvailable"], "\(text)")
            #expect(Self.cells(startingWith: "Progressing", in: text) == ["Progressing", "True", "NewReplicaSetAvailable"], "\(text)")
        }
    }

    /// The deployment controller records each scaling of a ReplicaSet as an event, which
    /// describe lists under Events.
    @Test func describeDeploymentListsTheScalingEvent() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web", replicas: 2), name: "web")
            let replicaSet = try await kubectl.jsonpath("{.items[0].metadata.name}", ["replicasets", "-l", "app=web"])
            let text = try await kubectl.succeed(["describe", "deployment", "web"])
            let event = Self.cells(startingWith: "Normal", in: text)
            #expect(event.dropFirst().first == "ScalingReplicaSet", "\(text)")
            #expect(text.contains("Scaled up replica set \(replicaSet) from 0 to 2"), "\(text)")
        }
    }

    @Test func describePodShowsItsNodeOwnerContainerAndConditions() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web"), name: "web")
            let fields = try await kubectl.jsonpath(
                "{.items[0].metadata.name} {.items[0].spec.nodeName} {.items[0].metadata.ownerReferences[0].name}", ["pods", "-l", "app=web"]
            ).split(separator: " ").map(String.init)
            try #require(fields.count == 3, "pod name, node and owner: \(fields)")
            let (pod, node, replicaSet) = (fields[0], fields[1], fields[2])
            let text = try await kubectl.succeed(["describe", "pod", pod])

            #expect(Self.value("Name", in: text) == pod, "\(text)")
            #expect(Self.value("Namespace", in: text) == "default")
            #expect(Self.value("Node", in: text)?.hasPrefix("\(node)/") == true, "node \(node) in:\n\(text)")
            #expect(Self.value("Status", in: text) == "Running")
            #expect(Self.value("Controlled By", in: text) == "ReplicaSet/\(replicaSet)")
            #expect(Self.value("Image", in: text) == "nginx:1.25")
            #expect(Self.value("State", in: text) == "Running")
            #expect(Self.value("Ready", in: text) == "True")
            #expect(Self.value("Restart Count", in: text) == "0")
            #expect(Self.cells(startingWith: "ContainersReady", in: text) == ["ContainersReady", "True"], "\(text)")
        }
    }

    /// The value of the first `label:` line (at any indentation).
    static func value(_ label: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("\(label):") {
                return trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The space-separated cells of the first line whose first cell is `first` (a row of the
    /// Conditions or Events table).
    static func cells(startingWith first: String, in text: String) -> [String] {
        for line in text.split(separator: "\n") {
            let cells = line.split(separator: " ").map(String.init)
            if cells.first == first { return cells }
        }
        return []
    }
}
