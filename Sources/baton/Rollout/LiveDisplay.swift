/// Shows frame after frame of a watch: on a terminal, each frame is drawn over the last;
/// otherwise (a pipe, a log) a frame is printed only when it differs from the last, after a
/// blank line.
struct LiveDisplay {
    let interactive: Bool
    private var shown: [String]?

    init(interactive: Bool = Terminal.isInteractive) {
        self.interactive = interactive
    }

    mutating func show(_ lines: [String]) {
        guard lines != shown else { return }
        var text = ""
        if let shown {
            // To the first column of the last frame's first line, then clear to the end.
            text += interactive ? "\u{1B}[\(shown.count)F\u{1B}[J" : "\n"
        }
        text += lines.map { $0 + "\n" }.joined()
        Terminal.write(text)
        shown = lines
    }
}
