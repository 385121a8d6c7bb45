// Package tui is Dateline's terminal UI: a Bubble Tea app over an analysed
// story and its search index.
//
// Message flow:
//
//	Init ──openCmd──▶ Open(ctx, progress, notice) in a goroutine
//	        waitProgress ◀── progressMsg … ──▶ loading view (progress bar)
//	        waitProgress ◀── noticeMsg … ──▶ loading view (notices)
//	        earlyMsg ──▶ state ready without an index (Open indexes on):
//	                     search waits, showing the index's progress;
//	                     with grouping, without quantities too: the
//	                     figures tab waits until a second earlyMsg or
//	                     the loadedMsg brings the whole story (takeStory)
//	        loadedMsg ──▶ state ready: children built over one *common (or
//	                      the index given to them); the notices in the
//	                      status line
//	        loadFailedMsg ──▶ state failed: the error and notices, q quits
//	                          (after earlyMsg: search unavailable, says why)
//
//	tea.WindowSizeMsg ──▶ root: measures header and footer ──▶ child.setSize
//	tea.KeyMsg ──▶ root: global keys (quit, help, tabs, /, esc) ──▶ focused child
//	tea.MouseMsg ──▶ root: tab bar clicks; wheel and row clicks ──▶ focused child
//	child ──emit(open…Msg / setFilterMsg)──▶ root: pushes a page, sets the filter
//	search box keystroke ──seq++, debounceCmd──▶ searchDebounceMsg{seq}
//	        ──searchCmd (index.Search)──▶ searchResultMsg{seq}: dropped unless
//	        seq is still the search box's
package tui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// OpenFunc loads, analyses and indexes the corpus, reporting progress as
// it goes and giving notices of what the user should know (a skipped
// file, an index being rebuilt), shown on the loading screen and then in
// the status line. Before a long indexing it may call early with the
// analysed story: the story then shows at once and search waits for the
// index, showing how far it has got, while Open goes on. Before a long
// comparison of figures across sources it may call early with grouping
// set and a story without quantities, which the figures tab says are
// being compared: the whole story then comes with a later call of early
// or as Open's result, and nothing may write the first story meanwhile.
// The callbacks may be called from any goroutine. The TUI runs Open in a
// command so that the app stays responsive; ctx is cancelled when the
// user quits.
type OpenFunc func(ctx context.Context, progress func(stage string, done, total int), notice func(msg string), early func(st *corpus.Story, grouping bool)) (*corpus.Story, *index.Index, error)

// Options configure the terminal UI.
type Options struct {
	// Title names the story in the header until (and unless) the story
	// has a name of its own.
	Title string
	// Open loads the corpus.
	Open OpenFunc
}

// Run opens the terminal UI, loads the corpus with opts.Open and returns
// when the user quits. It returns Open's error if the corpus could not be
// opened. Set DATELINE_LOG to a file name to log there while it runs;
// NO_COLOR turns colours off; e writes its Markdown exports to
// DATELINE_EXPORT_DIR (the current directory when unset).
func Run(opts Options) error {
	if opts.Open == nil {
		return errors.New("terminal UI: nothing to open")
	}
	if path := os.Getenv("DATELINE_LOG"); path != "" {
		f, err := tea.LogToFile(path, "dateline")
		if err != nil {
			return fmt.Errorf("log to %s: %w", path, err)
		}
		defer f.Close()
	}
	m := newModel(opts, os.Getenv("NO_COLOR") != "")
	defer m.cancel()
	final, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion()).Run()
	if err != nil {
		return fmt.Errorf("terminal UI: %w", err)
	}
	fm, ok := final.(model)
	if !ok {
		return nil
	}
	if fm.c != nil && fm.c.index != nil {
		fm.c.index.Close()
	}
	if fm.state == stateFailed {
		return fm.err
	}
	return nil
}

// state is where the app is in its life.
type state int

const (
	stateLoading state = iota // Open is running
	stateReady                // the story is shown
	stateFailed               // Open failed
)

// tab is one of the five screens.
type tab int

const (
	tabTimeline tab = iota
	tabSearch
	tabActors
	tabFigures
	tabSources
)

var tabNames = [...]string{"Timeline", "Search", "Actors", "Figures", "Sources"}

// page is what fills the body: the current tab or a page opened from it.
type page int

const (
	pageTabs     page = iota
	pageEvent         // every report of an event
	pageActor         // an actor's quotes and events
	pageQuantity      // a figure comparison
	pageReader        // an article
)

var pageNames = map[page]string{pageEvent: "Event", pageActor: "Actor", pageQuantity: "Comparison", pageReader: "Article"}

// model is the root model: it owns the state, the size, the focus (tab and
// page stack) and the children.
type model struct {
	opts   Options
	state  state
	err    error
	width  int
	height int
	keys   keyMap
	styles *Styles
	ctx    context.Context
	cancel context.CancelFunc

	// loading
	pipe        *progressPipe
	bar         progress.Model
	spin        spinner.Model
	frame       int // spinner frames drawn, to move the indeterminate bar
	stage       string
	done, total int
	counted     bool      // the stage has reported a count of work done
	notices     []string  // Open's notices, oldest first
	stageAt     time.Time // when the stage began
	now         time.Time // the spinner's latest tick
	groupingAt  time.Time // when the story opened before its figures were compared

	// ready
	c       *common
	tab     tab
	pages   []page // pages opened over the tab, last on top
	bodyTop int    // first screen line of the body
	tabEnds []int  // where each tab ends in the tab bar, for clicks
	status  string
	// statusWarn shows the status as a warning (a notice, a failure)
	statusWarn bool
	help       help.Model
	// still turns off the search delay, the cursor's blinking and the
	// ticks of the figures tab's wait, so tests can run every command at
	// once.
	still bool

	timeline timelineModel
	search   searchModel
	actors   actorsModel
	figures  figuresModel
	sources  sourcesModel
	event    eventModel
	actor    actorModel
	compare  compareModel
	reader   readerModel
}

func newModel(opts Options, noColor bool) model {
	ctx, cancel := context.WithCancel(context.Background())
	styles := newStyles(noColor)
	barOpts := []progress.Option{progress.WithDefaultGradient(), progress.WithWidth(40)}
	if noColor {
		barOpts = []progress.Option{progress.WithColorProfile(termenv.Ascii), progress.WithWidth(40)}
	}
	h := help.New()
	h.Styles = styles.Help
	return model{
		opts: opts, keys: newKeyMap(), styles: styles, ctx: ctx, cancel: cancel,
		pipe: newProgressPipe(), bar: progress.New(barOpts...), help: h,
		spin:  spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(styles.Title)),
		stage: "loading",
	}
}

// Init starts opening the corpus.
func (m model) Init() tea.Cmd {
	return tea.Batch(openCmd(m.ctx, m.opts.Open, m.pipe), waitProgress(m.pipe), m.spin.Tick)
}

// Update handles one message: sizes, loading, keys and mouse here; the
// rest goes to the child that owns it.
func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case progressMsg:
		if msg.stage != m.stage {
			m.counted, m.stageAt = false, msg.at
		}
		m.stage, m.done, m.total = msg.stage, msg.done, msg.total
		m.counted = m.counted || msg.done > 0
		if m.c != nil && msg.stage == "index" {
			m.c.indexDone, m.c.indexTotal = msg.done, msg.total
		}
		return m, waitProgress(m.pipe)
	case earlyMsg:
		var tick tea.Cmd
		switch {
		case m.c == nil && msg.grouping:
			m.ready(msg.story, nil)
			m.c.grouping = true
			m.groupingAt = time.Now()
			if !m.still {
				tick = groupTick()
			}
			m.status = "Comparing figures across sources, then indexing for search, in the background; everything else is ready"
		case m.c == nil:
			m.ready(msg.story, nil)
			m.status = "Indexing for search in the background; everything else is ready"
		default: // the figures have been compared
			m.takeStory(msg.story)
			m.status = "Figures compared across sources; indexing for search in the background"
		}
		m.statusWarn = false
		return m, tea.Batch(waitProgress(m.pipe), tick)
	case groupTickMsg:
		if m.c == nil || !m.c.grouping || m.c.indexErr != nil {
			return m, nil // the figures have come (or will not)
		}
		m.c.groupingFor = msg.at.Sub(m.groupingAt)
		if m.still {
			return m, nil
		}
		return m, groupTick()
	case spinner.TickMsg:
		if m.state != stateLoading || msg.ID != m.spin.ID() {
			return m, nil // the spinner stops once the story is open
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		m.frame++
		m.now = msg.Time
		return m, cmd
	case noticeMsg:
		m.takeNotices(msg.notices)
		return m, waitProgress(m.pipe)
	case loadedMsg:
		m.takeNotices(msg.notices)
		m.status, m.statusWarn = noticeStatus(m.notices), len(m.notices) > 0
		if m.c != nil { // opened early: the index has come
			if msg.story != m.c.story {
				m.takeStory(msg.story) // with its figures compared
			}
			m.c.index = msg.index
			if m.status == "" {
				m.status = "The search index is ready"
			}
			var cmd tea.Cmd
			m.search, cmd = m.search.indexReady()
			return m, cmd
		}
		m.ready(msg.story, msg.index)
		return m, nil
	case loadFailedMsg:
		m.takeNotices(msg.notices)
		if m.c != nil { // opened early: only search is lost (and the comparisons, if they had not come)
			m.c.indexErr = msg.err
			m.status, m.statusWarn = "Search is unavailable: "+clean(msg.err.Error()), true
			if m.c.grouping {
				m.status = "Figures not compared and search unavailable: " + clean(msg.err.Error())
			}
			m.search = m.search.indexFailed()
			return m, nil
		}
		m.state, m.err = stateFailed, msg.err
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// keys typed faster than the terminal is read arrive together
			var cmds []tea.Cmd
			var next tea.Model = m
			for i, r := range msg.Runes {
				var cmd tea.Cmd
				next, cmd = next.(model).handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt && i == 0})
				cmds = append(cmds, cmd)
			}
			return next, tea.Batch(cmds...)
		}
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	}
	if m.state != stateReady {
		return m, nil
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case openEventMsg:
		m.event = newEventView(m.c, msg.event)
		m.push(pageEvent)
	case openActorMsg:
		m.actor = newActorView(m.c, msg.actor)
		m.push(pageActor)
	case openQuantityMsg:
		m.compare = newCompareView(m.c, msg.quantity)
		m.push(pageQuantity)
	case openReaderMsg:
		m.reader = newReader(m.c, msg.article, msg.sentence, msg.terms)
		m.push(pageReader)
		m.layout()
		m.reader = m.reader.open()
	case setFilterMsg:
		cmd = m.setFilter(msg.actor)
	case exportedMsg:
		if msg.err != nil {
			m.status, m.statusWarn = "Export failed: "+clean(msg.err.Error()), true
		} else {
			m.status, m.statusWarn = "Exported "+msg.what+" to "+clean(msg.path), false
		}
	default:
		// search debounce ticks, results and the cursor's blinks
		m.search, cmd = m.search.update(msg)
	}
	m.layout()
	return m, cmd
}

// ready builds the children once the story has been opened.
func (m *model) ready(st *corpus.Story, ix *index.Index) {
	m.state = stateReady
	m.c = newCommon(m.ctx, st, ix, m.styles, m.keys)
	if m.still {
		m.c.delay = 0
	}
	m.timeline = newTimeline(m.c)
	m.search = newSearch(m.c)
	m.actors = newActors(m.c)
	m.figures = newFigures(m.c)
	m.sources = newSources(m.c)
	m.layout()
}

// takeStory shows the whole story in place of the one opened early
// while its figures were compared: the same articles and findings, with
// its quantities.
func (m *model) takeStory(st *corpus.Story) {
	if st == nil {
		return
	}
	m.c.story, m.c.grouping = st, false
	m.figures = m.figures.grouped()
	m.layout()
}

// setFilter filters every screen by an actor ("" clears the filter).
func (m *model) setFilter(actor string) tea.Cmd {
	if actor == m.c.filter {
		return nil
	}
	m.c.filter = actor
	m.timeline.rebuild()
	m.figures.rebuild()
	var cmd tea.Cmd
	m.search, cmd = m.search.refresh()
	return cmd
}

func (m *model) push(p page) {
	for i, q := range m.pages {
		if q == p {
			m.pages = m.pages[:i]
			break
		}
	}
	m.pages = append(m.pages, p)
}

// top is the page in front.
func (m model) top() page {
	if len(m.pages) == 0 {
		return pageTabs
	}
	return m.pages[len(m.pages)-1]
}

func (m model) typing() bool {
	return m.state == stateReady && m.top() == pageTabs && m.tab == tabSearch && m.search.typing()
}

func (m model) quit() (tea.Model, tea.Cmd) {
	m.cancel()
	return m, tea.Quit
}

func (m model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	if m.state != stateReady {
		if key.Matches(msg, k.Quit) || key.Matches(msg, k.Back) {
			return m.quit()
		}
		return m, nil
	}
	m.status, m.statusWarn = "", false
	var cmd tea.Cmd
	if m.typing() && msg.Alt && msg.Type == tea.KeyRunes {
		// esc and a key typed together arrive as alt+key: leave the box,
		// then act on the key
		m.search.input.Blur()
		msg.Alt = false
	}
	if m.typing() {
		m.search, cmd = m.search.update(msg)
		m.layout()
		return m, cmd
	}
	if msg.Alt && msg.Type == tea.KeyRunes {
		// esc and a key typed together (esc 3) arrive as alt+key: go
		// back, then act on the key
		next, back := m.handleKey(tea.KeyMsg{Type: tea.KeyEscape})
		next, then := next.(model).handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: msg.Runes})
		return next, tea.Batch(back, then)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Export):
		if cmd = m.exportView(); cmd == nil {
			m.status, m.statusWarn = "e exports the timeline, a figures comparison or an actor", false
		} else {
			m.status, m.statusWarn = "Exporting…", false
		}
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(msg, k.Search):
		m.pages, m.tab = nil, tabSearch
		m.search, cmd = m.search.focus()
	case key.Matches(msg, k.NextTab):
		m.pages, m.tab = nil, (m.tab+1)%tab(len(tabNames))
	case key.Matches(msg, k.PrevTab):
		m.pages, m.tab = nil, (m.tab+tab(len(tabNames))-1)%tab(len(tabNames))
	case key.Matches(msg, k.Back) && !(m.top() == pageTabs && m.tab == tabSearch && m.search.wantsBack()):
		switch {
		case len(m.pages) > 0:
			m.pages = m.pages[:len(m.pages)-1]
		case m.help.ShowAll:
			m.help.ShowAll = false
		case m.c.filter != "":
			cmd = m.setFilter("")
		}
	default:
		matched := false
		for i, b := range k.Tabs {
			if key.Matches(msg, b) {
				m.pages, m.tab, matched = nil, tab(i), true
			}
		}
		if !matched {
			cmd = m.updateFocused(msg)
		}
	}
	m.layout()
	return m, cmd
}

// updateFocused gives a message to the child in front.
func (m *model) updateFocused(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.top() {
	case pageEvent:
		m.event, cmd = m.event.update(msg)
	case pageActor:
		m.actor, cmd = m.actor.update(msg)
	case pageQuantity:
		m.compare, cmd = m.compare.update(msg)
	case pageReader:
		m.reader, cmd = m.reader.update(msg)
	default:
		switch m.tab {
		case tabTimeline:
			m.timeline, cmd = m.timeline.update(msg)
		case tabSearch:
			m.search, cmd = m.search.update(msg)
		case tabActors:
			m.actors, cmd = m.actors.update(msg)
		case tabFigures:
			m.figures, cmd = m.figures.update(msg)
		case tabSources:
			m.sources, cmd = m.sources.update(msg)
		}
	}
	return cmd
}

func (m model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.state != stateReady || m.width < minWidth || m.height < minHeight {
		return m, nil
	}
	var cmd tea.Cmd
	switch {
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		y := msg.Y - m.bodyTop
		switch {
		case msg.Y == 1: // the tab bar
			for i, end := range m.tabEnds {
				if msg.X < end {
					m.pages, m.tab = nil, tab(i)
					break
				}
			}
		case y >= 0 && m.top() == pageTabs:
			switch m.tab {
			case tabTimeline:
				m.timeline, cmd = m.timeline.click(y)
			case tabSearch:
				m.search, cmd = m.search.click(msg.X, y)
			case tabActors:
				m.actors, cmd = m.actors.click(y)
			case tabFigures:
				m.figures, cmd = m.figures.click(y)
			case tabSources:
				m.sources, cmd = m.sources.click(y)
			}
		}
	case tea.MouseEvent(msg).IsWheel():
		cmd = m.updateFocused(msg)
	}
	m.layout()
	return m, cmd
}

// pageHelp is the help of the child in front.
func (m model) pageHelp() pageHelp {
	var local []key.Binding
	switch m.top() {
	case pageEvent:
		local = m.event.helpKeys()
	case pageActor:
		local = m.actor.helpKeys()
	case pageQuantity:
		local = m.compare.helpKeys()
	case pageReader:
		local = m.reader.helpKeys()
	default:
		switch m.tab {
		case tabTimeline:
			local = m.timeline.helpKeys()
		case tabSearch:
			local = m.search.helpKeys()
		case tabActors:
			local = m.actors.helpKeys()
		case tabFigures:
			local = m.figures.helpKeys()
		case tabSources:
			local = m.sources.helpKeys()
		}
	}
	if m.canExport() {
		local = append(local, m.keys.Export)
	}
	return pageHelp{k: m.keys, local: local}
}

func (m model) title() string {
	if m.c != nil && m.c.story.Name != "" {
		return m.c.story.Name
	}
	if m.opts.Title != "" {
		return m.opts.Title
	}
	return "news"
}

// header draws the title line, the tab bar and, over a page, where the
// page came from.
func (m model) header() (string, []int) {
	bar, ends := tabBar(m.styles, m.tab, m.width)
	lines := []string{headerView(m.c, m.title(), m.width), bar}
	if p := m.top(); p != pageTabs {
		crumb := tabNames[m.tab]
		for _, q := range m.pages {
			crumb += " › " + pageNames[q]
		}
		lines = append(lines, truncate(m.styles.Muted.Render(crumb+"   esc: back"), m.width))
	}
	return strings.Join(lines, "\n"), ends
}

func (m model) footer() string {
	return footerView(m.c, m.help, m.pageHelp(), m.status, m.statusWarn, m.width)
}

// layout measures the header and footer and gives the children the rest.
func (m *model) layout() {
	m.bar.Width = max(min(m.width-4, 60), 1)
	if m.state != stateReady || m.width <= 0 || m.height <= 0 {
		return
	}
	head, ends := m.header()
	m.tabEnds = ends
	m.bodyTop = height(head)
	w := m.width
	h := max(m.height-height(head)-height(m.footer()), 1)
	m.timeline = m.timeline.setSize(w, h)
	m.search = m.search.setSize(w, h)
	m.actors = m.actors.setSize(w, h)
	m.figures = m.figures.setSize(w, h)
	m.sources = m.sources.setSize(w, h)
	switch m.top() {
	case pageEvent:
		if m.event.width != w || m.event.height != h || m.event.p.lines == nil {
			m.event = m.event.setSize(w, h)
		}
	case pageActor:
		if m.actor.width != w || m.actor.height != h || m.actor.p.lines == nil {
			m.actor = m.actor.setSize(w, h)
		}
	case pageQuantity:
		if m.compare.width != w || m.compare.height != h || m.compare.p.lines == nil {
			m.compare = m.compare.setSize(w, h)
		}
	case pageReader:
		if m.reader.width != w || m.reader.height != h || m.reader.p.lines == nil {
			m.reader = m.reader.setSize(w, h)
		}
	}
}

// View draws the whole screen, exactly width × height.
func (m model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return truncate(fmt.Sprintf("Dateline needs a %d×%d terminal (this one is %d×%d)", minWidth, minHeight, m.width, m.height), m.width)
	}
	s := m.styles
	var out string
	switch m.state {
	case stateLoading:
		out = m.loadingView()
	case stateFailed:
		text := "Could not open the corpus: " + m.err.Error()
		lines := []string{s.Error.Render("Dateline")}
		lines = append(lines, renderWrapped(text, 0, len(text), m.width, nil)...)
		lines = append(lines, "")
		if n := noticeLines(m.notices, s, m.width, m.height-len(lines)-2); len(n) > 0 {
			lines = append(append(lines, n...), "")
		}
		out = strings.Join(append(lines, s.Hint.Render("q to quit")), "\n")
	default:
		head, _ := m.header()
		foot := m.footer()
		bodyH := m.height - height(head) - height(foot)
		out = head + "\n" + fitLines(m.body(), m.width, bodyH) + "\n" + foot
	}
	return fitLines(out, m.width, m.height)
}

func (m model) body() string {
	switch m.top() {
	case pageEvent:
		return m.event.view()
	case pageActor:
		return m.actor.view()
	case pageQuantity:
		return m.compare.view()
	case pageReader:
		return m.reader.view()
	}
	switch m.tab {
	case tabSearch:
		return m.search.view()
	case tabActors:
		return m.actors.view()
	case tabFigures:
		return m.figures.view()
	case tabSources:
		return m.sources.view()
	}
	return m.timeline.view()
}
