package neo4j

import (
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

func errorIs(err, kind error) bool { return errors.Is(err, kind) }

// TestOpenUnreachable runs without a server: a port nothing listens on is
// graph.ErrUnavailable, quickly, with the address in the message.
func TestOpenUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	start := time.Now()
	_, err = Open(t.Context(), Config{URI: "bolt://" + addr, Password: "secret", Timeout: 20 * time.Second})
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("got %v, want ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), addr) || strings.Contains(err.Error(), "secret") {
		t.Errorf("error %q should name %s and not the password", err, addr)
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("took %v to report an unreachable server", d)
	}
}

// TestOpenHTTPPort runs without Neo4j: a bolt:// URI that names an HTTP
// port (Neo4j Browser's 7474 instead of Bolt's 7687) is
// graph.ErrUnavailable, not an unexplained failure.
func TestOpenHTTPPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return // closed by the cleanup
			}
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				// An HTTP server answers the Bolt handshake as a request
				// it cannot parse.
				io.ReadFull(c, make([]byte, 20))
				io.WriteString(c, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			}()
		}
	}()
	_, err = Open(t.Context(), Config{URI: "bolt://" + l.Addr().String(), Timeout: 20 * time.Second})
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("got %v, want ErrUnavailable", err)
	}
	if !strings.Contains(err.Error(), "HTTP") {
		t.Errorf("error %q should say that an HTTP server answered", err)
	}
}

func TestOpenInvalidConfig(t *testing.T) {
	for _, uri := range []string{"", "./geokg.db", "http://localhost:7474", "sqlite:geokg.db"} {
		if _, err := Open(t.Context(), Config{URI: uri}); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Open(%q): got %v, want ErrInvalid", uri, err)
		}
	}
}
