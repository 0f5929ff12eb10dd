package wire_test

import (
	"reflect"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/internal/facade"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/review"
	"github.com/repkit/repkit/volume"
)

// A wireType is one value an app stores or sends, by its schema name.
type wireType struct {
	name string
	typ  reflect.Type
}

// wireTypes are the values with a schema file: the records,
// sessions in progress, steps, protocols, plans, recommendations,
// check-ins, assessments, advice and histories, and the values around them
// an app shows or keeps.
var wireTypes = []wireType{
	{"exercise", reflect.TypeFor[exercise.Exercise]()},
	{"assessment", reflect.TypeFor[exercise.Assessment]()},
	{"protocol", reflect.TypeFor[restpause.Protocol]()},
	{"start", reflect.TypeFor[restpause.Start]()},
	{"step", reflect.TypeFor[restpause.Step]()},
	{"event", reflect.TypeFor[restpause.Event]()},
	{"session_state", reflect.TypeFor[restpause.SessionState]()},
	{"record", reflect.TypeFor[restpause.Record]()},
	{"plan", reflect.TypeFor[restpause.Plan]()},
	{"audit_report", reflect.TypeFor[restpause.AuditReport]()},
	{"lifter", reflect.TypeFor[fatigue.Lifter]()},
	{"check_in", reflect.TypeFor[fatigue.CheckIn]()},
	{"readiness", reflect.TypeFor[fatigue.Readiness]()},
	{"advice", reflect.TypeFor[fatigue.Advice]()},
	{"training_log", reflect.TypeFor[fatigue.TrainingLog]()},
	{"outing", reflect.TypeFor[progression.Outing]()},
	{"coach", reflect.TypeFor[progression.Coach]()},
	{"next_time", reflect.TypeFor[progression.NextTime]()},
	{"recommendation", reflect.TypeFor[progression.Recommendation]()},
	{"gym", reflect.TypeFor[progression.Gym]()},
	{"history", reflect.TypeFor[history.History]()},
	{"lift", reflect.TypeFor[history.Lift]()},
	{"import_options", reflect.TypeFor[facade.ImportOptions]()},
	{"import", reflect.TypeFor[facade.Import]()},
	{"review_log", reflect.TypeFor[review.Log]()},
	{"review", reflect.TypeFor[review.Review]()},
	{"ledger", reflect.TypeFor[volume.Ledger]()},
}

// Unused imports are kept honest by the samples below.
var _ = []any{repkit.Kilogram, time.Second}
