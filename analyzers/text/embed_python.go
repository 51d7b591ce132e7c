package text

import "github.com/kobolint/kobolint/analyzers/python"

func init() {
	frontEnds["python"] = frontEnd{analyze: python.Analyze}
}
