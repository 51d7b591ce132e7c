package shell

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// httpTool describes the command line of an HTTP client.
type httpTool struct {
	// short lists the one-letter options that take a value.
	short string
	// long lists the long options that take a value.
	long map[string]bool
	// urlOpts take a request URL as value (curl --url).
	urlOpts map[string]bool
	// outOpts take the file the response is written to.
	outOpts map[string]bool
	// items: after the URL come request items (httpie), not more URLs.
	items bool
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var curlTool = &httpTool{
	short: "AbcCdDeEFHKmoPQrtTuUwxXyYz",
	long: set(`--abstract-unix-socket --alt-svc --aws-sigv4 --cacert --capath --cert --cert-type
		--ciphers --config --connect-timeout --connect-to --continue-at --cookie --cookie-jar
		--create-file-mode --crlfile --curves --data --data-ascii --data-binary --data-raw
		--data-urlencode --delegation --dns-interface --dns-ipv4-addr --dns-ipv6-addr
		--dns-servers --doh-url --dump-header --egd-file --engine --etag-compare --etag-save
		--expect100-timeout --form --form-string --ftp-account --ftp-alternative-to-user
		--ftp-method --ftp-port --ftp-ssl-ccc-mode --happy-eyeballs-timeout-ms
		--haproxy-clientip --header --hostpubmd5 --hostpubsha256 --hsts --interface --ip-tos
		--json --keepalive-time --key --key-type --krb --libcurl --limit-rate --local-port
		--login-options --mail-auth --mail-from --mail-rcpt --max-filesize --max-redirs
		--max-time --netrc-file --noproxy --oauth2-bearer --output --output-dir --pass
		--pinnedpubkey --preproxy --proto --proto-default --proto-redir --proxy --proxy-cacert
		--proxy-capath --proxy-cert --proxy-cert-type --proxy-ciphers --proxy-crlfile
		--proxy-header --proxy-key --proxy-key-type --proxy-pass --proxy-pinnedpubkey
		--proxy-service-name --proxy-tls13-ciphers --proxy-tlsauthtype --proxy-tlspassword
		--proxy-tlsuser --proxy-user --proxy1.0 --pubkey --quote --random-file --range --rate
		--referer --request --request-target --resolve --retry --retry-delay --retry-max-time
		--sasl-authzid --service-name --socks4 --socks4a --socks5 --socks5-gssapi-service
		--socks5-hostname --speed-limit --speed-time --stderr --telnet-option --tftp-blksize
		--time-cond --tls-max --tls13-ciphers --tlsauthtype --tlspassword --tlsuser --trace
		--trace-ascii --trace-config --unix-socket --upload-file --url --url-query --user
		--user-agent --variable --write-out`),
	urlOpts: set("--url"),
	outOpts: set("-o --output"),
}

var wgetTool = &httpTool{
	short: "OoaeiBtTwQPUlARDIX",
	long: set(`--output-document --output-file --append-output --execute --input-file --base
		--config --tries --timeout --wait --quota --directory-prefix --user-agent --level
		--accept --reject --domains --include-directories --exclude-directories --header
		--user --password --http-user --http-password --post-data --post-file --body-data
		--body-file --method --load-cookies --save-cookies --referer --ca-certificate
		--certificate --private-key --bind-address --limit-rate --proxy-user --proxy-password
		--restrict-file-names --default-page --dns-timeout --connect-timeout --read-timeout
		--waitretry --progress --secure-protocol`),
	outOpts: set("-O --output-document"),
}

var httpieTool = &httpTool{
	short: "aAosp",
	long: set(`--auth --auth-type --output --style --print --session --session-read-only --verify
		--cert --cert-key --cert-key-pass --timeout --pretty --max-redirects --proxy --boundary
		--format-options --response-charset --response-mime --ssl --ciphers --default-scheme`),
	outOpts: set("-o --output"),
	items:   true,
}

// httpTools are the command-line HTTP clients, by command name.
var httpTools = map[string]*httpTool{
	"curl": curlTool, "curlie": curlTool, "wget": wgetTool, "wget2": wgetTool,
	"http": httpieTool, "https": httpieTool, "httpie": httpieTool, "xh": httpieTool, "xhs": httpieTool,
}

// option parses an option word: its name, whether it takes a value, and
// whether that value is inside the word (-XPOST, --data=x, "--user a:b"
// from an unquoted variable).
func (t *httpTool) option(base, word string) (name string, takes, inline bool) {
	if strings.ContainsAny(word, " \t") {
		f := strings.Fields(word)
		return f[0], true, true
	}
	if strings.HasPrefix(word, "--") {
		if i := strings.IndexByte(word, '='); i > 0 {
			return word[:i], true, true
		}
		return word, t.long[word], false
	}
	if strings.HasPrefix(base, "wget") && len(word) > 2 && word[1] == 'n' {
		return word, false, false // wget's two-letter -nv, -nc, -nH ...
	}
	for j := 1; j < len(word); j++ {
		if strings.IndexByte(t.short, word[j]) >= 0 {
			return "-" + word[j:j+1], true, j+1 < len(word)
		}
	}
	return word, false, false
}

// bodyOpts send a request body: the method is POST unless told otherwise
// (curl -d/-F/--json, wget --post-data).
var bodyOpts = set(`-d --data --data-ascii --data-binary --data-raw --data-urlencode --json -F --form
	--form-string --post-data --post-file`)

// methodWord reads an HTTP method from an argument: its literal text, or
// a positional parameter of the enclosing function (param > 0).
func methodWord(v value) (string, int) {
	if len(v.parts) != 1 {
		return "", 0
	}
	p := v.parts[0]
	if p.Kind == ir.Lit {
		if m := strings.ToUpper(p.Text); names.HTTPMethod(m) {
			return m, 0
		}
		return "", 0
	}
	if isPositional(p) && p.Name != "@" && p.Name != "*" {
		n := 0
		for _, c := range p.Name {
			n = n*10 + int(c-'0')
			if n > 1000 {
				return "", 0
			}
		}
		return "", n
	}
	return "", 0
}

// method tells the HTTP method of a command line: an explicit -X/--request
// (--method for wget, a method word for httpie), else what its options
// imply (a body: POST; -T: PUT; -G: GET; -I: HEAD), else GET. A method
// held in a variable is unknown (""), one taken from a positional
// parameter of a wrapper function is param.
func (t *httpTool) method(base string, args []arg) (method string, param int) {
	explicit, known := "", false
	body, upload, get, head, dashdash, gotURL := false, false, false, false, false, false
	for i := 0; i < len(args); i++ {
		word := optText(args[i])
		if dashdash || len(word) < 2 || word[0] != '-' {
			if t.items {
				switch {
				case !gotURL && names.HTTPMethod(word) && len(args[i].v.parts) == 1:
					explicit, known = word, true
					continue
				case gotURL && strings.ContainsAny(word, "=@") && !strings.Contains(word, "=="):
					body = true // httpie request items: a data field
				}
			}
			gotURL = true
			continue
		}
		if word == "--" {
			dashdash = true
			continue
		}
		if t.items && (word == "-f" || word == "--form") {
			body = true
			continue
		}
		name, takes, inline := t.option(base, word)
		if !strings.HasPrefix(word, "--") && !takes {
			// a cluster of flags (-sSG, -sI)
			get = get || strings.IndexByte(word, 'G') > 0 && base != "wget" && base != "wget2"
			head = head || strings.IndexByte(word, 'I') > 0 && base != "wget" && base != "wget2"
			continue
		}
		switch word {
		case "--get":
			get = true
		case "--head":
			head = true
		}
		var val value
		switch {
		case inline && strings.HasPrefix(word, "--"):
			val = value{parts: []ir.Part{{Kind: ir.Lit, Text: word[strings.IndexByte(word, '=')+1:]}}}
		case inline:
			k := strings.IndexByte(word[1:], name[1]) + 2
			val = value{parts: []ir.Part{{Kind: ir.Lit, Text: word[k:]}}}
		case takes && i+1 < len(args):
			i++
			val = args[i].v
		}
		switch {
		case name == "-X" || name == "--request" || name == "--method":
			explicit, param = methodWord(val)
			known = true
		case bodyOpts[name]:
			body = true
		case name == "-T" || name == "--upload-file":
			upload = true
		}
	}
	switch {
	case known:
		return explicit, param
	case head:
		return "HEAD", 0
	case get:
		return "GET", 0
	case upload:
		return "PUT", 0
	case body:
		return "POST", 0
	}
	return "GET", 0
}

// httpCommand classifies the arguments of curl, wget or httpie: request
// URLs (RoleRequest), option values and bodies (RoleArg), output files.
// The result is the origin of what the command prints: its requests.
func (w *walker) httpCommand(base string, args []arg) []int {
	t := httpTools[base]
	var ids []int
	var outKeys []string
	toStdout := true
	dashdash := false
	gotURL := false
	method, mparam := t.method(base, args)
	w.lastHTTP = httpUse{}
	request := func(a arg) {
		if id := w.request(a.v.parts, base, method, mparam); id >= 0 {
			ids = append(ids, id)
		}
		gotURL = true
		w.lastHTTP.url = a.node
		w.lastHTTP.n++
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		word := optText(a)
		if !dashdash && len(word) > 1 && word[0] == '-' {
			if word == "--" {
				dashdash = true
				continue
			}
			w.a.emitArg(a.v.parts, ir.RoleArg, base, "", argPlain)
			name, takes, inline := t.option(base, word)
			if t.outOpts[name] && inline && (strings.HasSuffix(word, name[1:]+"-") || strings.HasSuffix(word, "=-")) {
				continue // -O- / -qO-: the response goes to stdout
			}
			if !takes || inline || i+1 >= len(args) {
				continue
			}
			i++
			val := args[i]
			switch {
			case t.urlOpts[name]:
				request(val)
			case t.outOpts[name]:
				w.a.emitArg(val.v.parts, ir.RoleArg, base, "", argFile)
				if k := fileKey(val.v.parts); k != "-" {
					outKeys = append(outKeys, k)
					toStdout = false
				}
			default:
				w.a.emitArg(val.v.parts, ir.RoleArg, base, "", argPlain)
			}
			continue
		}
		if t.items {
			if !gotURL && names.HTTPMethod(word) && len(a.v.parts) == 1 {
				continue
			}
			if gotURL {
				w.a.emitArg(a.v.parts, ir.RoleArg, base, "", argPlain)
				continue
			}
		}
		request(a)
	}
	origin := ids
	if len(origin) == 0 {
		// The URL is only known at run time: some response of this file.
		origin = []int{ir.OriginFile}
	}
	for _, k := range outKeys {
		w.a.files[k] = union(w.a.files[k], origin)
	}
	if !toStdout {
		return nil
	}
	return origin
}
