// Command chapterwise is a desktop study-and-quiz app: it opens an article,
// presents it chapter by chapter and turns it into flashcards and quizzes.
//
// main only wires: it reads the command line, opens the store and builds
// the UI; the subcommands live in cli.go.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run dispatches to a subcommand or starts the window; it returns the exit
// status.
func run(args []string) int {
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			return cmd.run(args[1:])
		}
	}
	return runGUI(args)
}

func fail(format string, a ...any) int {
	fmt.Fprintf(os.Stderr, "chapterwise: "+format+"\n", a...)
	return 1
}
