package r

import (
	"strings"
)

// HTTP methods. A write's answer is the object written, not the endpoint's
// list, so the engine must know which requests write: httr's verbs say it
// by their name, VERB/RETRY by their first argument, curl by its handle,
// RCurl by customrequest/postfields, httr2 by req_method() or a body.

// curlHandle is a curl handle (new_handle()): its options are set in
// place by handle_setopt() and handle_setform(), as in R.
type curlHandle struct {
	method string
}

// methodOpts reads the method from curl/RCurl options given as named
// arguments: customrequest = "PUT", post = TRUE, postfields = ...
func methodOpts(args []Arg) string {
	m := ""
	for _, arg := range args {
		switch strings.ToLower(arg.Name) {
		case "customrequest":
			if s, ok := arg.Value.(*StrNode); ok {
				return strings.ToUpper(s.Text)
			}
			return ""
		case "post", "postfields", "copypostfields", "postfieldsize", "httppost":
			if id, ok := arg.Value.(*IdentNode); ok && (id.Name == "FALSE" || id.Name == "F") {
				continue
			}
			m = "POST"
		case "upload", "put":
			if id, ok := arg.Value.(*IdentNode); ok && (id.Name == "FALSE" || id.Name == "F") {
				continue
			}
			if m == "" {
				m = "PUT"
			}
		}
	}
	return m
}

// newHandle handles curl::new_handle(...).
func (a *analyzer) newHandle(n *CallNode, sc *scope) value {
	for _, arg := range n.Args {
		a.eval(arg.Value, sc)
	}
	return value{handle: &curlHandle{method: methodOpts(n.Args)}, local: true}
}

// setHandle handles handle_setopt(h, ...) and handle_setform(h, ...): the
// handle h is changed in place.
func (a *analyzer) setHandle(short string, n *CallNode, sc *scope) value {
	var h *curlHandle
	for i, arg := range n.Args {
		v := a.eval(arg.Value, sc)
		if i == 0 {
			h = v.handle
		}
	}
	if h == nil {
		return value{}
	}
	if short == "handle_setform" {
		h.method = "POST"
	} else if m := methodOpts(n.Args); m != "" {
		h.method = m
	}
	return value{handle: h, local: true}
}

// requestMethod tells the method of a call of a request function, from
// its name and arguments (vals are the arguments' values). param is set
// instead when the method is a parameter of the function being analysed
// (a wrapper VERB(verb, url)), which a call of the wrapper fills in.
func requestMethod(short string, n *CallNode, vals []value) (method string, param int) {
	switch short {
	case "VERB", "RETRY":
		for i, arg := range n.Args {
			if arg.Name == "verb" || arg.Name == "" {
				if s, ok := arg.Value.(*StrNode); ok {
					return strings.ToUpper(s.Text), 0
				}
				if i < len(vals) && len(vals[i].parts) == 1 && vals[i].parts[0].param != 0 {
					return "", vals[i].parts[0].param
				}
				return "", 0
			}
		}
		return "", 0
	case "getURL", "getURI", "curl_fetch_memory", "curl_fetch_disk", "curl_fetch_stream",
		"curl_fetch_multi", "curl", "curl_download", "httpGET":
		if m := methodOpts(n.Args); m != "" {
			return m, 0
		}
		for i, arg := range n.Args {
			if arg.Name == "handle" && i < len(vals) && vals[i].handle != nil {
				if h := vals[i].handle; h.method != "" {
					return h.method, 0
				}
			}
		}
		return "GET", 0
	}
	return requestMethods[short], 0
}

// bodyVerbs are httr2 request builders that give the request a body,
// which makes it a POST unless req_method() says otherwise.
var bodyVerbs = map[string]bool{
	"req_body_json": true, "req_body_form": true, "req_body_multipart": true,
	"req_body_raw": true, "req_body_file": true, "req_body_json_modify": true,
}

// crulVerbs are the request methods of crul's HttpClient objects
// (cli$get(path = ...)); the R6 clients of packages wrap them.
var crulVerbs = map[string]string{
	"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE", "head": "HEAD",
}
