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
// Stream hands the results to a callback in input order; Run writes them as
// JSON Lines and a summary, and, with Config.Dedup, marks or drops the
// articles that duplicate an earlier one (package dedup), judged in input
// order so that the output does not depend on the number of workers. Pages are extracted by Config.Workers goroutines;
// at most Config.Window results wait to be delivered, so memory stays
// bounded however long the input is. Both functions are safe for concurrent
// use with different configurations; a Config is not modified.
package batch
