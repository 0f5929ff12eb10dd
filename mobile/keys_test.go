package mobile

import (
	"strings"
	"testing"
)

type embeddedInner struct {
	A int `json:"a"`
}

type embeddedNamed struct {
	B int `json:"b"`
}

// embeddedOuter embeds one struct untagged, whose keys encoding/json
// promotes, and one tagged, which encoding/json reads as one key.
type embeddedOuter struct {
	embeddedInner
	embeddedNamed `json:"named"`
	X             int `json:"x"`
}

// TestDecodeEmbeddedStructKeys: the unknown-key check knows the keys
// encoding/json reads for embedded structs: an untagged embedded struct's
// keys are the outer value's own ("a" here), a tagged one's is its tag
// ("named", with its own keys inside).
func TestDecodeEmbeddedStructKeys(t *testing.T) {
	var v embeddedOuter
	if err := decode("v", `{"a":1,"named":{"b":2},"x":3}`, &v); err != nil {
		t.Fatal(err)
	}
	if v.A != 1 || v.B != 2 || v.X != 3 {
		t.Errorf("decoded %+v", v)
	}
	err := decode("v", `{"embeddedInner":{"a":1}}`, &v)
	if err == nil || !strings.Contains(err.Error(), `unknown key "embeddedInner"`) {
		t.Errorf("the embedded struct's type name is no key: %v", err)
	}
	err = decode("v", `{"named":{"a":1}}`, &v)
	if err == nil || !strings.Contains(err.Error(), `unknown key "named.a"`) {
		t.Errorf("a key of the untagged struct inside the tagged one: %v", err)
	}
}
