import Foundation

/// Output written at once, unbuffered: a script or test reading a watch sees each frame as it
/// is drawn.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeLines(_ lines: [String]) {
        write(lines.map { $0 + "\n" }.joined())
    }

    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
}
