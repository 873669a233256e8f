import Foundation
import KubeClient
import KubeCore
import TestSupport
import Testing

@testable import KubeRuntime

@Suite struct EventRecorderTests {
    @Test func recordsAnEventAndFoldsRepeatsIntoASeries() async throws {
        try await withDevCluster { fixture in
            let subject = try await fixture.configMaps.create(configMap("subject"))
            let recorder = EventRecorder(client: fixture.client, controller: "baton.dev/test", instance: "test-1", logger: testLogger)
            for _ in 0..<3 {
                await recorder.record(about: subject, type: .warning, reason: "TrainingFailed", action: "Train", note: "job failed")
            }
            await recorder.record(about: subject, type: .normal, reason: "Ready", action: "Serve", note: "serving 1.0")
            let events = try await fixture.resource("events.k8s.io", "v1", "events").list().items
            #expect(events.count == 2)
            let failed = try #require(events.first { $0["reason"] == "TrainingFailed" })
            #expect(failed[path: ["series", "count"]] == 3)
            #expect(failed["type"] == "Warning")
            #expect(failed["reportingController"] == "baton.dev/test")
            #expect(failed[path: ["regarding", "kind"]] == "ConfigMap")
            #expect(failed[path: ["regarding", "uid"]] == subject[path: ["metadata", "uid"]])
            // kubectl describe reads the core/v1 shape of the same Events.
            let core = try await fixture.resource("", "v1", "events").list().items
            #expect(core.contains { $0["reason"] == "Ready" && $0[path: ["involvedObject", "name"]] == "subject" })
        }
    }

    @Test func longNotesAreCutToTheAPILimit() async throws {
        try await withDevCluster { fixture in
            let subject = try await fixture.configMaps.create(configMap("subject"))
            let recorder = EventRecorder(client: fixture.client, controller: "baton.dev/test", instance: "test-1", logger: testLogger)
            await recorder.record(about: subject, type: .normal, reason: "Long", action: "Test", note: String(repeating: "é", count: 2000))
            let events = try await fixture.resource("events.k8s.io", "v1", "events").list().items
            let note = try #require(events.first?["note"]?.stringValue)
            #expect(note.utf8.count <= 1024 && note.utf8.count > 1000)
        }
    }
}
