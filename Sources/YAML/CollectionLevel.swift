import CYAML
import KubeCore

/// A sequence or mapping whose end event has not arrived yet. Its children wait on the
/// document builder's shared stacks, from `valuesStart` and `keysStart` up.
struct CollectionLevel {
    enum Kind {
        case sequence, mapping
    }

    let kind: Kind
    let anchor: String?
    /// Where the collection starts, for errors about it as a whole.
    let mark: yaml_mark_t
    /// The document's node count before this collection: its subtree size is the difference.
    let nodesBefore: Int
    let valuesStart: Int
    let keysStart: Int
    /// The height of the tallest child: 0 when all are scalars.
    var childHeight = 0
    /// Set between a key and its value.
    var hasPendingKey = false
    /// Set between a `<<` key and its value.
    var awaitsMergeValue = false
    /// Mappings merged with `<<`, each with the number of explicit members before its key.
    var merges: [(position: Int, members: JSONObject)] = []

    init(kind: Kind, anchor: String?, mark: yaml_mark_t, nodesBefore: Int, valuesStart: Int, keysStart: Int) {
        self.kind = kind
        self.anchor = anchor
        self.mark = mark
        self.nodesBefore = nodesBefore
        self.valuesStart = valuesStart
        self.keysStart = keysStart
    }

    var awaitsKey: Bool {
        kind == .mapping && !hasPendingKey && !awaitsMergeValue
    }
}
