import KubeCore
import Testing

@testable import DevCluster

@Suite struct StructuralSchemaTests {
    @Test func parsesEveryKeyword() throws {
        let s = try schema(
            """
            type: object
            description: A widget.
            required: [spec]
            properties:
              spec:
                type: object
                x-kubernetes-validations: [{rule: self.a > 0}]
                properties:
                  a: {type: integer, format: int32, minimum: 0, maximum: 9, exclusiveMaximum: true, multipleOf: 3, default: 3}
                  s: {type: string, minLength: 1, maxLength: 5, pattern: '^x', format: date-time, nullable: true}
                  l:
                    type: array
                    minItems: 1
                    maxItems: 4
                    x-kubernetes-list-type: map
                    x-kubernetes-list-map-keys: [k]
                    items: {type: object, properties: {k: {type: string}}, required: [k]}
                  m: {type: object, minProperties: 1, maxProperties: 2, additionalProperties: true, x-kubernetes-map-type: atomic}
                  e: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}
                  i: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
                  j: {type: string, not: {enum: [x]}, allOf: [{minLength: 1}], oneOf: [{maxLength: 2}]}
            """)
        #expect(s.description == "A widget.")
        #expect(s.required == ["spec"])
        let spec = try #require(s.properties["spec"])
        #expect(spec.propertyNames == ["a", "s", "l", "m", "e", "i", "j"])
        #expect(spec.validationRules == [["rule": "self.a > 0"]])
        let a = try #require(spec.properties["a"])
        #expect(a.format == "int32" && a.effectiveFormat == "int32")
        #expect(a.minimum == 0 && a.maximum == 9 && a.exclusiveMaximum && a.multipleOf == 3 && a.defaultValue == 3)
        let text = try #require(spec.properties["s"])
        #expect(text.minLength == 1 && text.maxLength == 5 && text.nullable && text.pattern?.source == "^x")
        let list = try #require(spec.properties["l"])
        #expect(list.listType == "map" && list.listMapKeys == ["k"] && list.items?.required == ["k"])
        #expect(list.minItems == 1 && list.maxItems == 4)
        let map = try #require(spec.properties["m"])
        #expect(map.mapType == "atomic" && map.minProperties == 1 && map.maxProperties == 2)
        if case .allowed(true)? = map.additionalProperties {} else { Issue.record("additionalProperties: true expected") }
        #expect(spec.properties["e"]?.embeddedResource == true && spec.properties["e"]?.preservesUnknownFields == true)
        #expect(spec.properties["i"]?.allowedTypes == ["integer", "string"])
        #expect(spec.properties["j"]?.not != nil && spec.properties["j"]?.allOf.count == 1 && spec.properties["j"]?.oneOf.count == 1)
        #expect(spec.raw["x-kubernetes-validations"] != nil)
        #expect(s.containsListSetsOrMaps && s.containsEmbeddedResources)
    }

    @Test func formatsTheServerIgnoresAreDropped() throws {
        #expect(try schema("type: integer\nformat: uint8").effectiveFormat == nil)
        #expect(try schema("type: string\nformat: made-up").effectiveFormat == nil)
        #expect(try schema("type: string\nformat: datetime").effectiveFormat == "datetime")
        #expect(try schema("type: boolean\nformat: int32").effectiveFormat == nil)
    }

    @Test func stringFormats() {
        let valid: [(String, String)] = [
            ("date-time", "2024-02-29T23:59:59.123+01:00"), ("date-time", "2024-01-01t00:00:00z"), ("date", "2024-02-29"),
            ("byte", "aGVsbG8="), ("ipv4", "10.0.0.1"), ("ipv6", "fe80::1"), ("cidr", "10.0.0.0/8"),
            ("mac", "00:00:5e:00:53:01"), ("uuid", "123e4567-e89b-12d3-a456-426614174000"),
            ("uuid4", "123e4567-e89b-42d3-a456-426614174000"), ("hexcolor", "#fff"), ("k8s-short-name", "web-1"),
        ]
        let invalid: [(String, String)] = [
            ("date-time", "2024-02-29"), ("date-time", "2024-02-30T00:00:00Z"), ("date", "2023-02-29"), ("byte", "%%"),
            ("ipv4", "fe80::1"), ("ipv6", "10.0.0.1"), ("cidr", "10.0.0.0/33"), ("mac", "00:00:5e"),
            ("uuid", "123e4567"), ("uuid4", "123e4567-e89b-12d3-a456-426614174000"), ("hexcolor", "#ffff"),
            ("k8s-short-name", "Web"),
        ]
        for (format, value) in valid { #expect(SchemaFormat.validates(value, format: format), "\(format) \(value)") }
        for (format, value) in invalid { #expect(!SchemaFormat.validates(value, format: format), "\(format) \(value)") }
    }

    @Test func re2SyntaxErrors() {
        let cases: [(String, String?)] = [
            ("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", nil), ("^(?i)(abort|warn)?$", nil), ("(?P<name>x)|(?<other>y)", nil),
            (#"\d+\.\d+"#, nil), ("a{2,3}?", nil),
            ("(a", "missing closing ): `(a`"), ("a)", "unexpected ): `a)`"), ("[a", "missing closing ]: `[a`"),
            ("*a", "missing argument to repetition operator: `*`"), (#"(a)\1"#, #"invalid escape sequence: `\1`"#),
            ("(?!x)", "invalid or unsupported Perl syntax: `(?!`"), ("(?<=x)", "invalid or unsupported Perl syntax: `(?<`"),
            ("a*+", "invalid nested repetition operator: `*+`"), (#"\Z"#, #"invalid escape sequence: `\Z`"#),
        ]
        for (pattern, expected) in cases {
            #expect(SchemaPattern(pattern).compileError == expected.map { "error parsing regexp: " + $0 }, "\(pattern)")
        }
        #expect(SchemaPattern("^[a-z]+$").matches("abc"))
        #expect(!SchemaPattern("^[a-z]+$").matches("ABC"))
        #expect(!SchemaPattern(#"^\d$"#).matches("٣"), "\\d is ASCII-only in RE2")
    }

    @Test func goValueFormatting() {
        #expect(GoValueFormat.float(10) == "10")
        #expect(GoValueFormat.float(1.5) == "1.5")
        #expect(GoValueFormat.float(1e6) == "1e+06")
        #expect(GoValueFormat.float(123456) == "123456")
        #expect(GoValueFormat.float(0.0001) == "0.0001")
        #expect(GoValueFormat.float(0.00001) == "1e-05")
        #expect(GoValueFormat.float(-2.5e100) == "-2.5e+100")
        #expect(GoValueFormat.quote("a\"b\n\u{7f}é\u{a0}") == #""a\"b\n\x7fé\u00a0""#)
        #expect(GoValueFormat.goSyntax(["b": [1, nil, 2.5], "a": "x"]) == #"map[string]interface {}{"a":"x", "b":[]interface {}{1, interface {}(nil), 2.5}}"#)
        #expect(FieldPath.root.description == "<nil>")
        #expect(FieldPath.root.child("spec").key("a.b").index(0).description == "spec[a.b][0]")
    }
}
