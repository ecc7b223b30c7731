package main

import "articlebot/eval"

// tunedFloors are the floors of the tuned groups: the sets the engine is
// tuned on (see evalFloors).
var tunedFloors = map[string]setFloors{
	// The tuned sets gained 40 topical unanswerables and 30 paraphrases in
	// the second round (eight and six per article but the built-in one),
	// to fit the answerability model; the floors were re-measured on them
	// (2026-11-29, `go run . eval`). Harbor: abstention 0.884, 9 of 12
	// unanswerables abstained (the first round's engine: 0.814, 9 of 12);
	// the built-in article: recall@5 0.981, abstention 0.968, 8 of 8.
	// Third round: harbor gained five topical unanswerables (an unnamed
	// firm, a verb the article lacks, a height it does not give, an unseen
	// speaker, a plan asked as a past event) and three answerables (an
	// age, a height, a measured amount), to fit the answerability model's
	// new signals; it measures abstention 0.804 and 10 of 17 abstained, and
	// on its 43 earlier questions holds 9 of 12 and 2 of 31 wrongly
	// abstained as before.
	// Fourth round (silence: answers bound to the asked event, price, rate
	// and head count): harbor abstention 0.821, 15 of 20 abstained;
	// coldsnap 2 of 3.
	eval.Tuned: {0.95, 0.80, 0.85, 0.82, 0.66, 1, 1, 1, 1, 1},
	// The four tuned articles added in issue 9 (local government,
	// earnings, explainer, British diplomacy) were written to be hard:
	// fifteen topical unanswerables each, paraphrases with few shared
	// words. Re-measured with the second round's questions (recall@5 0.923
	// to 1, recall@1 0.769 to 0.895, MRR 0.832 to 0.925, abstention 0.778
	// to 0.887, unanswerables abstained 9 to 12 of 15; the first round's
	// engine on the same questions: abstention 0.667 to 0.792, 8 to 11 of
	// 15), and the quotation and lookup floors of the other tuned sets.
	// Third round (corvane and millbrook gained the new signals' tuned
	// examples; corvane's "How many people will the company take on …?"
	// ranks its gold second): recall@1 0.750 to 0.895, abstention 0.811
	// to 0.869, unanswerables abstained 10 to 15 of 15 to 20 (0.647 to
	// 0.750). (A first fit of the round, landed at 6b1e64c, had set 0.82
	// and 0.70; the final refit, with more tuned examples and the
	// asked-for noun, trades single questions on these sets.)
	// Fourth round: every set abstains on at least 0.80 of its
	// unanswerables (aquifer and saelen 12 of 15), abstention 0.811 and up.
	tunedIssue9: {0.92, 0.75, 0.83, 0.81, 0.79, 1, 1, 1, 1, 1},
	// The three tuned articles of issue 9's second round (a magazine
	// feature, a press-release tech story, a British tabloid obituary),
	// written before the engine was run on them to test attribution. They
	// hold their measurement after the attribution work (2026-11-29, `go
	// run . eval`: recall@5 0.889 to 1, recall@1 0.778 to 0.889, MRR 0.824
	// to 0.935, abstention 0.810 to 0.952, unanswerables abstained 2 to 3
	// of 3, lookups 0.812 to 0.923) and the citation and quotation floors
	// of the other tuned sets (at first: quotation precision 0.933,
	// speaker accuracy 0.357 and 0.714 on two of them).
	// Third round's answerability model: abstention 0.905 to 1, 3 of 3
	// unanswerables abstained on each.
	tunedAttrib: {0.88, 0.77, 0.82, 0.90, 1, 1, 1, 1, 1, 0.81},
	// The tuned article of the sixth round's people work (cupfinal: names
	// with particles, nicknames, namesakes, bodies, single curly quotes),
	// measured 2026-11-30 with `go run . eval`: recall@5 0.947 (the
	// paraphrase "Where is the final played?" of "Kick-off at Lantern
	// Park"), recall@1 0.789, MRR 0.853, abstention 0.955, 3 of 3
	// unanswerables abstained, quotations 1/1/1, lookups 78 of 78.
	tunedPeople: {0.94, 0.78, 0.85, 0.95, 1, 1, 1, 1, 1, 1},
	// The tuned article of the eighth round's attribution work
	// (typewriter-transcript: an interview printed as a transcript under
	// surname and initials labels), measured 2026-11-30 with `go run .
	// eval`: quotations 1/1/1 and lookups 10 of 10 (its purpose);
	// recall@5 0.889, recall@1 0.611, MRR 0.706, abstention 0.833, 4 of 6
	// unanswerables abstained, which the retrieval and silence work own
	// (the answers' paraphrases of the questions share few words).
	tunedTranscript: {0.88, 0.61, 0.70, 0.83, 0.66, 1, 1, 1, 1, 1},
	// The tuned articles of the ninth round's silence work
	// (release-seedvault: an Indian English press release with a subhead,
	// an embargo line, notes to editors and a media contact;
	// quarry-council: an Australian council report with a byline, a deed
	// in the passive, what a councillor asked), measured 2026-11-30 with
	// `go run . eval` at the round's end: recall@5 1 and 1, recall@1
	// 0.912 and 0.773, MRR 0.951 and 0.867, abstention 0.860 and 0.871,
	// unanswerables abstained 7 and 8 of 9, quotations 1/1/1, lookups all.
	tunedSilence: {0.97, 0.75, 0.85, 0.84, 0.75, 1, 1, 1, 1, 1},
}
