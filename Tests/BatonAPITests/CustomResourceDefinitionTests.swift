import KubeCore
import Testing
import YAML

@testable import BatonAPI

/// The generated CRDs: their YAML, names, printer columns, and structural schemas.
struct CustomResourceDefinitionTests {
    @Test func theYAMLParsesBackToTheDefinitions() throws {
        let documents = try YAML.parseAll(CustomResourceDefinitions.yaml())
        #expect(documents == CustomResourceDefinitions.all)
        #expect(documents.map { $0[pointer: JSONPointer(tokens: ["metadata", "name"])] } == [
            "models.baton.dev", "pipelines.baton.dev", "monitors.baton.dev", "policies.baton.dev",
        ])
    }

    /// Sorted keys everywhere make the output independent of the order fields were declared
    /// in, and match `kubectl get crd -o yaml`.
    @Test(arguments: CustomResourceDefinitions.all)
    func keysAreSortedAsKubectlPrintsThem(_ definition: JSONValue) throws {
        #expect(definition.objectValue.map { Array($0.keys) } == ["apiVersion", "kind", "metadata", "spec"])
        #expect(unsortedObjects(in: definition) == [])
        #expect(try CustomResourceDefinitions.yaml() == CustomResourceDefinitions.yaml())
    }

    @Test func namesAndVersions() {
        let model = CustomResourceDefinitions.definition(of: ModelKind.self)
        let expected: JSONValue = [
            "categories": ["baton", "mlops"], "kind": "Model", "listKind": "ModelList", "plural": "models",
            "shortNames": ["mdl"], "singular": "model",
        ]
        #expect(model["spec"]?["names"] == expected)
        #expect(model["spec"]?["group"] == "baton.dev")
        #expect(model["spec"]?["scope"] == "Namespaced")
        let version = model["spec"]?["versions"]?[0]
        #expect(model["spec"]?["versions"]?.arrayValue?.count == 1)
        #expect(version?["name"] == "v1alpha1")
        #expect(version?["served"] == true)
        #expect(version?["storage"] == true)
        #expect(version?["subresources"] == ["status": [:]])
        #expect(PipelineKind.names.shortNames == ["pl", "pipe"])
        #expect(MonitorKind.names.shortNames == ["mon"])
        #expect(PolicyKind.names.shortNames == ["pol"])
    }

    @Test func theObjectTypesCarryTheirKindsIdentity() {
        #expect(Model.groupVersionResource == GroupVersionResource(group: "baton.dev", version: "v1alpha1", resource: "models"))
        #expect(Model.apiVersion == "baton.dev/v1alpha1")
        #expect(Policy.kind == "Policy")
        #expect(Pipeline.isNamespaced)
        #expect(Monitor.names.groupVersionKind == GroupVersionKind(group: "baton.dev", version: "v1alpha1", kind: "Monitor"))
    }

    @Test func modelColumnsAreTheOnesUsersLookFor() {
        let columns = ModelKind.printerColumns.filter { $0.priority == 0 }.map(\.name)
        #expect(columns == ["Version", "Phase", "Stable", "Canary", "Step", "Weight", "Ready", "Healthy", "Age"])
        #expect(ModelKind.printerColumns.first { $0.name == "Ready" }?.jsonPath
            == #".status.conditions[?(@.type=="Ready")].status"#)
    }

    @Test(arguments: CustomResourceDefinitions.all)
    func printerColumnsNameFieldsOfTheSchema(_ definition: JSONValue) throws {
        let version = try #require(definition["spec"]?["versions"]?[0])
        let root = try #require(version["schema"]?["openAPIV3Schema"])
        let columns = try #require(version["additionalPrinterColumns"]?.arrayValue)
        #expect(columns.last?["name"] == "Age")
        for column in columns {
            let path = try #require(column["jsonPath"]?.stringValue)
            let field = try PrinterColumnPath.resolve(path, in: root).get()
            switch column["type"]?.stringValue {
            case "integer": #expect(field["type"] == "integer", "\(path)")
            case "date": #expect(field["format"] == "date-time", "\(path)")
            case "string": #expect(field["type"] == "string", "\(path)")
            default: Issue.record("unexpected column type in \(column)")
            }
        }
    }

    @Test func columnPathsThatNameNothingAreCaught() {
        let root = CustomResourceDefinitions.rootSchema(of: ModelKind.self).json
        #expect(throws: PrinterColumnPath.PathError.self) {
            try PrinterColumnPath.resolve(".status.serving.stable", in: root).get()
        }
        #expect(throws: PrinterColumnPath.PathError.self) {
            try PrinterColumnPath.resolve(#".status.phase[?(@.type=="Ready")]"#, in: root).get()
        }
    }

    // MARK: - Structural schemas

    @Test(arguments: CustomResourceDefinitions.all)
    func schemasAreStructural(_ definition: JSONValue) throws {
        let root = try #require(definition.openAPIV3Schema)
        #expect(root["properties"]?["metadata"] == ["type": "object"])
        for node in SchemaNode.all(in: root) where node.path != "metadata" {
            #expect(structuralProblems(of: node.schema) == [], "\(node.path)")
        }
    }

    @Test(arguments: CustomResourceDefinitions.all)
    func everyFieldIsDescribed(_ definition: JSONValue) throws {
        let root = try #require(definition.openAPIV3Schema)
        for node in SchemaNode.all(in: root) where node.path != "metadata" {
            #expect(node.schema["description"]?.stringValue?.isEmpty == false, "\(node.path)")
        }
    }

    /// The API server refuses a CRD whose CEL rules could cost too much on the largest object
    /// it can imagine: a rule under a list without maxItems (or in a map) may run a million
    /// times.
    @Test(arguments: CustomResourceDefinitions.all)
    func celRulesRunABoundedNumberOfTimes(_ definition: JSONValue) throws {
        let root = try #require(definition.openAPIV3Schema)
        for node in SchemaNode.all(in: root) where node.schema["x-kubernetes-validations"] != nil {
            for ancestor in node.ancestors {
                #expect(ancestor["additionalProperties"] == nil, "\(node.path)")
                #expect(ancestor["type"] != "array" || ancestor["maxItems"] != nil, "\(node.path)")
            }
        }
    }

    /// A default the API server would reject makes the CRD itself invalid.
    @Test(arguments: CustomResourceDefinitions.all)
    func defaultsConformToTheirSchemas(_ definition: JSONValue) throws {
        let root = try #require(definition.openAPIV3Schema)
        for node in SchemaNode.all(in: root) {
            guard let value = node.schema["default"] else { continue }
            let defaulted = SchemaDefaulter.defaulted(value, by: node.schema)
            #expect(SchemaChecker.problems(of: defaulted, against: node.schema, at: node.path) == [])
        }
    }

    /// The rules of `apiextensions.k8s.io/v1` for a node of a structural schema, as far as
    /// Baton's schemas use them.
    private func structuralProblems(of schema: JSONValue) -> [String] {
        var problems: [String] = []
        let properties = schema["properties"]?.objectValue ?? [:]
        if schema["x-kubernetes-int-or-string"] == true {
            if schema["type"] != nil { problems.append("int-or-string with a type") }
            if schema["anyOf"] != [["type": "integer"], ["type": "string"]] { problems.append("int-or-string anyOf") }
        } else if schema["type"]?.stringValue == nil {
            problems.append("no type")
        }
        if !properties.isEmpty, schema["additionalProperties"] != nil {
            problems.append("both properties and additionalProperties")
        }
        for case let .string(name) in schema["required"]?.arrayValue ?? [] where properties[name] == nil {
            problems.append("required \(name) is not a property")
        }
        if schema["x-kubernetes-int-or-string"] != true {
            for alternative in (schema["oneOf"]?.arrayValue ?? []) + (schema["anyOf"]?.arrayValue ?? []) {
                if alternative.objectValue.map({ Array($0.keys) }) != ["required"] {
                    problems.append("a oneOf/anyOf alternative with more than required: \(alternative)")
                }
                for case let .string(name) in alternative["required"]?.arrayValue ?? [] where properties[name] == nil {
                    problems.append("oneOf/anyOf names \(name), not a property")
                }
            }
        }
        for rule in schema["x-kubernetes-validations"]?.arrayValue ?? [] where rule["rule"] == nil || rule["message"] == nil {
            problems.append("a validation rule without rule or message")
        }
        let items = schema["items"] ?? [:]
        switch schema["x-kubernetes-list-type"]?.stringValue {
        case "map":
            let required = items["required"]?.arrayValue ?? []
            for key in schema["x-kubernetes-list-map-keys"]?.arrayValue ?? [] {
                let keyName = key.stringValue ?? ""
                if !required.contains(key), items["properties"]?[keyName]?["default"] == nil {
                    problems.append("list map key \(keyName) is neither required nor defaulted")
                }
            }
        case "set":
            if items["type"] == "object" || items["type"] == "array" { problems.append("a set of non-scalars") }
        case "atomic", nil:
            break
        case let other?:
            problems.append("unknown list type \(other)")
        }
        return problems
    }

    private func unsortedObjects(in value: JSONValue, at path: String = "") -> [String] {
        switch value {
        case let .object(members):
            let keys = Array(members.keys)
            let sorted = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return (keys == sorted ? [] : [path])
                + members.flatMap { unsortedObjects(in: $0.value, at: "\(path).\($0.key)") }
        case let .array(elements):
            return elements.enumerated().flatMap { unsortedObjects(in: $0.element, at: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }
}
