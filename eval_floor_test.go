package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"articlebot/eval"
)

// evalFloors are the lowest offline scores each group of eval sets may
// reach. The held-out floors are set from the first measurement of articles
// written before the engine was run on them; they guard against regressions
// there, and rise only with a general improvement.
var evalFloors = map[string]struct {
	recall5, recall1, mrr, abstention, unansweredAbstained float64
	citation, quotePrecision, quoteRecall, speakers        float64
	lookups                                                float64 // speaker lookups (STEM.people.jsonl) that find the right person
}{
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
	// Held-out floors: just under the measurement of each score over the
	// five held-out articles (first set 2026-11-29 in issue 9; raised with
	// the answerability model of the second round: recall@5 0.897 to 1,
	// recall@1 0.724 to 0.903, MRR 0.805 to 0.931, abstention 0.829 to
	// 0.886 (was 0.771 to 0.838), unanswerables abstained 3 to 5 of 6,
	// quotation precision and recall 1, speaker accuracy 0.857 to 1,
	// lookups 0.500 to 0.841). Speaker accuracy and lookups raised with
	// the second round's roles, relations and attribution mechanisms
	// (speaker accuracy 1 on all five, lookups 0.864 to 1).
	// Abstention raised with the third round's answerability signals
	// (answer types, counts and measures beside their noun, verb and
	// asked-for noun, tense, unidentified heads): abstention 0.886 to
	// 0.971 (was 0.829 to 0.886), unanswerables abstained 4 to 6 of 6. (A
	// first fit of the round, landed at 6b1e64c, had set 0.91; the final
	// refit on the tuned sets abstains on one unanswerable fewer and on
	// one answerable fewer over the five articles (25 of 30, 9 of 149),
	// and moves single questions on six-question sets.)
	// Lookups raised in the fourth round: a name a person's role names as
	// where they belong is an organisation ("Port Calder coach …"), 0.932
	// to 1.
	// Fourth round (silence): abstention 0.892 and up on every set, at
	// least 5 of 6 unanswerables abstained (28 of 30 in all).
	// Sixth round (silence: pronoun-led sentences, aspectual verbs, places
	// by bearing; made-up tests): abstention 0.914 and up on every set,
	// answerables wrongly abstained 10 → 8 of 149, still 28 of 30 abstained.
	eval.HeldOut: {0.89, 0.72, 0.80, 0.91, 0.83, 1, 0.99, 0.99, 0.99, 0.93},
	// The unseen group (testdata/eval/unseen): four articles written blind
	// in the second round and measured once, at its end (2026-11-29, `go
	// run . eval`: recall@5 0.935 to 1, recall@1 0.839 to 0.909, MRR 0.887
	// to 0.939, abstention 0.850 to 0.900, unanswerables abstained 4 to 6 of
	// 8, quotation precision 0.917 to 1, recall 1, speaker accuracy 0.700
	// to 0.909, lookups 0.731 to 0.967). The floors are the lowest set's
	// figure: they guard against regressions, they are not targets. Once
	// anyone tunes on these articles they are no longer unseen. In the
	// third round the attribution misses were read by mechanism only (which
	// rule chose the wrong speaker) and each mechanism was fixed with made-up
	// tests (quotes/transfer_test.go); quotation floors and lookups raised to
	// the result (precision, recall and speaker accuracy 1 on all four,
	// lookups 0.977 to 1). The third round's answerability signals (misses
	// looked at by mechanism only, never by sentence) raised abstention to
	// 0.900 to 0.950 and unanswerables abstained to 5 to 7 of 7 or 8.
	// Fourth round (silence): abstention 0.925 and up on every set.
	eval.Unseen: {0.93, 0.83, 0.88, 0.92, 0.62, 1, 1, 1, 0.99, 0.97},
	// The blind group (testdata/eval/blind): four articles written blind at
	// the start of the third round, kept outside the repository while it
	// was tuned, and measured at its end (2026-11-29, `go run . eval`:
	// recall@5 0.889 to 0.973, recall@1 0.778 to 0.946, MRR 0.830 to
	// 0.959, abstention 0.814 to 0.913, unanswerables abstained 5 to 8 of 8
	// or 9, quotation precision 0.900 to 1 (a one-word title and a scare
	// quote after "what it calls" are returned as quotations), recall 1,
	// speaker accuracy 0.700 to 1, lookups 0.722 to 1). The floors are the
	// lowest set's figure, to guard against regressions; they are not
	// targets. Once anyone tunes on these articles they are no longer blind.
	// In the fourth round they were looked at by mechanism, once a new blind
	// set was written (notes/BLIND2_READY); each mechanism was fixed with
	// made-up tests (quotes/transfer4_test.go) and the quotation floors and
	// lookups raised to the result: precision, recall and speaker accuracy
	// 1 on all four, lookups 1. Fifth round (silence: the question's verb
	// by part of speech, clock times, distances, names asked for, causes
	// in the next sentence; each with made-up tests): abstention 0.814 to
	// 0.860 at the lowest set, unanswerables abstained 5/9 to 5/8 — floors
	// raised to 0.85 and 0.62. Sixth round (silence: "Who will be the N?",
	// places by bearing or behind lower-case words, a phrasal purpose of a
	// price): abstention 0.884 at the lowest set, unanswerables abstained
	// 30 of 35 (lowest 6 of 9) — floors raised to 0.88 and 0.66.
	eval.Blind: {0.88, 0.77, 0.82, 0.88, 0.66, 1, 1, 1, 0.99, 0.99},
	// The blind2 group (testdata/eval/blind2): four articles written blind
	// at the start of the fourth round (23:34-23:40 UTC), kept outside the
	// repository while it was tuned, and measured at its start and end by
	// the lead only (2026-11-30, end: recall@5 0.946 to 0.973, recall@1
	// 0.757 to 0.838, MRR 0.834 to 0.887, abstention 0.848 to 0.913,
	// unanswerables abstained 6 to 8 of 9, citation validity 1 (0.982 until
	// the eval stopped reading the point of "$38.40" as a sentence end),
	// quotation precision and recall 1, speaker accuracy 0.556 to 1 (a
	// family statement read out by an officer, memo quotations, an unnamed
	// engineer and a second engineer, two people of one first name),
	// lookups 0.861 to 0.946). The floors are the lowest set's figure, to
	// guard against regressions; they are not targets. Once anyone tunes on
	// these articles they are no longer blind. Fifth round, after
	// notes/BLIND3_READY (read by mechanism only, no rule or test from its
	// sentences): abstention 0.848 to 0.891 at the lowest set — floor
	// raised to 0.89. attrib read its speaker misses by mechanism and fixed
	// each with made-up tests (quotes/transfer5_test.go); speaker accuracy
	// went from 0.731 (of 52) to 1 on all four sets, and its floor was
	// raised to the result. Seventh round (silence: a count the question
	// gives is no answer to "How many of the N …?", compounds count their
	// last noun; each with made-up tests): abstention 0.891 to 0.913 and
	// unanswerables abstained 6/9 to 7/9 at the lowest set — floors raised
	// to 0.91 and 0.77.
	eval.Blind2: {0.94, 0.75, 0.83, 0.91, 0.77, 1, 0.99, 0.99, 0.99, 0.86},
	// The blind3 group (testdata/eval/blind3): four articles written blind
	// at the start of the fifth round (02:07-02:13 UTC), kept outside the
	// repository while it was tuned, and measured at its start and end by
	// the lead only (2026-11-30, end per set: recall@5 0.917 to 0.973,
	// recall@1 0.611 to 0.838, MRR 0.725 to 0.894, abstention 0.822 to
	// 0.913, unanswerables abstained 7 to 8 of 9, citation validity 1,
	// quotation precision 0.938 to 1 and recall 1, speaker accuracy 0.2 to
	// 1 (0.2 on the tabloid transfer story: single curly quotation marks,
	// two Duffields), lookups 0.5 to 0.978 (0.5 on the translated story:
	// names with al-, van der, de la, el-Din)). The floors are the lowest
	// set's figure, to guard against regressions; they are not targets.
	// Sixth round, after notes/BLIND4_READY (read by mechanism only; each
	// mechanism fixed with made-up tests in quotes/transfer6_test.go and
	// the article quotes/testdata/racing-yard): quotation precision 0.938 to 1 on all
	// four (a scare quote after an article, a report title holding an
	// initial), speaker accuracy 0.2 to 0.667 at the lowest set (0.643 on
	// the translated story, whose misses are names with al-) — floors
	// raised to 0.99 and 0.64. Seventh round (people, by mechanism: names
	// with al-/el-, Dean as a first name, kin both ways, a seniority mark
	// among the namesakes a pronoun fits): speaker accuracy 0.867 to 1,
	// lookups 0.769 to 0.978 — floors raised to 0.86 and 0.76.
	eval.Blind3: {0.91, 0.61, 0.72, 0.82, 0.77, 1, 0.99, 1, 0.86, 0.76},
	// The blind4 group (testdata/eval/blind4): four articles written blind
	// at the start of the sixth round (04:54-04:59 UTC), kept outside the
	// repository while it was tuned, and measured at its start and end by
	// the lead only (2026-11-30; start and end gave the same figures, per
	// set: recall@5 0.919 to 0.973, recall@1 0.784 to 0.892, MRR 0.856 to
	// 0.937, abstention 0.783 to 0.87, unanswerables abstained 4 to 7 of 9,
	// citation validity 1, quotation precision 0.905 to 1 and recall 1,
	// speaker accuracy 0.588 (the rate decision's press-conference answers
	// without headings go to nobody) to 0.842, lookups 0.762 to 0.951). The
	// floors are the lowest set's figure, to guard against regressions; they
	// are not targets.
	eval.Blind4: {0.91, 0.78, 0.85, 0.78, 0.44, 1, 0.9, 1, 0.58, 0.76},
	// The blind5 group (testdata/eval/blind5): four articles written blind
	// at the start of the seventh round (07:46-07:51 UTC, 2026-11-30), kept
	// outside the repository while it was tuned, and measured at its start
	// and end by the lead only (end figures, per set: recall@5 0.892 (the
	// translated interview) to 1, recall@1 0.757 to 0.838, MRR 0.815 to
	// 0.905, abstention 0.826 to 0.891, unanswerables abstained 4 to 8 of 9
	// (3 to 6 at the start), citation validity 1, quotation precision 0.714
	// to 1 and recall 0.385 (the interview's transcript answers, labelled
	// with the speaker's name and no quotation marks, are not found) to 1,
	// speaker accuracy 0.688 to 1, lookups 0.732 to 0.829). The floors are
	// the lowest set's end figure, to guard against regressions; they are
	// not targets. Eighth round (silence: refusing "What did X say?" needs
	// positive evidence that X never speaks, speaks.go): abstention 0.891
	// to 0.913, unanswerables abstained 5 to 8 of 9. Then (silence: an
	// amount keeps its qualifiers, relatives, interview answers): recall@5
	// 0.919 to 1, abstention 0.891 to 0.935, unanswerables abstained 7 to
	// 8 of 9. Eighth round (attrib, after notes/BLIND6_READY, by mechanism
	// only, each fixed with made-up tests in quotes/transcript_test.go and
	// quotes/transfer8_test.go and the tuned article typewriter-transcript):
	// interviews printed as transcripts, relatives named by relation,
	// unnamed sources set off by a participle or picked as "one of them",
	// ages in brackets, a text written by another than its reader —
	// quotation precision, recall and speaker accuracy 1 on all four sets;
	// floors raised to 0.99, 1 and 1. With both and silence's sums and
	// units: abstention 0.913 to 0.978, unanswerables abstained 8 to 9 of 9.
	// At the round's end (people's roles, relatives and unnamed sources by
	// structure) the lowest set's lookups were 0.882 and its MRR 0.833; the
	// floors follow.
	eval.Blind5: {0.91, 0.75, 0.83, 0.91, 0.88, 1, 0.99, 1, 1, 0.88},
	// The blind6 group (testdata/eval/blind6): four articles written blind
	// at the start of the eighth round (10:14-10:19 UTC, 2026-11-30), kept
	// outside the repository while it was tuned, and measured at its start
	// and end by the lead only (end figures, per set: recall@5 0.865 (the
	// press release, whose facts recur in its summary and its body) to
	// 0.973, recall@1 0.649 to 0.838, MRR 0.725 to 0.905, abstention 0.783
	// to 0.913, unanswerables abstained 5 to 8 of 9, citation validity 1,
	// quotation precision and recall 0.9 to 1, speaker accuracy 0.667 (the
	// press release) to 0.889, lookups 0.574 (post-nominals of six letters
	// kept in the name) to 0.918). The floors are the lowest set's end
	// figure, to guard against regressions; they are not targets. Ninth
	// round (attrib, after notes/BLIND7_READY, by mechanism only, each
	// fixed with made-up tests in quotes/transfer9_test.go): single
	// quotations after a colon running on, the main person of an obituary
	// over a name in passing, short restrictive relative clauses kept in a
	// source's name, "in the words of", a live blog's time stamps,
	// a speech verb's infinitive, reminding, a title set off after a work, a
	// name set off past a relative clause, an apostrophe as written —
	// quotation precision and recall 1 on all four, speaker accuracy 0.944
	// at the lowest set (a role in the lead whose person is named only later);
	// floors raised to 0.99, 0.99 and 0.94. Ninth round (silence, by
	// mechanism after BLIND7_READY): abstention 0.848 (the committee
	// hearing) to 0.935, unanswerables abstained 7 to 9 of 9 (what someone
	// asked, a passive without its doer, a stranded "of", a place the
	// article never names, how long is not how much); the two abstention
	// floors raised to those figures.
	eval.Blind6: {0.86, 0.64, 0.72, 0.84, 0.77, 1, 0.99, 0.99, 0.94, 0.57},
	// The blind7 group (testdata/eval/blind7): four articles written blind
	// at the start of the ninth round (13:17-13:22 UTC, 2026-11-30), kept
	// outside the repository while it was tuned, and measured at its start
	// and end by the lead only (end figures, per set: recall@5 0.811 (the
	// match report) to 1, recall@1 0.568 to 0.892, MRR 0.689 to 0.928,
	// abstention 0.761 to 0.826, unanswerables abstained 6 to 7 of 9,
	// citation validity 1, quotation precision 0.818 (the review, whose
	// lines of the play are taken as speech) to 1, recall 1, speaker
	// accuracy 0.778 to 1, lookups 0.686 to 0.911). The floors are the
	// lowest set's end figure, to guard against regressions; they are not
	// targets. Tenth round (looked at by mechanism; tests in our own words):
	// lines of a sign, chant, song or book are nobody's quotation, a pull
	// quote goes to the name signing the next paragraph, honorifics and
	// short forms of fuller names, roles before inverted verbs; abstention
	// 0.783 (the review) to 0.848, quotation precision 0.9 to 1, speaker
	// accuracy 0.889 to 1, lookups 0.725 to 0.956; the floors follow.
	eval.Blind7: {0.81, 0.56, 0.68, 0.78, 0.66, 1, 0.9, 1, 0.88, 0.72},
	// The blind8 group (testdata/eval/blind8): four articles written blind
	// in the ninth round (13:54-14:03 UTC) by a writer given no style hints,
	// measured like blind7 (end figures, per set: recall@5 0.892 to 0.973,
	// recall@1 0.676 to 0.811, MRR 0.777 to 0.883, abstention 0.783 to
	// 0.913, unanswerables abstained 3 (the morning briefing, five stories
	// in one) to 8 of 9, citation validity 0.930 (the science story, whose
	// own reference markers [1]-[4] were copied into answers, where they
	// read as the answer's citations; fixed after this measurement, see
	// article.WithoutReferenceMarkers, and the floor follows: 1), quotation
	// precision 0.917 to 1, recall 1, speaker accuracy 0.429 (the Singapore
	// story: "Madam" kept in a name, names written surname first) to 1, lookups
	// 0.475 to 0.785). Tenth round (looked at by mechanism): honorifics of
	// other Englishes are titles, names written family first and their
	// short forms stay one person, a courtesy title's sex picks among
	// namesakes, one-letter currency signs are money; abstention 0.870 (the
	// briefing) to 0.935, unanswerables abstained 5 to 8 of 9, quotation
	// precision 1, speaker accuracy 0.929 to 1, lookups 0.773 to 0.898.
	eval.Blind8: {0.89, 0.67, 0.77, 0.86, 0.55, 1, 1, 1, 0.92, 0.77},
	// The blind9 group (testdata/eval/blind9): four articles written blind
	// at the start of the tenth round (16:27-16:33 UTC, 2026-11-30) by a
	// writer given no style hints (only styles to avoid), kept outside the
	// repository while it was tuned, and measured at its start and end by
	// the lead only (end figures, per set: recall@5 0.919 (the market
	// story) to 1, recall@1 0.730 to 0.838, MRR 0.822 to 0.906, abstention
	// 0.804 to 0.848, unanswerables abstained 4 (the market story) to 7 of
	// 9, citation validity 1, quotation precision 0.929 (a diocese's term in
	// quotation marks) to 1, recall 1, speaker accuracy 0.538 (the church
	// weekly: clergy styles kept in names) to 0.923, lookups 0.512 (the
	// market story: Alhaja, Comrade, SP kept in names) to 0.831). The
	// floors are the lowest set's end figure, to guard against
	// regressions; they are not targets. Eleventh round (looked at by
	// mechanism): titles, offices and bylines leave names by rule, a
	// partial quotation in the standfirst goes to the speaker who says it
	// in full, "the library" is about the body named "X Library";
	// abstention 0.826 (the market story) to 0.913, unanswerables
	// abstained 5 to 7 of 9, quotation precision 1, speaker accuracy 0.818
	// to 1, lookups 0.865 (the church weekly) to 0.952.
	eval.Blind9: {0.91, 0.72, 0.82, 0.82, 0.55, 1, 1, 1, 0.81, 0.86},
	// The blind10 group (testdata/eval/blind10): four articles written
	// blind at the start of the eleventh round (19:29-19:35 UTC,
	// 2026-11-30) by a writer given no style hints (only styles to
	// avoid), kept outside the repository while it was tuned, and
	// measured at its start and end by the lead only (end figures, per
	// set: recall@5 0.892 (the consumer column) to 1, recall@1 0.622 to
	// 0.811, MRR 0.739 to 0.880, abstention 0.696 (the consumer column) to
	// 0.913, unanswerables abstained 6 to 8 of 9, citation validity 1,
	// quotation precision 0.786 (the weekly analysis: a study's and a
	// bill's names in quotation marks) to 1, recall 1, speaker accuracy
	// 0.667 (the consumer column) to 0.818, lookups 0.692 (the Japanese
	// daily: three people of one family name) to 0.818). The floors are
	// the lowest set's end figure, to guard against regressions; they are
	// not targets. Twelfth and thirteenth rounds (looked at by mechanism):
	// recall@1 0.649 to 0.811, MRR 0.757 to 0.880, abstention 0.870 to
	// 0.957, unanswerables abstained 8 to 9 of 9, quotation precision 1,
	// speaker accuracy 0.929 (the festival story) to 1, lookups 0.862 to
	// 0.977; the floors follow.
	eval.Blind10: {0.89, 0.64, 0.75, 0.86, 0.88, 1, 1, 1, 0.92, 0.86},
	// blind11: four articles written blind at the start of the twelfth
	// round (a children's news site, a wine trade magazine, a Pacific
	// public broadcaster, US music-industry news), kept off main and
	// measured by the lead only, at the start of the twelfth round and at
	// the end of the thirteenth (end figures, per set: recall@5 0.892 to
	// 1, recall@1 0.676 to 0.784, MRR 0.758 to 0.875, abstention 0.739
	// (the music-industry story) to 0.891, unanswerables abstained 4 to 8
	// of 9, citation validity 1, quotation precision and recall 1,
	// speaker accuracy 0.583 (the children's story) to 0.846, lookups
	// 0.667 to 0.780). The floors are the lowest set's end figure; they
	// are not targets. Fourteenth round (looked at by mechanism, and
	// speakers scored by eval.SameSpeaker): abstention 0.739 to 0.783 and
	// unanswerables abstained 4 to 6 of 9 (the music-industry story),
	// speaker accuracy 1 on every set, lookups 0.667 to 0.763; the floors
	// follow.
	eval.Blind11: {0.89, 0.67, 0.75, 0.78, 0.66, 1, 1, 1, 1, 0.76},
	// blind12: four articles written blind at the start of the fourteenth
	// round (an Icelandic broadcaster's English web story, a Mexican
	// English-language state-politics story, a chess website's round
	// report, a South African online daily's feature), kept off main and
	// measured by the lead only, at the start and the end of the round
	// (end figures, per set: recall@5 0.892 (the chess report) to 0.946,
	// recall@1 0.486 (the chess report) to 0.838, MRR 0.653 to 0.865,
	// abstention 0.848 to 0.913, unanswerables abstained 7 to 8 of 9,
	// citation validity 1, quotation precision 0.933 (the Icelandic
	// story: a nickname in quotation marks) to 1, recall 1, speaker
	// accuracy 0.750 (the chess report: a title left on two names, twin
	// sisters) to 1, lookups 0.750 to 0.865). The floors are the lowest
	// set's end figure; they are not targets.
	eval.Blind12: {0.89, 0.48, 0.65, 0.84, 0.77, 1, 0.93, 1, 0.75, 0.75},
}

// tunedIssue9 is the floor group of the tuned sets named in issue9Sets.
const tunedIssue9 = "tuned (issue 9)"

// issue9Sets are the file stems of the tuned articles added in issue 9.
var issue9Sets = map[string]bool{"aquifer": true, "corvane": true, "millbrook": true, "saelen": true}

// tunedAttrib is the floor group of the tuned sets named in attribSets.
const tunedAttrib = "tuned (attribution)"

// attribSets are the file stems of the tuned articles added for attribution
// in issue 9's second round.
var attribSets = map[string]bool{"feature-glassworks": true, "obit-aldous": true, "release-lumenar": true}

// tunedPeople is the floor group of the tuned sets named in peopleSets.
const tunedPeople = "tuned (people)"

// peopleSets are the file stems of the tuned articles added for finding
// people in issue 9's sixth round.
var peopleSets = map[string]bool{"cupfinal": true}

// tunedTranscript is the floor group of the tuned sets named in
// transcriptSets.
const tunedTranscript = "tuned (transcript)"

// transcriptSets are the file stems of the tuned articles added for
// interviews printed as transcripts in issue 9's eighth round.
var transcriptSets = map[string]bool{"typewriter-transcript": true}

// tunedSilence is the floor group of the tuned sets named in silenceSets.
const tunedSilence = "tuned (silence)"

// silenceSets are the file stems of the tuned articles added for honest
// silence in issue 9's ninth round.
var silenceSets = map[string]bool{"release-seedvault": true, "quarry-council": true}

// floorGroup returns the floor group of a set: its group, tunedIssue9,
// tunedAttrib, tunedPeople, tunedTranscript or tunedSilence.
func floorGroup(s eval.Set) string {
	stem, _, ok := strings.Cut(s.Name, ".txt")
	switch {
	case ok && s.Group == eval.Tuned && peopleSets[stem]:
		return tunedPeople
	case ok && s.Group == eval.Tuned && issue9Sets[stem]:
		return tunedIssue9
	case ok && s.Group == eval.Tuned && attribSets[stem]:
		return tunedAttrib
	case ok && s.Group == eval.Tuned && transcriptSets[stem]:
		return tunedTranscript
	case ok && s.Group == eval.Tuned && silenceSets[stem]:
		return tunedSilence
	}
	return s.Group
}

// TestEvalFloors holds the engine's offline scores on the project's own
// eval sets above fixed floors. Raise a floor when a general improvement
// lifts the scores; never lower one to land a change.
func TestEvalFloors(t *testing.T) {
	sets, err := loadEvalSets(context.Background(), "", nil, "", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) < 2 {
		t.Fatalf("got %d eval sets, want at least 2", len(sets))
	}
	cfg, err := loadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		t.Run(s.Group+"/"+s.Name, func(t *testing.T) {
			fl, hasFloors := evalFloors[floorGroup(s)]
			r, err := scoreSet(context.Background(), s, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
			if err != nil {
				t.Fatal(err)
			}
			q := r.Questions
			if len(s.Questions) < 20 {
				t.Errorf("only %d questions: the set is too small to mean much", len(s.Questions))
			}
			floors := []struct {
				name      string
				got, want float64
			}{
				{"recall@5", q.RecallAt5, fl.recall5},
				{"recall@1", q.RecallAt1, fl.recall1},
				{"MRR", q.MRR, fl.mrr},
				{"abstention accuracy", q.AbstentionAccuracy, fl.abstention},
				{"unanswerable abstained", float64(q.UnanswerableAbstained) / float64(max(q.Unanswerable, 1)), fl.unansweredAbstained},
				{"citation validity", q.CitationValidity, fl.citation},
			}
			if r.Quotes == nil {
				t.Errorf("no quotation gold: every eval set needs a STEM.quotes.jsonl")
			} else {
				floors = append(floors, []struct {
					name      string
					got, want float64
				}{
					{"quotation precision", r.Quotes.Precision, fl.quotePrecision},
					{"quotation recall", r.Quotes.Recall, fl.quoteRecall},
					{"speaker accuracy", r.Quotes.SpeakerAccuracy, fl.speakers},
				}...)
			}
			if r.People != nil && r.People.Lookups > 0 {
				floors = append(floors, struct {
					name      string
					got, want float64
				}{"speaker lookups", r.People.Rate, fl.lookups})
			}
			if !hasFloors {
				t.Logf("group %q has no floors yet: only the set's structure is checked", floorGroup(s))
				floors = nil
			}
			for _, f := range floors {
				if f.got < f.want {
					t.Errorf("%s: got %.3f, want at least %.3f", f.name, f.got, f.want)
				}
			}
			checkWholeFloors(t, s, r)
			if t.Failed() {
				for _, m := range q.Misses {
					t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
				}
				for _, m := range quoteMisses(r) {
					t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
				}
				if r.People != nil {
					for _, m := range r.People.Misses {
						t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
					}
				}
			}
		})
	}
}

func quoteMisses(r eval.Report) []eval.Miss {
	if r.Quotes == nil {
		return nil
	}
	return r.Quotes.Misses
}

// wholeFloors are the lowest scores of questions about the whole article
// per set. The issue's targets hold on every set: such questions never
// abstain, summaries cite the lead and a later paragraph, the headline is
// cited; "who is quoted" names at least 80 % of the quoted people with the
// right roles on the tuned sets. The held-out floors for names and roles
// are their lowest per-set measurement (2026-11-29: every set names at
// least 0.667 of the quoted people, and gives at least 0.667 of them the
// right role), to guard against regressions.
var wholeFloors = map[string]struct {
	answered, lead, later, names, roles, headline float64
}{
	eval.Tuned:   {1, 1, 1, 0.8, 0.8, 1},
	eval.HeldOut: {1, 1, 1, 0.66, 0.66, 1},
	// Measured 2026-11-29: names 0.9 to 1, right roles 0.333 to 1 (the
	// feature's glassblower and apprentice are shown without a role).
	tunedAttrib: {1, 1, 1, 0.9, 0.33, 1},
	// Measured 2026-11-30: names 1, right roles 0.667 (the line of "Frank
	// Oduya" is matched to "Frank Oduya senior (manager of Rovers)", which
	// the son's name starts; de la Fuente's "managed by" gives no role).
	tunedPeople: {1, 1, 1, 0.99, 0.66, 1},
	// Measured 2026-11-30: names 1, right roles 0.333 (the novelist and
	// the nephew are shown without those roles).
	tunedTranscript: {1, 1, 1, 0.99, 0.33, 1},
	// Measured once at the end of the second round: names 0.8 to 1, right
	// roles 0.5 to 0.8; after the third round's attribution work names 1
	// on all four, right roles 0.6 to 0.833.
	eval.Unseen: {1, 1, 1, 0.99, 0.6, 1},
	// Measured at the end of the third round, blind: every question
	// answered and a later paragraph cited, names 0.857 to 1, right roles
	// 0.5 to 0.8; the live blog, newest entry first, cites its standfirst
	// in one of three summaries (lead 0.333), the other three sets in all.
	eval.Blind: {1, 0.33, 1, 0.85, 0.5, 1},
	// Measured at the start and end of the fourth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.833
	// to 1, right roles 0.625 to 0.833.
	eval.Blind2: {1, 1, 1, 0.83, 0.62, 1},
	// Measured at the start and end of the fifth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.571
	// to 1, right roles 0.5 to 0.833.
	eval.Blind3: {1, 1, 1, 0.57, 0.5, 1},
	// Measured at the start and end of the sixth round, blind: every
	// question answered, the lead and a later paragraph cited, names 0.714
	// to 1, right roles 0.5 to 0.8.
	eval.Blind4: {1, 1, 1, 0.71, 0.5, 1},
	// Measured at the start and end of the seventh round, blind (the same
	// figures): every question answered, the lead cited, names 0.75 to 1,
	// right roles 0.5 to 0.667; the translated interview's summaries cite no
	// later paragraph (later 0), the other three sets' all do. At the end
	// of the eighth round every speaker is named (names 1).
	eval.Blind5: {1, 1, 0, 1, 0.5, 1},
	// Measured at the end of the eighth round, blind: every
	// question answered, the lead and the headline cited; the press
	// release's summaries cite no later paragraph (later 0) and the
	// obituary's one in three; names 0.667 to 0.875, right roles 0.429 (the
	// obituary) to 0.667. Ninth round: display lines under the headline
	// (standfirst, subhead, embargo line) are no longer the summary's
	// lead, so the press release cites a later paragraph in every summary
	// and the obituary in two of three (later 0.667 to 1).
	eval.Blind6: {1, 1, 0.66, 0.66, 0.42, 1},
	// Measured at the end of the ninth round, blind: the results story
	// answers four summaries of five and cites its lead in two of three;
	// later paragraphs 0.667 to 1; names 0.8 to 1; right roles 0.25 (the
	// match report and the review) to 0.6.
	// Tenth round (looked at by mechanism): every summary answered, names
	// 1, right roles 0.4 (the review) to 0.714; the floors follow.
	eval.Blind7: {1, 0.66, 0.66, 1, 0.4, 1},
	// blind8 at the same time: every summary answered; the lead cited 0.667
	// (the morning briefing and the science story) to 1, later 0.667 to 1,
	// names 0.8 to 1, right roles 0.75 to 0.857.
	// Tenth round (looked at by mechanism): the lead and a later paragraph
	// cited in every summary, names 0.875 to 1.
	eval.Blind8: {1, 1, 1, 0.87, 0.75, 1},
	// blind9 at the end of the tenth round, blind: every summary answered
	// and citing the lead and a later paragraph; names 0.667 (the market
	// story) to 0.857, right roles 0.6 to 1. Eleventh round (looked at by
	// mechanism): names 0.889 (the market story) to 1, right roles 0.714
	// to 1.
	eval.Blind9: {1, 1, 1, 0.88, 0.71, 1},
	// blind10 at the end of the eleventh round, blind: every summary
	// answered and citing a later paragraph; the lead cited 0.667 (the
	// consumer column) to 1, names 0.667 to 0.875, right roles 0.571 (the
	// Japanese daily) to 1. Thirteenth round (looked at): names 0.875 to 1.
	eval.Blind10: {1, 0.66, 1, 0.87, 0.57, 1},
	// blind11 at the end of the thirteenth round, blind: every summary
	// answered and citing the lead and a later paragraph, every headline
	// cited; names 0.714 (the children's story) to 0.857, right roles 0.5
	// (the music-industry story) to 0.8. Fourteenth round (looked at):
	// names 1 on every set, right roles 0.571 to 0.714.
	eval.Blind11: {1, 1, 1, 1, 0.57, 1},
	// blind12 at the end of the fourteenth round, blind: every summary
	// answered and citing the lead and a later paragraph, every headline
	// cited; names 0.750 (the avocado-law story) to 1, right roles 0.333
	// (the dam-collapse feature) to 0.900.
	eval.Blind12: {1, 1, 1, 0.75, 0.33, 1},
}

func checkWholeFloors(t *testing.T, s eval.Set, r eval.Report) {
	t.Helper()
	w := r.Whole
	if w == nil {
		t.Errorf("no questions about the whole article: every eval set needs overview, speakers and headline questions")
		return
	}
	if w.Overviews == 0 || w.Speakers == 0 || w.Headlines == 0 {
		t.Errorf("got %d overview, %d speakers and %d headline questions, want each kind", w.Overviews, w.Speakers, w.Headlines)
	}
	fl, ok := wholeFloors[floorGroup(s)]
	if !ok {
		fl, ok = wholeFloors[s.Group]
	}
	if !ok {
		return // a group without floors yet (see evalFloors)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		{"whole-article answered", w.Answered, fl.answered},
		{"overviews citing the lead", w.LeadCited, fl.lead},
		{"overviews citing a later paragraph", w.LaterCited, fl.later},
		{"quoted people named", w.NamesFound, fl.names},
		{"headline cited", w.HeadlineCited, fl.headline},
	}
	if w.RolesRight >= 0 {
		floors = append(floors, struct {
			name      string
			got, want float64
		}{"quoted people with the right role", w.RolesRight, fl.roles})
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: got %.3f, want at least %.3f", f.name, f.got, f.want)
		}
	}
	if t.Failed() {
		for _, m := range w.Misses {
			t.Logf("miss [%s] %q: %s", m.Kind, m.Question, m.Why)
		}
	}
}
