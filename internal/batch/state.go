package batch

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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
	mu   sync.Mutex
	f    *os.File
	prev map[string]stateLine // by key; the last line wins
}

func openState(dir string) (*state, error) {
	path := filepath.Join(dir, stateFile)
	st := &state{prev: map[string]stateLine{}}
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
	_, err = s.f.Write(append(line, '\n'))
	return err
}

func (s *state) close() { s.f.Close() }
