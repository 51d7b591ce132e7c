package text

import "github.com/kobolint/kobolint/analyzers/js"

func init() {
	frontEnds["js"] = frontEnd{analyze: js.Analyze}
}
