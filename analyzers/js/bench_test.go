package js

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// TestTimeFiles times Analyze on the files in $TIME_FILES (colon-separated).
func TestTimeFiles(t *testing.T) { irtest.TimeFiles(t, Analyze) }
