package engine

// The engine knows no front-end; its tests run with all of them.
import _ "github.com/kobolint/kobolint/analyzers/registry"
