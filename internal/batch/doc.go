// Package batch runs the extraction over many pages and writes one JSON
// line per page, in input order.
//
// An input is a file, a directory (walked recursively in sorted order,
// taking the files named *.html, *.htm and *.xhtml, each optionally .gz), or
// "-", a list of inputs read from Config.Stdin, one per line. A file named
// explicitly is read whatever its name; a name ending in .gz is gunzipped.
//
// Every document found yields exactly one Result, also when it cannot be
// read (code read_error), is a corrupt gzip stream (gzip_error), is larger
// than the limit (too_large), or a named input does not exist (not_found).
// Only the absence of any input at all (ErrNoInput), a failing output
// writer, or a cancelled context stop a run.
//
// A WARC file (named *.warc or *.warc.gz, given or found in a directory) is
// read record by record by the walk, in file order (internal/warc): each
// response record with HTML (by its HTTP Content-Type; when that says
// nothing, by sniffing) and each resource record with HTML is a document,
// with Source PATH#OFFSET, the record's byte offset (in a .warc.gz the
// offset of its gzip member). Its URL, Content-Type and date go into the
// extraction (Page). The HTTP body is decoded by the worker (chunked, gzip,
// deflate, br, within MaxBytes and a decompression-ratio limit). Other
// records (request, metadata, warcinfo, revisit, non-HTML responses,
// redirects and error pages, records left out by Config.Hosts and
// Config.URLMatch) are counted in Summary.Skipped, not written. A damaged
// record yields an error line (warc_error, gzip_error, too_large,
// http_error, encoding_error, decompression_bomb) and the walk goes on with
// the next record it can find. At most Workers+1 WARC blocks are held at
// once: the walk waits for a worker to give a buffer back before reading
// the next block.
//
// Stream hands the results to a callback in input order; Run writes them as
// JSON Lines and a summary, and, with Config.Dedup, marks or drops the
// articles that duplicate an earlier one (package dedup), judged in input
// order so that the output does not depend on the number of workers. Pages are extracted by Config.Workers goroutines;
// at most Config.Window results wait to be delivered, so memory stays
// bounded however long the input is. Both functions are safe for concurrent
// use with different configurations; a Config is not modified.
package batch
