import Foundation
import KubeCore

/// `validateCustomResourceDefinitionSpec` for a v1 CRD's `spec`, in kube-apiserver's order.
struct CustomResourceDefinitionSpecValidator {
    let spec: JSONObject
    let names: JSONObject
    let group: String
    private var reader = FieldReader()

    init(spec: JSONObject, names: JSONObject, group: String) {
        self.spec = spec
        self.names = names
        self.group = group
    }

    /// The members of the wrong JSON type met while validating.
    var readErrors: [FieldError] { reader.errors }

    private let specPath = FieldPath("spec")

    mutating func errors() -> [FieldError] {
        var errors: [FieldError] = []
        if group.isEmpty {
            errors.append(.required(specPath.child("group")))
        } else if case let problems = NameValidation.dns1123Subdomain(group), !problems.isEmpty {
            errors.append(.invalid(specPath.child("group"), .string(group), problems.joined(separator: ",")))
        } else if !group.contains(".") {
            errors.append(.invalid(specPath.child("group"), .string(group), "should be a domain with at least one dot"))
        }
        let scope = reader.string(spec["scope"], at: specPath.child("scope"))
        if scope.isEmpty {
            errors.append(.required(specPath.child("scope")))
        } else if scope != "Cluster" && scope != "Namespaced" {
            errors.append(.notSupported(specPath.child("scope"), .string(scope), ["Cluster", "Namespaced"]))
        }

        let versionsPath = specPath.child("versions")
        let versions = reader.array(spec["versions"], at: versionsPath).enumerated().map { index, element in
            reader.object(element, at: versionsPath.index(index))
        }
        // The internal form keeps a schema, subresources or columns shared by every version at
        // the top level.
        let sharedSchema = shared(versions, "schema")
        let sharedSubresources = shared(versions, "subresources")
        let sharedColumns = shared(versions, "additionalPrinterColumns")
        let anyStatus = versions.contains { isSet($0["subresources"]?["status"]) }

        if sharedSchema == nil {
            for (index, version) in versions.enumerated() where !isSet(version["schema"]?["openAPIV3Schema"]) {
                errors.append(.required(versionsPath.index(index).child("schema").child("openAPIV3Schema"), "schemas are required"))
            }
        }
        var storageCount = 0
        var seenNames: Set<String> = []
        var uniqueNames = true
        var versionNames: [String] = []
        for (index, version) in versions.enumerated() {
            let path = versionsPath.index(index)
            let name = reader.string(version["name"], at: path.child("name"))
            versionNames.append(name)
            if reader.bool(version["storage"], at: path.child("storage")) { storageCount += 1 }
            _ = reader.bool(version["served"], at: path.child("served"))
            if !seenNames.insert(name).inserted { uniqueNames = false }
            let nameProblems = KubeNameRules.dns1035Label(name)
            if !nameProblems.isEmpty {
                errors.append(.invalid(path.child("name"), .string(name), nameProblems.joined(separator: ",")))
            }
            errors += deprecationWarningErrors(version, path)
            let statusEnabled = isSet((sharedSubresources ?? version["subresources"])?["status"])
            if sharedSchema == nil {
                errors += Self.schemaErrors(version["schema"], at: path.child("schema"), statusEnabled: statusEnabled)
            }
            if sharedSubresources == nil {
                errors += subresourceErrors(version["subresources"], at: path.child("subresources"))
            }
            if sharedColumns == nil {
                errors += columnErrors(version["additionalPrinterColumns"], at: path.child("additionalPrinterColumns"))
            }
        }
        let renderedVersions = Self.render(versions)
        if !uniqueNames {
            errors.append(.invalid(versionsPath, renderedValue: renderedVersions, "must contain unique version names"))
        }
        if storageCount != 1 {
            errors.append(.invalid(versionsPath, renderedValue: renderedVersions, "must have exactly one version marked as storage version"))
        }
        // The internal `spec.version` is the first version's name.
        if let first = versionNames.first, !first.isEmpty, case let problems = KubeNameRules.dns1035Label(first), !problems.isEmpty {
            errors.append(.invalid(specPath.child("version"), .string(first), problems.joined(separator: ",")))
        }
        errors += namesErrors()
        errors += Self.schemaErrors(sharedSchema, at: specPath.child("validation"), statusEnabled: anyStatus)
        errors += subresourceErrors(sharedSubresources, at: specPath.child("subresources"))
        errors += columnErrors(sharedColumns, at: specPath.child("additionalPrinterColumns"))
        errors += conversionErrors()
        return errors
    }

    /// The value of `key` if every version has the same, non-null one.
    private func shared(_ versions: [JSONObject], _ key: String) -> JSONValue? {
        guard let first = versions.first?[key], isSet(first), versions.allSatisfy({ $0[key] == first }) else { return nil }
        return first
    }

    private func isSet(_ value: JSONValue?) -> Bool {
        value.nonNull != nil
    }

    /// kube-apiserver prints its internal version structs here; this shows their identifying
    /// fields in the same Go syntax.
    private static func render(_ versions: [JSONObject]) -> String {
        let items = versions.map { version in
            "apiextensions.CustomResourceDefinitionVersion{Name:\(GoValueFormat.quote(version["name"]?.stringValue ?? "")), "
                + "Served:\(version["served"]?.boolValue ?? false), Storage:\(version["storage"]?.boolValue ?? false)}"
        }
        return "[]apiextensions.CustomResourceDefinitionVersion{" + items.joined(separator: ", ") + "}"
    }

    // MARK: - Names

    private mutating func namesErrors() -> [FieldError] {
        let path = specPath.child("names")
        var errors: [FieldError] = []
        var values: [String: String] = [:]
        for key in ["plural", "singular", "kind", "listKind"] {
            values[key] = reader.string(names[key], at: path.child(key))
            if values[key]!.isEmpty { errors.append(.required(path.child(key))) }
        }
        for key in ["plural", "singular"] where !values[key]!.isEmpty {
            let problems = KubeNameRules.dns1035Label(values[key]!)
            if !problems.isEmpty { errors.append(.invalid(path.child(key), .string(values[key]!), problems.joined(separator: ","))) }
        }
        for key in ["kind", "listKind"] where !values[key]!.isEmpty {
            let problems = KubeNameRules.dns1035Label(values[key]!.lowercased())
            if !problems.isEmpty {
                errors.append(
                    .invalid(
                        path.child(key), .string(values[key]!),
                        "may have mixed case, but should otherwise match: " + problems.joined(separator: ",")))
            }
        }
        for (index, shortName) in reader.strings(names["shortNames"], at: path.child("shortNames")).enumerated() {
            let problems = KubeNameRules.dns1035Label(shortName)
            if !problems.isEmpty {
                errors.append(.invalid(path.child("shortNames").index(index), .string(shortName), problems.joined(separator: ",")))
            }
        }
        if !values["kind"]!.isEmpty && values["kind"] == values["listKind"] {
            errors.append(.invalid(path.child("listKind"), .string(values["listKind"]!), "kind and listKind may not be the same"))
        }
        for (index, category) in reader.strings(names["categories"], at: path.child("categories")).enumerated() {
            let problems = KubeNameRules.dns1035Label(category)
            if !problems.isEmpty {
                errors.append(.invalid(path.child("categories").index(index), .string(category), problems.joined(separator: ",")))
            }
        }
        return errors
    }

    // MARK: - Versions

    private mutating func deprecationWarningErrors(_ version: JSONObject, _ path: FieldPath) -> [FieldError] {
        guard let warning = version["deprecationWarning"], warning != .null else { return [] }
        let text = reader.string(warning, at: path.child("deprecationWarning"))
        var messages: [String] = []
        if !reader.bool(version["deprecated"], at: path.child("deprecated")) {
            messages.append("can only be set for deprecated versions")
        } else {
            if text.utf8.count > 256 { messages.append("must be <= 256 characters long") }
            if text.isEmpty { messages.append("must not be an empty string") }
            var offset = 0
            for scalar in text.unicodeScalars {
                if scalar.properties.generalCategory == .control {
                    messages.append("must only contain printable UTF-8 characters; control character found at index \(offset)")
                    break
                }
                offset += String(scalar).utf8.count
            }
        }
        return messages.map { .invalid(path.child("deprecationWarning"), warning, $0) }
    }

    /// A version's (or the shared) `schema`: decodable, structural, with valid defaults, and
    /// following the CRD rules per node.
    static func schemaErrors(_ schema: JSONValue?, at path: FieldPath, statusEnabled: Bool) -> [FieldError] {
        guard let openAPI = schema?["openAPIV3Schema"], !openAPI.isNull else { return [] }
        let rootPath = path.child("openAPIV3Schema")
        let structural: StructuralSchema
        do {
            structural = try StructuralSchema(openAPI, path: rootPath)
        } catch {
            return error.errors
        }
        var errors: [FieldError] = []
        if statusEnabled { errors += statusRootErrors(openAPI, path) }
        if structural.nullable {
            errors.append(.forbidden(path.child("openAPIV3Schema.nullable"), "nullable cannot be true at the root"))
        }
        let structuralErrors = StructuralityChecker.check(structural, at: rootPath)
        errors += structuralErrors.isEmpty ? DefaultValueChecker.check(structural, at: rootPath) : structuralErrors
        errors += OpenAPISchemaChecker.check(structural, at: rootPath)
        return errors
    }

    /// `JSONSchemaProps` members in declaration order, with the ones allowed at the root of a
    /// schema whose status is a subresource (its `properties.status` is used on its own).
    private static let rootMembers: [(json: String, go: String, allowed: Bool)] = [
        ("id", "ID", false), ("$schema", "Schema", false), ("$ref", "Ref", false), ("description", "Description", true),
        ("type", "Type", true), ("format", "Format", true), ("title", "Title", true), ("default", "Default", false),
        ("maximum", "Maximum", true), ("exclusiveMaximum", "ExclusiveMaximum", true), ("minimum", "Minimum", true),
        ("exclusiveMinimum", "ExclusiveMinimum", true), ("maxLength", "MaxLength", true), ("minLength", "MinLength", true),
        ("pattern", "Pattern", true), ("maxItems", "MaxItems", true), ("minItems", "MinItems", true),
        ("uniqueItems", "UniqueItems", true), ("multipleOf", "MultipleOf", true), ("enum", "Enum", false),
        ("maxProperties", "MaxProperties", false), ("minProperties", "MinProperties", false), ("required", "Required", true),
        ("items", "Items", true), ("allOf", "AllOf", false), ("oneOf", "OneOf", false), ("anyOf", "AnyOf", false),
        ("not", "Not", false), ("properties", "Properties", true), ("additionalProperties", "AdditionalProperties", false),
        ("patternProperties", "PatternProperties", false), ("dependencies", "Dependencies", false),
        ("additionalItems", "AdditionalItems", false), ("definitions", "Definitions", false),
        ("externalDocs", "ExternalDocs", true), ("example", "Example", true), ("nullable", "Nullable", false),
        ("x-kubernetes-preserve-unknown-fields", "XPreserveUnknownFields", true),
        ("x-kubernetes-embedded-resource", "XEmbeddedResource", false), ("x-kubernetes-int-or-string", "XIntOrString", false),
        ("x-kubernetes-list-map-keys", "XListMapKeys", false), ("x-kubernetes-list-type", "XListType", false),
        ("x-kubernetes-map-type", "XMapType", false), ("x-kubernetes-validations", "XValidations", true),
    ]

    private static func statusRootErrors(_ openAPI: JSONValue, _ path: FieldPath) -> [FieldError] {
        for member in rootMembers {
            switch openAPI[member.json] {
            case nil, .null?, .bool(false)?, .string("")?: continue
            case let value?:
                if member.json == "type" {
                    if value != "object" {
                        return [
                            .invalid(
                                path.child("openAPIV3Schema.type"), value,
                                #"only "object" is allowed as the type at the root of the schema if the status subresource is enabled"#)
                        ]
                    }
                } else if !member.allowed {
                    let allowed = rootMembers.filter(\.allowed).map(\.go).joined(separator: " ")
                    return [
                        .invalid(
                            path.child("openAPIV3Schema"), renderedValue: GoValueFormat.goSyntax(openAPI),
                            "only [\(allowed)] fields are allowed at the root of the schema if the status subresource is enabled")
                    ]
                }
            }
        }
        return []
    }

    // MARK: - Subresources and columns

    private mutating func subresourceErrors(_ subresources: JSONValue?, at path: FieldPath) -> [FieldError] {
        guard let scale = subresources?["scale"], scale != .null else { return [] }
        var errors: [FieldError] = []
        for (key, prefix) in [("specReplicasPath", ".spec."), ("statusReplicasPath", ".status.")] {
            let fieldPath = path.child("scale.\(key)")
            let value = reader.string(scale[key], at: fieldPath)
            if value.isEmpty {
                errors.append(.required(fieldPath))
            } else if let problem = Self.simpleJSONPathError(value, fieldPath) {
                errors.append(problem)
            } else if !value.hasPrefix(prefix) {
                errors.append(.invalid(fieldPath, .string(value), "should be a json path under \(prefix.dropLast())"))
            }
        }
        let selectorPath = path.child("scale.labelSelectorPath")
        let selector = reader.string(scale["labelSelectorPath"], at: selectorPath)
        if !selector.isEmpty {
            if let problem = Self.simpleJSONPathError(selector, selectorPath) {
                errors.append(problem)
            } else if !selector.hasPrefix(".spec.") && !selector.hasPrefix(".status.") {
                errors.append(.invalid(selectorPath, .string(selector), "should be a json path under either .spec or .status"))
            }
        }
        return errors
    }

    private static func simpleJSONPathError(_ value: String, _ path: FieldPath) -> FieldError? {
        if value.isEmpty { return .invalid(path, .string(value), "must not be empty") }
        if !value.hasPrefix(".") { return .invalid(path, .string(value), "must be a simple json path starting with .") }
        return nil
    }

    private static let columnTypes = ["boolean", "date", "integer", "number", "string"]
    private static let columnFormats = ["byte", "date", "date-time", "double", "float", "int32", "int64", "password"]

    /// The internal field is `JSONPath`, and errors name it so.
    private mutating func columnErrors(_ columns: JSONValue?, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        for (index, element) in reader.array(columns, at: path).enumerated() {
            let columnPath = path.index(index)
            let column = reader.object(element, at: columnPath)
            if reader.string(column["name"], at: columnPath.child("name")).isEmpty {
                errors.append(.required(columnPath.child("name")))
            }
            let type = reader.string(column["type"], at: columnPath.child("type"))
            let typeDetail = "must be one of " + Self.columnTypes.joined(separator: ",")
            if type.isEmpty {
                errors.append(.required(columnPath.child("type"), typeDetail))
            } else if !Self.columnTypes.contains(type) {
                errors.append(.invalid(columnPath.child("type"), .string(type), typeDetail))
            }
            let format = reader.string(column["format"], at: columnPath.child("format"))
            if !format.isEmpty && !Self.columnFormats.contains(format) {
                errors.append(
                    .invalid(columnPath.child("format"), .string(format), "must be one of " + Self.columnFormats.joined(separator: ",")))
            }
            let jsonPath = reader.string(column["jsonPath"], at: columnPath.child("jsonPath"))
            if jsonPath.isEmpty {
                errors.append(.required(columnPath.child("JSONPath")))
            } else if let problem = Self.simpleJSONPathError(jsonPath, columnPath.child("JSONPath")) {
                errors.append(problem)
            }
        }
        return errors
    }

    // MARK: - Conversion

    private mutating func conversionErrors() -> [FieldError] {
        let path = specPath.child("conversion")
        let conversion = reader.object(spec["conversion"], at: path)
        guard !conversion.isEmpty else { return [] }
        var errors: [FieldError] = []
        let strategy = reader.string(conversion["strategy"], at: path.child("strategy"))
        if strategy.isEmpty {
            errors.append(.required(path.child("strategy")))
        } else if strategy != "None" && strategy != "Webhook" {
            errors.append(.notSupported(path.child("strategy"), .string(strategy), ["None", "Webhook"]))
        }
        let webhook = reader.object(conversion["webhook"], at: path.child("webhook"))
        let clientConfig = webhook["clientConfig"].nonNull
        let reviewVersions = reader.strings(webhook["conversionReviewVersions"], at: path.child("conversionReviewVersions"))
        let configPath = path.child("webhookClientConfig")
        guard strategy == "Webhook" else {
            if clientConfig != nil {
                errors.append(.forbidden(configPath, "should not be set when strategy is not set to Webhook"))
            }
            if !reviewVersions.isEmpty {
                errors.append(.forbidden(path.child("conversionReviewVersions"), "should not be set when strategy is not set to Webhook"))
            }
            return errors
        }
        if let clientConfig {
            let url = clientConfig["url"].nonNull
            let service = clientConfig["service"].nonNull
            if (url == nil) == (service == nil) {
                errors.append(.required(configPath, "exactly one of url or service is required"))
            } else if let url {
                errors += Self.webhookURLErrors(reader.string(url, at: configPath.child("url")), configPath.child("url"))
            } else if let service {
                errors += webhookServiceErrors(reader.object(service, at: configPath.child("service")), configPath.child("service"))
            }
        } else {
            errors.append(.required(configPath, "required when strategy is set to Webhook"))
        }
        errors += Self.reviewVersionErrors(reviewVersions, path.child("conversionReviewVersions"))
        return errors
    }

    /// `webhook.ValidateWebhookURL` with HTTPS required.
    private static func webhookURLErrors(_ text: String, _ path: FieldPath) -> [FieldError] {
        let form = "; desired format: https://host[/path]"
        guard let url = URLComponents(string: text) else {
            return [.invalid(path, .string(text), "url must be a valid URL" + form)]
        }
        var errors: [FieldError] = []
        if (url.host ?? "").isEmpty { errors.append(.required(path.child("host"), "host must be specified" + form)) }
        if let user = url.user { errors.append(.invalid(path.child("user"), .string(user), "user information is not permitted in the URL")) }
        if let fragment = url.fragment, !fragment.isEmpty {
            errors.append(.invalid(path.child("fragment"), .string(fragment), "fragments are not permitted in the URL"))
        }
        if let query = url.percentEncodedQuery, !query.isEmpty {
            errors.append(.invalid(path.child("query"), .string(query), "query parameters are not permitted in the URL"))
        }
        if url.scheme != "https" {
            errors.append(.invalid(path, .string(url.scheme ?? ""), "'https' is the only allowed URL scheme" + form))
        }
        return errors
    }

    /// `webhook.ValidateWebhookService`.
    private mutating func webhookServiceErrors(_ service: JSONObject, _ path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if reader.string(service["name"], at: path.child("name")).isEmpty {
            errors.append(.required(path.child("name"), "service name is required"))
        }
        if reader.string(service["namespace"], at: path.child("namespace")).isEmpty {
            errors.append(.required(path.child("namespace"), "service namespace is required"))
        }
        let port = service["port"]?.intValue ?? 443
        if !(1 ... 65535).contains(port) {
            errors.append(.invalid(path.child("port"), .integer(port), "port is not valid: must be between 1 and 65535, inclusive"))
        }
        let urlPath = reader.string(service["path"], at: path.child("path"))
        guard !urlPath.isEmpty, urlPath != "/" else { return errors }
        guard urlPath.hasPrefix("/") else {
            return errors + [.invalid(path.child("path"), .string(urlPath), "must start with a '/'")]
        }
        var segments = urlPath.dropFirst()
        if segments.hasSuffix("/") { segments = segments.dropLast() }
        for (index, segment) in segments.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            if segment.isEmpty {
                errors.append(.invalid(path.child("path"), .string(urlPath), "segment[\(index)] may not be empty"))
                continue
            }
            for problem in NameValidation.dns1123Subdomain(String(segment)) {
                errors.append(.invalid(path.child("path"), .string(urlPath), "segment[\(index)]: \(problem)"))
            }
        }
        return errors
    }

    private static func reviewVersionErrors(_ versions: [String], _ path: FieldPath) -> [FieldError] {
        guard !versions.isEmpty else { return [.required(path)] }
        var errors: [FieldError] = []
        var seen: Set<String> = []
        for (index, version) in versions.enumerated() {
            guard seen.insert(version).inserted else {
                errors.append(.invalid(path.index(index), .string(version), "duplicate version"))
                continue
            }
            errors += KubeNameRules.dns1035Label(version).map { .invalid(path.index(index), .string(version), $0) }
        }
        if !versions.contains("v1") && !versions.contains("v1beta1") {
            let rendered = "[]string{" + versions.map(GoValueFormat.quote).joined(separator: ", ") + "}"
            errors.append(.invalid(path, renderedValue: rendered, "must include at least one of v1, v1beta1"))
        }
        return errors
    }
}
