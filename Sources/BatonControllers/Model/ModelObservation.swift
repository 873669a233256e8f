import BatonAPI
import KubeCore

/// What the reconciler read from its caches for one Model: the planner's whole input besides
/// the configuration and the clock.
public struct ModelObservation: Sendable {
    public var model: Model
    /// batch/v1 Jobs controlled by the Model.
    public var jobs: [JSONValue]
    /// apps/v1 Deployments controlled by the Model.
    public var deployments: [JSONValue]
    /// v1 Services controlled by the Model.
    public var services: [JSONValue]
    /// autoscaling/v2 HorizontalPodAutoscalers controlled by the Model.
    public var autoscalers: [JSONValue]
    /// Pods labelled `baton.dev/model: <name>` and `baton.dev/component: training`, whose
    /// termination messages carry training results.
    public var trainingPods: [JSONValue]
    /// The Monitors whose `spec.modelRef` names the Model.
    public var monitors: [Monitor]
    /// The Policies of the Model's namespace whose selector matches its labels.
    public var policies: [Policy] = []
    /// gateway.networking.k8s.io/v1 HTTPRoutes controlled by the Model.
    public var httpRoutes: [JSONValue] = []
    /// Whether the cluster serves HTTPRoutes (Gateway API's CRDs are installed).
    public var servesHTTPRoutes = true
    /// This reconcile's evaluation of the rollout's analysis; nil when none was due.
    var rolloutEvaluation: RolloutEvaluation?
    /// How often the rollout's analysis runs; nil without one under way.
    var analysisInterval: Duration?

    public init(
        model: Model, jobs: [JSONValue] = [], deployments: [JSONValue] = [], services: [JSONValue] = [],
        autoscalers: [JSONValue] = [], trainingPods: [JSONValue] = [], monitors: [Monitor] = []
    ) {
        self.init(
            model: model, jobs: jobs, deployments: deployments, services: services, autoscalers: autoscalers,
            trainingPods: trainingPods, monitors: monitors, rolloutEvaluation: nil, analysisInterval: nil)
    }

    init(
        model: Model, jobs: [JSONValue] = [], deployments: [JSONValue] = [], services: [JSONValue] = [],
        autoscalers: [JSONValue] = [], trainingPods: [JSONValue] = [], monitors: [Monitor] = [],
        rolloutEvaluation: RolloutEvaluation?, analysisInterval: Duration?
    ) {
        self.rolloutEvaluation = rolloutEvaluation
        self.analysisInterval = analysisInterval
        self.model = model
        self.jobs = jobs
        self.deployments = deployments
        self.services = services
        self.autoscalers = autoscalers
        self.trainingPods = trainingPods
        self.monitors = monitors
    }

    /// The observed children of every kind the Model owns (pods aside: those belong to Jobs).
    var children: [JSONValue] { jobs + deployments + services + autoscalers + httpRoutes }
}
