import ArgumentParser

/// `baton dev --prometheus`: run Prometheus and Alertmanager when they are installed, or not.
enum DevMonitoringMode: String, ExpressibleByArgument, CaseIterable {
    case auto, off
}
