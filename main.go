// Command articlebot answers questions about a news article, with citations
// a reader can check, in a terminal or in a Discord channel.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	getenv, err := dotenvGetenv(".env")
	if err != nil {
		fmt.Fprintf(os.Stderr, "articlebot: %v: fix or remove the .env file\n", err)
		os.Exit(exitBadInput)
	}
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, getenv)
	stop()
	os.Exit(code)
}
