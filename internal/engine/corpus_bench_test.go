package engine

import (
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// benchFile is one file of the benchmark corpus, held in memory so that the
// prefilter benchmark measures scanning, not the disk.
type benchFile struct {
	path string
	src  []byte
}

var (
	benchOnce  sync.Once
	benchFiles []benchFile
	benchBytes int64
)

// benchRoots are the directories the engine benchmarks read: KOBOLINT_BENCH_DIR
// when set (bench/run.sh points it at its whole corpus), else a slice of the
// Go standard library, which every machine with Go has, plus the repository's
// own fixtures (dense in Kobo markers).
func benchRoots() []string {
	if d := os.Getenv("KOBOLINT_BENCH_DIR"); d != "" {
		return []string{d}
	}
	return []string{filepath.Join(build.Default.GOROOT, "src", "net"), filepath.Join("..", "..", "testdata")}
}

func loadBenchCorpus(b testing.TB) []benchFile {
	benchOnce.Do(func() {
		for _, root := range benchRoots() {
			_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil || !d.Type().IsRegular() {
					return nil
				}
				src, err := os.ReadFile(p)
				if err == nil {
					benchFiles = append(benchFiles, benchFile{p, src})
					benchBytes += int64(len(src))
				}
				return nil
			})
		}
	})
	if len(benchFiles) == 0 {
		b.Skip("no benchmark corpus")
	}
	return benchFiles
}
