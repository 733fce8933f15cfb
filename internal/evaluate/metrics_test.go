package evaluate

import (
	"reflect"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case x2 3.14", []string{"snake_case", "x2", "3", "14"}},
		{"Straße über Ärger", []string{"Straße", "über", "Ärger"}},
		{"Cafe\u0301 ok", []string{"Cafe", "ok"}}, // a combining mark splits
		{"東京 は", []string{"東京", "は"}},
		{"½ ² Ⅻ", []string{"½", "²", "Ⅻ"}},
		{"it’s — “quoted”", []string{"it", "s", "quoted"}},
		{"a\u00a0b\tc", []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"a b", map[string]int{"a b": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a a a a a a", map[string]int{"a a a a": 3}},
	}
	for _, tt := range tests {
		words := Words(tt.in)
		v := vocabulary{}
		got := map[string]int{}
		for s, n := range shingles(words, v) {
			var parts []string
			for _, num := range s {
				if num >= 0 {
					parts = append(parts, words[indexOf(v, num, words)])
				}
			}
			got[strings.Join(parts, " ")] = n
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("shingles(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	v := vocabulary{}
	tp, fp, fn := matchShingles(shingles(Words("a a a a a a"), v), shingles(Words("a a a a a x"), v))
	if tp != 2 || fp != 1 || fn != 1 {
		t.Errorf("tp %d fp %d fn %d, want 2 1 1", tp, fp, fn)
	}
}

// indexOf finds a word with the given number.
func indexOf(v vocabulary, num int32, words []string) int {
	for i, w := range words {
		if v[w] == num {
			return i
		}
	}
	return -1
}

func TestHeadlineRight(t *testing.T) {
	tests := []struct {
		title, kicker, headline string
		want                    bool
	}{
		{"Kicker: Headline here", "", "kicker:  HEADLINE here", true},
		{"„Bohren, bis es heiß wird“", "", "Bohren, bis es heiß wird.", true},
		{"Kicker: Headline here", "Kicker", "Headline here", true},
		{"Kicker – Headline here", "Kicker:", "Headline here", true},
		{"Kicker Headline here", "Kicker", "Headline here", true},
		{"Kicker | Headline here", "Kicker", "Headline here", false}, // "|" is a symbol, not punctuation
		{"KickerHeadline here", "Kicker", "Headline here", false},
		{"Headline here: Kicker", "Kicker", "Headline here", false},
		{"Headline here", "Kicker", "Headline here", true},
		{"Headline here", "", "Headline here - Site", false},
		{"", "", "", true},
		{"", "", "  ", true},
		{"", "Kicker", "", true},         // only the headline is compared with an empty title, as the reference checks do
		{"Cafe\u0301", "", "Café", true}, // NFC
	}
	for _, tt := range tests {
		if got := headlineRight(tt.title, tt.kicker, tt.headline); got != tt.want {
			t.Errorf("headlineRight(%q, %q, %q) = %v", tt.title, tt.kicker, tt.headline, got)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"Julia Beck und Tom Roth"}, "julia beck|tom roth"},
		{[]string{"A and B; C, D & E"}, "a|b|c|d|e"},
		{[]string{"Anna Beck\tUND\nCarl  Dahl"}, "anna beck|carl dahl"},
		{[]string{"Anna\u00a0Beck\u00a0und\u00a0Carl"}, "anna beck und carl"}, // as the reference checks
		{[]string{" und Anna Beck", "Anna Beck und"}, "anna beck|anna beck und"},
		{[]string{";;, ,"}, ""},
	}
	for _, tt := range tests {
		var got []string
		for n := range names(tt.in) {
			got = append(got, n)
		}
		sortStrings(got)
		if strings.Join(got, "|") != tt.want {
			t.Errorf("names(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if f := setF1(names([]string{"A", "B"}), names([]string{"a", "c", "d"})); f != 0.4 {
		t.Errorf("setF1 = %v, want 0.4", f)
	}
	if setF1(names(nil), names(nil)) != 1 || setF1(names([]string{"a"}), names(nil)) != 0 {
		t.Error("setF1 of empty sets")
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestDateRight(t *testing.T) {
	tests := []struct {
		label, published string
		want             bool
	}{
		{"2015-05-12", "2015-05-12", true},
		{"2015-05-12", "2015-05-12T19:52:00+02:00", true},
		{"2015-05-12", "2015-05-13", false},
		{"2015-05-12", "", false},
		{"2022-11-1", "2022-11-01", true},
		{"2022-11-1", "2022-11-10", false},
		{"2022-01.26", "2022-01-26T08:00", true},
		{"2020-3", "2020-03-31", true},
		{"2020-03", "2020-04-01", false},
		{"", "", true},
		{"", " ", false},
		{"", "2020-01-01", false},
		{"2015-05-12", " 2015-05-12", false},
	}
	for _, tt := range tests {
		if got := dateRight(tt.label, tt.published); got != tt.want {
			t.Errorf("dateRight(%q, %q) = %v", tt.label, tt.published, got)
		}
	}
}

func TestPrimaryLanguage(t *testing.T) {
	for in, want := range map[string]string{"de": "de", "de-DE": "de", "EN_us": "en", " fr ": "fr", "": ""} {
		if got := primaryLanguage(in); got != want {
			t.Errorf("primaryLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSnippetText(t *testing.T) {
	p := &Prediction{Teaser: "T", Highlights: []string{"h1", "h2"}, Text: "body"}
	if got := snippetText(p); got != "T\n\nh1\nh2\n\nbody" {
		t.Errorf("snippetText = %q", got)
	}
	if got := snippetText(&Prediction{Text: "body", Error: "no_article: x"}); got != "" {
		t.Errorf("failed page text = %q", got)
	}
	if got := normalizeSpace(" a\u00a0\n b\t"); got != "a b" {
		t.Errorf("normalizeSpace = %q", got)
	}
}
