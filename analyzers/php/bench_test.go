package php

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

func BenchmarkFixtures(b *testing.B) {
	irtest.BenchmarkFixtures(b, Analyze, "../../testdata/php", ".php")
}

// TestTimeFiles times Analyze on the files in $TIME_FILES (colon-separated).
func TestTimeFiles(t *testing.T) { irtest.TimeFiles(t, Analyze) }
