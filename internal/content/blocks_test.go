package content

import (
	"reflect"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// shape is the part of a block the structure tests compare.
type shape struct {
	Type    model.BlockType
	Text    string
	Level   int
	Items   []string
	Rows    [][]string
	Ordered bool
}

func shapeOf(b model.Block) shape {
	return shape{b.Type, b.Text, b.Level, b.Items, b.Rows, b.Ordered}
}

// inArticle places markup between prose paragraphs of an article, so that
// the container is found whatever the markup; it returns the page and the
// number of prose paragraphs before the markup.
func inArticle(markup string) (page string, before int) {
	return newsPage("<article>" + paras(3) + markup + "<p>" + prose[3] + "</p></article>"), 3
}

// middle returns the blocks between the leading prose paragraphs and the
// closing one, or fails when the prose around them is not intact.
func middle(t *testing.T, blocks []model.Block, before int) []model.Block {
	t.Helper()
	if len(blocks) < before+1 || blocks[before-1].Text != prose[before-1] || blocks[len(blocks)-1].Text != prose[3] {
		t.Fatalf("prose around the markup not intact:\n%s", dump(blocks))
	}
	return blocks[before : len(blocks)-1]
}

func para(s string) shape { return shape{Type: model.Paragraph, Text: s} }

// TestBlockStructure checks the block each kind of element becomes.
func TestBlockStructure(t *testing.T) {
	tests := []struct {
		name   string
		markup string
		want   []shape
	}{
		{
			name:   "subheadings keep their level",
			markup: "<h2>Costs</h2><p>The costs are high.</p><h3>Fuel</h3><p>Fuel is dear.</p><h4>Diesel</h4><p>Diesel is dearer.</p>",
			want: []shape{
				{Type: model.Heading, Text: "Costs", Level: 2}, para("The costs are high."),
				{Type: model.Heading, Text: "Fuel", Level: 3}, para("Fuel is dear."),
				{Type: model.Heading, Text: "Diesel", Level: 4}, para("Diesel is dearer."),
			},
		},
		{
			name:   "unordered list",
			markup: "<ul>\n<li>Route 12 to the hospital</li>\n<li>Route 14 to the <b>campus</b></li>\n<li> Route 15 </li></ul>",
			want: []shape{{Type: model.List, Text: "Route 12 to the hospital\nRoute 14 to the campus\nRoute 15",
				Items: []string{"Route 12 to the hospital", "Route 14 to the campus", "Route 15"}}},
		},
		{
			name:   "ordered list",
			markup: "<ol><li>First step</li><li>Second step</li></ol>",
			want:   []shape{{Type: model.List, Text: "First step\nSecond step", Items: []string{"First step", "Second step"}, Ordered: true}},
		},
		{
			name:   "nested list items follow their parent",
			markup: "<ul><li>North<ul><li>Route 12</li><li>Route 14</li></ul></li><li>South<ol><li>Route 20</li></ol></li><li>East</li></ul>",
			want: []shape{{Type: model.List, Text: "North\nRoute 12\nRoute 14\nSouth\nRoute 20\nEast",
				Items: []string{"North", "Route 12", "Route 14", "South", "Route 20", "East"}}},
		},
		{
			name:   "empty list items are left out",
			markup: "<ul><li>One</li><li> </li><li><img src=x.png></li><li>Two</li></ul>",
			want:   []shape{{Type: model.List, Text: "One\nTwo", Items: []string{"One", "Two"}}},
		},
		{
			name:   "blockquote",
			markup: "<blockquote><p>We will run the first buses before the end of the summer.</p></blockquote>",
			want:   []shape{{Type: model.Quote, Text: "We will run the first buses before the end of the summer."}},
		},
		{
			name:   "blockquote of inline text",
			markup: "<blockquote>This is a <em>turning point</em> for the city.</blockquote>",
			want:   []shape{{Type: model.Quote, Text: "This is a turning point for the city."}},
		},
		{
			name: "data table",
			markup: `<table><caption>Seats after the vote</caption><thead><tr><th>Party</th><th>Seats</th></tr></thead>
<tbody><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr><tr><td></td><td></td></tr></tbody></table>`,
			want: []shape{{Type: model.Table, Text: "Seats after the vote\nParty | Seats\nGreens | 12\nLiberals | 9",
				Rows: [][]string{{"Party", "Seats"}, {"Greens", "12"}, {"Liberals", "9"}}}},
		},
		{
			name:   "line breaks",
			markup: "<p>First line<br>second line<br/>third line<br></p>",
			want:   []shape{para("First line\nsecond line\nthird line")},
		},
		{
			name:   "preformatted text keeps its white space",
			markup: "<pre>\nfunc main() {\n\tfmt.Println(\"hi\")  // two  spaces\n}\n</pre>",
			want:   []shape{{Type: model.Preformatted, Text: "func main() {\n\tfmt.Println(\"hi\")  // two  spaces\n}"}},
		},
		{
			name:   "pre with markup and a line break",
			markup: "<pre><code>a  =  1<br>b  =  <b>2</b></code></pre>",
			want:   []shape{{Type: model.Preformatted, Text: "a  =  1\nb  =  2"}},
		},
		{
			name:   "white space folded",
			markup: "<p>\n  Many\t\tspaces &nbsp; and\n\nnew lines  </p>",
			want:   []shape{para("Many spaces and new lines")},
		},
		{
			name:   "soft hyphens and zero-width spaces removed",
			markup: "<p>Ver&shy;kehrs&shy;betrieb and bus\u00adstop and zero\u200bwidth.</p>",
			want:   []shape{para("Verkehrsbetrieb and busstop and zerowidth.")},
		},
		{
			name:   "inline elements do not split a paragraph",
			markup: "<p>One <span>two</span> <a href=\"/x\">three</a> <em>four</em><strong>five</strong>.</p>",
			want:   []shape{para("One two three fourfive.")},
		},
		{
			name:   "text directly in a div",
			markup: "<div>Loose text in a div.<p>A paragraph.</p>More loose text.</div>",
			want:   []shape{para("Loose text in a div."), para("A paragraph."), para("More loose text.")},
		},
		{
			name:   "horizontal rule and empty paragraphs make nothing",
			markup: "<hr><p> </p><p>&nbsp;</p><p><img src=x.png alt=Bus></p>",
			want:   nil,
		},
		{
			name:   "scripts and forms inside the article make nothing",
			markup: "<script>document.write('Hello there, reader, this is a script.')</script><form><label>Email</label><input value=x><button>Go</button></form>",
			want:   nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, before := inArticle(tt.markup)
			blocks := extractBlocks(t, page, Options{})
			got := middle(t, blocks, before)
			gotShapes := make([]shape, len(got))
			for i, b := range got {
				gotShapes[i] = shapeOf(b)
			}
			if len(gotShapes) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(gotShapes, tt.want) {
				t.Errorf("got\n%#v\nwant\n%#v\nall blocks:\n%s", gotShapes, tt.want, dump(blocks))
			}
		})
	}
}

// TestQuoteParagraphs checks that a blockquote of several paragraphs is one
// quote block holding each of them.
func TestQuoteParagraphs(t *testing.T) {
	page, before := inArticle("<blockquote><p>We listened to the residents.</p><p>Now the buses will come.</p></blockquote>")
	got := middle(t, extractBlocks(t, page, Options{}), before)
	if len(got) != 1 || got[0].Type != model.Quote {
		t.Fatalf("want one quote block, got:\n%s", dump(got))
	}
	for _, s := range []string{"We listened to the residents.", "Now the buses will come."} {
		if !strings.Contains(got[0].Text, s) {
			t.Errorf("quote %q lacks %q", got[0].Text, s)
		}
	}
	if !strings.HasPrefix(got[0].Text, "We listened") || strings.Count(got[0].Text, "\n") == 0 {
		t.Errorf("quote paragraphs not on lines of their own: %q", got[0].Text)
	}
}

// TestRuns checks links and emphasis in the runs of a paragraph.
func TestRuns(t *testing.T) {
	page, before := inArticle(`<p>Plain <b>bold</b> <i>italic <b>both</b></i> <code>code</code> <a href="/r">link <em>emph</em></a>.</p>`)
	got := middle(t, extractBlocks(t, page, Options{Base: mustURL(t, "https://news.example/city/")}), before)
	if len(got) != 1 {
		t.Fatalf("want one block, got:\n%s", dump(got))
	}
	type run struct {
		text  string
		link  string
		style model.Style
	}
	var runs []run
	for _, r := range got[0].Runs {
		if strings.TrimSpace(r.Text) != "" {
			runs = append(runs, run{strings.TrimSpace(r.Text), r.Link, r.Style})
		}
	}
	want := []run{
		{"Plain", "", 0},
		{"bold", "", model.Bold},
		{"italic", "", model.Italic},
		{"both", "", model.Italic | model.Bold},
		{"code", "", model.Monospace},
		{"link", "https://news.example/r", 0},
		{"emph", "https://news.example/r", model.Italic},
		{".", "", 0},
	}
	if !reflect.DeepEqual(runs, want) {
		t.Errorf("runs\n%v\nwant\n%v", runs, want)
	}
	if joinRuns(got[0].Runs) != got[0].Text {
		t.Errorf("runs %q do not join to the text %q", joinRuns(got[0].Runs), got[0].Text)
	}
}

// TestLinks checks how link targets are resolved and which are dropped.
// The link text stays in every case.
func TestLinks(t *testing.T) {
	base := mustURL(t, "https://news.example/city/buses.html")
	tests := []struct {
		name, href string
		base       bool
		want       string
	}{
		{"relative path", "routes.html", true, "https://news.example/city/routes.html"},
		{"root-relative", "/maps/north", true, "https://news.example/maps/north"},
		{"parent", "../about", true, "https://news.example/about"},
		{"absolute", "https://other.example/x?y=1", true, "https://other.example/x?y=1"},
		{"scheme-relative", "//cdn.example/a", true, "https://cdn.example/a"},
		{"mailto", "mailto:desk@news.example", true, "mailto:desk@news.example"},
		{"surrounding space", "  /maps  ", true, "https://news.example/maps"},
		{"javascript", "javascript:void(0)", true, ""},
		{"javascript upper case", "JavaScript:alert(1)", true, ""},
		{"data", "data:text/html,hi", true, ""},
		{"fragment", "#top", true, ""},
		{"empty", "", true, ""},
		{"ftp", "ftp://files.example/a", true, ""},
		{"relative without base", "/maps/north", false, "/maps/north"},
		{"scheme-relative without base", "//cdn.example/a", false, ""},
		{"javascript without base", "javascript:void(0)", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, before := inArticle(`<p>See the <a href="` + tt.href + `">new map</a> for details.</p>`)
			opts := Options{}
			if tt.base {
				opts.Base = base
			}
			got := middle(t, extractBlocks(t, page, opts), before)
			if len(got) != 1 || got[0].Text != "See the new map for details." {
				t.Fatalf("link text lost:\n%s", dump(got))
			}
			link := "(no run)"
			for _, r := range got[0].Runs {
				if strings.Contains(r.Text, "new map") {
					link = r.Link
				} else if r.Link != "" {
					t.Errorf("link %q on %q", r.Link, r.Text)
				}
			}
			if link != tt.want {
				t.Errorf("href %q: link %q, want %q (runs %#v)", tt.href, link, tt.want, got[0].Runs)
			}
		})
	}
}

// TestListItemRuns checks that list items keep their links, one slice of
// runs per item.
func TestListItemRuns(t *testing.T) {
	page, before := inArticle(`<ul><li>Read the <a href="/report">report</a></li><li>No link here</li></ul>`)
	got := middle(t, extractBlocks(t, page, Options{Base: mustURL(t, "https://news.example/")}), before)
	if len(got) != 1 || got[0].Type != model.List {
		t.Fatalf("want one list:\n%s", dump(got))
	}
	l := got[0]
	if len(l.ItemRuns) != len(l.Items) {
		t.Fatalf("%d item runs for %d items", len(l.ItemRuns), len(l.Items))
	}
	for i, runs := range l.ItemRuns {
		if joinRuns(runs) != l.Items[i] {
			t.Errorf("item %d: runs %q, text %q", i, joinRuns(runs), l.Items[i])
		}
	}
	last := l.ItemRuns[0][len(l.ItemRuns[0])-1]
	if strings.TrimSpace(last.Text) != "report" || last.Link != "https://news.example/report" {
		t.Errorf("link run of item 0 = %#v", last)
	}
}
