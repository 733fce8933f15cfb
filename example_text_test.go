package lede_test

import (
	"context"
	"fmt"

	"github.com/lede-news/lede"
)

func ExampleExtractText() {
	dump := `Startseite
Politik
Kerry in Moskau:USA und Russland wollen Syrien-Konferenz
Von Julian Hans, Moskau
Die beiden Außenminister verhandelten am Dienstag mehr als fünf Stunden über den Krieg in Syrien.
Am Ende stand eine Einigung, mit der kaum jemand in Moskau oder Washington noch gerechnet hatte.
Beide Seiten wollen bis Ende Mai eine internationale Konferenz einberufen.
Zur Startseite
Impressum`
	a, err := lede.ExtractText(context.Background(), []byte(dump), lede.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Kicker, "|", a.Headline)
	fmt.Println(a.Authors, a.Dateline, a.Language)
	fmt.Println(len(a.Body), "paragraphs")
	// Output:
	// Kerry in Moskau | USA und Russland wollen Syrien-Konferenz
	// [Julian Hans] Moskau de
	// 3 paragraphs
}
