package meta

import "testing"

func TestLanguage(t *testing.T) {
	tests := []struct{ name, text, hint, want string }{
		{"German", "Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für den Klimaschutz ab dem kommenden Jahr gelten sollen. Kritiker bemängeln, dass die Maßnahmen nicht weit genug gehen.", "", "de"},
		{"English", "The government decided on Wednesday that the new climate rules will apply from next year. Critics complain that the measures do not go far enough and come too late.", "", "en"},
		{"French", "Le gouvernement a décidé mercredi que les nouvelles règles climatiques s'appliqueront dès l'année prochaine. Les critiques estiment que les mesures ne vont pas assez loin.", "", "fr"},
		{"Spanish", "El gobierno decidió el miércoles que las nuevas normas climáticas se aplicarán a partir del próximo año. Los críticos se quejan de que las medidas no van lo suficientemente lejos.", "", "es"},
		{"Italian", "Il governo ha deciso mercoledì che le nuove regole sul clima si applicheranno dal prossimo anno. I critici lamentano che le misure non vanno abbastanza lontano.", "", "it"},
		{"Dutch", "De regering heeft woensdag besloten dat de nieuwe klimaatregels vanaf volgend jaar gelden. Critici klagen dat de maatregelen niet ver genoeg gaan en te laat komen.", "", "nl"},
		{"Polish", "Rząd zdecydował w środę, że nowe przepisy klimatyczne będą obowiązywać od przyszłego roku. Krytycy narzekają, że działania nie idą wystarczająco daleko.", "", "pl"},
		{"text wins over a wrong hint", "The government decided on Wednesday that the new climate rules will apply from next year. Critics complain that the measures do not go far enough and come too late.", "de", "en"},
		{"hint breaks a tie on short text", "Hotel Bristol", "de-DE", "de"},
		{"no text: the hint", "  ", "fr", "fr"},
		{"no text, no hint", "", "", ""},
		{"invalid hint ignored", "", "deutsch", ""},
		{"digits only", "123 456 789", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Language(tt.text, tt.hint); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPrimaryTag(t *testing.T) {
	for in, want := range map[string]string{"de-AT": "de", "EN_us": "en", " fr ": "fr", "deu": "", "": "", "d1": ""} {
		if got := primaryTag(in); got != want {
			t.Errorf("primaryTag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSampleText(t *testing.T) {
	s := "ä" + string(make([]byte, 0)) + "bcdéfgh"
	for n := 1; n < len(s); n++ {
		got := sampleText(s, n)
		if len(got) > n || !validUTF8(got) {
			t.Errorf("sampleText(%q, %d) = %q", s, n, got)
		}
	}
}
