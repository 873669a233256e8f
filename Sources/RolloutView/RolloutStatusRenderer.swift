import BatonAPI
import Foundation
import KubeCore

/// `kubectl baton rollout status` as text: a small tree of where a Model's rollout stands,
/// made from the Model alone and the time, so it is the same on every call and tested without a
/// cluster. Every line fits `width` columns: long values are cut, the message is wrapped.
public struct RolloutStatusRenderer: Sendable {
    /// A terminal's classic width, which the tree never exceeds by default.
    public static let defaultWidth = 80

    public var width: Int

    public init(width: Int = defaultWidth) {
        self.width = width
    }

    public func render(_ model: Model, now: Date) -> [String] {
        tree(model, now: now).render(width: width)
    }

    /// Labels are padded to this, so values line up under each other.
    static let labelWidth = 11

    func tree(_ model: Model, now: Date) -> TextTree {
        let name = model.metadata.name ?? "?"
        let namespace = model.metadata.namespace.map { " (\($0))" } ?? ""
        let phase = model.status?.phase?.rawValue ?? "no status yet"
        var children: [TextTree] = [
            field("desired", model.spec.version),
            field("strategy", Self.strategy(model.spec.rollout)),
        ]
        let serving = model.status?.serving
        let canaryWeight = serving?.canaryWeight ?? 0
        if let stable = serving?.stableVersion {
            children.append(field("stable", "\(stable), weight \(serving?.canaryVersion == nil ? 100 : 100 - canaryWeight)%"))
        } else {
            children.append(field("stable", "none yet"))
        }
        if let canary = serving?.canaryVersion {
            children.append(field("canary", "\(canary), weight \(canaryWeight)%"))
        }
        if let serving {
            children.append(field("pods", "\(serving.readyReplicas ?? 0) ready"))
        }
        children.append(rollout(model, now: now))
        return TextTree.line("Model \(name)\(namespace): \(phase)", children: children)
    }

    private func field(
        _ label: String, _ value: String, overflow: TextTree.Overflow = .truncate, children: [TextTree] = []
    ) -> TextTree {
        TextTree.field(label, value, labelWidth: Self.labelWidth, overflow: overflow, children: children)
    }

    static func strategy(_ rollout: RolloutSpec) -> String {
        var text = "\(rollout.strategy.rawValue), router \(rollout.trafficRouter.rawValue)"
        if rollout.trafficRouter == .gatewayAPI, let gateway = rollout.gatewayRef {
            text += " (Gateway \(gateway.name))"
        }
        return text
    }

    // MARK: - The rollout

    private func rollout(_ model: Model, now: Date) -> TextTree {
        guard let record = model.status?.rollout else {
            if let stable = model.status?.serving?.stableVersion {
                return field("rollout", "none: version \(stable) serves and there is no rollout", overflow: .wrap)
            }
            return field("rollout", "none: no version serves yet", overflow: .wrap)
        }
        let from = record.previousVersion.map { " from \($0)" } ?? ""
        var children = [field("step", Self.step(record))]
        if let pause = Self.pause(model, record: record, now: now) { children.append(field("pause", pause)) }
        if let reason = record.reason { children.append(field("reason", reason)) }
        if let message = record.message { children.append(field("message", message, overflow: .wrap)) }
        if record.phase == .completed, let previous = record.previousVersion, let scaleDown = record.scaleDownTime,
            scaleDown.date > now
        {
            let left = DurationText.format(seconds: scaleDown.date.timeIntervalSince(now))
            children.append(field("scale-down", "\(previous)'s pods go in \(left)"))
        }
        if let analysis = record.analysis { children.append(self.analysis(analysis, now: now)) }
        return field("rollout", "\(record.version)\(from): \(record.phase.rawValue)", children: children)
    }

    static func step(_ record: RolloutStatus) -> String {
        let steps = record.steps
        let number = min(record.step + 1, steps)
        switch record.phase {
        case .progressing, .paused:
            if record.step >= steps { return "promotion, after step \(steps) of \(steps)" }
            return "\(number) of \(steps), weight \(record.weight)%"
        case .completed:
            return "\(steps) of \(steps) done, weight 100%"
        case .rolledBack, .aborted:
            return "stopped at \(number) of \(steps) (weight \(record.weight)%); weight now 0%"
        }
    }

    /// The time left in the current step's pause, when it is a timed pause (a Canary step with
    /// `pause`): counted from `stepStartTime` on the local clock.
    static func pause(_ model: Model, record: RolloutStatus, now: Date) -> String? {
        guard record.phase.isActive, record.strategy == .canary, model.spec.rollout.strategy == .canary,
            let steps = model.spec.rollout.steps, steps.indices.contains(Int(record.step)),
            let pause = steps[Int(record.step)].pause
        else { return nil }
        guard let start = record.stepStartTime else { return "\(pause.text), from when the step's pods are up" }
        let left = start.date.addingTimeInterval(pause.duration.timeInterval).timeIntervalSince(now)
        guard left > 0 else { return "\(pause.text), over" }
        return "\(DurationText.format(seconds: left)) left of \(pause.text)"
    }

    // MARK: - The analysis

    private func analysis(_ analysis: RolloutAnalysisStatus, now: Date) -> TextTree {
        var summary = "Monitor \(analysis.monitor): \(Self.count(analysis.evaluations, "evaluation")), "
            + "\(Self.count(analysis.failures, "failure"))"
        if analysis.consecutiveInconclusive > 0 {
            summary += ", \(analysis.consecutiveInconclusive) inconclusive in a row"
        }
        if let last = analysis.lastEvaluationTime {
            summary += ", last \(DurationText.format(seconds: now.timeIntervalSince(last.date))) ago"
        }
        let results = analysis.results ?? []
        let rows = results.isEmpty
            ? [TextTree.line("no evaluation yet")]
            : results.map { result in
                TextTree(content: { Self.checkRow(result, among: results, width: $0) })
            }
        return field("analysis", summary, overflow: .wrap, children: rows)
    }

    static func count(_ value: Int32, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `✔ latency-p99  0.12  Pass  p99 0.12 s <= 0.25 s`, columns shared by the rows.
    static func checkRow(_ result: MetricResult, among results: [MetricResult], width: Int) -> [String] {
        let nameWidth = min(results.map { TerminalText.width(TerminalText.singleLine($0.name)) }.max() ?? 0, max(8, width / 3))
        let valueWidth = min(results.map { TerminalText.width(value($0.value)) }.max() ?? 0, 10)
        let verdictWidth = results.map { $0.verdict.rawValue.count }.max() ?? 0
        var line = result.verdict.marker + " "
            + TerminalText.pad(TerminalText.truncate(TerminalText.singleLine(result.name), to: nameWidth), to: nameWidth)
            + "  " + TerminalText.pad(TerminalText.truncate(value(result.value), to: valueWidth), to: valueWidth)
            + "  " + TerminalText.pad(result.verdict.rawValue, to: verdictWidth)
        let room = width - TerminalText.width(line) - 2
        if let message = result.message.map(TerminalText.singleLine), !message.isEmpty, room >= 4 {
            line += "  " + TerminalText.truncate(message, to: room)
        }
        return [TerminalText.truncate(line.trimmingTrailingSpaces, to: width)]
    }

    /// A measured value in at most four significant digits; `-` when there was none.
    static func value(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int64(value)) }
        return String(format: "%.4g", value)
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
