package exampletest

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// recorder stands in for a test and keeps what the helpers report.
type recorder struct {
	testing.TB
	errs  []string
	fatal bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) {
	r.fatal = true
	r.errs = append(r.errs, fmt.Sprint(args...))
}

func TestOutput(t *testing.T) {
	var r recorder
	got := Output(&r, func(w io.Writer) error {
		_, err := io.WriteString(w, "a\nb\n")
		return err
	})
	if got != "a\nb\n" || r.fatal || len(r.errs) != 0 {
		t.Errorf("Output = %q, fatal %v, errors %q; want \"a\\nb\\n\" and no failure", got, r.fatal, r.errs)
	}
	r = recorder{}
	Output(&r, func(io.Writer) error { return errors.New("no catalog") })
	if !r.fatal || !cmp.Equal(r.errs, []string{"no catalog"}) {
		t.Errorf("a failing run: fatal %v, errors %q; want fatal with the run's error", r.fatal, r.errs)
	}
}

func TestContainsAndLacks(t *testing.T) {
	const out = "plan: 36 reps\nburst 3: 4 reps\n"
	var r recorder
	Contains(&r, out, "plan: 36 reps\n", "burst 3", "burst 4", "")
	Lacks(&r, out, "burst 4", "burst 3", "set ended")
	want := []string{
		"output lacks \"burst 4\":\n" + out,
		"output holds \"burst 3\", which it must not:\n" + out,
	}
	if diff := cmp.Diff(want, r.errs); diff != "" || r.fatal {
		t.Errorf("reports (-want +got):\n%s\nfatal %v", diff, r.fatal)
	}
}
