package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serveProc is a running `geokg serve`.
type serveProc struct {
	cmd    *exec.Cmd
	url    string
	stderr *syncBuffer
	done   chan error
}

// syncBuffer collects a process's stderr while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var servingLine = regexp.MustCompile(`msg=serving addr=(\S+) url=(\S+)`)

// startServer starts `geokg serve` on a free port and waits for the log
// line that says which.
func startServer(t *testing.T, args ...string) *serveProc {
	t.Helper()
	return startServerEnv(t, nil, args...)
}

// startServerEnv is startServer with the variables env ("KEY=value") added.
func startServerEnv(t *testing.T, env []string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(geokgBinary(t), append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(cleanEnv(), env...)
	pr, pw := io.Pipe()
	s := &serveProc{cmd: cmd, stderr: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = io.MultiWriter(s.stderr, pw)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.done <- cmd.Wait()
		pw.Close()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-s.done
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[2]
				break
			}
		}
		io.Copy(io.Discard, pr) // keep the pipe drained for the rest of the run
	}()
	select {
	case u := <-found:
		s.url = strings.TrimSuffix(u, "/")
	case err := <-s.done:
		t.Fatalf("serve exited before serving: %v\n%s", err, s.stderr.String())
	case <-time.After(time.Minute):
		t.Fatalf("serve did not say where it listens:\n%s", s.stderr.String())
	}
	return s
}

// query posts a GraphQL query and decodes its data into out, failing on
// any GraphQL error.
func (s *serveProc) query(t *testing.T, q string, vars map[string]any, out any) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(s.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		t.Fatalf("POST /graphql: status %d, %v: %s", resp.StatusCode, err, raw)
	}
	if len(env.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /graphql: status %d, errors %+v", resp.StatusCode, env.Errors)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatalf("decoding %s: %v", env.Data, err)
	}
}

// stop sends SIGTERM and waits for a clean exit.
func (s *serveProc) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v, want exit status 0\n%s", err, s.stderr.String())
		}
	case <-time.After(shutdownTimeout + 5*time.Second):
		t.Fatalf("serve did not stop within %s of SIGTERM", shutdownTimeout+5*time.Second)
	}
	for _, want := range []string{`msg="shutting down"`, "msg=stopped"} {
		if !strings.Contains(s.stderr.String(), want) {
			t.Errorf("serve's log lacks %s:\n%s", want, s.stderr.String())
		}
	}
}
