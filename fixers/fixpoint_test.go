package fixers

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// replaceAll is a toy analysis: one fix per occurrence of old, overlapping
// occurrences included, as a real rule set can report nested findings.
func replaceAll(old, new string) func([]byte) ([]Fix, error) {
	return func(src []byte) ([]Fix, error) {
		var fixes []Fix
		for i := 0; ; i++ {
			j := bytes.Index(src[i:], []byte(old))
			if j < 0 {
				return fixes, nil
			}
			i += j
			fixes = append(fixes, fx(fmt.Sprintf("at%d", i), e(i, i+len(old), new)))
		}
	}
}

func TestFixpointOverlapsNeedRounds(t *testing.T) {
	res, err := Fixpoint([]byte("aaaa"), replaceAll("aa", "b"), 0)
	if err != nil {
		t.Fatal(err)
	}
	// Round 1: at0 and at2 applied, at1 rejected; round 2 finds nothing.
	if string(res.Out) != "bb" || !res.Converged || len(res.Rounds) != 1 {
		t.Fatalf("%q converged=%v rounds=%+v", res.Out, res.Converged, res.Rounds)
	}
	if r := res.Rounds[0]; len(r.Rejected) != 1 || r.Rejected[0].Reason != "overlaps fix at0" {
		t.Fatalf("round 1 %+v", r)
	}
}

func TestFixpointChain(t *testing.T) {
	// "ab" -> "b" exposes a new "ab" each round.
	res, err := Fixpoint([]byte("aaaab"), replaceAll("ab", "b"), 0)
	if err != nil || string(res.Out) != "b" || !res.Converged || len(res.Rounds) != 4 {
		t.Fatalf("%q converged=%v rounds=%d err=%v", res.Out, res.Converged, len(res.Rounds), err)
	}
	res, err = Fixpoint([]byte("aaaab"), replaceAll("ab", "b"), 2)
	if err != nil || string(res.Out) != "aab" || res.Converged || len(res.Rounds) != 2 {
		t.Fatalf("bounded: %q converged=%v rounds=%d err=%v", res.Out, res.Converged, len(res.Rounds), err)
	}
}

func TestFixpointNeverConverges(t *testing.T) {
	grow := replaceAll("x", "xx")
	res, err := Fixpoint([]byte("x"), grow, 0)
	if err != nil || res.Converged || len(res.Rounds) != DefaultMaxRounds || len(res.Out) != 1<<DefaultMaxRounds {
		t.Fatalf("%q converged=%v rounds=%d err=%v", res.Out, res.Converged, len(res.Rounds), err)
	}
	if _, err := CheckIdempotent([]byte("x"), grow, 0); err == nil || !strings.Contains(err.Error(), "not idempotent") {
		t.Fatalf("err = %v", err)
	}
}

func TestFixpointNothingToDo(t *testing.T) {
	res, err := Fixpoint([]byte("clean"), replaceAll("v1", "v2"), 0)
	if err != nil || string(res.Out) != "clean" || !res.Converged || len(res.Rounds) != 0 {
		t.Fatalf("%q %+v %v", res.Out, res, err)
	}
}

func TestFixpointError(t *testing.T) {
	boom := errors.New("parse error")
	calls := 0
	run := func(src []byte) ([]Fix, error) {
		calls++
		if calls == 2 {
			return nil, boom
		}
		return replaceAll("v1", "v2")(src)
	}
	res, err := Fixpoint([]byte("/api/v1/"), run, 0)
	if !errors.Is(err, boom) || string(res.Out) != "/api/v2/" {
		t.Fatalf("%q %v", res.Out, err)
	}
}

func TestCheckIdempotent(t *testing.T) {
	src := []byte("url = '/api/v1/data'\r\nother = '/api/v1/forms'\r\n")
	out, err := CheckIdempotent(src, replaceAll("/api/v1/", "/api/v2/"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := "url = '/api/v2/data'\r\nother = '/api/v2/forms'\r\n"; string(out) != want {
		t.Fatalf("got %q", out)
	}
}
