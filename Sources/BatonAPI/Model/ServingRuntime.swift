/// The model server, which gives the serving image and arguments (from a table the operator's
/// configuration can override). Proper names keep their own casing, as API conventions ask.
public enum ServingRuntime: String, Codable, Sendable, Hashable, CaseIterable {
    case mlServer = "MLServer"
    case tfServing = "TFServing"
    case torchServe = "TorchServe"
    case triton = "Triton"
    /// The image in `serving.image`.
    case custom = "Custom"
}
