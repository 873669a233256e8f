import Foundation
import KubeCore
import Logging

/// One JSON object per line on standard error — what log pipelines (Loki, Cloud Logging,
/// Elasticsearch) parse without configuration: `ts`, `level`, `logger`, `msg`, then metadata.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        var line: JSONObject = [
            "ts": .string(KubeMicroTime(Date()).rfc3339), "level": .string(event.level.rawValue),
            "logger": .string(label), "msg": .string(event.message.description),
        ]
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) where line[key] == nil {
            line[key] = .string(value.description)
        }
        guard let text = try? JSONValue.object(line).jsonString() else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
