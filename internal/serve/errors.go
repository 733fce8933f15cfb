package serve

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
)

// The stable error codes of the API, beside the extraction codes of
// lede.Code ("no_article", "not_html", "too_large", "empty", "internal").
const (
	codeBadRequest        = "bad_request"
	codeTooLarge          = "too_large"
	codeNotHTML           = "not_html"
	codeNoArticle         = "no_article"
	codeEmpty             = "empty"
	codeTimeout           = "timeout"
	codeOverloaded        = "overloaded"
	codeUnauthorized      = "unauthorized"
	codeMethodNotAllowed  = "method_not_allowed"
	codeUnsupportedMedia  = "unsupported_media_type"
	codeNotFound          = "not_found"
	codeFetchDisabled     = "fetch_disabled"
	codeFetchFailed       = "fetch_failed"
	codeForbiddenTarget   = "forbidden_target"
	codeInternal          = "internal"
	codeShuttingDown      = "shutting_down"
	codeClientClosed      = "client_closed"
	statusClientClosedReq = 499 // nginx's convention; only ever logged, the client is gone
)

// statusOf is the HTTP status for each code.
var statusOf = map[string]int{
	codeBadRequest:       http.StatusBadRequest,
	codeTooLarge:         http.StatusRequestEntityTooLarge,
	codeNotHTML:          http.StatusUnprocessableEntity,
	codeNoArticle:        http.StatusUnprocessableEntity,
	codeEmpty:            http.StatusUnprocessableEntity,
	codeTimeout:          http.StatusGatewayTimeout,
	codeOverloaded:       http.StatusServiceUnavailable,
	codeUnauthorized:     http.StatusUnauthorized,
	codeMethodNotAllowed: http.StatusMethodNotAllowed,
	codeUnsupportedMedia: http.StatusUnsupportedMediaType,
	codeNotFound:         http.StatusNotFound,
	codeFetchDisabled:    http.StatusNotImplemented,
	codeFetchFailed:      http.StatusBadGateway,
	codeForbiddenTarget:  http.StatusForbidden,
	codeInternal:         http.StatusInternalServerError,
	codeShuttingDown:     http.StatusServiceUnavailable,
	codeClientClosed:     statusClientClosedReq,
}

// apiError is the body of every error response, and of every error line
// of /v1/batch.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Article holds the metadata found on a page without an article
	// (no_article), when there was any.
	Article json.RawMessage `json:"article,omitempty"`
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

// status is the HTTP status for e's code (500 for an unknown code).
func (e *apiError) status() int {
	if s, ok := statusOf[e.Code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

func errorf(code, message string) *apiError { return &apiError{Code: code, Message: message} }

// writeError writes e as the JSON response with its status.
func writeError(w http.ResponseWriter, e *apiError) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	switch e.Code {
	case codeOverloaded, codeShuttingDown:
		h.Set("Retry-After", "1")
	case codeUnauthorized:
		h.Set("WWW-Authenticate", `Bearer realm="lede"`)
	}
	status := e.status()
	if status == statusClientClosedReq {
		status = http.StatusServiceUnavailable // never sent in practice: the client is gone
	}
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(e)
}

// allowMethods reports whether r's method is one of methods; when not, it
// answers 405 method_not_allowed with an Allow header, naming the first
// method in the message.
func allowMethods(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	if slices.Contains(methods, r.Method) {
		return true
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, errorf(codeMethodNotAllowed, "use "+methods[0]))
	return false
}
