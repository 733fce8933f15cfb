package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build info is used.
var version = ""

func (a *app) runVersion(args []string) int {
	if len(args) > 0 {
		a.errorf("version takes no arguments")
		return exitUsage
	}
	fmt.Fprintf(a.stdout, "lede %s %s %s/%s\n", ledeVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// ledeVersion is the version set at build time, else the module version,
// else "(devel)".
func ledeVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
