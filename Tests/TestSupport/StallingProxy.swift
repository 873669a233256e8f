import Foundation
import Synchronization

import Glibc

/// A loopback TCP proxy to test what a client does when the server stops answering without
/// closing anything (a partition, a wedged API server): while stalled it still accepts
/// connections but reads and forwards no bytes either way, so they wait in the sockets'
/// buffers; `resume()` lets them through again. TLS passes through untouched, so a client trusts the upstream's
/// certificate as before (the proxy listens on 127.0.0.1 too).
///
/// Plain blocking sockets and one thread per direction of each connection: a test proxy
/// carries a handful of connections.
public final class StallingProxy: Sendable {
    /// The port the proxy listens on, on 127.0.0.1.
    public let port: Int
    private let upstreamPort: Int
    private let listener: Int32
    private let state = Mutex(State())

    private struct State {
        var stalled = false
        var stopped = false
        var sockets: Set<Int32> = []
    }

    /// Starts listening on an ephemeral port, forwarding to `127.0.0.1:upstreamPort`.
    public init(upstreamPort: Int) throws {
        self.upstreamPort = upstreamPort
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw ProxyError(call: "socket") }
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else {
            close(listener)
            throw ProxyError(call: "bind/listen")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops forwarding on every connection, open or yet to come (a chunk being copied
    /// finishes).
    public func stall() { state.withLock { $0.stalled = true } }

    /// Forwards again, from where each connection stopped.
    public func resume() { state.withLock { $0.stalled = false } }

    /// Closes the listener and every connection; the threads end within a poll interval.
    public func stop() {
        let sockets = state.withLock { state in
            state.stopped = true
            return state.sockets
        }
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    deinit {
        close(listener)
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }
    private var isStalled: Bool { state.withLock { $0.stalled } }

    private func acceptLoop() {
        while !isStopped {
            guard Self.waitReadable(listener) else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: upstreamPort)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard upstream >= 0, connected == 0 else {
                close(client)
                if upstream >= 0 { close(upstream) }
                continue
            }
            state.withLock { $0.sockets.formUnion([client, upstream]) }
            let finished = Atomic<Int>(0)
            let closeBoth: @Sendable () -> Void = { [self] in
                // The second pump to end closes both sockets; the first only stops its side.
                guard finished.add(1, ordering: .acquiringAndReleasing).newValue == 2 else {
                    shutdown(client, Int32(SHUT_RDWR))
                    shutdown(upstream, Int32(SHUT_RDWR))
                    return
                }
                state.withLock { $0.sockets.subtract([client, upstream]) }
                close(client)
                close(upstream)
            }
            Thread.detachNewThread { [self] in
                pump(from: client, to: upstream)
                closeBoth()
            }
            Thread.detachNewThread { [self] in
                pump(from: upstream, to: client)
                closeBoth()
            }
        }
    }

    /// Copies bytes until either side closes or the proxy stops; reads nothing while stalled.
    /// `send` with MSG_NOSIGNAL: a peer that has gone must end the pump, not raise SIGPIPE.
    private func pump(from source: Int32, to destination: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while !isStopped {
            if isStalled {
                usleep(10_000)
                continue
            }
            guard Self.waitReadable(source), !isStalled else { continue }
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var sent = 0
            while sent < count {
                let written = buffer[sent..<count].withUnsafeBytes { send(destination, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { return }
                sent += written
            }
        }
    }

    /// Whether `socket` has something to read (or has closed) within 50 ms.
    private static func waitReadable(_ socket: Int32) -> Bool {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 50) > 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

struct ProxyError: Error {
    var call: String
}
