# syntax=docker/dockerfile:1
# The Baton operator image: `baton` built in release mode with the Swift runtime linked in
# statically, on a plain Ubuntu with only the two C libraries it loads (libcurl, libyaml).
#
#   docker build -t ghcr.io/baton-dev/baton:0.1.0 .
#   docker build --build-arg SWIFT_IMAGE=swift:6.2-noble -t baton:dev .   # another toolchain
#
# The build and runtime stages must be the same Ubuntu release (noble = 24.04): the binary
# links against the build stage's libcurl and libyaml.

# The toolchain the project is developed with (Swift 6.3); Package.swift needs 6.1 or later.
ARG SWIFT_IMAGE=swift:6.3-noble
ARG RUNTIME_IMAGE=ubuntu:24.04

FROM ${SWIFT_IMAGE} AS build
RUN export DEBIAN_FRONTEND=noninteractive \
    && apt-get update \
    && apt-get install -y --no-install-recommends libcurl4-openssl-dev libyaml-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Package.swift names the test and benchmark targets, so their folders come too (SwiftPM
# refuses a manifest whose target folders are missing); .dockerignore keeps out the rest.
COPY . .
# .build is a cache mount: dependency checkouts and object files survive between builds, so
# everything the image needs is copied out to /out here. Baton_DevCluster.resources (the
# built-in kinds' schemas `baton dev` reads) goes beside the binary, where Bundle.module looks.
RUN --mount=type=cache,target=/src/.build,id=baton-swiftpm \
    swift build -c release --product baton --static-swift-stdlib \
    && bin="$(swift build -c release --show-bin-path)" \
    && install -D -m 0755 "$bin/baton" /out/usr/local/bin/baton \
    && cp -R "$bin/Baton_DevCluster.resources" /out/usr/local/bin/ \
    && install -D -m 0755 /usr/libexec/swift/linux/swift-backtrace-static /out/usr/local/libexec/swift-backtrace-static

FROM ${RUNTIME_IMAGE}
ARG RUNTIME_IMAGE
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="baton" \
      org.opencontainers.image.description="Baton: a Kubernetes operator that trains, gates, serves and rolls out machine-learning models." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="${RUNTIME_IMAGE}"
# libcurl (the Kubernetes client's HTTP), libyaml (the YAML reader), the CA bundle, and the
# time-zone database (Foundation's TimeZone reads /usr/share/zoneinfo: schedules and
# deployment windows name their time zone). No compilers, no -dev packages.
RUN export DEBIAN_FRONTEND=noninteractive \
    && apt-get update \
    && apt-get install -y --no-install-recommends libcurl4t64 libyaml-0-2 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 65532 baton \
    && useradd --system --uid 65532 --gid 65532 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin baton
COPY --from=build /out/ /
# A crash prints a symbolicated backtrace of every thread to the log, then exits.
ENV SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=/usr/local/libexec/swift-backtrace-static
# Numeric, so that Kubernetes' runAsNonRoot can check it without reading /etc/passwd.
USER 65532:65532
# metrics, health probes
EXPOSE 8080 8081
ENTRYPOINT ["/usr/local/bin/baton"]
CMD ["operator"]
