package bot

import (
	"bufio"
	"net/http"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"articlebot/internal/fakeopenai"
)

// TestFigures measures what the issue asks to report, with the default
// 1 s edit interval and 4 model slots: 20 users ask at once a model that
// streams for about two seconds. It asserts behaviour only (every deferral
// in time, no two edits of a message closer than the interval) and logs the
// numbers:
//
//	go test -run TestFigures -v ./bot/
func TestFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("measures for several seconds")
	}
	t.Parallel()
	oa := fakeopenai.New(t, fakeopenai.WithChunkDelay(20*time.Millisecond))
	oa.Respond(citingWhole)
	h := start(t, withModel(t, oa), Config{})

	ids, tokens := askMany(h, 20, "What did Putin agree to on Tuesday?")
	for _, tok := range tokens {
		h.final(tok)
	}
	lat := deferLatencies(t, h, ids)
	reqs := h.dc.Requests()
	shortest, edits := editGaps(reqs)
	minEdits, maxEdits, sum := 1<<30, 0, 0
	for _, tok := range tokens {
		n := 0
		for path, c := range edits {
			if strings.Contains(path, tok) {
				n += c
			}
		}
		minEdits, maxEdits, sum = min(minEdits, n), max(maxEdits, n), sum+n
	}
	if shortest < time.Second {
		t.Errorf("shortest gap between two edits of a message %v, want at least 1s", shortest)
	}
	if len(lat) != 20 {
		t.Fatalf("%d deferrals, want 20", len(lat))
	}
	t.Logf("dispatch→deferral over 20 concurrent /ask: p50 %v, p99 %v, max %v",
		percentile(lat, 0.50).Round(10*time.Microsecond), percentile(lat, 0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	t.Logf("edits per answer: min %d, mean %.1f, max %d; shortest gap between two edits of one message: %v",
		minEdits, float64(sum)/float64(len(tokens)), maxEdits, shortest.Round(time.Microsecond))
	patches := 0
	for _, r := range reqs {
		if r.Method == http.MethodPatch {
			patches++
		}
	}
	t.Logf("REST requests for 20 answers: %d in all, %d edits", len(reqs), patches)

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss, hwm := procStatus("VmRSS"), procStatus("VmHWM")
	t.Logf("memory of this test process (bot with the article loaded + fake Discord + fake model + test harness): "+
		"VmRSS %s, VmHWM %s; Go heap in use %.1f MB, runtime total %.1f MB",
		rss, hwm, float64(ms.HeapInuse)/1e6, float64(ms.Sys)/1e6)
}

// procStatus reads a field of /proc/self/status, or "n/a".
func procStatus(field string) string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), field+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "n/a"
}
