package warc

import (
	"bytes"
	"fmt"
	"strings"
)

// Response is the HTTP response held by a response record's block.
type Response struct {
	Status int // 200
	// ContentType, ContentEncoding and TransferEncoding are the header
	// values as sent ("" when absent).
	ContentType, ContentEncoding, TransferEncoding string
	// Body is the rest of the block after the header: still in its
	// transfer and content codings (see BodyDecoder).
	Body []byte
}

// ParseResponse reads the status line and header of an HTTP response
// (HTTP/1.x; lines may end in LF alone). Header fields other than
// Content-Type, Content-Encoding and Transfer-Encoding are not kept. An
// error wraps ErrHTTP.
func ParseResponse(block []byte) (Response, error) {
	var resp Response
	head, body, ok := splitHeader(block)
	if !ok {
		return resp, fmt.Errorf("%w: no end of header in %d bytes", ErrHTTP, len(block))
	}
	resp.Body = body
	status, rest, _ := bytes.Cut(head, []byte{'\n'})
	status = bytes.TrimRight(status, "\r")
	if !bytes.HasPrefix(status, []byte("HTTP/")) {
		return resp, fmt.Errorf("%w: status line %q", ErrHTTP, clip(status, 40))
	}
	_, code, _ := bytes.Cut(status, []byte{' '})
	if len(code) < 3 || !isDigits(code[:3]) || (len(code) > 3 && code[3] != ' ') {
		return resp, fmt.Errorf("%w: status line %q", ErrHTTP, clip(status, 40))
	}
	resp.Status = int(code[0]-'0')*100 + int(code[1]-'0')*10 + int(code[2]-'0')
	for len(rest) > 0 {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		name, value, ok := bytes.Cut(line, []byte{':'})
		if !ok {
			continue // a folded or stray line: no field we read is folded in practice
		}
		name = bytes.TrimSpace(name)
		switch {
		case bytes.EqualFold(name, []byte("Content-Type")):
			resp.ContentType = string(bytes.TrimSpace(value))
		case bytes.EqualFold(name, []byte("Content-Encoding")):
			resp.ContentEncoding = strings.ToLower(string(bytes.TrimSpace(value)))
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			resp.TransferEncoding = strings.ToLower(string(bytes.TrimSpace(value)))
		}
	}
	return resp, nil
}

// splitHeader cuts block after the blank line that ends the HTTP header
// (CRLF CRLF, or LF LF from lax servers and writers).
func splitHeader(block []byte) (head, body []byte, ok bool) {
	for i := 0; ; {
		j := bytes.IndexByte(block[i:], '\n')
		if j < 0 {
			return nil, nil, false
		}
		i += j + 1
		switch {
		case i < len(block) && block[i] == '\n':
			return block[:i], block[i+1:], true
		case i+1 < len(block) && block[i] == '\r' && block[i+1] == '\n':
			return block[:i], block[i+2:], true
		}
	}
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// HTMLType tells what a Content-Type says about a page: yes (text/html,
// application/xhtml+xml), no (a type that is never an HTML page: images,
// media, fonts, PDF, JSON, scripts, styles, XML feeds), or unknown (no
// type, text/plain, application/octet-stream and the like: sniffing
// decides).
type HTMLType int

// The answers of ClassifyContentType.
const (
	HTMLUnknown HTMLType = iota
	HTMLYes
	HTMLNo
)

// ClassifyContentType classifies a Content-Type header value.
func ClassifyContentType(ct string) HTMLType {
	mt, _, _ := strings.Cut(ct, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	switch {
	case mt == "text/html", mt == "application/xhtml+xml", mt == "application/html":
		return HTMLYes
	case mt == "", mt == "text/plain", mt == "application/octet-stream", mt == "unknown/unknown",
		mt == "application/unknown", mt == "application/x-unknown-content-type", mt == "binary/octet-stream":
		return HTMLUnknown
	}
	return HTMLNo
}
