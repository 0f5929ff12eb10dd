package history

import (
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// Options control reading. The zero Options read strictly, in UTC, and
// refuse files that carry no weight unit.
type Options struct {
	// Unit is the unit the file's weights are in, for files that do not say
	// (Strong's plain "Weight" column). The zero value, UnitUnknown, makes
	// such a file an error wrapping ErrUnitRequired: repkit never guesses
	// between kilograms and pounds. A unit the file states wins over this
	// one.
	Unit repkit.Unit

	// Lenient makes [Import] skip a malformed row, report it, and keep every
	// row around it, up to [MaxSkipped] skipped rows. The zero value, strict, makes the first malformed row
	// an error. [Reader.Next] always reports a malformed row and carries on
	// with the next one; the mode only matters to Import.
	Lenient bool

	// Location is the time zone of timestamps written without one (Strong,
	// Hevy, FitNotes). Nil means UTC. A date at which the zone's offset has
	// seconds (local mean time, such as Amsterdam's +00:19:32 before 1937)
	// is a cell error: RFC 3339 cannot carry the offset, and writing it
	// would move the instant.
	Location *time.Location

	// Catalog maps each exercise name to its catalog exercise, whose load
	// kind, with the name's own words, gives [ExerciseLog.LoadKind] (see
	// [Mapping.LoadKind]). Nil uses the built-in catalog,
	// [exercise.Lookup]; a Catalog that finds nothing leaves the kinds to
	// the names' words alone ("Assisted", "Weighted"). A kind the file
	// states (repkit's load_kind column) wins over the catalog. An
	// [AliasTable] puts the lifter's own names beside the catalog.
	Catalog Catalog
}

func (o *Options) catalog() Catalog {
	if o.Catalog == nil {
		return CatalogFunc(exercise.Lookup)
	}
	return o.Catalog
}

func (o *Options) location() *time.Location {
	if o.Location == nil {
		return time.UTC
	}
	return o.Location
}
