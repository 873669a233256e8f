import KubeCore

extension JSONValue {
    /// The schema of a CRD's (only) version.
    var openAPIV3Schema: JSONValue? {
        self[pointer: JSONPointer(tokens: ["spec", "versions", "0", "schema", "openAPIV3Schema"])]
    }
}
