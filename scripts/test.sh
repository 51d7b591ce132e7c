#!/usr/bin/env bash
# All of kobolint's checks: formatting, vet, golangci-lint (pinned in
# tools/go.mod, fetched through the Go module proxy), and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './testdata/*') | grep -v '^testdata/' || true)
if [[ -n "$unformatted" ]]; then
  echo "gofmt needed on:" >&2
  echo "$unformatted" >&2
  exit 1
fi
go vet ./...
# several checkouts of one machine may lint at once (worktrees)
go tool -modfile=tools/go.mod golangci-lint run --allow-parallel-runners ./...
# cmd/kobolint checks the whole of testdata/ 25 times in process
# (TestStreamedCheckMatchesHeld: 70 s alone, 4-10 minutes beside other
# packages on 2 busy CPUs), past go test's default timeout of 10 minutes
go test -timeout 30m ./...
