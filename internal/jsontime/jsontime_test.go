package jsontime

import (
	"encoding/json"
	"testing"
	"time"
)

func TestProblem(t *testing.T) {
	for _, tt := range []struct {
		name string
		t    time.Time
		ok   bool
	}{
		{"utc", time.Date(2024, 3, 1, 18, 0, 0, 0, time.UTC), true},
		{"+23:59", time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("", 23*3600+59*60)), true},
		{"-23:59", time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("", -(23*3600+59*60))), true},
		{"+24:00", time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("", 24*3600)), false},
		{"-24:00", time.Date(2024, 3, 1, 18, 0, 0, 0, time.FixedZone("", -24*3600)), false},
		{"+00:19:32", time.Date(1930, 3, 1, 18, 0, 0, 0, time.FixedZone("LMT", 19*60+32)), false},
		{"year 0", time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"year 9999", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), true},
		{"year -1", time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		if got := Problem(tt.t) == ""; got != tt.ok {
			t.Errorf("%s: Problem(%v) = %q, want ok=%v", tt.name, tt.t, Problem(tt.t), tt.ok)
		}
		// The oracle: a time passes exactly when encoding/json writes it
		// and reads back the same instant.
		b, err := json.Marshal(tt.t)
		var back time.Time
		round := err == nil && json.Unmarshal(b, &back) == nil && back.Equal(tt.t)
		if round != tt.ok {
			t.Errorf("%s: JSON round trip ok=%v, but the test expects %v", tt.name, round, tt.ok)
		}
	}
}
