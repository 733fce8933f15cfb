//go:build only_lede || only_readability

package main

// trafilaturaTool is left out of this binary (see tools.go).
var trafilaturaTool = tool{name: "trafilatura"}
