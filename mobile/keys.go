package mobile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// unknownKey returns the path and name of the first key in data that the
// Go type t does not have, or "" when every key is one of t's. The wire
// format's rule that a struct's json tags name its keys, also where a
// MarshalJSON writes them, makes the tags the key list; a key the type
// does not know would otherwise be dropped without a word (a misspelt
// "rset" for "rest" would read as no rest).
func unknownKey(data []byte, t reflect.Type) (path, hint string) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return "", "" // the decoder proper reports the syntax error
	}
	return walk(v, t, "")
}

// legacyKeys are keys a type's reader still accepts from before the wire
// format (the camelCase keys exercise.Exercise wrote), so a value an app
// stored then is not refused here.
var legacyKeys = map[reflect.Type]map[string]reflect.Type{
	reflect.TypeFor[exercise.Exercise](): {
		"primaryMuscles": reflect.TypeFor[exercise.Muscles](), "stopSafety": reflect.TypeFor[exercise.StopSafety](),
		"spinalLoad": reflect.TypeFor[exercise.SpinalLoad](), "formDrift": reflect.TypeFor[exercise.FormDrift](),
		"loadKind": reflect.TypeFor[repkit.LoadKind](),
	},
}

var (
	timeType      = reflect.TypeFor[time.Time]()
	textUnmarshal = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func walk(v any, t reflect.Type, path string) (string, string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch x := v.(type) {
	case map[string]any:
		switch {
		case t.Kind() == reflect.Map:
			for _, k := range sorted(x) {
				if p, h := walk(x[k], t.Elem(), path+"."+k); p != "" {
					return p, h
				}
			}
		case t.Kind() == reflect.Struct && t != timeType && !reflect.PointerTo(t).Implements(textUnmarshal):
			fields := keys(t)
			for _, k := range sorted(x) {
				ft, ok := fields[k]
				if !ok {
					ft, ok = legacyKeys[t][k]
				}
				if !ok {
					return strings.TrimPrefix(path+"."+k, "."), "the keys here are " + strings.Join(sorted(fields), ", ")
				}
				if p, h := walk(x[k], ft, path+"."+k); p != "" {
					return p, h
				}
			}
		}
	case []any:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			for i, e := range x {
				if p, h := walk(e, t.Elem(), path+"["+strconv.Itoa(i)+"]"); p != "" {
					return p, h
				}
			}
		}
	}
	return "", ""
}

// keys maps each wire key of struct t to its field's type, following
// embedded structs as encoding/json does.
func keys(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if tag == "-" || !f.IsExported() && !f.Anonymous {
			continue
		}
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			for k, ft := range keys(f.Type) {
				out[k] = ft
			}
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func sorted[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
