package answer

import "testing"

func TestClassifyWhole(t *testing.T) {
	tests := []struct {
		q    string
		want wholeKind
		n    int // sentences asked for
	}{
		// Summaries, in the ways people ask.
		{"What is this about?", summaryQ, 0},
		{"What's this article about?", summaryQ, 0},
		{"whats the story about", summaryQ, 0},
		{"What is the article about?", summaryQ, 0},
		{"Summarize the article", summaryQ, 0},
		{"Summarise this for me please", summaryQ, 0},
		{"Can you give me a summary?", summaryQ, 0},
		{"Give me a quick overview", summaryQ, 0},
		{"What happened?", summaryQ, 0},
		{"So what's going on?", summaryQ, 0},
		{"What's the gist?", summaryQ, 0},
		{"Sum it up", summaryQ, 0},
		{"Catch me up", summaryQ, 0},
		{"Explain the article", summaryQ, 0},
		{"What does the article say?", summaryQ, 0},
		{"Why does this matter?", summaryQ, 0},
		{"Tell me about this story", summaryQ, 0},
		{"Summarize the Reuters article", summaryQ, 0},
		{"WHAT IS THIS ABOUT", summaryQ, 0},
		{"What's this case about?", summaryQ, 0},
		{"Summarize this ruling", summaryQ, 0},
		{"What is this interview about?", summaryQ, 0},
		{"What happened at this summit?", summaryQ, 0},
		{"Headline of the news report?", headlineQ, 0},
		{"What is the title of the court story?", headlineQ, 0},
		{"Summarize in 3 sentences", summaryQ, 3},
		// Short summaries.
		{"tl;dr", briefQ, 0},
		{"TL;DR?", briefQ, 0},
		{"tldr pls", notWhole, 0}, // "pls" is not a word the classifier knows
		{"Give me the TLDR", briefQ, 0},
		{"tl dr", briefQ, 0},
		{"In one sentence?", briefQ, 1},
		{"Summarize it in one sentence", briefQ, 1},
		{"What's the short version?", briefQ, 0},
		{"In a nutshell?", briefQ, 0},
		// Main points.
		{"What are the main points?", pointsQ, 0},
		{"Key takeaways?", pointsQ, 0},
		{"What are the highlights?", pointsQ, 0},
		{"Give me the key facts", pointsQ, 0},
		{"What do I need to know?", pointsQ, 0},
		{"List the five main points", pointsQ, 5},
		// Headline.
		{"What's the headline?", headlineQ, 0},
		{"What is the title of the article?", headlineQ, 0},
		{"What is this story called?", headlineQ, 0},
		{"Headline?", headlineQ, 0},
		// Who is quoted, mentioned, how many.
		{"Who is quoted in the article?", quotedQ, 0},
		{"Who's quoted?", quotedQ, 0},
		{"Who speaks in this story?", quotedQ, 0},
		{"Who is quoted in the press release?", quotedQ, 0},
		{"What is this press release about?", summaryQ, 0},
		{"Summarise the announcement", summaryQ, 0},
		{"Which experts are quoted?", quotedQ, 0},
		{"Who are the sources?", quotedQ, 0},
		{"List the speakers", quotedQ, 0},
		{"How many people are quoted?", quotedQ, 0},
		{"How many people spoke?", quotedQ, 0},
		{"Who said what?", quotedQ, 0},
		{"Who is mentioned?", mentionedQ, 0},
		{"Who is in this article?", mentionedQ, 0},
		{"Who are the main players?", mentionedQ, 0},
		{"Which organisations are mentioned?", mentionedQ, 0},
		{"Who is involved?", mentionedQ, 0},
		// Sides and timeline.
		{"What are the sides?", sidesQ, 0},
		{"What are the different positions?", sidesQ, 0},
		{"What are both sides saying?", sidesQ, 0},
		{"Who is for and against?", sidesQ, 0},
		{"Timeline?", timelineQ, 0},
		{"Give me a timeline of events", timelineQ, 0},
		{"What is the sequence of events?", timelineQ, 0},
		// Questions with a focus stay ordinary questions.
		{"What did Witkoff say about the talks?", notWhole, 0},
		{"What did Witkoff say?", notWhole, 0},
		{"Who is Witkoff?", notWhole, 0},
		{"Who is the president?", notWhole, 0},
		{"Who won the World Cup?", notWhole, 0},
		{"What happened in Jeddah?", notWhole, 0},
		{"What happened to the hospital in Sumy?", notWhole, 0},
		{"Summarize what Zelenskiy said", notWhole, 0},
		{"Tell me about Putin", notWhole, 0},
		{"Explain the ceasefire", notWhole, 0},
		{"What is Russia's position?", notWhole, 0},
		{"Who is quoted about the ceasefire?", notWhole, 0},
		{"How many people died?", notWhole, 0},
		{"How many drones did Russia launch?", notWhole, 0},
		{"What do experts say?", notWhole, 0},
		{"What did Trump call the ceasefire?", notWhole, 0},
		{"Who said that?", notWhole, 0},
		{"What did they say?", notWhole, 0},
		{"Where will the talks take place?", notWhole, 0},
		{"When is the first public hearing?", notWhole, 0},
		{"What else?", notWhole, 0}, // nothing to go on from
		{"What did Putin say about this deal?", notWhole, 0},
		{"What did the judge say in this case?", notWhole, 0},
		{"", notWhole, 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, ok := classifyWhole(tt.q, previous{})
			if ok != (tt.want != notWhole) || got.kind != tt.want {
				t.Fatalf("classifyWhole(%q) = %v (kind %d), want kind %d", tt.q, ok, got.kind, tt.want)
			}
			if ok && got.sentences != tt.n {
				t.Errorf("sentences: got %d, want %d", got.sentences, tt.n)
			}
		})
	}
}

func TestClassifyWholeFollowUps(t *testing.T) {
	summary := previous{asked: true, whole: wholeQuestion{kind: summaryQ}}
	quoted := previous{asked: true, whole: wholeQuestion{kind: quotedQ}}
	ordinary := previous{asked: true}
	tests := []struct {
		name string
		q    string
		prev previous
		want wholeKind
		n    int
		more bool
	}{
		{"shorter summary", "and in one sentence?", summary, briefQ, 1, false},
		{"two sentences", "in two sentences?", summary, briefQ, 2, false},
		{"shorter", "shorter?", summary, briefQ, 0, false},
		{"what else after a summary", "what else?", summary, summaryQ, 0, true},
		{"anything else", "Anything else?", summary, summaryQ, 0, true},
		{"tell me more", "tell me more", summary, summaryQ, 0, true},
		{"more points", "more points?", summary, summaryQ, 0, true},
		{"who else after who is quoted", "who else?", quoted, quotedQ, 0, true},
		{"who else is quoted", "Who else is quoted?", quoted, quotedQ, 0, true},
		{"shorten a list of speakers", "shorter?", quoted, quotedQ, 0, false},
		{"a new whole question", "what's the headline?", summary, headlineQ, 0, false},
		{"shorten an ordinary answer", "and in one sentence?", ordinary, notWhole, 0, false},
		{"what else after an ordinary answer", "what else?", ordinary, notWhole, 0, false},
		{"a focus after a summary", "what else did Witkoff say?", summary, notWhole, 0, false},
		{"a pronoun after a summary", "what did he say?", summary, notWhole, 0, false},
		{"tl;dr after an ordinary answer", "tl;dr", ordinary, briefQ, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := classifyWhole(tt.q, tt.prev)
			if ok != (tt.want != notWhole) || got.kind != tt.want {
				t.Fatalf("classifyWhole(%q) = %v (kind %d), want kind %d", tt.q, ok, got.kind, tt.want)
			}
			if got.sentences != tt.n || got.more != tt.more {
				t.Errorf("got sentences %d, more %v; want %d, %v", got.sentences, got.more, tt.n, tt.more)
			}
		})
	}
}

func TestCommandQuestionsAreWhole(t *testing.T) {
	tests := []struct {
		q    string
		want wholeKind
	}{
		{BriefQuestion, briefQ},
		{SummaryQuestion, summaryQ},
		{PointsQuestion, pointsQ},
		{SpeakersQuestion, quotedQ},
	}
	for _, tt := range tests {
		if got, ok := classifyWhole(tt.q, previous{}); !ok || got.kind != tt.want {
			t.Errorf("classifyWhole(%q) = kind %d, want %d", tt.q, got.kind, tt.want)
		}
	}
}

// FuzzClassifyWhole checks that any text classifies without panicking,
// the same way twice, and into a kind with a length in bounds.
func FuzzClassifyWhole(f *testing.F) {
	for _, s := range []string{"tl;dr", "What is this about?", "Who is quoted?", "and in one sentence?", "TL ; DR ?!", "what’s the headline", "\x00\xff", "in 99999999999999999999 sentences"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, q string, asked bool) {
		prev := previous{asked: asked, whole: wholeQuestion{kind: summaryQ}}
		w1, ok1 := classifyWhole(q, prev)
		w2, ok2 := classifyWhole(q, prev)
		if ok1 != ok2 || w1 != w2 {
			t.Fatalf("classifyWhole(%q) is not deterministic: %v %v, %v %v", q, w1, ok1, w2, ok2)
		}
		if ok1 && (w1.kind == notWhole || w1.sentences < 0 || w1.sentences > maxWholeSentences) {
			t.Fatalf("classifyWhole(%q) = %+v", q, w1)
		}
	})
}
