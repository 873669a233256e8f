/// The API server's build information, as `GET /version` returns it (`version.Info`).
public struct ServerVersion: Sendable, Equatable, Codable {
    /// `"1"`.
    public var major: String
    /// `"31"`, sometimes with a suffix such as `"31+"` on managed clusters.
    public var minor: String
    /// `"v1.31.2"`.
    public var gitVersion: String
    public var gitCommit: String
    public var gitTreeState: String
    public var buildDate: String
    public var goVersion: String
    public var compiler: String
    /// `"linux/amd64"`.
    public var platform: String

    public init(
        major: String, minor: String, gitVersion: String, gitCommit: String = "", gitTreeState: String = "",
        buildDate: String = "", goVersion: String = "", compiler: String = "", platform: String = ""
    ) {
        self.major = major
        self.minor = minor
        self.gitVersion = gitVersion
        self.gitCommit = gitCommit
        self.gitTreeState = gitTreeState
        self.buildDate = buildDate
        self.goVersion = goVersion
        self.compiler = compiler
        self.platform = platform
    }
}
