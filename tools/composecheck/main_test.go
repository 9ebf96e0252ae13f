package main

import (
	"testing"
)

func TestRepositoryComposeFileIsValid(t *testing.T) {
	if err := check(t.Context(), "../../docker-compose.yml"); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
}

func TestBrokenComposeFileFails(t *testing.T) {
	if err := check(t.Context(), "testdata/broken-compose.yml"); err == nil {
		t.Fatal("testdata/broken-compose.yml: got no error, want the misspelt key reported")
	}
}
