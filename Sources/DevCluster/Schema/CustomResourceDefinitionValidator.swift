import Foundation
import KubeCore

/// Validates an `apiextensions.k8s.io/v1` CustomResourceDefinition on create, after
/// `CustomResourceDefinitionDefaults`, with the rules and wording of apiextensions-apiserver's
/// pkg/apis/apiextensions/validation/validation.go: the name, group, scope and names, the
/// versions (exactly one stored), each version's schema (structural, with valid defaults and
/// extensions), subresources, printer columns, conversion, and the API approval annotation of
/// `*.k8s.io` groups.
///
/// kube-apiserver validates its internal form of the CRD, into which the v1 object is converted
/// by moving a schema, subresources or printer columns that every version shares to the top
/// level (`spec.validation`, `spec.subresources`, `spec.additionalPrinterColumns`) and naming
/// the conversion webhook fields `webhookClientConfig` and `conversionReviewVersions`; errors
/// use those paths, as kube-apiserver's do. Not covered: the status (`storedVersions` is set by
/// the server), metadata other than the name, update rules, CEL compilation and cost, and
/// `selectableFields`.
enum CustomResourceDefinitionValidator {
    static func validate(_ crd: JSONValue) -> [FieldError] {
        guard case .object = crd else { return [.typeInvalid(.root, crd, "must be of type object")] }
        var reader = FieldReader()
        let spec = reader.object(crd["spec"], at: FieldPath("spec"))
        let names = reader.object(spec["names"], at: FieldPath("spec").child("names"))
        let group = reader.string(spec["group"], at: FieldPath("spec").child("group"))
        // The spec validator reports a plural of the wrong type.
        let plural = names["plural"]?.stringValue ?? ""

        var errors = nameErrors(reader.string(crd["metadata"]?["name"], at: FieldPath("metadata").child("name")), plural, group)
        var specValidator = CustomResourceDefinitionSpecValidator(spec: spec, names: names, group: group)
        errors += specValidator.errors()
        errors += apiApprovalErrors(crd["metadata"]?["annotations"], group: group)
        if spec["preserveUnknownFields"] == true {
            errors.append(
                .invalid(
                    FieldPath("spec").child("preserveUnknownFields"), true,
                    "cannot set to true, set x-kubernetes-preserve-unknown-fields to true in spec.versions[*].schema instead"))
        }
        return reader.errors + specValidator.readErrors + errors
    }

    /// `ValidateObjectMeta` with the CRD's name rule.
    private static func nameErrors(_ name: String, _ plural: String, _ group: String) -> [FieldError] {
        let path = FieldPath("metadata").child("name")
        guard !name.isEmpty else { return [.required(path, "name or generateName is required")] }
        var messages = NameValidation.dns1123Subdomain(name)
        if name != plural + "." + group { messages.append(#"must be spec.names.plural+"."+spec.group"#) }
        return messages.map { .invalid(path, .string(name), $0) }
    }

    /// Groups ending in k8s.io or kubernetes.io need `api-approved.kubernetes.io` set to a URL
    /// or to a reason starting with "unapproved".
    private static func apiApprovalErrors(_ annotations: JSONValue?, group: String) -> [FieldError] {
        let isProtected =
            group == "k8s.io" || group == "kubernetes.io" || group.hasSuffix(".k8s.io") || group.hasSuffix(".kubernetes.io")
        guard isProtected else { return [] }
        let key = "api-approved.kubernetes.io"
        let path = FieldPath("metadata").child("annotations").key(key)
        let see = "see https://github.com/kubernetes/enhancements/pull/1111"
        guard let value = annotations?[key]?.stringValue else {
            return [.required(path, "protected groups must have approval annotation \(GoValueFormat.quote(key)), \(see)")]
        }
        if value.hasPrefix("unapproved") { return [] }
        if let url = URLComponents(string: value), !(url.scheme ?? "").isEmpty, !(url.host ?? "").isEmpty { return [] }
        return [
            .invalid(
                path, .string(value),
                "protected groups must have approval annotation \(GoValueFormat.quote(key)) with either a URL or a reason starting with \"unapproved\", \(see)"
            )
        ]
    }
}
