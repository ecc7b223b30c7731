package main

import "articlebot/eval"

// blindFloors are the floors of the blind groups from blind8 on, each
// written blind in its round and measured at the round's start and end
// (see evalFloors).
var blindFloors = map[string]setFloors{
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
	// set's end figure; they are not targets. Fifteenth round (looked at):
	// quotation precision 1 on every set.
	eval.Blind12: {0.89, 0.48, 0.65, 0.84, 0.77, 1, 0.99, 1, 0.75, 0.75},
	// blind13: four articles written blind at the start of the fifteenth
	// round (a Kenyan daily's summary of an appeal judgment, a Canadian
	// paper's curling final, a British science magazine's news item, a
	// wire service's Asia-Pacific briefs), kept off main and measured by
	// the lead only, at the start and the end of the round, which gave
	// the same figures (per set: recall@5 0.919 (the judgment) to 1,
	// recall@1 0.514 (the curling final) to 0.865, MRR 0.709 to 0.926,
	// abstention 0.826 to 0.913, unanswerables abstained 7 to 9 of 9,
	// citation validity 1, quotation precision 0.875 (the science item)
	// to 1, recall 1, speaker accuracy 0.545 (the judgment) to 1, lookups
	// 0.642 (the judgment) to 0.886). The floors are the lowest set's
	// figure; they are not targets. After the end measurement, a plural
	// title before a list of judges ("Justices …") read as a title: the
	// judgment's speaker accuracy 0.545 -> 0.818 and lookups 0.642 ->
	// 0.728 (lowest now the wire briefs: 0.700 and 0.661); bodies'
	// initials in brackets as their other name: the judgment's lookups
	// 0.753.
	eval.Blind13: {0.91, 0.51, 0.70, 0.82, 0.77, 1, 0.87, 1, 0.70, 0.66},
	// blind14: four articles written blind at the start of the eighteenth
	// round (an Indonesian English-language daily's volcano evacuation, a
	// Scottish island weekly's ferry contract, a Ghanaian business paper's
	// cocoa co-operative, a US local TV station's elevator fire in
	// one-sentence paragraphs), kept off main and measured by the lead
	// only, at the start and the end of the round, which gave the same
	// figures (per set: recall@5 0.919 (the cocoa union) to 1, recall@1
	// 0.757 to 0.838, MRR 0.824 to 0.914, abstention 0.717 (the elevator
	// fire: 12 answerable questions refused) to 0.891, unanswerables
	// abstained 7 to 8 of 9, citation validity 1, quotation precision
	// 0.667 (the ferry story: ship names and quotations inside quotations
	// in single marks) to 1, recall 0.909 to 1, speaker accuracy 0.625
	// (the elevator fire: "Hoskins Jr." left as the name) to 0.917,
	// lookups 0.597 (the cocoa union: "Nana" and "Mrs." not read as
	// titles, bodies by what they are) to 0.857). The floors are the
	// lowest set's figure; they are not targets.
	eval.Blind14: {0.91, 0.75, 0.82, 0.71, 0.77, 1, 0.66, 0.90, 0.62, 0.59},
	// blind15: four articles written blind at the start of the nineteenth
	// round (a Welsh local weekly's quarry-homes planning story, a wire
	// report of a Brazilian football club's statement, an arts weekly's
	// repatriation of Pacific carvings, a Pakistani district daily's flour
	// quota), kept off main and measured by the lead only, at the start
	// and the end of the round (per set, end: recall@5 0.919 (the club
	// statement) to 0.973, recall@1 0.757 to 0.838, MRR 0.822 to 0.883,
	// abstention 0.826 to 0.848, unanswerables abstained 5 (the flour
	// quota) to 7 of 9, citation validity 1, quotation precision 0.909
	// (a club's nickname in marks) to 1, recall 1, speaker accuracy 0.600
	// (the club's statement given to the agency that reported it, "Major"
	// kept in a name) to 0.923, lookups 0.567 (the flour quota: "Rana",
	// "Syeda", "Mian" and "Ch." not read as titles) to 0.792). The floors
	// are the lowest set's figure; they are not targets.
	eval.Blind15: {0.91, 0.75, 0.82, 0.82, 0.55, 1, 0.9, 1, 0.6, 0.56},
	// blind16: four articles written blind at the start of the twentieth
	// round (a US union local's newsletter on a hospital contract vote, a
	// Québec court report on a renoviction ruling in French and English, a
	// British Gujarati community weekly's temple-hall roof, a Ugandan
	// district council's market relocation), kept off main and measured by
	// the lead only, at the start and the end of the round (per set, end:
	// recall@5 0.946 to 0.973, recall@1 0.757 to 0.838, MRR 0.830 to
	// 0.889, abstention 0.783 (the market story) to 0.891, unanswerables
	// abstained 6 (the court report) to 8 of 9, citation validity 1,
	// quotation precision 0.917 (a rule book's name in marks) to 1, recall
	// 1, speaker accuracy 0.455 (the union newsletter: "Sister" kept in a
	// name; a "Me" before a lawyer's name, "Ssalongo" and "Nnalongo" alike)
	// to 1, lookups 0.545 (the union newsletter) to 0.766). The floors are
	// the lowest set's figure; they are not targets. Twenty-first round
	// (looked at by mechanism): titles no list knows are learned from how
	// the article names the person again ("Sister", "Me", "Ssalongo"), a
	// verb with its object after an apposed name is the predicate, not a
	// description; abstention 0.848 (the court report) to 0.913, speaker
	// accuracy 0.727 (the union newsletter) to 1, lookups 0.750 (the union
	// newsletter) to 0.944.
	eval.Blind16: {0.94, 0.75, 0.82, 0.84, 0.66, 1, 0.91, 1, 0.72, 0.75},
	// blind17: four articles written blind at the start of the
	// twenty-first round (a Maltese local news portal's fireworks-factory
	// permit, an Aboriginal land council's water licence on community
	// radio, a German trade magazine's English edition on a machine-tool
	// maker's insolvency, a Thai English-language daily's call-centre fraud
	// gang), kept off main and measured by the lead only, at the start and
	// the end of the round (per set, end: recall@5 0.946 to 0.973,
	// recall@1 0.784 to 0.811, MRR 0.858 to 0.885, abstention 0.848 (the
	// trade magazine) to 0.913, unanswerables abstained 6 (the fraud gang,
	// the water licence) to 8 of 9, citation validity 1, quotation
	// precision and recall 1, speaker accuracy 0.538 (the water licence:
	// "Uncle" and "Aunty" kept in names) to 1, lookups 0.831 (the fireworks
	// permit) to 0.892). The floors are the lowest set's figure; they are
	// not targets. Twenty-second round (looked at by mechanism): compound
	// degrees ("Dr.-Ing.") are one title, a nickname in brackets is the
	// person's, a count's noun phrase ends at a comma; abstention 0.891
	// (the trade magazine, the water licence) to 0.913, MRR 0.865 (the
	// fireworks permit) to 0.894, unanswerables abstained 6 (the water
	// licence) to 8 of 9, lookups 0.831 (the fireworks permit) to 0.932.
	eval.Blind17: {0.94, 0.78, 0.86, 0.89, 0.66, 1, 1, 1, 0.53, 0.83},
	// blind18: four articles written blind at the start of the
	// twenty-second round (a Mexican English-language daily's water
	// rationing, a Nigerian business daily's flour-mill AGM and fine, a
	// Philippine broadsheet's ferry grounding and typhoon relief, a
	// Scottish university's press release on bumblebees and street
	// lights), kept off main and measured by the lead only, at the start
	// and the end of the round (per set, end: recall@5 0.892 to 0.919,
	// recall@1 0.703 (the AGM) to 0.838, MRR 0.800 to 0.854, abstention
	// 0.783 (the AGM) to 0.935, unanswerables abstained 7 (the AGM) to 9
	// of 9, citation validity 1, quotation precision 0.923 (the ferry: a
	// campaign slogan in marks taken as a quotation) to 1, recall 1,
	// speaker accuracy 0.500 (the water rationing: a double surname's
	// second reference and "Doña" kept as other people) to 1, lookups
	// 0.568 (the water rationing) to 0.878). The floors are the lowest
	// set's figure; they are not targets.
	eval.Blind18: {0.89, 0.7, 0.79, 0.78, 0.77, 1, 0.92, 1, 0.5, 0.56},
}
