package batch

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// Shard is this job's share of a list: shard Index (1-based) of Count.
// The zero value is the whole list.
type Shard struct {
	Index, Count int
}

// String is the K/N form ("" for the whole list).
func (s Shard) String() string {
	if s.Count <= 1 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// ParseShard reads --shard: "K/N" (1-based K, as GitLab's CI_NODE_INDEX
// and a matrix of 1..N give it), or "N" alone, taking K from the
// JOB_COMPLETION_INDEX a Kubernetes Indexed Job sets (0-based). getenv is
// os.Getenv outside tests.
func ParseShard(spec string, getenv func(string) string) (Shard, error) {
	if spec == "" {
		return Shard{}, nil
	}
	k, n, hasK := strings.Cut(spec, "/")
	if !hasK {
		n = k
		idx := strings.TrimSpace(getenv("JOB_COMPLETION_INDEX"))
		if idx == "" {
			return Shard{}, fmt.Errorf("--shard %s: give K/N, or run where JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job)", spec)
		}
		i, err := strconv.Atoi(idx)
		if err != nil || i < 0 {
			return Shard{}, fmt.Errorf("--shard %s: JOB_COMPLETION_INDEX=%q is not an index", spec, idx)
		}
		k = strconv.Itoa(i + 1)
	}
	ki, err1 := strconv.Atoi(strings.TrimSpace(k))
	ni, err2 := strconv.Atoi(strings.TrimSpace(n))
	if err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("--shard %s: want K/N with 1 <= K <= N (or N with JOB_COMPLETION_INDEX)", spec)
	}
	if ni == 1 {
		return Shard{}, nil
	}
	return Shard{Index: ki, Count: ni}, nil
}

// Has reports whether a repository belongs to the shard: a stable hash of
// its key (the URL without credentials, and ref) picks the shard, so the
// split does not depend on the list's order or on which other
// repositories it holds.
func (s Shard) Has(key string) bool {
	if s.Count <= 1 {
		return true
	}
	return int(shardOf(key, s.Count)) == s.Index-1
}

func shardOf(key string, n int) uint64 {
	h := sha256.Sum256([]byte(key))
	return binary.BigEndian.Uint64(h[:8]) % uint64(n)
}
