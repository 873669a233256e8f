import KubeCore

/// Carries out a plan's children and deletes, each through the cache of its kind: applies
/// what differs, creates what is create-only and absent, deletes what is to go. A refused
/// write does not stop the others (a quota on one child must not keep the rest from
/// converging); the refusals are returned for the owner's status. Errors a retry can get past
/// are thrown at once.
struct PlanExecutor: Sendable {
    let applier: ObjectApplier
    let stores: Stores

    /// - Parameter namespace: the owner's, where the children to delete are.
    /// - Returns: the refused writes, in plan order.
    func execute<Status>(_ plan: ReconcilePlan<Status>, namespace: String?) async throws -> [ChildWriteFailure] {
        var refused: [ChildWriteFailure] = []
        for child in plan.children {
            guard let reference = ChildReference(child.object) else {
                throw TerminalError(PlanError.incompleteChild(child.object))
            }
            let cache = try cache(for: reference)
            let action = switch child.mode {
            case .apply: "Apply"
            case .createOnly: "Create"
            case .patchExisting: "Patch"
            }
            do {
                switch child.mode {
                case .apply: try await applier.apply(child.object, in: cache)
                case .createOnly: try await applier.create(child.object, in: cache)
                case .patchExisting: try await applier.patchExisting(child.object, in: cache)
                }
            } catch {
                guard let failure = ChildWriteFailure(error, child: reference, action: action) else { throw error }
                refused.append(failure)
            }
        }
        for reference in plan.delete {
            let cache = try cache(for: reference)
            do {
                try await applier.delete(ObjectKey(namespace: namespace, name: reference.name), in: cache)
            } catch {
                guard let failure = ChildWriteFailure(error, child: reference, action: "Delete") else { throw error }
                refused.append(failure)
            }
        }
        return refused
    }

    /// A child of a kind the controller has no cache for cannot be compared or tracked: a wiring
    /// mistake that retrying cannot fix, so it fails loudly rather than being skipped.
    private func cache(for reference: ChildReference) throws -> ObjectCache {
        guard let cache = stores.cache(apiVersion: reference.apiVersion, kind: reference.kind) else {
            throw TerminalError(PlanError.undeclaredKind(apiVersion: reference.apiVersion, kind: reference.kind))
        }
        return cache
    }
}

/// A plan the executor cannot carry out: a planner or wiring mistake, never a cluster state.
public enum PlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The plan has a child of a kind the controller declared no cache for (`owns`/`watches`).
    case undeclaredKind(apiVersion: String, kind: String)
    /// A desired child without apiVersion, kind or name.
    case incompleteChild(JSONValue)

    public var description: String {
        switch self {
        case let .undeclaredKind(apiVersion, kind):
            "the plan has a \(kind) (\(apiVersion)) child, but the controller has no cache of that kind: declare it with owns(_:)"
        case let .incompleteChild(object):
            "the plan has a child without apiVersion, kind or metadata.name: \((try? object.jsonString()) ?? "?")"
        }
    }
}
