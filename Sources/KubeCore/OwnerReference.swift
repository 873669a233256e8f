/// A link from an object to an object that owns it (`metav1.OwnerReference`): the garbage
/// collector deletes the dependent when its owners are gone.
public struct OwnerReference: Codable, Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    /// True for at most one owner: the controller that manages the object.
    public var controller: Bool?
    /// With foreground deletion, the owner is not deleted before this dependent is.
    public var blockOwnerDeletion: Bool?

    public init(
        apiVersion: String, kind: String, name: String, uid: String,
        controller: Bool? = nil, blockOwnerDeletion: Bool? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.uid = uid
        self.controller = controller
        self.blockOwnerDeletion = blockOwnerDeletion
    }
}
