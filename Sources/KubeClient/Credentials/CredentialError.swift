/// Why a credential provider could not produce credentials for a request: a token file that
/// cannot be read, or an exec credential plugin that failed.
public enum CredentialError: Error, Sendable, Equatable {
    /// The bearer-token file cannot be read.
    case tokenFileUnreadable(path: String, reason: String)
    /// The bearer-token file holds nothing but whitespace.
    case tokenFileEmpty(path: String)
    /// The exec plugin's executable is not on `PATH` (or not at the path given).
    case execNotFound(command: String, installHint: String?)
    /// The exec plugin could not be started.
    case execLaunchFailed(command: String, reason: String)
    /// The exec plugin exited with a non-zero status; `stderr` is the tail of what it printed.
    case execFailed(command: String, exitCode: Int32, stderr: String)
    /// The exec plugin was killed by a signal it did not get from us.
    case execKilled(command: String, signal: Int32, stderr: String)
    /// The exec plugin did not finish in time and was killed.
    case execTimedOut(command: String, seconds: Double, stderr: String)
    /// The exec plugin ran but its standard output is not a usable `ExecCredential`.
    case execInvalidOutput(command: String, problem: String)
    /// The exec configuration cannot be run as given (API version, interactive mode).
    case execUnsupported(command: String, problem: String)
}

extension CredentialError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .tokenFileUnreadable(path, reason):
            return "cannot read bearer token file \(path): \(reason)"
        case let .tokenFileEmpty(path):
            return "bearer token file \(path) is empty; it must hold the token"
        case let .execNotFound(command, installHint):
            var message = "exec credential plugin: executable \"\(command)\" not found; it looks like a "
                + "client-go credential plugin that is not installed (see https://kubernetes.io/docs/"
                + "reference/access-authn-authz/authentication/#client-go-credential-plugins)"
            if let installHint, !installHint.isEmpty { message += "\n\n\(installHint)" }
            return message
        case let .execLaunchFailed(command, reason):
            return "exec credential plugin \"\(command)\" could not be started: \(reason)"
        case let .execFailed(command, exitCode, stderr):
            return "exec credential plugin \"\(command)\" failed with exit code \(exitCode)"
                + Self.stderrSuffix(stderr)
        case let .execKilled(command, signal, stderr):
            return "exec credential plugin \"\(command)\" was killed by signal \(signal)"
                + Self.stderrSuffix(stderr)
        case let .execTimedOut(command, seconds, stderr):
            return "exec credential plugin \"\(command)\" did not finish within \(seconds)s and was killed; "
                + "check that it does not wait for input or a browser login" + Self.stderrSuffix(stderr)
        case let .execInvalidOutput(command, problem):
            return "exec credential plugin \"\(command)\" returned an unusable ExecCredential: \(problem)"
        case let .execUnsupported(command, problem):
            return "exec credential plugin \"\(command)\": \(problem)"
        }
    }

    private static func stderrSuffix(_ stderr: String) -> String {
        stderr.isEmpty ? "" : "; stderr: \(stderr)"
    }
}
