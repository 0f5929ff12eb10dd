package wire_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/repkit/repkit/wire"
)

// compile returns the committed schema of each wire type, compiled by
// santhosh-tekuri/jsonschema (draft 2020-12, formats asserted).
func compile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	out := map[string]*jsonschema.Schema{}
	for _, name := range wire.Names() {
		b, err := wire.Schema(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		url := "https://github.com/repkit/repkit/wire/schema/" + name + ".schema.json"
		if err := c.AddResource(url, doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s, err := c.Compile(url)
		if err != nil {
			t.Fatalf("%s: the schema does not compile: %v", name, err)
		}
		out[name] = s
	}
	return out
}

func validate(t *testing.T, s *jsonschema.Schema, name string, b []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("%s %s\nbreaks its schema: %v", name, b, err)
	}
}

// TestRealValuesMatchTheirSchemas marshals every sample, each a value
// repkit made while running a lifter's weeks, and validates it.
func TestRealValuesMatchTheirSchemas(t *testing.T) {
	schemas := compile(t)
	for name, vs := range samples(t) {
		s, ok := schemas[name]
		if !ok {
			t.Errorf("%s: no schema", name)
			continue
		}
		for _, v := range vs {
			b, err := json.Marshal(v)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			validate(t, s, name, b)
		}
	}
}

// TestSchemaExamplesDecode decodes every example in a schema into its Go
// type, refusing unknown keys, and writes it back as the same JSON.
func TestSchemaExamplesDecode(t *testing.T) {
	for _, w := range wireTypes {
		b, err := wire.Schema(w.name)
		if err != nil {
			t.Fatal(err)
		}
		var s struct{ Examples []json.RawMessage }
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		if len(s.Examples) == 0 {
			t.Errorf("%s: the schema has no example", w.name)
		}
		for _, ex := range s.Examples {
			v := reflect.New(w.typ)
			dec := json.NewDecoder(bytes.NewReader(ex))
			dec.DisallowUnknownFields()
			if err := dec.Decode(v.Interface()); err != nil {
				t.Errorf("%s: the example does not decode: %v\n%s", w.name, err, ex)
				continue
			}
			back, err := json.Marshal(v.Interface())
			if err != nil {
				t.Errorf("%s: the decoded example does not marshal: %v", w.name, err)
				continue
			}
			var a, b any
			_ = json.Unmarshal(ex, &a)
			_ = json.Unmarshal(back, &b)
			if d := cmp.Diff(a, b); d != "" {
				t.Errorf("%s: the example does not come back the same (-example +back):\n%s", w.name, d)
			}
		}
	}
}

// TestZeroValuesMatchTheirSchemas: the zero value of every wire type (an
// empty plan, a review of nothing) marshals and meets its schema: a slice
// written as null where the schema says array fails here.
func TestZeroValuesMatchTheirSchemas(t *testing.T) {
	schemas := compile(t)
	for _, w := range wireTypes {
		b, err := json.Marshal(reflect.New(w.typ).Interface())
		if err != nil {
			t.Errorf("the zero %s does not marshal: %v", w.name, err)
			continue
		}
		validate(t, schemas[w.name], "zero "+w.name, b)
	}
}
