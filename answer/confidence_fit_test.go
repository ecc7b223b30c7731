package answer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// fitQuestion is what the fit reads of an eval question.
type fitQuestion struct {
	Question   string `json:"question"`
	Gold       []int  `json:"gold"`
	Answerable bool   `json:"answerable"`
}

// fitRow is one (question, candidate) pair with its label.
type fitRow struct {
	x     [nSignals]float64
	label bool
	q     int // index of its question in the fit's list
}

// fitCase is one question that reaches the model.
type fitCase struct {
	set, question string
	answerable    bool
	// sentences are the texts of the rows' candidates, in row order, for
	// the report.
	sentences []string
	xs        [][nSignals]float64
	gold      []bool
}

// tunedFitData reads the TUNED eval sets only (never the held-out ones) and
// returns the model's rows for every question the rules leave to it.
func tunedFitData(t *testing.T) []fitCase {
	t.Helper()
	paths, err := filepath.Glob("../testdata/eval/tuned/*.questions.jsonl")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no tuned eval sets: %v", err)
	}
	var cases []fitCase
	ctx := context.Background()
	for _, p := range paths {
		stem := strings.TrimSuffix(filepath.Base(p), ".questions.jsonl")
		a := evalSetArticle(t, p)
		e, err := New(ctx, a, Options{Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range readFitQuestions(t, p) {
			if _, whole := e.wholeOf(q.Question, nil); whole {
				continue
			}
			r, err := e.retrieve(ctx, q.Question, e.sources)
			if err != nil {
				t.Fatal(err)
			}
			cands := e.candidates(r)
			f := e.focusOf(q.Question, r.speakers)
			if _, ok := e.ruled(q.Question, cands, f); ok {
				continue
			}
			want := questionType(q.Question)
			if len(f.terms) == 0 && want == personType {
				want = anyType
			}
			unseen := f.unseen()
			fc := fitCase{set: stem, question: q.Question, answerable: q.Answerable}
			for i, c := range cands {
				if i == maxJudged {
					break
				}
				if !e.aboutEntity(f, c) {
					continue
				}
				gold := slices.Contains(q.Gold, c.sent.Para)
				x := e.signals(q.Question, c, f, want, unseen)
				fc.sentences = append(fc.sentences, c.sent.Text)
				fc.xs = append(fc.xs, x)
				fc.gold = append(fc.gold, gold)
			}
			cases = append(cases, fc)
		}
	}
	return cases
}

func readFitQuestions(t *testing.T, path string) []fitQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fitQuestion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//") {
			continue
		}
		var q fitQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, q)
	}
	return out
}

// TestFitAnswerability fits the answerability model on the tuned eval sets
// and prints its weights and a sweep of thresholds. It runs only when
// ANSWERABILITY_FIT=1, since its output is for a person to read and copy
// into answerWeights.
func TestFitAnswerability(t *testing.T) {
	if os.Getenv("ANSWERABILITY_FIT") != "1" {
		t.Skip("set ANSWERABILITY_FIT=1 to refit the answerability model on the tuned eval sets")
	}
	cases := tunedFitData(t)
	// ANSWERABILITY_DROP=3,5 leaves signals out, to compare models.
	for _, f := range strings.Split(os.Getenv("ANSWERABILITY_DROP"), ",") {
		var j int
		if _, err := fmt.Sscan(f, &j); err != nil || j <= 0 || j >= nSignals {
			continue
		}
		for _, c := range cases {
			for k := range c.xs {
				c.xs[k][j] = 0
			}
		}
	}
	w, rows := fitModel(cases)
	var b strings.Builder
	// Leave one tuned article out: fit on the others, score it. The sum
	// over articles estimates the errors on an article the fit never saw.
	sets := map[string]bool{}
	for _, c := range cases {
		sets[c.set] = true
	}
	cvBest := make([]float64, len(cases))
	for set := range sets {
		var train []fitCase
		for _, c := range cases {
			if c.set != set {
				train = append(train, c)
			}
		}
		wcv, _ := fitModel(train)
		for i, c := range cases {
			if c.set != set {
				continue
			}
			for _, x := range c.xs {
				cvBest[i] = math.Max(cvBest[i], 1/(1+math.Exp(-dot(wcv, x))))
			}
		}
	}
	b.WriteString("leave-one-article-out: threshold, answerable abstained, unanswerable answered, errors\n")
	for th := 0.2; th < 0.56; th += 0.05 {
		var wrong, missed int
		for i, c := range cases {
			if c.answerable && cvBest[i] < th {
				wrong++
			}
			if !c.answerable && cvBest[i] >= th {
				missed++
			}
		}
		fmt.Fprintf(&b, "  cv %.2f  %d  %d  %d\n", th, wrong, missed, wrong+missed)
	}
	fmt.Fprintf(&b, "%d rows from %d questions\nvar answerWeights = [nSignals]float64{", len(rows), len(cases))
	for j, v := range w {
		if j > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.4f", v)
	}
	b.WriteString("}\n")
	for j, v := range w {
		fmt.Fprintf(&b, "  %-20s %+.3f\n", signalNames[j], v)
	}
	best := make([]float64, len(cases))
	arg := make([]int, len(cases))
	for i, c := range cases {
		for k, x := range c.xs {
			s := 0.0
			for j := range w {
				s += w[j] * x[j]
			}
			if p := 1 / (1 + math.Exp(-s)); p > best[i] {
				best[i], arg[i] = p, k
			}
		}
	}
	var ans, un int
	for _, c := range cases {
		if c.answerable {
			ans++
		} else {
			un++
		}
	}
	fmt.Fprintf(&b, "threshold: answerable wrongly abstained / unanswerable abstained (of %d / %d reaching the model)\n", ans, un)
	for th := 0.1; th < 0.71; th += 0.05 {
		var wrong, right int
		for i, c := range cases {
			if c.answerable && best[i] < th {
				wrong++
			}
			if !c.answerable && best[i] < th {
				right++
			}
		}
		fmt.Fprintf(&b, "  %.2f  %d  %d\n", th, wrong, right)
	}
	order := make([]int, len(cases))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return best[order[i]] < best[order[j]] })
	for _, i := range order {
		fmt.Fprintf(&b, "  %.3f %-5v %-9s %s\n", best[i], cases[i].answerable, cases[i].set, cases[i].question)
		if os.Getenv("ANSWERABILITY_FIT_V") == "1" && len(cases[i].xs) > 0 {
			fmt.Fprintf(&b, "        %.2v\n        %s\n", cases[i].xs[arg[i]], cases[i].sentences[arg[i]])
		}
	}
	t.Log(b.String())
}
