import KubeCore

/// One entry of `metadata.managedFields` (`metav1.ManagedFieldsEntry`): the fields one manager
/// owns, with how and when it last changed them.
struct ManagedFieldsEntry: Equatable, Sendable {
    var manager: String
    var operation: ManagedFieldsOperation
    var apiVersion: String
    /// When the manager last changed the object; absent when its fields came to it without a
    /// change (sharing a value another manager had already set).
    var time: KubeTime?
    var fields: FieldSet
    /// `""` for the main resource, `"status"` or `"scale"` for a subresource.
    var subresource: String

    init(
        manager: String, operation: ManagedFieldsOperation, apiVersion: String, time: KubeTime?,
        fields: FieldSet, subresource: String
    ) {
        self.manager = manager
        self.operation = operation
        self.apiVersion = apiVersion
        self.time = time
        self.fields = fields
        self.subresource = subresource
    }

    init(identity: ManagerIdentity, apiVersion: String, time: KubeTime?, fields: FieldSet) {
        self.init(
            manager: identity.manager, operation: identity.operation, apiVersion: apiVersion, time: time,
            fields: fields, subresource: identity.subresource)
    }

    var identity: ManagerIdentity {
        ManagerIdentity(manager: manager, operation: operation, apiVersion: apiVersion, subresource: subresource)
    }

    /// Reads entry `index` of `metadata.managedFields`, with kube-apiserver's checks and messages
    /// (`DecodeManagedFields`).
    init(json: JSONValue, index: Int) throws(ManagedFieldsError) {
        guard case let .object(members) = json else {
            throw ManagedFieldsError("managed fields entry \(index) is not an object")
        }
        func string(_ key: String) throws(ManagedFieldsError) -> String {
            switch members[key] {
            case nil, .null?: return ""
            case let .string(text)?: return text
            case let other?: throw ManagedFieldsError("managed fields entry \(index): \(key) must be a string, not \(other.typeName)")
            }
        }
        guard let operation = ManagedFieldsOperation(rawValue: try string("operation")) else {
            throw ManagedFieldsError("operation must be `Apply` or `Update`")
        }
        let apiVersion = try string("apiVersion")
        guard !apiVersion.isEmpty else { throw ManagedFieldsError("apiVersion must not be empty") }
        switch try string("fieldsType") {
        case "FieldsV1": break
        case "": throw ManagedFieldsError("missing fieldsType in managed fields entry \(index)")
        case let other: throw ManagedFieldsError("invalid fieldsType \(GoValueFormat.quote(other)) in managed fields entry \(index)")
        }
        var time: KubeTime?
        if let text = members["time"], !text.isNull {
            do {
                time = try KubeTime(rfc3339: text.stringValue ?? "")
            } catch {
                throw ManagedFieldsError("managed fields entry \(index): \(error)")
            }
        }
        var fields = FieldSet()
        if let fieldsV1 = members["fieldsV1"], !fieldsV1.isNull {
            do {
                fields = try FieldSet(fieldsV1: fieldsV1)
            } catch {
                throw ManagedFieldsError("error decoding set in managed fields entry \(index): \(error.message)")
            }
        }
        self.init(
            manager: try string("manager"), operation: operation, apiVersion: apiVersion, time: time, fields: fields,
            subresource: try string("subresource"))
    }

    /// The entry as kube-apiserver writes it, members in `metav1.ManagedFieldsEntry`'s order and
    /// empty ones left out.
    var json: JSONValue {
        var members = JSONObject()
        if !manager.isEmpty { members["manager"] = .string(manager) }
        members["operation"] = .string(operation.rawValue)
        members["apiVersion"] = .string(apiVersion)
        if let time { members["time"] = .string(time.rfc3339) }
        members["fieldsType"] = "FieldsV1"
        members["fieldsV1"] = fields.fieldsV1
        if !subresource.isEmpty { members["subresource"] = .string(subresource) }
        return .object(members)
    }

    /// Whether `json` is an entry with nothing in it (`{}`), which a client sends, alone, to
    /// clear `metadata.managedFields`.
    static func isBlank(_ json: JSONValue) -> Bool {
        guard case let .object(members) = json else { return false }
        let known = ["manager", "operation", "apiVersion", "time", "fieldsType", "fieldsV1", "subresource"]
        return known.allSatisfy { key in
            switch members[key] {
            case nil, .null?: return true
            case let .string(text)?: return text.isEmpty && key != "fieldsV1"
            default: return false
            }
        }
    }
}
