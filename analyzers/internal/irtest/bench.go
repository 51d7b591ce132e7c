package irtest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// BenchmarkFixtures runs a front-end over the fixtures in dir (files with
// one of exts, or every file when exts is empty): dense Kobo client code,
// every file parsed, read once before timing, so MB/s is the front-end's
// own speed on one core.
func BenchmarkFixtures(b *testing.B, analyze func(string, []byte) (*ir.File, error), dir string, exts ...string) {
	var paths []string
	var srcs [][]byte
	var size int64
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || strings.HasSuffix(p, ".want") || strings.HasSuffix(p, ".golden") {
			return nil
		}
		if len(exts) > 0 && !hasExt(p, exts) {
			return nil
		}
		if src, err := os.ReadFile(p); err == nil {
			paths, srcs, size = append(paths, p), append(srcs, src), size+int64(len(src))
		}
		return nil
	})
	if len(srcs) == 0 {
		b.Skip("no fixtures")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			if _, err := analyze(paths[j], src); err != nil {
				b.Fatalf("%s: %v", paths[j], err)
			}
		}
	}
}

func hasExt(p string, exts []string) bool {
	for _, e := range exts {
		if strings.EqualFold(filepath.Ext(p), e) {
			return true
		}
	}
	return false
}
