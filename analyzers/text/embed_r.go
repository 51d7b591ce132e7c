package text

import "github.com/kobolint/kobolint/analyzers/r"

func init() {
	frontEnds["r"] = frontEnd{analyze: r.Analyze}
}
