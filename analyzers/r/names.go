package r

import "strings"

// Tables of R functions the analysis treats specially, keyed by the name
// without its package (httr::GET and GET are the same entry). They are
// about R libraries, not about Kobo.

// urlArg says which argument of a request function is the URL.
type urlArg struct {
	pos  int    // positional index among unnamed arguments
	name string // the parameter name
}

// requestFuncs perform an HTTP request (or read from a URL) with the URL
// in the given argument.
var requestFuncs = map[string]urlArg{
	// httr
	"GET": {0, "url"}, "POST": {0, "url"}, "PUT": {0, "url"}, "PATCH": {0, "url"},
	"DELETE": {0, "url"}, "HEAD": {0, "url"}, "VERB": {1, "url"}, "RETRY": {1, "url"},
	// curl
	"curl_fetch_memory": {0, "url"}, "curl_fetch_disk": {0, "url"}, "curl_fetch_stream": {0, "url"},
	"curl_fetch_multi": {0, "url"}, "curl_download": {0, "url"}, "curl": {0, "url"},
	// RCurl
	"getURL": {0, "url"}, "getURLContent": {0, "url"}, "getBinaryURL": {0, "url"},
	"getForm": {0, "uri"}, "postForm": {0, "uri"}, "httpGET": {0, "url"}, "httpPOST": {0, "url"},
	"httpPUT": {0, "url"}, "httpDELETE": {0, "url"}, "getURI": {0, "url"},
	// readers that accept a URL
	"fromJSON": {0, "txt"}, "read_json": {0, "path"}, "stream_in": {0, "con"},
	"read.csv": {0, "file"}, "read.csv2": {0, "file"}, "read.table": {0, "file"}, "read.delim": {0, "file"},
	"read_csv": {0, "file"}, "read_csv2": {0, "file"}, "read_delim": {0, "file"}, "read_tsv": {0, "file"},
	"fread": {0, "input"}, "readLines": {0, "con"}, "url": {0, "description"},
	"download.file": {0, "url"}, "downloadFile": {0, "url"},
	"read_xml": {0, "x"}, "read_html": {0, "x"},
	// rvest's sessions request their URL (and keep it: see navigate.go)
	"session": {0, "url"}, "html_session": {0, "url"},
}

// requestMethods is the HTTP method of the request functions that always
// make the same one; the others (VERB, RETRY, curl with a handle, RCurl
// with customrequest or postfields) tell it by their arguments.
var requestMethods = map[string]string{
	"GET": "GET", "POST": "POST", "PUT": "PUT", "PATCH": "PATCH", "DELETE": "DELETE", "HEAD": "HEAD",
	"getURLContent": "GET", "getBinaryURL": "GET", "getForm": "GET", "httpGET": "GET",
	"postForm": "POST", "httpPOST": "POST", "httpPUT": "PUT", "httpDELETE": "DELETE",
	"fromJSON": "GET", "read_json": "GET", "stream_in": "GET", "read.csv": "GET", "read.csv2": "GET",
	"read.table": "GET", "read.delim": "GET", "read_csv": "GET", "read_csv2": "GET", "read_delim": "GET",
	"read_tsv": "GET", "fread": "GET", "readLines": "GET", "url": "GET", "download.file": "GET",
	"downloadFile": "GET", "read_xml": "GET", "read_html": "GET", "session": "GET", "html_session": "GET",
}

// builders compute a string from their arguments (handled in builders.go);
// they are not sinks, the expression they build is.
var builders = map[string]bool{
	"paste0": true, "paste": true, "sprintf": true, "gettextf": true, "glue": true,
	"str_glue": true, "str_c": true, "file.path": true, "URLencode": true, "URLdecode": true,
	"url_encode": true, "modify_url": true, "Sys.getenv": true, "getOption": true, "switch": true,
	"as.character": true, "trimws": true, "str_trim": true, "enc2utf8": true, "I": true,
	"tolower": true, "toupper": true, "c": true, "return": true, "invisible": true,
	"identity": true, "force": true, "str_squish": true, "as.vector": true, "unname": true,
}

// constructors build a new object: its fields are names the code chose.
// With one unnamed argument and nothing else they convert instead.
var constructors = map[string]bool{
	"list": true, "data.frame": true, "tibble": true, "tribble": true, "data.table": true,
	"setNames": true, "structure": true, "cbind": true, "new": true, "env": true,
	"new.env": true, "reactiveValues": true, "lst": true, "as_tibble_row": true,
}

// newColumns are dplyr verbs whose result has only the columns they name.
var newColumns = map[string]bool{
	"transmute": true, "summarise": true, "summarize": true, "count": true, "tally": true,
	"reframe": true,
}

// tidySelect verbs take column names, as bare names or strings.
var tidySelect = map[string]bool{
	"select": true, "rename": true, "pull": true, "relocate": true, "rename_with": true,
	"unnest": true, "unnest_longer": true, "unnest_wider": true, "drop_na": true,
}

// dataMasking verbs evaluate bare names as columns of their data.
var dataMasking = map[string]bool{
	"filter": true, "mutate": true, "transmute": true, "summarise": true, "summarize": true,
	"arrange": true, "group_by": true, "count": true, "distinct": true, "add_count": true,
	"slice_max": true, "slice_min": true, "top_n": true, "reframe": true, "tally": true,
	"subset": true, "with": true, "within": true,
}

// applyFuncs map a function over the elements of a data argument.
var applyFuncs = map[string]bool{
	"lapply": true, "sapply": true, "vapply": true, "mapply": true, "Map": true, "Filter": true,
	"Reduce": true, "Find": true, "Position": true, "map": true, "map_chr": true, "map_int": true,
	"map_dbl": true, "map_lgl": true, "map_df": true, "map_dfr": true, "map_dfc": true,
	"walk": true, "keep": true, "discard": true, "detect": true, "map_if": true, "imap": true,
	"pluck": false, "future_map": true, "llply": true, "ldply": true, "laply": true,
	"rapply": true, "apply": true, "purrr_map": true, "modify": true, "map_vec": true,
}

// httr2 request builders that only change options pass the request on.
var httr2Perform = map[string]bool{
	"req_perform": true, "req_perform_sequential": true, "req_perform_parallel": true,
	"req_perform_iterative": true, "req_stream": true, "req_perform_stream": true,
	"req_perform_connection": true, "req_dry_run": true,
}

// patternArgs are functions whose argument at the given position (or with
// the given name) is a regular expression or a fixed string to look for,
// not a URL the code uses: sub("kc.kobotoolbox.org", "kf...", url) is a
// migration, grepl("/api/v1", url) a test.
var patternArgs = map[string]urlArg{
	"sub": {0, "pattern"}, "gsub": {0, "pattern"}, "grepl": {0, "pattern"}, "grep": {0, "pattern"},
	"regexpr": {0, "pattern"}, "gregexpr": {0, "pattern"}, "regexec": {0, "pattern"},
	"str_replace": {1, "pattern"}, "str_replace_all": {1, "pattern"}, "str_detect": {1, "pattern"},
	"str_remove": {1, "pattern"}, "str_remove_all": {1, "pattern"}, "str_extract": {1, "pattern"},
	"str_starts": {1, "pattern"}, "str_ends": {1, "pattern"}, "str_split": {1, "pattern"},
	"startsWith": {1, "prefix"}, "endsWith": {1, "suffix"}, "strsplit": {1, "split"},
}

// joinFuncs join two data frames; their by= names columns of both.
var joinFuncs = map[string]bool{
	"left_join": true, "right_join": true, "inner_join": true, "full_join": true,
	"semi_join": true, "anti_join": true, "merge": true,
}

// libraryFuncs load a package named by their first argument.
var libraryFuncs = map[string]bool{
	"library": true, "require": true, "requireNamespace": true, "loadNamespace": true,
	"p_load": true, "suppressPackageStartupMessages": false,
}

// inspects reports a function that only looks at its argument (a check,
// a message): a name handed to it goes nowhere a URL is used.
func inspects(call string) bool {
	c := call[strings.LastIndex(call, ":")+1:]
	if _, ok := patternArgs[c]; ok {
		return true // grepl(pattern, x) looks at x
	}
	switch {
	case strings.HasPrefix(c, "is.") || strings.HasPrefix(c, "is_") || strings.HasPrefix(c, "assert") ||
		strings.HasPrefix(c, "check_") || strings.HasPrefix(c, "test_") || strings.HasPrefix(c, "stopifnot"):
		return true
	}
	switch c {
	case "print", "message", "cat", "warning", "stop", "nchar", "nzchar", "missing", "exists", "class",
		"inherits", "length", "identical", "is.null", "invisible", "force", "cli_alert", "cli_inform",
		"ui_info", "ui_stop", "ui_done", "rlang::abort", "abort", "inform", "warn", "glue", "paste",
		"paste0", "sprintf", "format", "toupper", "tolower", "str", "summary", "head", "tail", "names":
		return true
	}
	return false
}

// listCounts count the items of a list or the rows of a data frame.
var listCounts = map[string]bool{
	"length": true, "nrow": true, "NROW": true, "ncol": true, "NCOL": true, "seq_along": true,
	"lengths": true, "dim": true, "n_distinct": false,
}

// listFrames bind the items of a list into the rows of a data frame.
var listFrames = map[string]bool{
	"as.data.frame": true, "as_tibble": true, "as.data.table": true, "setDT": true, "bind_rows": true,
	"rbindlist": true, "list_rbind": true, "as_data_frame": true, "data.frame": false,
}

// fileReaders are the request functions that read a file of the disk
// when given a path.
var fileReaders = map[string]bool{
	"read.csv": true, "read.csv2": true, "read.table": true, "read.delim": true, "read_csv": true,
	"read_csv2": true, "read_delim": true, "read_tsv": true, "fread": true, "readLines": true,
	"read_json": true, "fromJSON": true, "stream_in": true, "read_xml": true, "read_html": true,
}

// localReaders read a file of the disk (spreadsheets, R data) and are not
// used on URLs.
var localReaders = map[string]bool{
	"read_excel": true, "read_xlsx": true, "read_xls": true, "readRDS": true, "read_rds": true,
	"read.xlsx": true, "read_sav": true, "read_dta": true, "read_sas": true, "read_ods": true,
	"readWorkbook": true, "read.xlsx2": true, "read_parquet": true, "read_feather": true, "read_fst": true,
	"vroom": true, "read.dta": true, "read.spss": true, "qread": true,
}

// convTypes convert a value to a type (as.integer(x$id)): a rename that
// changes the value's type is not offered.
var convTypes = map[string]string{
	"as.integer": "int", "as.numeric": "float", "as.double": "float", "as.character": "string",
	"as.logical": "bool", "strtoi": "int", "parse_integer": "int", "parse_number": "float",
	"parse_double": "float", "parse_character": "string", "as.int": "int",
}

// mapTypes are purrr's typed maps: map_int(forms, "id") reads integers.
var mapTypes = map[string]string{
	"map_int": "int", "map_dbl": "float", "map_chr": "string", "map_lgl": "bool",
}

// knownFunc reports a function of the libraries the tables above
// describe (or a check or message function): never another file's
// wrapper.
func knownFunc(short string) bool {
	if _, ok := requestFuncs[short]; ok {
		return true
	}
	if _, ok := patternArgs[short]; ok {
		return true
	}
	if _, ok := replaceArgs[short]; ok {
		return true
	}
	if _, ok := convTypes[short]; ok {
		return true
	}
	return builders[short] || constructors[short] || decoders[short] || newColumns[short] ||
		tidySelect[short] || dataMasking[short] || applyFuncs[short] || httr2Perform[short] ||
		joinFuncs[short] || libraryFuncs[short] || listCounts[short] || listFrames[short] ||
		fileReaders[short] || localReaders[short] || configReaders[short] || localFiles[short] || inspects(short)
}

// responseTakers are library functions often handed a response or its
// data, none of them a function of the program another file defines.
var responseTakers = map[string]bool{
	"stop_for_status": true, "warn_for_status": true, "status_code": true, "http_status": true,
	"http_error": true, "headers": true, "rawToChar": true, "unlist": true, "bind_cols": true,
	"cbind": true, "rbind": true, "nrow": true, "ncol": true, "View": true, "glimpse": true,
	"as_tibble": true, "tibble": true, "data.frame": true, "as.data.frame": true, "unique": true,
}

// localFiles write, name or load files of the disk (and R code): their
// paths are no API paths.
var localFiles = map[string]bool{
	"write.csv": true, "write.csv2": true, "write.table": true, "write_csv": true, "write_csv2": true,
	"write_tsv": true, "write_delim": true, "write_excel_csv": true, "write.xlsx": true, "write_xlsx": true,
	"saveRDS": true, "save": true, "write_rds": true, "ggsave": true, "writeLines": true, "sink": true,
	"file": true, "dir.create": true, "file.exists": true, "dir.exists": true, "unlink": true, "source": true,
	"sys.source": true, "png": true, "pdf": true, "jpeg": true, "svg": true, "setwd": true, "list.files": true,
	"file.remove": true, "file.copy": true, "here": true, "normalizePath": true, "basename": true,
	"dirname": true, "fwrite": true, "write_json": true, "load": true, "render": true, "knit": true,
	"include_graphics": true, "system.file": true, "read_file": true, "write_file": true, "writeBin": true,
	"readBin": true, "file.info": true, "path": true, "fs::path": true, "dir_create": true, "file_exists": true,
}
