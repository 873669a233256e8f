import KubeCore
import Testing

@testable import DevCluster

@Suite struct FieldsV1Tests {
    typealias F = ApplyFixtures

    /// Shapes from the Server-Side Apply documentation and from real kube-apiserver objects,
    /// written in the order kube-apiserver writes them.
    @Test(arguments: [
        #"{"f:data":{"f:key":{}},"f:metadata":{"f:labels":{"f:test-label":{}}}}"#,
        #"{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"nginx\"}":{".":{},"f:image":{}}}}}"#,
        #"{"f:spec":{"f:data":{}}}"#,
        #"{"f:metadata":{"f:finalizers":{".":{},"v:\"example.com/a\"":{},"v:\"example.com/b\"":{}},"f:ownerReferences":{".":{},"k:{\"uid\":\"3fa6\"}":{}}}}"#,
        #"{"f:spec":{"f:ports":{"k:{\"port\":80,\"protocol\":\"TCP\"}":{".":{},"f:port":{},"f:targetPort":{}}}}}"#,
        #"{"f:spec":{"f:values":{"i:0":{},"i:2":{"f:a":{}}}}}"#,
    ])
    func roundTripsKubeShapesExactly(text: String) throws {
        let set = try FieldSet(fieldsV1: F.json(text))
        #expect(try set.fieldsV1.jsonString() == text)
    }

    @Test func readsMembersChildrenAndSelf() throws {
        let set = try FieldSet(fieldsV1: F.json(
            #"{"f:spec":{"f:containers":{"k:{\"name\":\"app\"}":{".":{},"f:image":{}}},"f:replicas":{}}}"#))
        // `.spec` and `.spec.containers` only lead to members; they are not members themselves.
        #expect(set.paths.map(\.description) == [
            ".spec.replicas", #".spec.containers[name="app"]"#, #".spec.containers[name="app"].image"#,
        ])
    }

    @Test func writesKeysSortedAndEscapedAsGoDoes() {
        let key = PathElement.key(sorting: [
            KeyField(name: "protocol", value: "TCP"), KeyField(name: "containerPort", value: 8080),
        ])
        #expect(key.serialized == #"k:{"containerPort":8080,"protocol":"TCP"}"#)
        #expect(key.description == #"[containerPort=8080,protocol="TCP"]"#)
        #expect(PathElement.value("<a&b>").serialized == #"v:"\u003ca\u0026b\u003e""#)
        #expect(PathElement.value("a\"b").description == #"[="a\"b"]"#)
        #expect(PathElement.index(3).serialized == "i:3")
    }

    @Test func ordersElementsAsStructuredMergeDiff() {
        let elements: [PathElement] = [
            .index(0), .value(.null), .value("b"), .value(2), .value(1.5), .value(true),
            .key([KeyField(name: "name", value: "a")]), .field("b"), .field("B"), .field("a"),
        ]
        #expect(elements.sorted().map(\.serialized) == [
            "f:B", "f:a", "f:b", #"k:{"name":"a"}"#, "v:1.5", "v:2", #"v:"b""#, "v:true", "v:null", "i:0",
        ])
    }

    @Test func skipsUnknownKindsAndTreatsBareNodesAsMembers() throws {
        let set = try FieldSet(fieldsV1: F.json(#"{"x:future":{},"f:a":{"x:only":{}},"f:b":{".":{}}}"#))
        #expect(set == FieldSet([[.field("a")], [.field("b")]]))
    }

    @Test(arguments: [
        (#"{"f:a":1}"#, "expected a JSON object in FieldsV1, got integer"),
        (#"{"z":{}}"#, "key must be 2 characters long: z"),
        (#"{"fa":{}}"#, "missing colon: fa"),
        (#"{"k:[1]":{}}"#, "key k:[1] is not a JSON object"),
        (#"{"i:x":{}}"#, "invalid index in i:x"),
    ])
    func rejectsMalformedFieldsV1(text: String, message: String) {
        #expect(throws: ManagedFieldsError(message)) { try FieldSet(fieldsV1: F.json(text)) }
    }

    @Test func setAlgebraFollowsStructuredMergeDiff() {
        let a: ManagedFieldPath = [.field("a")]
        let ab: ManagedFieldPath = [.field("a"), .field("b")]
        let ac: ManagedFieldPath = [.field("a"), .field("c")]
        let x: ManagedFieldPath = [.field("x")]
        let left = FieldSet([a, ab, x])
        let right = FieldSet([ab, ac])
        #expect(left.union(right) == FieldSet([a, ab, ac, x]))
        #expect(left.intersection(right) == FieldSet([ab]))
        #expect(left.subtracting(right) == FieldSet([a, x]))
        // A member takes its descendants only with the recursive difference.
        #expect(right.subtracting(FieldSet([a])) == right)
        #expect(right.subtractingRecursively(FieldSet([a])).isEmpty)
        #expect(FieldSet([ab]).subtracting(FieldSet([ab])).isEmpty)
    }
}
