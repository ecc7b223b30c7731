# syntax=docker/dockerfile:1
# articlebot's Discord bot as a container: a static binary on a distroless
# base (CA certificates, no shell), run as a non-root user, with the
# embedding cache on a volume and a health check against /healthz.
#
#   docker build -t articlebot .
#   docker run -d --name articlebot --env-file .env -v articlebot-cache:/var/cache/articlebot articlebot
#
# See README.md, "Deploy", for the environment it needs.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN sh deploy/build.sh /out/articlebot && mkdir -p /out/cache

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/articlebot /usr/local/bin/articlebot
# The volume's mount point must belong to the non-root user, or a fresh
# named volume would be root's and the cache unwritable.
COPY --from=build --chown=65532:65532 /out/cache /var/cache/articlebot
ENV ARTICLEBOT_CACHE_DIR=/var/cache/articlebot \
    METRICS_ADDR=0.0.0.0:9090 \
    LOG_FORMAT=json
VOLUME ["/var/cache/articlebot"]
EXPOSE 9090
USER 65532:65532
# The image has no shell or curl: the binary asks its own /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=2m --retries=3 \
    CMD ["/usr/local/bin/articlebot", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/articlebot"]
CMD ["serve"]
