package fixers

import (
	"bytes"
	"fmt"
)

// DefaultMaxRounds bounds Fixpoint when the caller gives no limit.
const DefaultMaxRounds = 5

// Round is what one analysis-and-apply round did.
type Round struct {
	Applied  []string
	Rejected []Rejection
}

// FixpointResult is the outcome of Fixpoint.
type FixpointResult struct {
	Out    []byte
	Rounds []Round
	// Converged is true when the last analysis found nothing that changes
	// the content, so running the fixes again is a no-op.
	Converged bool
}

// Fixpoint applies fixes until the content stops changing. Fixes rejected in
// one round because they overlap another are usually found again, on the new
// content, by the next analysis; run is that analysis (it re-parses the bytes
// it is given and returns their fixes, already selected by safety). At most
// maxRounds rounds change the content (DefaultMaxRounds when maxRounds <= 0);
// a rule whose fix keeps changing its own output stops there with Converged
// false rather than looping.
func Fixpoint(src []byte, run func([]byte) ([]Fix, error), maxRounds int) (FixpointResult, error) {
	if maxRounds <= 0 {
		maxRounds = DefaultMaxRounds
	}
	res := FixpointResult{Out: src}
	for round := 0; round <= maxRounds; round++ {
		fixes, err := run(res.Out)
		if err != nil {
			return res, fmt.Errorf("round %d: %w", round+1, err)
		}
		out, applied, rejected := Apply(res.Out, fixes)
		changed := !bytes.Equal(out, res.Out)
		if len(fixes) > 0 {
			res.Rounds = append(res.Rounds, Round{Applied: applied, Rejected: rejected})
		}
		if !changed {
			res.Converged = true
			return res, nil
		}
		if round == maxRounds {
			// The extra analysis after the last allowed round only checks
			// convergence; its changes are not kept.
			res.Rounds = res.Rounds[:len(res.Rounds)-1]
			break
		}
		res.Out = out
	}
	return res, nil
}

// CheckIdempotent runs Fixpoint and then checks that one more analysis of the
// result changes nothing: the property that makes a second
// `kobolint check --fix` a no-op. The error names the fixes that still change
// the file.
func CheckIdempotent(src []byte, run func([]byte) ([]Fix, error), maxRounds int) ([]byte, error) {
	res, err := Fixpoint(src, run, maxRounds)
	if err != nil {
		return res.Out, err
	}
	fixes, err := run(res.Out)
	if err != nil {
		return res.Out, fmt.Errorf("re-analysis: %w", err)
	}
	var still []string
	for _, f := range fixes {
		if out, applied, _ := Apply(res.Out, []Fix{f}); len(applied) > 0 && !bytes.Equal(out, res.Out) {
			still = append(still, f.ID)
		}
	}
	if len(still) > 0 {
		return res.Out, fmt.Errorf("not idempotent after %d rounds: fixes %q still change the file", len(res.Rounds), still)
	}
	return res.Out, nil
}
