package r

import (
	"path"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// A command line handed to system() or shell() (cmd <- sprintf("curl -X
// %s %s/api/v1/%s -H ...", verb, server, endpoint); system(cmd)) requests
// the URL word of its curl or wget: that word is the request's URL, so a
// function that builds the command from its parameters is a wrapper like
// any other, completed at each of its calls.

// shellCommands are the R functions that run a command line.
var shellCommands = map[string]bool{"system": true, "shell": true}

// curlValueOptions are the options of curl and wget that take the next
// word as their value (not the URL).
var curlValueOptions = map[string]bool{
	"-X": true, "--request": true, "-H": true, "--header": true, "-d": true, "--data": true,
	"--data-raw": true, "--data-binary": true, "--data-urlencode": true, "-F": true, "--form": true,
	"-o": true, "--output": true, "-u": true, "--user": true, "-A": true, "--user-agent": true,
	"-e": true, "--referer": true, "-b": true, "--cookie": true, "-c": true, "--cookie-jar": true,
	"-T": true, "--upload-file": true, "-w": true, "--write-out": true, "-m": true,
	"--max-time": true, "--post-data": true, "--method": true,
}

// commandWords splits the pieces of a command line into its words at
// whitespace outside quotes; the quotes are dropped. A hole belongs to the
// word it stands in.
func commandWords(ps []piece) [][]piece {
	var words [][]piece
	var cur []piece
	open := false // cur has started (a hole or text)
	var quote byte
	end := func() {
		if open {
			words = append(words, cur)
		}
		cur, open = nil, false
	}
	for _, p := range ps {
		if p.Kind != ir.Lit {
			cur = append(cur, p)
			open = true
			continue
		}
		from := 0
		flush := func(to int) {
			if to > from {
				cur = append(cur, subLit(p, from, to))
				open = true
			}
		}
		for i := 0; i < len(p.Text); i++ {
			c := p.Text[i]
			switch {
			case quote != 0 && c == quote, quote == 0 && (c == '"' || c == '\''):
				flush(i)
				if quote == 0 {
					quote = c
				} else {
					quote = 0
				}
				open = true
				from = i + 1
			case quote == 0 && (c == ' ' || c == '\t' || c == '\n'):
				flush(i)
				end()
				from = i + 1
			}
		}
		if from < len(p.Text) {
			cur = append(cur, subLit(p, from, len(p.Text)))
			open = true
		}
	}
	end()
	return words
}

// wordText is the literal text of a word when it has no hole.
func wordText(w []piece) (string, bool) {
	var b strings.Builder
	for _, p := range w {
		if p.Kind != ir.Lit {
			return "", false
		}
		b.WriteString(p.Text)
	}
	return b.String(), true
}

// commandURL returns the URL word of a curl or wget command line, and the
// method its -X option gives (a literal, or the parameter that gives it).
func commandURL(ps []piece) (url []piece, method string, methodParam int, ok bool) {
	words := commandWords(ps)
	if len(words) < 2 {
		return nil, "", 0, false
	}
	prog, lit := wordText(words[0])
	if !lit || path.Base(prog) != "curl" && path.Base(prog) != "wget" {
		return nil, "", 0, false
	}
	for i := 1; i < len(words); i++ {
		w := words[i]
		t, lit := wordText(w)
		if lit && (t == ">" || t == ">>" || t == "2>" || t == "|") {
			if t == "|" {
				break
			}
			i++ // the redirect's file
			continue
		}
		if len(w) > 0 && w[0].Kind == ir.Lit && strings.HasPrefix(w[0].Text, "-") {
			if lit && (t == "-X" || t == "--request" || t == "--method") && i+1 < len(words) {
				if v := words[i+1]; len(v) == 1 && v[0].param != 0 {
					methodParam = v[0].param
				} else if vt, ok := wordText(v); ok {
					method = strings.ToUpper(vt)
				}
			}
			if lit && curlValueOptions[t] {
				i++
			}
			continue
		}
		if urlWord(w) {
			return w, method, methodParam, true
		}
	}
	return nil, "", 0, false
}

// urlWord reports a word that reads as a URL: a scheme, or a path joined
// to a value ({server}/api/v1/{endpoint}).
func urlWord(w []piece) bool {
	for _, p := range w {
		if p.Kind == ir.Lit && p.param == 0 && (strings.Contains(p.Text, "://") || strings.Contains(p.Text, "/")) {
			return true
		}
	}
	return false
}
