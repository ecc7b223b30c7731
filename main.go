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
	os.Exit(mainStatus())
}

// mainStatus wires the process to run: signals, the .env file, the
// standard streams.
func mainStatus() int {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	interrupts := make(chan os.Signal, 1)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	go func() { // lives as long as the process
		for s := range signals {
			if s == syscall.SIGTERM {
				cancel(errTerminated)
				continue
			}
			select {
			case interrupts <- s:
			default:
				// The previous Ctrl-C has not been taken yet: the program
				// is not stopping, so a second press stops it at once.
				fmt.Fprintln(os.Stderr)
				os.Exit(exitInterrupted)
			}
		}
	}()

	file, getenv, err := dotenvGetenv(dotenvPaths())
	if err != nil {
		fmt.Fprintf(os.Stderr, "articlebot: %v: fix or remove the .env file\n", err)
		return exitBadInput
	}
	std := stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr,
		inTTY: isTerminal(os.Stdin), outTTY: isTerminal(os.Stdout), errTTY: isTerminal(os.Stderr),
		interrupts: interrupts, envFile: file}
	return runWith(ctx, os.Args[1:], std, getenv)
}
