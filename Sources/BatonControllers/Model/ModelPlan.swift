import BatonAPI
import KubeRuntime

/// What one reconcile of a Model should do. Every child the reconciler observed is in exactly
/// one of `children`, `retain` and `delete`:
/// - `children`: the desired Job (create-only: its pod template is immutable, so a training
///   spec edited mid-run takes effect with the next version), Deployments, Services and
///   autoscaler, applied when they differ from the cache;
/// - `retain`: the stable version's Deployment and autoscaler while another version rolls out
///   (their pod template is that version's and must not change under it), and finished Jobs
///   (`ttlSecondsAfterFinished` removes them; their pods keep the logs until then);
/// - `delete`: a replaced version's Deployment and autoscaler, a superseded version's
///   unfinished Job, a headless Service whose training is over.
public typealias ModelPlan = ReconcilePlan<ModelStatus>
