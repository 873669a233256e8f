import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the small local files a configuration points at (kubeconfigs, certificates, keys,
/// tokens), keeping the operating system's reason on failure so that an error can say
/// "Permission denied" or "is a directory" instead of a bare "cannot read".
enum LocalFile {
    struct ReadError: Error {
        /// The file does not exist (ENOENT): a `$KUBECONFIG` entry that may be skipped.
        var isMissing: Bool
        var reason: String
    }

    /// Larger than any real kubeconfig or certificate bundle; a bound so that pointing a field
    /// at a huge file (or a device) fails instead of eating memory.
    static let maximumSize = 16 << 20

    static func contents(of path: String) throws(ReadError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw ReadError(isMissing: code == ENOENT, reason: String(cString: strerror(code)))
        }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(isMissing: false, reason: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ReadError(isMissing: false, reason: "is a directory") }

        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(isMissing: false, reason: String(cString: strerror(errno)))
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > maximumSize {
                throw ReadError(isMissing: false, reason: "larger than \(maximumSize >> 20) MiB")
            }
        }
    }

    /// Whether `data` holds a PEM block. Not a parse: it catches a file of the wrong kind, or a
    /// `-data` value base64-encoded twice, with a message naming the field.
    static func looksLikePEM(_ data: Data) -> Bool {
        data.range(of: Data("-----BEGIN ".utf8)) != nil
    }

    /// A path as client-go resolves kubeconfig references: absolute paths stay, relative ones
    /// are taken against `directory` (the directory of the kubeconfig that names them).
    static func resolve(_ path: String, against directory: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }

    /// The absolute directory holding `file`, relative paths taken against the working directory.
    static func directory(of file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path
    }
}
