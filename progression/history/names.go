package history

import (
	"fmt"
	"strings"

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

var statusNames = [...]string{Unclassified: "unclassified", MatchExact: "exact", MatchRewritten: "rewritten"}

// String returns the status's lower-case name.
func (s MatchStatus) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("MatchStatus(%d)", uint8(s))
}

// MarshalText implements [encoding.TextMarshaler].
func (s MatchStatus) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, &FieldError{Field: "match status", Value: s.String(), Err: ErrValue}
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler], case-insensitively;
// unknown names are an error wrapping [ErrValue].
func (s *MatchStatus) UnmarshalText(text []byte) error {
	for i, n := range statusNames {
		if strings.EqualFold(string(text), n) {
			*s = MatchStatus(i)
			return nil
		}
	}
	return &FieldError{Field: "match status", Value: string(text), Err: ErrValue}
}

// A Mapping is an app's exercise name and what it maps to.
type Mapping struct {
	Name     string            // the app's name, verbatim
	Status   MatchStatus       // how it matched, or Unclassified
	Via      string            // the candidate name that matched; empty when unclassified
	Exercise exercise.Exercise // the catalog exercise; the zero Exercise when unclassified
}

// MapName maps one app exercise name through c, trying the candidates
// [NameCandidates] gives in order. A nil catalog leaves every name
// unclassified.
func MapName(c Catalog, name string) Mapping {
	m := Mapping{Name: name}
	if c == nil {
		return m
	}
	for i, cand := range NameCandidates(name) {
		if ex, ok := c.Lookup(cand); ok {
			m.Exercise, m.Via, m.Status = ex, cand, MatchRewritten
			if i == 0 {
				m.Status = MatchExact
			}
			return m
		}
	}
	return m
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
	base := strings.Join(strings.Fields(name), " ")
	out := []string{base}
	add := func(s string) {
		s = strings.Join(strings.Fields(s), " ")
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
	movement, equipment := base, ""
	if open := strings.LastIndexByte(base, '('); open > 0 && strings.HasSuffix(base, ")") {
		movement, equipment = strings.TrimSpace(base[:open]), strings.TrimSpace(base[open+1:len(base)-1])
	}
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
