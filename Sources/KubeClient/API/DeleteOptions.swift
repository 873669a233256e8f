import Foundation

/// The body of a DELETE (`meta.k8s.io/v1 DeleteOptions`), sent as JSON as client-go does.
public struct DeleteOptions: Sendable, Equatable {
    /// What happens to the object's dependents (those whose `ownerReferences` point at it).
    public enum PropagationPolicy: String, Sendable {
        /// Delete the object now; the garbage collector deletes dependents afterwards.
        case background = "Background"
        /// Keep the object (with a `foregroundDeletion` finalizer) until dependents that block
        /// owner deletion are gone.
        case foreground = "Foreground"
        /// Delete the object and leave dependents, with their owner reference removed.
        case orphan = "Orphan"
    }

    /// Delete only if the object still has this UID and/or resourceVersion (409 otherwise).
    public struct Preconditions: Sendable, Equatable {
        public var uid: String?
        public var resourceVersion: String?

        public init(uid: String? = nil, resourceVersion: String? = nil) {
            self.uid = uid
            self.resourceVersion = resourceVersion
        }
    }

    /// Validate without deleting (`dryRun: ["All"]`). Default: false.
    public var dryRun: Bool = false
    /// Seconds before a pod is killed; 0 deletes immediately. nil: the object's default.
    public var gracePeriodSeconds: Int?
    /// nil: the resource's default (Background for most, Orphan for some legacy kinds).
    public var propagationPolicy: PropagationPolicy?
    public var preconditions: Preconditions?

    public init(
        dryRun: Bool = false, gracePeriodSeconds: Int? = nil, propagationPolicy: PropagationPolicy? = nil,
        preconditions: Preconditions? = nil
    ) {
        self.dryRun = dryRun
        self.gracePeriodSeconds = gracePeriodSeconds
        self.propagationPolicy = propagationPolicy
        self.preconditions = preconditions
    }
}

extension DeleteOptions: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, apiVersion, gracePeriodSeconds, preconditions, propagationPolicy, dryRun
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("DeleteOptions", forKey: .kind)
        try container.encode("v1", forKey: .apiVersion)
        try container.encodeIfPresent(gracePeriodSeconds, forKey: .gracePeriodSeconds)
        try container.encodeIfPresent(preconditions, forKey: .preconditions)
        try container.encodeIfPresent(propagationPolicy?.rawValue, forKey: .propagationPolicy)
        if dryRun { try container.encode(["All"], forKey: .dryRun) }
    }
}

extension DeleteOptions.Preconditions: Encodable {}
