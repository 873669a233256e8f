import Foundation
import KubeCore

/// Decodes one watch frame, `{"type": "ADDED", "object": {...}}`, into a `WatchEvent`, throwing
/// the `KubeAPIError` an ERROR frame carries.
enum WatchFrame {
    /// For the dynamic client: the object as a `JSONValue`.
    @Sendable static func decodeDynamic(_ frame: Data) throws -> WatchEvent<JSONValue> {
        let value = try ResourceClient.parse(frame, "watch event")
        guard let type = value["type"]?.stringValue, let object = value["object"], case .object = object else {
            throw KubeClientError.invalidResponse("a watch event needs a \"type\" and an \"object\": \(preview(frame))")
        }
        switch type {
        case "ADDED": return .added(object)
        case "MODIFIED": return .modified(object)
        case "DELETED": return .deleted(object)
        case "BOOKMARK":
            guard let resourceVersion = object["metadata"]?["resourceVersion"]?.stringValue else {
                throw KubeClientError.invalidResponse("a BOOKMARK event without metadata.resourceVersion")
            }
            var annotations: [String: String] = [:]
            for (key, value) in object["metadata"]?["annotations"]?.objectValue ?? [:] {
                if let text = value.stringValue { annotations[key] = text }
            }
            return .bookmark(WatchBookmark(resourceVersion: resourceVersion, annotations: annotations))
        case "ERROR":
            let status = try? object.decode(Status.self)
            throw KubeAPIError(watchErrorStatus: status, body: frame)
        default:
            throw KubeClientError.invalidResponse("unknown watch event type \"\(type)\"")
        }
    }

    /// For the typed client: the object decoded straight from the frame's bytes as `Object`.
    static func decodeTyped<Object: Decodable & Sendable>(_ frame: Data) throws -> WatchEvent<Object> {
        let decoded: Typed<Object>
        do {
            decoded = try JSONDecoder().decode(Typed<Object>.self, from: frame)
        } catch let error as KubeClientError {
            throw error
        } catch {
            throw KubeClientError.invalidResponse("undecodable watch event: \(error)")
        }
        switch decoded.event {
        case let .event(event): return event
        case let .error(status): throw KubeAPIError(watchErrorStatus: status, body: frame)
        }
    }

    /// A frame decoded in one pass: `type` first, then `object` as what `type` says it is.
    private struct Typed<Object: Decodable & Sendable>: Decodable {
        enum Decoded {
            case event(WatchEvent<Object>)
            case error(Status?)
        }

        private struct Bookmark: Decodable {
            struct Metadata: Decodable {
                var resourceVersion: String
                var annotations: [String: String]?
            }
            var metadata: Metadata
        }

        private enum CodingKeys: String, CodingKey { case type, object }

        let event: Decoded

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let type = try container.decode(String.self, forKey: .type)
            switch type {
            case "ADDED": event = .event(.added(try container.decode(Object.self, forKey: .object)))
            case "MODIFIED": event = .event(.modified(try container.decode(Object.self, forKey: .object)))
            case "DELETED": event = .event(.deleted(try container.decode(Object.self, forKey: .object)))
            case "BOOKMARK":
                let bookmark = try container.decode(Bookmark.self, forKey: .object)
                event = .event(
                    .bookmark(
                        WatchBookmark(
                            resourceVersion: bookmark.metadata.resourceVersion,
                            annotations: bookmark.metadata.annotations ?? [:])))
            case "ERROR": event = .error(try? container.decode(Status.self, forKey: .object))
            default: throw KubeClientError.invalidResponse("unknown watch event type \"\(type)\"")
            }
        }
    }

    /// The start of a frame, for error messages.
    private static func preview(_ frame: Data) -> String {
        let text = String(decoding: frame.prefix(200), as: UTF8.self)
        return frame.count > 200 ? text + "…" : text
    }
}
