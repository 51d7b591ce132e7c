package text_test

// The engine knows no front-end; this test runs it with all of them.
import _ "github.com/kobolint/kobolint/analyzers/registry"
