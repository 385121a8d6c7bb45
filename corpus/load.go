package corpus

// Loading: Load walks the paths it is given inside an fs.FS, hands each
// file to the loader registered for its extension (formats.go), reads any
// dateline.yaml manifest of a folder, cleans every raw article (clean.go)
// in parallel and drops exact duplicates. A file that cannot be read is
// reported as a LoadError and skipped; the rest loads.

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Corpus is a set of loaded, cleaned articles with the corpus's own
// knowledge from its manifests (names, per-article metadata, aliases).
type Corpus struct {
	Name     string
	Articles []*Article
	Aliases  []AliasEntry
	Problems []*LoadError // files or records that were skipped, with why
}

// LoadError reports a file (and line, where known) that could not be loaded.
type LoadError struct {
	Path string
	Line int // 1-based; 0 when not known
	Err  error
}

func (e *LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// ErrNoArticles is returned by Load when nothing at all could be loaded.
var ErrNoArticles = errors.New("no articles found")

// RawArticle is what a format loader yields: metadata as written and the
// article text before cleaning.
type RawArticle struct {
	ID        string
	Title     string
	Source    string
	URL       string
	Author    string
	Published string // as written; parsed by the cleaner
	Text      string
	Origin    string // file path, with "#<line>" for records of a multi-article file
	// Markup says the text was extracted from HTML or a feed, so paragraphs
	// are reliable and web boilerplate has been removed already.
	Markup bool
}

// FormatLoader turns one file's bytes into raw articles. name is the path
// the file was found at (for ids and messages). Problems with single
// records are returned as LoadErrors while the other records still load;
// an error for the whole file is returned as a single LoadError.
type FormatLoader func(name string, data []byte) ([]RawArticle, []*LoadError)

var formats = map[string]FormatLoader{}

// RegisterFormat makes Load read files whose name ends in ext (".txt")
// with the given loader.
func RegisterFormat(ext string, f FormatLoader) { formats[strings.ToLower(ext)] = f }

// SupportedExtensions lists the file extensions Load reads, sorted.
func SupportedExtensions() []string {
	var out []string
	for e := range formats {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// MaxFileSize is the largest file Load reads; larger files are refused
// with a clear error rather than exhausting memory.
const MaxFileSize = 512 << 20

// MaxArticleSize is the most text one article may have. Anything longer
// is not a news article (a log, a dump, a book) and is refused with a
// clear error rather than tying up the cleaner.
const MaxArticleSize = 1 << 20

// Load reads the articles at the given paths (files or folders, walked
// recursively) inside fsys. Paths use fs.FS syntax (slash-separated, no
// leading slash). A path that does not exist or cannot be read is an
// error; a bad file found inside a folder is reported in Problems and
// skipped. Load fails with ErrNoArticles when nothing loads.
func Load(fsys fs.FS, paths ...string) (*Corpus, error) {
	l := &loader{fsys: fsys, manifests: map[string]*Manifest{}}
	for _, p := range paths {
		p = path.Clean(p)
		info, err := fs.Stat(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if info.IsDir() {
			if err := l.walk(p); err != nil {
				return nil, err
			}
			continue
		}
		l.file(p, true)
	}
	return l.finish()
}

type loader struct {
	fsys      fs.FS
	raws      []RawArticle
	problems  []*LoadError
	manifests map[string]*Manifest // by folder
	order     []string             // manifest folders in load order
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (l *loader) walk(root string) error {
	l.manifest(root)
	return fs.WalkDir(l.fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return fmt.Errorf("%s: %w", p, unwrapPathError(err))
			}
			l.problems = append(l.problems, &LoadError{Path: p, Err: unwrapPathError(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			if p != root {
				l.manifest(p)
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || d.Name() == ManifestName {
			return nil
		}
		l.file(p, false)
		return nil
	})
}

// manifest reads dir/dateline.yaml if there is one.
func (l *loader) manifest(dir string) {
	p := path.Join(dir, ManifestName)
	data, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.problems = append(l.problems, &LoadError{Path: p, Err: unwrapPathError(err)})
		}
		return
	}
	m, err := ParseManifest(data)
	if err != nil {
		l.problems = append(l.problems, &LoadError{Path: p, Err: err})
		return
	}
	l.manifests[dir] = m
	l.order = append(l.order, dir)
}

// file loads one file. explicit says the user named it: an unknown
// extension is then read as plain text instead of being skipped.
func (l *loader) file(p string, explicit bool) {
	ext := strings.ToLower(path.Ext(p))
	f, ok := formats[ext]
	if explicit {
		l.manifest(path.Dir(p))
	}
	info, err := fs.Stat(l.fsys, p)
	if !ok && !explicit {
		// a file of a name Load does not know is read only when its start
		// reads as a feed
		if err != nil || !info.Mode().IsRegular() || !fileLooksLikeFeed(l.fsys, p) {
			return
		}
		f, ok = loadFeed, true
	}
	if !ok {
		f = formats[".txt"]
	}
	if err != nil {
		l.problems = append(l.problems, &LoadError{Path: p, Err: unwrapPathError(err)})
		return
	}
	if !info.Mode().IsRegular() {
		l.problems = append(l.problems, &LoadError{Path: p, Err: errors.New("not a regular file")})
		return
	}
	if info.Size() > MaxFileSize {
		l.problems = append(l.problems, &LoadError{Path: p, Err: fmt.Errorf("file is %d MiB, larger than the %d MiB limit", info.Size()>>20, MaxFileSize>>20)})
		return
	}
	data, err := fs.ReadFile(l.fsys, p)
	if err != nil {
		l.problems = append(l.problems, &LoadError{Path: p, Err: unwrapPathError(err)})
		return
	}
	if g := sniffFormat(data); g != nil {
		f = g // a feed or page saved under another name (.txt, .json, …)
	}
	raws, probs := f(p, data)
	if l.raws == nil {
		l.raws = raws // the first file's articles need no copy
	} else {
		l.raws = append(l.raws, raws...)
	}
	l.problems = append(l.problems, probs...)
}

// finish applies manifests, cleans the raw articles in parallel, makes ids
// unique and drops exact duplicates.
func (l *loader) finish() (*Corpus, error) {
	c := &Corpus{}
	for _, dir := range l.order {
		m := l.manifests[dir]
		if c.Name == "" {
			c.Name = m.Name
		}
		c.Aliases = append(c.Aliases, m.Aliases...)
	}
	arts := make([]*Article, len(l.raws))
	errs := make([]error, len(l.raws))
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := l.raws[i]
				if len(r.Text) > MaxArticleSize {
					errs[i] = fmt.Errorf("article text is %.1f MiB, more than the %d MiB one article may have", float64(len(r.Text))/(1<<20), MaxArticleSize>>20)
					continue
				}
				l.applyManifest(&r)
				arts[i], errs[i] = Clean(r)
				// the raw text is not needed again: it can go while the
				// rest is cleaned
				l.raws[i].Text = ""
			}
		}()
	}
	for i := range l.raws {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	var cleaned []*Article
	for i, a := range arts {
		if errs[i] != nil {
			l.problems = append(l.problems, asLoadError(l.raws[i].Origin, errs[i]))
			continue
		}
		cleaned = append(cleaned, a)
	}
	ids := map[string]int{}
	for _, a := range MergeDuplicates(cleaned) {
		if n := ids[a.ID]; n > 0 {
			ids[a.ID]++
			a.ID = fmt.Sprintf("%s~%d", a.ID, n+1)
		} else {
			ids[a.ID] = 1
		}
		c.Articles = append(c.Articles, a)
	}
	c.Problems = l.problems
	if len(c.Articles) == 0 {
		if len(l.problems) > 0 {
			return c, fmt.Errorf("%w: %v", ErrNoArticles, l.problems[0])
		}
		return c, ErrNoArticles
	}
	return c, nil
}

// MergeDuplicates returns arts with each article whose text was found
// before left out: the same text from two files or feeds, told apart only
// by case, punctuation or spacing, is one article found twice. The first
// copy is kept, with the others' origins added to its Origins and the
// metadata it lacks filled from them. Copies whose sources or addresses
// are both known and differ are two publications of one text (a wire
// story two outlets carried) and are both kept. Load does this for what it
// loads; call it again when joining articles from several loads.
func MergeDuplicates(arts []*Article) []*Article {
	seen := make(map[[32]byte]*Article, len(arts))
	out := arts[:0:0]
	if len(arts) > 0 {
		out = make([]*Article, 0, len(arts))
	}
	var norm []byte // each text's comparison key in turn, hashed where it is written
	for _, a := range arts {
		norm = appendNormLine(norm[:0], a.Text)
		key := sha256.Sum256(norm)
		if first, ok := seen[key]; ok && !otherPublication(first, a) {
			mergeDuplicate(first, a)
			continue
		} else if ok {
			out = append(out, a)
			continue
		}
		seen[key] = a
		out = append(out, a)
	}
	return out
}

// otherPublication reports whether two copies of a text are two
// publications: their addresses differ, or, when either address is not
// known, their outlets do ("The Gazette" and "The Gazette - Local news" are
// one outlet).
func otherPublication(a, b *Article) bool {
	if a.URL != "" && b.URL != "" {
		return urlKey(a.URL) != urlKey(b.URL)
	}
	if a.Source == "" || b.Source == "" {
		return false
	}
	x, y := strings.ToLower(a.Source), strings.ToLower(b.Source)
	return !strings.Contains(x, y) && !strings.Contains(y, x)
}

// urlKey folds an address for comparison: its host without "www." and
// its path without a final slash (no scheme, port, query or fragment).
func urlKey(u string) string {
	if k := urlHost(u) + strings.TrimSuffix(strings.ToLower(urlPart(u, false)), "/"); k != "" {
		return k
	}
	return strings.ToLower(u) // not an address url can read: compared whole
}

// urlHost returns an address's host in lower case, without "www." or a
// port: "news.com.au" of "https://www.news.com.au/story?id=1".
func urlHost(u string) string {
	return strings.TrimPrefix(strings.ToLower(urlPart(u, true)), "www.")
}

// urlPart returns an address's host (or, when host is false, its path),
// reading an address without a scheme ("www.example.com/a") as one with.
func urlPart(u string, host bool) string {
	if !strings.Contains(u, "://") {
		u = "http://" + u
	}
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	if host {
		return p.Hostname()
	}
	return p.Path
}

// mergeDuplicate records dup as another origin of first and fills in
// metadata first lacks (a plain-text copy has no source, a page has).
func mergeDuplicate(first, dup *Article) {
	first.Origins = append(first.Origins, dup.Origin)
	fill := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	fill(&first.Title, dup.Title)
	fill(&first.Source, dup.Source)
	fill(&first.URL, dup.URL)
	fill(&first.Author, dup.Author)
	if first.PublishedHow == PublishedUnknown && dup.PublishedHow != PublishedUnknown {
		first.Published, first.PublishedHasTime, first.PublishedHow = dup.Published, dup.PublishedHasTime, dup.PublishedHow
	}
}

func asLoadError(origin string, err error) *LoadError {
	var le *LoadError
	if errors.As(err, &le) {
		return le
	}
	p, line := origin, 0
	if i := strings.LastIndexByte(origin, '#'); i >= 0 {
		fmt.Sscanf(origin[i+1:], "%d", &line)
		p = origin[:i]
	}
	return &LoadError{Path: p, Line: line, Err: err}
}

// applyManifest fills a raw article's metadata from the manifest of its
// folder (or the nearest folder above that has one). Metadata given in the
// file itself wins over the manifest.
func (l *loader) applyManifest(r *RawArticle) {
	file := r.Origin
	if i := strings.LastIndexByte(file, '#'); i >= 0 {
		file = file[:i]
	}
	for dir := path.Dir(file); ; dir = path.Dir(dir) {
		if m, ok := l.manifests[dir]; ok {
			if meta, ok := m.Articles[r.ID]; ok {
				fill := func(dst *string, v string) {
					if *dst == "" {
						*dst = v
					}
				}
				fill(&r.Title, meta.Title)
				fill(&r.Source, meta.Source)
				fill(&r.URL, meta.URL)
				fill(&r.Author, meta.Author)
				fill(&r.Published, meta.Published)
			}
			if r.Source == "" {
				r.Source = m.Source
			}
			return
		}
		if dir == "." || dir == "/" || dir == "" {
			return
		}
	}
}

// ParsePublished reads a publication date written as YYYY-MM-DD, RFC 3339
// or "YYYY-MM-DDTHH:MM". hasTime says whether a time of day was given.
func ParsePublished(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	if len(s) <= len("2006-01-02") {
		// too short for a time after the date (whose fields have fixed
		// widths): only the plain date can read it, and the layouts before
		// it need not fail (and make their errors) first
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t, false, nil
		}
		return time.Time{}, false, fmt.Errorf("published %q is not a date (want YYYY-MM-DD or RFC 3339)", s)
	}
	for _, f := range []struct {
		layout  string
		hasTime bool
	}{
		{time.RFC3339, true},
		{"2006-01-02T15:04:05", true},
		{"2006-01-02T15:04", true},
		{"2006-01-02 15:04:05", true},
		{"2006-01-02 15:04", true},
		{"2006-01-02", false},
	} {
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, f.hasTime, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("published %q is not a date (want YYYY-MM-DD or RFC 3339)", s)
}
