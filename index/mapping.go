package index

import (
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// The fields of an article document. Each document is one article, with
// the article id as its bleve id. Its sentences are the elements of the
// text array, so a term's location carries its sentence as its first
// array position; the per-sentence facts (actors, event dates, figures)
// are arrays of arrays for the same reason, with term vectors, so that a
// query on them (actors:x, figures:>1000) tells which sentences matched.
//
// bleve indexes a number or a datetime as 16 terms (one per precision
// step), so numbers and datetimes are used only where range queries need
// them. The date filter uses keyword days, months and years of all the
// article's sentences instead (ISO days sort as strings); which of the
// sentences pass it is decided from the facts table (facts.go).
const (
	fieldText      = "text"      // the sentences: English analyzer, stored, term vectors
	fieldArticle   = "article"   // article id: keyword with doc values (the facts table's key)
	fieldSource    = "source"    // article source: keyword (filter)
	fieldActors    = "actors"    // per sentence, ids of the actors it mentions: keyword, term vectors
	fieldPublished = "published" // the article's publication date: datetime
	fieldEvents    = "events"    // per sentence, resolved dates it states: datetime, term vectors
	fieldDate      = "date"      // days the sentences are about (YYYY-MM-DD): event dates, else publication; keyword
	fieldMonth     = "month"     // fieldDate's months (YYYY-MM): keyword (date filter)
	fieldYear      = "year"      // fieldDate's years (YYYY): keyword (date filter)
	fieldFigures   = "figures"   // per sentence, values of the figures it states: numeric, term vectors
	fieldDigest    = "digest"    // digest of everything else indexed for the article: keyword with doc values
)

// docType is the bleve type name of article documents.
const docType = "article"

// articleDoc is what is indexed for one article. Field names follow the
// json tags, which bleve's mapping reads.
type articleDoc struct {
	Text      []string      `json:"text"`
	Article   string        `json:"article"`
	Source    string        `json:"source,omitempty"`
	Actors    [][]string    `json:"actors,omitempty"`
	Published []time.Time   `json:"published,omitempty"`
	Events    [][]time.Time `json:"events,omitempty"`
	Date      []string      `json:"date,omitempty"`
	Month     []string      `json:"month,omitempty"`
	Year      []string      `json:"year,omitempty"`
	Figures   [][]float64   `json:"figures,omitempty"`
	Digest    string        `json:"digest"`
}

// BleveType tells bleve which document mapping applies.
func (articleDoc) BleveType() string { return docType }

// newMapping is Dateline's explicit index mapping: nothing is indexed
// dynamically, so a field only exists when it is declared here. Text gets
// the English analyzer (stemming, stop words, possessives) with stored
// values and term vectors for highlighting and sentence positions; ids,
// sources and dates are keywords; event dates and figures are typed so
// range queries work on them. Only the article id and the digest have doc
// values: facets are counted from the facts table, and an update reads
// the digests to find the articles that changed.
func newMapping() *mapping.IndexMappingImpl {
	text := mapping.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false

	keywordField := func(vectors, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	number := func(vectors bool) *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Store = false
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	datetime := func(vectors bool) *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.Store = false
		f.IncludeTermVectors = vectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldArticle, keywordField(false, true))
	doc.AddFieldMappingsAt(fieldSource, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldActors, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldPublished, datetime(false))
	doc.AddFieldMappingsAt(fieldEvents, datetime(true))
	doc.AddFieldMappingsAt(fieldDate, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldMonth, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldYear, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldFigures, number(true))
	doc.AddFieldMappingsAt(fieldDigest, keywordField(false, true))
	// no composite _all field: every query names its field or uses the
	// default one, text (it would cost an eighth of the indexing time)
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	m := mapping.NewIndexMapping()
	m.AddDocumentMapping(docType, doc)
	m.DefaultMapping = mapping.NewDocumentDisabledMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	m.DefaultField = fieldText
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}
