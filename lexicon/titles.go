package lexicon

import (
	"strings"
	"sync"
)

// Titles are honorifics and ranks written capitalised before a name
// ("Mayor Jane Doe", "Dr. Achebe"), matched without a trailing period.
// A capitalised role noun before a name counts as a title too (see
// IsTitleWord), so this list only needs the words that are not role nouns
// or that are abbreviations.
var Titles = newSet(`President Chancellor Premier Minister Secretary Mayor Governor Gov
	Senator Sen Representative Rep Congressman Congresswoman Councilman Councilwoman
	Councillor Councilor Alderman Dr Mr Mrs Ms Miss Mx Prof Professor General Gen
	Lt Col Colonel Capt Captain Sgt Sergeant Adm Admiral Maj Commander Cmdr Chief
	Judge Justice King Queen Prince Princess Emperor Pope Cardinal Bishop Archbishop
	Rev Reverend Ven Venerable Father Rabbi Imam Sheikh Sir Dame Lord Lady Ambassador Envoy
	Commissioner Chairman Chairwoman Chairperson Chair Director Spokesman Spokeswoman
	Spokesperson Speaker Leader Deputy Vice Prime Attorney Sheriff Detective Det
	Inspector Officer Superintendent Supt Coach CEO CFO COO Hon Dean Pastor Ayatollah Crown
	Executive Managing Operating Financial Press Ministers Councilmember Assemblyman
	Assemblywoman Assemblymember Manager Treasurer Auditor Comptroller Controller
	Insp Cllr Cpl Pte Const` +
	// The ranks British and Irish police and clergy write in short before
	// a name: "DC Ian Rudd", "DCI Ann Lee", "Fr Declan Mulvey", "the Ven
	// Samuel Hart", "Canon Judith Penn".
	` DC DS DI DCI DSI DCS PC WPC PCSO Fr Revd Ven Canon Msgr` +
	// The honorifics of other Englishes and languages that English-language
	// papers print before names: Malaysian and Singaporean, Indian,
	// Philippine (titles of profession), West African, European.
	` Madam Madame Mme Mdm Mademoiselle Mlle Datuk Dato Datin Seri Tun Puan Encik Cik Haji Hajah
	Shri Shrimati Smt Kumari Engr Atty Alhaji Alhaja Hajia Mallam Khun Herr Frau
	Monsieur Señor Señora Señorita Signor Signora` +
	// Ranks in full beside the short forms above, and the word a retired
	// professor's title keeps ("Professor Emerita Ann Lee").
	` Major Lieutenant Brigadier Corporal Commodore Marshal Emeritus Emerita` +
	honorifics20)

// honorifics20 are honorifics of South Asian, Pacific and West African
// English that papers print before names, as they print Alhaji and Datuk:
// Pakistani and Indian (Syed, Begum, Mian, Chaudhry, Rana, Sardar, Pandit,
// Thiru, Maulana), Fijian (Ratu, Adi), Akan, Yoruba and Igbo chiefs (Nana,
// Oba, Igwe, Togbe).
const honorifics20 = ` Syed Syeda Sayyid Sayyida Begum Mian Chaudhry Chaudhary Choudhry Rana Sardar Sardarni Pandit
	Thiru Thirumathi Tmt Janab Maulana Mufti Nawab Ratu Adi Nana Oba Igwe Togbe`

var honorifics = newSet(honorifics20)

// Honorific reports whether w is one of the honorifics of other Englishes
// (honorifics20): after an office ("Minister for Lands Ratu Ana Lee") it
// is no word of the office, alone it is what the article calls her.
func Honorific(w string) bool { return honorifics.Has(w) }

// Emeritus reports whether a title word only qualifies the title before
// it ("Professor Emeritus", "Professor Emerita"): the person's title is
// that one.
func Emeritus(w string) bool { return w == "Emeritus" || w == "Emerita" }

// Portfolios follow "Secretary of" or "Minister of" inside a title.
var Portfolios = newSet(`State Defense Defence Finance Justice Health Education Energy
	Commerce Labor Labour Treasury Transportation Transport Agriculture Interior
	Homeland Security Foreign Affairs Trade Culture Environment`)

// FemaleTitles and MaleTitles tell a person's gender, which helps resolve
// "he" and "she".
var (
	FemaleTitles = newSet(`Mrs Ms Miss Queen Princess Dame Lady Congresswoman Councilwoman Chairwoman Spokeswoman Assemblywoman
		Madam Madame Mme Mdm Mademoiselle Mlle Datin Puan Cik Hajah Shrimati Smt Kumari Alhaja Hajia Frau Señora Señorita Signora
		Syeda Sayyida Begum Sardarni Thirumathi Tmt Adi`)
	MaleTitles = newSet(`Mr King Prince Sir Lord Congressman Councilman Chairman Spokesman Father Assemblyman
		Encik Haji Shri Alhaji Herr Monsieur Señor Signor Syed Sayyid Mian Sardar Thiru Janab Maulana Mufti Nawab Ratu`)
)

// PluralTitle reports whether a capitalised word is the plural of a title,
// written once before a list of names: "Justices Ann Lee, Tom Berg and Ivo
// Marsh", "Drs Lee and Moor", "Councillors Ray and Dunn". Each name of
// the list holds the title, and none of them is "Justices Ann Lee".
func PluralTitle(w string) bool {
	_, ok := SingularTitle(w)
	return ok
}

// SingularTitle returns the title a plural title is the plural of
// ("Justice" for "Justices"), or false when w is no plural of a title.
func SingularTitle(w string) (string, bool) {
	n := len(w)
	switch {
	case Titles.Has(w):
		return "", false // a title of its own: "Mrs" is no plural of "Mr"
	case n > 4 && strings.HasSuffix(w, "es") && Titles.Has(w[:n-1]):
		return w[:n-1], true
	case n > 4 && strings.HasSuffix(w, "es") && Titles.Has(w[:n-2]):
		return w[:n-2], true
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && Titles.Has(w[:n-1]):
		return w[:n-1], true
	}
	return "", false
}

// IsTitleWord reports whether a capitalised word (period dropped) before a
// name is a title or a role: "Mayor", "Dr", "Councilmember", "Hydrologist".
// Titles are dropped from canonical names by this rule.
func IsTitleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if Titles.Has(w) || CompoundTitle(w) {
		return true
	}
	var buf [lowerKeyMax]byte
	if l, ok := lowerASCII(&buf, w); ok {
		return titleRole(w, string(l)) // on the stack: titleRole keeps nothing of it
	}
	return titleRole(w, strings.ToLower(w))
}

// CompoundTitle reports whether w, with or without its final period, is
// abbreviated titles or degrees joined by ".-", as German writes a
// doctorate or diploma of a field before a name ("Dr.-Ing.", "Dipl.-Ing.",
// "Dipl.-Kfm.", "Dipl.-Wirt.-Ing."): every part a capital and one to four
// lower-case letters. Such a word is a title, never a name of its own.
func CompoundTitle(w string) bool {
	parts := strings.Split(strings.TrimSuffix(w, "."), ".-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || len(p) > 5 || p[0] < 'A' || p[0] > 'Z' {
			return false
		}
		for i := 1; i < len(p); i++ {
			if p[i] < 'a' || p[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// titleRole reports whether w, without its final period, is a role
// capitalised as a title; l is w in lower case. Capitalised words in -ian
// are mostly demonyms ("Valdorian Ministry"), not roles: only the listed
// ones count before a name.
func titleRole(w, l string) bool {
	return w != l && IsRole(l) && (roles.Has(l) || !strings.HasSuffix(l, "ian"))
}

// abbreviations spell out the short forms of titles and roles, so that
// "Gov. Lund" is found by "the governor" and "CFO" finds the chief
// financial officer.
var abbreviations = map[string][]string{
	"gov":   {"governor"},
	"sen":   {"senator"},
	"rep":   {"representative"},
	"atty":  {"attorney"},
	"gen":   {"general"},
	"prof":  {"professor"},
	"dr":    {"doctor"},
	"lt":    {"lieutenant"},
	"col":   {"colonel"},
	"capt":  {"captain"},
	"cmdr":  {"commander"},
	"adm":   {"admiral"},
	"sgt":   {"sergeant"},
	"supt":  {"superintendent"},
	"det":   {"detective"},
	"insp":  {"inspector"},
	"cllr":  {"councillor"},
	"cpl":   {"corporal"},
	"pte":   {"private"},
	"const": {"constable"},
	"rev":   {"reverend"},
	"pres":  {"president"},
	"ceo":   {"chief", "executive"},
	"cfo":   {"chief", "financial", "officer"},
	"coo":   {"chief", "operating", "officer"},
	"cto":   {"chief", "technology", "officer"},
	"mp":    {"member", "of", "parliament"},
	"mep":   {"member", "of", "the", "european", "parliament"},
	"chair": {"chair"},
}

// Expand returns the words a folded title or role abbreviation stands for
// ("gov" → "governor", "cfo" → "chief financial officer"), or nil.
func Expand(w string) []string {
	return abbreviations[strings.TrimSuffix(w, ".")]
}

// Abbreviating returns the abbreviations that stand for a folded title or
// role word ("governor" → "gov"), for finding "Gov. Lund" by "governor".
func Abbreviating(w string) []string {
	var out []string
	for abbr, full := range abbreviations {
		if len(full) == 1 && full[0] == w && abbr != w {
			out = append(out, abbr)
		}
	}
	return out
}

// Courtesy titles say nothing of what a person does: "Dr. Achebe" is
// described by "a hydrologist", not by "Dr.".
var Courtesy = newSet(`Dr Mr Mrs Ms Miss Mx Sir Dame Lord Lady Hon Rev Reverend
	Madam Madame Mme Mdm Mademoiselle Mlle Datuk Dato Datin Tun Puan Encik Cik Haji Hajah
	Shri Shrimati Smt Kumari Alhaji Alhaja Hajia Khun Herr Frau Monsieur Señor Señora Señorita Signor Signora`)

// contractions indexes the titles, in lower case, by their
// first and last letters, for TitleContraction.
var (
	contractions     map[[2]byte][]string
	contractionsOnce sync.Once
)

func loadContractions() {
	contractions = map[[2]byte][]string{}
	add := func(w string) {
		w = strings.ToLower(w)
		if len(w) >= 5 {
			k := [2]byte{w[0], w[len(w)-1]}
			contractions[k] = append(contractions[k], w)
		}
	}
	for _, w := range Titles.Words() {
		add(w)
	}
}

// TitleContraction reports whether a capitalised word of four or five
// letters contracts a listed title at least three letters longer: it keeps
// the title's first and last letters and some of the letters between, in
// order, as British usage writes contractions without a full stop ("Revd"
// for Reverend, "Supt" for Superintendent, "Cmsr" for Commissioner). A
// contraction drops the vowels but perhaps one: a word with two ("Piet",
// which holds the letters of "president" in order) is a name, and so is a
// word the dictionary knows as a noun or as a given name ("Rand"). Three
// letters are too few to tell ("Ong" holds those of "organiser"); shorter
// contractions have no vowel and names.go reads them as such. The full
// forms come from Titles, the rule from English spelling: no list of
// contractions is kept.
func TitleContraction(w string) bool {
	if n := len(w); n < 4 || n > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	l := strings.ToLower(w)
	for i := 1; i < len(l); i++ {
		if l[i] < 'a' || l[i] > 'z' {
			return false
		}
	}
	if strings.Count(l, "a")+strings.Count(l, "e")+strings.Count(l, "i")+strings.Count(l, "o")+strings.Count(l, "u") > 1 ||
		Noun(l).Noun || GivenName(w) {
		return false
	}
	contractionsOnce.Do(loadContractions)
	for _, t := range contractions[[2]byte{l[0], l[len(l)-1]}] {
		if len(t) >= len(l)+3 && lettersInOrder(l, t) {
			return true
		}
	}
	return false
}

// lettersInOrder reports whether the letters of a appear in w in order.
func lettersInOrder(a, w string) bool {
	i := 0
	for j := 0; j < len(w) && i < len(a); j++ {
		if w[j] == a[i] {
			i++
		}
	}
	return i == len(a)
}
