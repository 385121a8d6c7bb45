package tui

import "github.com/charmbracelet/bubbles/key"

// keyMap is every key binding of the app. The help view is generated from
// these same bindings (through pageHelp), so it cannot drift from them.
type keyMap struct {
	Quit, ForceQuit, Help     key.Binding
	Up, Down, Top, Bottom     key.Binding
	PageUp, PageDown          key.Binding
	Left, Right               key.Binding
	NextTab, PrevTab          key.Binding
	Tabs                      [5]key.Binding
	Search, Open, Back        key.Binding
	Filter, Conflicts, Facets key.Binding
	NextMatch, PrevMatch      key.Binding
	Export                    key.Binding
}

func newKeyMap() keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := keyMap{
		Quit:      b("q", "quit", "q"),
		ForceQuit: b("ctrl+c", "quit", "ctrl+c"),
		Help:      b("?", "help", "?"),
		Up:        b("↑/k", "up", "up", "k"),
		Down:      b("↓/j", "down", "down", "j"),
		Top:       b("g", "top", "g", "home"),
		Bottom:    b("G", "bottom", "G", "end"),
		PageUp:    b("pgup", "page up", "pgup", "ctrl+u"),
		PageDown:  b("pgdn", "page down", "pgdown", "ctrl+d", " "),
		Left:      b("←/h", "columns left", "left", "h"),
		Right:     b("→/l", "columns right", "right", "l"),
		NextTab:   b("tab", "next tab", "tab"),
		PrevTab:   b("shift+tab", "previous tab", "shift+tab"),
		Search:    b("/", "search", "/"),
		Open:      b("enter", "open", "enter"),
		Back:      b("esc", "back", "esc"),
		Filter:    b("a", "filter by actor", "a"),
		Conflicts: b("c", "conflicts only", "c"),
		Facets:    b("f", "facets", "f"),
		NextMatch: b("n", "next match", "n"),
		PrevMatch: b("N", "previous match", "N"),
		Export:    b("e", "export markdown", "e"),
	}
	for i, name := range tabNames {
		n := string(rune('1' + i))
		k.Tabs[i] = b(n, name, n)
	}
	return k
}

// navigation is the bindings every list and pane shares.
func (k keyMap) navigation() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}
}

// pageHelp is the help.KeyMap of one page: the page's own bindings first,
// then the ones that work everywhere.
type pageHelp struct {
	k     keyMap
	local []key.Binding
}

// ShortHelp implements help.KeyMap.
func (h pageHelp) ShortHelp() []key.Binding {
	out := append([]key.Binding{}, h.local...)
	return append(out, h.k.Search, h.k.Back, h.k.Help, h.k.Quit)
}

// FullHelp implements help.KeyMap.
func (h pageHelp) FullHelp() [][]key.Binding {
	tabs := append([]key.Binding{h.k.NextTab, h.k.PrevTab}, h.k.Tabs[:]...)
	nav := h.k.navigation()
	var local []key.Binding
	for _, b := range h.local {
		dup := false
		for _, n := range nav {
			dup = dup || b.Help() == n.Help()
		}
		if !dup {
			local = append(local, b)
		}
	}
	return [][]key.Binding{
		nav,
		append(local, h.k.Search, h.k.Back),
		tabs,
		{h.k.Help, h.k.Quit, h.k.ForceQuit},
	}
}
