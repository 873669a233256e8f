/// A standard status condition (`metav1.Condition`), such as `Ready` or `Degraded`.
public struct Condition: Sendable, Hashable {
    /// CamelCase, or `domain/Name`: a qualified name.
    public var type: String
    public var status: ConditionStatus
    /// The `metadata.generation` the condition was computed from.
    public var observedGeneration: Int64?
    /// When `status` last changed, not when the condition was last written.
    public var lastTransitionTime: KubeTime
    /// A CamelCase word saying why, for machines and for `kubectl get` columns.
    public var reason: String
    /// A sentence for humans, saying what is wrong and what to do; may be empty.
    public var message: String

    public init(
        type: String, status: ConditionStatus, reason: String, message: String = "",
        observedGeneration: Int64? = nil, lastTransitionTime: KubeTime
    ) {
        self.type = type
        self.status = status
        self.observedGeneration = observedGeneration
        self.lastTransitionTime = lastTransitionTime
        self.reason = reason
        self.message = message
    }

    /// Whether `reason` has the form the API server requires: a letter, then letters, digits,
    /// `_`, `,` or `:`, ending in a letter, digit or `_` (`^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$`).
    public static func isValidReason(_ reason: String) -> Bool {
        let utf8 = reason.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(byte)
        }
        func isWordCharacter(_ byte: UInt8) -> Bool {
            isLetter(byte) || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
        return isLetter(first) && isWordCharacter(last)
            && utf8.allSatisfy { isWordCharacter($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }
    }

    /// The problems the API server's `ValidateCondition` would report; empty when valid.
    public func validate() -> [String] {
        var problems = NameValidation.qualifiedName(type).map { "type: Invalid value: \"\(type)\": \($0)" }
        if let observedGeneration, observedGeneration < 0 {
            problems.append("observedGeneration: Invalid value: \(observedGeneration): must be greater than or equal to zero")
        }
        if reason.isEmpty {
            problems.append("reason: Required value: must be set")
        } else {
            if !Self.isValidReason(reason) {
                let rule = NameValidation.regexError(
                    "a condition reason must start with alphabetic character, optionally followed by a string of "
                        + "alphanumeric characters or '_,:', and must end with an alphanumeric character or '_'",
                    "[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?",
                    ["my_name", "MY_NAME", "MyName", "ReasonA,ReasonB", "ReasonA:ReasonB"])
                problems.append("reason: Invalid value: \"\(reason)\": \(rule)")
            }
            if reason.utf8.count > 1024 {
                problems.append("reason: Too long: may not be more than 1024 bytes")
            }
        }
        if message.utf8.count > 32 * 1024 {
            problems.append("message: Too long: may not be more than 32768 bytes")
        }
        return problems
    }
}

extension Condition: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, status, observedGeneration, lastTransitionTime, reason, message
    }

    /// A missing `reason` or `message` reads as empty, as Go reads it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        status = try container.decode(ConditionStatus.self, forKey: .status)
        observedGeneration = try container.decodeIfPresent(Int64.self, forKey: .observedGeneration)
        lastTransitionTime = try container.decode(KubeTime.self, forKey: .lastTransitionTime)
        reason = try container.decodeIfPresent(String.self, forKey: .reason) ?? ""
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
    }
}
