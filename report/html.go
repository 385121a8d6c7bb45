package report

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// HTML writes the briefing as one self-contained HTML page: inline CSS, no
// scripts and no external assets, a timeline drawn with HTML and CSS (one
// lane per source) and conflicting figures highlighted. All article text
// is escaped by html/template. The page is also well-formed XML (void
// elements are self-closed), so it can be checked strictly.
func HTML(w io.Writer, st *corpus.Story) error {
	page := newHTMLPage(Build(st))
	if err := pageTemplate.Execute(w, page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// htmlPage is what the page template shows.
type htmlPage struct {
	*Briefing
	Summary   string
	Chart     chart
	ByStatus  []statusGroup
	Singles   []Quantity
	Conflicts int
	byRef     map[int]Source
}

// statusGroup is the quantities of one status, under a title.
type statusGroup struct {
	Title      string
	Class      string
	Quantities []Quantity
}

// chart is the timeline drawn as lanes of marks on one date axis.
type chart struct {
	Lanes []chartLane
	Ticks []chartTick
}

type chartLane struct {
	Label string
	Marks []chartMark
	Style template.CSS // its height, by the rows its marks need
	rows  []float64    // where each row's last mark ends, in per cent
}

// The chart's geometry: marks sit in rows under a lane's label so that
// overlapping ones do not hide each other.
const (
	markTop   = 1.1  // rem from a lane's top to its first row of marks
	rowHeight = 0.85 // rem per row
	dotWidth  = 0.8  // half a dot's width, in per cent of the axis
)

// maxRows caps a lane's rows: in a crowded lane marks overlap rather than
// stretch the chart down the page.
const maxRows = 6

// place finds the first row where a mark from–to (per cent) does not
// overlap another, adding a row when none is free; when the lane has all
// its rows, the row that frees up first takes it.
func (l *chartLane) place(from, to float64) int {
	for i, end := range l.rows {
		if end < from {
			l.rows[i] = to
			return i
		}
	}
	if len(l.rows) < maxRows {
		l.rows = append(l.rows, to)
		return len(l.rows) - 1
	}
	best := 0
	for i, end := range l.rows {
		if end < l.rows[best] {
			best = i
		}
	}
	l.rows[best] = max(l.rows[best], to)
	return best
}

// chartMark is one event on a lane: a dot, or a bar for a span.
type chartMark struct {
	Style template.CSS // left and width, in per cent of the axis
	Bar   bool
	Cut   bool // the event starts before the axis does
	Title string
	Event string // the event's anchor
}

type chartTick struct {
	Style template.CSS
	Label string
}

func newHTMLPage(br *Briefing) *htmlPage {
	p := &htmlPage{Briefing: br, byRef: map[int]Source{}}
	for _, s := range br.Articles {
		p.byRef[s.Ref] = s
	}
	m := newMarkdown(io.Discard, br)
	p.Summary = m.summary()
	for _, g := range []struct {
		status     corpus.Status
		title, cls string
	}{
		{corpus.StatusConflict, "Conflicting figures", "conflict"},
		{corpus.StatusCompatible, "Figures that differ but can both be true", "compatible"},
		{corpus.StatusAgree, "Figures the sources agree on", "agree"},
	} {
		sg := statusGroup{Title: g.title, Class: g.cls}
		for _, q := range br.Quantities {
			if q.Status == string(g.status) {
				sg.Quantities = append(sg.Quantities, q)
			}
		}
		if g.status == corpus.StatusConflict {
			p.Conflicts = len(sg.Quantities)
		}
		if len(sg.Quantities) > 0 {
			p.ByStatus = append(p.ByStatus, sg)
		}
	}
	for _, q := range br.Quantities {
		if single(q) {
			p.Singles = append(p.Singles, q)
		}
	}
	p.Chart = p.chart()
	return p
}

// longSpan is how long, in days, an event may last and still set the
// chart's axis; longer spans ("since 2021") are drawn cut off at its
// start, so that they do not squeeze the story's weeks into a corner.
const longSpan = 92

// chart lays the dated events out on one axis, one lane per source.
func (p *htmlPage) chart() chart {
	var c chart
	dated := p.Timeline.Dated
	if len(dated) == 0 {
		return c
	}
	// the axis: from the first to the last day of the events that are not
	// long spans (all events when every one is)
	var lo, hi, last time.Time
	for _, long := range []bool{false, true} {
		for _, e := range dated {
			end := eventEnd(e)
			if !long && (e.end.IsZero() && e.gran == corpus.GranSpan || end.Sub(e.start).Hours() > 24*longSpan) {
				continue
			}
			if lo.IsZero() || e.start.Before(lo) {
				lo = e.start
			}
			if end.After(hi) {
				hi = end
			}
		}
		if !lo.IsZero() {
			break
		}
	}
	for _, e := range dated {
		if end := eventEnd(e); end.After(last) {
			last = end
		}
	}
	lo = lo.AddDate(0, 0, -1)
	hi = hi.AddDate(0, 0, 1)
	span := hi.Sub(lo).Hours()
	pos := func(t time.Time) float64 { return min(100, max(0, 100*t.Sub(lo).Hours()/span)) }
	lanes := map[string]int{}
	for _, e := range dated {
		seen := map[string]bool{}
		for _, r := range e.Reports {
			g := group(p.byRef, r.Cite)
			if seen[g] {
				continue
			}
			seen[g] = true
			i, ok := lanes[g]
			if !ok {
				i = len(c.Lanes)
				lanes[g] = i
				c.Lanes = append(c.Lanes, chartLane{Label: g})
			}
			end := eventEnd(e)
			if e.end.IsZero() && e.gran == corpus.GranSpan {
				end = last // an open span ("since 2021") runs on to the latest date
			}
			left := pos(e.start)
			width := pos(end.AddDate(0, 0, 1)) - left
			mark := chartMark{Title: e.When + ": " + e.Summary, Event: "ev-" + slug(e.ID),
				Bar: end.After(e.start) && width > 1.5, Cut: e.start.Before(lo)}
			from, to := left+width/2-dotWidth, left+width/2+dotWidth
			if mark.Bar {
				from, to = left, left+width
			}
			row := c.Lanes[i].place(from, to)
			top := fmt.Sprintf("top:%.2frem", markTop+rowHeight*float64(row))
			if mark.Bar {
				mark.Style = template.CSS(fmt.Sprintf("left:%s%%;width:%s%%;%s", pct(left), pct(width), top))
			} else {
				mark.Style = template.CSS(fmt.Sprintf("left:%s%%;%s", pct(left+width/2), top))
			}
			c.Lanes[i].Marks = append(c.Lanes[i].Marks, mark)
		}
	}
	for i := range c.Lanes {
		l := &c.Lanes[i]
		l.Style = template.CSS(fmt.Sprintf("height:%.2frem", markTop+rowHeight*float64(len(l.rows))+0.3))
	}
	for _, t := range ticks(lo, hi) {
		c.Ticks = append(c.Ticks, chartTick{Style: template.CSS("left:" + pct(pos(t.at)) + "%"), Label: t.label})
	}
	return c
}

// eventEnd returns the last day of an event; for an open span ("since
// 2021") that is its start.
func eventEnd(e Event) time.Time {
	if e.end.IsZero() || e.end.Before(e.start) {
		return e.start
	}
	return e.end
}

func pct(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

type tick struct {
	at    time.Time
	label string
}

// ticks returns at most about a dozen axis labels between lo and hi, at
// whole years, months or days depending on the range.
func ticks(lo, hi time.Time) []tick {
	days := hi.Sub(lo).Hours() / 24
	var out []tick
	switch {
	case days > 3*365:
		step := int(days/365/10) + 1
		for y := lo.Year() + 1; y <= hi.Year(); y += step {
			out = append(out, tick{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), strconv.Itoa(y)})
		}
	case days > 60:
		step := int(days/30/10) + 1
		t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
		for ; !t.After(hi); t = t.AddDate(0, step, 0) {
			out = append(out, tick{t, t.Format("Jan 2006")})
		}
	default:
		step := int(days/10) + 1
		for t := lo.AddDate(0, 0, 1); !t.After(hi); t = t.AddDate(0, 0, step) {
			out = append(out, tick{t, t.Format("2 Jan")})
		}
	}
	return out
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"ref":       func(c Cite) string { return "a" + strconv.Itoa(c.Ref) },
	"qualifier": claimQualifier,
	"norm":      normalised,
	"slug":      slug,
	"note":      reportNote,
	"certainty": certaintyNote,
	"statusText": func(q Quantity) string {
		return strings.NewReplacer("**", "").Replace(statusSentence(q))
	},
	"date": func(s Source) string {
		if d := s.publishedDate(); d != "" {
			return d
		}
		return "unknown"
	},
	"title": func(s Source) string {
		if s.Title == "" {
			return "(no headline)"
		}
		return s.Title
	},
	"how":   func(s Source) string { return s.howKnown() },
	"count": func(n int, word string) string { return plural(n, word) },
	"inc":   func(n int) int { return n + 1 },
	"cites": func(rs []EventReport) []Cite {
		var out []Cite
		for _, r := range rs {
			if !slices.Contains(out, r.Cite) {
				out = append(out, r.Cite)
			}
		}
		return out
	},
	// bySpeaker drops the speaker of a quote shown under the speaker's name
	"bySpeaker": func(q Quote) Quote { q.Speaker = ""; return q },
}).Parse(pageHTML))

// pageHTML is the page. It must stay well-formed XML: void elements are
// self-closed, every attribute is quoted, and no named entities are used.
const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Dateline" />
<title>{{.Title}}: briefing</title>
<style>
:root { --ink: #1d1f24; --muted: #5d6470; --rule: #d9dce1; --accent: #2457a6; --bad: #b3261e; --badbg: #fdecea; --ok: #1e7b45; --paper: #ffffff; --band: #f4f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
main { max-width: 70rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
h1, h2, h3, h4, .lane-label, .tick, .badge, table, .meta { font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .note { color: var(--muted); font-size: .9rem; }
a { color: var(--accent); }
a.cite { text-decoration: none; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .8em; font-weight: bold; }
ol.sources { padding-left: 0; list-style: none; }
ol.sources li { padding: .35rem 0; border-bottom: 1px solid var(--rule); }
.ref { display: inline-block; min-width: 2.2rem; font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; color: var(--accent); }
.chart { position: relative; margin: 1rem 0 2rem; padding-bottom: 1.8rem; border: 1px solid var(--rule); background: var(--band); }
.lane { position: relative; min-height: 2.2rem; border-bottom: 1px dashed var(--rule); }
.lane-label { position: absolute; left: .5rem; top: .1rem; font-size: .72rem; color: var(--muted); white-space: nowrap; z-index: 1; }
.track { position: absolute; left: 1rem; right: 1rem; top: 0; bottom: 0; }
.mark { position: absolute; width: .8rem; height: .8rem; margin-left: -.4rem; border-radius: 50%; background: var(--accent); border: 2px solid #fff; }
.mark.bar { height: .6rem; margin-top: .1rem; margin-left: 0; border-radius: .3rem; opacity: .75; }
.mark.cut { border-radius: 0 .3rem .3rem 0; border-left: 3px dotted var(--paper); opacity: .45; }
.axis { position: absolute; left: 1rem; right: 1rem; bottom: 0; height: 1.8rem; }
.tick { position: absolute; top: .3rem; font-size: .7rem; color: var(--muted); transform: translateX(-50%); white-space: nowrap; }
.tick::before { content: ""; position: absolute; left: 50%; top: -.35rem; height: .3rem; border-left: 1px solid var(--muted); }
ol.events { list-style: none; padding: 0 0 0 1.4rem; border-left: 3px solid var(--accent); margin-left: .5rem; }
ol.events > li { position: relative; margin: 0 0 1.1rem; }
ol.events > li::before { content: ""; position: absolute; left: -1.4rem; top: .45rem; width: .8rem; height: .8rem; margin-left: -.55rem; border-radius: 50%; background: var(--paper); border: 3px solid var(--accent); }
.when { font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; }
.certainty { color: var(--muted); font-size: .85rem; }
ul.reports { margin: .2rem 0 0; padding-left: 1.2rem; font-size: .93rem; }
.expr { font-style: italic; background: #fff3c4; }
.lanes { display: flex; flex-wrap: wrap; gap: 1rem; }
.lanes section { flex: 1 1 18rem; border: 1px solid var(--rule); padding: .5rem 1rem; }
.quantity { border: 1px solid var(--rule); border-left: 6px solid var(--rule); padding: .4rem 1rem 1rem; margin: 1rem 0; }
.quantity.conflict { border-color: var(--bad); background: var(--badbg); }
.quantity.agree, .quantity.compatible { border-left-color: var(--ok); }
.badge { display: inline-block; font-size: .72rem; font-weight: bold; text-transform: uppercase; letter-spacing: .05em; padding: .1rem .45rem; border-radius: .2rem; background: var(--muted); color: #fff; vertical-align: middle; }
.conflict .badge { background: var(--bad); }
.agree .badge, .compatible .badge { background: var(--ok); }
table { border-collapse: collapse; width: 100%; font-size: .85rem; background: var(--paper); }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border: 1px solid var(--rule); }
th { background: var(--band); }
td.value { font-weight: bold; min-width: 7rem; }
.actors { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; align-items: start; }
.actor { border: 1px solid var(--rule); padding: .2rem 1rem .8rem; }
blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid var(--rule); }
.shared { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .75rem; font-weight: bold; color: var(--accent); }
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<p class="meta">{{.Summary}}</p>
<p class="note">Numbers in square brackets cite the articles listed under “Articles and sources”.</p>

<h2 id="articles">Articles and sources</h2>
{{- if .Articles}}
<ol class="sources">
{{- range .Articles}}
<li id="a{{.Ref}}"><span class="ref">[{{.Ref}}]</span> {{if .URL}}<a href="{{.URL}}"><strong>{{title .}}</strong></a>{{else}}<strong>{{title .}}</strong>{{end}}
 — {{if .Source}}{{.Source}}{{else}}source unknown{{end}}{{if .Author}}, by {{.Author}}{{end}};
 {{if .Published}}published {{date .}}{{with how .}} ({{.}}){{end}}{{else}}publication date unknown{{end}}.
 <span class="meta">{{.ID}}</span></li>
{{- end}}
</ol>
{{- else}}
<p>No articles were loaded.</p>
{{- end}}

<h2 id="timeline">Timeline</h2>
{{- if .Chart.Lanes}}
<div class="chart" role="img" aria-label="The dated events on one axis, one lane per source">
{{- range .Chart.Lanes}}
<div class="lane" style="{{.Style}}"><span class="lane-label">{{.Label}}</span><div class="track">
{{- range .Marks}}<a class="mark{{if .Bar}} bar{{end}}{{if .Cut}} cut{{end}}" style="{{.Style}}" href="#{{.Event}}" title="{{.Title}}"></a>{{end -}}
</div></div>
{{- end}}
<div class="axis">{{range .Chart.Ticks}}<span class="tick" style="{{.Style}}">{{.Label}}</span>{{end}}</div>
</div>
{{- end}}
<h3>On the calendar</h3>
{{- if .Timeline.Dated}}
<ol class="events">
{{- range .Timeline.Dated}}
<li id="ev-{{slug .ID}}"><span class="when">{{.When}}</span>{{with certainty .Certainty}} <span class="certainty">({{.}})</span>{{end}} — {{.Summary}}
{{- range cites .Reports}} <a class="cite" href="#{{ref .}}">[{{.Ref}}]</a>{{end}}
{{- if .Actors}}<br /><span class="meta">Actors: {{range $i, $a := .Actors}}{{if $i}}, {{end}}{{$a}}{{end}}</span>{{end}}
<ul class="reports">
{{- range .Reports}}
<li><a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a> {{template "report" .}}</li>
{{- end}}
</ul></li>
{{- end}}
</ol>
{{- else}}
<p>No events could be placed on the calendar.</p>
{{- end}}
<h3>Undated, by article</h3>
{{- if .Timeline.Undated}}
<p class="note">Relative times (“on Thursday”, “last week”) that no known publication date places on the calendar.</p>
<div class="lanes">
{{- range .Timeline.Undated}}
<section><h4><a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a> {{$.ArticleTitle .Cite}}</h4>
<ul class="reports">
{{- range .Events}}{{range .Reports}}
<li>{{template "report" .}}</li>
{{- end}}{{end}}
</ul></section>
{{- end}}
</div>
{{- else}}
<p>No undated events.</p>
{{- end}}

<h2 id="figures">Figures</h2>
{{- if or .Quantities .Other}}
{{- if not .Conflicts}}
<p>No conflicting figures were found.</p>
{{- end}}
{{- range .ByStatus}}
<h3>{{.Title}}</h3>
{{- range .Quantities}}
<section class="quantity {{$.StatusClass .Status}}">
<h4><span class="badge">{{.Status}}</span> {{.Label}}{{if .Unit}} ({{.Unit}}){{end}}</h4>
<p>{{statusText .}}</p>
{{template "claims" $.Claims .}}
</section>
{{- end}}
{{- end}}
{{- if .Singles}}
<h3>Figures from one source</h3>
<ul>
{{- range .Singles}}{{$q := .}}{{range .Claims}}
<li><strong>{{$q.Label}}</strong>: <strong>{{.Text}}</strong> ({{norm .}}{{if or .Qualifier .Vague}}, {{qualifier .}}{{end}}){{if .Speaker}}, according to {{.Speaker}}{{end}} — “{{.Sentence}}” <a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a></li>
{{- end}}{{end}}
</ul>
{{- end}}
{{- if .Other}}
<h3>Other figures</h3>
<ul>
{{- range .Other}}
<li><strong>{{if .Measure}}{{.Measure}}{{else}}figure{{end}}</strong>: <strong>{{.Text}}</strong> ({{norm .}}) — “{{.Sentence}}” <a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a></li>
{{- end}}
</ul>
{{- end}}
{{- else}}
<p>No figures were found.</p>
{{- end}}

<h2 id="actors">Actors</h2>
{{- if .Actors}}
<div class="actors">
{{- range .Actors}}
<section class="actor" id="actor-{{slug .ID}}">
<h3>{{.Name}}{{if and .Short (ne .Short .Name)}} ({{.Short}}){{end}}</h3>
<p class="meta">{{if .Kind}}{{.Kind}}{{end}}{{if .Role}} · {{.Role}}{{end}}{{if .Aliases}} · also called {{range $i, $a := .Aliases}}{{if $i}}, {{end}}{{$a}}{{end}}{{end}}
<br />{{if .Mentions}}mentioned in {{range $i, $m := .Mentions}}{{if $i}}, {{end}}<a class="cite" href="#{{ref $m.Cite}}">[{{$m.Ref}}]</a> ×{{$m.Count}}{{end}}{{else}}not mentioned by name{{end}}</p>
{{- range .Quotes}}
{{template "quote" (bySpeaker .)}}
{{- end}}
{{- if gt .QuotesTotal (len .Quotes)}}
<p class="meta">… {{count .QuotesTotal "quote"}} in all, the others in{{range .MoreQuotesIn}} <a class="cite" href="#{{ref .}}">[{{.Ref}}]</a>{{end}}.</p>
{{- end}}
</section>
{{- end}}
</div>
{{- else}}
<p>No actors were found.</p>
{{- end}}
{{- if .Unattributed}}
<h3>Quotes without a known speaker</h3>
{{- range .Unattributed}}
{{template "quote" .}}
{{- end}}
{{- end}}
{{- if .Skipped}}
<h2 id="skipped">Files skipped</h2>
<ul>
{{- range .Skipped}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</main>
</body>
</html>
{{define "claims"}}{{$p := .Page}}<table>
<thead><tr><th>Source</th><th>Value</th><th>Qualifier</th><th>Speaker</th><th>Date</th><th>Sentence</th></tr></thead>
<tbody>
{{- range .Claims}}
<tr><td><a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a> {{if .Source}}{{.Source}}{{else}}source unknown{{end}}</td><td class="value">{{.Text}}<br /><span class="meta">{{norm .}}</span></td><td>{{qualifier .}}</td><td>{{if .Speaker}}{{.Speaker}}{{else}}—{{end}}</td><td>{{$p.DateOf .Cite}}</td><td>{{.Sentence}}</td></tr>
{{- end}}
</tbody>
</table>{{end}}
{{define "report"}}{{if .Expression}}<span class="expr">{{.Expression}}</span>{{with note .}}<span class="meta">{{.}}</span>{{end}}: {{else if .ByPublication}}<span class="meta">(dated by publication)</span> {{end}}“{{.Sentence}}”{{end}}
{{define "quote"}}<blockquote>“{{.Text}}”{{if not .Direct}} <span class="meta">(reported speech)</span>{{end}}
<span class="meta">{{if .Speaker}}— {{.Speaker}} {{end}}<a class="cite" href="#{{ref .Cite}}">[{{.Ref}}]</a>{{range .Also}} <a class="cite" href="#{{ref .}}">[{{.Ref}}]</a>{{end}}</span>
{{- if .Shared}} <span class="shared">shared by {{count (len .Also | inc) "article"}}</span>{{end}}</blockquote>{{end}}
`

// Title is the page's title: the story's name, or "Story".
func (p *htmlPage) Title() string { return nameOr(p.Name) }

// ArticleTitle returns a cited article's headline, or its id.
func (p *htmlPage) ArticleTitle(c Cite) string {
	if s, ok := p.byRef[c.Ref]; ok && s.Title != "" {
		return s.Title
	}
	return c.Article
}

// claimsTable is what the claims template shows: a quantity's claims and
// the page they are on.
type claimsTable struct {
	Page   *htmlPage
	Claims []Claim
}

// Claims pairs a quantity's claims with the page for the claims template.
func (p *htmlPage) Claims(q Quantity) claimsTable { return claimsTable{Page: p, Claims: q.Claims} }

// DateOf returns a cited article's publication date, or "unknown".
func (p *htmlPage) DateOf(c Cite) string {
	if s, ok := p.byRef[c.Ref]; ok && s.publishedDate() != "" {
		return s.publishedDate()
	}
	return "unknown"
}

// StatusClass is the CSS class of a quantity status.
func (p *htmlPage) StatusClass(status string) string {
	switch corpus.Status(status) {
	case corpus.StatusConflict, corpus.StatusCompatible, corpus.StatusAgree:
		return status
	}
	return "single"
}
