package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// Byte strings in legacy encodings, spelled out so that the tests do not
// depend on the encoders under test.
const (
	// "Größe für Ärger – „Zitat“ 5 €" in windows-1252.
	germanCP1252 = "Gr\xf6\xdfe f\xfcr \xc4rger \x96 \x84Zitat\x93 5 \x80"
	germanUTF8   = "Größe für Ärger – „Zitat“ 5 €"
	// "Привет" in windows-1251.
	russianCP1251 = "\xcf\xf0\xe8\xe2\xe5\xf2"
	// "日本語" in Shift_JIS, "中文" in GBK, "日本" in ISO-2022-JP.
	japaneseSJIS    = "\x93\xfa\x96\x7b\x8c\xea"
	chineseGBK      = "\xd6\xd0\xce\xc4"
	japaneseISO2022 = "\x1b$B\x46\x7c\x4b\x5c\x1b(B"
)

func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>"
}

func TestDecode(t *testing.T) {
	longScript := "<script>" + strings.Repeat("var x = '<b>';\n", 400) + "</script>"
	tests := []struct {
		name        string
		data        string
		contentType string
		want        string // the decoded text must contain this
		wantEnc     string
	}{
		{"utf-8 undeclared", page("", germanUTF8), "", germanUTF8, "utf-8"},
		{"utf-8 meta", page(`<meta charset="utf-8">`, germanUTF8), "", germanUTF8, "utf-8"},
		{"ascii undeclared", page("", "plain"), "", "plain", "utf-8"},
		{"ascii declared latin1", page(`<meta charset="iso-8859-1">`, "plain"), "", "plain", "windows-1252"},
		{"empty", "", "", "", "utf-8"},

		{"windows-1252 meta charset", page(`<meta charset="windows-1252">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"iso-8859-1 is windows-1252", page(`<meta charset=ISO-8859-1>`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"http-equiv", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"http-equiv single quotes", page(`<META HTTP-EQUIV='content-type' CONTENT='text/html;charset="latin1"'>`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"content-type header", page("", germanCP1252), "text/html; charset=ISO-8859-1", germanUTF8, "windows-1252"},
		{"header beats meta", page(`<meta charset="iso-8859-1">`, russianCP1251), "text/html; charset=windows-1251", "Привет", "windows-1251"},
		{"xml declaration", `<?xml version="1.0" encoding="ISO-8859-15"?><html><body>` + germanCP1252[:12] + "</body></html>", "", "Größe für", "iso-8859-15"},
		{"meta after a long script", "<html><head>" + longScript + `<meta charset="windows-1252"></head><body>` + germanCP1252, "", germanUTF8, "windows-1252"},
		{"meta in comment ignored", page(`<!-- <meta charset="windows-1251"> --><meta charset="windows-1252">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"meta in script ignored", page(`<script>document.write('<meta charset="windows-1251">')</script><meta charset="windows-1252">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"unknown label skipped", page(`<meta charset="bogus-9"><meta charset="windows-1252">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"undeclared legacy is windows-1252", page("", germanCP1252), "", germanUTF8, "windows-1252"},
		{"undeclared legacy follows html lang", `<html lang="ru"><body>` + russianCP1251 + "</body></html>", "", "Привет", "windows-1251"},
		{"x-user-defined", page(`<meta charset="x-user-defined">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"replacement label ignored", page(`<meta charset="iso-2022-kr">`, germanCP1252), "", germanUTF8, "windows-1252"},

		{"shift_jis meta", page(`<meta charset="Shift_JIS">`, japaneseSJIS), "", "日本語", "shift_jis"},
		{"gbk meta", page(`<meta http-equiv="content-type" content="text/html; charset=gb2312">`, chineseGBK), "", "中文", "gbk"},
		{"iso-2022-jp meta", page(`<meta charset="iso-2022-jp">`, japaneseISO2022), "", "日本", "iso-2022-jp"},
		{"windows-1251 meta", page(`<meta charset="windows-1251">`, russianCP1251), "", "Привет", "windows-1251"},

		// Mislabelled documents.
		{"latin1 declared but utf-8", page(`<meta charset="iso-8859-1">`, germanUTF8), "", germanUTF8, "utf-8"},
		{"latin1 header but utf-8", page("", germanUTF8), "text/html; charset=iso-8859-1", germanUTF8, "utf-8"},
		{"shift_jis declared but utf-8", page(`<meta charset="shift_jis">`, "日本語のテキスト"), "", "日本語のテキスト", "utf-8"},
		{"utf-8 declared but windows-1252", page(`<meta charset="utf-8">`, germanCP1252), "", germanUTF8, "windows-1252"},
		{"utf-8 header but windows-1252", page("", germanCP1252), "text/html; charset=utf-8", germanUTF8, "windows-1252"},
		{"utf-8 with a stray latin-1 byte", page(`<meta charset="utf-8">`, germanUTF8+" "+germanUTF8+" M\xe4rz"), "", germanUTF8 + " März", "utf-8"},
		{"windows-1252 with a utf-8 fragment", page(`<meta charset="windows-1252">`, germanCP1252+" Kein DJ für eine Nacht"), "", germanUTF8 + " Kein DJ für eine Nacht", "windows-1252"},
		{"windows-1252 guillemets stay", page(`<meta charset="windows-1252">`, "\xbbSpa\xdf\xab"), "", "»Spaß«", "windows-1252"},
		{"utf-16 header on ascii bytes", page(`<meta charset="windows-1252">`, germanCP1252), "text/html; charset=utf-16", germanUTF8, "windows-1252"},
		{"utf-16 meta means utf-8", page(`<meta charset="utf-16">`, germanUTF8), "", germanUTF8, "utf-8"},

		// Byte order marks beat every declaration.
		{"utf-8 bom", "\xef\xbb\xbf" + page(`<meta charset="windows-1252">`, germanUTF8), "text/html; charset=iso-8859-1", germanUTF8, "utf-8"},
		{"utf-16le bom", "\xff\xfe" + utf16le(page("", germanUTF8)), "text/html; charset=iso-8859-1", germanUTF8, "utf-16le"},
		{"utf-16be bom", "\xfe\xff" + utf16be(page("", germanUTF8)), "", germanUTF8, "utf-16be"},
		{"utf-16le without bom", utf16le(page("", germanUTF8)), "", germanUTF8, "utf-16le"},
		{"utf-16le header without bom", utf16le(page("", germanUTF8)), "text/html; charset=utf-16", germanUTF8, "utf-16le"},
		{"utf-16 odd length", "\xff\xfe" + utf16le("<p>ok</p>") + "x", "", "<p>ok</p>\uFFFD", "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := Decode([]byte(tt.data), tt.contentType)
			if !utf8.Valid(got) {
				t.Fatalf("Decode returned invalid UTF-8: %q", got)
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
			if !bytes.Contains(got, []byte(tt.want)) {
				t.Errorf("decoded text lacks %q:\n%q", tt.want, got)
			}
			if bytes.ContainsRune(got, utf8.RuneError) && !strings.ContainsRune(tt.want, utf8.RuneError) {
				t.Errorf("decoded text holds U+FFFD: %q", got)
			}
		})
	}
}

// TestDecodeNoCopy checks that valid UTF-8 read as UTF-8 comes back as the
// input slice itself.
func TestDecodeNoCopy(t *testing.T) {
	tests := []struct {
		name        string
		data        []byte
		contentType string
		offset      int
	}{
		{"undeclared", []byte(page("", germanUTF8)), "", 0},
		{"declared", []byte(page(`<meta charset="utf-8">`, germanUTF8)), "text/html; charset=utf-8", 0},
		{"mislabelled latin1", []byte(page(`<meta charset="iso-8859-1">`, germanUTF8)), "", 0},
		{"ascii", []byte(page("", "plain")), "", 0},
		{"bom", []byte("\xef\xbb\xbf" + page("", germanUTF8)), "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Decode(tt.data, tt.contentType)
			if len(got) != len(tt.data)-tt.offset || &got[0] != &tt.data[tt.offset] {
				t.Errorf("Decode copied its input")
			}
		})
	}
}

func TestCharsetParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html;charset=ISO-8859-1", "ISO-8859-1"},
		{`text/html; charset="windows-1252"`, "windows-1252"},
		{"text/html; charset = 'koi8-r' ; foo=bar", "koi8-r"},
		{"text/html; Charset=utf-8;", "utf-8"},
		{"text/html; charsetx; charset=gbk", "gbk"},
		{`text/html; charset="unterminated`, ""},
		{"text/html; charset=", ""},
		{"text/html", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := charsetParam(tt.in); got != tt.want {
			t.Errorf("charsetParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUTF8Stats(t *testing.T) {
	tests := []struct {
		in             string
		multi, invalid int
	}{
		{"", 0, 0},
		{"plain ascii text, longer than eight bytes", 0, 0},
		{germanUTF8, 8, 0},
		{germanCP1252, 0, 8},
		{"ok ä \xe4 \xc3", 1, 2},
		{"\xbbSpa\xdf\xab", 1, 1},
	}
	for _, tt := range tests {
		multi, invalid := utf8Stats([]byte(tt.in))
		if multi != tt.multi || invalid != tt.invalid {
			t.Errorf("utf8Stats(%q) = %d, %d; want %d, %d", tt.in, multi, invalid, tt.multi, tt.invalid)
		}
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8)) // the test strings are in the BMP
	}
	return string(b)
}

func utf16be(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b)
}
