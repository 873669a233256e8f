/// Baton's release version: printed by `baton version` and sent as the client's `User-Agent`.
public enum BatonVersion {
    public static let current = "0.1.0"
}
