import Foundation

/// The kubeconfig model (client-go's `clientcmdapi.Config`): named clusters, users and contexts,
/// and the current context, possibly merged from several files. `preferences` and
/// `extensions` are not kept.
///
/// Each entry remembers the file and the path it came from, so that an error found while
/// resolving a context can name them. File paths are already resolved against the directory of
/// the file that named them and `-data` fields already base64-decoded: those are per-file facts.
/// Everything that only matters for the context in use (a missing server, conflicting auth
/// methods, an unreadable certificate) is checked when that context is resolved, as client-go
/// does, so that one broken entry does not break the others.
struct KubeConfig: Sendable {
    var clusters: [String: Cluster] = [:]
    var users: [String: User] = [:]
    var contexts: [String: Context] = [:]
    /// nil when no file sets a non-empty `current-context`.
    var currentContext: String?
    /// The files read, in precedence order.
    var files: [String] = []

    /// Where an entry was defined, e.g. file `/home/me/.kube/config`, path `clusters[1]`.
    struct Origin: Sendable, Equatable {
        var file: String
        var path: String

        func field(_ subpath: String) -> ConfigError.Field {
            ConfigError.Field(file: file, path: "\(path).\(subpath)")
        }
    }

    struct Cluster: Sendable {
        var origin: Origin
        var server: String?
        var certificateAuthorityFile: String?
        var certificateAuthorityData: Data?
        var insecureSkipTLSVerify = false
        var tlsServerName: String?
        var proxyURL: String?
    }

    struct User: Sendable {
        var origin: Origin
        var clientCertificateFile: String?
        var clientCertificateData: Data?
        var clientKeyFile: String?
        var clientKeyData: Data?
        var token: String?
        var tokenFile: String?
        var username: String?
        var password: String?
        var exec: Exec?
        /// The `auth-provider` stanza's name, when there is one.
        var authProvider: String?
        /// The first impersonation field set (`as`, `as-uid`, `as-groups`, `as-user-extra`).
        var impersonationField: String?
    }

    /// The `user.exec` stanza as written; validated into an `ExecConfig` when used.
    struct Exec: Sendable {
        var command: String?
        var args: [String] = []
        var env: [(name: String, value: String)] = []
        var apiVersion: String?
        var installHint: String?
        var provideClusterInfo = false
        var interactiveMode: String?
    }

    struct Context: Sendable {
        var origin: Origin
        var cluster: String?
        var user: String?
        var namespace: String?
    }

    /// Merges a lower-precedence file into this one with client-go's rules: the first file to
    /// define a cluster, user or context name wins, and that entry is kept whole (fields of a
    /// later entry with the same name are discarded, not merged in); `current-context` comes
    /// from the first file that sets one.
    mutating func merge(_ later: KubeConfig) {
        clusters.merge(later.clusters) { first, _ in first }
        users.merge(later.users) { first, _ in first }
        contexts.merge(later.contexts) { first, _ in first }
        currentContext = currentContext ?? later.currentContext
        files += later.files
    }
}
