package content

import (
	"strings"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

// The phrase vocabularies of page chrome, in the languages lede reads. They
// are the common wording of publishing systems and newsrooms, not the
// wording of any one site.

// chromePhrases begin lines that are page furniture rather than article
// text, in the languages lede reads. Matched case-insensitively on the start
// of short blocks only.
var chromePhrases = []string{
	"advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
	"read more", "read also", "see also", "related:", "more:", "lesen sie auch", "lesen sie mehr",
	"mehr zum thema", "zur startseite", "jetzt entdecken", "weiterlesen", "mehr lesen",
	"share this", "share on", "teilen", "follow us", "folgen sie", "sign up", "subscribe",
	"newsletter", "click here", "all rights reserved", "alle rechte vorbehalten", "copyright", "©",
	"lire aussi", "à lire aussi", "leer más", "lee también", "leggi anche", "lees ook",
	"czytaj też", "czytaj także", "zobacz też", "skip to", "back to top", "nach oben",
	"foto:", "fotos:", "bild:", "titelbild:", "beitragsbild:", "photo:", "photos:", "image:",
	"credit:", "crédits photos", "quelle:", "source:", "fuente:", "źródło:", "publiziert:",
	"veröffentlicht:", "letzte änderung", "zurück", "seite teilen", "artikel teilen",
	"artikel bewerten", "schlagworte", "themen:", "mehr themen", "auch interessant",
	"das könnte sie auch", "empfehlungen", "weitere informationen", "verwandte themen",
	"tags:", "you may also like", "more from", "recommended", "sponsored",
	"schon gelesen", "das könnte dich auch", "mehr zu ", "seite drucken",
	"this entry was posted", "posted in ", "bookmark the permalink", "to view the full story",
	"puedes ver:", "le puede interesar", "mira:", "ver también", "te puede interesar",
	"à lire également", "voir aussi", "zobacz także", "przeczytaj też",
	"you might also like", "further reading", "more stories", "weitere artikel", "weitere beiträge",
	"loading", "lade weitere", "mehr laden", "load more", "der beitrag wurde am", "erstellt am",
	"abgelegt unter", "suggested citation", "cite this", "zitiervorschlag", "zitierweise",
	"(noch keine bewertung", "bewertung:", "rating:", "zum weiterlesen", "neueste artikel",
	"neueste beiträge", "related coverage", "related stories", "related articles", "latest news",
	"vea también", "ver más", "release date:", "hier kostenlos", "jetzt anmelden",
	"jetzt abonnieren", "jetzt lesen", "jetzt kaufen", "bild anzeigen", "vergrößern", "enlarge",
	"*werbung", "*anzeige", "affiliate", "we may receive compensation",
	"enthält werbung", "enthält affiliate",
}

func isChromePhrase(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, p := range chromePhrases {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// ctaWords mark a reader being asked to do something for the site.
var ctaWords = []string{
	"newsletter", "subscribe", "subscription", "abonnieren", "abonnement", "sign up", "signing up",
	"anmelden", "download", "herunterladen", "follow us", "follow the", "folgen sie", "folge uns",
	"support our", "supporting our", "unterstütze", "spende", "donate",
	"inscríbete", "suscríbete", "síguenos", "abonnez", "suivez-nous", "whatsapp", "telegram",
	"apps for ios", "app store", "google play", "posteingang", "inbox", "the app", "our app",
	"unsere app", "der app", "kommentieren", "comentar", "commenter", "registrieren", "registrarte",
	"klicken sie", "click here", "click the", "weitere infos", "mehr infos", "more info",
	"letter to the editor", "leserbrief", "write to us", "schreiben sie uns",
}

// isCallToAction reports whether a short closing block asks the reader to
// subscribe, follow, download or donate.
func isCallToAction(blk model.Block) bool {
	if blk.Type != model.Paragraph && blk.Type != model.Heading {
		return false
	}
	if countWords(blk.Text) > 50 {
		return false
	}
	t := strings.ToLower(blk.Text)
	for _, w := range ctaWords {
		if hasWordPrefix(t, w) {
			return true
		}
	}
	return false
}

// hasWordPrefix reports whether w occurs in t at the start of a word
// ("spende" in "Ihre Spende", not in "suspended").
func hasWordPrefix(t, w string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		if at := i + j; startsWord(t, at) {
			return true
		}
		i += j + len(w)
	}
}

// startsWord reports whether t[at:] begins a word: nothing, or no letter
// or digit, stands before it.
func startsWord(t string, at int) bool {
	if at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t[:at])
	return !isAlnum(r)
}

// sectionPhrases name the sections that follow an article: about the
// author, more stories, reader comments. Matched anywhere in a short
// heading.
var sectionPhrases = []string{
	"über den autor", "über die autorin", "zum autor", "zur autorin", "about the author",
	"à propos de l'auteur", "sobre el autor", "könnte dich auch", "könnte sie auch",
	"auch interessant", "mehr zum thema", "weitere artikel", "weitere beiträge", "weitere tipps",
	"das könnte", "related", "more on this", "more from", "more stories", "you may also",
	"réactions", "kommentare", "comments", "comentarios",
	"commentaires", "diskussion", "lire aussi", "te puede interesar", "le puede interesar",
	"stay up-to-date", "stay up to date", "newsletter", "schlagworte", "unsere partner",
}

func hasSectionPhrase(t string) bool {
	t = strings.ToLower(t)
	for _, p := range sectionPhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// creditMarks show an image caption or credit set as a paragraph.
var creditMarks = []string{"©", "(credit:", "(bild:", "photo credit", "bildquelle:", "fotos:", "foto:", "photo:"}

// isCaptionLine reports whether a short paragraph is an image caption or
// credit ("Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO").
func isCaptionLine(text string, words int) bool {
	if words > 30 {
		return false
	}
	t := strings.ToLower(text)
	for _, m := range creditMarks {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// gatePhrases are the wording of paywalls, logins and consent prompts for
// embedded content.
var gatePhrases = []string{
	"instant access", "subscription will auto", "nicht eingeloggt",
	"not logged in", "sie sind nicht angemeldet", "to continue reading", "um weiterzulesen",
	"subscribe to continue", "ohne dein einverständnis", "ohne ihr einverständnis",
	"externe inhalte", "external content", "enable javascript", "javascript aktivieren",
	"your browser needs javascript", "javascript is disabled", "javascript deaktiviert",
}

// isGateNotice reports whether a short paragraph is a paywall, login or
// consent notice rather than article text.
func isGateNotice(text string, words int) bool {
	if words > 40 {
		return false
	}
	t := strings.ToLower(text)
	for _, p := range gatePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}
