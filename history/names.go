package history

import (
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// A Catalog finds a catalog exercise by name. Implementations must be
// pure (the same name gives the same answer), safe for concurrent use, and
// must not retain name. The exercise package's built-in catalog fits it
// through [CatalogFunc].
type Catalog interface {
	Lookup(name string) (exercise.Exercise, bool)
}

// CatalogFunc adapts a lookup function to a [Catalog].
type CatalogFunc func(name string) (exercise.Exercise, bool)

// Lookup calls f(name).
func (f CatalogFunc) Lookup(name string) (exercise.Exercise, bool) { return f(name) }

// A MatchStatus says how an app's exercise name was mapped. The zero
// MatchStatus is [Unclassified]: no catalog exercise was found, and the
// name is kept as the app wrote it.
type MatchStatus uint8

// The ways a name can map.
const (
	Unclassified   MatchStatus = iota // not found; keep the app's name
	MatchExact                        // the name as written is the catalog exercise's own name or ID
	MatchRewritten                    // found after rewriting the app's naming style, see [NameCandidates]
	MatchAlias                        // the name as written is one of the catalog's aliases for the exercise ("Bench Press (Barbell)")
	MatchUser                         // the lifter's own name for the exercise, from an [AliasTable]
)

var statusNames = []string{
	Unclassified:   "unclassified",
	MatchExact:     "exact",
	MatchRewritten: "rewritten",
	MatchAlias:     "alias",
	MatchUser:      "user",
}

// A Mapping is an app's exercise name and what it maps to. It is a plain
// value, safe to read from many goroutines. Its JSON has the keys name,
// status (the [MatchStatus] name), via, exercise and load_kind; via,
// exercise and load_kind are omitted when zero, so an unclassified name is
//
//	{"name":"Zercher Carry","status":"unclassified"}
type Mapping struct {
	Name     string            `json:"name"`              // the app's name, verbatim
	Status   MatchStatus       `json:"status"`            // how it matched, or Unclassified
	Via      string            `json:"via,omitempty"`     // the candidate name that matched; empty when unclassified
	Exercise exercise.Exercise `json:"exercise,omitzero"` // the catalog exercise; the zero Exercise when unclassified
	// LoadKind is what a load logged under Name means:
	// [exercise.LoggedLoadKind] of Name and Exercise, so the catalog
	// exercise's own kind as the name's words change it ("Pull Up (Band)"
	// on the body-weight pull-up is assisted; an unclassified "Weighted
	// Dip" is body weight plus the load).
	LoadKind repkit.LoadKind `json:"load_kind,omitzero"`
}

// MapName maps one app exercise name through c, trying the candidates
// [NameCandidates] gives in order. A nil catalog leaves every name
// unclassified.
//
// The equipment in a name's "(Equipment)" qualifier is kept: when it names
// equipment (see [QualifierEquipment]) and a candidate finds a catalog
// exercise of other known equipment, that match is refused and the next
// candidate is tried, so "Bench Press (Smith Machine)" maps to a Smith
// machine bench press ("Smith Machine Bench Press") or stays
// [Unclassified], never to the barbell "Bench Press", which the catalog may
// judge differently for rest-pause. A band on a body-weight exercise is
// the exception: "Chin Up (Band)" is the body-weight chin-up with a band's
// help (see [exercise.LoggedLoadKind]), so it maps to the catalog's
// chin-up and its [Mapping.LoadKind] is assisted. A match on the name exactly as written
// is the catalog's own word and stands: a catalog that lists "Romanian
// Deadlift (Dumbbell)" as an alias of its barbell entry is taken at its
// word. Every Mapping, unclassified too, carries the [Mapping.LoadKind]
// the name and the match give.
func MapName(c Catalog, name string) Mapping {
	m := mapName(c, name)
	m.LoadKind = exercise.LoggedLoadKind(name, m.Exercise)
	return m
}

func mapName(c Catalog, name string) Mapping {
	m := Mapping{Name: name}
	if c == nil {
		return m
	}
	want := nameEquipment(collapseSpaces(name))
	user, _ := c.(*AliasTable)
	for i, cand := range NameCandidates(name) {
		ex, ok := c.Lookup(cand)
		if !ok {
			continue
		}
		if i > 0 && want != exercise.EquipmentUnknown && ex.Equipment != exercise.EquipmentUnknown && ex.Equipment != want &&
			!(want == exercise.Band && ex.Equipment == exercise.Bodyweight) {
			continue // the candidate lost or changed the equipment
		}
		m.Exercise, m.Via, m.Status = ex, cand, MatchRewritten
		switch {
		case user != nil && user.has(cand):
			m.Status = MatchUser
		case i > 0:
		case sameName(cand, ex.Name) || cand == ex.ID:
			m.Status = MatchExact
		default:
			m.Status = MatchAlias
		}
		return m
	}
	return m
}

// nameEquipment returns the equipment a name states: in its "(Equipment)"
// qualifier, after Liftosaur's ", Equipment", or as an equipment word
// inside it (FitNotes' "Lateral Dumbbell Raise"); EquipmentUnknown when it
// states none the catalog tells apart.
func nameEquipment(base string) exercise.Equipment {
	if _, q := splitQualifier(base); q != "" {
		return QualifierEquipment(q)
	}
	if _, q, ok := splitComma(base); ok {
		return QualifierEquipment(q)
	}
	if _, eq, _ := equipmentWord(base); eq != "" {
		return QualifierEquipment(eq)
	}
	return exercise.EquipmentUnknown
}

// QualifierEquipment returns the equipment an app's qualifier names, the
// text in the parenthesis of Strong and Hevy names such as "Bench Press
// (Smith Machine)", or [exercise.EquipmentUnknown] when it names none the
// catalog tells apart ("Assisted", "Weighted", a brand, a grip). Case and
// spacing do not matter, and only the part before a " - " counts ("Cable -
// Straight Bar" is Cable). The words read: barbell, dumbbell, cable,
// machine ("leverage machine", Liftosaur's word), "plate loaded", "pec
// deck", "smith machine" (or smith), band
// ("resistance band"), kettlebell, bodyweight, "ez bar" ("ez curl bar",
// "ez-bar"), "medicine ball", and trap bar, hex bar and landmine as other
// equipment.
func QualifierEquipment(q string) exercise.Equipment {
	if i := strings.Index(q, " - "); i >= 0 {
		q = q[:i]
	}
	switch strings.ToLower(strings.Join(strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '-' }), " ")) {
	case "barbell":
		return exercise.Barbell
	case "dumbbell", "dumbbells":
		return exercise.Dumbbell
	case "cable":
		return exercise.Cable
	case "machine", "plate loaded", "pec deck", "leverage machine", "lever", "leverage", "selectorized", "selectorized machine":
		return exercise.Machine
	case "smith machine", "smith":
		return exercise.SmithMachine
	case "band", "resistance band", "bands":
		return exercise.Band
	case "kettlebell":
		return exercise.Kettlebell
	case "bodyweight", "body weight":
		return exercise.Bodyweight
	case "ez bar", "ez curl bar", "ezbar":
		return exercise.EZBar
	case "medicine ball":
		return exercise.MedicineBall
	case "trap bar", "hex bar", "landmine":
		return exercise.OtherEquipment
	}
	return exercise.EquipmentUnknown
}

// MapNames maps every distinct exercise name in h, in order of first
// appearance.
func MapNames(c Catalog, h *History) []Mapping {
	seen := make(map[string]bool)
	var out []Mapping
	for _, w := range h.Workouts {
		for _, e := range w.Exercises {
			if !seen[e.Name] {
				seen[e.Name] = true
				out = append(out, MapName(c, e.Name))
			}
		}
	}
	return out
}

// NameCandidates returns the names to look an app's exercise name up by,
// most faithful first:
//
//  1. the name trimmed, with runs of spaces collapsed;
//  2. Strong and Hevy's "Movement (Equipment)" turned round into
//     "Equipment Movement" ("Lateral Raise (Cable)" → "Cable Lateral Raise"),
//     with a " - Variant" moved to the front ("Bench Press - Close Grip
//     (Barbell)" → "Close Grip Barbell Bench Press");
//  3. the name without its parenthesis ("Lateral Raise");
//  4. the name without a trailing " - Brand" (FitNotes users' "Preacher
//     Curl - Star Trac" → "Preacher Curl");
//  5. FitNotes' default names, which put the equipment inside the name
//     and write the bench angle: the equipment word moved to the front
//     ("Lateral Dumbbell Raise" → "Dumbbell Lateral Raise"), a leading
//     "Flat" dropped ("Flat Barbell Bench Press" → "Barbell Bench
//     Press"), and the name without its equipment word ("Dumbbell Hammer
//     Curl" → "Hammer Curl", which [MapName] accepts only for an entry of
//     that equipment);
//  6. movements written as two words joined ("Rope Push Down" → "Rope
//     Pushdown", and pulldown, pullover).
//
// Liftosaur's "Movement, Equipment" ("Triceps Extension, Cable") is read
// as "Movement (Equipment)" when the part after the comma names equipment
// (see [QualifierEquipment]), and its candidates follow the name as
// written. Duplicates are dropped. Matching case is the catalog's
// business.
func NameCandidates(name string) []string {
	base := collapseSpaces(name)
	out := []string{base}
	if movement, eq, ok := splitComma(base); ok {
		base = movement + " (" + eq + ")"
		out = append(out, base)
	}
	add := func(s string) {
		s = collapseSpaces(s)
		if s == "" {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	movement, equipment := splitQualifier(base)
	variant := ""
	if i := strings.Index(movement, " - "); i > 0 {
		movement, variant = movement[:i], movement[i+3:]
	}
	if equipment != "" {
		add(variant + " " + equipment + " " + movement)
		add(variant + " " + movement)
	}
	if variant != "" {
		add(movement)
	}
	if equipment == "" {
		plain := strings.TrimPrefix(movement, "Flat ")
		if before, eq, after := equipmentWord(plain); eq != "" {
			add(eq + " " + before + " " + after)
			add(before + " " + after)
		} else if plain != movement {
			add(plain)
		}
	}
	for _, s := range out[:len(out):len(out)] {
		if j := joinCompounds(s); j != s {
			add(j)
		}
	}
	return out
}

// splitComma splits Liftosaur's "Movement, Equipment" at its last comma
// when the part after it names equipment.
func splitComma(base string) (movement, equipment string, ok bool) {
	i := strings.LastIndex(base, ", ")
	if i <= 0 || QualifierEquipment(base[i+2:]) == exercise.EquipmentUnknown {
		return base, "", false
	}
	return base[:i], base[i+2:], true
}

// equipmentWords are the equipment a FitNotes default name writes inside
// it, longest first.
var equipmentWords = [...]string{"Smith Machine", "EZ Bar", "Barbell", "Dumbbell", "Cable", "Kettlebell", "Machine", "Band"}

// equipmentWord finds an equipment word in a name that has no qualifier:
// the name before it, the word as equipmentWords writes it, and the name
// after it. It finds nothing when the name is only the word.
func equipmentWord(base string) (before, word, after string) {
	for _, w := range equipmentWords {
		for i := 0; i+len(w) <= len(base); i++ {
			if !strings.EqualFold(base[i:i+len(w)], w) || (i > 0 && base[i-1] != ' ') || (i+len(w) < len(base) && base[i+len(w)] != ' ') {
				continue
			}
			before, after = strings.TrimSpace(base[:i]), strings.TrimSpace(base[i+len(w):])
			if before == "" && after == "" {
				return "", "", ""
			}
			return before, w, after
		}
	}
	return "", "", ""
}

// joinCompounds joins the movements apps write as one word and lifters
// as two: "Push Down", "Pull Down", "Pull Over".
func joinCompounds(s string) string {
	for _, p := range [...][2]string{{"Push Down", "Pushdown"}, {"Pull Down", "Pulldown"}, {"Pull Over", "Pullover"}} {
		if i := indexFold(s, p[0]); i >= 0 {
			s = s[:i] + p[1] + s[i+len(p[0]):]
		}
	}
	return s
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// sameName reports whether a and b are one name the way exercise.Lookup
// compares them: ASCII case and runs of ASCII punctuation and spaces do
// not count.
func sameName(a, b string) bool {
	var ba, bb [128]byte
	na, oka := normaliseName(ba[:0], a)
	nb, okb := normaliseName(bb[:0], b)
	if oka && okb {
		return string(na) == string(nb)
	}
	return strings.EqualFold(collapseSpaces(a), collapseSpaces(b)) // past 128 bytes: no catalog name is that long
}

// normaliseName appends name to buf as exercise.Lookup compares names:
// ASCII letters lower-cased, each run of other ASCII bytes one space,
// none at either end, bytes outside ASCII as they are. It reports false,
// with buf as it came, when the name does not fit in buf's capacity.
func normaliseName(buf []byte, name string) ([]byte, bool) {
	sep := false
	for i := 0; i < len(name); i++ {
		b := name[i]
		if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80) {
			sep = true
			continue
		}
		if sep && len(buf) > 0 {
			if len(buf) == cap(buf) {
				return buf[:0], false
			}
			buf = append(buf, ' ')
		}
		sep = false
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if len(buf) == cap(buf) {
			return buf[:0], false
		}
		buf = append(buf, b)
	}
	return buf, true
}

// collapseSpaces trims s and collapses its runs of spaces to one.
func collapseSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// splitQualifier splits "Movement (Equipment)" into its movement and the
// text in the trailing parenthesis; a name without one is all movement.
func splitQualifier(base string) (movement, qualifier string) {
	if open := strings.LastIndexByte(base, '('); open > 0 && strings.HasSuffix(base, ")") {
		return strings.TrimSpace(base[:open]), strings.TrimSpace(base[open+1 : len(base)-1])
	}
	return base, ""
}
