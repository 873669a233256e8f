import DevCluster
import Foundation
import KubeCore
import YAML

/// The kubeconfig `baton dev` writes for its cluster, and which existing file it may replace.
///
/// It replaces a file only when nothing of anyone else's would be lost: a missing or empty
/// file, or a kubeconfig (`kind: Config`) whose clusters, users and contexts are all named
/// `baton-dev`, as the ones it writes are. That test survives `kubectl config` rewriting the
/// file (a marker comment would not), and any other file needs `--force`.
struct DevKubeconfig {
    /// The cluster, user and context name in the kubeconfig it writes.
    static let entryName = DevCluster.kubeconfigContext

    let path: String

    /// `~/.baton/dev/kubeconfig`.
    static var defaultPath: String {
        FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".baton/dev/kubeconfig").path
    }

    /// Throws unless the file at `path` may be replaced (see the type's description).
    func checkReplaceable() throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DevKubeconfigError.unreadable(path: path, reason: "\(error)")
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return }
        guard let config = try? YAML.parse(text), Self.holdsOnlyOwnEntries(config) else {
            throw DevKubeconfigError.notWrittenByBatonDev(path: path)
        }
    }

    /// Writes `text` readable by the user only, creating missing directories readable by the
    /// user only.
    func write(_ text: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try PrivateFile.write(Data(text.utf8), to: path)
    }

    private static func holdsOnlyOwnEntries(_ config: JSONValue) -> Bool {
        guard config["kind"]?.stringValue == "Config" else { return false }
        return ["clusters", "users", "contexts"].allSatisfy { key in
            guard let entries = config[key], !entries.isNull else { return true }
            return entries.arrayValue?.allSatisfy { $0["name"]?.stringValue == entryName } ?? false
        }
    }
}

enum DevKubeconfigError: Error, CustomStringConvertible {
    case notWrittenByBatonDev(path: String)
    case unreadable(path: String, reason: String)

    var description: String {
        switch self {
        case let .notWrittenByBatonDev(path):
            return "\(path) is not a kubeconfig written by baton dev (it defines clusters, users or contexts "
                + "other than \"\(DevKubeconfig.entryName)\"), so baton dev will not overwrite it; pass --force to "
                + "replace it, or --kubeconfig PATH to write the dev cluster's kubeconfig elsewhere"
        case let .unreadable(path, reason):
            return "cannot read \(path) to check that baton dev may replace it: \(reason); pass --kubeconfig PATH "
                + "to write the dev cluster's kubeconfig elsewhere"
        }
    }
}
