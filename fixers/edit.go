package fixers

// Safety levels, as the rule engine marks them.
const (
	SafetySafe   = "safe"
	SafetyUnsafe = "unsafe"
	SafetyNone   = "none"
)

// Edit replaces the bytes src[Start:End] of the file as stored with NewText.
// Start == End is an insertion before the byte at Start.
type Edit struct {
	Start, End int
	NewText    string
}

// Fix is the set of edits of one finding. Its edits are applied all together or
// not at all, because a half-applied rename leaves code that neither the old nor
// the new API understands.
type Fix struct {
	ID     string // finding id, used in reports and rejection reasons
	Safety string // SafetySafe, SafetyUnsafe or SafetyNone
	Edits  []Edit
}

// Rejection says why a fix was not applied.
type Rejection struct {
	ID     string
	Reason string
	// Conflict is the name of the earlier fix this one collides with
	// (its ID, or "#N" for an unnamed fix at index N), empty for other reasons.
	Conflict string
}

// Select keeps the fixes the user asked for: safe ones always, unsafe ones
// only with allowUnsafe, never those marked none or with an unknown safety.
// The others come back as rejections so the CLI can say why nothing happened.
func Select(fixes []Fix, allowUnsafe bool) (keep []Fix, skipped []Rejection) {
	for _, f := range fixes {
		switch {
		case f.Safety == SafetySafe:
			keep = append(keep, f)
		case f.Safety == SafetyUnsafe && allowUnsafe:
			keep = append(keep, f)
		case f.Safety == SafetyUnsafe:
			skipped = append(skipped, Rejection{ID: f.ID, Reason: "unsafe fix (needs --unsafe-fixes)"})
		case f.Safety == SafetyNone || f.Safety == "":
			skipped = append(skipped, Rejection{ID: f.ID, Reason: "no automatic fix"})
		default:
			skipped = append(skipped, Rejection{ID: f.ID, Reason: "unknown fix safety " + quoteReason(f.Safety)})
		}
	}
	return keep, skipped
}

func quoteReason(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return "\"" + s + "\""
}
