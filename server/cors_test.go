package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestAllowOrigins(t *testing.T) {
	store := mustOpenStore(t)
	tests := []struct {
		name       string
		allow      []string
		method     string
		origin     string
		wantStatus int
		wantAllow  string
	}{
		{"same origin only by default", nil, http.MethodPost, "https://dash.example.org", http.StatusOK, ""},
		{"listed origin", []string{"https://dash.example.org"}, http.MethodPost, "https://dash.example.org", http.StatusOK, "https://dash.example.org"},
		{"unlisted origin", []string{"https://dash.example.org"}, http.MethodPost, "https://evil.example.net", http.StatusOK, ""},
		{"any origin", []string{"*"}, http.MethodPost, "https://evil.example.net", http.StatusOK, "https://evil.example.net"},
		{"preflight", []string{"https://dash.example.org"}, http.MethodOptions, "https://dash.example.org", http.StatusNoContent, "https://dash.example.org"},
		{"preflight from elsewhere", []string{"https://dash.example.org"}, http.MethodOptions, "https://evil.example.net", http.StatusBadRequest, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewHandler(store, Options{Logger: discard(), AllowOrigins: tt.allow})
			req := httptest.NewRequest(tt.method, "/graphql", strings.NewReader(`{"query":"{ stats { articles } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Origin", tt.origin)
			if tt.method == http.MethodOptions {
				req.Header.Set("Access-Control-Request-Method", "POST")
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.wantStatus {
				t.Errorf("status: got %d, want %d", rec.Code, tt.wantStatus)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tt.wantAllow {
				t.Errorf("Access-Control-Allow-Origin: got %q, want %q", got, tt.wantAllow)
			}
			if tt.wantStatus == http.StatusNoContent && rec.Header().Get("Access-Control-Allow-Methods") != "GET, POST" {
				t.Errorf("Access-Control-Allow-Methods: got %q, want \"GET, POST\"", rec.Header().Get("Access-Control-Allow-Methods"))
			}
		})
	}
}
