import KubeCore
import Testing

@testable import DevCluster

/// Exact kube-apiserver wording for the common schema errors (kube-openapi messages converted
/// by apiextensions' ValidateCustomResource).
@Suite struct SchemaValidationTests {
    let widget: StructuralSchema

    init() throws {
        widget = try schema(
            """
            type: object
            properties:
              apiVersion: {type: string}
              kind: {type: string}
              metadata: {type: object}
              spec:
                type: object
                required: [foo]
                properties:
                  foo: {type: string}
                  replicas: {type: integer, format: int32}
                  mode: {type: string, enum: [a, b]}
                  count: {type: integer, maximum: 10, minimum: 1}
                  ratio: {type: number, maximum: 1.5, exclusiveMaximum: true, multipleOf: 0.25}
                  step: {type: integer, multipleOf: 5}
                  name: {type: string, minLength: 1, maxLength: 10, pattern: '^[a-z]+$'}
                  when: {type: string, format: date-time}
                  tags:
                    type: array
                    minItems: 1
                    maxItems: 3
                    items: {type: string}
                  containers:
                    type: array
                    items:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                  labels:
                    type: object
                    additionalProperties: {type: string}
                  port:
                    anyOf: [{type: integer}, {type: string}]
                    x-kubernetes-int-or-string: true
                  optional: {type: string, nullable: true}
            """)
    }

    private func errors(_ spec: String) throws -> [String] {
        messages(widget.validate(try json("apiVersion: x/v1\nkind: W\nmetadata: {name: w}\nspec:\n" + spec)))
    }

    @Test func validObjectHasNoErrors() throws {
        #expect(
            try errors(
                """
                  foo: x
                  replicas: 3
                  mode: a
                  count: 10
                  ratio: 0.75
                  step: 15
                  name: abc
                  when: "2024-05-01T10:00:00Z"
                  tags: [a]
                  containers: [{name: c}]
                  labels: {app: web}
                  port: http
                  optional: null
                """
            ).isEmpty)
    }

    @Test func wrongTypeNamesTheActualType() throws {
        #expect(
            try errors("  foo: x\n  replicas: \"3\"") == [
                #"spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string""#
            ])
        // With a format, kube-openapi compares formats first and names Go's float64.
        #expect(
            try errors("  foo: x\n  replicas: 1.5") == [
                #"spec.replicas: Invalid value: "float64": spec.replicas in body must be of type int32: "float64""#
            ])
        #expect(
            try errors("  foo: x\n  count: 1.5") == [
                #"spec.count: Invalid value: "number": spec.count in body must be of type integer: "number""#
            ])
        // A float that is a whole number passes as an integer, as in Go.
        #expect(try errors("  foo: x\n  replicas: 2.0").isEmpty)
    }

    @Test func requiredValue() throws {
        #expect(try errors("  mode: a") == ["spec.foo: Required value"])
        #expect(try errors("  foo: x\n  containers: [{}]") == ["spec.containers[0].name: Required value"])
    }

    @Test func unsupportedValueListsTheEnum() throws {
        #expect(try errors("  foo: x\n  mode: x") == [#"spec.mode: Unsupported value: "x": supported values: "a", "b""#])
    }

    @Test func numericBounds() throws {
        #expect(
            try errors("  foo: x\n  count: 11") == ["spec.count: Invalid value: 11: spec.count in body should be less than or equal to 10"])
        #expect(
            try errors("  foo: x\n  count: 0") == ["spec.count: Invalid value: 0: spec.count in body should be greater than or equal to 1"])
        #expect(try errors("  foo: x\n  ratio: 1.5") == ["spec.ratio: Invalid value: 1.5: spec.ratio in body should be less than 1.5"])
        #expect(try errors("  foo: x\n  ratio: 0.3") == ["spec.ratio: Invalid value: 0.3: spec.ratio in body should be a multiple of 0.25"])
        #expect(try errors("  foo: x\n  step: 7") == ["spec.step: Invalid value: 7: spec.step in body should be a multiple of 5"])
    }

    @Test func stringLengthsAndPattern() throws {
        #expect(try errors("  foo: x\n  name: \"\"") == [#"spec.name: Invalid value: "": spec.name in body should be at least 1 chars long"#])
        #expect(try errors("  foo: x\n  name: abcdefghijk") == ["spec.name: Too long: may not be more than 10 bytes"])
        #expect(try errors("  foo: x\n  name: ABC") == [#"spec.name: Invalid value: "ABC": spec.name in body should match '^[a-z]+$'"#])
    }

    @Test func formatIsChecked() throws {
        #expect(
            try errors("  foo: x\n  when: yesterday") == [
                #"spec.when: Invalid value: "yesterday": spec.when in body must be of type date-time: "yesterday""#
            ])
    }

    @Test func arrayCounts() throws {
        #expect(try errors("  foo: x\n  tags: []") == ["spec.tags: Invalid value: 0: spec.tags in body should have at least 1 items"])
        #expect(try errors("  foo: x\n  tags: [a, b, c, d]") == ["spec.tags: Too many: 4: must have at most 3 items"])
    }

    @Test func mapValuesUseDottedPaths() throws {
        #expect(
            try errors("  foo: x\n  labels: {app: 5}") == [
                #"spec.labels.app: Invalid value: "integer": spec.labels.app in body must be of type string: "integer""#
            ])
    }

    /// The three errors kube-apiserver gives for a float in an int-or-string field, as reported
    /// in cloudnative-pg/cloudnative-pg#1572.
    @Test func intOrStringRejectsFloats() throws {
        #expect(
            try errors("  foo: x\n  port: 0.5") == [
                #"spec.port: Invalid value: "number": spec.port in body must be of type integer,string: "number""#,
                #"<nil>: Invalid value: "": "spec.port" must validate at least one schema (anyOf)"#,
                #"spec.port: Invalid value: "number": spec.port in body must be of type integer: "number""#,
            ])
        #expect(try errors("  foo: x\n  port: 8080").isEmpty)
    }

    @Test func nullOnlyWhereNullable() throws {
        #expect(try errors("  foo: null") == [#"spec.foo: Invalid value: "null": spec.foo in body must be of type string: "null""#])
        #expect(try errors("  foo: x\n  optional: null").isEmpty)
    }

    @Test func junctorSummaries() throws {
        let s = try schema(
            """
            type: object
            properties:
              a: {type: string}
              b: {type: string}
            oneOf:
            - required: [a]
            - required: [b]
            not: {required: [c]}
            """)
        #expect(
            messages(s.validate(try json("{a: x, b: z}"))) == [
                #"<nil>: Invalid value: "": "" must validate one and only one schema (oneOf). Found 2 valid alternatives"#
            ])
        #expect(
            messages(s.validate(try json("{}"))) == [
                #"<nil>: Invalid value: "": "" must validate one and only one schema (oneOf). Found none valid"#,
                "a: Required value",
            ])
        #expect(messages(s.validate(try json("{a: x, c: 1}"))) == [#"<nil>: Invalid value: "": "" must not validate the schema (not)"#])
    }

    @Test func listTypeSetAndMapDuplicates() throws {
        let s = try schema(
            """
            type: object
            properties:
              spec:
                type: object
                properties:
                  hosts:
                    type: array
                    x-kubernetes-list-type: set
                    items: {type: string}
                  ports:
                    type: array
                    x-kubernetes-list-type: map
                    x-kubernetes-list-map-keys: [port, protocol]
                    items:
                      type: object
                      properties:
                        port: {type: integer}
                        protocol: {type: string}
                  rules:
                    type: array
                    x-kubernetes-list-type: map
                    x-kubernetes-list-map-keys: [name]
                    items:
                      type: object
                      properties:
                        name: {type: string}
                        value: {type: string}
            """)
        let object = try json(
            """
            spec:
              hosts: [a, b, a, a]
              ports: [{port: 80, protocol: TCP}, {port: 80, protocol: UDP}, {protocol: TCP, port: 80}]
              rules: [{name: x, value: "1"}, {name: x, value: "2"}]
            """)
        #expect(
            messages(s.validate(object)) == [
                #"spec.hosts[2]: Duplicate value: "a""#,
                #"spec.ports[2]: Duplicate value: map[string]interface {}{"port":80, "protocol":"TCP"}"#,
                #"spec.rules[1]: Duplicate value: map[string]interface {}{"name":"x"}"#,
            ])
    }

    @Test func embeddedResourcesNeedTypeMeta() throws {
        let s = try schema(
            """
            type: object
            properties:
              template:
                type: object
                x-kubernetes-embedded-resource: true
                x-kubernetes-preserve-unknown-fields: true
            """)
        #expect(
            messages(s.validate(try json("template: {kind: Bad_Kind}"))) == [
                "template.apiVersion: Required value",
                #"template.kind: Invalid value: "Bad_Kind": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"#,
            ])
        #expect(s.validate(try json("template: {apiVersion: v1, kind: Pod, spec: {x: 1}}")).isEmpty)
    }

    @Test func causeReasonsMatchTheErrorTypes() throws {
        let errors = widget.validate(try json("spec: {replicas: x, mode: c, tags: [a, b, c, d], name: abcdefghijklmn}"))
        #expect(errors.map(\.reason) == [.typeInvalid, .notSupported, .tooLong, .tooMany, .required])
    }
}
