package wire

import (
	"embed"
	"errors"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

//go:embed schema/*.schema.json
var schemas embed.FS

//go:embed repkit.d.ts
var typeScript []byte

const suffix = ".schema.json"

// ErrUnknownType is returned by [Schema] for a name that is not a wire type.
var ErrUnknownType = errors.New("wire: unknown wire type")

// Schema returns the JSON Schema (2020-12) of the wire type name, such as
// "record", as a new byte slice the caller may keep or change. A name that
// is not a wire type is an error wrapping [ErrUnknownType] that lists them.
func Schema(name string) ([]byte, error) {
	if strings.ContainsAny(name, "/.") || name == "" {
		return nil, unknown(name)
	}
	b, err := schemas.ReadFile("schema/" + name + suffix)
	if err != nil {
		return nil, unknown(name)
	}
	return b, nil
}

func unknown(name string) error {
	return &typeError{name}
}

type typeError struct{ name string }

func (e *typeError) Error() string {
	return "wire: type " + strconv.Quote(e.name) + ": unknown wire type; give one of " + strings.Join(Names(), ", ")
}

func (e *typeError) Unwrap() error { return ErrUnknownType }

// Names returns the names of the wire types in sorted order, as a new
// slice.
func Names() []string {
	entries, _ := fs.ReadDir(schemas, "schema") // embedded: cannot fail
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), suffix))
	}
	slices.Sort(names)
	return names
}

// FS returns the schema files as a read-only file system, one file
// "schema/NAME.schema.json" per wire type, for a server that serves them.
func FS() fs.FS { return schemas }

// TypeScript returns the TypeScript declarations of every wire type (the
// file repkit.d.ts), as a new byte slice.
func TypeScript() []byte { return slices.Clone(typeScript) }
