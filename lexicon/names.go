package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/fuzzy"
)

// Particles join the parts of a name ("Ursula von der Leyen"). The Irish
// and Scottish ones are written with a capital ("Dara Ní Bhriain", "Seán Ó
// Ceallaigh", "Iain Mac Leòid"), and so are Arabic "Abu" and "Bin" in
// many spellings; they start the surname all the same. Philippine names
// join "de la" and "de los" into one ("Ramon dela Cruz"). Welsh
// patronymics join "ap" ("ab" before a vowel) and, of a daughter, "ferch"
// ("Rhys ap Gruffydd", "Gwen ferch Ellis").
var Particles = newSet(`von van der den de del della di da du des la le bin ben bint ibn al el ter ten dos das zu af dela delos
	ap ab ferch verch Ní Nic Ó Ua Uí Mac Mhic Abu Bin`)

// arabicArticles are the spellings of the Arabic article in a name, which
// sources write either way ("Nour el-Din", "Nour al-Din").
var arabicArticles = []string{"al", "el"}

// ArticleVariants returns a name word with the Arabic article joined by a
// hyphen spelled the other usual way ("el-Din" → "al-Din"), or nil.
func ArticleVariants(w string) []string {
	p, rest, ok := HyphenParticle(w)
	if !ok {
		return nil
	}
	var out []string
	for _, a := range arabicArticles {
		if !strings.EqualFold(a, p) && (strings.EqualFold(p, "al") || strings.EqualFold(p, "el")) {
			out = append(out, a+"-"+rest)
		}
	}
	return out
}

// hyphenParticles are the Arabic articles and kin words written joined to
// the next part of a name by a hyphen, in lower case: "Hoda al-Amiri",
// "Badr al-Din", "Ali bin-Talal". The sun letters assimilate the article
// ("ad-Dawsari", "ash-Shami", "an-Nur"), so each spelling is listed.
var hyphenParticles = newSet(`al el ad ed ar er as es ash esh at et az ez an en ud ul ur
	bin ibn abu bint`)

// HyphenParticle splits a name word that opens with a lower-case particle
// and a hyphen before a capital ("al-Amiri" → "al", "Amiri"); ok is false
// for any other word ("anti-Semitism", "Al-Amiri", "al-").
func HyphenParticle(w string) (particle, rest string, ok bool) {
	p, rest, found := strings.Cut(w, "-")
	if !found || !hyphenParticles.Has(strings.ToLower(p)) {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return "", "", false
	}
	return p, rest, true
}

// NameSyllable reports whether a lower-case word after a hyphen in a
// capitalised word is a syllable of a romanised given name rather than an
// English word: "seo" in "Min-seo", "ho" in "Jun-ho", "hoon" in "Ji-hoon".
// Such syllables are short (four letters at most) and no English noun,
// verb, function word or participle, so "Seoul-born", "Labour-led",
// "Covid-era" and "Kyiv-based" stay single adjectives.
func NameSyllable(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 0 || n > 4 || strings.HasSuffix(w, "ed") || participles.Has(w) || FunctionWords.Has(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return !Noun(w).Noun && VerbShare(w) == 0
}

// participles are the short irregular past participles that end a
// compound adjective after a name: "Seoul-born", "Labour-run".
var participles = newSet(`born borne led made held sold told sent paid laid fed run won shut set cut hit put worn torn grown known shown flown drawn bred kept lent lost met`)

// Suffixes end a name without being its surname.
var Suffixes = newSet(`Jr Jr. Sr Sr. II III IV`)

// PostNominal reports whether w, written after a person's name, is
// letters of an honour, degree or rank rather than a word of the name: a
// group of capitals, possibly with short runs of lower-case letters
// inside, that starts with two capitals or starts and ends with one
// ("KC", "SC", "MBE", "MSc", "PhD", "FRCOG", "FRCPath", "FMedSci",
// "MRCPsych"; full stops aside, so "M.D." and "Ph.D." too). A lower-case
// run is at most four letters ("Psych"), as the abbreviated words of
// such letters are. No surname has the shape ("McRae", "LaToya" and
// "DeShawn" do neither), and roman numerals ("III") are Suffixes, which
// stay in the name. Six letters or more start with two capitals and, all
// in capitals, have no vowel: a surname set in capitals has one
// ("STRAND", "OKAFOR"). It is a rule of the letters' shape, not a list of
// honours or a count of letters: a list would miss the next style's
// ("BL", "FRCS", "DL"), and a five-letter limit missed the Royal
// Colleges' six. A word in capitals is also a surname in a line written
// all in capitals; the caller tells that from the name before it.
func PostNominal(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	rs := []rune(w)
	if len(rs) < 2 || Suffixes.Has(w) || strings.Trim(w, "IVXL") == "" {
		return false
	}
	if len(rs) > 5 && (!unicode.IsUpper(rs[1]) || strings.ToUpper(w) == w && strings.ContainsAny(w, "AEIOUY")) {
		return false
	}
	upper, run := 0, 0
	for _, r := range rs {
		switch {
		case unicode.IsUpper(r):
			upper, run = upper+1, 0
		case !unicode.IsLower(r):
			return false
		default:
			// A run of five lower-case letters is a word's, not an
			// abbreviation's ("MacDonald" has six after its D).
			if run++; run > 4 {
				return false
			}
		}
	}
	return upper >= 2 && unicode.IsUpper(rs[0]) && (unicode.IsUpper(rs[1]) || unicode.IsUpper(rs[len(rs)-1]))
}

// PlaceAbbreviations are short words without vowels that open place
// names, not people's titles ("St Aldhelm's", "Mt Kosciuszko", "Ft
// Worth"), and a surname written the same way ("Ng").
var PlaceAbbreviations = newSet(`St Mt Ft Ng`)

// VowelLess reports whether a capitalised word has no vowel after its
// capital, as abbreviations ("Cr", "Cllr", "Sgt") and few words do:
// "Mr" and "Dr" too, but not "Ty" or "Lyn" (y counts as a vowel).
func VowelLess(w string) bool {
	rs := []rune(w)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) || strings.ContainsRune("AEIOUY", rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		// A vowel with any mark is a vowel: "Văn", "Trần" are names.
		if !unicode.IsLower(r) || strings.ContainsAny(fuzzy.Fold(string(r)), "aeiouy") {
			return false
		}
	}
	return true
}
