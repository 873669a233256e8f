/// Kubernetes' version ordering (apimachinery's `CompareKubeAwareVersionStrings`): GA before
/// beta before alpha, higher numbers first, then anything else alphabetically — the order
/// discovery lists versions in, the first being preferred.
enum KubeVersionPriority {
    private struct Parsed {
        var major: Int
        /// 2 GA, 1 beta, 0 alpha.
        var stability: Int
        var minor: Int
    }

    private static func parse(_ version: String) -> Parsed? {
        guard version.hasPrefix("v") else { return nil }
        let rest = version.dropFirst()
        let digits = rest.prefix { $0.isNumber }
        guard let major = Int(digits), major > 0 else { return nil }
        let suffix = rest.dropFirst(digits.count)
        if suffix.isEmpty { return Parsed(major: major, stability: 2, minor: 0) }
        for (word, stability) in [("beta", 1), ("alpha", 0)] where suffix.hasPrefix(word) {
            guard let minor = Int(suffix.dropFirst(word.count)), minor > 0 else { return nil }
            return Parsed(major: major, stability: stability, minor: minor)
        }
        return nil
    }

    /// Whether `a` sorts before `b`.
    static func higher(_ a: String, _ b: String) -> Bool {
        switch (parse(a), parse(b)) {
        case let (x?, y?):
            if x.stability != y.stability { return x.stability > y.stability }
            if x.major != y.major { return x.major > y.major }
            return x.minor > y.minor
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a < b
        }
    }
}
