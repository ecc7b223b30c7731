package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

func runVersion(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "version", "",
		"Prints the version of articlebot: the module version, the revision it was\n"+
			"built from (with \"modified\" when the tree had uncommitted changes) and the Go\n"+
			"version. Also: articlebot --version.",
		"articlebot version")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "version takes no arguments"}
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(std.out, versionLine(info))
	return nil
}

// versionLine describes the build, e.g. "articlebot v1.2.0 (revision
// 1a2b3c4d5e6f, 2026-11-29T16:00:00Z, modified; go1.26.0)". info is nil when
// the binary carries no build information.
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "articlebot (version unknown: built without module information)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var details []string
	var revision, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision != "" {
		details = append(details, "revision "+revision[:min(12, len(revision))])
	}
	if when != "" {
		details = append(details, when)
	}
	if modified {
		details = append(details, "modified")
	}
	tail := info.GoVersion
	if len(details) > 0 {
		tail = strings.Join(details, ", ") + "; " + tail
	}
	return fmt.Sprintf("articlebot %s (%s)", version, tail)
}
