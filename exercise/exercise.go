package exercise

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/repkit/repkit"
)

// An Exercise is a movement with the traits that decide whether it suits
// rest-pause training. It is a plain value: build one with a literal, take
// one from the catalog ([Lookup], [ByID], [Builtin]) or decode one
// ([DecodeFreeExerciseDB]). It round-trips through encoding/json without
// loss, in repkit's wire format: snake_case keys, enums as their
// lower-case kebab-case names, PrimaryMuscles as a JSON array of names; a
// nil and an empty Aliases both encode as absent, and LoadKind is omitted
// when external. For example:
//
//	{"id":"leg-extension","name":"Leg Extension","primary_muscles":["quadriceps"],
//	 "category":"strength","equipment":"machine","mechanics":"isolation",
//	 "skill":"low","stability":"guided","limiter":"target-muscle",
//	 "stop_safety":"easy","spinal_load":"none","form_drift":"low","ballistic":false}
//
// [Exercise.UnmarshalJSON] also reads the camelCase keys of earlier
// versions (primaryMuscles, stopSafety, spinalLoad, formDrift, loadKind).
//
// The zero value of each trait is its Unknown; [Classify] will not clear an
// exercise whose deciding traits are unknown. Ballistic has no unknown:
// false means "not ballistic".
//
// An Exercise holds a slice (Aliases); copy it with [Exercise.Clone] before
// handing it to code that may modify it.
type Exercise struct {
	// ID is a stable identifier, such as "cable-lateral-raise" in the
	// catalog or the free-exercise-db id. Required.
	ID string `json:"id"`
	// Name is what a lifter calls it, such as "Cable Lateral Raise". Required.
	Name string `json:"name"`
	// Aliases are other names for the same exercise, including the names
	// logging apps use, such as "Lateral Raise (Cable)".
	Aliases []string `json:"aliases,omitempty"`
	// PrimaryMuscles are the muscles the exercise trains first.
	PrimaryMuscles Muscles    `json:"primary_muscles"`
	Category       Category   `json:"category"`
	Equipment      Equipment  `json:"equipment"`
	Mechanics      Mechanics  `json:"mechanics"`
	Skill          Skill      `json:"skill"`
	Stability      Stability  `json:"stability"`
	Limiter        Limiter    `json:"limiter"`
	StopSafety     StopSafety `json:"stop_safety"`
	SpinalLoad     SpinalLoad `json:"spinal_load"`
	FormDrift      FormDrift  `json:"form_drift"`
	// Ballistic is true when the load is thrown, jumped or driven with
	// momentum (jumps, swings, Olympic lifts): speed, not the target
	// muscle's fatigue, shapes every rep.
	Ballistic bool `json:"ballistic"`
	// LoadKind says what a logged load of the exercise means: the weight
	// lifted ([repkit.LoadExternal], the zero value, for barbells,
	// dumbbells, cables and machines), body weight plus the load added
	// ([repkit.LoadBodyweight]: push-ups, pull-ups, dips, crunches; zero
	// is body weight alone), or the help of an assisted machine's
	// counterweight ([repkit.LoadAssisted]: less is harder). It is the
	// exercise's own kind; a logged name can change it ("Pull Up (Band)"
	// is assisted), see [LoggedLoadKind]. JSON "load_kind", omitted when
	// external, so older documents decode unchanged.
	LoadKind repkit.LoadKind `json:"load_kind,omitzero"`
}

// Clone returns a copy of e that shares no memory with it.
func (e Exercise) Clone() Exercise {
	e.Aliases = slices.Clone(e.Aliases)
	return e
}

// Validate reports the first problem with e, as a [*FieldError]: a missing
// ID or Name (wrapping [repkit.ErrEmpty]), an empty alias, or a trait or
// LoadKind outside its named values (wrapping [repkit.ErrUnknownName]). Unknown traits are valid: they are the honest
// answer when a source does not say.
func (e Exercise) Validate() error {
	switch {
	case e.ID == "":
		return &FieldError{Field: "id", Value: e.ID, Err: repkit.ErrEmpty, Hint: "give the exercise an id, such as leg-extension"}
	case e.Name == "":
		return &FieldError{Field: "name", Value: e.Name, Err: repkit.ErrEmpty, Hint: "give the exercise a name, such as Leg Extension"}
	}
	for i, a := range e.Aliases {
		if a == "" {
			return &FieldError{Field: "aliases[" + strconv.Itoa(i) + "]", Value: a, Err: repkit.ErrEmpty, Hint: "remove the empty alias"}
		}
	}
	if _, err := e.PrimaryMuscles.MarshalJSON(); err != nil {
		return err
	}
	checks := [...]func() ([]byte, error){
		e.Category.MarshalText, e.Equipment.MarshalText, e.Mechanics.MarshalText,
		e.Skill.MarshalText, e.Stability.MarshalText, e.Limiter.MarshalText,
		e.StopSafety.MarshalText, e.SpinalLoad.MarshalText, e.FormDrift.MarshalText,
	}
	for _, check := range checks {
		if _, err := check(); err != nil {
			return err
		}
	}
	if e.LoadKind > repkit.LoadAssisted {
		return &FieldError{Field: "load_kind", Value: e.LoadKind.String(), Err: repkit.ErrUnknownName, Hint: "give external, bodyweight or assisted"}
	}
	return nil
}

// UnmarshalJSON reads an Exercise as [json.Unmarshal] would from its tags,
// and also the camelCase keys earlier versions wrote (primaryMuscles,
// stopSafety, spinalLoad, formDrift, loadKind), which apps may have
// stored; where a document has both spellings of a key the snake_case one
// wins. The result must pass [Exercise.Validate]; on any error e is
// unchanged.
func (e *Exercise) UnmarshalJSON(data []byte) error {
	type plain Exercise // no methods: the default decoding of the tags
	var w struct {
		plain
		OldPrimaryMuscles *Muscles         `json:"primaryMuscles"`
		OldStopSafety     *StopSafety      `json:"stopSafety"`
		OldSpinalLoad     *SpinalLoad      `json:"spinalLoad"`
		OldFormDrift      *FormDrift       `json:"formDrift"`
		OldLoadKind       *repkit.LoadKind `json:"loadKind"`
		// Presence of the new keys, so that they win over the old ones.
		NewPrimaryMuscles json.RawMessage `json:"primary_muscles"`
		NewStopSafety     json.RawMessage `json:"stop_safety"`
		NewSpinalLoad     json.RawMessage `json:"spinal_load"`
		NewFormDrift      json.RawMessage `json:"form_drift"`
		NewLoadKind       json.RawMessage `json:"load_kind"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	x := Exercise(w.plain)
	var err error
	if x.PrimaryMuscles, err = pick(x.PrimaryMuscles, w.NewPrimaryMuscles, w.OldPrimaryMuscles); err != nil {
		return err
	}
	if x.StopSafety, err = pick(x.StopSafety, w.NewStopSafety, w.OldStopSafety); err != nil {
		return err
	}
	if x.SpinalLoad, err = pick(x.SpinalLoad, w.NewSpinalLoad, w.OldSpinalLoad); err != nil {
		return err
	}
	if x.FormDrift, err = pick(x.FormDrift, w.NewFormDrift, w.OldFormDrift); err != nil {
		return err
	}
	if x.LoadKind, err = pick(x.LoadKind, w.NewLoadKind, w.OldLoadKind); err != nil {
		return err
	}
	if err := x.Validate(); err != nil {
		return err
	}
	*e = x
	return nil
}

// pick returns the value of a key written in snake_case, decoded from raw
// when the document has it, else the old camelCase key's value, else cur.
func pick[T any](cur T, raw json.RawMessage, old *T) (T, error) {
	if raw != nil {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return cur, err
		}
		return v, nil
	}
	if old != nil {
		return *old, nil
	}
	return cur, nil
}
