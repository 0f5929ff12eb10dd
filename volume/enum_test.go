package volume

import (
	"testing"

	"github.com/repkit/repkit/internal/enum/enumtest"
)

func TestEnumContract(t *testing.T) {
	enumtest.Run[Shift](t, "Shift", "shift", "unknown", "replaced", "added", "held", "no-baseline")
	if int(shiftEnd) != shiftText.Len() {
		t.Errorf("shiftEnd %d, names %d", shiftEnd, shiftText.Len())
	}
}
