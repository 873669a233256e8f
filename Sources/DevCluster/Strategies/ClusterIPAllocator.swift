import Synchronization

/// Hands out Service cluster IPs from 10.96.0.0/12 (kube-apiserver's default service CIDR), the
/// first being 10.96.0.1 as for the `kubernetes` Service; freed addresses are reused.
final class ClusterIPAllocator: Sendable {
    private struct State {
        var used: Set<UInt32> = []
        var next: UInt32 = 1
    }

    private static let base: UInt32 = (10 << 24) | (96 << 16)
    private static let size: UInt32 = 1 << 20
    private let state = Mutex(State())

    /// A free address, or nil when all 1,048,574 are taken.
    func allocate() -> String? {
        state.withLock { state in
            for _ in 0..<(Self.size - 2) {
                let offset = state.next
                state.next = state.next + 1 >= Self.size - 1 ? 1 : state.next + 1
                if state.used.insert(offset).inserted { return Self.format(Self.base + offset) }
            }
            return nil
        }
    }

    /// Marks an address as taken (one the client chose); false when it is already in use or
    /// outside the range.
    func claim(_ address: String) -> Bool {
        guard let offset = Self.offset(of: address) else { return false }
        return state.withLock { $0.used.insert(offset).inserted }
    }

    func release(_ address: String) {
        guard let offset = Self.offset(of: address) else { return }
        _ = state.withLock { $0.used.remove(offset) }
    }

    static func contains(_ address: String) -> Bool { offset(of: address) != nil }

    private static func offset(of address: String) -> UInt32? {
        let parts = address.split(separator: ".").compactMap { UInt32($0) }
        guard parts.count == 4, parts.allSatisfy({ $0 < 256 }) else { return nil }
        let value = parts.reduce(0) { ($0 << 8) | $1 }
        guard value >= base, value < base + size else { return nil }
        let offset = value - base
        return offset == 0 || offset == size - 1 ? nil : offset
    }

    private static func format(_ value: UInt32) -> String {
        "\(value >> 24).\((value >> 16) & 255).\((value >> 8) & 255).\(value & 255)"
    }
}
