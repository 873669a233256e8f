import Foundation
import KubeCore

/// Reads the body of `/api/v1/query`: `{"status": "success", "data": {"resultType": "vector",
/// "result": [{"metric": {...}, "value": [<time>, "<value>"]}]}}`, a scalar's `"result":
/// [<time>, "<value>"]`, or `{"status": "error", "errorType": ..., "error": ...}`.
enum PrometheusResponse {
    static func samples(status: Int, body: Data) throws(PrometheusError) -> [PrometheusSample] {
        guard let document = try? JSONParser().parse(body), document.objectValue != nil else {
            guard (200..<300).contains(status) else { throw .httpStatus(status, excerpt(body)) }
            throw .malformedResponse("not JSON: \(excerpt(body))")
        }
        if document["status"]?.stringValue == "error" || !(200..<300).contains(status) {
            guard let message = document["error"]?.stringValue else { throw .httpStatus(status, excerpt(body)) }
            throw .queryFailed(status: status, type: document["errorType"]?.stringValue ?? "error", message: message)
        }
        guard let data = document["data"], let type = data["resultType"]?.stringValue else {
            throw .malformedResponse("no data.resultType")
        }
        switch type {
        case "vector":
            guard let series = data["result"]?.arrayValue else { throw .malformedResponse("a vector without a result list") }
            var samples: [PrometheusSample] = []
            for entry in series {
                var labels: [String: String] = [:]
                for (name, value) in entry["metric"]?.objectValue ?? [:] { labels[name] = value.stringValue }
                samples.append(PrometheusSample(labels: labels, value: try value(of: entry["value"])))
            }
            return samples
        case "scalar":
            return [PrometheusSample(labels: [:], value: try value(of: data["result"]))]
        default:
            throw .malformedResponse(
                "a \(type) result; checks need an instant vector or a scalar (a range selector needs a function "
                    + "such as rate(...[5m]))")
        }
    }

    /// `[<unix time>, "<value>"]`, the value as Prometheus formats floats (`NaN`, `+Inf`).
    private static func value(of pair: JSONValue?) throws(PrometheusError) -> Double {
        guard let pair = pair?.arrayValue, pair.count == 2, let text = pair[1].stringValue else {
            throw .malformedResponse("a sample without a [time, \"value\"] pair")
        }
        switch text {
        case "NaN": return .nan
        case "+Inf": return .infinity
        case "-Inf": return -.infinity
        default:
            guard let value = Double(text) else { throw .malformedResponse("the sample value \"\(text)\" is not a number") }
            return value
        }
    }

    private static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return body.count > 200 ? text + "…" : text
    }
}
