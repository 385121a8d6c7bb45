package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"gopkg.in/yaml.v3"
)

func init() {
	RegisterFormat(".txt", loadText)
	RegisterFormat(".text", loadText)
	RegisterFormat(".md", loadMarkdown)
	RegisterFormat(".markdown", loadMarkdown)
	RegisterFormat(".json", loadJSON)
	RegisterFormat(".jsonl", loadJSONL)
	RegisterFormat(".ndjson", loadJSONL)
}

// fileID is an article id made from a file name: the base name without
// its extension.
func fileID(name string) string {
	base := path.Base(name)
	return strings.TrimSuffix(base, path.Ext(base))
}

// decodeText turns file bytes into a UTF-8 string: a UTF-8 BOM is dropped,
// UTF-16 with a BOM is decoded, and anything else that is not valid UTF-8
// is an error naming the line of the first bad byte.
func decodeText(name string, data []byte) (string, *LoadError) {
	data, err := decodeBytes(name, data)
	if err != nil {
		return "", err
	}
	return string(data), nil
}

// decodeBytes is decodeText without the copy into a string: the UTF-8
// bytes, data itself unless it was UTF-16.
func decodeBytes(name string, data []byte) ([]byte, *LoadError) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, &LoadError{Path: name, Err: fmt.Errorf("bad UTF-16: %w", err)}
		}
		data = out
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if r == '\n' {
				line++
			}
			i += n
		}
		return nil, &LoadError{Path: name, Line: line, Err: errors.New("not valid UTF-8 text (is it a binary file, or in another encoding?)")}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &LoadError{Path: name, Err: errors.New("contains NUL bytes: a binary file, not text")}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &LoadError{Path: name, Err: errors.New("empty file")}
	}
	return data, nil
}

// loadText reads a plain-text article: the whole file is one article.
func loadText(name string, data []byte) ([]RawArticle, []*LoadError) {
	s, err := decodeText(name, data)
	if err != nil {
		return nil, []*LoadError{err}
	}
	return []RawArticle{{ID: fileID(name), Text: s, Origin: name}}, nil
}

// markdownMeta is the YAML front matter of a Markdown article.
type markdownMeta struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Published string `yaml:"published"`
	URL       string `yaml:"url"`
	Author    string `yaml:"author"`
}

// loadMarkdown reads a Markdown article with optional YAML front matter
// between "---" lines. Markdown markup is reduced to plain text.
func loadMarkdown(name string, data []byte) ([]RawArticle, []*LoadError) {
	s, lerr := decodeText(name, data)
	if lerr != nil {
		return nil, []*LoadError{lerr}
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	r := RawArticle{ID: fileID(name), Origin: name}
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---")
		if end < 0 {
			return nil, []*LoadError{{Path: name, Line: 1, Err: errors.New("front matter opened with --- is never closed")}}
		}
		var meta markdownMeta
		if err := yaml.Unmarshal([]byte(s[4:4+end]), &meta); err != nil {
			return nil, []*LoadError{{Path: name, Line: 2, Err: fmt.Errorf("front matter: %w", err)}}
		}
		r.Title, r.Source, r.Published, r.URL, r.Author = meta.Title, meta.Source, meta.Published, meta.URL, meta.Author
		rest := s[4+end+4:]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[i+1:]
		} else {
			rest = ""
		}
		s = rest
	}
	r.Text = stripMarkdown(s)
	if strings.TrimSpace(r.Text) == "" {
		return nil, []*LoadError{{Path: name, Err: errors.New("no article text after the front matter")}}
	}
	return []RawArticle{r}, nil
}

// stripMarkdown reduces common Markdown markup to plain text: headings
// lose their #s (a first-level heading becomes the headline line), links
// keep their text, emphasis markers and block-quote markers go.
func stripMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		t := strings.TrimLeft(ln, " ")
		for strings.HasPrefix(t, "#") {
			t = strings.TrimPrefix(t, "#")
		}
		t = strings.TrimPrefix(t, "> ")
		if t == ">" {
			t = ""
		}
		if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") {
			t = t[2:]
		}
		lines[i] = stripInlineMarkdown(strings.TrimSpace(t))
	}
	return strings.Join(lines, "\n")
}

func stripInlineMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			// image: drop it with its alt text
			if j := strings.Index(s[i:], ")"); j > 0 {
				i += j
				continue
			}
			b.WriteByte(c)
		case c == '[':
			close := strings.Index(s[i:], "](")
			if close > 0 {
				end := strings.IndexByte(s[i+close:], ')')
				if end > 0 {
					b.WriteString(s[i+1 : i+close])
					i += close + end
					continue
				}
			}
			b.WriteByte(c)
		case c == '*' || (c == '_' && (i+1 < len(s) && s[i+1] == '_')) || c == '`':
			// emphasis and code markers
			if c == '_' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// jsonArticle is the JSON shape of one article.
type jsonArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	Body      string `json:"body"` // accepted for text
}

func (j jsonArticle) raw(origin, fallbackID string) (RawArticle, error) {
	text := j.Text
	if text == "" {
		text = j.Body
	}
	if strings.TrimSpace(text) == "" {
		return RawArticle{}, errors.New(`article has no "text"`)
	}
	id := strings.TrimSpace(j.ID)
	if id == "" {
		id = fallbackID
	}
	return RawArticle{ID: id, Title: j.Title, Source: j.Source, Published: j.Published, URL: j.URL, Author: j.Author, Text: text, Origin: origin}, nil
}

// lineOf returns the 1-based line of byte offset off in data.
func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// jsonError turns a decoding error into a LoadError with the line.
func jsonError(name string, data []byte, base int, err error) *LoadError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &LoadError{Path: name, Line: base + lineOf(data, se.Offset-1) - 1, Err: fmt.Errorf("malformed JSON: %v", se)}
	case errors.As(err, &te):
		return &LoadError{Path: name, Line: base + lineOf(data, te.Offset) - 1, Err: fmt.Errorf("JSON field %q: got %s, want %s", te.Field, te.Value, te.Type)}
	case errors.Is(err, errUnexpectedEOF):
		return &LoadError{Path: name, Line: base + lineOf(data, int64(len(data))) - 1, Err: errors.New("malformed JSON: unexpected end of input (truncated file?)")}
	}
	return &LoadError{Path: name, Line: base, Err: fmt.Errorf("malformed JSON: %v", err)}
}

var errUnexpectedEOF = errors.New("unexpected end of JSON input")

// loadJSON reads one article object or an array of them.
func loadJSON(name string, data []byte) ([]RawArticle, []*LoadError) {
	s, lerr := decodeText(name, data)
	if lerr != nil {
		return nil, []*LoadError{lerr}
	}
	data = []byte(s)
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if !json.Valid(data) {
		var v any
		err := json.Unmarshal(data, &v)
		if err != nil && err.Error() == errUnexpectedEOF.Error() {
			err = errUnexpectedEOF
		}
		return nil, []*LoadError{jsonError(name, data, 1, err)}
	}
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return nil, []*LoadError{jsonError(name, data, 1, err)}
		}
		var out []RawArticle
		var probs []*LoadError
		// find each item's line for ids and messages
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.Token() // [
		for i := range items {
			off := dec.InputOffset()
			var j jsonArticle
			err := dec.Decode(&j)
			line := lineOf(data, off+int64(countLeadingSpace(data[off:])))
			if err != nil {
				probs = append(probs, &LoadError{Path: name, Line: line, Err: fmt.Errorf("item %d: %v", i+1, err)})
				continue
			}
			r, err := j.raw(fmt.Sprintf("%s#%d", name, line), fmt.Sprintf("%s#%d", fileID(name), line))
			if err != nil {
				probs = append(probs, &LoadError{Path: name, Line: line, Err: fmt.Errorf("item %d: %v", i+1, err)})
				continue
			}
			out = append(out, r)
		}
		return out, probs
	}
	var j jsonArticle
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, []*LoadError{jsonError(name, data, 1, err)}
	}
	r, err := j.raw(name, fileID(name))
	if err != nil {
		return nil, []*LoadError{{Path: name, Line: 1, Err: err}}
	}
	return []RawArticle{r}, nil
}

func countLeadingSpace(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\n' || b[n] == '\r' || b[n] == '\t' || b[n] == ',') {
		n++
	}
	return n
}

// loadJSONL reads one article object per line. A bad line is reported with
// its number and skipped; the other lines load. The lines are decoded
// where they lie in the file's bytes.
func loadJSONL(name string, data []byte) ([]RawArticle, []*LoadError) {
	s, lerr := decodeBytes(name, data)
	if lerr != nil {
		return nil, []*LoadError{lerr}
	}
	out := make([]RawArticle, 0, bytes.Count(s, []byte{'\n'})+1)
	var probs []*LoadError
	var j jsonArticle
	line := 0
	for len(s) > 0 {
		line++
		var ln []byte
		if i := bytes.IndexByte(s, '\n'); i >= 0 {
			ln, s = s[:i], s[i+1:]
		} else {
			ln, s = s, nil
		}
		ln = bytes.TrimSpace(ln)
		if len(ln) == 0 {
			continue
		}
		j = jsonArticle{}
		if err := json.Unmarshal(ln, &j); err != nil {
			le := jsonError(name, ln, line, err)
			le.Line = line
			probs = append(probs, le)
			continue
		}
		r, err := j.raw(fmt.Sprintf("%s#%d", name, line), fmt.Sprintf("%s#%d", fileID(name), line))
		if err != nil {
			probs = append(probs, &LoadError{Path: name, Line: line, Err: err})
			continue
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		out = nil
	}
	return out, probs
}
