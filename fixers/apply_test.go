package fixers

import (
	"reflect"
	"strings"
	"testing"
)

func e(s, end int, text string) Edit { return Edit{Start: s, End: end, NewText: text} }

func fx(id string, edits ...Edit) Fix { return Fix{ID: id, Safety: SafetySafe, Edits: edits} }

func TestApply(t *testing.T) {
	const src = "0123456789"
	tests := []struct {
		name     string
		fixes    []Fix
		want     string
		applied  []string
		rejected []string // "ID: reason"
	}{
		{"none", nil, src, nil, nil},
		{"replace", []Fix{fx("a", e(2, 4, "xy"))}, "01xy456789", []string{"a"}, nil},
		{"insert and delete", []Fix{fx("a", e(0, 0, ">"), e(9, 10, ""))}, ">012345678", []string{"a"}, nil},
		{"given out of order", []Fix{fx("a", e(8, 9, "B"), e(1, 2, "A"))}, "0A234567B9", []string{"a"}, nil},
		{"adjacent fixes", []Fix{fx("a", e(2, 4, "X")), fx("b", e(4, 6, "Y"))}, "01XY6789", []string{"a", "b"}, nil},
		{"overlap keeps first", []Fix{fx("a", e(2, 5, "X")), fx("b", e(4, 6, "Y"))}, "01X56789", []string{"a"}, []string{"b: overlaps fix a"}},
		{"overlap rejects whole fix", []Fix{fx("a", e(2, 5, "X")), fx("b", e(8, 9, "Z"), e(4, 6, "Y"))}, "01X56789", []string{"a"}, []string{"b: overlaps fix a"}},
		{"names the earliest conflict", []Fix{fx("a", e(0, 2, "A")), fx("b", e(3, 5, "B")), fx("c", e(4, 5, "C"), e(1, 2, "C"))}, "A2B56789", []string{"a", "b"}, []string{"c: overlaps fix a"}},
		{"identical duplicate counts once", []Fix{fx("a", e(2, 4, "X")), fx("b", e(2, 4, "X"))}, "01X456789", []string{"a", "b"}, nil},
		{"partial duplicate", []Fix{fx("a", e(2, 4, "X")), fx("b", e(2, 4, "X"), e(7, 8, "Y"))}, "01X456Y89", []string{"a", "b"}, nil},
		{"same span other text", []Fix{fx("a", e(2, 4, "X")), fx("b", e(2, 4, "Y"))}, "01X456789", []string{"a"}, []string{"b: overlaps fix a"}},
		{"two inserts at one offset conflict", []Fix{fx("a", e(3, 3, "X")), fx("b", e(3, 3, "Y"))}, "012X3456789", []string{"a"}, []string{"b: overlaps fix a"}},
		{"insert inside replacement conflicts", []Fix{fx("a", e(2, 6, "X")), fx("b", e(4, 4, "Y"))}, "01X6789", []string{"a"}, []string{"b: overlaps fix a"}},
		{"insert at edges of replacement", []Fix{fx("a", e(2, 6, "X")), fx("b", e(2, 2, "<")), fx("c", e(6, 6, ">"))}, "01<X>6789", []string{"a", "b", "c"}, nil},
		{"inserts of one fix keep order", []Fix{fx("a", e(5, 5, "x"), e(5, 5, "y"), e(5, 5, "x"))}, "01234xyx56789", []string{"a"}, nil},
		{"self overlap", []Fix{fx("a", e(1, 4, "X"), e(3, 5, "Y"))}, src, nil, []string{"a: edit 1 overlaps another edit of the same fix"}},
		{"self duplicate", []Fix{fx("a", e(1, 4, "X"), e(1, 4, "X"))}, "0X456789", []string{"a"}, nil},
		{"inverted", []Fix{fx("a", e(5, 3, "X"))}, src, nil, []string{"a: edit 0: inverted span [5,3)"}},
		{"negative", []Fix{fx("a", e(-1, 3, "X"))}, src, nil, []string{"a: edit 0: negative offset in span [-1,3)"}},
		{"past end", []Fix{fx("a", e(0, 1, ""), e(9, 11, "X"))}, src, nil, []string{"a: edit 1: span [9,11) outside file of 10 bytes"}},
		{"insert at end", []Fix{fx("a", e(10, 10, "!"))}, src + "!", []string{"a"}, nil},
		{"no edits", []Fix{fx("a")}, src, nil, []string{"a: fix has no edits"}},
		{"no-op edit blocks nothing", []Fix{fx("a", e(2, 5, "234")), fx("b", e(3, 4, "Z"))}, "012Z456789", []string{"a", "b"}, nil},
		{"rejected fix does not block", []Fix{fx("a", e(2, 5, "X")), fx("b", e(4, 7, "Y")), fx("c", e(6, 7, "Z"))}, "01X5Z789", []string{"a", "c"}, []string{"b: overlaps fix a"}},
		{"unnamed fixes", []Fix{fx("", e(2, 5, "X")), fx("", e(4, 7, "Y"))}, "01X56789", []string{""}, []string{": overlaps fix #0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := []byte(src)
			out, applied, rejected := Apply(in, tc.fixes)
			if string(in) != src {
				t.Fatalf("Apply modified its input: %q", in)
			}
			if string(out) != tc.want {
				t.Errorf("out = %q, want %q", out, tc.want)
			}
			if !reflect.DeepEqual(applied, tc.applied) {
				t.Errorf("applied = %q, want %q", applied, tc.applied)
			}
			var rej []string
			for _, r := range rejected {
				rej = append(rej, r.ID+": "+r.Reason)
			}
			if !reflect.DeepEqual(rej, tc.rejected) {
				t.Errorf("rejected = %q, want %q", rej, tc.rejected)
			}
		})
	}
}

func TestApplyConflictField(t *testing.T) {
	_, _, rej := Apply([]byte("abc"), []Fix{fx("first", e(0, 2, "X")), fx("second", e(1, 3, "Y"))})
	if len(rej) != 1 || rej[0].Conflict != "first" || rej[0].ID != "second" {
		t.Fatalf("rejections = %+v", rej)
	}
}

func TestApplyOutputIsFresh(t *testing.T) {
	in := []byte("abc")
	out, _, _ := Apply(in, nil)
	out[0] = 'X'
	if string(in) != "abc" {
		t.Fatal("output aliases the input")
	}
}

func TestApplyCRLF(t *testing.T) {
	src := "import a\r\nx = 1\r\n"
	out, _, _ := Apply([]byte(src), []Fix{fx("a", e(10, 15, "x = 1\ny = 2"))})
	want := "import a\r\nx = 1\r\ny = 2\r\n"
	if string(out) != want {
		t.Fatalf("got %q, want %q", out, want)
	}
	if strings.Count(string(out), "\n") != strings.Count(string(out), "\r\n") {
		t.Fatal("mixed line endings")
	}
}

func TestApplyKeepsBOM(t *testing.T) {
	src := "\xef\xbb\xbfurl = 'https://kc.example/api/v1/data'\n"
	i := strings.Index(src, "/api/v1/data")
	out, applied, _ := Apply([]byte(src), []Fix{fx("a", e(i, i+len("/api/v1/data"), "/api/v2/assets/"))})
	if len(applied) != 1 || !strings.HasPrefix(string(out), "\xef\xbb\xbfurl = ") {
		t.Fatalf("got %q", out)
	}
}

func TestSelect(t *testing.T) {
	fixes := []Fix{{ID: "s", Safety: SafetySafe}, {ID: "u", Safety: SafetyUnsafe}, {ID: "n", Safety: SafetyNone}, {ID: "q", Safety: "weird"}}
	keep, skipped := Select(fixes, false)
	if len(keep) != 1 || keep[0].ID != "s" || len(skipped) != 3 {
		t.Fatalf("keep %v skipped %v", keep, skipped)
	}
	keep, skipped = Select(fixes, true)
	if len(keep) != 2 || keep[1].ID != "u" || len(skipped) != 2 {
		t.Fatalf("keep %v skipped %v", keep, skipped)
	}
}
