package corpus

import (
	"strings"
	"testing"
)

// labelTestStrings are measures and units with the spaces, capitals and
// bytes that labels and ids must treat as strings.Fields and
// strings.ToLower do.
var labelTestStrings = []string{"", " ", "people killed", " people killed", "people killed ", "people  killed",
	"people\tkilled", "people\u00a0killed", "Met Police staff", "ÉTAT civil", "Kelvin \u212a", "x\xffy", "\xe2\x82",
	"days a week", "  ", "£260m budget gap", "İstanbul protesters", "a\u2028b", "PCSOs", strings.Repeat("long word ", 12)}

// TestSqueezeSpace checks squeezeSpace against strings.Fields.
func TestSqueezeSpace(t *testing.T) {
	for _, s := range labelTestStrings {
		if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestQuantitySlug checks quantitySlug against the plain reading of its
// rule: the lower-cased unit and label, letters and digits kept, other
// runs made one dash, cut after 48 bytes, dashes trimmed.
func TestQuantitySlug(t *testing.T) {
	for _, unit := range labelTestStrings {
		for _, label := range labelTestStrings {
			var b strings.Builder
			for _, r := range strings.ToLower(unit + " " + label) {
				switch {
				case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
					b.WriteRune(r)
				case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
					b.WriteByte('-')
				}
				if b.Len() >= 48 {
					break
				}
			}
			want := strings.Trim(b.String(), "-")
			if got := quantitySlug(nil, &Quantity{Unit: unit, Label: label}); got != want {
				t.Errorf("slug of %q %q = %q, want %q", unit, label, got, want)
			}
		}
	}
}

// TestIsTimeUnit checks isTimeUnit on units with and without words.
func TestIsTimeUnit(t *testing.T) {
	for unit, want := range map[string]bool{"days": true, "days a week": true, " weeks": true, "people": false, "": false,
		"GBP": false, "day": false} {
		if got := isTimeUnit(unit); got != want {
			t.Errorf("isTimeUnit(%q) = %v, want %v", unit, got, want)
		}
	}
}
