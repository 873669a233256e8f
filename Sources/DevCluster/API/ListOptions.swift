import Foundation
import KubeCore

/// The query of a list or watch: selectors, paging, and where to start.
struct ListOptions: Sendable {
    var labels: LabelRequirements = .everything
    var fields: FieldSelector = .everything
    var limit: Int?
    var continueToken: ContinueToken?
    var resourceVersion: String?
    var resourceVersionMatch: String?
    var watch = false
    var allowBookmarks = false
    var sendInitialEvents: Bool?
    var timeoutSeconds: Int?

    init(query: [String: String], type: ResourceType) throws(APIError) {
        if let text = query["labelSelector"], !text.isEmpty {
            do { labels = try LabelRequirements(parsing: text) } catch {
                throw .badRequest("unable to parse requirement: \(error)")
            }
        }
        if let text = query["fieldSelector"], !text.isEmpty {
            do { fields = try FieldSelector(parsing: text) } catch {
                throw .badRequest("invalid field selector: \(error)")
            }
            for requirement in fields.requirements where !Self.selectable(requirement.field, type) {
                throw .badRequest("field label not supported: \(requirement.field)")
            }
        }
        if let text = query["limit"], !text.isEmpty {
            guard let value = Int(text), value >= 0 else { throw .badRequest("invalid limit: \(text)") }
            limit = value == 0 ? nil : value
        }
        if let text = query["continue"], !text.isEmpty { continueToken = try ContinueToken(decoding: text) }
        resourceVersion = query["resourceVersion"].flatMap { $0.isEmpty ? nil : $0 }
        resourceVersionMatch = query["resourceVersionMatch"].flatMap { $0.isEmpty ? nil : $0 }
        watch = query["watch"] == "true" || query["watch"] == "1"
        allowBookmarks = query["allowWatchBookmarks"] == "true"
        sendInitialEvents = query["sendInitialEvents"].map { $0 == "true" }
        if let text = query["timeoutSeconds"], !text.isEmpty {
            guard let value = Int(text), value >= 0 else { throw .badRequest("invalid timeoutSeconds: \(text)") }
            timeoutSeconds = value
        }
        if let version = resourceVersion, UInt64(version) == nil {
            throw APIError(.invalid(kind: "ListOptions", name: "", causes: [
                FieldError.invalid("resourceVersion", .string(version), "must be a valid resource version").cause,
            ]))
        }
        if sendInitialEvents != nil {
            var problems: [FieldError] = []
            if !watch { problems.append(.forbidden("sendInitialEvents", "sendInitialEvents is forbidden for list")) }
            if resourceVersionMatch != "NotOlderThan" {
                problems.append(.forbidden("resourceVersionMatch", "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"))
            }
            if !problems.isEmpty {
                throw APIError(.invalid(kind: "ListOptions", name: "", causes: problems.map(\.cause)))
            }
        }
    }

    static func selectable(_ field: String, _ type: ResourceType) -> Bool {
        field == "metadata.name" || (field == "metadata.namespace" && type.namespaced) || type.selectableFields[field] != nil
    }

    /// Reads a field label off an object for field selectors.
    static func fieldValue(_ type: ResourceType) -> @Sendable (JSONValue, String) -> String? {
        let paths = type.selectableFields
        return { object, field in
            switch field {
            case "metadata.name": return object[path: ["metadata", "name"]]?.stringValue ?? ""
            case "metadata.namespace": return object[path: ["metadata", "namespace"]]?.stringValue ?? ""
            default:
                guard let path = paths[field] else { return nil }
                let value = object[path: path]
                return value?.stringValue ?? value.flatMap { try? $0.jsonString() } ?? ""
            }
        }
    }
}

/// A list's `continue` token: where the next page starts and the revision of the first page,
/// base64 JSON as kube-apiserver's tokens are.
struct ContinueToken: Sendable, Codable {
    var v = "meta.k8s.io/v1"
    var rv: UInt64
    var start: String

    init(revision: UInt64, after key: ObjectKey) {
        rv = revision
        start = key.namespace + "/" + key.name
    }

    init(decoding text: String) throws(APIError) {
        var padded = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while padded.count % 4 != 0 { padded += "=" }
        guard let data = Data(base64Encoded: padded),
            let token = try? JSONDecoder().decode(ContinueToken.self, from: data), token.v == "meta.k8s.io/v1"
        else { throw .badRequest("continue key is not valid: \(text)") }
        self = token
    }

    var encoded: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString()
    }

    var after: ObjectKey {
        let parts = start.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        return ObjectKey(namespace: String(parts.first ?? ""), name: parts.count > 1 ? String(parts[1]) : "")
    }
}
