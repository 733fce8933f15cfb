package lede_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lede-news/lede"
	"github.com/lede-news/lede/internal/evaluate"
)

// Metadata goldens: small hand-written article pages, testdata/meta/*.html,
// one language each (the file name starts with its code), holding the
// byline, dateline, date, credit and title forms of that language beside
// look-alikes that must not be read as such. testdata/meta/want.json says
// what each page must yield. It is written by hand from what the pages
// show, never from lede's output: there is no -update flag here.
//
// want.json maps each page's file name to an object with
//   - "forms": what the page tests (a note, not compared);
//   - "ref_date": optional, Options.RefDate in RFC 3339;
//   - the fields compared, exactly: "headline", "kicker", "authors",
//     "agencies", "dateline", "published", "image_credit", "language";
//     "published_day" compares the day (YYYY-MM-DD) of published only.
//     A field that is left out is not compared; "" or [] says it must be
//     empty. The language is also compared on the page with its language
//     hints stripped (evaluate.StripLanguageHints).
const metaDir = "testdata/meta"

type metaWant struct {
	Forms        string    `json:"forms"`
	RefDate      string    `json:"ref_date"`
	Headline     *string   `json:"headline"`
	Kicker       *string   `json:"kicker"`
	Authors      *[]string `json:"authors"`
	Agencies     *[]string `json:"agencies"`
	Dateline     *string   `json:"dateline"`
	Published    *string   `json:"published"`
	PublishedDay *string   `json:"published_day"`
	ImageCredit  *string   `json:"image_credit"`
	Language     *string   `json:"language"`
}

func TestMetaGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(metaDir, "want.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	var wants map[string]metaWant
	if err := dec.Decode(&wants); err != nil {
		t.Fatalf("want.json: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(metaDir, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(wants) {
		t.Errorf("%d pages but %d expectations", len(files), len(wants))
	}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := wants[name]
		if !ok {
			t.Errorf("%s: no expectation in want.json", name)
			continue
		}
		t.Run(strings.TrimSuffix(name, ".html"), func(t *testing.T) {
			page, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var opts lede.Options
			if want.RefDate != "" {
				if opts.RefDate, err = time.Parse(time.RFC3339, want.RefDate); err != nil {
					t.Fatalf("ref_date: %v", err)
				}
			}
			a, err := lede.ExtractBytes(context.Background(), page, opts)
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			checkString(t, "headline", want.Headline, a.Headline)
			checkString(t, "kicker", want.Kicker, a.Kicker)
			checkList(t, "authors", want.Authors, a.Authors)
			checkList(t, "agencies", want.Agencies, a.Agencies)
			checkString(t, "dateline", want.Dateline, a.Dateline)
			checkString(t, "published", want.Published, a.Published)
			checkString(t, "published day", want.PublishedDay, a.Published[:min(len(a.Published), len("2006-01-02"))])
			checkString(t, "image credit", want.ImageCredit, a.Image.Credit)
			checkString(t, "language", want.Language, a.Language)
			if want.Language != nil { // the language must come from the text
				b, err := lede.ExtractBytes(context.Background(), evaluate.StripLanguageHints(page), opts)
				if err != nil {
					t.Fatalf("extract without language hints: %v", err)
				}
				checkString(t, "language without hints", want.Language, b.Language)
			}
		})
	}
}

func checkString(t *testing.T, field string, want *string, got string) {
	t.Helper()
	if want != nil && got != *want {
		t.Errorf("%s = %q, want %q", field, got, *want)
	}
}

func checkList(t *testing.T, field string, want *[]string, got []string) {
	t.Helper()
	if want != nil && !(len(*want) == 0 && len(got) == 0) && !reflect.DeepEqual(got, *want) {
		t.Errorf("%s = %q, want %q", field, got, *want)
	}
}
