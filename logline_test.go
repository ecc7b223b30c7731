package main

import (
	"bytes"
	"errors"
	"log/slog"
	"testing"
)

func TestTerminalLogIsOneLineOnce(t *testing.T) {
	var out bytes.Buffer
	log := newLogger(&out, config{})
	log.Warn("below the terminal's level")
	for range 3 {
		log.Error("model failed", "err", errors.New("llm: stream: endpoint unavailable\ndial tcp: refused"), "status", 503)
	}
	want := "articlebot: error: model failed (err: llm: stream: endpoint unavailable dial tcp: refused)\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	out.Reset()
	newLogger(&out, config{LogLevel: slog.LevelWarn, LogLevelSet: true}).Warn("full record")
	if !bytes.Contains(out.Bytes(), []byte("time=")) || !bytes.Contains(out.Bytes(), []byte("level=WARN")) {
		t.Errorf("with LOG_LEVEL set: got %q, want a full record", out.String())
	}
}
