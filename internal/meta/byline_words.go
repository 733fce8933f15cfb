package meta

// The word lists bylines are read with, all lower case, in the languages
// lede reads first (German, English, French, Spanish, Italian, Dutch,
// Polish).

// bylinePrefixes open a byline in the languages lede reads first, longest
// first where one opens another.
var bylinePrefixes = []string{
	"text und interview: ", "text und fotos: ", "text & fotos: ", "text von ", "text: ", "texte: ", "texto: ", "testo: ", "tekst: ",
	"interview: ", "von: ", "by: ", "autor: ", "autorin: ", "autoren: ", "author: ", "authors: ", "auteur: ",
	"autor ", "autorin ", "author ",
	"auteurs: ", "autore: ", "auteur : ", "artikel von: ", "artikel von ", "written by ", "posted by ",
	"geschrieben von ", "ein beitrag von ", "eingestellt von ", "veröffentlicht von ", "verfasst von ",
	"erstellt von ", "publié par ", "publicado por ", "escrito por ", "pubblicato da ", "scritto da ",
	"geschreven door ", "geplaatst door ", "ein artikel von ", "ein gastbeitrag von ", "gastbeitrag von ",
	"eine kolumne von ", "ein kommentar von ", "guest post by ", "article by ", "story by ", "un article de ",
	"von ", "by ", "par ", "por ", "di ", "door ", "vom ",
}

// strongPrefixes are byline openings that prose does not use: a line that
// opens with one is a credit wherever it stands on the page.
var strongPrefixes = []string{
	"von: ", "by: ", "text: ", "texte: ", "texto: ", "testo: ", "tekst: ", "autor: ", "autorin: ", "autoren: ", "author: ",
	"authors: ", "auteur: ", "auteurs: ", "autore: ", "auteur : ",
	"artikel von: ", "written by ", "posted by ",
	"geschrieben von ", "ein beitrag von ", "eingestellt von ", "verfasst von ", "erstellt von ", "publié par ",
	"publicado por ", "escrito por ", "pubblicato da ", "scritto da ", "geschreven door ", "geplaatst door ",
	"ein artikel von ", "ein gastbeitrag von ", "gastbeitrag von ", "eine kolumne von ", "ein kommentar von ",
	"guest post by ",
}

// nameSeparators split a credit into names.
var nameSeparators = []string{";", ",", " und ", " and ", " & ", " + ", " et ", " y ", " e ", " en ", " i ", " oraz ", " sowie ", "/", "|", "·", "•", " – ", " - ", " am ", " on ", " im gespräch mit ", " mit ", " with ", " avec ", " con ", " met ", " z "}

// placeWords lead from a byline to the section or place it names
// ("Posted by Anna under Politik").
var placeWords = map[string]bool{"under": true, "unter": true, "filed": true, "dans": true}

// trailingWords are the words a byline cut before its date ends with
// ("Par Anne Martin le", "Von Anna Berg am").
var trailingWords = map[string]bool{
	"le": true, "am": true, "on": true, "el": true, "il": true, "at": true, "um": true, "à": true, "den": true,
	"|": true, "-": true, "–": true, "·": true, "•": true, "/": true, ",": true,
}

// nameParticles are the lower-case words names hold.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "del": true,
	"la": true, "le": true, "zu": true, "ten": true, "ter": true, "bin": true, "al": true, "el": true, "y": true, "dos": true, "das": true,
}

// creditWords are words of a credit line that are not names.
var creditWords = map[string]bool{
	"veröffentlicht": true, "publiziert": true, "published": true, "updated": true, "aktualisiert": true, "uhr": true, "foto": true,
	"photo": true, "bild": true, "fotos": true, "photos": true, "lesezeit": true, "minuten": true, "minutes": true,
	"kommentare": true, "comments": true, "teilen": true, "share": true, "shares": true, "mehr": true, "more": true,
	"artikel": true, "illustration": true, "illustrationen": true, "grafik": true, "video": true, "datum": true,
	"date": true, "stand": true, "erschienen": true, "posted": true, "alle": true, "hace": true, "il y a": true,
	"vor": true, "ago": true, "follow": true, "folgen": true, "kontakt": true, "contact": true, "mail": true,
	"e-mail": true, "twitter": true, "facebook": true, "instagram": true, "linkedin": true, "gestern": true,
	"heute": true, "today": true, "yesterday": true, "lesen": true, "read": true, "min": true, "zuletzt": true,
	"geändert": true, "quelle": true, "source": true, "bilder": true, "image": true, "images": true,
	"suche": true, "search": true, "zeige": true, "show": true, "menü": true, "menu": true, "login": true,
	"anmelden": true, "über": true, "about": true, "zvg": true, "verifiziert": true, "verifizierte": true, "verifizierter": true, "home": true, "startseite": true, "designed": true, "theme": true, "filter": true,
	"last": true, "weitere": true, "beiträge": true, "mitglied": true, "actualizado": true, "actualizada": true,
	"publicado": true, "publié": true, "mis": true, "pubblicato": true, "aggiornato": true, "powered": true,
}

// weekdays are weekday names and their abbreviations, which follow a
// byline when the date does ("Anna Berg Fr, 10.07.2015").
var weekdays = map[string]bool{
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true,
	"sonntag": true, "sonnabend": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true,
	"vendredi": true, "samedi": true, "dimanche": true, "lunes": true, "martes": true, "miércoles": true,
	"jueves": true, "viernes": true, "sábado": true, "domingo": true, "mo": true, "di": true, "mi": true,
	"do": true, "fr": true, "sa": true, "so": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true,
	"sat": true, "sun": true,
}

// roleWords are job titles and roles that stand beside a name in a
// byline ("Korrespondent in Berlin", "Staff Writer"), never in one.
var roleWords = map[string]bool{
	"korrespondent": true, "korrespondentin": true, "redakteur": true, "redakteurin": true, "correspondent": true,
	"reporter": true, "reporterin": true, "writer": true, "editor": true, "chefredakteur": true, "autor": true,
	"autorin": true, "author": true, "journalist": true, "journalistin": true, "fotograf": true, "fotografin": true,
	"photographer": true, "contributor": true, "columnist": true, "kolumnist": true, "kolumnistin": true,
	"rechtsanwalt": true, "rechtsanwältin": true, "projektleiterin": true, "projektleiter": true,
	"invitation": true, "ceo": true, "cto": true, "cfo": true, "founder": true, "gründer": true, "geschäftsführer": true, "pressesprecher": true, "pressesprecherin": true, "interview": true, "gastbeitrag": true, "kommentar": true,
}

// degrees are academic degrees written after a name ("Jane Doe, PhD").
var degrees = map[string]bool{"phd": true, "ph.d": true, "md": true, "m.d": true, "msc": true, "ma": true, "mba": true, "dr": true, "prof": true}

// outletWords are words in the names of newspapers and broadcasters
// ("The Washington Post", "Süddeutsche Zeitung", "7 News").
var outletWords = map[string]bool{
	"post": true, "times": true, "news": true, "zeitung": true, "tribune": true, "journal": true, "herald": true,
	"gazette": true, "chronicle": true, "magazin": true, "magazine": true, "rundschau": true, "kurier": true,
	"anzeiger": true, "nachrichten": true, "tagblatt": true, "allgemeine": true, "presse": true, "press": true,
	"online": true, "radio": true, "tv": true, "fernsehen": true, "rundfunk": true, "daily": true, "weekly": true,
	"diario": true, "periódico": true, "giornale": true, "corriere": true, "krant": true,
	"dagblad": true, "gazeta": true,
}
