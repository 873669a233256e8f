import KubeCore
import Testing

@testable import DevCluster

@Suite struct CustomResourceDefinitionValidatorTests {
    /// A valid CRD with `changes` applied to its YAML, defaulted as the server would.
    private func validate(_ yaml: String) throws -> [String] {
        var crd = try json(yaml)
        CustomResourceDefinitionDefaults.apply(to: &crd)
        return messages(CustomResourceDefinitionValidator.validate(crd))
    }

    private func crd(name: String = "widgets.example.com", group: String = "example.com", versions: String) -> String {
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: \(name)}
        spec:
          group: \(group)
          scope: Namespaced
          names: {plural: widgets, kind: Widget}
          versions:
        \(versions)
        """
    }

    private let goodSchema = """
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      replicas: {type: integer, default: 1}
        """

    @Test func validCRDIsAccepted() throws {
        #expect(try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true\n" + goodSchema)).isEmpty)
    }

    @Test func nameMustBePluralDotGroup() throws {
        #expect(
            try validate(crd(name: "gadgets.example.com", versions: "  - name: v1\n    served: true\n    storage: true\n" + goodSchema))
                == [#"metadata.name: Invalid value: "gadgets.example.com": must be spec.names.plural+"."+spec.group"#])
    }

    @Test func groupNeedsADot() throws {
        #expect(
            try validate(crd(name: "widgets.example", group: "example", versions: "  - name: v1\n    served: true\n    storage: true\n" + goodSchema))
                == [#"spec.group: Invalid value: "example": should be a domain with at least one dot"#])
    }

    @Test func exactlyOneStorageVersion() throws {
        let versions = "  - name: v1\n    served: true\n    storage: false\n" + goodSchema
        #expect(
            try validate(crd(versions: versions)) == [
                #"spec.versions: Invalid value: []apiextensions.CustomResourceDefinitionVersion{apiextensions.CustomResourceDefinitionVersion{Name:"v1", Served:true, Storage:false}}: must have exactly one version marked as storage version"#
            ])
    }

    /// A schema every version shares is validated as the top-level `spec.validation`, as
    /// kube-apiserver does after converting v1 to its internal form.
    @Test func nonStructuralSchemaPaths() throws {
        let untyped = """
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec: {properties: {a: {type: string}}}
            """
        #expect(
            try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true\n" + untyped)) == [
                "spec.validation.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields"
            ])
        let twoVersions = "  - name: v1\n    served: true\n    storage: true\n" + untyped + "\n  - name: v2\n    served: true\n    storage: false\n" + goodSchema
        let twoVersionErrors = try validate(crd(versions: twoVersions))
        #expect(
            twoVersionErrors == [
                "spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields"
            ])
    }

    @Test func schemasAreRequired() throws {
        #expect(
            try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true")) == [
                "spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required"
            ])
    }

    @Test func invalidPatternIsRefusedWithGoWording() throws {
        let schema = """
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      name: {type: string, pattern: '^(a|b$'}
                      other: {type: string, pattern: '(?=x)'}
            """
        #expect(
            try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true\n" + schema)) == [
                "spec.validation.openAPIV3Schema.properties[name].pattern: Invalid value: \"^(a|b$\": must be a valid regular expression, but isn't: error parsing regexp: missing closing ): `^(a|b$`",
                "spec.validation.openAPIV3Schema.properties[other].pattern: Invalid value: \"(?=x)\": must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax: `(?=`",
            ])
    }

    @Test func defaultsMustValidateAndBePruned() throws {
        let schema = """
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        default: {replicas: x, unknown: 1}
                        properties:
                          replicas: {type: integer}
            """
        #expect(
            try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true\n" + schema)) == [
                #"spec.validation.openAPIV3Schema.properties[spec].default: Invalid value: map[string]interface {}{"replicas":"x", "unknown":1}: must not have unknown fields"#,
                #"spec.validation.openAPIV3Schema.properties[spec].default.replicas: Invalid value: "string": replicas in body must be of type integer: "string""#,
            ])
    }

    @Test func listMapKeysNeedDefaultsOrRequired() throws {
        let schema = """
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      ports:
                        type: array
                        x-kubernetes-list-type: map
                        x-kubernetes-list-map-keys: [port]
                        items:
                          type: object
                          properties:
                            port: {type: integer}
            """
        #expect(
            try validate(crd(versions: "  - name: v1\n    served: true\n    storage: true\n" + schema)) == [
                "spec.validation.openAPIV3Schema.properties[ports].items.properties[port].default: Required value: this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property"
            ])
    }

    @Test func subresourcesAndColumns() throws {
        let versions = "  - name: v1\n    served: true\n    storage: true\n" + goodSchema + """

                subresources:
                  status: {}
                  scale: {specReplicasPath: spec.replicas}
                additionalPrinterColumns:
                - {name: Replicas, type: int, jsonPath: .spec.replicas}
                - {name: Age, type: date}
            """
        #expect(
            try validate(crd(versions: versions)) == [
                #"spec.subresources.scale.specReplicasPath: Invalid value: "spec.replicas": must be a simple json path starting with ."#,
                "spec.subresources.scale.statusReplicasPath: Required value",
                #"spec.additionalPrinterColumns[0].type: Invalid value: "int": must be one of boolean,date,integer,number,string"#,
                "spec.additionalPrinterColumns[1].JSONPath: Required value",
            ])
    }

    @Test func protectedGroupsNeedApproval() throws {
        let versions = "  - name: v1\n    served: true\n    storage: true\n" + goodSchema
        #expect(
            try validate(crd(name: "widgets.x.k8s.io", group: "x.k8s.io", versions: versions)) == [
                #"metadata.annotations[api-approved.kubernetes.io]: Required value: protected groups must have approval annotation "api-approved.kubernetes.io", see https://github.com/kubernetes/enhancements/pull/1111"#
            ])
    }

    @Test func malformedCRDNeverCrashes() throws {
        for yaml in ["[]", "spec: 5", "spec: {versions: 5, names: []}", "spec: {versions: [5, {schema: {openAPIV3Schema: [1]}}]}"] {
            var crd = try json(yaml)
            CustomResourceDefinitionDefaults.apply(to: &crd)
            #expect(!CustomResourceDefinitionValidator.validate(crd).isEmpty)
        }
    }
}
