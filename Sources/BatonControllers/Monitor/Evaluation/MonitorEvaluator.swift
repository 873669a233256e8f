import BatonAPI
import Drift
import Foundation
import KubeCore
import KubeRuntime

/// Runs a Monitor's checks against Prometheus for each served version and judges them. Every
/// failure along the way — no Prometheus, a Secret missing, a query refused or timed out, no
/// data — is an Inconclusive result that says why, never an error that stops the others.
struct MonitorEvaluator: Sendable {
    let prometheus: PrometheusClient
    let endpoints: PrometheusEndpointResolver
    let values: NamespacedValues
    let metrics: MonitorMetrics
    let clock: RuntimeClock

    /// The evaluator of a manager's controllers: its client for Secrets and ConfigMaps, its
    /// metrics and clock, and the operator's default Prometheus.
    init(manager: Manager, configuration: OperatorConfiguration, prometheus: PrometheusClient) {
        let values = NamespacedValues(client: manager.client)
        self.init(
            prometheus: prometheus, endpoints: PrometheusEndpointResolver(values: values, fallback: configuration.prometheus),
            values: values, metrics: MonitorMetrics(factory: manager.metricsFactory), clock: manager.clock)
    }

    init(
        prometheus: PrometheusClient, endpoints: PrometheusEndpointResolver, values: NamespacedValues, metrics: MonitorMetrics,
        clock: RuntimeClock
    ) {
        self.prometheus = prometheus
        self.endpoints = endpoints
        self.values = values
        self.metrics = metrics
        self.clock = clock
    }

    /// - Parameter comparison: for a Shadow candidate (the first of `versions`), how its
    ///   predictions compare with those of `reference` (the stable version) on the same
    ///   mirrored traffic: one more drift result, named `predictions`.
    func evaluate(
        _ monitor: Monitor, model: Model, versions: [String],
        comparing comparison: (spec: PredictionComparison, reference: String)? = nil
    ) async -> MonitorEvaluation {
        let namespace = monitor.metadata.namespace ?? "default"
        let endpoint: Result<PrometheusEndpoint, ValueError>
        do { endpoint = .success(try await endpoints.endpoint(for: monitor)) } catch { endpoint = .failure(error) }
        var metrics: [MetricResult] = []
        var drift: [MetricResult] = []
        for version in versions {
            let template = QueryTemplate(model: model.metadata.name ?? "", namespace: namespace, version: version)
            for check in monitor.spec.metrics ?? [] {
                let measurement = await measureValue(template.render(check.query), at: endpoint)
                metrics.append(CheckJudge.judge(check, version: version, measurement))
            }
            for check in monitor.spec.drift ?? [] {
                let measurement = await measureHistogram(
                    template.render(check.query), at: endpoint,
                    reference: { try await resolve(check, version: version, model: model, namespace: namespace) })
                drift.append(CheckJudge.judge(check, version: version, measurement))
            }
        }
        if let comparison, let version = versions.first {
            let spec = comparison.spec
            let query = { (version: String) in
                QueryTemplate(model: model.metadata.name ?? "", namespace: namespace, version: version).render(spec.query)
            }
            let check = DriftCheck(
                name: Self.predictionsCheck, query: spec.query, method: spec.method, threshold: spec.threshold,
                reference: HistogramReference())
            let measurement = await measureHistogram(query(version), at: endpoint) {
                switch await histogram(query(comparison.reference), at: endpoint) {
                case let .success(histogram?): return histogram
                case .success(nil): throw ValueError("version \(comparison.reference)'s predictions: the query returned no sample")
                case let .failure(reason): throw ValueError("version \(comparison.reference)'s predictions: \(reason)")
                }
            }
            drift.append(CheckJudge.judge(check, version: version, measurement))
        }
        return MonitorEvaluation(metrics: metrics, drift: drift)
    }

    /// The name of a Shadow candidate's comparison with the stable version.
    static let predictionsCheck = "predictions"


    private func measureValue(_ query: String, at endpoint: Result<PrometheusEndpoint, ValueError>) async -> Measurement {
        let samples: [PrometheusSample]
        switch await run(query, at: endpoint) {
        case let .failure(reason): return .inconclusive(reason.description)
        case let .success(found): samples = found
        }
        switch samples.count {
        case 0: return .inconclusive("no data: the query returned no sample")
        case 1: return .value(samples[0].value)
        default:
            return .inconclusive(
                "the query returned \(samples.count) series; a check needs one (aggregate with sum, avg or max)")
        }
    }

    private func measureHistogram(
        _ query: String, at endpoint: Result<PrometheusEndpoint, ValueError>,
        reference: () async throws -> BucketedHistogram
    ) async -> Measurement {
        let referenceHistogram: BucketedHistogram
        do {
            referenceHistogram = try await reference()
        } catch {
            return .inconclusive("reference histogram: \(error)")
        }
        switch await histogram(query, at: endpoint) {
        case let .failure(reason): return .inconclusive(reason.description)
        case let .success(live): return .histogram(live: live, reference: referenceHistogram)
        }
    }

    /// The histogram the query returns, nil when it returned no sample; a failure says why
    /// there is none to judge.
    private func histogram(
        _ query: String, at endpoint: Result<PrometheusEndpoint, ValueError>
    ) async -> Result<BucketedHistogram?, ValueError> {
        let samples: [PrometheusSample]
        switch await run(query, at: endpoint) {
        case let .failure(reason): return .failure(reason)
        case let .success(found): samples = found
        }
        if samples.isEmpty { return .success(nil) }
        var buckets: [(upperBound: Double, cumulativeCount: Double)] = []
        for sample in samples {
            guard let le = sample.labels["le"] else {
                return .failure(ValueError("the query returned a series without an le label; sum the buckets by (le)"))
            }
            guard let bound = try? BoundText.parse(le) else { return .failure(ValueError("le=\"\(le)\" is not a bucket bound")) }
            buckets.append((bound, sample.value))
        }
        if Set(buckets.map(\.upperBound)).count != buckets.count {
            return .failure(ValueError("the query returned several series per le; sum them by (le)"))
        }
        do {
            return .success(try BucketedHistogram(cumulative: buckets))
        } catch {
            return .failure(ValueError("the live histogram: \(error)"))
        }
    }

    private func run(_ query: String, at endpoint: Result<PrometheusEndpoint, ValueError>) async -> Result<[PrometheusSample], ValueError> {
        switch endpoint {
        case let .failure(error): return .failure(error)
        case let .success(endpoint):
            let started = clock.now()
            defer { metrics.queried(in: clock.now() - started) }
            do {
                return .success(try await prometheus.query(query, at: endpoint))
            } catch {
                return .failure(ValueError("\(error)"))
            }
        }
    }

    /// The check's reference histogram: written in the Monitor, in a ConfigMap, or reported by
    /// the training run of the version measured.
    private func resolve(_ check: DriftCheck, version: String, model: Model, namespace: String) async throws -> BucketedHistogram {
        let reference = check.reference
        let histogram: InlineHistogram
        if let source = reference.fromTraining {
            let name = source.histogram ?? check.name
            guard let training = model.status?.training, training.version == version else {
                throw ValueError("no training run of version \(version) is recorded on the Model to take histogram \(name) from")
            }
            guard let reported = training.histograms?[name] else {
                let known = (training.histograms ?? [:]).keys.sorted()
                throw ValueError(
                    "the training run of \(version) reported no histogram \(name)"
                        + (known.isEmpty ? "" : " (it reported \(known.joined(separator: ", ")))"))
            }
            histogram = reported
        } else if let inline = reference.inline {
            histogram = inline
        } else if let selector = reference.configMapKeyRef {
            let text = try await values.configMap(selector, namespace: namespace)
            do {
                histogram = try JSONParser().parse(text).decode(InlineHistogram.self)
            } catch {
                throw ValueError(
                    "ConfigMap \(namespace)/\(selector.name) key \(selector.key) is not a histogram "
                        + "({\"buckets\": [{\"upperBound\": \"0.5\", \"count\": 10}, ...]}): \(error)")
            }
        } else {
            throw ValueError("the reference sets none of fromTraining, configMapKeyRef and inline")
        }
        return try BucketedHistogram(counts: try histogram.buckets.map { (try BoundText.parse($0.upperBound), Double($0.count)) })
    }
}

/// The judged results of one evaluation, per check and served version.
struct MonitorEvaluation: Sendable, Equatable {
    var metrics: [MetricResult]
    var drift: [MetricResult]
}
