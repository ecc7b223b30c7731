package main

import "articlebot/eval"

// heldOutFloors are the floors of the held-out groups up to blind7 (see
// evalFloors).
var heldOutFloors = map[string]setFloors{
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
}
