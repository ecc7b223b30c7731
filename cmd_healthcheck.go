package main

import (
	"context"
	"fmt"

	"articlebot/metrics"
)

// runHealthcheck asks a running serve's /healthz, for a container's
// HEALTHCHECK: the image has no shell or curl, so the binary checks itself.
func runHealthcheck(ctx context.Context, args []string, std stdio, getenv env) error {
	flags := newFlags(std, "healthcheck", "",
		"Asks the /healthz of a running `articlebot serve` at METRICS_ADDR (or --addr) and\n"+
			"exits 0 when it answers 200 (the gateway is connected and the article loaded),\n"+
			"1 otherwise. A host of 0.0.0.0 means this machine.",
		"METRICS_ADDR=0.0.0.0:9090 articlebot healthcheck",
		"articlebot healthcheck --addr 127.0.0.1:9090")
	addr := flags.String("addr", "", "host:port of the metrics server (default METRICS_ADDR)")
	rest, err := parse(flags, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return argError{msg: "healthcheck takes no arguments"}
	}
	if *addr == "" {
		cfg, err := loadConfig(getenv)
		if err != nil {
			return err
		}
		*addr = cfg.MetricsAddr
	}
	if *addr == "" {
		return argError{msg: "healthcheck needs METRICS_ADDR (or --addr), where serve answers /healthz"}
	}
	if err := metrics.Check(ctx, *addr); err != nil {
		return err
	}
	fmt.Fprintln(std.out, "healthy")
	return nil
}
