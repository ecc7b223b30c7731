// Clock times as figures: "6:50 p.m." and "ten to seven in the evening"
// are one time, and neither is the figures 6, 50, 10 or 7.

package answer

import (
	"regexp"

	"articlebot/lexicon"
	"strconv"
	"strings"
)

// clockTime is a time of day a text states, at bytes [start, end).
type clockTime struct {
	start, end int
	minutes    int  // since midnight; within the half day when !day
	day        bool // the text says which half of the day
}

var (
	// digitalClock is "6:50", "18:50", "6.50 pm", "6 a.m.": a colon (or a
	// stop before two digits) or a meridiem makes digits a time.
	// "7.40pm" has no word break before its meridiem.
	digitalClock = regexp.MustCompile(`(?i)\b(\d{1,2})(?:([:.])(\d{2}))?(?:\s*(a\.?m\b\.?|p\.?m\b\.?)|\b)`)
	// spelledClock is "ten to seven", "half past six", "a quarter to
	// nine", "sixteen minutes past two", "seven o'clock", "twenty to
	// midnight", then a meridiem or a part of the day ("on the evening
	// of Tuesday"). Minutes other than five, ten, twenty and the
	// quarters need the word "minutes": "from nine to five" is no time.
	spelledClock = regexp.MustCompile(`(?i)\b(?:(?:a\s+)?(twenty-five|five|ten|twenty|quarter|half|[a-z]+(?:-[a-z]+)?\s+minutes?|\d{1,2}\s+minutes?)\s+(past|after|to|before)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|midnight|noon|midday)(\s+o[’']clock)?(?:\s+(in\s+the\s+morning|in\s+the\s+afternoon|in\s+the\s+evening|at\s+night|a\.?m\b\.?|p\.?m\b\.?|(?:on\s+[A-Z][a-z]+day|this|that|the\s+next|the\s+following)\s+(?:morning|afternoon|evening|night)|on\s+the\s+(?:morning|afternoon|evening|night)\s+of))?`)
	noonClock    = regexp.MustCompile(`(?i)\b(noon|midday|midnight)\b`)
)

// clockMinutes are the minutes the spelled part of an hour stands for.
var clockMinutes = map[string]int{"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "quarter": 15, "half": 30}

// minutesOf reads the minutes before "past" or "to": "ten", "quarter",
// "sixteen minutes", "twenty-two minutes", "16 minutes".
func minutesOf(s string) (int, bool) {
	if d, ok := clockMinutes[s]; ok {
		return d, true
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "s"), "minute"))
	total := 0.0
	for _, w := range strings.Split(s, "-") {
		v, ok := parseNumber(w)
		if !ok {
			if w != "one" {
				return 0, false
			}
			v = 1
		}
		total += v
	}
	if total < 1 || total > 59 {
		return 0, false
	}
	return int(total), true
}

// clockTimes returns the times of day a text states. A number is a time
// only with a colon and two digits, a meridiem ("a.m.", "in the
// evening"), "o'clock", or a spelled "ten to", "half past" together with
// one of those: "two to three years" and "ten to twelve months" are not
// times.
func clockTimes(text string) []clockTime {
	var out []clockTime
	taken := func(s, e int) bool {
		for _, t := range out {
			if s < t.end && e > t.start {
				return true
			}
		}
		return false
	}
	for _, m := range spelledClock.FindAllStringSubmatchIndex(text, -1) {
		part := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return strings.ToLower(text[m[2*k]:m[2*k+1]])
		}
		oclock, meridiem := part(4) != "", part(5)
		if !oclock && meridiem == "" && !(part(1) != "" && (atClock(text, m[0], m[1]) || plainClock(text, part(1), part(2), part(3), m[1]))) {
			continue
		}
		h, ok := parseNumber(part(3))
		if noon, isNoon := noonHours[part(3)]; isNoon {
			if part(1) == "" {
				continue // "midnight" alone: noonClock reads it
			}
			// Before midnight is the evening, after it the morning;
			// before noon the morning, after it the afternoon.
			before := part(2) == "to" || part(2) == "before"
			meridiem = "am"
			if before == noon {
				meridiem = "pm"
			}
			h, ok = 12, true
		}
		if !ok {
			h = 1 // "one"
			if part(3) != "one" {
				continue
			}
		}
		if h < 1 || h > 12 {
			continue
		}
		mins := int(h) % 12 * 60
		if part(1) != "" {
			d, ok := minutesOf(part(1))
			if !ok {
				continue
			}
			if p := part(2); p == "to" || p == "before" {
				d = -d
			}
			mins = (mins + d + 720) % 720
		}
		t := clockTime{start: m[0], end: m[1], minutes: mins}
		t.minutes, t.day = withMeridiem(mins, meridiem)
		out = append(out, t)
	}
	for _, m := range digitalClock.FindAllStringSubmatchIndex(text, -1) {
		colon, meridiem := m[4] >= 0 && text[m[4]] == ':', m[8] >= 0
		if taken(m[0], m[1]) || !colon && !meridiem {
			continue // a bare number, or "4.10" without "p.m."
		}
		h, _ := strconv.Atoi(text[m[2]:m[3]])
		mins := 0
		if m[6] >= 0 {
			mins, _ = strconv.Atoi(text[m[6]:m[7]])
		}
		if h > 23 || mins > 59 || meridiem && (h > 12 || h == 0) {
			continue
		}
		t := clockTime{start: m[0], end: m[1], minutes: h*60 + mins, day: h > 12 || h == 0}
		if !t.day {
			t.minutes %= 720 // "12:30" is in the first hour of a half day
		}
		if meridiem {
			t.minutes, t.day = withMeridiem(h%12*60+mins, strings.ToLower(text[m[8]:m[9]]))
		}
		out = append(out, t)
	}
	for _, m := range noonClock.FindAllStringIndex(text, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		mins := 12 * 60
		if strings.EqualFold(text[m[0]:m[1]], "midnight") {
			mins = 0
		}
		out = append(out, clockTime{start: m[0], end: m[1], minutes: mins, day: true})
	}
	return out
}

// atClock reports whether a spelled time with its minutes and no meridiem
// ("twenty to eight") stands where a time of day does: after "at", and
// before the end of its clause or a function word ("at twenty to eight
// on Friday"; not "at ten to twelve months").
func atClock(text string, start, end int) bool {
	before := strings.Fields(strings.ToLower(text[:start]))
	if len(before) == 0 || strings.Trim(before[len(before)-1], "(") != "at" {
		return false
	}
	return timeMayEndAt(text, end)
}

// noonHours are the hours said as words of their own, true for midnight:
// "twenty to midnight" is 11.40pm, "ten past noon" 12.10pm.
var noonHours = map[string]bool{"midnight": true, "noon": false, "midday": false}

// plainClock reports whether a spelled time with its minutes and neither
// "at" nor a meridiem is still a time of day: minutes no range or count
// says ("half past six", "a quarter to ten", "twenty past eight", "ten to
// midnight") at the end of a clause or before a function word. "Five to
// ten years", "from nine to five" and "a year and a half to two" stay
// figures.
func plainClock(text, minutes, prep, hour string, end int) bool {
	if _, noon := noonHours[hour]; !noon && prep != "past" && prep != "after" && minutes != "quarter" {
		return false
	}
	return timeMayEndAt(text, end)
}

// timeMayEndAt reports whether what follows end in text lets a spelled time
// end there: nothing, punctuation closing the word, or a function word
// ("… at twenty to eight on Friday"), not a noun it would count ("ten to
// twelve months").
func timeMayEndAt(text string, end int) bool {
	after := strings.Fields(text[end:])
	if len(after) == 0 {
		return true
	}
	next := strings.ToLower(after[0])
	if w := strings.TrimRight(next, ".,;:!?)"); w != next {
		return true
	}
	return lexicon.FunctionWords.Has(next)
}

// withMeridiem places minutes within the half day into the day, where the
// meridiem says which half.
func withMeridiem(mins int, meridiem string) (int, bool) {
	switch {
	case meridiem == "":
		return mins % 720, false
	case strings.HasPrefix(meridiem, "p") || strings.Contains(meridiem, "afternoon") || strings.Contains(meridiem, "evening") ||
		strings.Contains(meridiem, "night") && mins >= 6*60:
		return mins + 720, true
	}
	return mins, true
}

// Clock times are figures of their own, coded as negative values (as
// dates are) that no count can equal: a time of the day, and its place in
// the half day for a text that does not say which half.
const (
	dayClock  = -20000
	halfClock = -30000
)

// clockFigures returns the figures for a text's clock times: a source's
// time gives every reading a claim may have of it, a claim's only its own.
func clockFigures(times []clockTime, claim bool) []float64 {
	var out []float64
	for _, t := range times {
		switch {
		case claim && t.day:
			out = append(out, float64(dayClock-t.minutes))
		case claim:
			out = append(out, float64(halfClock-t.minutes%720))
		case t.day:
			out = append(out, float64(dayClock-t.minutes), float64(halfClock-t.minutes%720))
		default:
			out = append(out, float64(halfClock-t.minutes), float64(dayClock-t.minutes), float64(dayClock-t.minutes-720))
		}
	}
	return out
}

// withoutClocks blanks a text's clock times, so that their numbers are not
// read as counts ("ten to seven" states neither ten nor seven).
func withoutClocks(text string, times []clockTime) string {
	if len(times) == 0 {
		return text
	}
	b := []byte(text)
	for _, t := range times {
		for k := t.start; k < t.end; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}
