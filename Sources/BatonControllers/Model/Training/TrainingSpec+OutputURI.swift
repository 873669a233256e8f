import BatonAPI

extension TrainingSpec {
    /// Where a run of `version` writes its artifact (`BATON_OUTPUT_URI`): `outputURI` with
    /// `{{version}}` filled in, or a place of its own under the operator's artifact store, so
    /// that versions never overwrite each other by default.
    func outputURI(version: String, namespace: String, model: String, artifactStore: String) -> String {
        outputURI?.replacingPlaceholder("version", with: version) ?? "\(artifactStore)/\(namespace)/\(model)/\(version)"
    }
}
