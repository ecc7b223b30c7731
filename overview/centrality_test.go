package overview

import (
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"articlebot/article"
)

func parse(t testing.TB, text string) *article.Article {
	t.Helper()
	a, err := article.Parse("test", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func shipped(t testing.TB) *article.Article {
	t.Helper()
	data, err := os.ReadFile("../article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return parse(t, string(data))
}

func TestScoresAreADistribution(t *testing.T) {
	a := shipped(t)
	r := Rank(a)
	sum := 0.0
	for _, s := range a.Sentences {
		if r.Score(s.ID) <= 0 {
			t.Errorf("sentence %d: got score %v, want > 0", s.ID, r.Score(s.ID))
		}
		sum += r.Score(s.ID)
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("scores sum to %v, want 1", sum)
	}
}

func TestPick(t *testing.T) {
	const story = `Council approves new bridge over the river

The city council approved a new bridge over the river on Monday, after years of debate about traffic.

Traffic on the old bridge has doubled since 2010, the council said.

The mayor said the new bridge would cut traffic jams across the river by half.

“It is a great day,” she said.

The bridge will cost $20 million and open in 2027, the council said.

A bakery on Main Street sold a record number of pies at the weekend fair.

The mayor said the new bridge would cut traffic jams across the river by half, city records show.`
	a := parse(t, story)
	r := Rank(a)
	text := func(ids []int) []string {
		var out []string
		for _, id := range ids {
			out = append(out, a.Sentences[id].Text)
		}
		return out
	}
	lead, ok := r.Lead()
	if !ok || !strings.HasPrefix(a.Sentences[lead].Text, "The city council approved") {
		t.Fatalf("got lead %d, want the first body sentence", lead)
	}
	got := r.Pick(3, true, nil)
	if len(got) != 3 || got[0] != lead {
		t.Fatalf("Pick(3) = %q, want the lead first and 3 sentences", text(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Errorf("Pick(3) = %v: not in article order", got)
		}
	}
	joined := strings.Join(text(got), " | ")
	for _, bad := range []string{"bakery", "great day"} {
		if strings.Contains(joined, bad) {
			t.Errorf("Pick(3) = %q: took %q (off the main thread, or a bare quotation)", joined, bad)
		}
	}
	if strings.Count(joined, "cut traffic jams") != 1 {
		t.Errorf("Pick(3) = %q: want exactly one of the two near-duplicate sentences", joined)
	}

	// Without the lead and skipping what was shown: the next sentences.
	skip := map[int]bool{}
	for _, id := range got {
		skip[id] = true
	}
	more := r.Pick(2, false, skip)
	for _, id := range more {
		if skip[id] {
			t.Errorf("Pick with skip returned sentence %d again", id)
		}
	}
	if len(more) == 0 {
		t.Error("Pick with skip returned nothing; the article has more to say")
	}
}

func TestPickShortArticle(t *testing.T) {
	r := Rank(parse(t, "Rain fell."))
	if got := r.Pick(4, true, nil); len(got) != 1 {
		t.Errorf("Pick(4) on a one-sentence article = %v, want that sentence", got)
	}
	empty := Rank(&article.Article{})
	if _, ok := empty.Lead(); ok {
		t.Error("an article without sentences has no lead")
	}
	if got := empty.Pick(4, true, nil); len(got) != 0 {
		t.Errorf("Pick on an empty article = %v, want nothing", got)
	}
}

func TestPickAvoidsDanglingPronouns(t *testing.T) {
	a := parse(t, `The minister resigned on Friday over the budget crisis.

Critics said the budget crisis had been building for months.

He said the budget crisis was not his fault and the budget was sound.

The budget crisis began when revenues fell, the budget office said.`)
	r := Rank(a)
	for _, id := range r.Pick(3, true, nil) {
		if strings.HasPrefix(a.Sentences[id].Text, "He said") {
			t.Errorf("Pick(3) took %q without the sentence that says who he is", a.Sentences[id].Text)
		}
	}
}

func TestSimilarText(t *testing.T) {
	a := parse(t, `Harbor City approves flood wall after record storm

Harbor City's council voted on Monday to build a flood wall after a record storm flooded homes.

The wall will be paid for with a state grant.`)
	r := Rank(a)
	lead, _ := r.Lead()
	if !r.SimilarText(a.Paragraphs[0].Text, lead) {
		t.Error("a headline that restates the lead should count as a near-duplicate")
	}
	if r.SimilarText("The wall will be paid for with a state grant.", lead) {
		t.Error("a different fact should not count as a near-duplicate of the lead")
	}
}

func BenchmarkRank(b *testing.B) {
	a := shipped(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Rank(a)
	}
}

func BenchmarkPick(b *testing.B) {
	r := Rank(shipped(b))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Pick(5, true, nil)
	}
}

// TestMostCentral checks the ordering against sort.SliceStable on scores
// with many ties, as a long article's are (all 0 past maxRanked).
func TestMostCentral(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		score := make([]float64, n)
		for i := range score {
			if rng.IntN(3) > 0 {
				score[i] = float64(rng.IntN(5)) / 7
			}
		}
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		sort.SliceStable(want, func(i, j int) bool { return score[want[i]] > score[want[j]] })
		if got := mostCentral(score); !slices.Equal(got, want) {
			t.Fatalf("scores %v: got %v, want %v", score, got, want)
		}
	}
}

// TestPickTakesTheParagraphAfterTheLead: a summary of three sentences or
// more takes the most central sentence of the paragraph after the lead's,
// where news puts the how and how much, even when sentences further down
// repeat the story's words more.
func TestPickTakesTheParagraphAfterTheLead(t *testing.T) {
	a := parse(t, `Engineers found cracks in the Marsh Lane bridge during a routine inspection on Monday, and the bridge was closed to traffic.

Inspectors from the county surveyed all eleven spans over two days. Repairs will cost £2.4 million and take nine months, according to the inspection report.

The bridge closure means traffic on the bridge will divert through Hollin, residents said of the bridge.

Councillors said the bridge had been inspected in 2019, when the bridge passed.

Shops near the bridge said trade had fallen since the bridge closed.

The bridge was built in 1961 and the bridge carries 9,000 vehicles a day.`)
	r := Rank(a)
	for _, n := range []int{3, 5} {
		got := r.Pick(n, true, nil)
		if !slices.ContainsFunc(got, func(id int) bool { return a.Sentences[id].Para == 2 }) {
			var texts []string
			for _, id := range got {
				texts = append(texts, a.Sentences[id].Text)
			}
			t.Errorf("Pick(%d) = %q, want a sentence of the paragraph after the lead", n, texts)
		}
	}
	if got := r.Pick(2, true, nil); slices.ContainsFunc(got, func(id int) bool { return a.Sentences[id].Para == 2 }) {
		t.Errorf("Pick(2) = %v: a two-sentence tl;dr keeps the lead and the most central sentence", got)
	}
}
