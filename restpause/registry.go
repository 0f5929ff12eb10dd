package restpause

import (
	"strings"

	"github.com/repkit/repkit"
)

// Protocols finds protocols by name, for an app that stores a Record or a
// [SessionState] and needs the [Protocol] back to resume the set or judge
// it. It knows the presets by their names: "rest-pause"
// ([DefaultProtocol]), "myo-reps" ([MyoReps]), "myo-rep-match"
// ([MyoRepMatch]), "dc" ([DC]) and "dc-high" ([DCHigh]). An app registers
// its own protocols (a plan's protocol, one with a custom Extra rule)
// under their names, so that a protocol whose stop rule is the app's own
// code comes back by name; the code stays in the app.
//
// Names are read case-insensitively, with spaces and underscores read as
// hyphens, so older records' "myo-rep match" finds its protocol. A
// planner's protocol is named by its prescription ("planned-rest-pause 12
// rpe 8-9 + 2x3-4 after 20s"), so plans with different targets never share
// a name; register each plan's protocols to resume their sets.
//
// The zero Protocols knows the presets only and is ready to use. A
// Protocols is a value the app owns, not package state; Lookup is safe for
// concurrent use when no Register runs at the same time.
type Protocols struct {
	own map[string]Protocol
}

// Register adds p under its name, replacing a protocol the app registered
// under that name before. It returns an error wrapping
// [repkit.ErrInvalid] for a protocol with no name, one whose name is a
// preset's (presets cannot be replaced, so a stored "dc" always means
// DC), or one that fails [Protocol.Validate].
func (ps *Protocols) Register(p Protocol) error {
	key := protocolKey(p.Name)
	switch {
	case key == "":
		return invalid("name", p.Name, "give the protocol a name to store in its records")
	case preset(key) != nil:
		return invalid("name", p.Name, "this is a preset's name; give your protocol a name of its own")
	}
	if err := p.Validate(); err != nil {
		return err
	}
	if ps.own == nil {
		ps.own = map[string]Protocol{}
	}
	ps.own[key] = p
	return nil
}

// Lookup returns the protocol named name: a preset, or one the app
// registered. An unknown name is an error wrapping [repkit.ErrUnknownName]
// that names it.
func (ps *Protocols) Lookup(name string) (Protocol, error) {
	key := protocolKey(name)
	if f := preset(key); f != nil {
		return f(), nil
	}
	if p, ok := ps.own[key]; ok {
		return p, nil
	}
	return Protocol{}, &FieldError{Field: "protocol", Value: name, Err: repkit.ErrUnknownName,
		Hint: "give rest-pause, myo-reps, myo-rep-match, dc, dc-high, or register the protocol first"}
}

// preset returns the constructor of the preset with key, or nil.
func preset(key string) func() Protocol {
	switch key {
	case "rest-pause":
		return DefaultProtocol
	case "myo-reps":
		return MyoReps
	case "myo-rep-match":
		return MyoRepMatch
	case "dc":
		return DC
	case "dc-high":
		return DCHigh
	}
	return nil
}

// protocolKey is a protocol name as Protocols compares it.
func protocolKey(name string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' {
			return '-'
		}
		return r
	}, strings.ToLower(strings.TrimSpace(name)))
}
