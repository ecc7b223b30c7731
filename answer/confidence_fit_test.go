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

// fitRows labels the candidates: every candidate of an unanswerable
// question is a negative; of an answerable one, the gold-paragraph
// candidate the weights w like best is the positive (a gold paragraph
// also holds sentences that do not answer), and the rest are left out,
// being neither answers nor evidence that there is none. This is
// multiple-instance learning by alternation: fit, relabel, fit again.
func fitRows(cases []fitCase, w [nSignals]float64) []fitRow {
	var rows []fitRow
	for i, c := range cases {
		if !c.answerable {
			for _, x := range c.xs {
				rows = append(rows, fitRow{x: x, q: i})
			}
			continue
		}
		best, arg := math.Inf(-1), -1
		for k, x := range c.xs {
			if !c.gold[k] {
				continue
			}
			if s := dot(w, x); s > best {
				best, arg = s, k
			}
		}
		if arg >= 0 {
			rows = append(rows, fitRow{x: c.xs[arg], label: true, q: i})
		}
	}
	return rows
}

func dot(w, x [nSignals]float64) float64 {
	s := 0.0
	for j := range w {
		s += w[j] * x[j]
	}
	return s
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

// fitModel fits the weights on cases: from coverage alone, alternating
// labelling and fitting four times.
func fitModel(cases []fitCase) ([nSignals]float64, []fitRow) {
	var w [nSignals]float64
	w[1], w[2] = 1, 1
	var rows []fitRow
	for range 4 {
		rows = fitRows(cases, w)
		w = fitLogistic(rows, 0.01)
	}
	return w, rows
}

// fitLogistic fits weights by gradient descent on the mean log loss with
// an L2 penalty (the bias is not penalised).
func fitLogistic(rows []fitRow, l2 float64) [nSignals]float64 {
	var w [nSignals]float64
	// Scale each signal to unit range for the descent, then fold it back.
	var scale [nSignals]float64
	for j := range scale {
		scale[j] = 1
		for _, r := range rows {
			scale[j] = math.Max(scale[j], math.Abs(r.x[j]))
		}
	}
	n := float64(len(rows))
	for it := 0; it < 20000; it++ {
		var g [nSignals]float64
		for _, r := range rows {
			s := 0.0
			for j := range w {
				s += w[j] * r.x[j] / scale[j]
			}
			p := 1 / (1 + math.Exp(-s))
			y := 0.0
			if r.label {
				y = 1
			}
			for j := range w {
				g[j] += (p - y) * r.x[j] / scale[j] / n
			}
		}
		for j := range w {
			if j > 0 {
				g[j] += l2 * w[j]
			}
			w[j] -= 0.5 * g[j]
		}
	}
	for j := range w {
		w[j] /= scale[j]
	}
	return w
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
