package serve

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"net/http"
	"path"

	"github.com/lede-news/lede/internal/render"
)

// uiFiles is the built-in UI: one page, its script and its style sheet.
// Nothing in it loads anything from another origin.
//
//go:embed ui/index.html ui/app.js ui/app.css
var uiFiles embed.FS

// uiPolicy is the Content-Security-Policy of the UI's page, script and
// style sheet, before the reader view's style hash is added (see uiCSP).
// The page runs only its own script and styles, talks only to this
// server, and shows images only from it or inline (data:): an article's
// remote images, tracking pixels included, are never loaded, so the UI
// tells no other site what its user reads. The reader view is an
// <iframe sandbox srcdoc>: a srcdoc document inherits this policy, and
// frame-src 'self' forbids it from navigating to any other origin.
const uiPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; " +
	"frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// uiCSP returns the UI's Content-Security-Policy. style-src allows, beside
// the UI's own style sheet, the one inline style sheet of the HTML format
// by its SHA-256 hash: the reader view's srcdoc document inherits this
// policy, and without it the article would show unstyled. No other
// inline style can match the hash.
func uiCSP() string {
	sum := sha256.Sum256([]byte(render.HTMLStyleSheet()))
	return uiPolicy + "; style-src 'self' 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// uiPage is what the page's template is given.
type uiPage struct {
	NeedsToken bool // the API needs a bearer token: show a field for it
}

// uiHandler serves the UI: GET / and GET /ui/app.js, /ui/app.css. They are
// public even when the API needs a token: they hold no data, and the page
// sends the token the user types with each API request.
type uiHandler struct {
	page []byte // the rendered index.html
	csp  string
}

// newUIHandler renders the page once for cfg.
func newUIHandler(cfg Config) *uiHandler {
	tmpl := template.Must(template.ParseFS(uiFiles, "ui/index.html"))
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, uiPage{NeedsToken: cfg.Token != ""}); err != nil {
		panic("serve: the embedded UI page does not render: " + err.Error()) // a build error, caught by the tests
	}
	return &uiHandler{page: buf.Bytes(), csp: uiCSP()}
}

// uiAssets are the types of the files served under /ui/.
var uiAssets = map[string]string{
	"/ui/app.js":  "text/javascript; charset=utf-8",
	"/ui/app.css": "text/css; charset=utf-8",
}

func (u *uiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body []byte
	var ctype string
	switch r.URL.Path {
	case "/":
		body, ctype = u.page, "text/html; charset=utf-8"
	default:
		ct, ok := uiAssets[r.URL.Path]
		if !ok {
			writeError(w, errorf(codeNotFound, "no route "+r.URL.Path))
			return
		}
		b, err := uiFiles.ReadFile(path.Join("ui", path.Base(r.URL.Path)))
		if err != nil {
			writeError(w, errorf(codeInternal, err.Error()))
			return
		}
		body, ctype = b, ct
	}
	if !allowMethods(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Security-Policy", u.csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}
