package r

import (
	"strings"
	"testing"
)

// kinds lexes src and returns "Kind:text" for each non-space token.
func kinds(src string) []string {
	var out []string
	for _, t := range Lex([]byte(src)) {
		if t.Kind == Space {
			continue
		}
		out = append(out, t.Kind.String()+":"+src[t.Start:t.End])
	}
	return out
}

func TestLexTokens(t *testing.T) {
	cases := []struct {
		src  string
		want string
	}{
		{`x <- "a\"b"`, `Ident:x Op:<- String:"a\"b"`},
		{`'it''s'`, `String:'it' String:'s'`},
		{`r"(a"b)"`, `RawString:r"(a"b)"`},
		{`R'[x]'`, `RawString:R'[x]'`},
		{`r"{x}"`, `RawString:r"{x}"`},
		{`r"--(a)-")--"`, `RawString:r"--(a)-")--"`},
		{`r"x"`, `Ident:r String:"x"`},
		{"`my var` <- 1", "Backtick:`my var` Op:<- Number:1"},
		{`x$a@b`, `Ident:x Op:$ Ident:a Op:@ Ident:b`},
		{`0x1F 1L 2i 1e-3 1.5e+10 .5 1. 0x1p3 0x1.8p-2 3e 0xAL`, `Number:0x1F Number:1L Number:2i Number:1e-3 Number:1.5e+10 Number:.5 Number:1. Number:0x1p3 Number:0x1.8p-2 Number:3 Ident:e Number:0xAL`},
		{`a %>% b %in% c %||% d |> e`, `Ident:a Op:%>% Ident:b Op:%in% Ident:c Op:%||% Ident:d Op:|> Ident:e`},
		{`a <<- b; c -> d; e ->> f; g = h; i := j`, `Ident:a Op:<<- Ident:b Op:; Ident:c Op:-> Ident:d Op:; Ident:e Op:->> Ident:f Op:; Ident:g Op:= Ident:h Op:; Ident:i Op::= Ident:j`},
		{`pkg::f(); pkg:::g`, `Ident:pkg Op::: Ident:f Op:( Op:) Op:; Ident:pkg Op:::: Ident:g`},
		{`x[[1]][2]`, `Ident:x Op:[[ Number:1 Op:]] Op:[ Number:2 Op:]`},
		{`x[y[1]]`, `Ident:x Op:[ Ident:y Op:[ Number:1 Op:] Op:]`},
		{`x[[y[1]]]`, `Ident:x Op:[[ Ident:y Op:[ Number:1 Op:] Op:]]`},
		{`\(x) x`, `Op:\ Op:( Ident:x Op:) Ident:x`},
		{".a_b.c ..1 ... ._x", `Ident:.a_b.c Ident:..1 Ident:... Ident:._x`},
		{"été <- 1", "Ident:été Op:<- Number:1"},
		{"x # c\ny", "Ident:x Comment:# c Newline:\n Ident:y"},
		{`a<=b>=c==d!=e&&f||g!h`, `Ident:a Op:<= Ident:b Op:>= Ident:c Op:== Ident:d Op:!= Ident:e Op:&& Ident:f Op:|| Ident:g Op:! Ident:h`},
		{`2**3^4`, `Number:2 Op:** Number:3 Op:^ Number:4`},
		{`"unterminated`, `Error:"unterminated`},
		{"`open", "Error:`open"},
		{`r"(never closed`, `Error:r"(never closed`},
		{`a % b`, `Ident:a Error:% b`},
		{"_x", "Error:_ Ident:x"},
		{"f(y = _)", "Ident:f Op:( Ident:y Op:= Ident:_ Op:)"},
		{"\xff", "Error:\xff"},
		{"\ufeffx", "Ident:x"},
	}
	for _, c := range cases {
		got := strings.Join(kinds(c.src), " ")
		if got != c.want {
			t.Errorf("Lex(%q)\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestUnescape(t *testing.T) {
	cases := map[string]string{
		`a\nb`:              "a\nb",
		`\t\r\a\b\f\v`:      "\t\r\a\b\f\v",
		"\\\\ \\\" \\' \\`": "\\ \" ' `",
		`\x41\x4`:           "A\x04",
		`\101\0`:            "A\x00",
		`\u00e9`:            "é",
		`\u{e9}`:            "é",
		`\U0001F600`:        "😀",
		`\U{1F600}`:         "😀",
		`\d`:                "d",
		`\x`:                `\x`,
		`\u{zz}`:            `\u{zz}`,
		`end\`:              `end\`,
	}
	for in, want := range cases {
		if got := unescape([]byte(in)); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStrContent(t *testing.T) {
	src := []byte(`x <- r"-(a/b)-"; y <- "c\\d"; z <- "e/f"`)
	var got []string
	for _, tk := range Lex(src) {
		if tk.Kind != String && tk.Kind != RawString {
			continue
		}
		s, e, text, raw := strContent(src, tk)
		got = append(got, string(src[s:e])+"|"+text+"|"+map[bool]string{true: "raw", false: "cooked"}[raw])
	}
	want := []string{`a/b|a/b|raw`, `c\\d|c\d|cooked`, `e/f|e/f|raw`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}

// checkTokens verifies the lexer invariants: tokens cover the input in
// order, without gaps or overlaps.
func checkTokens(t *testing.T, src []byte) {
	t.Helper()
	toks := Lex(src)
	var b strings.Builder
	prev := 0
	for _, tk := range toks {
		if tk.Start != prev || tk.End <= tk.Start || tk.End > len(src) {
			t.Fatalf("bad token %+v after %d in %q", tk, prev, src)
		}
		b.Write(src[tk.Start:tk.End])
		prev = tk.End
	}
	if b.String() != string(src) {
		t.Fatalf("tokens do not give back the input %q", src)
	}
}

func TestLexCoversInput(t *testing.T) {
	for _, s := range lexSeeds {
		checkTokens(t, []byte(s))
	}
}

var lexSeeds = []string{
	"",
	"x <- 1\n",
	"f <- function(a = \"https://x\", ...) { a$b[[\"c\"]] }\r\n",
	`r"---[` + "\n" + `]---"`,
	"`a\\`b` %%",
	"x[[1]]]]]]",
	"\\(x) x |> f(y = _)",
	"# comment only",
	"'\\",
	"0x",
	"1e",
	"r'",
	"R\"-",
	"\xe2\x82",
	"{(([[",
	"a$`b`@\"c\"",
}

func FuzzLex(f *testing.F) {
	for _, s := range lexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, []byte(s))
	})
}
