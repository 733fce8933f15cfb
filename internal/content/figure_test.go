package content

import "testing"

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, text, credit string }{
		{"Der Hafen von Rust. (Foto: AFP)", "Der Hafen von Rust.", "AFP"},
		{"Kanzlerin Merkel in Berlin. Foto: dpa", "Kanzlerin Merkel in Berlin.", "dpa"},
		{"Protesters in Hong Kong. Photo: Reuters", "Protesters in Hong Kong.", "Reuters"},
		{"© Getty Images", "", "Getty Images"},
		{"Der neue Bahnhof | Bild: Stadt Zürich", "Der neue Bahnhof", "Stadt Zürich"},
		{"Des voyageurs à la gare de Lyon. Photo : AFP", "Des voyageurs à la gare de Lyon.", "AFP"},
		{"Le musée de Lyon. Crédits photo\u00a0: Jean Dupont", "Le musée de Lyon.", "Jean Dupont"},
		{"Ein Bild ohne Nachweis", "Ein Bild ohne Nachweis", ""},
		{"(c) TV Thermen- & Vulkanland | Michael Königshofer", "", "TV Thermen- & Vulkanland | Michael Königshofer"},
		{"Fotografie ist ihre Leidenschaft", "Fotografie ist ihre Leidenschaft", ""},
		{"Die Photographin: eine Karriere", "Die Photographin: eine Karriere", ""},
	}
	for _, tt := range tests {
		text, credit := splitCredit(tt.in)
		if text != tt.text || credit != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tt.in, text, credit, tt.text, tt.credit)
		}
	}
}

func TestLeadFigure(t *testing.T) {
	page := newsPage(`<figure><img data-src="/img/bus.jpg" src="data:image/gif;base64,R0"><figcaption>A night bus in the city centre. <span class="credit">Photo: Jane Doe</span></figcaption></figure>` + paras(4))
	res := Extract(parseHTML(t, page), Options{Base: mustURL(t, "https://example.com/news/1")})
	want := Figure{URL: "https://example.com/img/bus.jpg", Caption: "A night bus in the city centre.", Credit: "Jane Doe"}
	if res.Figure != want {
		t.Fatalf("figure %+v, want %+v", res.Figure, want)
	}
}
