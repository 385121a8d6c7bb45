package corpus

import "testing"

func TestNumberWord(t *testing.T) {
	for s, want := range map[string]float64{
		"six": 6, "twenty-one": 21, "two-thirds": 2.0 / 3, "a hundred": 100, "two hundred and fifty": 250,
		"three thousand": 3000, "a dozen": 12, "2 million": 2e6, "forty five": 45, "a quarter": 0.25,
		"one million two hundred thousand": 1.2e6, "Nineteen": 19,
	} {
		if got, ok := NumberWord(s); !ok || got != want {
			t.Errorf("NumberWord(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"we", "may", "six people", "", "and", "hundreds of"} {
		if got, ok := NumberWord(s); ok {
			t.Errorf("NumberWord(%q) = %v; want no number", s, got)
		}
	}
}
