//go:build only_lede || only_trafilatura

package main

// readabilityTool is left out of this binary (see tools.go).
var readabilityTool = tool{name: "readability"}
