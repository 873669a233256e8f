/// Why a client configuration could not be built from kubeconfig files or the in-cluster
/// service account. Every message names the file and the field at fault and says what to fix.
public enum ConfigError: Error, Sendable, Equatable {
    /// A kubeconfig named explicitly (`--kubeconfig`) does not exist.
    case fileNotFound(path: String)
    /// A file exists but cannot be read (permissions, a directory, I/O). `referencedBy` names the
    /// kubeconfig field that points at the file, or is nil for a kubeconfig itself.
    case unreadableFile(path: String, reason: String, referencedBy: Field?)
    /// A kubeconfig is not valid YAML (or not UTF-8 text); line and column are 1-based, 0 when
    /// the problem has no position.
    case invalidYAML(path: String, line: Int, column: Int, message: String)
    /// A field has the wrong type or an unusable value.
    case invalidField(Field, problem: String)
    /// No kubeconfig file was found and this process is not running inside a cluster.
    case noConfiguration(searched: [String])
    /// Kubeconfig files were found but none sets `current-context`, and no context was asked for.
    case noContext(files: [String])
    /// The requested (or current) context is not defined in any loaded file.
    case contextNotFound(name: String, files: [String])
    /// A context names a cluster that no loaded file defines.
    case clusterNotFound(name: String, context: String, files: [String])
    /// A context names a user that no loaded file defines.
    case userNotFound(name: String, context: String, files: [String])
    /// The user authenticates with a legacy `auth-provider`, which Baton does not implement.
    case unsupportedAuthProvider(provider: String, user: Field)
    /// The in-cluster service-account configuration is unusable.
    case inCluster(problem: String)
    /// A credential would be sent over plain `http://` to a host that is not loopback.
    /// `credential` says what it is ("bearer token"); `field` is where it is set, if known.
    case credentialsOverPlainHTTP(server: String, credential: String, field: Field?)
}

extension ConfigError {
    /// A field of a kubeconfig file, e.g. file `/home/me/.kube/config`, path
    /// `users[0].user.exec.command`.
    public struct Field: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var path: String

        public init(file: String, path: String) {
            self.file = file
            self.path = path
        }

        public var description: String { "kubeconfig \(file): \(path)" }
    }
}

extension ConfigError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "kubeconfig \(path) does not exist; check the path given with --kubeconfig"
        case let .unreadableFile(path, reason, referencedBy?):
            return "\(referencedBy): cannot read \(path): \(reason)"
        case let .unreadableFile(path, reason, nil):
            return "kubeconfig \(path) cannot be read: \(reason)"
        case let .invalidYAML(path, line, column, message):
            let position = line > 0 ? "line \(line), column \(column): " : ""
            return "kubeconfig \(path) is not valid YAML: \(position)\(message)"
        case let .invalidField(reference, problem):
            return "\(reference): \(problem)"
        case let .noConfiguration(searched):
            let looked = searched.isEmpty ? "" : " (looked for \(searched.joined(separator: ", ")))"
            return "no kubeconfig found\(looked) and not running inside a Kubernetes cluster "
                + "(KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set); "
                + "pass --kubeconfig, set KUBECONFIG, or create ~/.kube/config"
        case let .noContext(files):
            return "no context selected: \(Self.list(files)) set no current-context; "
                + "set current-context in the kubeconfig or choose one with --context"
        case let .contextNotFound(name, files):
            return "context \"\(name)\" is not defined in \(Self.list(files)); "
                + "check --context or current-context (`kubectl config get-contexts` lists them)"
        case let .clusterNotFound(name, context, files):
            return "context \"\(context)\" names cluster \"\(name)\", which is not defined in "
                + "\(Self.list(files)); add it under clusters or fix the context's cluster"
        case let .userNotFound(name, context, files):
            return "context \"\(context)\" names user \"\(name)\", which is not defined in "
                + "\(Self.list(files)); add it under users or fix the context's user"
        case let .unsupportedAuthProvider(provider, user):
            return "\(user): auth provider \"\(provider)\" is not supported (client-go removed "
                + "its built-in auth providers); use an exec credential plugin instead, e.g. "
                + "kubelogin for oidc, gke-gcloud-auth-plugin for gcp, kubelogin for azure"
        case let .inCluster(problem):
            return "in-cluster configuration: \(problem)"
        case let .credentialsOverPlainHTTP(server, credential, field):
            let source = field.map { " (\($0))" } ?? ""
            return "refusing to send the \(credential)\(source) to \(server) over plain HTTP, where anyone on "
                + "the network can read it; use the API server's https:// URL (with its certificate-authority-data), "
                + "or reach a local server through 127.0.0.1, ::1 or localhost"
        }
    }

    private static func list(_ files: [String]) -> String {
        switch files.count {
        case 0: return "the kubeconfig"
        case 1: return "kubeconfig \(files[0])"
        default: return "kubeconfig files \(files.joined(separator: ", "))"
        }
    }
}
