import KubeCore
import Testing
import YAML

@testable import DevCluster

/// Builds schemas and objects from YAML text, the way tests read best.
func schema(_ yaml: String) throws -> StructuralSchema {
    try StructuralSchema(YAML.parse(yaml))
}

func json(_ yaml: String) throws -> JSONValue {
    try YAML.parse(yaml)
}

/// Errors as kube-apiserver prints them in a 422 message: `field: detail`.
func messages(_ errors: [FieldError]) -> [String] {
    errors.map { "\($0.field): \($0.detail)" }
}
