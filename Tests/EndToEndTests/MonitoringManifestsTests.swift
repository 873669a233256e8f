import Foundation
import KubeCore
import Subprocess
import Testing
import YAML

/// manifests/monitoring: the operator's alerts and dashboard. Prometheus and Grafana only read
/// them in a cluster, where a typo or a renamed metric shows as an alert that never fires or an
/// empty panel; these tests catch both before then: promtool parses the rules as Prometheus
/// would, and every query must name metrics the operator exports.
@Suite struct MonitoringManifestsTests {
    static let directory = PackageRoot.url.appendingPathComponent("manifests/monitoring")

    /// What the operator exports on /metrics (KubeRuntime's ControllerMetrics, WorkQueueMetrics,
    /// LeaderElector and MeteredTransport, and the Monitor controllers). A query naming anything
    /// else under these prefixes reads a series that does not exist.
    static let exportedMetrics: Set<String> = [
        "controller_runtime_reconcile_total", "controller_runtime_reconcile_errors_total",
        "controller_runtime_terminal_reconcile_errors_total", "controller_runtime_reconcile_time_seconds",
        "controller_runtime_active_workers", "controller_runtime_max_concurrent_reconciles",
        "workqueue_depth", "workqueue_adds_total", "workqueue_retries_total", "workqueue_unfinished_work_seconds",
        "workqueue_longest_running_processor_seconds", "workqueue_queue_duration_seconds",
        "workqueue_work_duration_seconds", "leader_election_master_status", "rest_client_requests_total",
        "rest_client_request_duration_seconds", "baton_monitor_check_value", "baton_monitor_drift_score",
        "baton_monitor_verdict", "baton_monitor_last_evaluation_timestamp_seconds", "baton_monitor_evaluations_total",
        "baton_monitor_query_duration_seconds",
    ]

    /// The histograms among them, whose series are read as `<name>_bucket`, `_sum` and `_count`.
    static let histograms: Set<String> = [
        "controller_runtime_reconcile_time_seconds", "workqueue_queue_duration_seconds",
        "workqueue_work_duration_seconds", "rest_client_request_duration_seconds",
        "baton_monitor_query_duration_seconds",
    ]

    /// The prefixes of the operator's metrics: a token starting with one is meant as one of them.
    static let operatorPrefixes = ["baton_", "controller_runtime_", "workqueue_", "leader_election_", "rest_client_"]

    @Test func promtoolAcceptsTheRules() async throws {
        let rulesFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("baton-rules-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: rulesFile) }
        // A rules file is a PrometheusRule's spec alone; promtool reads JSON as the YAML it is.
        try Data(try #require(try Self.prometheusRule()["spec"]).jsonString().utf8).write(to: rulesFile)
        let ruleCount = try Self.rules().count

        let result: ExecutionResult<Void, StringOutput<UTF8>, StringOutput<UTF8>>
        do {
            result = try await Subprocess.run(
                .name("promtool"), arguments: ["check", "rules", rulesFile.path], output: .string(limit: 1 << 20),
                error: .string(limit: 1 << 20))
        } catch {
            Issue.record("cannot run promtool (apt-get install prometheus; scripts/test does): \(error)")
            return
        }
        #expect(
            result.terminationStatus.isSuccess,
            "promtool check rules failed:\n\(result.standardOutput)\(result.standardError)")
        // promtool counts the rules it read: all of them, not a group it skipped.
        #expect(result.standardOutput.contains("SUCCESS: \(ruleCount) rules found"), "\(result.standardOutput)")
    }

    @Test func everyAlertSaysHowSevereAndWhatToDo() throws {
        for rule in try Self.rules() {
            let name = rule["alert"]?.stringValue ?? "(a rule without alert)"
            #expect(rule["for"]?.stringValue != nil, "\(name) has no for:")
            #expect(
                ["critical", "warning", "info"].contains(rule["labels"]?["severity"]?.stringValue ?? ""),
                "\(name) has no severity critical, warning or info")
            for annotation in ["summary", "description"] {
                let text = rule["annotations"]?[annotation]?.stringValue ?? ""
                #expect(!text.isEmpty, "\(name) has no \(annotation)")
            }
        }
    }

    @Test func rulesQueryOnlyExportedMetrics() throws {
        let expressions = try Self.rules().map { $0["expr"]?.stringValue ?? "" }
        #expect(!expressions.isEmpty)
        for expression in expressions { Self.expectExportedMetricsOnly(expression) }
    }

    @Test func dashboardQueriesOnlyExportedMetrics() throws {
        let expressions = try Self.dashboardPanels().flatMap { panel in
            (panel["targets"]?.arrayValue ?? []).map { $0["expr"]?.stringValue ?? "" }
        }
        #expect(!expressions.isEmpty)
        for expression in expressions { Self.expectExportedMetricsOnly(expression) }
    }

    @Test func dashboardIsBatonsAndEveryQueryUsesTheChosenDatasource() throws {
        let dashboard = try Self.dashboard()
        #expect(dashboard["uid"]?.stringValue == "baton-operator")
        let variables = dashboard["templating"]?["list"]?.arrayValue ?? []
        let datasource = variables.first { $0["name"]?.stringValue == "datasource" }
        #expect(datasource?["type"]?.stringValue == "datasource")
        #expect(datasource?["query"]?.stringValue == "prometheus")

        let panels = try Self.dashboardPanels()
        #expect(!panels.isEmpty)
        for panel in panels {
            let title = panel["title"]?.stringValue ?? "(untitled)"
            // A row only groups panels and queries nothing; every other panel and each of its
            // queries must follow the variable, or it shows another Prometheus than the rest.
            guard panel["type"]?.stringValue != "row" else { continue }
            #expect(panel["datasource"]?["uid"]?.stringValue == "${datasource}", "panel \(title)")
            let targets = panel["targets"]?.arrayValue ?? []
            #expect(!targets.isEmpty, "panel \(title) has no query")
            for target in targets {
                #expect(target["datasource"]?["uid"]?.stringValue == "${datasource}", "a query of panel \(title)")
            }
        }
    }

    /// The chart reads both files through charts/baton/files/monitoring; were that a copy, the
    /// chart's alerts and dashboard would drift from the ones kustomize applies and these tests check.
    @Test func chartReadsTheManifestsThroughALink() throws {
        let link = PackageRoot.url.appendingPathComponent("charts/baton/files/monitoring")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link.path)
        #expect(
            link.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL.path
                == Self.directory.standardizedFileURL.path)
    }

    /// Fails the test for an expression that names an operator metric that is not exported, or
    /// that names none at all (a query of nothing but functions and labels reads no Baton series).
    static func expectExportedMetricsOnly(_ expression: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Metric and label names, functions, keywords and the words inside label values: split
        // on everything else. Only the tokens with an operator prefix are held to the list;
        // words in matchers ("model|monitor") and functions (rate, histogram_quantile) pass.
        let tokens = expression.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }.map(String.init)
        let metrics = tokens.filter { token in operatorPrefixes.contains { token.hasPrefix($0) } }
        #expect(!metrics.isEmpty, "names no operator metric: \(expression)", sourceLocation: sourceLocation)
        for metric in metrics {
            #expect(
                isExported(metric), "\(metric) is not exported by the operator: \(expression)",
                sourceLocation: sourceLocation)
        }
    }

    static func isExported(_ series: String) -> Bool {
        if exportedMetrics.contains(series) { return true }
        return ["_bucket", "_sum", "_count"].contains { suffix in
            series.hasSuffix(suffix) && histograms.contains(String(series.dropLast(suffix.count)))
        }
    }

    static func prometheusRule() throws -> JSONValue {
        try YAML.parse(String(contentsOf: directory.appendingPathComponent("prometheus-rule.yaml"), encoding: .utf8))
    }

    static func rules() throws -> [JSONValue] {
        let groups = try #require(try prometheusRule()["spec"]?["groups"]?.arrayValue)
        return groups.flatMap { $0["rules"]?.arrayValue ?? [] }
    }

    /// Grafana reads the file as JSON, so it is parsed as strict JSON, not as YAML.
    static func dashboard() throws -> JSONValue {
        try JSONParser().parse(Array(try Data(contentsOf: directory.appendingPathComponent("grafana-dashboard.json"))))
    }

    /// Every panel, with those inside collapsed rows (which Grafana keeps in the row's panels).
    static func dashboardPanels() throws -> [JSONValue] {
        func flattened(_ panels: [JSONValue]) -> [JSONValue] {
            panels.flatMap { [$0] + flattened($0["panels"]?.arrayValue ?? []) }
        }
        return flattened(try dashboard()["panels"]?.arrayValue ?? [])
    }
}
