package answer

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSupportListing lists, for the groups named in SUPPORT_LIST (for
// example SUPPORT_LIST=tuned,heldout), every own-words sentence the
// support measure rejects on its own paragraph and every unsupported
// claim some paragraph accepts, with the checks that failed, the
// coverage, the claim's terms the window lacks and the window itself:
// the per-sentence view TestSupportErrorRates sums up. Run it with
// go test -run TestSupportListing -v ./answer/. Read held-out sentences
// by mechanism only; write no rule or word list from them.
func TestSupportListing(t *testing.T) {
	groups := os.Getenv("SUPPORT_LIST")
	if groups == "" {
		t.Skip("set SUPPORT_LIST to the groups to list, e.g. SUPPORT_LIST=tuned")
	}
	for _, group := range strings.Split(groups, ",") {
		files, _ := filepath.Glob("../testdata/eval/" + group + "/*.questions.jsonl")
		for _, qf := range files {
			listSupport(t, group, qf)
		}
	}
}

func listSupport(t *testing.T, group, qf string) {
	t.Helper()
	stem := strings.TrimSuffix(qf, ".questions.jsonl")
	a, e, g := gateRunOf(t, qf)
	show := func(tag string, para int, text string, c *claimInfo, j judgement) {
		var missed []string
		for i, term := range c.terms {
			if j.missed&(1<<i) != 0 {
				missed = append(missed, term)
			}
		}
		var w []string
		for _, id := range j.window {
			w = append(w, a.Sentences[id].Text)
		}
		t.Logf("%s %s/%s ¶%d %q\n\tcoverage %.2f, failed [%s], lacks %v\n\twindow: %s",
			tag, group, filepath.Base(stem), para, text, j.coverage, j.why, missed, strings.Join(w, " "))
	}
	best := func(c *claimInfo) (int, judgement) {
		bp, bj := 0, judgement{coverage: -1}
		for _, p := range a.Body() {
			if j := e.best(c, p.Sentences); g.accept(c, p.N, j) && j.coverage > bj.coverage {
				bp, bj = p.N, j
			}
		}
		return bp, bj
	}
	for _, line := range jsonLines(t, qf) {
		var q struct {
			Paraphrase []struct {
				Text      string
				Paragraph int
			}
		}
		json.Unmarshal([]byte(line), &q)
		for _, p := range q.Paraphrase {
			c := e.claimInfo(p.Text)
			_, bj := best(c)
			pp, _ := a.Paragraph(p.Paragraph)
			j := e.best(c, pp.Sentences)
			if !g.accept(c, p.Paragraph, j) || bj.coverage > j.coverage+supportMargin {
				show("rejected", p.Paragraph, p.Text, c, j)
				// The window a hard check threw out often holds more of
				// the claim than the one kept: show it too.
				if w := e.widest(c, pp.Sentences); w.coverage > j.coverage && !sameWindow(w.window, j.window) {
					show("  widest", p.Paragraph, p.Text, c, w)
				}
			}
		}
	}
	for _, line := range jsonLines(t, stem+".claims.jsonl") {
		var cl struct{ Text, Kind string }
		json.Unmarshal([]byte(line), &cl)
		if cl.Kind == "quote" {
			continue
		}
		c := e.claimInfo(cl.Text)
		if bp, bj := best(c); bp > 0 {
			show("accepted", bp, cl.Text, c, bj)
		}
	}
}

// jsonLines returns the lines of a JSON-lines file that hold a value (no
// blanks or comments); none for a missing file.
func jsonLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}

// widest is best without the hard checks: the window of a passage with the
// highest coverage.
func (e *Engine) widest(c *claimInfo, ids []int) judgement {
	b := judgement{coverage: -1}
	for _, w := range windows(ids) {
		if j := e.judgeWindow(c, w); j.coverage > b.coverage {
			b = j
		}
	}
	return b
}

func sameWindow(a, b []int) bool { return slices.Equal(a, b) }
