// The file is not called embed_js.go: a _js suffix restricts a file to GOOS=js.

package text

import "github.com/kobolint/kobolint/analyzers/js"

func init() {
	frontEnds["js"] = frontEnd{analyze: js.Analyze}
}
