# geokg as a small static image: built with the Go toolchain, run from
# distroless/static (no shell, no libc; the binary is pure Go, CGO_ENABLED=0).
#
#   docker build -t geokg .
#   docker run --rm -p 8080:8080 geokg serve --addr 0.0.0.0:8080 --demo

FROM golang:1.26-bookworm AS build
WORKDIR /src
# Modules first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/geokg ./cmd/geokg

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/geokg /geokg
# The embedded store, when used instead of Neo4j, is ./geokg.db: the
# nonroot user's home, which it may write.
WORKDIR /home/nonroot
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/geokg"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
