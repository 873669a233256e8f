import KubeCore
import Testing

@testable import DevCluster

/// Malformed schemas and objects give field errors, never a crash or a hang.
@Suite struct HostileInputTests {
    @Test func schemaWithWrongTypesEverywhere() throws {
        let hostile = try json(
            """
            type: 5
            format: [x]
            nullable: "yes"
            maxLength: ten
            minimum: "1"
            required: [a, 2]
            enum: {a: 1}
            properties: [1, 2]
            items: 7
            allOf: {}
            x-kubernetes-list-map-keys: x
            x-kubernetes-preserve-unknown-fields: 1
            """)
        #expect(throws: SchemaDecodingError.self) { try StructuralSchema(hostile) }
        do {
            _ = try StructuralSchema(hostile)
        } catch {
            #expect(
                messages(error.errors).contains(#"openAPIV3Schema.type: Invalid value: 5: must be of type string"#))
            #expect(messages(error.errors).contains(#"openAPIV3Schema.required[1]: Invalid value: 2: must be of type string"#))
            #expect(error.errors.count == 12)
        }
    }

    @Test func deeplyNestedObjects() throws {
        var deep: JSONValue = "leaf"
        var deepSchema: JSONValue = ["type": "string"]
        for _ in 0 ..< 1000 {
            deep = ["a": deep]
            deepSchema = ["type": "object", "properties": ["a": deepSchema]]
        }
        let s = try StructuralSchema(deepSchema)
        #expect(s.validate(deep).isEmpty)
        var pruned = deep
        #expect(s.prune(&pruned).isEmpty)
        s.applyDefaults(to: &deep)

        // The same depth under a shallow schema that preserves unknown fields.
        let loose = try schema("type: object\nx-kubernetes-preserve-unknown-fields: true")
        var object: JSONValue = ["spec": deep]
        #expect(loose.validate(object).isEmpty)
        #expect(loose.prune(&object).isEmpty)
    }

    @Test func hugeArrays() throws {
        let s = try schema(
            """
            type: object
            properties:
              items:
                type: array
                maxItems: 1000
                x-kubernetes-list-type: set
                items: {type: integer, minimum: 0}
            """)
        let object: JSONValue = ["items": .array((0 ..< 200_000).map { .integer(Int64($0 % 150_000)) })]
        let errors = s.validate(object)
        #expect(errors.first?.detail == "Too many: 200000: must have at most 1000 items")
        #expect(errors.count == 1 + 50_000)
    }

    @Test func invalidPatternDoesNotMatchAndSaysWhy() throws {
        let s = try schema("type: object\nproperties:\n  a: {type: string, pattern: '(['}")
        #expect(s.properties["a"]?.pattern?.compileError == "error parsing regexp: missing closing ]: `[`")
        #expect(
            messages(s.validate(try json("a: x"))) == [
                #"a: Invalid value: "x": a in body should match '([, but pattern is invalid: error parsing regexp: missing closing ]: `[`'"#
            ])
    }

    @Test func enumOfObjects() throws {
        let s = try schema("type: object\nproperties:\n  a: {type: object, enum: [{p: 1}, {q: [2]}]}")
        #expect(s.validate(try json("a: {q: [2]}")).isEmpty)
        #expect(
            messages(s.validate(try json("a: {p: 2}"))) == [
                #"a: Unsupported value: map[string]interface {}{"p":2}: supported values: "{\"p\":1}", "{\"q\":[2]}""#
            ])
    }

    @Test func intOrStringWithFloatsAndOtherTypes() throws {
        let s = try schema("type: object\nproperties:\n  p: {x-kubernetes-int-or-string: true}")
        #expect(s.validate(try json("p: 3")).isEmpty)
        #expect(s.validate(try json("p: 3.0")).isEmpty)
        #expect(messages(s.validate(try json("p: 3.5"))) == [#"p: Invalid value: "number": p in body must be of type integer,string: "number""#])
        #expect(messages(s.validate(try json("p: [1]"))) == [#"p: Invalid value: "array": p in body must be of type integer,string: "array""#])
    }

    @Test func nullsEverywhere() throws {
        let s = try schema(
            """
            type: object
            properties:
              a: {type: string, enum: [x]}
              b: {type: array, items: {type: integer}}
              c: {type: object, additionalProperties: {type: string}}
            """)
        let errors = messages(s.validate(try json("a: null\nb: [null, 1]\nc: {k: null}")))
        #expect(
            errors == [
                #"a: Invalid value: "null": a in body must be of type string: "null""#,
                #"a: Unsupported value: "null": supported values: "x""#,
                #"b[0]: Invalid value: "null": b[0] in body must be of type integer: "null""#,
                #"c.k: Invalid value: "null": c.k in body must be of type string: "null""#,
            ])
        var object = try json("a: null\nb: [null, 1]\nc: {k: null}")
        _ = s.prune(&object)
        #expect(object == (try json("b: [null, 1]\nc: {}")))
        #expect(s.validate(.null).isEmpty == false)
    }

    @Test func valuesOfTheWrongShape() throws {
        let s = try schema("type: object\nproperties:\n  spec: {type: object, properties: {a: {type: string}}}")
        for value in ["spec: 1", "spec: [1, 2]", "spec: x", "spec: true"] {
            #expect(s.validate(try json(value)).count == 1)
        }
        #expect(messages(s.validate("text")) == [#"<nil>: Invalid value: "string":  in body must be of type object: "string""#])
    }
}
