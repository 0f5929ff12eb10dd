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
	MatchExact                        // the catalog knows the name as written (or as an alias)
	MatchRewritten                    // found after rewriting the app's naming style, see [NameCandidates]
)

var statusNames = []string{
	Unclassified:   "unclassified",
	MatchExact:     "exact",
	MatchRewritten: "rewritten",
}

// A Mapping is an app's exercise name and what it maps to.
type Mapping struct {
	Name     string            // the app's name, verbatim
	Status   MatchStatus       // how it matched, or Unclassified
	Via      string            // the candidate name that matched; empty when unclassified
	Exercise exercise.Exercise // the catalog exercise; the zero Exercise when unclassified
	// LoadKind is what a load logged under Name means:
	// [exercise.LoggedLoadKind] of Name and Exercise, so the catalog
	// exercise's own kind as the name's words change it ("Pull Up (Band)"
	// on the body-weight pull-up is assisted; an unclassified "Weighted
	// Dip" is body weight plus the load).
	LoadKind repkit.LoadKind
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
	want := exercise.EquipmentUnknown
	if _, q := splitQualifier(collapseSpaces(name)); q != "" {
		want = QualifierEquipment(q)
	}
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
		if i == 0 {
			m.Status = MatchExact
		}
		return m
	}
	return m
}

// QualifierEquipment returns the equipment an app's qualifier names, the
// text in the parenthesis of Strong and Hevy names such as "Bench Press
// (Smith Machine)", or [exercise.EquipmentUnknown] when it names none the
// catalog tells apart ("Assisted", "Weighted", a brand, a grip). Case and
// spacing do not matter, and only the part before a " - " counts ("Cable -
// Straight Bar" is Cable). The words read: barbell, dumbbell, cable,
// machine, "plate loaded", "pec deck", "smith machine" (or smith), band
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
	case "machine", "plate loaded", "pec deck":
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
//     Curl - Star Trac" → "Preacher Curl").
//
// Duplicates are dropped. Matching case is the catalog's business.
func NameCandidates(name string) []string {
	base := collapseSpaces(name)
	out := []string{base}
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
	return out
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
