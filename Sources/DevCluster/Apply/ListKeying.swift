/// How the items of a granular list are told apart: a set's items by their own value, a map
/// list's items by their key fields. Atomic lists have no keying; they are replaced whole.
enum ListKeying: Equatable, Sendable {
    case byValue
    case byFields([String])
}
