import DevMonitoring
import Foundation

/// The Prometheus (and Alertmanager) `baton dev` runs for Monitors: Prometheus scrapes the dev
/// cluster's simulated model servers, found through its service discovery, and sends alerts
/// to the Alertmanager.
struct DevMonitoringServers {
    let prometheus: MonitoringServer
    let alertmanager: MonitoringServer?

    /// Starts what is installed, Alertmanager first so Prometheus can be pointed at it; nil,
    /// after a line saying what to install, when Prometheus is not. Throws when an installed
    /// program fails to start.
    static func start(discoveryURL: String) async throws -> DevMonitoringServers? {
        guard (try? await MonitoringProgram.prometheus.locate()) != nil else {
            say("Prometheus is not installed, so Monitors will report \"no Prometheus configured\" "
                + "(apt-get install \(MonitoringProgram.prometheus.package) \(MonitoringProgram.alertmanager.package) gives them one)")
            return nil
        }
        let alertmanager: MonitoringServer?
        do {
            alertmanager = try await AlertmanagerServer.start()
        } catch .notInstalled {
            say("Alertmanager is not installed, so Prometheus runs without one "
                + "(apt-get install \(MonitoringProgram.alertmanager.package) gives it one)")
            alertmanager = nil
        }
        let prometheus: MonitoringServer
        do {
            prometheus = try await PrometheusServer.start(discoveryURL: discoveryURL, alertmanagerURL: alertmanager?.url)
        } catch {
            await alertmanager?.stop()
            throw error
        }
        if let alertmanager { say("alertmanager at \(alertmanager.url)") }
        say("prometheus at \(prometheus.url)")
        return DevMonitoringServers(prometheus: prometheus, alertmanager: alertmanager)
    }

    func stop() async {
        await prometheus.stop()
        await alertmanager?.stop()
    }

    /// Written unbuffered, as `baton dev`'s other lines, so a script waiting for one sees it at once.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data("\(line)\n".utf8))
    }
}
