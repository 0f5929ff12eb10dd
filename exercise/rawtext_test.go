package exercise

import (
	"encoding/json"
	"strings"
	"testing"
)

// rawText quotes a raw JSON value whole up to 40 bytes and cuts a longer
// one to its first 40 bytes and "...".
func TestRawTextCut(t *testing.T) {
	forty := `"` + strings.Repeat("a", 38) + `"`
	for _, tt := range []struct{ in, want string }{
		{`  12  `, `12`},
		{forty, forty},
		{forty + ` `, forty}, // spaces are trimmed before measuring
		{`"` + strings.Repeat("a", 39) + `"`, `"` + strings.Repeat("a", 39) + `...`},
	} {
		if got := rawText(json.RawMessage(tt.in)); got != tt.want {
			t.Errorf("rawText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
