/// JSON Merge Patch (RFC 7386): the `application/merge-patch+json` patch type.
extension JSONValue {
    /// Applies `patch` to this value: an object patch merges member by member, `null` members
    /// delete, and anything else (arrays included) replaces the target whole.
    public mutating func applyMergePatch(_ patch: JSONValue) {
        guard case let .object(patchMembers) = patch else {
            self = patch
            return
        }
        var members = objectValue ?? [:]
        self = .null  // let `members` be uniquely referenced so nested merges happen in place
        for (key, patchValue) in patchMembers {
            if patchValue.isNull {
                members.removeValue(forKey: key)
            } else {
                members[key, default: .null].applyMergePatch(patchValue)
            }
        }
        self = .object(members)
    }

    /// The result of `applyMergePatch(_:)` on a copy.
    public func applyingMergePatch(_ patch: JSONValue) -> JSONValue {
        var result = self
        result.applyMergePatch(patch)
        return result
    }

    /// The smallest merge patch that turns `original` into `modified`, or `nil` when they are
    /// already equal (so a caller can skip the write). Members only in `original` become `null`,
    /// changed objects are diffed recursively, everything else that changed is sent whole.
    ///
    /// A merge patch cannot set a member to `null` (that means delete), so a `null` that
    /// `modified` adds or keeps while its neighbours change is lost; use a JSON patch for that.
    public static func mergePatch(from original: JSONValue, to modified: JSONValue) -> JSONValue? {
        guard original != modified else { return nil }
        guard case let .object(old) = original, case let .object(new) = modified else {
            return modified
        }
        var patch = JSONObject()
        for key in old.keys where new[key] == nil {
            patch[key] = .null
        }
        for (key, newValue) in new {
            guard let oldValue = old[key] else {
                patch[key] = newValue
                continue
            }
            if let change = mergePatch(from: oldValue, to: newValue) {
                patch[key] = change
            }
        }
        return .object(patch)
    }
}
