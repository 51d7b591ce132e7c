package batch

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Merge joins the outputs of a campaign's shards (or of several
// campaigns made with the same settings) into one report in out, with the
// repositories' patches and JSON reports copied there. Reports made with
// other settings, a repository in two inputs, or a shard given twice are
// errors; shards that are missing make the report say it is incomplete.
func Merge(dirs []string, out string) (*Report, error) {
	if len(dirs) == 0 {
		return nil, fmt.Errorf("merge: no folder given")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("--out: %w", err)
	}
	var first *Report
	var firstDir string
	var records []Record
	from := map[string]string{}  // repository key -> folder
	named := map[string]string{} // file name stem -> folder
	type shardSet struct {
		count, listed int
		seen          map[int]string
	}
	var shards *shardSet
	for _, dir := range dirs {
		rep, err := readReport(dir)
		if err != nil {
			return nil, err
		}
		if first == nil {
			first, firstDir = rep, dir
		} else if rep.Settings.Fingerprint != first.Settings.Fingerprint || rep.Kobolint != first.Kobolint {
			return nil, fmt.Errorf("merge: %s and %s were made with other settings or kobolint versions (%s %+v, %s %+v)",
				firstDir, dir, first.Kobolint, first.Settings, rep.Kobolint, rep.Settings)
		}
		if sh := rep.Shard; sh != nil {
			if shards == nil {
				shards = &shardSet{count: sh.Count, listed: sh.Listed, seen: map[int]string{}}
			}
			if sh.Count != shards.count || sh.Listed != shards.listed {
				return nil, fmt.Errorf("merge: %s is shard %d/%d of a list of %d, others are of %d shards of %d", dir, sh.Index, sh.Count, sh.Listed, shards.count, shards.listed)
			}
			if other, dup := shards.seen[sh.Index]; dup {
				return nil, fmt.Errorf("merge: %s and %s are both shard %d/%d", other, dir, sh.Index, sh.Count)
			}
			shards.seen[sh.Index] = dir
		}
		for _, rec := range rep.Repositories {
			if other, dup := from[rec.Key]; dup {
				return nil, fmt.Errorf("merge: %s is in both %s and %s", rec.Name, other, dir)
			}
			if other, dup := named[strings.ToLower(rec.Name)]; dup {
				return nil, fmt.Errorf("merge: two repositories named %s, in %s and %s (from different lists?)", rec.Name, other, dir)
			}
			from[rec.Key], named[strings.ToLower(rec.Name)] = dir, dir
			if err := copyOutputs(dir, out, rec); err != nil {
				return nil, err
			}
			records = append(records, rec)
		}
	}
	rep := &Report{Kobolint: first.Kobolint, Settings: first.Settings, Repositories: records}
	sortRecords(rep.Repositories)
	rep.Totals = total(rep.Repositories)
	if shards != nil {
		var missing []string
		for i := 1; i <= shards.count; i++ {
			if _, ok := shards.seen[i]; !ok {
				missing = append(missing, fmt.Sprintf("%d/%d", i, shards.count))
			}
		}
		if len(missing) > 0 {
			rep.Incomplete = fmt.Sprintf("shard(s) %s missing: %d of %d listed repositories are in this report", strings.Join(missing, ", "), len(records), shards.listed)
		}
	}
	if err := rep.Write(out); err != nil {
		return rep, err
	}
	return rep, nil
}

func readReport(dir string) (*Report, error) {
	path := filepath.Join(dir, "report.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("merge: %w (is %s a kobolint batch folder?)", err, dir)
	}
	var rep Report
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("merge: %s: not a kobolint batch report: %w", path, err)
	}
	if rep.Settings.Fingerprint == "" {
		return nil, fmt.Errorf("merge: %s: not a kobolint batch report (no settings)", path)
	}
	for _, rec := range rep.Repositories {
		for _, f := range []string{rec.Name, rec.JSON, rec.Patch} {
			if f != "" && (f != filepath.Base(f) || f == "." || f == ".." || strings.HasPrefix(f, ".")) {
				return nil, fmt.Errorf("merge: %s: %q is not a plain file name", path, f)
			}
		}
		if rec.Key == "" {
			return nil, fmt.Errorf("merge: %s: repository %q has no key", path, rec.Name)
		}
	}
	sort.SliceStable(rep.Repositories, func(i, j int) bool { return rep.Repositories[i].Name < rep.Repositories[j].Name })
	return &rep, nil
}

// copyOutputs copies a repository's files into the merged folder (unless
// it is the folder they are in).
func copyOutputs(dir, out string, rec Record) error {
	for _, name := range []string{rec.JSON, rec.Patch} {
		if name == "" {
			continue
		}
		src, dst := filepath.Join(dir, name), filepath.Join(out, name)
		if a, err := os.Stat(src); err == nil {
			if b, err := os.Stat(dst); err == nil && os.SameFile(a, b) {
				continue
			}
		}
		f, err := os.Open(src)
		if err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("merge: %s: %w", src, err)
		}
		if err := writeFile(out, name, data); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	return nil
}
