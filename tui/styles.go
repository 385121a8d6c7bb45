package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"

	"github.com/dateline-news/dateline/corpus"
)

// palette is the app's semantic colours, each adaptive to light and dark
// terminals. With NO_COLOR every colour is lipgloss.NoColor and only bold,
// underline and reverse carry emphasis.
type palette struct {
	text, muted, subtle, accent, border lipgloss.TerminalColor
	selection                           lipgloss.TerminalColor
	good, warn, bad                     lipgloss.TerminalColor
	date, actor, figure, match          lipgloss.TerminalColor
	sources                             []lipgloss.TerminalColor
}

func adaptive(light, dark string) lipgloss.TerminalColor {
	return lipgloss.AdaptiveColor{Light: light, Dark: dark}
}

func newPalette(noColor bool) palette {
	if noColor {
		none := lipgloss.NoColor{}
		return palette{text: none, muted: none, subtle: none, accent: none, border: none, selection: none,
			good: none, warn: none, bad: none, date: none, actor: none, figure: none, match: none,
			sources: []lipgloss.TerminalColor{none}}
	}
	return palette{
		text:      adaptive("#1a1a1a", "#e4e4e4"),
		muted:     adaptive("#6b6b6b", "#8a8a8a"),
		subtle:    adaptive("#d0d0d0", "#3a3a3a"),
		accent:    adaptive("#5a3fc0", "#a58bff"),
		border:    adaptive("#b8b8b8", "#4e4e4e"),
		selection: adaptive("#e6e0ff", "#2e2748"),
		good:      adaptive("#1d7f32", "#5fd77a"),
		warn:      adaptive("#a05a00", "#f0b429"),
		bad:       adaptive("#b3261e", "#ff6b6b"),
		date:      adaptive("#0b62a4", "#5fb3ff"),
		actor:     adaptive("#8a3ea8", "#d69cff"),
		figure:    adaptive("#a05a00", "#ffb86b"),
		match:     adaptive("#fff3a0", "#6a5a00"),
		sources: []lipgloss.TerminalColor{
			adaptive("#0b62a4", "#5fb3ff"),
			adaptive("#1d7f32", "#5fd77a"),
			adaptive("#b3261e", "#ff7b72"),
			adaptive("#8a3ea8", "#d69cff"),
			adaptive("#a05a00", "#ffb86b"),
			adaptive("#00796b", "#4fd6c5"),
			adaptive("#ad1457", "#ff8ac0"),
			adaptive("#4e5a00", "#c5d86d"),
		},
	}
}

// Styles is every style the app draws with, built once from a palette and
// passed down to the child models.
type Styles struct {
	Title, Meta, Muted, Bold, Error, Hint lipgloss.Style
	Tab, ActiveTab                        lipgloss.Style
	Status, Filter, Notice                lipgloss.Style
	Selected, Cursor                      lipgloss.Style
	Heading, Gutter, Spark                lipgloss.Style
	Actor                                 lipgloss.Style // actor tags in lists
	// Highlights in article text.
	Date, Mention, Figure, Match, Current lipgloss.Style
	// Figure statuses and compared values.
	Conflict, Compatible, Agree, Single lipgloss.Style
	Odd, Same, Neutral                  lipgloss.Style
	Separator                           lipgloss.Style
	Help                                help.Styles

	sources []lipgloss.Style
}

// newStyles builds the styles; noColor drops every colour (NO_COLOR).
func newStyles(noColor bool) *Styles {
	p := newPalette(noColor)
	fg := func(c lipgloss.TerminalColor) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := &Styles{
		Title:      fg(p.accent).Bold(true),
		Meta:       fg(p.muted),
		Muted:      fg(p.muted),
		Bold:       lipgloss.NewStyle().Bold(true),
		Error:      fg(p.bad).Bold(true),
		Hint:       fg(p.muted).Italic(true),
		Tab:        fg(p.muted),
		ActiveTab:  fg(p.accent).Bold(true).Underline(true),
		Status:     fg(p.muted),
		Filter:     fg(p.warn).Bold(true),
		Notice:     fg(p.warn),
		Selected:   lipgloss.NewStyle().Background(p.selection).Bold(true),
		Cursor:     fg(p.accent).Bold(true),
		Heading:    fg(p.accent).Bold(true),
		Gutter:     fg(p.date),
		Spark:      fg(p.accent),
		Actor:      fg(p.actor),
		Date:       fg(p.date).Underline(true),
		Mention:    fg(p.actor).Bold(true),
		Figure:     fg(p.figure).Bold(true),
		Match:      lipgloss.NewStyle().Background(p.match).Underline(true),
		Current:    lipgloss.NewStyle().Reverse(true),
		Conflict:   fg(p.bad).Bold(true),
		Compatible: fg(p.warn).Bold(true),
		Agree:      fg(p.good).Bold(true),
		Single:     fg(p.muted),
		Odd:        fg(p.bad).Bold(true),
		Same:       fg(p.good).Bold(true),
		Neutral:    fg(p.warn).Bold(true),
		Separator:  fg(p.border),
	}
	if noColor {
		s.Selected = lipgloss.NewStyle().Reverse(true)
		s.Match = lipgloss.NewStyle().Underline(true)
	}
	s.Help = help.Styles{
		ShortKey:       fg(p.text).Bold(true),
		ShortDesc:      fg(p.muted),
		ShortSeparator: fg(p.border),
		Ellipsis:       fg(p.border),
		FullKey:        fg(p.text).Bold(true),
		FullDesc:       fg(p.muted),
		FullSeparator:  fg(p.border),
	}
	for _, c := range p.sources {
		s.sources = append(s.sources, fg(c).Bold(true))
	}
	return s
}

// Source returns the style of the i-th source: one colour per source,
// cycling through the palette when there are more sources than colours.
func (s *Styles) Source(i int) lipgloss.Style {
	if i < 0 {
		return s.Muted
	}
	return s.sources[i%len(s.sources)]
}

// StatusMark returns the style and the mark of a quantity status.
func (s *Styles) StatusMark(st corpus.Status) (lipgloss.Style, string) {
	switch st {
	case corpus.StatusConflict:
		return s.Conflict, "⚠"
	case corpus.StatusCompatible:
		return s.Compatible, "≈"
	case corpus.StatusAgree:
		return s.Agree, "="
	default:
		return s.Single, "·"
	}
}

// certaintyMark is the one-cell mark of how sure a date is.
func certaintyMark(c corpus.Certainty) string {
	switch c {
	case corpus.CertStated:
		return "●"
	case corpus.CertResolved:
		return "◐"
	case corpus.CertInferred:
		return "○"
	default:
		return "◌"
	}
}

// certaintyWords says how an event's date is known, for the event page.
func certaintyWords(c corpus.Certainty) string {
	switch c {
	case corpus.CertStated:
		return "stated in the text"
	case corpus.CertResolved:
		return "resolved against the publication date"
	case corpus.CertInferred:
		return "resolved against an inferred publication date"
	}
	return "relative: no publication date to place it"
}

// certaintyLegend explains the certainty marks and "~".
func certaintyLegend() string {
	return "● stated  ◐ resolved  ○ inferred  ◌ relative  ~ approximate"
}
