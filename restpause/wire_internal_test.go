package restpause

import (
	"reflect"
	"testing"
	"time"

	"github.com/repkit/repkit/internal/jsontime"
)

// TestWireStructsMirrorTags: each unexported wire struct behind a custom
// MarshalJSON has the fields of its type, in order, with the same json
// tags, and jsontime.Seconds exactly where the type has a time.Duration,
// so the tags document what the custom encoder writes.
func TestWireStructsMirrorTags(t *testing.T) {
	for _, pair := range [][2]any{
		{Burst{}, burstJSON{}}, {Rest{}, restJSON{}}, {Protocol{}, protocolJSON{}},
		{Decision{}, decisionJSON{}}, {StraightSets{}, straightSetsJSON{}},
		{Replacement{}, replacementJSON{}}, {Plan{}, planJSON{}}, {Planner{}, plannerJSON{}},
	} {
		pub, wire := reflect.TypeOf(pair[0]), reflect.TypeOf(pair[1])
		var fields []reflect.StructField
		for i := range pub.NumField() {
			f := pub.Field(i)
			tag, ok := f.Tag.Lookup("json")
			if !ok || tag == "" {
				t.Errorf("%v.%s has no json tag", pub, f.Name)
			}
			if tag != "-" {
				fields = append(fields, f)
			}
		}
		if len(fields) != wire.NumField() {
			t.Errorf("%v has %d wire fields, %v %d", pub, len(fields), wire, wire.NumField())
			continue
		}
		for i, f := range fields {
			w := wire.Field(i)
			if f.Name != w.Name || f.Tag.Get("json") != w.Tag.Get("json") {
				t.Errorf("%v.%s `json:%q` against %v.%s `json:%q`", pub, f.Name, f.Tag.Get("json"), wire, w.Name, w.Tag.Get("json"))
			}
			isDur := f.Type == reflect.TypeFor[time.Duration]()
			if isDur != (w.Type == reflect.TypeFor[jsontime.Seconds]()) {
				t.Errorf("%v.%s is %v on the wire as %v", pub, f.Name, f.Type, w.Type)
			}
			if !isDur && f.Type != w.Type && !(pub == reflect.TypeFor[Decision]() && (f.Name == "Value" || f.Name == "Limit")) {
				t.Errorf("%v.%s is %v, on the wire %v", pub, f.Name, f.Type, w.Type)
			}
		}
	}
}
