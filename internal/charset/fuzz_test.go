package charset

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds() [][]byte {
	return [][]byte{
		nil,
		[]byte(page("", germanUTF8)),
		[]byte(page(`<meta charset="windows-1252">`, germanCP1252)),
		[]byte(page(`<meta charset="utf-8">`, germanCP1252)),
		[]byte(page(`<meta http-equiv="content-type" content="text/html; charset=shift_jis">`, japaneseSJIS)),
		[]byte(page(`<meta charset="iso-2022-jp">`, japaneseISO2022)),
		[]byte(`<?xml version="1.0" encoding="gbk"?><rss>` + chineseGBK),
		[]byte("\xff\xfe" + utf16le(page("", germanUTF8))),
		[]byte(utf16be(page("", germanUTF8))),
		[]byte("<meta charset='\x00<!--<script><meta content=charset="),
		[]byte("%PDF-1.4\x00\x01"),
		[]byte("\xef\xbb\xbf\xc3"),
	}
}

// FuzzDecode checks that Decode never panics, always returns valid UTF-8,
// and that text it returns with non-ASCII bytes decodes to itself.
func FuzzDecode(f *testing.F) {
	for _, seed := range fuzzSeeds() {
		f.Add(seed, "")
	}
	f.Add([]byte(page("", germanCP1252)), "text/html; charset=iso-8859-1")
	f.Add([]byte(page("", germanUTF8)), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		out, enc := Decode(data, contentType)
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q) = %q, invalid UTF-8 (read as %s)", data, out, enc)
		}
		if enc == "" {
			t.Fatalf("Decode(%q) named no encoding", data)
		}
		if hasHighByte(out) && !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
			again, enc2 := Decode(out, "")
			if enc2 != "utf-8" || !bytes.Equal(again, out) {
				t.Fatalf("decoding the output again changed it (%s): %q → %q", enc2, out, again)
			}
		}
	})
}

// FuzzSniff checks that Sniff never panics and always explains itself.
func FuzzSniff(f *testing.F) {
	for _, seed := range fuzzSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		kind, reason := Sniff(data)
		if kind < KindHTML || kind > KindXML {
			t.Fatalf("Sniff(%q) = unknown kind %d", data, kind)
		}
		if reason == "" {
			t.Fatalf("Sniff(%q) gave no reason", data)
		}
		if !utf8.ValidString(reason) {
			t.Fatalf("Sniff(%q) reason is not UTF-8: %q", data, reason)
		}
	})
}
