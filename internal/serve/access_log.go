package serve

import (
	"io"
	"log/slog"
	"net/http"
	"time"
)

// routeOf is the route label of a path: the known routes, or "other", so
// that the metrics' label sets stay fixed whatever paths clients send.
func routeOf(path string) string {
	switch path {
	case "/v1/extract", "/v1/batch", "/healthz", "/metrics", "/":
		return path
	case "/ui/app.js", "/ui/app.css":
		return "/ui/"
	}
	return "other"
}

// accessLog wraps next so that every request is counted in the metrics and
// logged as one structured record: method, path, status, duration, bytes
// in and out, remote address.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		body := &countingBody{ReadCloser: r.Body}
		r.Body = body
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		d := time.Since(start)
		s.metrics.request(routeOf(r.URL.Path), rec.status, d, body.n)
		s.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Duration("duration", d),
			slog.Int64("bytes_in", body.n),
			slog.Int64("bytes_out", rec.bytes),
			slog.String("remote", r.RemoteAddr),
		)
	})
}

// statusRecorder remembers the status and counts the bytes written. Unwrap
// lets http.ResponseController reach the connection (flushes, deadlines).
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush sends buffered data to the client (the batch stream needs it).
func (w *statusRecorder) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// countingBody counts the request body bytes read.
type countingBody struct {
	io.ReadCloser
	n int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	return n, err
}
