package irtest

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kobolint/kobolint/internal/ir"
)

// TimeFiles times analyze on the files in $TIME_FILES (colon-separated)
// and logs size, time and counts per file; a development aid for finding
// slow inputs (irdump shows the IR but does not time it). It skips the
// test when TIME_FILES is unset.
func TimeFiles(t *testing.T, analyze func(string, []byte) (*ir.File, error)) {
	t.Helper()
	list := os.Getenv("TIME_FILES")
	if list == "" {
		t.Skip("set TIME_FILES")
	}
	for _, p := range strings.Split(list, ":") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		f, err := analyze(p, src)
		if err != nil {
			t.Logf("%s: %v", p, err)
			continue
		}
		t.Logf("%s: %d bytes, %v, %d URLs, %d fields", p, len(src), time.Since(start), len(f.URLs), len(f.Fields))
	}
}
