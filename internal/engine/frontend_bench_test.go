package engine

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kobolint/kobolint/internal/lang"
)

// BenchmarkFrontEnd runs each registered front-end over the files of the
// dense corpus it would be given (KOBOLINT_BENCH_DENSE, else the
// repository's fixtures): one sub-benchmark per language, MB/s of the
// front-end alone on one core.
func BenchmarkFrontEnd(b *testing.B) {
	root := os.Getenv("KOBOLINT_BENCH_DENSE")
	if root == "" {
		root = filepath.Join("..", "..", "testdata")
	}
	type file struct {
		path string
		src  []byte
	}
	byLang := map[string][]file{}
	langs := map[string]*lang.Language{}
	err := walkFiles([]string{root}, Options{NoGitignore: true, History: true}, func(p, disp string, l *lang.Language) {
		src, err := os.ReadFile(p)
		if err != nil {
			return
		}
		if l == nil {
			l = lang.Detect(disp, src)
		}
		if l == nil || looksBinary(src) || !interesting(src, nil) {
			return
		}
		byLang[l.Name] = append(byLang[l.Name], file{disp, src})
		langs[l.Name] = l
	}, func(Problem) {})
	if err != nil || len(byLang) == 0 {
		b.Skip("no corpus")
	}
	names := make([]string, 0, len(byLang))
	for n := range byLang {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		files, l := byLang[n], langs[n]
		b.Run(n, func(b *testing.B) {
			var size int64
			for _, f := range files {
				size += int64(len(f.src))
			}
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, f := range files {
					if _, err := safeAnalyze(l, f.path, blankBOM(f.src)); err != nil {
						b.Fatalf("%s: %v", f.path, err)
					}
				}
			}
			b.ReportMetric(float64(len(files)), "files")
		})
	}
}
