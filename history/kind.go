package history

import (
	"github.com/repkit/repkit/internal/enum"
)

// A SetKind says what a logged set was for. The zero SetKind is
// [KindUnknown]: the file did not say and nothing could be inferred.
type SetKind uint8

// The kinds of set a history records.
const (
	KindUnknown   SetKind = iota // not stated
	KindWarmup                   // a warm-up set, not counted as work
	KindWorking                  // a normal working set
	KindDrop                     // a drop set (Strong "D", Hevy "dropset")
	KindFailure                  // a set the lifter marked as taken to failure
	KindRestPause                // a rest-pause burst: a continuation of the set before it after a short rest
)

var kindNames = []string{
	KindUnknown:   "unknown",
	KindWarmup:    "warmup",
	KindWorking:   "working",
	KindDrop:      "drop",
	KindFailure:   "failure",
	KindRestPause: "restpause",
}

// ParseSetKind reads a kind name case-insensitively, reporting whether it
// was one. It does not allocate.
func ParseSetKind(s string) (SetKind, bool) { return enum.Lookup(kindText, s) }

// Counts reports whether a set of this kind is work the lifter did for the
// exercise: every kind but warm-ups. An unknown kind counts, because the
// apps that do not mark kinds (FitNotes, older exports) log mostly work.
func (k SetKind) Counts() bool { return k != KindWarmup }

// A Format is a file format a history is read from or written to. The zero
// Format is [FormatUnknown].
type Format uint8

// The formats [NewReader] detects from a header.
const (
	FormatUnknown   Format = iota // not recognised
	FormatStrong                  // Strong (any of its CSV variants)
	FormatHevy                    // Hevy CSV
	FormatFitNotes                // FitNotes CSV (Android, and the iOS "FitNotes 2" variant)
	FormatLiftosaur               // Liftosaur's 20-column history CSV
	FormatRepkit                  // repkit's own history CSV, written by [WriteCSV]
)

var formatNames = []string{
	FormatUnknown:   "unknown",
	FormatStrong:    "strong",
	FormatHevy:      "hevy",
	FormatFitNotes:  "fitnotes",
	FormatLiftosaur: "liftosaur",
	FormatRepkit:    "repkit",
}
