package repkit

import (
	"strconv"
	"testing"
)

// The benchmark inputs: the same numbers as loads (with units) and as bare
// floats for the strconv baselines.
var (
	benchLoadTexts  = []string{"102.5kg", "225lb", "22.5 kg", "0.5 kg", "1.25lb", "140kg", "315 lbs", "7.5kg"}
	benchFloatTexts = []string{"102.5", "225", "22.5", "0.5", "1.25", "140", "315", "7.5"}
	benchLoads      = []Load{102*Kilogram + 500*Gram, 225 * Pound, 22*Kilogram + 500*Gram, 500 * Gram, 5 * Pound / 4, 140 * Kilogram, 315 * Pound, 7*Kilogram + 500*Gram}
	benchFloats     = []float64{102.5, 225, 22.5, 0.5, 1.25, 140, 315, 7.5}
)

func BenchmarkParseLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchLoadTexts {
			if _, err := ParseLoad(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseFloatBaseline parses the same numbers with strconv.ParseFloat,
// without units.
func BenchmarkParseFloatBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchFloatTexts {
			if _, err := strconv.ParseFloat(s, 64); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLoadString(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range benchLoads {
			_ = l.String()
		}
	}
}

// BenchmarkFormatFloatBaseline formats the same numbers with
// strconv.FormatFloat, without units.
func BenchmarkFormatFloatBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range benchFloats {
			_ = strconv.FormatFloat(f, 'f', -1, 64)
		}
	}
}

func BenchmarkLoadFormatPounds(b *testing.B) {
	b.ReportAllocs()
	var buf [32]byte
	for b.Loop() {
		for _, l := range benchLoads {
			_ = l.AppendFormat(buf[:0], UnitPound)
		}
	}
}
