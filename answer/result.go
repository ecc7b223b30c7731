package answer

// Mode says how an answer was produced.
type Mode string

const (
	// Extractive answers are article sentences chosen and joined by the
	// engine itself, with no model involved.
	Extractive Mode = "extractive"
	// LLM answers were written by a language model from the numbered sources
	// and then checked by the citation and quotation gate.
	LLM Mode = "llm"
)

// Turn is one earlier question and its answer in a conversation.
type Turn struct {
	Question string
	Answer   string
}

// Request is a question, with the conversation that came before it.
type Request struct {
	Question string
	History  []Turn
}

// Citation is a source the answer cites: marker n in the answer points to
// article paragraph Paragraph, and Text is the exact article text that
// supports it.
type Citation struct {
	N         int    `json:"n"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

// Source is a retrieved passage, in rank order. Text is exact article text.
type Source struct {
	N         int     `json:"n"`
	Paragraph int     `json:"paragraph"`
	Score     float64 `json:"score"`
	Text      string  `json:"text"`

	start, end int // offsets of Text in the article
}

// Result is an answer with everything needed to check it. Its JSON form is
// the stable contract of `ask --json`.
type Result struct {
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Mode      Mode       `json:"mode"`
	Abstained bool       `json:"abstained"`
	Citations []Citation `json:"citations"`
	Sources   []Source   `json:"sources"`
	Warnings  []string   `json:"warnings"`
	// Fallback is why a configured model's answer was replaced by an
	// extractive one ("timeout", "no_valid_citation", …), or "".
	Fallback Fallback `json:"fallback"`
	// Gate counts what the citation gate changed in a model's answer; nil
	// for extractive answers.
	Gate *GateStats `json:"gate,omitempty"`

	// Standalone is the question actually searched for, when a follow-up
	// was rewritten using the conversation history.
	Standalone string `json:"-"`
	// Notice is a one-line note for the reader, such as "the model was
	// unavailable, so this answer is extractive".
	Notice string `json:"-"`
	// Model names the model that wrote an llm answer.
	Model string `json:"-"`
	// Fault is why the model's answer is missing when an llm engine fell
	// back to an extractive answer; for logs and edge-specific hints only.
	Fault error `json:"-"`
}

// GateStats counts what the citation gate changed in a model's answer.
type GateStats struct {
	// Moved counts citations moved to the source that states the claim.
	Moved int `json:"moved"`
	// Removed counts citations removed.
	Removed int `json:"removed"`
	// Dropped counts sentences and clauses removed because nothing in the
	// article supports them.
	Dropped int `json:"dropped"`
	// SecondOpinion counts claims the model was asked about, and
	// SecondOpinionMS the time that took.
	SecondOpinion   int   `json:"second_opinion,omitempty"`
	SecondOpinionMS int64 `json:"second_opinion_ms,omitempty"`
}

// Attributed is a quotation or reported statement with its speaker.
type Attributed struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
}

// QuoteResult answers "what did NAME say, word for word". Its JSON form is
// the stable contract of `quote --json`.
type QuoteResult struct {
	Query string `json:"query"`
	// Found says whether the query named a speaker. When it did not,
	// Speaker is empty and Suggestions lists the speakers it may have
	// meant (several when it was ambiguous, none when it was unknown).
	Found   bool   `json:"found"`
	Speaker string `json:"speaker"`
	// Roles are what the article says the speaker is ("mayor").
	Roles []string `json:"roles"`
	// Ambiguous says that the query fits several speakers equally well
	// (two people called Kovač); Suggestions then lists them.
	Ambiguous   bool         `json:"ambiguous"`
	Suggestions []string     `json:"suggestions"`
	Quotes      []Attributed `json:"quotes"`
	Reported    []Attributed `json:"reported"`
}
