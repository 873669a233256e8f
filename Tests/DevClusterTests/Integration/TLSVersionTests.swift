import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import TestSupport
import Testing

/// The dev cluster's HTTPS server speaks TLS 1.2 and later only: a client that offers at most
/// TLS 1.1 gets no connection, one that can do 1.2 does.
@Suite struct TLSVersionTests {
    @Test func clientsLimitedToTLS11AreRefused() async throws {
        try await withDevCluster { fixture in
            let tls11 = try await Self.handshakeCompletes(port: fixture.cluster.port, maximum: .tlsv11)
            #expect(!tls11)
            let tls10 = try await Self.handshakeCompletes(port: fixture.cluster.port, maximum: .tlsv1)
            #expect(!tls10)
        }
    }

    @Test func clientsLimitedToTLS12AreServed() async throws {
        try await withDevCluster { fixture in
            let tls12 = try await Self.handshakeCompletes(port: fixture.cluster.port, maximum: .tlsv12)
            #expect(tls12)
        }
    }

    /// Connects with a client that offers TLS 1.0 up to `maximum` and reports whether the
    /// handshake completed. The certificate is not checked: only the protocol version matters.
    private static func handshakeCompletes(port: Int, maximum: TLSVersion) async throws -> Bool {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv1
        tls.maximumTLSVersion = maximum
        tls.certificateVerification = .none
        let context = try NIOSSLContext(configuration: tls)
        let group = MultiThreadedEventLoopGroup.singleton
        let outcome = group.next().makePromise(of: Bool.self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: context, serverHostname: nil))
                        try channel.pipeline.syncOperations.addHandler(HandshakeOutcome(outcome))
                    }
                }
                .connect(host: "127.0.0.1", port: port).get()
        } catch {
            // NIO traps on a promise dropped uncompleted.
            outcome.fail(error)
            throw error
        }
        let completed = try await outcome.futureResult.get()
        try? await channel.close()
        return completed
    }
}

/// Completes its promise with true once the TLS handshake is done, or false when the
/// handshake fails or the server closes the connection first.
private final class HandshakeOutcome: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    private let promise: EventLoopPromise<Bool>

    init(_ promise: EventLoopPromise<Bool>) {
        self.promise = promise
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tlsEvent = event as? TLSUserEvent, case .handshakeCompleted = tlsEvent { promise.succeed(true) }
        context.fireUserInboundEventTriggered(event)
    }

    // A promise already completed ignores these.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise.succeed(false)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.succeed(false)
        context.fireChannelInactive()
    }
}
