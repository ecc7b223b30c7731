package retrieval

import (
	"context"
	"testing"

	"articlebot/article"
)

// The evaluation set: questions that mostly paraphrase the paragraph that
// answers them, with the paragraphs that count as right. It measures the
// hashed embedder, which cannot know that "negotiations" are "talks"; the
// floors below guard against regressions, not for a target.
type evalQuestion struct {
	q    string
	want []int
}

var evalArticle = []evalQuestion{
	{"how long did the phone call between the two presidents last", []int{13}},
	{"which country's territory is Russia occupying", []int{34}},
	{"where will the negotiations take place", []int{4}},
	{"what did the Ukrainian leader post on social media", []int{11}},
	{"how many drones did Russia launch", []int{10}},
	{"what does Russia want in return for peace", []int{8, 35, 36}},
	{"who thinks the truce helps Russia", []int{17}},
	{"how many people have died in the war", []int{20}},
	{"what happened in Gaza", []int{23}},
	{"what did the European Commission president warn", []int{32}},
	{"when did Russia take Crimea", []int{34}},
	{"why did Putin invade Ukraine", []int{35}},
	{"what did the German chancellor say", []int{33}},
	{"what is the Kremlin's condition for a settlement", []int{8}},
	{"did the US president get what he wanted", []int{14}},
	{"Zelensky reaction", []int{10, 11, 22, 30, 31}},
	{"Black Sea naval truce", []int{3, 5}},
	{"Iran", []int{24}},
	{"Duke University expert", []int{27}},
	{"nuclear power station", []int{21}},
	{"what weapons has Ukraine used to hit Russia", []int{16}},
	{"which leader arrived in Finland", []int{22}},
	{"is military aid to Kyiv going to stop", []int{8, 9}},
	{"Zelenskyy", []int{10, 11, 12, 19, 22, 30, 31}},
}

var evalHarbor = []evalQuestion{
	{"how much will the flood barrier cost", []int{2}},
	{"how high was the storm surge", []int{8}},
	{"who opposed the plan", []int{5, 12}},
	{"when is the public hearing", []int{14}},
	{"what did the governor say", []int{7}},
	{"how many jobs depend on the port", []int{13}},
	{"Wisniewski", []int{3, 14}},
	{"how will the wall be financed", []int{4}},
	{"what would the alternative cost", []int{12}},
	{"has the sea risen", []int{8}},
	{"when does construction start", []int{4}},
	{"what do residents think", []int{11}},
}

// rankOf returns the 1-based rank, counting distinct paragraphs, of the first
// right paragraph in docs, or 0.
func rankOf(ix *Index, docs []int32, want []int) int {
	seen := map[int]bool{}
	for _, d := range docs {
		p := ix.chunks[d].Paragraph
		if seen[p] {
			continue
		}
		seen[p] = true
		if containsInt(want, p) {
			return len(seen)
		}
	}
	return 0
}

func TestEval(t *testing.T) {
	tests := []struct {
		path      string
		questions []evalQuestion
		// Floors: right paragraph in the top 5 paragraphs, dense alone and fused.
		denseTop5, fusedTop5 int
	}{
		{"../article.txt", evalArticle, 18, 19},
		{"../testdata/eval/tuned/harbor.txt", evalHarbor, 10, 11},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			a, err := article.Load(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			ix, err := Build(ctx, Chunks(a, 1), Options{Embed: LocalEmbedder(0)})
			if err != nil {
				t.Fatal(err)
			}
			var dense5, fused5 int
			var mrr float64
			for _, q := range tt.questions {
				dh, err := ix.denseSearch(ctx, q.q, ix.Len())
				if err != nil {
					t.Fatal(err)
				}
				docs := make([]int32, len(dh))
				for i, h := range dh {
					docs[i] = h.doc
				}
				dr := rankOf(ix, docs, q.want)
				hits := search(t, ix, Query{Text: q.q, K: ix.Len()})
				docs = docs[:0]
				for _, h := range hits {
					docs = append(docs, ix.byID[h.Chunk.ID])
				}
				fr := rankOf(ix, docs, q.want)
				if dr >= 1 && dr <= 5 {
					dense5++
				}
				if fr >= 1 && fr <= 5 {
					fused5++
				}
				if dr > 0 {
					mrr += 1 / float64(dr)
				}
				t.Logf("dense %2d fused %2d  %s", dr, fr, q.q)
			}
			n := len(tt.questions)
			t.Logf("top 5: dense %d/%d, fused %d/%d; dense MRR %.3f", dense5, n, fused5, n, mrr/float64(n))
			if dense5 < tt.denseTop5 || fused5 < tt.fusedTop5 {
				t.Errorf("got %d dense and %d fused in the top 5, want at least %d and %d",
					dense5, fused5, tt.denseTop5, tt.fusedTop5)
			}
		})
	}
}
