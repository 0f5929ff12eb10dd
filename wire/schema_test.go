package wire_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/repkit/repkit/wire"
)

func roots() []reflect.Type {
	var ts []reflect.Type
	for _, w := range wireTypes {
		ts = append(ts, w.typ)
	}
	return ts
}

// generate returns each schema file's text, with the examples given.
func generate(t *testing.T, examples map[string][]any) map[string][]byte {
	t.Helper()
	g := newGenerator(roots())
	out := map[string][]byte{}
	for _, w := range wireTypes {
		s := g.schemaFile(w, examples[w.name])
		b, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		out[w.name] = append(b, '\n')
	}
	if err := joinErrs(g.errs); err != nil {
		t.Fatalf("the wire types break the wire format:\n%v", err)
	}
	return out
}

// TestSchemasAreGenerated: the committed schemas are what the Go types say
// today, with the examples the samples give. -update rewrites them.
func TestSchemasAreGenerated(t *testing.T) {
	files := generate(t, exampleJSON(t))
	if *update {
		old, _ := filepath.Glob("schema/*.schema.json")
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, want := range files {
		path := filepath.Join("schema", name+".schema.json")
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := wire.Schema(name)
		if err != nil {
			t.Errorf("%s: %v; run go test ./wire -run TestSchemasAreGenerated -update", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("schema/%s.schema.json is not what the Go types say; run go test ./wire -run TestSchemasAreGenerated -update and read the diff", name)
		}
	}
	if !*update && len(wire.Names()) != len(files) {
		t.Errorf("wire.Names() = %v, want the %d wire types", wire.Names(), len(files))
	}
}
