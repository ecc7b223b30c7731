package answer

import (
	"regexp"
	"sort"
	"strconv"
)

// maxSides bounds the speakers whose views an answer about the sides gives.
const maxSides = 6

// sides gives one view per speaker the article quotes or reports, people
// and organisations, most quoted first: each speaker's statement or
// quotation most central to the article, labelled with their name.
func (e *Engine) sides(w wholeQuestion, history []Turn) []passage {
	var out []passage
	for _, sp := range e.castOf(true, w, history) {
		if len(out) == maxSides {
			break
		}
		var ids []int
		for _, q := range e.quotes.QuotesBy(sp.Name) {
			ids = append(ids, q.Sentence)
		}
		for _, st := range e.quotes.StatementsBy(sp.Name) {
			ids = append(ids, st.Sentence)
		}
		if id := e.structure.rank.Central(ids); id >= 0 {
			out = append(out, passage{sent: e.art.Sentences[id], label: sp.Name})
		}
	}
	return out
}

// Time expressions for timelines. Month and day names are matched
// capitalised: "may" and "march" in lower case are verbs.
var (
	yearRe   = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	monthRe  = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(\d{1,2})\b)?`)
	nowRe    = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?i)\b(today|tonight|yesterday|this (week|month|morning|evening)|last (week|month|night))\b`)
	futureRe = regexp.MustCompile(`(?i)\b(will|would begin|is set to|are set to|plans? to|tomorrow|next (week|month|year))\b`)
)

var months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}

// dated is a sentence placed in time: by a year, by a month and day, as
// happening now (a weekday, "today"), or as still to come.
type dated struct {
	id               int
	tier             int // 0 a year, 1 a month, 2 now, 3 to come
	year, month, day int
}

// timeline picks the sentences that say when something happened, the most
// central first when there are many, and orders them in time as far as the
// article dates them: years, then dates without a year, then what happens
// "on Tuesday" or "today", then what is still to come; otherwise in
// article order.
func (e *Engine) timeline(w wholeQuestion, history []Turn) []passage {
	skip := e.shown(w, history)
	var ds []dated
	for _, s := range e.art.Sentences {
		if skip[s.ID] {
			continue
		}
		if d, ok := dateOf(s.ID, s.Text); ok {
			ds = append(ds, d)
		}
	}
	limit := timelineEntries
	if w.sentences > 0 {
		limit = min(w.sentences, maxWholeSentences)
	}
	if len(ds) > limit {
		sort.SliceStable(ds, func(i, j int) bool {
			return e.structure.rank.Score(ds[i].id) > e.structure.rank.Score(ds[j].id)
		})
		ds = ds[:limit]
	}
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.year != b.year {
			return a.year < b.year
		}
		if a.month != b.month {
			return a.month < b.month
		}
		if a.day != b.day {
			return a.day < b.day
		}
		return a.id < b.id
	})
	out := make([]passage, len(ds))
	for i, d := range ds {
		out[i] = passage{sent: e.art.Sentences[d.id]}
	}
	return out
}

// quotedSpan matches words in quotation marks, whose "today" is the
// speaker's, not the article's.
var quotedSpan = regexp.MustCompile(`“[^”]*”|"[^"]*"`)

// dateOf places a sentence in time; false when it says nothing of when.
func dateOf(id int, text string) (dated, bool) {
	d := dated{id: id}
	text = quotedSpan.ReplaceAllString(text, "")
	y := yearRe.FindAllString(text, -1)
	m := monthRe.FindStringSubmatch(text)
	now := nowRe.MatchString(text)
	switch {
	case futureRe.MatchString(text) && (y != nil || m != nil || now):
		d.tier = 3
	case y != nil:
		d.tier = 0
		for i, s := range y {
			v, _ := strconv.Atoi(s)
			if i == 0 || v < d.year {
				d.year = v
			}
		}
	case m != nil:
		d.tier = 1
	case now:
		d.tier = 2
	default:
		return d, false
	}
	if m != nil {
		d.month = months[m[1]]
		d.day, _ = strconv.Atoi(m[2])
	}
	return d, true
}
