import KubeCore
import Testing

@testable import KubeRuntime

@Suite struct EventFilterTests {
    static func model(generation: Int64, status: String = "Pending", labels: JSONValue = [:], deleting: Bool = false) -> JSONValue {
        var metadata: JSONValue = ["name": "m", "namespace": "default", "generation": .integer(generation), "labels": labels]
        if deleting { metadata["deletionTimestamp"] = "2026-11-27T10:00:00Z" }
        return ["metadata": metadata, "status": ["phase": .string(status)]]
    }

    @Test func statusOnlyChangesDoNotPass() {
        let change = CacheChange.updated(old: Self.model(generation: 1), new: Self.model(generation: 1, status: "Serving"))
        #expect(!EventFilter.generationChanged.admits(change))
    }

    @Test func specLabelAndDeletionChangesPass() {
        let old = Self.model(generation: 1)
        #expect(EventFilter.generationChanged.admits(.updated(old: old, new: Self.model(generation: 2))))
        #expect(EventFilter.generationChanged.admits(.updated(old: old, new: Self.model(generation: 1, labels: ["a": "b"]))))
        #expect(EventFilter.generationChanged.admits(.updated(old: old, new: Self.model(generation: 1, deleting: true))))
    }

    @Test func additionsDeletionsAndResyncsPass() {
        let model = Self.model(generation: 1)
        #expect(EventFilter.generationChanged.admits(.added(model)))
        #expect(EventFilter.generationChanged.admits(.deleted(model)))
        #expect(EventFilter.generationChanged.admits(.updated(old: model, new: model)))
    }

    @Test func otherKindsPassChangesButNotResyncs() {
        let model = Self.model(generation: 1)
        #expect(!EventFilter.changesOnly.admits(.updated(old: model, new: model)))
        #expect(EventFilter.changesOnly.admits(.updated(old: model, new: Self.model(generation: 1, status: "Serving"))))
        #expect(EventFilter.changesOnly.admits(.added(model)))
        #expect(EventFilter.changesOnly.admits(.deleted(model)))
    }
}
