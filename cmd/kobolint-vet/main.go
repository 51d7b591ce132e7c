// Command kobolint-vet runs kobolint's Go check (the kobov1 Analyzer) as a
// standalone tool or under go vet:
//
//	kobolint-vet ./...
//	kobolint-vet -fix ./...
//	go vet -vettool=$(which kobolint-vet) ./...
//
// It reports uses of the removed KoboToolbox v1 API in Go code; each
// diagnostic names its rule (KB201, KB410, ...).
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/kobolint/kobolint/analyzers/golang/passes/kobov1"
)

func main() { singlechecker.Main(kobov1.Analyzer) }
