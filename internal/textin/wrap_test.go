package textin

import (
	"strings"
	"testing"
)

func TestUnwrapWindowsLineEnds(t *testing.T) {
	para := "Der Stadtrat hat am Dienstagabend beschlossen, die Alte Brücke\n" +
		"für umfangreiche Reparaturen ein ganzes Jahr lang zu sperren, wie\n" +
		"die Verwaltung am Mittwoch mitteilte. Pendler müssen auf die Fähre\n" +
		"ausweichen oder einen Umweg von zwanzig Minuten in Kauf nehmen.\n"
	text := strings.Repeat(para+"\n", 4)
	want := unwrap(text)
	if want == text {
		t.Fatal("hard-wrapped text with \\n line ends was not unwrapped")
	}
	if got := unwrap(strings.ReplaceAll(text, "\n", "\r\n")); got != want {
		t.Errorf("with \\r\\n line ends:\n%q\nwant\n%q", got, want)
	}
	if plain := "Eine Zeile.\r\n\r\nNoch eine."; unwrap(plain) != plain {
		t.Errorf("text that is not hard-wrapped changed: %q", unwrap(plain))
	}
}
