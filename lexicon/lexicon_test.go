package lexicon

import (
	"regexp"
	"strings"
	"testing"
)

// TestSetFilter checks that the filter before the map never hides a word:
// Has is true for every word of a set and agrees with the map on words that
// differ from them in case, length or first letter.
func TestSetFilter(t *testing.T) {
	sets := []Set{SpeechVerbs, Prepositions, FunctionWords, Titles, Negations, Generics, OrgNouns, roles, compoundRoles}
	for _, s := range sets {
		for w := range s.m {
			probes := []string{w, strings.ToUpper(w), strings.ToLower(w), w + "s", w[1:], "x" + w, w + strings.Repeat("a", 64)}
			for _, p := range probes {
				if got, want := s.Has(p), s.m[p]; got != want {
					t.Errorf("Has(%q) = %v, want %v", p, got, want)
				}
			}
		}
	}
	tests := []struct {
		set  Set
		w    string
		want bool
	}{
		{newSet("said says"), "said", true},
		{newSet("said says"), "sald", false},
		{newSet("said says"), "", false},
		{newSet("said says"), "sai", false},
		{Set{}, "said", false},
	}
	for _, tt := range tests {
		if got := tt.set.Has(tt.w); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestHasLower checks that HasLower(w) is Has(strings.ToLower(w)) on every
// word of the sets the quotation index asks it of, written in upper,
// title and mixed case, with non-ASCII letters, and longer than the
// buffer it lowers in.
func TestHasLower(t *testing.T) {
	sets := []Set{SpeechVerbs, Prepositions, FunctionWords, Titles, Negations, Generics, OrgNouns, roles, compoundRoles,
		Definites, Indefinites, Conjunctions, Auxiliaries, PersonPronouns, OrgPronouns, {}, newSet("café king straße i̇ki")}
	for _, s := range sets {
		words := []string{"", "É", "Ärzte", "İ", "İki", "CAFÉ", "STRASSE", "Straße", "\u212aing", "\xffThe", "THE", strings.Repeat("A", lowerKeyMax+1)}
		for w := range s.m {
			words = append(words, w)
		}
		for _, w := range words {
			probes := []string{w, strings.ToUpper(w), titled(w), "É" + w, w + "É", strings.ToUpper(w) + strings.Repeat("a", lowerKeyMax)}
			for _, p := range probes {
				if got, want := s.HasLower(p), s.Has(strings.ToLower(p)); got != want {
					t.Errorf("HasLower(%q) = %v, want %v", p, got, want)
				}
			}
		}
	}
}

// titled returns w with its first byte in upper case.
func titled(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// TestPostNominal checks the shape of honours' and degrees' letters after
// a name against surnames, numerals and initials that share it.
func TestPostNominal(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"KC", true}, {"SC", true}, {"MBE", true}, {"PhD", true}, {"MSc", true}, {"DPhil", true},
		{"M.D.", true}, {"FRCS", true}, {"BL", true}, {"FRCPsych", true}, {"FRCOG", true}, {"FRCGP", true},
		{"FMedSci", true}, {"FRCPath", true}, {"Ph.D.", true}, {"MacDonald", false}, {"McAllister", false},
		{"STRAND", false}, {"OKAFOR", false}, {"MacLeod", false}, {"McKenzie", false}, {"FRCPsychiatry", false},
		{"McRae", false}, {"LaToya", false}, {"DeShawn", false}, {"III", false}, {"IV", false},
		{"Jr", false}, {"J.", false}, {"Smith", false}, {"FRCSEd1", false}, {"ABCDEF", false},
	}
	for _, tt := range tests {
		if got := PostNominal(tt.w); got != tt.want {
			t.Errorf("PostNominal(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestRoleLowering checks IsRole and IsTitleWord, which lower an ASCII
// word on the stack, against lowering it with strings.ToLower, on the
// role and title words in every case, with a final period, with accents
// and longer than the buffer.
func TestRoleLowering(t *testing.T) {
	isRoleOld := func(w string) bool { return isRole(strings.ToLower(strings.TrimSuffix(w, "."))) }
	isTitleWordOld := func(w string) bool {
		w = strings.TrimSuffix(w, ".")
		if Titles.Has(w) {
			return true
		}
		l := strings.ToLower(w)
		return w != l && IsRole(l) && (roles.Has(l) || !strings.HasSuffix(l, "ian"))
	}
	words := []string{"", ".", "É", "Ministér", "İmam", "\u212aing", "\xffSen.", strings.Repeat("Officer", 6), "Dravonian", "Librarian"}
	for _, s := range []Set{roles, compoundRoles, notRoles, Titles, RoleAdjectives} {
		words = append(words, s.Words()...)
	}
	for w := range abbreviations {
		words = append(words, w)
	}
	for _, w := range words {
		for _, p := range []string{w, w + ".", titled(w), titled(w) + ".", strings.ToUpper(w), "É" + w, w + "ian", titled(w) + "ian"} {
			if got, want := IsRole(p), isRoleOld(p); got != want {
				t.Errorf("IsRole(%q) = %v, want %v", p, got, want)
			}
			if got, want := IsTitleWord(p), isTitleWordOld(p); got != want {
				t.Errorf("IsTitleWord(%q) = %v, want %v", p, got, want)
			}
		}
	}
}

// TestProsecutes checks the descriptions that name a prosecutor.
func TestProsecutes(t *testing.T) {
	tests := []struct {
		words string
		want  bool
	}{
		{"prosecutor", true}, {"district attorney", true}, {"prosecuting counsel", true},
		{"attorney for the commonwealth", true}, {"barrister for crown", true}, {"lawyer for the prosecution", true},
		{"counsel for the defence", false}, {"defence lawyer", false}, {"attorney", false}, {"state senator", false},
	}
	for _, tt := range tests {
		if got := Prosecutes(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("Prosecutes(%q): got %v, want %v", tt.words, got, tt.want)
		}
	}
}

func TestNameSyllable(t *testing.T) {
	for w, want := range map[string]bool{"seo": true, "ho": true, "hoon": true, "yeon": true,
		"born": false, "based": false, "led": false, "era": false, "run": false, "owned": false, "style": false, "in": false, "Ho": false} {
		if got := NameSyllable(w); got != want {
			t.Errorf("NameSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAdjectiveOf(t *testing.T) {
	for _, tt := range []struct {
		noun, adj string
		want      bool
	}{
		{"finance", "financial", true}, {"economy", "economic", true}, {"operations", "operational", true},
		{"technology", "technological", true}, {"finance", "chief", false}, {"art", "artic", false}, {"law", "legal", false},
		{"diocese", "diocesan", true}, {"suburb", "suburban", true}, {"library", "librarian", false},
	} {
		if got := AdjectiveOf(tt.noun, tt.adj); got != tt.want {
			t.Errorf("AdjectiveOf(%q, %q) = %v, want %v", tt.noun, tt.adj, got, tt.want)
		}
	}
}

func TestTitleContraction(t *testing.T) {
	for w, want := range map[string]bool{
		"Revd": true, "Supt": true, "Cmsr": true, // Reverend, Superintendent, Commissioner
		"Piet": false, // two vowels: a name, though its letters are in "president"
		"Rand": false, // a noun
		"Ong":  false, // three letters are too few to tell
		"Mott": false, // holds "motorist", which is no title
		"Bert": false, // a given name
	} {
		if got := TitleContraction(w); got != want {
			t.Errorf("TitleContraction(%q): got %v, want %v", w, got, want)
		}
	}
}

func TestCalendarWord(t *testing.T) {
	for w, want := range map[string]bool{"Nov": true, "sept.": true, "Sun": true, "TUES": true, "December": true,
		"Ma": false, "Novel": false, "sundry": false, "Marsh": false, "": false} {
		if got := CalendarWord(w); got != want {
			t.Errorf("CalendarWord(%q): got %v, want %v", w, got, want)
		}
	}
}

func TestIrregularPlural(t *testing.T) {
	for w, want := range map[string]bool{"fishermen": true, "women": true, "children": true, "aldermen": true,
		"yemen": false, "farmers": false, "omen": false} {
		if got := IrregularPlural(w); got != want {
			t.Errorf("IrregularPlural(%q): got %v, want %v", w, got, want)
		}
	}
}

// TestSetPattern checks that a set's pattern matches each of its words
// whole, the longest first (an unanchored "stated" is not cut to "state"),
// and no other word.
func TestSetPattern(t *testing.T) {
	re := regexp.MustCompile(`^(?:` + OpenQuestionVerbs.Pattern() + `)$`)
	for _, w := range OpenQuestionVerbs.Words() {
		if !re.MatchString(w) {
			t.Errorf("%q does not match its own set's pattern", w)
		}
	}
	for _, w := range []string{"sai", "sayd", "stat", "decid", "whether"} {
		if re.MatchString(w) {
			t.Errorf("%q matches, want no match", w)
		}
	}
	prefix := regexp.MustCompile(`(?:` + OpenQuestionVerbs.Pattern() + `)`)
	if got := prefix.FindString("has not stated whether"); got != "stated" {
		t.Errorf("unanchored match %q, want the longest word %q", got, "stated")
	}
	dotted := newSet(`a.m. p.m.`)
	if regexp.MustCompile(`^(?:` + dotted.Pattern() + `)$`).MatchString("axmx") {
		t.Errorf("a word's dots are not quoted in its pattern")
	}
}

func TestSingularTitle(t *testing.T) {
	for w, want := range map[string]string{"Justices": "Justice", "Drs": "Dr", "Senators": "Senator", "Councillors": "Councillor",
		"Justice": "", "Boss": "", "Marches": "", "Dress": "", "Mrs": "", "Ministers": ""} {
		got, ok := SingularTitle(w)
		if ok != (want != "") || got != want {
			t.Errorf("SingularTitle(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// TestWithheldName checks that clauses which keep a name back are told from
// clauses that name, refuse or describe something else.
func TestWithheldName(t *testing.T) {
	for _, tt := range []struct {
		clause string
		want   bool
	}{
		{"asked not to be named", true},
		{"declined to be identified because staff may not talk to the press", true},
		{"did not want his name published", true},
		{"would not give his name", true},
		{"spoke on condition of anonymity", true},
		{"was named captain of the crew last year", false},
		{"did not want the ferry to stop", false},
		{"runs the ticket office", false},
	} {
		if got := WithheldName(strings.Fields(tt.clause)); got != tt.want {
			t.Errorf("WithheldName(%q): got %v, want %v", tt.clause, got, tt.want)
		}
	}
}

// TestLightVerbReadings checks the one light-verb table's two readings:
// "conducted" lends its tense to an action noun but is no bare light
// verb, "went" is bare only, "made" is both, and "carried" needs "out".
func TestLightVerbReadings(t *testing.T) {
	for _, tt := range []struct {
		w                 string
		action, bareLight bool
		particle          string
	}{
		{"made", true, true, ""}, {"conducted", true, false, ""}, {"went", false, true, ""},
		{"carried", true, false, "out"}, {"puts", true, true, "forward"}, {"walked", false, false, ""},
	} {
		p, ok := LightVerb(tt.w)
		if ok != tt.action || p != tt.particle || Light(tt.w) != tt.bareLight {
			t.Errorf("%q: LightVerb = %q, %v; Light = %v; want %q, %v, %v", tt.w, p, ok, Light(tt.w), tt.particle, tt.action, tt.bareLight)
		}
	}
}
