import CYAML
import KubeCore

/// Builds one document's JSON value from libyaml's events, resolving scalars, keys, anchors,
/// aliases and merge keys, and enforcing the depth and alias limits.
struct DocumentBuilder: ~Copyable {
    private let limits: YAMLLimits
    private let documentIndex: Int
    private var levels: [CollectionLevel] = []
    /// Elements of the open sequences and member values of the open mappings.
    private var values = NodeStack<JSONValue>()
    /// Keys of the open mappings, with where each is for duplicate-key errors.
    private var keys = NodeStack<String>()
    private var keyMarks = NodeStack<yaml_mark_t>()
    private var anchors: [String: AnchoredNode] = [:]
    private var budget: AliasBudget
    /// The document's value once its root node is complete.
    private(set) var root: JSONValue = .null

    init(limits: YAMLLimits, documentIndex: Int) {
        self.limits = limits
        self.documentIndex = documentIndex
        budget = AliasBudget(limit: limits.maxAliasExpandedNodes)
    }

    mutating func scalar(_ event: yaml_event_t) throws(YAMLError) {
        let data = event.data.scalar
        let text = UnsafeBufferPointer(start: data.value, count: data.length)
        let tag = data.tag.map { ScalarTag(UnsafePointer($0)) }
        let isPlain = data.style == YAML_PLAIN_SCALAR_STYLE
        budget.countNode()
        let resolved: ResolvedScalar
        do throws(YAMLProblem) {
            if let tag {
                resolved = try ScalarResolver.resolve(text, tag: tag)
            } else {
                resolved = isPlain ? ScalarResolver.resolvePlain(text) : .string
            }
        } catch {
            throw self.error(error.message, at: event.start_mark)
        }

        if let top = levels.indices.last, levels[top].awaitsKey {
            if tag == .merge || (tag == nil && isPlain && text.count == 2 && text[0] == UInt8(ascii: "<") && text[1] == UInt8(ascii: "<")) {
                levels[top].awaitsMergeValue = true
                return
            }
            let key: String
            do throws(YAMLProblem) {
                key = try MappingKey.string(for: resolved, text: text)
            } catch {
                throw self.error(error.message, at: event.start_mark)
            }
            addKey(key, at: event.start_mark)
            if let anchor = data.anchor {
                let value = try value(of: resolved, text: text, at: event.start_mark)
                anchors[String(cString: anchor)] = AnchoredNode(value: value, nodes: 1, height: 0)
            }
            return
        }

        let value = try value(of: resolved, text: text, at: event.start_mark)
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = AnchoredNode(value: value, nodes: 1, height: 0)
        }
        try attach(value, height: 0, at: event.start_mark)
    }

    mutating func alias(_ event: yaml_event_t) throws(YAMLError) {
        let name = String(cString: event.data.alias.anchor)
        guard let node = anchors[name] else {
            let message = levels.contains { $0.anchor == name }
                ? "anchor '\(name)' value contains itself" : "unknown anchor '\(name)' referenced"
            throw error(message, at: event.start_mark)
        }
        do throws(YAMLProblem) {
            try budget.expand(node.nodes)
        } catch {
            throw self.error(error.message, at: event.start_mark)
        }
        guard levels.count + node.height <= limits.maxDepth else { throw tooDeep(at: event.start_mark) }
        if let top = levels.indices.last, levels[top].awaitsKey {
            let key: String
            do throws(YAMLProblem) {
                key = try MappingKey.string(for: node.value)
            } catch {
                throw self.error(error.message, at: event.start_mark)
            }
            addKey(key, at: event.start_mark)
            return
        }
        try attach(node.value, height: node.height, at: event.start_mark)
    }

    mutating func startSequence(_ event: yaml_event_t) throws(YAMLError) {
        try start(.sequence, anchor: event.data.sequence_start.anchor, at: event.start_mark)
    }

    mutating func startMapping(_ event: yaml_event_t) throws(YAMLError) {
        try start(.mapping, anchor: event.data.mapping_start.anchor, at: event.start_mark)
    }

    /// The end of the innermost open sequence or mapping.
    mutating func end() throws(YAMLError) {
        guard let level = levels.popLast() else { return }
        let value: JSONValue
        switch level.kind {
        case .sequence:
            value = .array(values.pop(from: level.valuesStart))
        case .mapping:
            let members = try members(of: level)
            value = .object(level.merges.isEmpty ? members : MergeKey.combine(explicit: members, merges: level.merges))
        }
        let height = level.childHeight + 1
        if let anchor = level.anchor {
            anchors[anchor] = AnchoredNode(value: value, nodes: budget.nodes - level.nodesBefore, height: height)
        }
        try attach(value, height: height, at: level.mark)
    }

    // MARK: - Steps

    private mutating func start(_ kind: CollectionLevel.Kind, anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t) throws(YAMLError) {
        if let top = levels.last, top.awaitsKey {
            let what = kind == .sequence ? "sequence" : "mapping"
            throw error("a \(what) cannot be a mapping key: JSON object keys are strings", at: mark)
        }
        guard levels.count < limits.maxDepth else { throw tooDeep(at: mark) }
        let name = anchor.map { String(cString: $0) }
        if let name {
            // Until it is complete, the anchor names this node, not an earlier one of that name:
            // an alias to it inside it is the error "contains itself".
            anchors[name] = nil
        }
        levels.append(CollectionLevel(
            kind: kind, anchor: name, mark: mark, nodesBefore: budget.nodes,
            valuesStart: values.count, keysStart: keys.count))
        budget.countNode()
    }

    private mutating func addKey(_ key: String, at mark: yaml_mark_t) {
        keys.push(key)
        keyMarks.push(mark)
        levels[levels.count - 1].hasPendingKey = true
    }

    /// Places a completed node in its parent — the next element, a member's value or a `<<`
    /// value — or makes it the document's root.
    private mutating func attach(_ value: JSONValue, height: Int, at mark: yaml_mark_t) throws(YAMLError) {
        guard let top = levels.indices.last else {
            root = value
            return
        }
        if height > levels[top].childHeight { levels[top].childHeight = height }
        if levels[top].awaitsMergeValue {
            levels[top].awaitsMergeValue = false
            do throws(YAMLProblem) {
                let members = try MergeKey.members(of: value)
                levels[top].merges.append((keys.count - levels[top].keysStart, members))
            } catch {
                throw self.error(error.message, at: mark)
            }
            return
        }
        values.push(value)
        levels[top].hasPendingKey = false
    }

    /// The explicit members of a finished mapping, taken off the stacks; a key given twice is
    /// an error at its second place.
    private mutating func members(of level: CollectionLevel) throws(YAMLError) -> JSONObject {
        let count = keys.count - level.keysStart
        defer { keyMarks.drop(from: level.keysStart) }
        // Up to the size below which OrderedDictionary itself searches linearly, compare keys
        // pairwise and hand the arrays over without hashing; beyond it, let the hash table
        // find duplicates.
        if count <= 15 {
            for later in level.keysStart..<keys.count {
                for earlier in level.keysStart..<later where keys[earlier] == keys[later] {
                    throw duplicate(keys[later], at: keyMarks[later])
                }
            }
            return JSONObject(uncheckedUniqueKeys: keys.pop(from: level.keysStart), values: values.pop(from: level.valuesStart))
        }
        var members = JSONObject(minimumCapacity: count)
        for offset in 0..<count {
            let key = keys[level.keysStart + offset]
            if members.updateValue(values[level.valuesStart + offset], forKey: key) != nil {
                throw duplicate(key, at: keyMarks[level.keysStart + offset])
            }
        }
        keys.drop(from: level.keysStart)
        values.drop(from: level.valuesStart)
        return members
    }

    private func value(of resolved: ResolvedScalar, text: UnsafeBufferPointer<UInt8>, at mark: yaml_mark_t) throws(YAMLError) -> JSONValue {
        switch resolved {
        case .string: return .string(String(decoding: text, as: UTF8.self))
        case .null: return .null
        case let .bool(flag): return .bool(flag)
        case let .int(number): return .integer(number)
        case let .unsignedInt(number): return .number(Double(number))
        case let .float(number): return .number(number)
        case let .bigInt(number):
            guard number.isFinite else {
                throw error("the integer \(String(decoding: text, as: UTF8.self)) is too large for a JSON number", at: mark)
            }
            return .number(number)
        }
    }

    private func duplicate(_ key: String, at mark: yaml_mark_t) -> YAMLError {
        error("mapping key \"\(key)\" already defined", at: mark)
    }

    private func tooDeep(at mark: yaml_mark_t) -> YAMLError {
        error("document nests deeper than \(limits.maxDepth) levels (the maxDepth limit)", at: mark)
    }

    private func error(_ message: String, at mark: yaml_mark_t) -> YAMLError {
        YAMLError(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message, documentIndex: documentIndex)
    }
}
