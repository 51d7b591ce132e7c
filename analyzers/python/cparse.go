package python

// The tree is flattened in C, in one call: the Go binding costs several
// cgo calls and a map insertion per node, which made copying the tree
// slower than parsing it. The functions below are tree-sitter's public C
// API, compiled into the binary by the go-tree-sitter packages imported
// for their side effect; only their prototypes are declared here.

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct { uint32_t context[4]; const void *id; const TSTree *tree; } KLNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } KLCursor;

const TSLanguage *tree_sitter_python(void);
TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
TSTree *ts_parser_parse_string(TSParser *self, const TSTree *old_tree, const char *string, uint32_t length);
void ts_tree_delete(TSTree *self);
KLNode ts_tree_root_node(const TSTree *self);
TSSymbol ts_node_symbol(KLNode self);
uint32_t ts_node_start_byte(KLNode self);
uint32_t ts_node_end_byte(KLNode self);
bool ts_node_is_named(KLNode self);
bool ts_node_has_error(KLNode self);
uint32_t ts_node_child_count(KLNode self);
KLCursor ts_tree_cursor_new(KLNode node);
void ts_tree_cursor_delete(KLCursor *self);
KLNode ts_tree_cursor_current_node(const KLCursor *self);
TSFieldId ts_tree_cursor_current_field_id(const KLCursor *self);
bool ts_tree_cursor_goto_first_child(KLCursor *self);
bool ts_tree_cursor_goto_next_sibling(KLCursor *self);
bool ts_tree_cursor_goto_parent(KLCursor *self);
uint32_t ts_language_symbol_count(const TSLanguage *self);
const char *ts_language_symbol_name(const TSLanguage *self, TSSymbol symbol);
int ts_language_symbol_type(const TSLanguage *self, TSSymbol symbol);
uint32_t ts_language_field_count(const TSLanguage *self);
const char *ts_language_field_name_for_id(const TSLanguage *self, TSFieldId id);

typedef struct {
	uint32_t start, end;
	int32_t parent;
	uint16_t sym, field;
	uint8_t named;
} kl_node;

enum { KL_ERRORS = 1, KL_CUT = 2, KL_FAILED = 4 };

static TSParser *kl_new_parser(void) {
	TSParser *p = ts_parser_new();
	if (p && !ts_parser_set_language(p, tree_sitter_python())) {
		ts_parser_delete(p);
		return NULL;
	}
	return p;
}

// kl_parse parses src and returns its nodes in preorder (malloc'd, the
// caller frees), each with the index of its parent.
static kl_node *kl_parse(TSParser *p, const char *src, uint32_t len, int max_depth, size_t *count, int *flags) {
	*count = 0;
	*flags = 0;
	TSTree *t = ts_parser_parse_string(p, NULL, src, len);
	if (!t) {
		*flags = KL_FAILED;
		return NULL;
	}
	KLNode root = ts_tree_root_node(t);
	if (ts_node_has_error(root)) *flags |= KL_ERRORS;
	size_t cap = 1024, n = 0;
	kl_node *out = malloc(cap * sizeof(kl_node));
	if (!out) {
		ts_tree_delete(t);
		*flags = KL_FAILED;
		return NULL;
	}
	KLCursor c = ts_tree_cursor_new(root);
	int32_t parent = -1;
	int depth = 0;
	for (;;) {
		if (n == cap) {
			kl_node *bigger = realloc(out, 2 * cap * sizeof(kl_node));
			if (!bigger) {
				free(out);
				out = NULL;
				*flags = KL_FAILED;
				break;
			}
			out = bigger;
			cap *= 2;
		}
		KLNode nd = ts_tree_cursor_current_node(&c);
		out[n].start = ts_node_start_byte(nd);
		out[n].end = ts_node_end_byte(nd);
		out[n].parent = parent;
		out[n].sym = ts_node_symbol(nd);
		out[n].field = ts_tree_cursor_current_field_id(&c);
		out[n].named = ts_node_is_named(nd);
		int32_t me = (int32_t)n++;
		if (depth < max_depth) {
			if (ts_tree_cursor_goto_first_child(&c)) {
				parent = me;
				depth++;
				continue;
			}
		} else if (ts_node_child_count(nd) > 0) {
			*flags |= KL_CUT;
		}
		bool moved = false;
		while (depth > 0) {
			if (ts_tree_cursor_goto_next_sibling(&c)) {
				moved = true;
				break;
			}
			ts_tree_cursor_goto_parent(&c);
			depth--;
			parent = out[parent].parent;
		}
		if (!moved) break;
	}
	ts_tree_cursor_delete(&c);
	ts_tree_delete(t);
	*count = out ? n : 0;
	return out;
}
*/
import "C"

import (
	"errors"
	"runtime"
	"sync"
	"unsafe"

	// linked for their C code: the tree-sitter runtime and the grammar
	_ "github.com/smacker/go-tree-sitter"
	_ "github.com/smacker/go-tree-sitter/python"
)

// cparser owns a C parser; the finalizer frees it when the pool drops it.
type cparser struct{ p *C.TSParser }

var (
	parsers = sync.Pool{New: func() any {
		p := C.kl_new_parser()
		if p == nil {
			return nil
		}
		cp := &cparser{p: p}
		runtime.SetFinalizer(cp, func(cp *cparser) { C.ts_parser_delete(cp.p) })
		return cp
	}}

	// node kinds and field names by id, read from the grammar once
	symNames   []string
	symNamed   []bool
	fieldNames []string
	namesOnce  sync.Once
)

func initNames() {
	lang := C.tree_sitter_python()
	n := int(C.ts_language_symbol_count(lang))
	symNames, symNamed = make([]string, n), make([]bool, n)
	for i := 0; i < n; i++ {
		if s := C.ts_language_symbol_name(lang, C.TSSymbol(i)); s != nil {
			symNames[i] = C.GoString(s)
		}
		symNamed[i] = C.ts_language_symbol_type(lang, C.TSSymbol(i)) == 0
	}
	nf := int(C.ts_language_field_count(lang))
	fieldNames = make([]string, nf+1)
	for i := 1; i <= nf; i++ {
		if s := C.ts_language_field_name_for_id(lang, C.TSFieldId(i)); s != nil {
			fieldNames[i] = C.GoString(s)
		}
	}
}

var errParse = errors.New("tree-sitter could not parse the file")

// parse runs tree-sitter on src and builds the Go tree.
func parse(src []byte) (*tree, error) {
	namesOnce.Do(initNames)
	cp, _ := parsers.Get().(*cparser)
	if cp == nil {
		return nil, errParse
	}
	if len(src) == 0 {
		// tree-sitter wants a valid pointer even for no text
		src = []byte{0}[:0:1]
	}
	ptr := (*C.char)(unsafe.Pointer(unsafe.SliceData(src)))
	var count C.size_t
	var flags C.int
	raw := C.kl_parse(cp.p, ptr, C.uint32_t(len(src)), C.int(maxDepth), &count, &flags)
	runtime.KeepAlive(src)
	if flags&C.KL_FAILED != 0 || raw == nil {
		if raw != nil {
			C.free(unsafe.Pointer(raw))
		}
		// a parser that failed may be in any state: do not reuse it
		return nil, errParse
	}
	parsers.Put(cp)
	defer C.free(unsafe.Pointer(raw))
	flat := unsafe.Slice(raw, int(count))
	return build(flat, len(src), flags&C.KL_ERRORS != 0, flags&C.KL_CUT != 0), nil
}

// build turns the flat preorder list into linked nodes, in two slabs.
func build(flat []C.kl_node, size int, errs, cut bool) *tree {
	t := &tree{errors: errs, cut: cut}
	if len(flat) == 0 {
		t.root = &node{kind: "module", end: size, named: true}
		return t
	}
	nodes := make([]node, len(flat))
	nkids := make([]int, len(flat))
	for i := range flat {
		fn := &flat[i]
		n := &nodes[i]
		n.start, n.end = int(fn.start), int(fn.end)
		switch s := int(fn.sym); {
		case s < len(symNames):
			n.kind, n.named = symNames[s], symNamed[s]
		case s == 0xFFFF: // ts_builtin_sym_error
			n.kind, n.named = "ERROR", true
		default:
			n.kind = "_ERROR"
		}
		if f := int(fn.field); f > 0 && f < len(fieldNames) {
			n.field = fieldNames[f]
		}
		if p := int(fn.parent); p >= 0 && p < i {
			n.parent = &nodes[p]
			if n.kind != "comment" && n.kind != "line_continuation" {
				nkids[p]++
			}
		}
	}
	total := 0
	for _, k := range nkids {
		total += k
	}
	slab := make([]*node, total)
	off := 0
	for i := range nodes {
		if nkids[i] > 0 {
			nodes[i].kids = slab[off : off : off+nkids[i]]
			off += nkids[i]
		}
	}
	for i := range nodes {
		n := &nodes[i]
		if n.parent == nil {
			continue
		}
		if n.kind == "comment" {
			t.comments = append(t.comments, n)
			continue
		}
		if n.kind == "line_continuation" {
			// a backslash at the end of a line: layout, not syntax (it
			// would count as one more element of a tuple or call)
			continue
		}
		n.parent.kids = append(n.parent.kids, n)
	}
	t.root = &nodes[0]
	return t
}
