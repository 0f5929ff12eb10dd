package gen

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// WireFixpoint is the check of every package's FuzzWireJSON: when data
// decodes into a T, the value must encode, and the encoding must decode
// to the same value (compared with opts). Data that does not decode is
// not a failure: the fuzz targets feed arbitrary bytes.
func WireFixpoint[T any](t testing.TB, data []byte, opts ...cmp.Option) {
	t.Helper()
	var v T
	if json.Unmarshal(data, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%T decoded from %q does not encode: %v", v, data, err)
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("%T: %s, encoded from %q, does not decode: %v", v, out, data, err)
	}
	if diff := cmp.Diff(v, back, opts...); diff != "" {
		t.Fatalf("%T: %s, encoded from %q, round-trips differently (-first +second):\n%s", v, out, data, diff)
	}
}
