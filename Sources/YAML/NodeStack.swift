/// A stack that the children of every open collection share, each collection's children on top
/// of its parent's. A finished collection's children are *moved* into a new array of exactly
/// their number: no growing array per collection, no retain and release per child.
struct NodeStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func push(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "NodeStack index out of range")
        return base[index]
    }

    /// Removes the elements from `start` to the top and returns them, in order.
    mutating func pop(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "NodeStack start out of range")
        // Appending into reserved capacity: `Array(unsafeUninitializedCapacity:)` would be
        // simpler, but it looks up the array's generic metadata on every call.
        var elements: [Element] = []
        elements.reserveCapacity(count - start)
        for index in start..<count {
            elements.append((base + index).move())
        }
        count = start
        return elements
    }

    /// Removes the elements from `start` to the top.
    mutating func drop(from start: Int) {
        precondition(start >= 0 && start <= count, "NodeStack start out of range")
        (base + start).deinitialize(count: count - start)
        count = start
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
