package answer

import "strings"

// failures are the checks a judgement failed, as bits: kept without text
// on the gate's hot path, named only when listed.
type failures uint32

// The checks of judgeWindow, in the order it runs them.
const (
	failFigures failures = 1 << iota
	failNegation
	failAntonym
	failModality
	failCause
	failDenied
	failName
	failSubject
	failStranger
	failAnchor
	failContrast
	failSwappedName
	failSwappedRoles
	failFigureBound
	failPredicate
)

var failureNames = []string{"figures", "negation", "antonym", "modality", "cause", "denied nearby", "name",
	"subject", "stranger", "anchor", "contrast", "swapped name", "swapped roles", "figure bound elsewhere",
	"predicate coverage"}

// note records that a check failed.
func (j *judgement) note(f failures) { j.why |= f }

// String names the failed checks, in the order they run.
func (f failures) String() string {
	var out []string
	for i, n := range failureNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}
