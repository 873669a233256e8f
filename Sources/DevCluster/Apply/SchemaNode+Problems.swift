import KubeCore

extension SchemaNode {
    /// What keeps `value` from being read under this schema, each as
    /// `.spec.containers[name="app"].ports: element 0: <problem>` (structured-merge-diff's
    /// validation errors). Duplicate items are a problem only when `allowingDuplicates` is false:
    /// kube-apiserver rejects them in an applied configuration but tolerates them in stored
    /// objects.
    func problems(in value: JSONValue, allowingDuplicates: Bool) -> [String] {
        var path: [PathElement] = []
        var problems: [String] = []
        collectProblems(in: value, allowingDuplicates: allowingDuplicates, path: &path, into: &problems)
        return problems
    }

    private func collectProblems(
        in value: JSONValue, allowingDuplicates: Bool, path: inout [PathElement], into problems: inout [String]
    ) {
        func report(_ message: String) {
            problems.append(path.isEmpty ? message : "\(ManagedFieldPath(path)): \(message)")
        }
        switch kind(of: value) {
        case .leaf:
            return
        case .map:
            guard case let .object(members) = value else { return }
            for (name, child) in members {
                path.append(.field(name))
                member(name).schema.collectProblems(
                    in: child, allowingDuplicates: allowingDuplicates, path: &path, into: &problems)
                path.removeLast()
            }
        case let .list(keying):
            guard case let .array(list) = value else { return }
            var seen = Set<PathElement>()
            for (index, item) in list.enumerated() {
                let element: PathElement
                do {
                    element = try pathElement(ofItem: item, keying: keying)
                } catch {
                    report("element \(index): \(error.message)")
                    continue
                }
                guard seen.insert(element).inserted else {
                    if !allowingDuplicates { report("duplicate entries for key \(element)") }
                    continue
                }
                path.append(element)
                items.collectProblems(in: item, allowingDuplicates: allowingDuplicates, path: &path, into: &problems)
                path.removeLast()
            }
        }
    }
}
