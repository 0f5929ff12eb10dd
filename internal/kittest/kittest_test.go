package kittest

import "testing"

func TestReported(t *testing.T) {
	out := "=== RUN   TestX\n    --- FAIL: TestX/no_mutation (0.00s)\n    --- PASS: TestX/total (0.00s)\n"
	for _, tc := range []struct {
		sub, want string
		ok        bool
	}{
		{"no mutation", "FAIL", true},
		{"no mutation", "PASS", false},
		{"total", "PASS", true},
		{"tot", "PASS", false}, // a prefix of a name is not the name
		{"concurrent", "SKIP", false},
	} {
		if got := Reported(out, "TestX", tc.sub, tc.want); got != tc.ok {
			t.Errorf("Reported(%q, %q) = %v, want %v", tc.sub, tc.want, got, tc.ok)
		}
	}
}
