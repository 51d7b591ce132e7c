package csharp

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestTimeFiles times Analyze on the files in $TIME_FILES (colon-separated);
// a development aid.
func TestTimeFiles(t *testing.T) {
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
		f, err := Analyze(p, src)
		if err != nil {
			t.Logf("%s: %v", p, err)
			continue
		}
		t.Logf("%s: %d bytes, %v, %d URLs, %d fields", p, len(src), time.Since(start), len(f.URLs), len(f.Fields))
	}
}
