// The file is not called embed_js.go: a _js suffix restricts a file to GOOS=js.

package text

import (
	"github.com/kobolint/kobolint/analyzers/js"
	"github.com/kobolint/kobolint/internal/ir"
)

func init() {
	frontEnds["js"] = frontEnd{analyze: js.Analyze}
	// TypeScript in a <script lang="ts"> block: the js front-end picks its
	// grammar by the file name's ending
	frontEnds["ts"] = frontEnd{analyze: func(path string, code []byte) (*ir.File, error) {
		f, err := js.Analyze(path+".ts", code)
		if f != nil {
			f.Path = path
		}
		return f, err
	}}
}
