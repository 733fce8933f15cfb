package charset_test

import (
	"fmt"

	"github.com/lede-news/lede/internal/charset"
)

func ExampleDecode() {
	// A page that declares UTF-8 but was saved in windows-1252.
	page := []byte("<meta charset=\"utf-8\"><p>Gr\xfc\xdfe aus K\xf6ln</p>")
	text, enc := charset.Decode(page, "")
	fmt.Println(enc)
	fmt.Println(string(text))
	// Output:
	// windows-1252
	// <meta charset="utf-8"><p>Grüße aus Köln</p>
}

func ExampleSniff() {
	kind, reason := charset.Sniff([]byte("%PDF-1.7\n..."))
	fmt.Println(kind, reason)
	// Output:
	// binary binary data (PDF)
}
