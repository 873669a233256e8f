import KubeCore
import Testing

@testable import DevCluster

@Suite struct DefaultingTests {
    let s: StructuralSchema

    init() throws {
        s = try schema(
            """
            type: object
            properties:
              spec:
                type: object
                default: {}
                properties:
                  replicas: {type: integer, default: 1}
                  strategy:
                    type: object
                    default: {type: RollingUpdate}
                    properties:
                      type: {type: string}
                      maxSurge: {type: integer, default: 25}
                  optional: {type: string, nullable: true, default: x}
                  ports:
                    type: array
                    items:
                      type: object
                      default: {}
                      properties:
                        protocol: {type: string, default: TCP}
                  env:
                    type: object
                    additionalProperties:
                      type: object
                      properties:
                        value: {type: string, default: unset}
            """)
    }

    @Test func missingPropertiesGetDefaultsAndDefaultsAreDefaulted() throws {
        var object = try json("kind: W")
        s.applyDefaults(to: &object)
        #expect(object == (try json("kind: W\nspec: {replicas: 1, strategy: {type: RollingUpdate, maxSurge: 25}, optional: x}")))
    }

    @Test func existingValuesStay() throws {
        var object = try json("spec: {replicas: 5, strategy: {type: Recreate, maxSurge: 0}, optional: y}")
        let before = object
        s.applyDefaults(to: &object)
        #expect(object == before)
    }

    @Test func nullIsDefaultedOnlyWhereNotNullable() throws {
        var object = try json("spec: {replicas: null, optional: null}")
        s.applyDefaults(to: &object)
        #expect(object["spec"]?["replicas"] == 1)
        #expect(object["spec"]?["optional"] == .null)
    }

    @Test func itemsAndAdditionalPropertiesAreDefaulted() throws {
        var object = try json("spec: {ports: [{}, null, {protocol: UDP}], env: {A: {}, B: {value: b}}}")
        s.applyDefaults(to: &object)
        #expect(object["spec"]?["ports"] == (try json("[{protocol: TCP}, {protocol: TCP}, {protocol: UDP}]")))
        #expect(object["spec"]?["env"] == (try json("{A: {value: unset}, B: {value: b}}")))
    }

    @Test func newMembersGoLast() throws {
        var object = try json("spec: {optional: y}")
        s.applyDefaults(to: &object)
        #expect(object["spec"]?.objectValue.map { Array($0.keys) } == ["optional", "replicas", "strategy"])
    }

    @Test func crdDefaults() throws {
        var crd = try json(
            """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            spec:
              names: {kind: Widget, plural: widgets}
            """)
        CustomResourceDefinitionDefaults.apply(to: &crd)
        #expect(crd["spec"]?["names"]?["singular"] == "widget")
        #expect(crd["spec"]?["names"]?["listKind"] == "WidgetList")
        #expect(crd["spec"]?["conversion"] == ["strategy": "None"])

        var webhook = try json(
            """
            spec:
              names: {kind: Widget, singular: gadget, listKind: Gadgets}
              conversion:
                strategy: Webhook
                webhook: {clientConfig: {service: {name: conv, namespace: system}}}
            """)
        CustomResourceDefinitionDefaults.apply(to: &webhook)
        #expect(webhook["spec"]?["names"]?["singular"] == "gadget")
        #expect(webhook["spec"]?["names"]?["listKind"] == "Gadgets")
        #expect(webhook["spec"]?["conversion"]?["webhook"]?["clientConfig"]?["service"]?["port"] == 443)
    }
}
