package history

import (
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// An AliasTable is a lifter's own names for catalog exercises: the names
// their app logs ("Leg Press Technogym (Gelb)", "Rows (Panatta)") mapped to
// catalog IDs, beside a catalog that knows everything else. It is a
// [Catalog]: Lookup finds a name of the table (ignoring ASCII case and
// punctuation, as [exercise.Lookup] compares names) as its exercise, and
// asks the base catalog for every other name; [MapName] reports a table
// match as [MatchUser]. Names of one gym or one lifter belong here, not in
// the built-in catalog. Build one with [NewAliasTable]; the zero
// AliasTable knows no names and has the built-in catalog as its base. An
// AliasTable is not changed after it is built and is safe for concurrent
// use.
type AliasTable struct {
	base  Catalog
	names map[string]exercise.Exercise // by normalised name
}

// NewAliasTable builds an [AliasTable] over base (nil: the built-in
// catalog, [exercise.Lookup]) from aliases, which maps each of the
// lifter's names to a catalog ID, such as "Leg Press Technogym (Gelb)" to
// "leg-press". base must find each exercise by its ID, as exercise.Lookup
// does. It returns a *FieldError naming the alias for a name that is
// blank (wrapping [repkit.ErrEmpty]), an ID base does not know (wrapping
// [repkit.ErrUnknownName], with the closest IDs suggested when base is the
// built-in catalog), or two names that are one name to Lookup but map to
// different IDs ([repkit.ErrInvalid]); errors come in the order of the
// names sorted, so the same table gives the same error.
func NewAliasTable(base Catalog, aliases map[string]string) (*AliasTable, error) {
	if base == nil {
		base = CatalogFunc(exercise.Lookup)
	}
	t := &AliasTable{base: base, names: make(map[string]exercise.Exercise, len(aliases))}
	keys := make([]string, 0, len(aliases))
	for k := range aliases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, name := range keys {
		id := strings.TrimSpace(aliases[name])
		field := "aliases[" + strconv.Quote(name) + "]"
		key := string(normaliseKey(name))
		if key == "" {
			return nil, &FieldError{Field: field, Value: id, Err: repkit.ErrEmpty, Hint: "write the exercise's name as the app logs it"}
		}
		ex, ok := base.Lookup(id)
		if !ok || ex.ID != id {
			hint := "write the ID of a catalog exercise, such as \"leg-press\""
			if _, builtin := exercise.ByID(id); !builtin {
				if s := Suggest(exercise.Builtin(), id, 2); len(s) > 0 {
					hint = "write the ID of a catalog exercise, such as " + strconv.Quote(s[0].Exercise.ID)
				}
			}
			return nil, &FieldError{Field: field, Value: id, Err: repkit.ErrUnknownName, Hint: hint}
		}
		if old, dup := t.names[key]; dup && old.ID != ex.ID {
			return nil, &FieldError{Field: field, Value: id, Err: repkit.ErrInvalid,
				Hint: "another name of the table is the same name to the catalog (case and punctuation aside) and maps to " + strconv.Quote(old.ID) + "; keep one"}
		}
		t.names[key] = ex
	}
	return t, nil
}

// Lookup returns a copy of the exercise the table maps name to, or else
// the base catalog's answer.
func (t *AliasTable) Lookup(name string) (exercise.Exercise, bool) {
	if t.names != nil {
		var buf [128]byte
		if k, ok := normaliseName(buf[:0], name); ok {
			if ex, ok := t.names[string(k)]; ok {
				return ex.Clone(), true
			}
		}
	}
	if t.base == nil {
		return exercise.Lookup(name)
	}
	return t.base.Lookup(name)
}

// Len returns the number of names in the table.
func (t *AliasTable) Len() int { return len(t.names) }

// has reports whether the table itself holds name.
func (t *AliasTable) has(name string) bool {
	var buf [128]byte
	k, ok := normaliseName(buf[:0], name)
	_, found := t.names[string(k)]
	return ok && found
}

// normaliseKey is normaliseName for a name of any length.
func normaliseKey(name string) []byte {
	k, _ := normaliseName(make([]byte, 0, len(name)), name)
	return k
}

// A Suggestion is a catalog exercise whose name or alias comes close to an
// app's name that found no match: what to offer the lifter to choose from
// (and then to keep in their [AliasTable]). It is a plain value, safe to
// read from many goroutines. Its JSON is
//
//	{"exercise":{"id":"lat-pulldown",...},"via":"Lat Pulldown (Cable)","score":0.8}
type Suggestion struct {
	Exercise exercise.Exercise `json:"exercise"` // the catalog exercise
	Via      string            `json:"via"`      // its name or alias that came closest
	Score    float64           `json:"score"`    // how close, 0 to 1: see [Suggest]
}

// MinSuggestScore is the least [Suggestion.Score] [Suggest] offers: half
// the words shared.
const MinSuggestScore = 0.5

// Suggest returns up to n catalog exercises of entries closest to name,
// best first, for a name [MapName] left unclassified. The measure is the
// Dice coefficient of the two names' words: the words of either that match
// a word of the other, over the words of both (2 x shared / (words of name
// + words of the entry's ID, name or alias)), taking for each entry its
// closest ID, name or alias. Words are runs of ASCII letters and digits
// (bytes outside ASCII belong to words), compared ignoring case; a plural
// "s" does not count ("Curls" is "Curl"), nor does one slip of typing in
// a word of five letters or more (Levenshtein distance 1: "Tricep" and
// "Triceps", "Pres" and "Press"), and two words joined count as the one
// word they make ("Push Down" and "Pushdown"). Suggestions score at least
// [MinSuggestScore]; ties go to the shorter name, then to the entry first
// in entries, so the same catalog gives the same answer. Names of more
// than 16 words are compared by their first 16.
//
// Suggest allocates the suggestions it returns and a little more for the
// iteration; entries (such as [exercise.Builtin]) may allocate the copies
// they yield.
func Suggest(entries iter.Seq[exercise.Exercise], name string, n int) []Suggestion {
	if n <= 0 {
		return nil
	}
	var qw [16]string
	q := words(qw[:0], name)
	if len(q) == 0 {
		return nil
	}
	out := make([]Suggestion, 0, min(n, 8))
	for ex := range entries {
		best, via := closest(q, &ex)
		if best < MinSuggestScore {
			continue
		}
		s := Suggestion{Exercise: ex, Via: via, Score: best}
		at := len(out)
		for at > 0 && better(s, out[at-1]) {
			at--
		}
		if at >= n {
			continue
		}
		if len(out) < n {
			out = append(out, Suggestion{})
		}
		copy(out[at+1:], out[at:len(out)-1])
		out[at] = s
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// closest returns the best score of q against ex's ID, name and aliases,
// and the text that gave it (the shortest of equal scores).
func closest(q []string, ex *exercise.Exercise) (float64, string) {
	best, via := 0.0, ""
	var ew [16]string
	for i := -2; i < len(ex.Aliases); i++ {
		cand := ex.Name
		switch {
		case i == -2:
			cand = ex.ID
		case i >= 0:
			cand = ex.Aliases[i]
		}
		e := words(ew[:0], cand)
		if len(e) == 0 {
			continue
		}
		sc := float64(shared(q, e)) / float64(len(q)+len(e))
		if sc > best || sc == best && via != "" && len(cand) < len(via) {
			best, via = sc, cand
		}
	}
	return best, via
}

func better(a, b Suggestion) bool {
	return a.Score > b.Score || a.Score == b.Score && len(a.Via) < len(b.Via)
}

// words appends the words of s to dst, at most cap(dst).
func words(dst []string, s string) []string {
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z' || '0' <= s[i] && s[i] <= '9' || s[i] >= 0x80)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if len(dst) == cap(dst) {
				return dst
			}
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	return dst
}

// shared counts the words of q and of e that match a word of the other,
// each word used once: equal ignoring case and a plural "s" (two words,
// one each side), or two neighbouring words of one side matching one word
// of the other (three words).
func shared(q, e []string) int {
	var used uint32
	n := 0
	for i := 0; i < len(q); i++ {
		for j := range e {
			if used&(1<<j) == 0 && sameWord(q[i], e[j]) {
				used |= 1 << j
				n += 2
				break
			}
			if used&(1<<j) == 0 && i+1 < len(q) && joined(q[i], q[i+1], e[j]) {
				used |= 1 << j
				n += 3
				i++
				break
			}
		}
	}
	for j := 0; j+1 < len(e); j++ { // the entry's two words as one of the name's
		if used&(3<<j) != 0 {
			continue
		}
		for _, w := range q {
			if joined(e[j], e[j+1], w) {
				used |= 3 << j
				n += 3
				break
			}
		}
	}
	return min(n, len(q)+len(e))
}

// sameWord compares two words ignoring ASCII case and a trailing plural
// s, and forgives one typing slip (a letter added, dropped or changed) in
// words of five letters or more.
func sameWord(a, b string) bool {
	if strings.EqualFold(a, b) || strings.EqualFold(singular(a), singular(b)) {
		return true
	}
	return min(len(a), len(b)) >= 4 && max(len(a), len(b)) >= 5 && oneEdit(a, b)
}

// singular drops a plural s ("curls", not "press").
func singular(w string) string {
	if n := len(w); n > 3 && (w[n-1] == 's' || w[n-1] == 'S') && w[n-2] != 's' && w[n-2] != 'S' {
		return w[:n-1]
	}
	return w
}

// oneEdit reports whether a and b differ by at most one letter added,
// dropped or changed (Levenshtein distance at most 1), ignoring ASCII case.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && lower(a[i]) == lower(b[i]) {
		i++
	}
	if len(a) == len(b) {
		return strings.EqualFold(a[min(i+1, len(a)):], b[min(i+1, len(b)):])
	}
	return strings.EqualFold(a[i:], b[i+1:])
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// joined reports whether a and b written together are w ("push", "down",
// "pushdown"), ignoring case and a plural s.
func joined(a, b, w string) bool {
	w = singular(w)
	b = singular(b)
	return len(a)+len(b) == len(w) && strings.EqualFold(a, w[:len(a)]) && strings.EqualFold(b, w[len(a):])
}
