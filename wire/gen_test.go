package wire_test

// The schema generator: it reads the Go types of the wire values by
// reflection and their doc comments from the source, and writes one JSON
// Schema per wire type. Run `go test ./wire -run TestSchemasAreGenerated
// -update` after changing a wire type; the test fails while a committed
// schema differs from what the types say.

import (
	"encoding"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/restpause"
)

var update = flag.Bool("update", false, "rewrite the schema files and repkit.d.ts from the Go types")

const modulePath = "github.com/repkit/repkit"

var (
	snakeKey      = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	durationType  = reflect.TypeFor[time.Duration]()
	timeType      = reflect.TypeFor[time.Time]()
)

// textSchemas are the text types that are not enums: their schema says
// what repkit writes and reads.
var textSchemas = map[reflect.Type]map[string]any{
	reflect.TypeFor[repkit.Load](): {"type": "string", "pattern": `^[0-9]+(\.[0-9]+)?(kg|lb)$`,
		"description": "A mass with its unit, as repkit writes it, such as \"102.5kg\"; readers also accept pounds (\"225lb\")."},
	reflect.TypeFor[repkit.Effort](): {"type": "string", "pattern": `^(|rir (10|[0-9])|rpe (10|[1-9](\.5)?))$`,
		"description": "Effort as reps in reserve or RPE, such as \"rir 2\" or \"rpe 8.5\"; empty when not recorded."},
	reflect.TypeFor[repkit.RIR](): {"type": "integer", "minimum": 0, "maximum": 10,
		"description": "Reps in reserve, 0 (failure) to 10."},
	reflect.TypeFor[repkit.RPE](): {"type": "number", "minimum": 1, "maximum": 10, "multipleOf": 0.5,
		"description": "RPE, 1 to 10 in half points."},
	reflect.TypeFor[restpause.RPERange](): {"type": "string", "pattern": `^(|rpe (10|[1-9](\.5)?)(-(10|[1-9](\.5)?))?)$`,
		"description": "An RPE target such as \"rpe 8-9\" or \"rpe 10\"; empty when none is prescribed."},
}

// overrides are hand-written schemas of types whose JSON is not their
// fields; the validation tests check them against real values.
var overrides = map[string]map[string]any{}

// fieldSchemas are hand-written schemas of fields whose MarshalJSON writes
// another JSON type than the Go field's: a Decision's value and limit are
// whole counts, or seconds (with decimals) for a time cap.
var fieldSchemas = map[string]map[string]any{
	"restpause.Decision.Value": {"type": "number"},
	"restpause.Decision.Limit": {"type": "number"},
}

// generator builds the $defs of a set of wire types.
type generator struct {
	defs  map[string]any
	names map[reflect.Type]string
	docs  docs
	errs  []error
}

func newGenerator(roots []reflect.Type) *generator {
	g := &generator{defs: map[string]any{}, docs: docs{}}
	g.names = defNames(roots)
	return g
}

// defNames names every named type the roots reach: its Go name where no
// other reached type has it, else package name and Go name
// (ExerciseReasons, FatigueReasons).
func defNames(roots []reflect.Type) map[reflect.Type]string {
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			if t.Kind() == reflect.Map {
				walk(t.Key())
			}
			t = t.Elem()
		}
		if seen[t] || t.Name() == "" || !strings.HasPrefix(t.PkgPath(), modulePath) {
			return
		}
		seen[t] = true
		if t.Kind() == reflect.Struct && t != timeType {
			for i := range t.NumField() {
				f := t.Field(i)
				if f.IsExported() && f.Tag.Get("json") != "-" {
					walk(f.Type)
				}
			}
		}
	}
	for _, r := range roots {
		walk(r)
	}
	count := map[string]int{}
	for t := range seen {
		count[t.Name()]++
	}
	names := map[reflect.Type]string{}
	for t := range seen {
		if count[t.Name()] > 1 {
			pkg := filepath.Base(t.PkgPath())
			names[t] = strings.ToUpper(pkg[:1]) + pkg[1:] + t.Name()
		} else {
			names[t] = t.Name()
		}
	}
	return names
}

func (g *generator) fail(format string, args ...any) {
	g.errs = append(g.errs, fmt.Errorf(format, args...))
}

// ref returns the schema of t, adding the $defs it needs.
func (g *generator) ref(t reflect.Type) map[string]any {
	switch t {
	case timeType:
		return map[string]any{"type": "string", "format": "date-time"}
	case durationType:
		return map[string]any{"type": "number", "minimum": 0, "description": "Seconds."}
	}
	name, named := g.names[t]
	if !named {
		return g.inline(t)
	}
	if _, done := g.defs[name]; !done {
		g.defs[name] = nil // a placeholder, so a cycle ends here
		s := g.inline(t)
		if d := g.docs.typeDoc(t); d != "" {
			if _, has := s["description"]; !has {
				s["description"] = d
			}
		}
		g.defs[name] = s
	}
	return map[string]any{"$ref": "#/$defs/" + name}
}

// inline returns the schema of t itself, without a $ref for t.
func (g *generator) inline(t reflect.Type) map[string]any {
	if s, ok := overrides[g.names[t]]; ok {
		return clone(s)
	}
	if s, ok := textSchemas[t]; ok {
		return clone(s)
	}
	implements := func(i reflect.Type) bool { return t.Implements(i) || reflect.PointerTo(t).Implements(i) }
	isUint := t.Kind() >= reflect.Uint8 && t.Kind() <= reflect.Uint64
	switch {
	case isUint && t.Implements(jsonMarshaler):
		return g.set(t)
	case t.Kind() == reflect.Uint8 && implements(textMarshaler):
		return g.enum(t)
	case implements(textMarshaler) && !t.Implements(jsonMarshaler):
		g.fail("%v: a text type with no schema rule; add it to textSchemas", t)
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Struct:
		return g.object(t)
	case reflect.Pointer:
		return map[string]any{"anyOf": []any{g.ref(t.Elem()), map[string]any{"type": "null"}}}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": g.ref(t.Elem())}
	case reflect.Map:
		if t.Key().Kind() != reflect.String && !t.Key().Implements(textMarshaler) {
			g.fail("%v: map keys must be text", t)
		}
		return map[string]any{"type": "object", "additionalProperties": g.ref(t.Elem())}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]any{"type": "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer", "minimum": 0}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	}
	g.fail("%v: a %v cannot be on the wire; tag the field json:\"-\"", t, t.Kind())
	return map[string]any{}
}

// enum lists the names MarshalText gives, from the zero value up to the
// first value it refuses.
func (g *generator) enum(t reflect.Type) map[string]any {
	var names []any
	for n := range 256 {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(n))
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			break
		}
		names = append(names, string(b))
	}
	if len(names) == 0 {
		g.fail("%v: MarshalText refuses even the zero value", t)
	}
	return map[string]any{"type": "string", "enum": names}
}

// set lists the names of the one-member sets MarshalJSON writes.
func (g *generator) set(t reflect.Type) map[string]any {
	var names []any
	for bit := range t.Bits() {
		v := reflect.New(t).Elem()
		v.SetUint(1 << bit)
		b, err := v.Interface().(json.Marshaler).MarshalJSON()
		if err != nil {
			continue
		}
		var one []string
		if err := json.Unmarshal(b, &one); err != nil || len(one) != 1 {
			g.fail("%v: the set {bit %d} marshals as %s, not an array of one name", t, bit, b)
			continue
		}
		names = append(names, one[0])
	}
	if len(names) == 0 {
		g.fail("%v: no one-member set marshals", t)
	}
	return map[string]any{"type": "array", "uniqueItems": true, "items": map[string]any{"type": "string", "enum": names}}
}

// object is the schema of a struct's exported, tagged fields.
func (g *generator) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	g.fields(t, t, props, &required)
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		sort.Strings(required)
		s["required"] = required
	}
	return s
}

func (g *generator) fields(owner, t reflect.Type, props map[string]any, required *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, hasTag := f.Tag.Lookup("json")
		if tag == "-" {
			continue
		}
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			g.fields(owner, f.Type, props, required)
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		switch {
		case !hasTag:
			g.fail("%v.%s: no json tag; every wire field names its key", owner, f.Name)
			continue
		case !snakeKey.MatchString(key):
			g.fail("%v.%s: key %q is not snake_case", owner, f.Name, key)
		}
		if f.Type == durationType && !owner.Implements(jsonMarshaler) {
			g.fail("%v.%s: a time.Duration in a struct without MarshalJSON is written as nanoseconds; write seconds", owner, f.Name)
		}
		s := g.ref(f.Type)
		if o, ok := fieldSchemas[owner.String()+"."+f.Name]; ok {
			s = clone(o)
		}
		if d := g.docs.fieldDoc(owner, f.Name); d != "" {
			switch _, isRef := s["$ref"]; {
			case isRef:
				s = map[string]any{"$ref": s["$ref"], "description": d}
			case s["description"] == "Seconds.":
				s["description"] = d + " (seconds)"
			default:
				s["description"] = d
			}
		}
		props[key] = s
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			*required = append(*required, key)
		}
	}
}

// reachable returns the $defs the schema s refers to, transitively.
func (g *generator) reachable(s any) map[string]any {
	out := map[string]any{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if r, ok := v["$ref"].(string); ok {
				name := strings.TrimPrefix(r, "#/$defs/")
				if _, done := out[name]; !done {
					out[name] = g.defs[name]
					walk(g.defs[name])
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(s)
	return out
}

// schemaFile is the whole schema of one wire type.
func (g *generator) schemaFile(w wireType, examples []any) map[string]any {
	root := g.ref(w.typ)
	s := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     "https://github.com/repkit/repkit/wire/schema/" + w.name + ".schema.json",
		"title":   g.names[w.typ],
		"$ref":    root["$ref"],
		"$defs":   g.reachable(root),
	}
	if d := g.docs.typeDoc(w.typ); d != "" {
		s["description"] = d
	}
	if len(examples) > 0 {
		s["examples"] = examples
	}
	return s
}

func clone(s map[string]any) map[string]any {
	c := make(map[string]any, len(s))
	for k, v := range s {
		c[k] = v
	}
	return c
}

// docs reads doc comments from the module's source, for descriptions.
type docs map[string]*doc.Package

func (d docs) pkg(path string) *doc.Package {
	if p, ok := d[path]; ok {
		return p
	}
	dir := filepath.Join("..", strings.TrimPrefix(strings.TrimPrefix(path, modulePath), "/"))
	entries, err := os.ReadDir(dir)
	if err != nil {
		d[path] = nil
		return nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments)
			if err == nil {
				files = append(files, f)
			}
		}
	}
	p, err := doc.NewFromFiles(fset, files, path, doc.AllDecls)
	if err != nil {
		p = nil
	}
	d[path] = p
	return p
}

func (d docs) typeDoc(t reflect.Type) string {
	p := d.pkg(t.PkgPath())
	if p == nil {
		return ""
	}
	for _, dt := range p.Types {
		if dt.Name == t.Name() {
			return firstSentence(dt.Doc)
		}
	}
	return ""
}

func (d docs) fieldDoc(t reflect.Type, field string) string {
	p := d.pkg(t.PkgPath())
	if p == nil {
		return ""
	}
	for _, dt := range p.Types {
		if dt.Name != t.Name() {
			continue
		}
		for _, spec := range dt.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok {
				continue
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					if n.Name == field {
						text := f.Doc.Text()
						if text == "" {
							text = f.Comment.Text()
						}
						return oneLine(text)
					}
				}
			}
		}
	}
	return ""
}

func firstSentence(s string) string {
	s = oneLine(s)
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// docLink is a Go doc link such as [Classify] or [repkit.Load], which a
// schema reader sees as plain words.
var docLink = regexp.MustCompile(`\[([A-Za-z][A-Za-z0-9_.]*)\]`)

func oneLine(s string) string {
	return docLink.ReplaceAllString(strings.Join(strings.Fields(s), " "), "$1")
}

func joinErrs(errs []error) error { return errors.Join(errs...) }
