package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// stateFile holds a line per repository done, in the campaign's folder:
// what a rerun needs to tell whether a repository's results are current.
// Lines are appended as repositories finish, so a killed run keeps what it
// did; a torn last line is ignored.
const stateFile = "results.jsonl"

type stateLine struct {
	Fingerprint string `json:"fingerprint"`
	Record      Record `json:"record"`
}

type state struct {
	dir  string
	mu   sync.Mutex
	f    *os.File
	prev map[string]stateLine // by key; the last line wins
}

func openState(dir string) (*state, error) {
	path := filepath.Join(dir, stateFile)
	st := &state{dir: dir, prev: map[string]stateLine{}}
	if f, err := os.Open(path); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 64<<20)
		for sc.Scan() {
			var l stateLine
			if json.Unmarshal(sc.Bytes(), &l) == nil && l.Record.Key != "" {
				st.prev[l.Record.Key] = l
			}
		}
		f.Close()
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	st.f = f
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		// a killed run may have left half a line: end it, so that the
		// next line stands on its own
		last := make([]byte, 1)
		if r, err := os.Open(path); err == nil {
			_, err = r.ReadAt(last, fi.Size()-1)
			r.Close()
			if err == nil && last[0] != '\n' {
				_, _ = f.Write([]byte{'\n'})
			}
		}
	}
	return st, nil
}

func (s *state) add(fingerprint string, r Record) error {
	line, err := json.Marshal(stateLine{Fingerprint: fingerprint, Record: r})
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prev[r.Key] = stateLine{Fingerprint: fingerprint, Record: r}
	_, err = s.f.Write(append(line, '\n'))
	return err
}

// compact rewrites the file with the last line of each repository, so
// that reruns do not make it grow.
func (s *state) compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := slices.Sorted(maps.Keys(s.prev))
	var b bytes.Buffer
	for _, k := range keys {
		line, err := json.Marshal(s.prev[k])
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(s.dir, stateFile, b.Bytes())
}

func (s *state) close() { s.f.Close() }
