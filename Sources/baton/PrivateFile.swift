import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files that hold secrets so that nobody else can read them at any moment: the new
/// contents go to a temporary file created with mode 0600 beside the target, which is then
/// renamed over it. Foundation's atomic write creates its file with the umask's mode and
/// narrows it afterwards, leaving a window where the secret is readable.
enum PrivateFile {
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String

        var description: String { "cannot write \(path): \(reason)" }
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        // O_EXCL: the file is new, so no one else can have opened it or linked it elsewhere.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: systemError()) }
        let failure: String? = {
            do {
                try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
            } catch {
                return "\(error)"
            }
            return fsync(descriptor) == 0 ? nil : systemError()
        }()
        close(descriptor)
        if failure == nil, rename(temporary, path) == 0 { return }
        let reason = failure ?? systemError()
        unlink(temporary)
        throw WriteError(path: path, reason: reason)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}
