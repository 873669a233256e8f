import DevMonitoring

/// Runs a Prometheus or Alertmanager that `start` starts for `body`, and stops it when `body`
/// returns or throws, so no test leaves one running.
public func withMonitoringServer<Result>(
    _ start: () async throws -> MonitoringServer, _ body: (MonitoringServer) async throws -> Result
) async throws -> Result {
    let server = try await start()
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
