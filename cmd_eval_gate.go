package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"articlebot/eval"
	"articlebot/termtext"
)

// gateEvalReport is what `eval --gate --json` prints.
type gateEvalReport struct {
	Sets   []eval.GateReport           `json:"sets"`
	Groups map[string][]eval.GateScore `json:"groups"`
}

// runGateEval scores the citation gate on every set against the scripted
// model behaviours and prints the scores per set and per group.
func runGateEval(ctx context.Context, std stdio, sets []eval.Set, asJSON bool) error {
	rep := gateEvalReport{Groups: map[string][]eval.GateScore{}}
	for _, s := range sets {
		r, err := eval.RunGate(ctx, s)
		if err != nil {
			return err
		}
		rep.Sets = append(rep.Sets, r)
	}
	for _, g := range append(slices.Clone(eval.Groups), "") {
		if sum := eval.SumGate(rep.Sets, g); len(sum) > 0 {
			rep.Groups[groupName(g)] = sum
		}
	}
	if asJSON {
		return writeJSON(std.out, rep)
	}
	for _, r := range rep.Sets {
		fmt.Fprintf(std.out, "%s [%s] — citation gate against scripted model behaviours\n", termtext.Clean(r.Set), termtext.Clean(groupName(r.Group)))
		renderGateScores(std.out, r.Scores)
	}
	for _, g := range append(slices.Clone(eval.Groups), "") {
		if sum, ok := rep.Groups[groupName(g)]; ok && len(rep.Sets) > 1 {
			fmt.Fprintf(std.out, "all %s sets\n", groupName(g))
			renderGateScores(std.out, sum)
		}
	}
	return nil
}

func groupName(g string) string {
	if g == "" {
		return "given"
	}
	return g
}

// renderGateScores writes one table row per behaviour.
func renderGateScores(w io.Writer, scores []eval.GateScore) {
	fmt.Fprintf(w, "  %-22s %7s %6s %6s %6s %6s %7s %7s %9s %9s\n",
		"behaviour", "answers", "prec.", "recall", "kept", "moved", "removed", "dropped", "invented", "fallbacks")
	for _, s := range scores {
		kept, inv := "-", "-"
		if s.RightCited > 0 {
			kept = fmt.Sprintf("%.3f", s.Kept)
		}
		if s.Invented > 0 {
			inv = fmt.Sprintf("%d/%d", s.InventedShown, s.Invented)
		}
		fmt.Fprintf(w, "  %-22s %7d %6.3f %6.3f %6s %6d %7d %7d %9s %9d\n",
			s.Behaviour, s.Answers, s.Precision, s.Recall, kept, s.Moved, s.Removed, s.Dropped, inv, s.Fallbacks)
	}
	fmt.Fprintln(w, "  (prec.: citations pointing to a paragraph that states their sentence; recall: facts shown with one;")
	fmt.Fprintln(w, "   kept: citations the model got right still there; invented: inventions still shown as fact)")
	fmt.Fprintln(w)
}
