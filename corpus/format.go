package corpus

import (
	"math"
	"strconv"
	"strings"
)

// Formatting of figure values for people, shared by the command line, the
// reports and the TUI so that a value reads the same everywhere.

// currencySigns maps an ISO currency code to its sign: the inverse of the
// signs the figure parser reads.
var currencySigns = func() map[string]string {
	m := make(map[string]string, len(figCurrencySymbols))
	for sign, code := range figCurrencySymbols {
		// should two signs stand for one code, the shorter (then the
		// first in byte order) is its sign, whatever the map's order
		if old, ok := m[code]; !ok || len(sign) < len(old) || len(sign) == len(old) && sign < old {
			m[code] = sign
		}
	}
	return m
}()

// CurrencySign returns the sign of an ISO currency code ("GBP" → "£"),
// or "" when it has none Dateline knows.
func CurrencySign(code string) string { return currencySigns[code] }

// IsCurrency reports whether a figure unit is an ISO currency code.
func IsCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for _, r := range unit {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// FormatNumber writes v with thousands separators and at most two
// decimals: 4800 → "4,800", -1234.5 → "-1,234.5", 2.345 → "2.35".
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Words says how the qualifier bounds a value, as it reads before the
// value: "about", "more than", "at least", "less than", "up to", "between"
// for a range; "" for an exact figure or an unknown qualifier.
func (q Qualifier) Words() string {
	switch q {
	case QualApprox:
		return "about"
	case QualMoreThan:
		return "more than"
	case QualAtLeast:
		return "at least"
	case QualLessThan:
		return "less than"
	case QualUpTo:
		return "up to"
	case QualRange:
		return "between"
	}
	return ""
}
