package boiler

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// article builds an Article at url from lines: "# " starts a heading,
// "- " a list item (consecutive items make one list), anything else a
// paragraph.
func article(url string, lines ...string) *model.Article {
	a := &model.Article{URL: url, Highlights: []string{}}
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "# "):
			a.Body = append(a.Body, model.Block{Type: model.Heading, Level: 2, Text: l[2:]})
		case strings.HasPrefix(l, "- "):
			if n := len(a.Body); n > 0 && a.Body[n-1].Type == model.List {
				a.Body[n-1].Items = append(a.Body[n-1].Items, l[2:])
				a.Body[n-1].Text += "\n" + l[2:]
				continue
			}
			a.Body = append(a.Body, model.Block{Type: model.List, Items: []string{l[2:]}, Text: l[2:]})
		default:
			a.Body = append(a.Body, model.Block{Type: model.Paragraph, Text: l})
		}
	}
	a.Text = model.JoinText(a.Body)
	a.WordCount = model.CountWords(a.Text)
	return a
}

// The article texts of the synthetic site: six different stories.
var stories = [][]string{
	{"Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen.", "Die Opposition kritisierte das Verfahren scharf."},
	{"In Hamburg ist der Hafen wegen eines Sturms gesperrt worden.", "Mehrere Schiffe mussten auf Reede warten."},
	{"Die Inflation ist im Mai auf 2,4 Prozent gesunken.", "Ökonomen rechnen mit einer weiteren Entspannung."},
	{"Der FC St. Pauli steigt in die Bundesliga auf.", "Tausende Fans feierten am Millerntor."},
	{"Ein neues Museum für Fotografie öffnet in Leipzig.", "Die erste Ausstellung zeigt Bilder aus der DDR."},
	{"Die Bahn streicht im Sommer mehrere Fernverbindungen.", "Fahrgastverbände sprechen von einem Rückschritt."},
}

// sitePages returns the synthetic site: each story wrapped in the site's
// chrome, some of which varies per page.
func sitePages() []*model.Article {
	topics := []string{"Klima", "Hamburg", "Inflation", "Fußball", "Kultur", "Bahn"}
	var pages []*model.Article
	for i, s := range stories {
		lines := []string{
			fmt.Sprintf("Stand: %d. Mai 2024, 1%d:00 Uhr", i+1, i),
			s[0],
			"Lesen Sie auch: " + stories[(i+1)%len(stories)][0],
			s[1],
			"Der Morgen-Newsletter: Jeden Morgen die wichtigsten Nachrichten, kostenlos in Ihrem Postfach.",
			"Lesen Sie mehr zum Thema " + topics[i],
			"Zur Startseite",
		}
		if i < 2 { // a short sentence of the text itself, on two pages only
			lines = append(lines[:2], append([]string{"Das sagte ein Sprecher."}, lines[2:]...)...)
		}
		pages = append(pages, article(fmt.Sprintf("https://www.example.de/politik/%d.html", i), lines...))
	}
	return pages
}

func learn(pages ...*model.Article) *Model {
	l := NewLearner(Options{})
	for _, p := range pages {
		l.Add(p)
	}
	return l.Model()
}

func TestApplyRemovesLearnedLinesKeepsText(t *testing.T) {
	pages := sitePages()
	m := learn(pages...)
	if got := m.Hosts(); !reflect.DeepEqual(got, []string{"example.de"}) {
		t.Fatalf("hosts %v, want [example.de]", got)
	}
	for i, a := range pages {
		n := m.Apply(a)
		want := []string{stories[i][0], stories[i][1]}
		if i < 2 {
			want = []string{stories[i][0], "Das sagte ein Sprecher.", stories[i][1]}
		}
		if a.Text != strings.Join(want, "\n\n") {
			t.Errorf("page %d: text after %d removals:\n%s\nwant:\n%s", i, n, a.Text, strings.Join(want, "\n\n"))
		}
		if a.WordCount != model.CountWords(a.Text) {
			t.Errorf("page %d: word count %d for %q", i, a.WordCount, a.Text)
		}
	}
}

// A new page of a learned host, with a new topic and headline in its
// templated lines, loses them too; a long paragraph that begins like a
// templated line is prose and stays.
func TestApplyNearVariantsNotProse(t *testing.T) {
	m := learn(sitePages()...)
	prose := "Lesen Sie auch die Stellungnahme der Ministerin, die am Montag in Berlin vor der Presse erklärte, warum das Gesetz trotz der Kritik aus den Ländern und von den Verbänden noch vor der Sommerpause verabschiedet werden müsse und welche Folgen eine Verschiebung hätte."
	a := article("https://example.de/wirtschaft/9.html",
		"Stand: 28. Dezember 2025, 09:30 Uhr",
		"Die Werft in Kiel bekommt einen neuen Großauftrag.",
		"Lesen Sie auch: Marine bestellt vier Fregatten",
		prose,
		"Lesen Sie mehr zum Thema Werften",
		"Zur Startseite")
	m.Apply(a)
	want := "Die Werft in Kiel bekommt einen neuen Großauftrag.\n\n" + prose
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
}

// The same page crawled again, or the same text under another address,
// counts once: five copies of one article do not make it boilerplate.
func TestLearnerCountsAPageOnce(t *testing.T) {
	l := NewLearner(Options{})
	for i := range 6 {
		a := article("https://dup.example/a.html", stories[0]...)
		if i%2 == 1 {
			a.URL = fmt.Sprintf("https://dup.example/a.html?utm=%d", i)
		}
		l.Add(a)
	}
	if hosts := l.Model().Hosts(); len(hosts) != 0 {
		t.Errorf("learned %v from one article", hosts)
	}
	if n := l.hosts["dup.example"].pages; n != 1 {
		t.Errorf("%d pages counted, want 1", n)
	}
}

// A line that never varies is learned as a line, without its prefix and
// suffix; a templated line keeps its prefix and label.
func TestModelKeepsVariantKeysThatVaried(t *testing.T) {
	var got []string
	for _, e := range learn(sitePages()...).Entries("example.de") {
		got = append(got, e.Kind.String()+"="+e.Text)
	}
	want := []string{
		"line=der morgen newsletter jeden morgen die wichtigsten nachrichten kostenlos in ihrem postfach",
		"line=stand 0 M 0 0 0 uhr", // the dates differ, their normal form does not
		"line=zur startseite",
		"label=lesen sie auch",
		"prefix=lesen sie auch",
		"prefix=lesen sie mehr",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestApplyLeavesOtherHostsAlone(t *testing.T) {
	pages := sitePages()
	solo := article("https://solo.example.com/a.html", "Zur Startseite", "Ein Text über das Wetter in Kiel.")
	m := learn(append(pages, solo)...)
	for _, a := range []*model.Article{
		solo, // a host with one page learned nothing
		article("", "Zur Startseite", "Ein Text ohne Adresse."),           // no host
		article("https://other.example/x", "Zur Startseite", "Anderswo."), // a host not in the corpus
	} {
		before := *a
		before.Body = append([]model.Block(nil), a.Body...)
		if n := m.Apply(a); n != 0 || !reflect.DeepEqual(*a, before) {
			t.Errorf("%q: %d removals, article changed", a.URL, n)
		}
	}
}

func TestApplyNeverEmptiesBody(t *testing.T) {
	m := learn(sitePages()...)
	a := article("https://www.example.de/liste.html", "Zur Startseite", "Lesen Sie mehr zum Thema Sport")
	if n := m.Apply(a); n != 0 || len(a.Body) != 2 {
		t.Errorf("%d removals, %d blocks left; want the body kept whole", n, len(a.Body))
	}
}

func TestApplyListsTeaserHighlights(t *testing.T) {
	m := learn(sitePages()...)
	a := article("https://www.example.de/x.html", "Ein Absatz, der bleibt.", "- Zur Startseite", "- Ein Punkt, der bleibt", "- Lesen Sie mehr zum Thema Wahl")
	a.Teaser = "Zur Startseite"
	a.Highlights = []string{"Zur Startseite", "Ein Höhepunkt"}
	if n := m.Apply(a); n != 4 {
		t.Errorf("%d removals, want 4", n)
	}
	if a.Teaser != "" || !reflect.DeepEqual(a.Highlights, []string{"Ein Höhepunkt"}) {
		t.Errorf("teaser %q, highlights %q", a.Teaser, a.Highlights)
	}
	if l := a.Body[1]; !reflect.DeepEqual(l.Items, []string{"Ein Punkt, der bleibt"}) || l.Text != "Ein Punkt, der bleibt" {
		t.Errorf("list %q / %q", l.Items, l.Text)
	}
}

func TestModelRoundTripAndDeterminism(t *testing.T) {
	save := func(m *Model) []byte {
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	first := save(learn(sitePages()...))
	for range 5 { // map iteration order differs between runs
		if again := save(learn(sitePages()...)); !bytes.Equal(first, again) {
			t.Fatalf("two learnings differ:\n%s\n%s", first, again)
		}
	}
	loaded, err := Load(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	if again := save(loaded); !bytes.Equal(first, again) {
		t.Fatalf("save(load(f)) differs from f:\n%s\n%s", first, again)
	}
	for i, a := range sitePages() {
		b := sitePages()[i]
		learn(sitePages()...).Apply(a)
		loaded.Apply(b)
		if a.Text != b.Text {
			t.Errorf("page %d: loaded model gives %q, learned one %q", i, b.Text, a.Text)
		}
	}
	if !bytes.HasPrefix(first, []byte(`{"format":"lede-boilerplate","version":1,`)) {
		t.Errorf("header: %s", first[:min(80, len(first))])
	}
}

func TestLoadRefusesOtherFiles(t *testing.T) {
	for name, in := range map[string]string{
		"empty":       "",
		"not json":    "hello\n",
		"other":       `{"format":"something","version":1}` + "\n",
		"new version": `{"format":"lede-boilerplate","version":2}` + "\n",
		"bad host":    `{"format":"lede-boilerplate","version":1}` + "\n" + `{"pages":3}` + "\n",
		"bad kind":    `{"format":"lede-boilerplate","version":1}` + "\n" + `{"host":"a.de","keys":[{"kind":"word","text":"x"}]}` + "\n",
	} {
		if _, err := Load(strings.NewReader(in)); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
}

// Pruning keeps a host's map bounded and the keys that recur on every
// page, whatever else the pages hold.
func TestLearnerBoundedMemory(t *testing.T) {
	l := NewLearner(Options{MaxKeysPerHost: 64})
	for i := range 200 {
		lines := []string{"Zur Startseite"}
		for j := range 20 {
			lines = append(lines, fmt.Sprintf("Zeile %c%c%c einer Seite", 'a'+i%26, 'a'+j%26, 'a'+(i/26)%26))
		}
		l.Add(article(fmt.Sprintf("https://big.example/%d", i), lines...))
		if n := len(l.hosts["big.example"].counts); n > 64 {
			t.Fatalf("page %d: %d keys counted, limit 64", i, n)
		}
	}
	es := l.Model().Entries("big.example")
	if len(es) != 1 || es[0].Text != "zur startseite" || es[0].Pages != 200 {
		t.Errorf("entries %+v, want zur startseite on 200 pages", es)
	}
}
