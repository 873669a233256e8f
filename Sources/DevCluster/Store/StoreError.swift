/// Why the store refused an operation; the API layer words these as kube-apiserver does.
enum StoreError: Error, Equatable, Sendable {
    case notFound
    case alreadyExists
    /// The object's resourceVersion is not the one the write was based on.
    case conflict
    /// The requested resourceVersion is older than the retained history.
    case expired(requested: UInt64, oldest: UInt64)
    /// A resourceVersion newer than anything stored (kube answers "Too large resource version").
    case tooLarge(requested: UInt64, current: UInt64)
}
