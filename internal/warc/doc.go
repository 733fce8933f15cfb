// Package warc reads WARC files (WARC/1.0 and 1.1), plain or gzipped with
// one gzip member per record as Common Crawl writes them, as a stream: a
// record's block is read from the file when the caller asks for it and
// discarded otherwise, so memory does not grow with the file or a record.
//
// Reader yields records in file order with their byte offset in the file:
// for a .warc.gz the offset of the gzip member the record starts in, so
// that `dd skip=OFFSET` or a CDX index finds it again. A damaged record (a
// malformed header, a block shorter than its Content-Length, a corrupt gzip
// member) is yielded as a Record with Err set, and the reader goes on with
// the next record it can find: the next gzip member, or the next line
// starting "WARC/1." in a plain file. Only a failing read of the underlying
// file stops the stream (Reader.Err).
//
// ParseResponse and BodyDecoder turn the block of a response record (an
// HTTP response) into the page: the status and headers are read, chunked
// transfer coding undone and gzip, deflate or br content coding decoded,
// within a size limit and a decompression-ratio limit.
//
// A Reader and a BodyDecoder are not safe for concurrent use; use one per
// goroutine.
package warc
