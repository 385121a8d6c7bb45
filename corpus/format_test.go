package corpus

import "testing"

func TestFormatNumber(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 7: "7", 999: "999", 1000: "1,000", 4800: "4,800", 1234567: "1,234,567", -1234.5: "-1,234.5",
		2.345: "2.35", 0.5: "0.5", 260000000: "260,000,000", -7: "-7",
	} {
		if got := FormatNumber(v); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestCurrencySign(t *testing.T) {
	for code, want := range map[string]string{"GBP": "£", "USD": "$", "EUR": "€", "XYZ": ""} {
		if got := CurrencySign(code); got != want {
			t.Errorf("CurrencySign(%q) = %q, want %q", code, got, want)
		}
	}
	for unit, want := range map[string]bool{"GBP": true, "percent": false, "people": false, "Gbp": false, "GB": false} {
		if got := IsCurrency(unit); got != want {
			t.Errorf("IsCurrency(%q) = %v", unit, got)
		}
	}
}

func TestQualifierWords(t *testing.T) {
	for q, want := range map[Qualifier]string{QualExact: "", QualApprox: "about", QualMoreThan: "more than",
		QualAtLeast: "at least", QualLessThan: "less than", QualUpTo: "up to", QualRange: "between", "odd": ""} {
		if got := q.Words(); got != want {
			t.Errorf("%q.Words() = %q, want %q", q, got, want)
		}
	}
}
