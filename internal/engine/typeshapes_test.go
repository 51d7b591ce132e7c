package engine

import (
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/rules"
)

// decls is a file declaring each type with the given wire names.
func decls(types map[string][]string) *ir.File {
	f := &ir.File{}
	for t, names := range types {
		for _, n := range names {
			f.Fields = append(f.Fields, ir.FieldRead{Name: n, Kind: ir.FieldDecl, Receiver: t})
		}
	}
	return f
}

func TestTypeShapes(t *testing.T) {
	tb := rules.MustLoad()
	saysKobo := func(n string) bool { return n == "KoboV1Form" }
	got := typeShapes(tb, decls(map[string][]string{
		// two fields only a v1 form has
		"Form": {"formid", "num_of_submissions", "title", "owner", "local_note", "color", "size"},
		// a media item: data_value, data_type
		"Media": {"id", "data_value", "data_type"},
		// one distinctive field, a name that says Kobo, half v1 fields
		"KoboV1Form": {"uuid", "id_string"},
		// the same members, a name of the program's own
		"ExportRequest": {"formid", "title"},
		// a submission's answer holding a form id among its own names
		"SubmitResponse": {"message", "formid", "encrypted", "instanceID", "error"},
		// v2 names only
		"Asset": {"uid", "name", "owner", "owner__username", "deployment__submission_count"},
	}), saysKobo)
	want := map[string]string{
		"Form": "v1-forms", "Media": "v1-metadata", "KoboV1Form": "v1-forms",
		"ExportRequest": "", "SubmitResponse": "", "Asset": "",
	}
	for name, k := range want {
		if got[name] != k {
			t.Errorf("%s: shape %q, want %q", name, got[name], k)
		}
	}
}

func TestShapeIndexConflicts(t *testing.T) {
	s := shapeIndex{}
	s.add(map[string]string{"Kobo.V1.Form": "v1-forms", "Media": "v1-metadata"})
	s.add(map[string]string{"Media": ""}) // another file's own Media record
	if k := s.kindOf("Form"); k != "v1-forms" {
		t.Errorf("a qualified type is found by its last part: got %q", k)
	}
	if k := s.kindOf("Other.Form"); k != "v1-forms" {
		t.Errorf("a qualified name is found by its last part: got %q", k)
	}
	if k := s.kindOf("Media"); k != "" {
		t.Errorf("a name declared as a shape in one file and not in another is no shape: got %q", k)
	}
	if !holeTypes([]string{"x()", "Form{}"}, s) || holeTypes([]string{"Media{}"}, s) {
		t.Error("holeTypes must tell the holes of shape types")
	}
}
