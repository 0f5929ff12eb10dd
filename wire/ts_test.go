package wire_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// readSchemas reads the schema files from disk (not the embedded copies,
// which -update cannot change in the running test binary).
func readSchemas(t *testing.T) map[string]map[string]any {
	t.Helper()
	files, err := filepath.Glob("schema/*.schema.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	out := map[string]map[string]any{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var s map[string]any
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".schema.json")] = s
	}
	return out
}

// typeScript writes the declarations of every $def of the schemas, and an
// index from each wire type's schema name to its type.
func typeScript(t *testing.T, schemas map[string]map[string]any) []byte {
	t.Helper()
	defs := map[string]any{}
	var names []string
	for name, s := range schemas {
		names = append(names, name)
		for d, v := range s["$defs"].(map[string]any) {
			if old, ok := defs[d]; ok && !reflect.DeepEqual(old, v) {
				t.Errorf("$defs/%s differs between schema files", d)
			}
			defs[d] = v
		}
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString("// Code generated from the JSON Schemas in schema/ by `go test ./wire -update`. DO NOT EDIT.\n")
	b.WriteString("//\n// repkit's wire format: snake_case keys, enums as kebab-case names, sets as\n")
	b.WriteString("// arrays of names, durations as seconds, loads as text with their unit\n// (\"102.5kg\"), times as RFC 3339 text.\n\n")
	var defNames []string
	for d := range defs {
		defNames = append(defNames, d)
	}
	sort.Strings(defNames)
	for _, d := range defNames {
		s := defs[d].(map[string]any)
		comment(&b, "", s)
		if s["type"] == "object" && s["properties"] != nil {
			fmt.Fprintf(&b, "export interface %s {\n", d)
			props := s["properties"].(map[string]any)
			required := map[string]bool{}
			if r, ok := s["required"].([]any); ok {
				for _, k := range r {
					required[k.(string)] = true
				}
			}
			var keys []string
			for k := range props {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				p := props[k].(map[string]any)
				comment(&b, "  ", p)
				opt := "?"
				if required[k] {
					opt = ""
				}
				fmt.Fprintf(&b, "  %s%s: %s;\n", k, opt, tsType(p))
			}
			b.WriteString("}\n\n")
			continue
		}
		fmt.Fprintf(&b, "export type %s = %s;\n\n", d, tsType(s))
	}
	b.WriteString("/** Each wire type by its schema name, as wire.Schema names it. */\nexport interface WireTypes {\n")
	for _, name := range names {
		ref := schemas[name]["$ref"].(string)
		fmt.Fprintf(&b, "  %s: %s;\n", name, strings.TrimPrefix(ref, "#/$defs/"))
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func comment(b *bytes.Buffer, indent string, s map[string]any) {
	d, _ := s["description"].(string)
	if p, ok := s["pattern"].(string); ok {
		d = strings.TrimSpace(d + " Pattern: " + p)
	}
	if f, ok := s["format"].(string); ok {
		d = strings.TrimSpace(d + " Format: " + f + ".")
	}
	if d != "" {
		fmt.Fprintf(b, "%s/** %s */\n", indent, strings.ReplaceAll(d, "*/", "* /"))
	}
}

func tsType(s map[string]any) string {
	if r, ok := s["$ref"].(string); ok {
		return strings.TrimPrefix(r, "#/$defs/")
	}
	if alts, ok := s["anyOf"].([]any); ok {
		var parts []string
		for _, a := range alts {
			parts = append(parts, tsType(a.(map[string]any)))
		}
		return strings.Join(parts, " | ")
	}
	if e, ok := s["enum"].([]any); ok {
		var parts []string
		for _, v := range e {
			q, _ := json.Marshal(v)
			parts = append(parts, string(q))
		}
		return strings.Join(parts, " | ")
	}
	switch s["type"] {
	case "string":
		return "string"
	case "integer", "number":
		return "number"
	case "boolean":
		return "boolean"
	case "null":
		return "null"
	case "array":
		item := tsType(s["items"].(map[string]any))
		if strings.ContainsAny(item, " |") {
			return "Array<" + item + ">"
		}
		return item + "[]"
	case "object":
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			return "{ [key: string]: " + tsType(ap) + " }"
		}
		return "{ [key: string]: never }"
	}
	return "unknown"
}

// TestTypeScriptMatchesSchemas: repkit.d.ts is what the committed schemas
// say. -update rewrites it.
func TestTypeScriptMatchesSchemas(t *testing.T) {
	want := typeScript(t, readSchemas(t))
	if *update {
		if err := os.WriteFile("repkit.d.ts", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("repkit.d.ts")
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("repkit.d.ts is not what the schemas say; run go test ./wire -update and read the diff")
	}
}

// TestTypeScriptCompilesExamples compiles, with the TypeScript compiler in
// strict mode, a file that assigns every schema example to its declared
// type: an unknown key, a missing required key or a wrong enum name fails.
// It needs tsc: REPKIT_TSC names it (.ci/run installs a pinned one).
func TestTypeScriptCompilesExamples(t *testing.T) {
	tsc := os.Getenv("REPKIT_TSC")
	if tsc == "" {
		t.Skip("REPKIT_TSC is not set: set it to a tsc binary to compile repkit.d.ts against the schema examples (.ci/run does)")
	}
	dir := t.TempDir()
	decl, err := os.ReadFile("repkit.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "repkit.d.ts"), decl, 0o644); err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	src.WriteString("import type { WireTypes } from \"./repkit\";\n\n")
	schemas := readSchemas(t)
	var names []string
	for name := range schemas {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for i, ex := range schemas[name]["examples"].([]any) {
			b, _ := json.MarshalIndent(ex, "", "  ")
			fmt.Fprintf(&src, "export const %s_%d: WireTypes[%q] = %s;\n\n", name, i, name, b)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "check.ts"), src.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tsc, "--strict", "--noEmit", "--target", "es2020", "--module", "esnext", "--moduleResolution", "bundler", filepath.Join(dir, "check.ts"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tsc rejects the examples against repkit.d.ts: %v\n%s", err, out)
	}
}
