/// `generateName`: the prefix plus five random characters from the alphabet kube-apiserver
/// uses (no vowels, no look-alike digits), the prefix cut so the name stays within 63.
enum NameGenerator {
    private static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
    private static let maximumPrefix = 63 - 5

    static func name(prefix: String) -> String {
        let suffix = String((0..<5).map { _ in alphabet.randomElement()! })
        return String(prefix.prefix(maximumPrefix)) + suffix
    }
}
