import Foundation
import Testing

@testable import KubeCore

@Suite struct ConditionTests {
    let t0 = KubeTime(secondsSince1970: 1_795_760_371)
    let t1 = KubeTime(secondsSince1970: 1_795_760_431)
    let t2 = KubeTime(secondsSince1970: 1_795_760_491)

    @Test func addingANewConditionUsesItsTime() {
        var conditions: [Condition] = []
        let changed1 = conditions.setCondition(type: "Ready", status: .false, reason: "Deploying", now: t0)
        #expect(changed1)
        #expect(conditions == [Condition(type: "Ready", status: .false, reason: "Deploying", lastTransitionTime: t0)])
    }

    @Test func transitionTimeChangesOnlyWithStatus() throws {
        var conditions: [Condition] = []
        conditions.setCondition(type: "Ready", status: .false, reason: "Deploying", message: "0/3 ready", observedGeneration: 1, now: t0)

        // Same status, new reason, message and generation: updated, but the transition time stays.
        let changed2 = conditions.setCondition(type: "Ready", status: .false, reason: "Scaling", message: "1/3 ready", observedGeneration: 2, now: t1)
        #expect(changed2)
        var ready = try #require(conditions.condition(ofType: "Ready"))
        #expect(ready.lastTransitionTime == t0)
        #expect(ready.reason == "Scaling")
        #expect(ready.message == "1/3 ready")
        #expect(ready.observedGeneration == 2)

        // Status flips: the transition time moves.
        let changed3 = conditions.setCondition(type: "Ready", status: .true, reason: "Available", observedGeneration: 2, now: t2)
        #expect(changed3)
        ready = try #require(conditions.condition(ofType: "Ready"))
        #expect(ready.lastTransitionTime == t2)
        #expect(ready.status == .true)
        #expect(ready.message == "")
        #expect(conditions.count == 1)
    }

    @Test func settingTheSameConditionChangesNothing() {
        var conditions = [
            Condition(type: "Ready", status: .true, reason: "Available", message: "ok", observedGeneration: 4, lastTransitionTime: t0)
        ]
        let before = conditions
        let changed4 = conditions.setCondition(type: "Ready", status: .true, reason: "Available", message: "ok", observedGeneration: 4, now: t2)
        #expect(!changed4)
        #expect(conditions == before)
        // Only a different generation is still a change.
        let changed5 = conditions.setCondition(type: "Ready", status: .true, reason: "Available", message: "ok", observedGeneration: 5, now: t2)
        #expect(changed5)
        #expect(conditions[0].lastTransitionTime == t0)
    }

    @Test func otherConditionsKeepTheirPlace() {
        var conditions: [Condition] = []
        conditions.setCondition(type: "Trained", status: .true, reason: "JobSucceeded", now: t0)
        conditions.setCondition(type: "Ready", status: .false, reason: "Deploying", now: t0)
        conditions.setCondition(type: "Trained", status: .false, reason: "JobFailed", now: t1)
        #expect(conditions.map(\.type) == ["Trained", "Ready"])
        #expect(conditions.isFalse("Trained"))
        #expect(!conditions.isTrue("Trained"))
        #expect(!conditions.isTrue("Missing"))
        #expect(!conditions.isFalse("Missing"))
        let changed6 = conditions.removeCondition(ofType: "Trained")
        #expect(changed6)
        let changed7 = conditions.removeCondition(ofType: "Trained")
        #expect(!changed7)
        #expect(conditions.map(\.type) == ["Ready"])
    }

    @Test(arguments: [
        ("Ready", true), ("JobSucceeded", true), ("a", true), ("Some_Reason", true), ("Ends_", true),
        ("ReasonA,ReasonB", true), ("ReasonA:ReasonB", true), ("V2", true),
        ("", false), ("_Leading", false), ("1Reason", false), ("Reason,", false), ("Reason:", false),
        ("Has Space", false), ("Dashed-Reason", false), ("Dotted.Reason", false), ("Ünicode", false),
    ])
    func reasonFormat(reason: String, valid: Bool) {
        #expect(Condition.isValidReason(reason) == valid)
    }

    @Test func validation() {
        let valid = Condition(type: "baton.dev/Ready", status: .true, reason: "Available", lastTransitionTime: t0)
        #expect(valid.validate().isEmpty)
        let invalid = Condition(
            type: "not valid", status: .unknown, reason: "Not-CamelCase", message: String(repeating: "x", count: 32769),
            observedGeneration: -1, lastTransitionTime: t0)
        let problems = invalid.validate()
        #expect(problems.count == 4)
        #expect(problems.contains { $0.hasPrefix("type: Invalid value: \"not valid\": name part must consist of alphanumeric characters") })
        #expect(problems.contains("observedGeneration: Invalid value: -1: must be greater than or equal to zero"))
        #expect(
            problems.contains(
                "reason: Invalid value: \"Not-CamelCase\": a condition reason must start with alphabetic character, optionally followed by a string of alphanumeric characters or '_,:', and must end with an alphanumeric character or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName',  or 'ReasonA,ReasonB',  or 'ReasonA:ReasonB', regex used for validation is '[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?')"))
        #expect(problems.contains("message: Too long: may not be more than 32768 bytes"))
        let noReason = Condition(type: "Ready", status: .true, reason: "", lastTransitionTime: t0)
        #expect(noReason.validate() == ["reason: Required value: must be set"])
    }

    @Test func codable() throws {
        let text = #"""
            [{"type": "Ready", "status": "True", "observedGeneration": 7, "lastTransitionTime": "2026-11-27T06:19:31Z",
              "reason": "Available", "message": "3/3 replicas ready"},
             {"type": "Degraded", "status": "Unknown", "lastTransitionTime": "2026-11-27T06:19:31Z", "reason": "Pending"}]
            """#
        let conditions = try JSONDecoder().decode([Condition].self, from: Data(text.utf8))
        #expect(conditions[0] == Condition(type: "Ready", status: .true, reason: "Available", message: "3/3 replicas ready", observedGeneration: 7, lastTransitionTime: t0))
        #expect(conditions[1].message == "")
        #expect(conditions[1].observedGeneration == nil)
        #expect(
            try JSONValue(encoding: conditions[1])
                == ["type": "Degraded", "status": "Unknown", "lastTransitionTime": "2026-11-27T06:19:31Z", "reason": "Pending", "message": ""])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Condition.self, from: Data(#"{"type": "Ready", "status": "Yes", "lastTransitionTime": "2026-11-27T06:19:31Z"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Condition.self, from: Data(#"{"type": "Ready", "status": "True"}"#.utf8))
        }
    }
}
