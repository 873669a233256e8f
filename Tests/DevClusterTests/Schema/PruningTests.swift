import KubeCore
import Testing

@testable import DevCluster

@Suite struct PruningTests {
    let s: StructuralSchema

    init() throws {
        s = try schema(
            """
            type: object
            properties:
              spec:
                type: object
                properties:
                  name: {type: string}
                  items:
                    type: array
                    items:
                      type: object
                      properties:
                        id: {type: integer}
                  labels:
                    type: object
                    additionalProperties: {type: string}
                  config:
                    type: object
                    x-kubernetes-preserve-unknown-fields: true
                    properties:
                      known:
                        type: object
                        properties:
                          a: {type: string}
                  template:
                    type: object
                    x-kubernetes-embedded-resource: true
                    properties:
                      spec:
                        type: object
                        properties:
                          x: {type: string}
                  count: {type: integer}
                  maybe: {type: string, nullable: true}
            """)
    }

    @Test func unknownFieldsAreRemovedAndReported() throws {
        var object = try json(
            """
            apiVersion: x/v1
            kind: W
            metadata: {name: w, whatever: 1}
            extra: 1
            spec:
              name: a
              foo: {bar: 1}
              items: [{id: 1, junk: true}, {id: 2}]
              labels: {app: web}
            """)
        let pruned = s.prune(&object)
        #expect(pruned == ["extra", "spec.foo", "spec.items[0].junk"])
        #expect(
            object
                == (try json(
                    """
                    apiVersion: x/v1
                    kind: W
                    metadata: {name: w, whatever: 1}
                    spec: {name: a, items: [{id: 1}, {id: 2}], labels: {app: web}}
                    """)))
    }

    @Test func preserveUnknownFieldsKeepsUnknownButPrunesKnown() throws {
        var object = try json("spec: {config: {anything: {deep: [1, {x: 2}]}, known: {a: x, b: y}}}")
        #expect(s.prune(&object) == ["spec.config.known.b"])
        #expect(object == (try json("spec: {config: {anything: {deep: [1, {x: 2}]}, known: {a: x}}}")))
    }

    @Test func embeddedResourcesKeepTypeMetaAndMetadata() throws {
        var object = try json("spec: {template: {apiVersion: v1, kind: Pod, metadata: {labels: {a: b}}, spec: {x: y, z: 1}, status: {}}}")
        #expect(s.prune(&object) == ["spec.template.spec.z", "spec.template.status"])
        #expect(object == (try json("spec: {template: {apiVersion: v1, kind: Pod, metadata: {labels: {a: b}}, spec: {x: y}}}")))
    }

    @Test func nonNullableNullsWithoutDefaultsAreDroppedSilently() throws {
        var object = try json("spec: {count: null, maybe: null, name: a}")
        #expect(s.prune(&object).isEmpty)
        #expect(object == (try json("spec: {maybe: null, name: a}")))
    }

    @Test func everythingIsPrunedWithoutASchemaForIt() throws {
        let empty = try schema("type: object")
        var object = try json("apiVersion: v1\nkind: K\nmetadata: {}\nspec: {a: 1}\nstatus: 2")
        #expect(empty.prune(&object) == ["spec", "status"])
        #expect(object == (try json("apiVersion: v1\nkind: K\nmetadata: {}")))
    }
}
