package config

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
)

// LoadIDMap reads a CSV of integer form ids and asset uids (`formid,uid`,
// header optional).
func LoadIDMap(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("id map: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	m := map[string]string{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("id map %s: %w", path, err)
		}
		if len(rec) == 0 || len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) < 2 {
			return nil, fmt.Errorf("id map %s:%d: want formid,uid", path, line)
		}
		id, uid := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		id = strings.TrimPrefix(id, "\ufeff")
		if line == 1 && !isDigits(id) {
			continue // header
		}
		if !isDigits(id) || uid == "" {
			return nil, fmt.Errorf("id map %s:%d: %q is not an integer form id with a uid", path, line, id)
		}
		m[id] = uid
	}
	return m, nil
}

// isDigits reports a non-empty run of ASCII digits: a form's integer id.
func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
