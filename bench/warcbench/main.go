// Command warcbench builds a WARC.gz from the shared evaluation pages, with
// records that are not pages and damaged records mixed in, and measures
// how fast WARC readers read it: lede's internal/warc beside the WARC
// libraries considered for it (github.com/nlnwa/gowarc/v3 and
// github.com/internetarchive/gowarc).
//
//	warcbench build [-copies N] [-o FILE] EVALDIR   write FILE (default eval.warc.gz), print what it holds
//	warcbench read [-reader lede|nlnwa|ia] FILE     read every record and the blocks of response records
//
// It lives in the bench module so that the libraries measured never enter
// lede's module.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "build":
		err = runBuild(os.Args[2:])
	case "read":
		err = runRead(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "warcbench:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: warcbench build [-copies N] [-o FILE] EVALDIR | warcbench read [-reader lede|nlnwa|ia] FILE")
	os.Exit(2)
}
