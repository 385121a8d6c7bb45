package report

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// wellFormed parses page strictly as XML (the page is XHTML-compatible
// by design): every element closed and properly nested, attributes quoted,
// entities known. It returns the elements in document order.
func wellFormed(page []byte) ([]xml.StartElement, error) {
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = true
	var names []xml.StartElement
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return names, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			names = append(names, t.Copy())
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 {
		return names, errors.New("unclosed elements at the end")
	}
	return names, nil
}

// hostileStory is the fixture with markup, entities and table pipes in
// the text the reports show.
func hostileStory(t *testing.T) []byte {
	st := fixtureStory(t)
	st.Name = `Bridge <script>alert("x")</script> & co`
	st.Events[0].Summary = `<img src=x onerror=alert(1)> | *bold* &amp; "quoted" ]]> <!-- c -->`
	st.Actors[0].Role = "owner </section> of the bridge"
	var b bytes.Buffer
	if err := HTML(&b, st); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestHTMLWellFormed(t *testing.T) {
	seeds := renderSeeds(t, HTML)
	for _, tc := range []struct {
		name string
		page []byte
	}{
		{"fixture", render(t, HTML, fixtureStory(t))},
		{"hostile", hostileStory(t)},
		{"seeds", seeds},
		{"empty", render(t, HTML, emptyStory())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			elems, err := wellFormed(tc.page)
			if err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			if len(elems) < 3 || elems[0].Name.Local != "html" || elems[1].Name.Local != "head" {
				t.Fatalf("document starts %v, want html, head", elems[:min(3, len(elems))])
			}
			if !strings.HasPrefix(string(tc.page), "<!DOCTYPE html>") {
				t.Errorf("no doctype")
			}
			// self-contained: no scripts or external resources; links only
			// to anchors and to the articles' own web pages
			for _, e := range elems {
				switch e.Name.Local {
				case "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source":
					t.Errorf("page has a <%s> element", e.Name.Local)
				case "style":
				}
				for _, a := range e.Attr {
					switch {
					case a.Name.Local == "src" || strings.HasPrefix(a.Name.Local, "on"):
						t.Errorf("<%s %s=%q>", e.Name.Local, a.Name.Local, a.Value)
					case a.Name.Local == "style" && strings.Contains(a.Value, "url("):
						t.Errorf("<%s style=%q> loads a resource", e.Name.Local, a.Value)
					case a.Name.Local == "href" && !strings.HasPrefix(a.Value, "#") && !strings.HasPrefix(a.Value, "https://") && !strings.HasPrefix(a.Value, "http://"):
						t.Errorf("unexpected link %q", a.Value)
					}
				}
			}
			if css := styleSheet(tc.page); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Errorf("style sheet loads a resource")
			}
		})
	}
}

// styleSheet returns the page's <style> element's text.
func styleSheet(page []byte) string {
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindSubmatch(page)
	if m == nil {
		return ""
	}
	return string(m[1])
}

func TestHTMLEscapesArticleText(t *testing.T) {
	page := string(hostileStory(t))
	for _, bad := range []string{"<script", "<img", "onerror=alert(1)>", "</section> of", "<!-- c -->", "]]>"} {
		if strings.Contains(page, bad) {
			t.Errorf("article text %q reached the page unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;img src=x onerror=alert(1)&gt; | *bold* &amp;amp; &#34;quoted&#34;", "owner &lt;/section&gt; of the bridge"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks the escaped text %q", want)
		}
	}
}

func TestHTMLShowsTheBriefing(t *testing.T) {
	page := string(render(t, HTML, fixtureStory(t)))
	for _, want := range []string{
		`<section class="quantity conflict">`, // the conflict is highlighted
		`<span class="lane-label">The Herald</span>`,
		`<li id="a1">`, `href="#a2"`, // citations link to the articles
		"Undated, by article", "last week",
		"shared by 2 articles",
		"Quotes without a known speaker",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if i, j := strings.Index(page, "Conflicting figures"), strings.Index(page, "Figures the sources agree on"); i < 0 || j < 0 || i > j {
		t.Errorf("conflicts do not come first (%d, %d)", i, j)
	}
}

// TestHTMLInChromium renders the fixture's page in headless Chromium and
// checks that a picture with more than a blank page comes out. It runs
// only where chromium is installed; set DATELINE_SCREENSHOT=FILE.png to
// keep the picture and look at it.
func TestHTMLInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "briefing.html")
	if err := os.WriteFile(page, render(t, HTML, fixtureStory(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := os.Getenv("DATELINE_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(dir, "briefing.png")
	}
	shot, _ = filepath.Abs(shot)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot,
		"--window-size=1200,1600", "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 1600 {
		t.Errorf("screenshot is %v, want 1200×1600", b)
	}
	// a rendered page has text, rules and the chart: many distinct colours
	colours := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("screenshot has %d colours: the page looks blank", len(colours))
	}
}

func TestChartLanePlace(t *testing.T) {
	var l chartLane
	for _, tc := range []struct {
		from, to float64
		row      int
	}{
		{0, 10, 0},  // first mark: first row
		{5, 15, 1},  // overlaps it: a new row
		{11, 20, 0}, // fits after the first
		{12, 13, 2}, // overlaps both
		{30, 40, 0},
	} {
		if got := l.place(tc.from, tc.to); got != tc.row {
			t.Errorf("place(%v, %v) = row %d, want %d", tc.from, tc.to, got, tc.row)
		}
	}
	var crowded chartLane
	for i := 0; i < 3*maxRows; i++ {
		if row := crowded.place(50, 60); row >= maxRows {
			t.Fatalf("mark %d in row %d, past the cap of %d", i, row, maxRows)
		}
	}
	if len(crowded.rows) != maxRows {
		t.Errorf("%d rows, want the cap %d", len(crowded.rows), maxRows)
	}
}
