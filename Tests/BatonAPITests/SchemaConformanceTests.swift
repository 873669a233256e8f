import KubeCore
import Testing

@testable import BatonAPI

/// The Codable types and their schemas describe the same fields: what a type encodes, the
/// schema accepts (an undescribed field would be pruned by the API server), and every field
/// the schema describes is used by some sample (so the type reads and writes it).
struct SchemaConformanceTests {
    @Test(arguments: Fixtures.full + Fixtures.minimal)
    func everyEncodedFieldIsDescribedAndValid(_ sample: Sample) throws {
        #expect(try SchemaChecker.problems(of: sample.reencoded(), against: sample.schema) == [])
    }

    @Test func theSamplesUseEveryDescribedField() throws {
        var coverage = SchemaCoverage()
        for sample in Fixtures.full {
            coverage.record(try sample.reencoded(), against: sample.schema)
        }
        for sample in Fixtures.full {
            #expect(coverage.unused(in: sample.schema) == [], "\(sample.kind.names.kind)")
        }
    }

    /// The checker itself notices drift, or the tests above would prove nothing.
    @Test func theCheckerRejectsWhatTheServerWould() throws {
        var json = try Fixtures.json("model.yaml")
        try json.setValue("x", at: JSONPointer("/spec/serving/undescribed"))
        try json.setValue(101, at: JSONPointer("/spec/rollout/steps/0/weight"))
        try json.setValue("Flask", at: JSONPointer("/spec/serving/runtime"))
        try json.setValue("2 minutes", at: JSONPointer("/spec/rollout/steps/1/pause"))
        try json.setValue(["uri": "s3://x"], at: JSONPointer("/spec/artifact"))
        try json.removeValue(at: JSONPointer("/spec/version"))
        let problems = SchemaChecker.problems(of: json, against: Fixtures.full[0].schema)
        #expect(problems.count == 6)
        #expect(problems.contains("spec.serving.undescribed: not in the schema"))
        #expect(problems.contains("spec.rollout.steps[0].weight: above 100"))
        #expect(problems.contains("spec.version: required"))
    }

    /// Policy results name rules after the spec fields that hold them.
    @Test func policyRulesNameSpecFields() {
        let fields = PolicySpec.openAPISchema.json["properties"]?.objectValue?.keys ?? []
        for rule in PolicyRule.allCases {
            let field = rule.rawValue.prefix(1).lowercased() + rule.rawValue.dropFirst()
            #expect(fields.contains(field), "\(rule)")
        }
    }
}
