// Package serve is lede's HTTP service: article extraction over HTTP for
// reader apps, monitors and pipelines that run lede beside their own code.
//
// Routes:
//
//	POST /v1/extract  one page (text/html body, or JSON {"html", "url"}) → one article
//	POST /v1/batch    NDJSON in → NDJSON out, one line per input line, in order
//	GET  /healthz     liveness
//	GET  /metrics     Prometheus text exposition
//	GET  /            the built-in UI (ui.go): paste a URL or HTML, see the article
//
// Every error is a JSON object {"code": "...", "message": "..."} with a
// stable code and a matching HTTP status (see errors.go).
//
// Limits: the request body size (Config.MaxBody), a per-request timeout
// (Config.Timeout), the number of extractions running at once
// (Config.MaxConcurrent; a short line of Config.MaxWaiting requests may
// wait up to Config.QueueWait for a slot, any other request is shed with
// 503 at once, before its body is read: nothing queues without bound)
// and an optional bearer token. NewHTTPServer sets read, header, write and
// idle timeouts so that slow clients cannot hold connections open.
//
// URL fetching is not part of this package: it plugs in through
// Config.Fetch. With Fetch nil, a request that names a URL without HTML
// gets 501 fetch_disabled.
//
// A Server is safe for concurrent use; its only mutable state is the
// metrics and the concurrency semaphore.
package serve
