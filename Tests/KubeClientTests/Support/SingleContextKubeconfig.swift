/// A kubeconfig with one context "main" over cluster "c" (the `cluster` lines) and user "u"
/// (the `user` lines).
func singleContextKubeconfig(cluster: String, user: String, context: String = "cluster: c\n    user: u") -> String {
    """
    apiVersion: v1
    kind: Config
    current-context: main
    clusters:
    - name: c
      cluster:
    \(indent(cluster, by: 4))
    users:
    - name: u
      user:
    \(indent(user, by: 4))
    contexts:
    - name: main
      context:
        \(context)
    """
}

private func indent(_ text: String, by spaces: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
}
