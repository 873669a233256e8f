import KubeCore
import Testing

@testable import BatonAPI

/// Malformed objects give a `DecodingError` that names the field, never a crash or a silently
/// wrong value.
struct DecodingErrorTests {
    /// Each field of each sample, replaced by a value of a type it cannot have.
    @Test(arguments: Fixtures.full)
    func everyFieldRejectsAValueOfTheWrongType(_ sample: Sample) throws {
        let json = try sample.json()
        for (pointer, value) in leaves(of: json) where pointer.tokens.first != "metadata" {
            var broken = json
            try broken.setValue(Self.wrongValue(for: value), at: pointer)
            let error = try #require(throws: DecodingError.self, "\(pointer)") { try decode(broken, as: sample.kind) }
            #expect(Self.path(of: error) == pointer.tokens.joined(separator: "."), "\(error)")
        }
    }

    @Test(arguments: [
        ("/spec/serving/runtime", "Flask", "Cannot initialize ServingRuntime from invalid String value Flask"),
        ("/spec/training/resources/limits/memory", "lots", "\"lots\" is not a quantity"),
        ("/spec/rollout/steps/0/pause", "2 minutes", "\"2 minutes\" is not a duration"),
        ("/kind", "Pipeline", "expected kind \"Model\" for a Model, found \"Pipeline\""),
        ("/apiVersion", "baton.dev/v2", "expected apiVersion \"baton.dev/v1alpha1\""),
    ] as [(String, JSONValue, String)])
    func badValuesAreExplained(_ pointer: String, _ value: JSONValue, _ explanation: String) throws {
        var json = try Fixtures.json("model.yaml")
        try json.setValue(value, at: JSONPointer(pointer))
        let error = try #require(throws: DecodingError.self) { try json.decode(Model.self) }
        #expect(Self.path(of: error) == pointer.dropFirst().replacingOccurrences(of: "/", with: "."))
        #expect(String(describing: error).contains(explanation), "\(error)")
    }

    /// A fraction or an out-of-range number where an integer goes is refused, never truncated.
    /// (Foundation's JSONDecoder on Linux words it "The given data was not valid JSON", without
    /// the field's path; the API server refuses such objects before they reach the operator.)
    @Test(arguments: [2.5, 1e20, -1e20] as [JSONValue])
    func nonIntegersWhereIntegersGoAreRefused(_ value: JSONValue) throws {
        var json = try Fixtures.json("model.yaml")
        try json.setValue(value, at: JSONPointer("/spec/serving/replicas"))
        #expect(throws: DecodingError.self) { try json.decode(Model.self) }
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        var json = try Fixtures.json("model.yaml")
        try json.removeValue(at: JSONPointer("/spec/serving"))
        let error = try #require(throws: DecodingError.self) { try json.decode(Model.self) }
        #expect(Self.path(of: error) == "spec.serving")
    }

    @Test(arguments: [[], "Model", 7, ["spec": "none"]] as [JSONValue])
    func documentsOfTheWrongShapeAreRejected(_ json: JSONValue) {
        #expect(throws: DecodingError.self) { try json.decode(Model.self) }
    }

    private func decode<Kind: BatonKind>(_ json: JSONValue, as kind: Kind.Type) throws {
        _ = try json.decode(BatonObject<Kind>.self)
    }

    /// Every value in the tree with its pointer, containers included.
    private func leaves(of value: JSONValue, at pointer: JSONPointer = .root) -> [(JSONPointer, JSONValue)] {
        var found = pointer.tokens.isEmpty ? [] : [(pointer, value)]
        switch value {
        case let .object(members):
            for (key, member) in members { found += leaves(of: member, at: JSONPointer(tokens: pointer.tokens + [key])) }
        case let .array(elements):
            for (index, element) in elements.enumerated() {
                found += leaves(of: element, at: JSONPointer(tokens: pointer.tokens + [String(index)]))
            }
        default:
            break
        }
        return found
    }

    /// A value no field of `value`'s type accepts: a quantity takes integers and strings, so a
    /// string becomes a boolean; anything else becomes a string.
    private static func wrongValue(for value: JSONValue) -> JSONValue {
        if case .string = value { return true }
        return "wrong"
    }

    /// The dotted path of the field an error is about, indices as numbers.
    private static func path(of error: DecodingError) -> String {
        let (codingPath, key): ([any CodingKey], (any CodingKey)?) =
            switch error {
            case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
                (context.codingPath, nil)
            case let .keyNotFound(key, context):
                (context.codingPath, key)
            @unknown default:
                ([], nil)
            }
        return (codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
            .joined(separator: ".")
    }
}
