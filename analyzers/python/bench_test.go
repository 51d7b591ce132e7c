package python

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkAnalyze runs the front-end over the repository's fixtures for
// its language: dense Kobo client code, every file parsed (MB/s is the
// front-end's own speed, one core, no reading from disk).
func BenchmarkAnalyze(b *testing.B) {
	exts := strings.Fields(".py .pyw") // empty: every fixture file
	var paths []string
	var srcs [][]byte
	var size int64
	for _, dir := range []string{"../../testdata/python"} {
		_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() || strings.HasSuffix(p, ".want") || strings.HasSuffix(p, ".golden") {
				return nil
			}
			if len(exts) > 0 {
				ok := false
				for _, e := range exts {
					ok = ok || strings.EqualFold(filepath.Ext(p), e)
				}
				if !ok {
					return nil
				}
			}
			src, err := os.ReadFile(p)
			if err == nil {
				paths, srcs, size = append(paths, p), append(srcs, src), size+int64(len(src))
			}
			return nil
		})
	}
	if len(srcs) == 0 {
		b.Skip("no fixtures")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			if _, err := Analyze(paths[j], src); err != nil {
				b.Fatalf("%s: %v", paths[j], err)
			}
		}
	}
}
