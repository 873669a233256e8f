import KubeCore

/// CustomResourceDefinitions: apiextensions defaults and validation, the cleanup finalizer
/// that lets their custom resources be deleted first, a status the CRD controller fills, and
/// a group and scope that may not change.
struct CustomResourceDefinitionStrategy: ObjectStrategy {
    func prepareForCreate(_ object: inout JSONValue, _ context: StrategyContext) {
        CustomResourceDefinitionDefaults.apply(to: &object)
        var finalizers = FinalizerRules.finalizers(object)
        if !finalizers.contains(CustomResourceDefinitionController.cleanupFinalizer) {
            finalizers.append(CustomResourceDefinitionController.cleanupFinalizer)
        }
        object[path: ["metadata", "finalizers"]] = .array(finalizers.map(JSONValue.string))
        object["status"] = ["conditions": [], "acceptedNames": ["plural": "", "kind": ""], "storedVersions": []]
    }

    func prepareForUpdate(_ object: inout JSONValue, old: JSONValue, _ context: StrategyContext) {
        CustomResourceDefinitionDefaults.apply(to: &object)
    }

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors = CustomResourceDefinitionValidator.validate(object)
        if let old {
            for field in ["group", "scope"] where old[path: ["spec", field]] != object[path: ["spec", field]] {
                errors.append(.invalid("spec.\(field)", object[path: ["spec", field]] ?? .null, "field is immutable"))
            }
        }
        return errors
    }
}
