import ArgumentParser

/// `-o`: the tree or table for people, JSON or YAML for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, yaml
}
