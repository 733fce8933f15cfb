package serve

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Server is lede's HTTP service. It is safe for concurrent use.
type Server struct {
	cfg     Config
	slots   *slots
	metrics *metrics
	handler http.Handler
}

// New returns a Server with cfg's settings (zero fields mean the defaults).
func New(cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, slots: newSlots(cfg.MaxConcurrent, cfg.MaxWaiting, cfg.QueueWait)}
	s.metrics = newMetrics(s.slots.inUse)

	protected := func(h http.Handler) http.Handler {
		if cfg.Token == "" {
			return h
		}
		return requireToken(cfg.Token, h)
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/extract", protected(http.HandlerFunc(s.handleExtract)))
	mux.Handle("/v1/batch", protected(http.HandlerFunc(s.handleBatch)))
	mux.Handle("/metrics", protected(s.metrics))
	mux.HandleFunc("/healthz", handleHealth)
	mux.Handle("/", newUIHandler(cfg)) // the UI at / and /ui/; 404 for anything else
	s.handler = s.accessLog(mux)
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// handleHealth serves GET /healthz.
func handleHealth(w http.ResponseWriter, r *http.Request) {
	if !allowMethods(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

// NewHTTPServer returns an http.Server for s on addr with timeouts that
// bound slow clients (slow-loris headers or bodies, idle keep-alives):
// headers must arrive within 5 s, the whole request within the extraction
// timeout plus 10 s, and the response must be written within the
// timeout plus 10 s. /v1/batch extends its own deadlines line by line.
func (s *Server) NewHTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.cfg.Timeout + 10*time.Second,
		WriteTimeout:      s.cfg.Timeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// Run serves hs on ln until ctx ends, then shuts down gracefully: it stops
// accepting connections, lets in-flight requests finish for at most grace,
// and then closes what is left. It returns nil after a clean shutdown.
func Run(ctx context.Context, hs *http.Server, ln net.Listener, grace time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err != nil {
		_ = hs.Close()
		return err
	}
	return nil
}
