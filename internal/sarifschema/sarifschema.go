// Package sarifschema checks a SARIF log against the SARIF 2.1.0 JSON
// schema, for tests. The schema is the one go-sarif v3 carries (a test
// dependency only: the printer uses go-sarif v2, see internal/report).
package sarifschema

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	// imported for its module, whose source holds the schema
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"
)

const module = "github.com/owenrumney/go-sarif/v3"

// Validate checks data as written against the schema text of the go-sarif
// v3 module: every property, type, enum and format. (v3's own Validate
// re-encodes its structs, which write defaults the schema refuses, such as
// an empty driver language.)
func Validate(data []byte) error {
	schema, err := schemaText()
	if err != nil {
		return err
	}
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(data))
	if err != nil {
		return err
	}
	if !res.Valid() {
		var msgs []string
		for _, e := range res.Errors() {
			msgs = append(msgs, e.String())
		}
		return fmt.Errorf("not valid SARIF 2.1.0:\n%s", strings.Join(msgs, "\n"))
	}
	return nil
}

// schemaText reads the schema out of the module's source (it is an
// unexported constant there) in the module cache, found with `go list`
// from this package's directory.
func schemaText() (string, error) {
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module)
	if _, self, _, ok := runtime.Caller(0); ok {
		cmd.Dir = filepath.Dir(self) // inside this module, whatever the caller's working directory
	}
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", module, err)
	}
	dir := strings.TrimSpace(string(out))
	src, err := os.ReadFile(filepath.Join(dir, "pkg", "report", "v210", "sarif", "schema.go"))
	if err != nil {
		return "", err
	}
	text := string(src)
	i, j := strings.IndexByte(text, '`'), strings.LastIndexByte(text, '`')
	if i < 0 || j <= i {
		return "", errors.New("no schema text in go-sarif's schema.go")
	}
	return text[i+1 : j], nil
}
