package answer

import (
	"reflect"
	"strings"
	"testing"
)

func TestGate(t *testing.T) {
	e := shipped(t)
	sources := sourcesOf(e, 9, 4, 13, 5, 24)
	tests := []struct {
		name       string
		in         string
		want       string
		paragraphs []int // cited paragraphs, by new number
		warnings   int
		abstained  bool
	}{
		{
			name:       "renumbered by first appearance",
			in:         "The talks will occur in Jeddah on Sunday [2]. Trump said the call lasted almost two hours [3].",
			want:       "The talks will occur in Jeddah on Sunday [1]. Trump said the call lasted almost two hours [2].",
			paragraphs: []int{4, 13},
		},
		{
			name:       "marker to a missing source removed",
			in:         "The talks will be in Jeddah [2][9].",
			want:       "The talks will be in Jeddah [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "grouped markers",
			in:         "Witkoff spoke about the talks in Jeddah and a full ceasefire [4, 2].",
			want:       "Witkoff spoke about the talks in Jeddah and a full ceasefire [1, 2].",
			paragraphs: []int{5, 4},
		},
		{
			name:       "citation that does not state the claim moves to the paragraph that does",
			in:         "Iran should never be able to destroy Israel [1].",
			want:       "Iran should never be able to destroy Israel [1].",
			paragraphs: []int{24},
			warnings:   1,
		},
		{
			name:       "fabricated quotation removes its sentence",
			in:         "Trump said “we will end this war by Friday” [3]. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "a quotation in guillemets that restates a source but is not its words removes its sentence",
			in:         "Trump said «the call was great and lasted nearly two hours» [3]. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "fabricated quotation in single curly quotes, an apostrophe inside, removes its sentence",
			in:         "Trump said ‘it’s true the call lasted nearly two hours’ [3]. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "fabricated quotation in German marks removes its sentence",
			in:         "Trump said „the call was great and lasted nearly two hours“ [3]. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "real quotation in guillemets across a sentence break is kept",
			in:         "Trump said «We had a great call. It lasted almost two hours» [3].",
			want:       "Trump said «We had a great call. It lasted almost two hours» [1].",
			paragraphs: []int{13},
		},
		{
			name:       "fabricated quotation with a marker inside its marks removes its sentence",
			in:         "Trump said “we will end [3] this war by Friday”. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:       "fabricated quotation across a sentence break removes both sentences",
			in:         "Trump said \" the talks in Jeddah will end this war! Sunday is the day\" [3]. The talks will occur in Jeddah on Sunday [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   2,
		},
		{
			name:       "neighbouring source moved to the one that states the claim",
			in:         "Trump said the call lasted almost two hours [4].",
			want:       "Trump said the call lasted almost two hours [1].",
			paragraphs: []int{13},
			warnings:   1,
		},
		{
			name:       "invented sentence with a real-looking citation removed",
			in:         "The talks will occur in Jeddah on Sunday [2]. Putin promised to withdraw Russian troops from Kursk by May [2].",
			want:       "The talks will occur in Jeddah on Sunday [1].",
			paragraphs: []int{4},
			warnings:   1,
		},
		{
			name:     "wrong figure is not supported",
			in:       "Trump said the call lasted almost five hours [3].",
			want:     "",
			warnings: 1,
		},
		{
			name:       "clauses with their own citations, one wrong",
			in:         "The talks will occur in Jeddah [2] and Trump said the call lasted almost two hours [1].",
			want:       "The talks will occur in Jeddah [1] and Trump said the call lasted almost two hours [2].",
			paragraphs: []int{4, 13},
			warnings:   1,
		},
		{
			name:       "one fact over two sentences keeps its citation",
			in:         "Steve Witkoff is Trump's envoy. He said the talks will occur in Jeddah, Saudi Arabia on Sunday [2].",
			want:       "Steve Witkoff is Trump's envoy. He said the talks will occur in Jeddah, Saudi Arabia on Sunday [1].",
			paragraphs: []int{4},
		},
		{
			name:       "citation styles",
			in:         "The talks will occur in Jeddah (2). Trump said the call lasted almost two hours [Source 3]. Witkoff spoke to Fox News 【4】.",
			want:       "The talks will occur in Jeddah [1]. Trump said the call lasted almost two hours [2]. Witkoff spoke to Fox News [3].",
			paragraphs: []int{4, 13, 5},
		},
		{
			name:       "uncited claim gets the citation of the paragraph that states it",
			in:         "The talks will occur in Jeddah [2]. Trump said the call lasted almost two hours.",
			want:       "The talks will occur in Jeddah [1]. Trump said the call lasted almost two hours [2].",
			paragraphs: []int{4, 13},
			warnings:   1,
		},
		{
			name:       "verbatim quotation kept, with folded quotes and case",
			in:         `Trump said "we had a great call. It lasted almost two hours." [3]`,
			want:       `Trump said "we had a great call. It lasted almost two hours." [1]`,
			paragraphs: []int{13},
		},
		{
			name:       "quotation with an ellipsis",
			in:         "Witkoff said “Up until recently … we got to that place” [4].",
			want:       "Witkoff said “Up until recently … we got to that place” [1].",
			paragraphs: []int{5},
		},
		{
			name:       "real quotation given to the wrong speaker is flagged",
			in:         "Zelenskiy said “We had a great call” [3].",
			want:       "Zelenskiy said “We had a great call” (these are Donald Trump’s words) [1].",
			paragraphs: []int{13},
			warnings:   1,
		},
		{
			name:      "abstention",
			in:        "The article doesn't say.",
			want:      "The article doesn't say.",
			abstained: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.gate(tt.in, sources)
			if got.text != tt.want {
				t.Errorf("text:\ngot  %q\nwant %q", got.text, tt.want)
			}
			var paras []int
			for i, c := range got.citations {
				if c.N != i+1 {
					t.Errorf("citation %d numbered %d", i+1, c.N)
				}
				if !strings.Contains(e.art.Paragraphs[c.Paragraph-1].Text, c.Text) {
					t.Errorf("citation %d text %q is not in paragraph %d", c.N, c.Text, c.Paragraph)
				}
				paras = append(paras, c.Paragraph)
			}
			if !reflect.DeepEqual(paras, tt.paragraphs) {
				t.Errorf("cited paragraphs: got %v, want %v", paras, tt.paragraphs)
			}
			if len(got.warnings) != tt.warnings {
				t.Errorf("warnings: got %q, want %d", got.warnings, tt.warnings)
			}
			if got.abstained != tt.abstained {
				t.Errorf("abstained: got %v, want %v", got.abstained, tt.abstained)
			}
		})
	}
}

func TestCitationTextIsTheSupportingSentence(t *testing.T) {
	e := shipped(t)
	got := e.gate("She called the limited ceasefire a very small step forward [1].", sourcesOf(e, 15))
	if len(got.citations) != 1 {
		t.Fatalf("got %d citations, want 1", len(got.citations))
	}
	if want := "She called the limited ceasefire “a very small step forward.”"; got.citations[0].Text != want {
		t.Errorf("got %q, want %q", got.citations[0].Text, want)
	}
}
