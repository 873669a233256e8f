import KubeCore
import Testing

@testable import BatonAPI

/// What the schema DSL writes.
struct OpenAPISchemaTests {
    @Test func quantitiesAreIntOrStringWithTheQuantityGrammar() {
        let expected: JSONValue = [
            "description": "d", "anyOf": [["type": "integer"], ["type": "string"]],
            "pattern": .string(Quantity.pattern), "x-kubernetes-int-or-string": true,
        ]
        #expect(OpenAPISchema.quantity("d").json == expected)
    }

    @Test func listsSayHowTheyMerge() {
        let list = OpenAPISchema.array("d", of: .string("s"), listType: .map(keys: ["name"]), minItems: 1)
        #expect(list.json["x-kubernetes-list-type"] == "map")
        #expect(list.json["x-kubernetes-list-map-keys"] == ["name"])
        #expect(list.json["minItems"] == 1)
        #expect(list.json["maxItems"] == nil)
        #expect(OpenAPISchema.array("d", of: .string("s")).json["x-kubernetes-list-type"] == "atomic")
    }

    @Test func enumsComeFromSwiftEnums() {
        #expect(OpenAPISchema.string("d", enum: RolloutStrategy.self).json["enum"] == ["Canary", "BlueGreen", "Recreate", "Shadow"])
    }

    @Test func modifiersAddToTheSchema() {
        let schema = OpenAPISchema.object("d", required: ["a"], properties: ["a": .integer("a"), "b": .boolean("b")])
            .requiringExactlyOne(of: ["a", "b"])
            .rule("self.a > 0", message: "a must be positive")
            .rule("true", message: "second")
            .including(.object("other", required: ["c"], properties: ["c": .number("c")]))
            .withDescription("e")
            .defaulted([:])
        #expect(schema.json["description"] == "e")
        #expect(schema.json["required"] == ["a", "c"])
        #expect(schema.json["properties"]?.objectValue?.keys.elements == ["a", "b", "c"])
        #expect(schema.json["oneOf"] == [["required": ["a"]], ["required": ["b"]]])
        #expect(schema.json["x-kubernetes-validations"]?.arrayValue?.count == 2)
        #expect(schema.json["default"] == [:])
        #expect(OpenAPISchema.integer("d", minimum: 0).defaulted(Int32(3)).json["default"] == 3)
        #expect(OpenAPISchema.string("d").defaulted(Enforcement.audit).json["default"] == "Audit")
    }

    @Test func trainingHasTheContainerFieldsAtItsOwnLevel() {
        let properties = TrainingSpec.openAPISchema.json["properties"]?.objectValue?.keys ?? []
        for field in ["image", "command", "args", "env", "resources", "workers", "outputURI"] {
            #expect(properties.contains(field), "\(field)")
        }
        #expect(TrainingSpec.openAPISchema.json["required"] == ["image"])
    }
}
