package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph/neo4j"
)

func TestNeo4jConfig(t *testing.T) {
	env := map[string]string{envNeo4jUser: "env-user", envNeo4jPassword: "env-pass", envNeo4jDatabase: "envdb"}
	tests := []struct {
		name string
		uri  string
		env  map[string]string
		want neo4j.Config
		bad  string // what the error says, when the URI is refused
	}{
		{"from the environment", "bolt://h:7687", env,
			neo4j.Config{URI: "bolt://h:7687", User: "env-user", Password: "env-pass", Database: "envdb"}, ""},
		{"nothing set", "neo4j://h", nil, neo4j.Config{URI: "neo4j://h"}, ""},
		{"the URI's account wins", "neo4j+s://ops:uri%40pass@h:7687", env,
			neo4j.Config{URI: "neo4j+s://h:7687", User: "ops", Password: "uri@pass", Database: "envdb"}, ""},
		{"user in the URI, password from the environment", "bolt://ops@h:7687", env,
			neo4j.Config{URI: "bolt://h:7687", User: "ops", Password: "env-pass", Database: "envdb"}, ""},
		{"database in the URI", "bolt://h:7687?database=news", env,
			neo4j.Config{URI: "bolt://h:7687", User: "env-user", Password: "env-pass", Database: "news"}, ""},
		{"routing context kept", "neo4j://h:7687?region=eu&database=news", nil,
			neo4j.Config{URI: "neo4j://h:7687?region=eu", Database: "news"}, ""},
		{"upper-case scheme", "BOLT://h:7687/", nil, neo4j.Config{URI: "bolt://h:7687"}, ""},
		{"a path", "bolt://u:secret@h:7687/news", nil, neo4j.Config{}, "?database=NAME"},
		{"no host", "bolt://", nil, neo4j.Config{}, "no host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := newTestMain(tt.env).neo4jConfig(tt.uri)
			if tt.bad != "" {
				if err == nil || !strings.Contains(err.Error(), tt.bad) || strings.Contains(err.Error(), "secret") {
					t.Fatalf("got error %v, want one saying %q without the password", err, tt.bad)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.URI != tt.want.URI || got.User != tt.want.User || got.Password != tt.want.Password || got.Database != tt.want.Database {
				t.Errorf("got %s %q/%q database %q, want %s %q/%q database %q",
					got.URI, got.User, got.Password, got.Database, tt.want.URI, tt.want.User, tt.want.Password, tt.want.Database)
			}
		})
	}
}

func TestSameStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	tm := newTestMain(map[string]string{envNeo4jDatabase: "news"})
	tests := []struct {
		a, b string
		same bool
	}{
		{db, "sqlite:" + db, true},
		{db, link, true},
		{db, filepath.Join(dir, "b.db"), false},
		{"new.db", "./new.db", true},
		{"bolt://h:7687", "bolt://u:p@H:7687", true},
		{"bolt://h:7687", "bolt://h:7687?database=news", true}, // $NEO4J_DATABASE is news
		{"bolt://h:7687", "bolt://h:7687?database=archive", false},
		{"bolt://h:7687", "bolt://g:7687", false},
		{db, "bolt://h:7687", false},
	}
	for _, tt := range tests {
		if got := tm.sameStore(tt.a, tt.b); got != tt.same {
			t.Errorf("sameStore(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestRedact(t *testing.T) {
	for _, uri := range []string{"bolt://u:secret@h:7687", "bolt://u:sec%zzret@h:7687", "bolt://u:secret@h:7687/%zz"} {
		if got := redact(uri); strings.Contains(got, "secret") || strings.Contains(got, "sec%zzret") || !strings.Contains(got, "h:7687") {
			t.Errorf("redact(%q) = %q, want the host without the password", uri, got)
		}
	}
}

// closedAddr returns a local address nothing listens on.
func closedAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// runCtx runs args in-process under ctx and returns the exit status and
// the command's error.
func (tm *testMain) runCtx(ctx context.Context, args ...string) (int, error) {
	err := tm.Run(ctx, args)
	return tm.ExitCode(ctx, err), err
}

// Every command that opens a store reports an unreachable Neo4j server at
// once, naming its address and not the password, whichever role the store
// has in the command.
func TestNeo4jUnreachable(t *testing.T) {
	dir := t.TempDir()
	local := filepath.Join(dir, "local.db")
	if code := newTestMain(nil).run(t, "migrate", "--store", local); code != exitOK {
		t.Fatalf("migrate: exit %d", code)
	}
	jsonl := filepath.Join(dir, "empty.jsonl")
	if err := os.WriteFile(jsonl, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	addr := closedAddr(t)
	uri := "bolt://neo4j:s3cret@" + addr
	tests := []struct {
		name string
		args []string
	}{
		{"stats", []string{"stats", "--store", uri}},
		{"load", []string{"load", "--store", uri, filepath.Join("..", "..", "examples", "articles")}},
		{"serve", []string{"serve", "--store", uri, "--addr", "127.0.0.1:0"}},
		{"merges", []string{"merges", "--store", uri}},
		{"migrate", []string{"migrate", "--store", uri}},
		{"export", []string{"export", "--format", "jsonl", "--store", uri, filepath.Join(dir, "out.jsonl")}},
		{"import", []string{"import", "--store", uri, jsonl}},
		{"copy from", []string{"copy", "--from", uri, "--to", filepath.Join(dir, "copy.db")}},
		{"copy to", []string{"copy", "--from", local, "--to", uri}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A hang would end here, as a deadline error, not as the
			// connection error the command must report by itself.
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			tm := newTestMain(map[string]string{envLogLevel: "error"})
			code, err := tm.runCtx(ctx, tt.args...)
			if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
				t.Fatalf("the command hung until the test's deadline: %v", err)
			}
			if code != exitError {
				t.Errorf("got exit %d, want %d", code, exitError)
			}
			msg := tm.stderr.String()
			for _, want := range []string{addr, "unavailable", "check that Neo4j runs at that address"} {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr %q lacks %q", msg, want)
				}
			}
			if strings.Contains(msg, "s3cret") {
				t.Errorf("stderr shows the password: %s", msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "out.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed export left its file behind: %v", err)
	}
}

// fakeBolt is a server that speaks just enough Bolt 4.4 to refuse every
// login the way Neo4j does, and keeps each login message it was sent.
type fakeBolt struct {
	addr string
	mu   sync.Mutex
	seen [][]byte
}

// serveTCP accepts connections on a free local port until the test ends,
// handing each to handle on a goroutine of its own, and returns the address.
func serveTCP(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() {
		l.Close()
		wg.Wait()
	})
	wg.Go(func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			wg.Go(func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(time.Minute))
				handle(c)
			})
		}
	})
	return l.Addr().String()
}

func startFakeBolt(t *testing.T) *fakeBolt {
	t.Helper()
	fb := &fakeBolt{}
	fb.addr = serveTCP(t, fb.refuse)
	return fb
}

// refuse answers the handshake with version 4.4, reads the HELLO message
// (chunks ended by an empty one) and answers it with the FAILURE Neo4j
// sends for a wrong password.
func (fb *fakeBolt) refuse(c net.Conn) {
	if _, err := io.ReadFull(c, make([]byte, 20)); err != nil { // magic and four version proposals
		return
	}
	if _, err := c.Write([]byte{0, 0, 4, 4}); err != nil {
		return
	}
	var hello []byte
	for {
		var size [2]byte
		if _, err := io.ReadFull(c, size[:]); err != nil {
			return
		}
		n := binary.BigEndian.Uint16(size[:])
		if n == 0 {
			break
		}
		chunk := make([]byte, n)
		if _, err := io.ReadFull(c, chunk); err != nil {
			return
		}
		hello = append(hello, chunk...)
	}
	fb.mu.Lock()
	fb.seen = append(fb.seen, hello)
	fb.mu.Unlock()
	// FAILURE (struct of one field, tag 0x7F) {code: …, message: …}.
	msg := []byte{0xB1, 0x7F, 0xA2}
	for _, s := range []string{"code", "Neo.ClientError.Security.Unauthorized",
		"message", "The client is unauthorized due to authentication failure."} {
		msg = append(msg, packString(s)...)
	}
	out := binary.BigEndian.AppendUint16(nil, uint16(len(msg)))
	out = append(append(out, msg...), 0, 0)
	if _, err := c.Write(out); err != nil {
		return
	}
	io.Copy(io.Discard, c) // until the driver hangs up
}

// packString encodes a PackStream string shorter than 256 bytes.
func packString(s string) []byte {
	if len(s) < 16 {
		return append([]byte{0x80 | byte(len(s))}, s...)
	}
	return append([]byte{0xD0, byte(len(s))}, s...)
}

func (fb *fakeBolt) logins() [][]byte {
	fb.mu.Lock()
	defer fb.mu.Unlock()
	return fb.seen
}

// Refused credentials are reported as such, with what to check and without
// the password; the credentials sent are those of the URI, else of
// $NEO4J_USER and $NEO4J_PASSWORD.
func TestNeo4jWrongCredentials(t *testing.T) {
	env := map[string]string{envNeo4jUser: "env-analyst", envNeo4jPassword: "env-pass-1", envLogLevel: "error"}
	tests := []struct {
		name     string
		userinfo string
		sent     []string
		notSent  []string
	}{
		{"from the environment", "", []string{"env-analyst", "env-pass-1"}, nil},
		{"from the URI", "ops:uri-pass-2@", []string{"ops", "uri-pass-2"}, []string{"env-analyst", "env-pass-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fb := startFakeBolt(t)
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			tm := newTestMain(env)
			code, err := tm.runCtx(ctx, "stats", "--store", "bolt://"+tt.userinfo+fb.addr)
			if ctx.Err() != nil {
				t.Fatalf("the command hung until the test's deadline: %v", err)
			}
			if code != exitError {
				t.Errorf("got exit %d, want %d", code, exitError)
			}
			msg := tm.stderr.String()
			for _, want := range []string{fb.addr, "unauthorized", "check $NEO4J_USER and $NEO4J_PASSWORD"} {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr %q lacks %q", msg, want)
				}
			}
			for _, secret := range []string{"env-pass-1", "uri-pass-2"} {
				if strings.Contains(msg, secret) {
					t.Errorf("stderr shows the password %s: %s", secret, msg)
				}
			}
			logins := fb.logins()
			if len(logins) == 0 {
				t.Fatal("the server saw no login")
			}
			for _, s := range tt.sent {
				if !bytes.Contains(logins[0], packString(s)) {
					t.Errorf("login %q does not carry %q", logins[0], s)
				}
			}
			for _, s := range tt.notSent {
				if bytes.Contains(logins[0], []byte(s)) {
					t.Errorf("login %q carries %q, want the URI's account instead", logins[0], s)
				}
			}
		})
	}
}

// A server that accepts the connection and never answers (another service
// on the port, a stalled server) fails the command when the connection
// deadline ends, saying so, instead of holding it for minutes.
func TestNeo4jSilentServer(t *testing.T) {
	addr := serveTCP(t, func(c net.Conn) {
		io.Copy(io.Discard, c) // reads the handshake, never answers
	})
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	tm := newTestMain(map[string]string{envLogLevel: "error"})
	tm.neo4jConnectTimeout = 300 * time.Millisecond
	code, err := tm.runCtx(ctx, "stats", "--store", "bolt://"+addr)
	if ctx.Err() != nil {
		t.Fatalf("the command hung until the test's deadline: %v", err)
	}
	if code != exitError {
		t.Errorf("got exit %d, want %d", code, exitError)
	}
	for _, want := range []string{addr, "no answer within 300ms"} {
		if !strings.Contains(tm.stderr.String(), want) {
			t.Errorf("stderr %q lacks %q", tm.stderr.String(), want)
		}
	}
}
