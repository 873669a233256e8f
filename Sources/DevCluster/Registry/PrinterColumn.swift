import KubeCore

/// A column of server-side Table output: a CRD's `additionalPrinterColumns` entry, or one of the
/// columns DevCluster prints for a built-in kind (computed from the object).
struct PrinterColumn: Sendable {
    var name: String
    var type: String
    var format: String = ""
    var description: String = ""
    var priority: Int = 0
    var cell: @Sendable (JSONValue, KubeTime) -> JSONValue
}
