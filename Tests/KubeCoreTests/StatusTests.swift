import Foundation
import Testing

@testable import KubeCore

@Suite struct StatusTests {
    /// kube-apiserver's answer to a Deployment with two invalid fields.
    static let invalid = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.spec.containers[0].image: Required value]",
         "reason":"Invalid",
         "details":{"name":"web","group":"apps","kind":"Deployment",
                    "causes":[{"reason":"FieldValueInvalid","message":"Invalid value: -1: must be greater than or equal to 0","field":"spec.replicas"},
                              {"reason":"FieldValueRequired","message":"Required value","field":"spec.template.spec.containers[0].image"}]},
         "code":422}
        """#

    /// kube-apiserver's answer to an update with a stale resourceVersion.
    static let conflict = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again",
         "reason":"Conflict","details":{"name":"web","group":"apps","kind":"deployments"},"code":409}
        """#

    static let notFound = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"nope\" not found",
         "reason":"NotFound","details":{"name":"nope","kind":"pods"},"code":404}
        """#

    /// The object of a watch ERROR event after the watched resourceVersion was compacted away.
    static let expired = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
         "message":"too old resource version: 4096 (73512)","reason":"Expired","code":410}
        """#

    private func decode(_ text: String) throws -> Status {
        try JSONDecoder().decode(Status.self, from: Data(text.utf8))
    }

    @Test func decodesInvalidWithCauses() throws {
        let status = try decode(Self.invalid)
        #expect(status.kind == "Status")
        #expect(status.apiVersion == "v1")
        #expect(status.isFailure)
        #expect(status.reason == .invalid)
        #expect(status.code == 422)
        #expect(status.details?.kind == "Deployment")
        #expect(status.details?.group == "apps")
        #expect(status.details?.causes?.map(\.field) == ["spec.replicas", "spec.template.spec.containers[0].image"])
        #expect(status.details?.causes?.map(\.reason) == ["FieldValueInvalid", "FieldValueRequired"])
    }

    @Test func decodesConflictNotFoundAndExpired() throws {
        let conflict = try decode(Self.conflict)
        #expect(conflict.reason == .conflict)
        #expect(conflict.code == 409)
        #expect(conflict.details?.name == "web")
        #expect(try decode(Self.notFound).reason == .notFound)
        let expired = try decode(Self.expired)
        #expect(expired.reason == .expired)
        #expect(expired.code == 410)
        #expect(expired.details == nil)
    }

    @Test func factoriesWriteWhatTheAPIServerWrites() throws {
        let invalid = Status.invalid(
            group: "apps", kind: "Deployment", name: "web",
            causes: [
                StatusCause(reason: "FieldValueInvalid", message: "Invalid value: -1: must be greater than or equal to 0", field: "spec.replicas"),
                StatusCause(reason: "FieldValueRequired", message: "Required value", field: "spec.template.spec.containers[0].image"),
            ])
        #expect(try JSONValue(encoding: invalid) == (try json(Self.invalid)))
        #expect(try JSONValue(encoding: Status.conflict(group: "apps", resource: "deployments", name: "web")) == (try json(Self.conflict)))
        #expect(try JSONValue(encoding: Status.notFound(resource: "pods", name: "nope")) == (try json(Self.notFound)))
        #expect(try JSONValue(encoding: Status.expired("too old resource version: 4096 (73512)")) == (try json(Self.expired)))
    }

    @Test func otherFactories() {
        let single = Status.invalid(kind: "ConfigMap", name: "c", causes: [StatusCause(reason: "FieldValueRequired", message: "Required value", field: "data")])
        #expect(single.message == "ConfigMap \"c\" is invalid: data: Required value")
        #expect(Status.alreadyExists(group: "baton.dev", resource: "models", name: "m").message == "models.baton.dev \"m\" already exists")
        #expect(Status.alreadyExists(resource: "pods", name: "p").code == 409)
        let forbidden = Status.forbidden(resource: "secrets", name: "s", problem: "User \"bob\" cannot get resource \"secrets\"")
        #expect(forbidden.message == "secrets \"s\" is forbidden: User \"bob\" cannot get resource \"secrets\"")
        #expect(forbidden.code == 403)
        #expect(Status.forbidden(group: "apps", resource: "deployments", problem: "no").message == "deployments.apps is forbidden: no")
        #expect(Status.methodNotSupported(resource: "nodes/proxy", action: "create").message == "create is not supported on resources of kind \"nodes/proxy\"")
        let throttled = Status.tooManyRequests("slow down", retryAfterSeconds: 3)
        #expect(throttled.reason == .tooManyRequests)
        #expect(throttled.details?.retryAfterSeconds == 3)
        #expect(throttled.code == 429)
        #expect(Status.tooManyRequests("slow down", retryAfterSeconds: 0).details == nil)
        let internalError = Status.internalError("etcd unavailable")
        #expect(internalError.message == "Internal error occurred: etcd unavailable")
        #expect(internalError.details?.causes == [StatusCause(message: "etcd unavailable")])
        #expect(Status.badRequest("bad").code == 400)
        #expect(Status.gone("gone").reason == .gone)
        #expect(Status.unauthorized().message == "Unauthorized")
        #expect(Status.unauthorized().code == 401)
        #expect(Status.notFound(resource: "pods", name: "we\"ird").message == #"pods "we\"ird" not found"#)
        let deleted = Status.succeeded(details: StatusDetails(name: "p", kind: "pods", uid: "u"))
        #expect(!deleted.isFailure)
        #expect(deleted.status == "Success")
    }

    @Test func reasonsRoundTripIncludingUnknownOnes() throws {
        let known = [
            "Unauthorized", "Forbidden", "NotFound", "AlreadyExists", "Conflict", "Gone", "Invalid", "ServerTimeout",
            "Timeout", "TooManyRequests", "BadRequest", "MethodNotAllowed", "NotAcceptable", "RequestEntityTooLarge",
            "UnsupportedMediaType", "InternalError", "Expired", "ServiceUnavailable",
        ]
        for raw in known {
            let reason = StatusReason(rawValue: raw)
            if case .unknown = reason { Issue.record("\(raw) is not recognised") }
            #expect(reason.rawValue == raw)
        }
        #expect(StatusReason(rawValue: "") == .unknown(""))
        #expect(StatusReason(rawValue: "SomethingNew") == .unknown("SomethingNew"))
        let status = try decode(#"{"kind":"Status","status":"Failure","reason":"SomethingNew","code":500}"#)
        #expect(status.reason == .unknown("SomethingNew"))
        #expect(try JSONValue(encoding: status)["reason"] == "SomethingNew")
        #expect(try decode(#"{"reason":""}"#).reason == .unknown(""))
    }

    @Test func toleratesSparseBodies() throws {
        let status = try decode("{}")
        #expect(status.reason == nil)
        #expect(status.code == nil)
        #expect(!status.isFailure)
    }
}
