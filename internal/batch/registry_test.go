package batch

// The packages under test know no front-end; their tests run with all of them.
import _ "github.com/kobolint/kobolint/analyzers/registry"
