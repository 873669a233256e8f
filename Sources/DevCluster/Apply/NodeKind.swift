/// How server-side apply treats one value: as a leaf (scalars, and atomic lists and maps, which
/// are owned and replaced whole), as a granular map, or as a granular list.
enum NodeKind: Equatable, Sendable {
    case leaf
    case map
    case list(ListKeying)
}
