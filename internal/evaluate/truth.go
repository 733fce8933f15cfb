package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File names inside a set folder.
const (
	TruthFile     = "ground-truth.json"
	LanguagesFile = "page-languages.json"
	PagesDir      = "html"
)

// Label is one annotated field of a page. Present is false when the page
// was not annotated for it (the key is missing); an empty Values means the
// page has no such value (an empty string or null).
type Label struct {
	Present bool
	Values  []string // one string, or the items of a list label (authors)
}

// Value returns the label as one string (list items joined by "; ").
func (l Label) Value() string { return strings.Join(l.Values, "; ") }

// Empty reports whether the label says the page has no such value.
func (l Label) Empty() bool { return strings.TrimSpace(l.Value()) == "" }

// Truth is the annotation of one page.
type Truth struct {
	ID          string
	HasBody     bool
	Body        string   // articleBody
	HasSnippets bool     // with or without present
	With        []string // snippets the text must contain
	Without     []string // snippets the text must not contain
	Title       Label
	Author      Label
	Date        Label
	Language    Label // the record's language, or from page-languages.json
}

// Set is one evaluation folder.
type Set struct {
	Name  string
	Dir   string
	Pages []*Truth // sorted by id
	byID  map[string]*Truth
	// HasLanguages is set when page-languages.json supplied the language
	// labels.
	HasLanguages bool
}

// Page returns the truth for a page id, or nil.
func (s *Set) Page(id string) *Truth { return s.byID[id] }

// Scorers names the scorers that apply to the set, in order: "body",
// "snippets", "meta".
func (s *Set) Scorers() []string {
	var body, snippets, meta bool
	for _, p := range s.Pages {
		body = body || p.HasBody
		snippets = snippets || p.HasSnippets
		meta = meta || p.Title.Present || p.Author.Present || p.Date.Present || p.Language.Present
	}
	var out []string
	if body {
		out = append(out, "body")
	}
	if snippets {
		out = append(out, "snippets")
	}
	if meta {
		out = append(out, "meta")
	}
	return out
}

// IsSetDir reports whether dir holds a ground-truth file.
func IsSetDir(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, TruthFile))
	return err == nil && info.Mode().IsRegular()
}

// FindSets returns dir itself when it is a set folder, or else its
// subfolders that are, in sorted order.
func FindSets(dir string) ([]string, error) {
	if IsSetDir(dir) {
		return []string{dir}, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var sets []string
	for _, e := range entries {
		if p := filepath.Join(dir, e.Name()); e.IsDir() && IsSetDir(p) {
			sets = append(sets, p)
		}
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("%s: no %s here or in its subfolders", dir, TruthFile)
	}
	return sets, nil
}

// LoadSet reads a set folder's ground truth and, when present, its
// page-languages.json.
func LoadSet(dir string) (*Set, error) {
	data, err := os.ReadFile(filepath.Join(dir, TruthFile))
	if err != nil {
		return nil, err
	}
	set, err := ParseTruth(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, TruthFile), err)
	}
	set.Name = filepath.Base(filepath.Clean(dir))
	set.Dir = dir
	langs, err := os.ReadFile(filepath.Join(dir, LanguagesFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, err
	default:
		if err := set.applyLanguages(langs); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, LanguagesFile), err)
		}
	}
	return set, nil
}

// ParseTruth reads a ground-truth file: an object mapping page ids to
// records with articleBody, or with/without snippets, and metadata labels.
func ParseTruth(data []byte) (*Set, error) {
	var raw map[string]map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	set := &Set{byID: make(map[string]*Truth, len(raw))}
	for id, rec := range raw {
		t := &Truth{ID: id}
		var err error
		if v, ok := rec["articleBody"]; ok {
			t.HasBody = true
			err = errors.Join(err, decodeString(v, &t.Body))
		}
		if v, ok := rec["with"]; ok {
			t.HasSnippets = true
			err = errors.Join(err, decodeStrings(v, &t.With))
		}
		if v, ok := rec["without"]; ok {
			t.HasSnippets = true
			err = errors.Join(err, decodeStrings(v, &t.Without))
		}
		for key, l := range map[string]*Label{"title": &t.Title, "author": &t.Author, "date": &t.Date, "language": &t.Language} {
			if v, ok := rec[key]; ok {
				l.Present = true
				err = errors.Join(err, decodeStrings(v, &l.Values))
			}
		}
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", id, err)
		}
		set.Pages = append(set.Pages, t)
		set.byID[id] = t
	}
	sort.Slice(set.Pages, func(i, j int) bool { return set.Pages[i].ID < set.Pages[j].ID })
	return set, nil
}

// applyLanguages sets each page's language label from page-languages.json:
// the page's html_lang where it agrees with lang_guess; other pages get no
// label.
func (s *Set) applyLanguages(data []byte) error {
	var langs map[string]struct {
		HTMLLang  *string `json:"html_lang"`
		LangGuess *string `json:"lang_guess"`
	}
	if err := json.Unmarshal(data, &langs); err != nil {
		return err
	}
	s.HasLanguages = true
	for _, p := range s.Pages {
		p.Language = Label{}
		l, ok := langs[p.ID]
		if !ok || l.HTMLLang == nil || l.LangGuess == nil || *l.HTMLLang == "" {
			continue
		}
		if lang := strings.ToLower(*l.HTMLLang); lang == strings.ToLower(*l.LangGuess) {
			p.Language = Label{Present: true, Values: []string{lang}}
		}
	}
	return nil
}

// decodeString reads a JSON string; null is "".
func decodeString(v json.RawMessage, s *string) error {
	if string(v) == "null" {
		*s = ""
		return nil
	}
	return json.Unmarshal(v, s)
}

// decodeStrings reads a JSON string (one value, none when empty), a list
// of strings, or null (none).
func decodeStrings(v json.RawMessage, out *[]string) error {
	v = json.RawMessage(strings.TrimSpace(string(v)))
	switch {
	case string(v) == "null":
		*out = nil
		return nil
	case len(v) > 0 && v[0] == '[':
		var list []*string
		if err := json.Unmarshal(v, &list); err != nil {
			return err
		}
		*out = (*out)[:0]
		for _, s := range list {
			if s != nil {
				*out = append(*out, *s)
			}
		}
		return nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return err
	}
	*out = nil
	if s != "" {
		*out = []string{s}
	}
	return nil
}

// PageID returns the page id of a path: its base name without .gz and
// without .html, .htm or .xhtml.
func PageID(path string) string {
	name := filepath.Base(path)
	name = strings.TrimSuffix(name, ".gz")
	for _, ext := range []string{".html", ".htm", ".xhtml"} {
		if strings.HasSuffix(name, ext) {
			return strings.TrimSuffix(name, ext)
		}
	}
	return name
}
