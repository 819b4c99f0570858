package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// After the window has begun to close, work still queued runs to the end
// (what it saves is saved) but its results are not applied to the window:
// once Fyne's loop has ended, fyne.Do runs on the worker itself, where
// touching the destroyed window crashed the app. The test driver runs
// fyne.Do on the calling goroutine too, so it sees what the real driver
// does after its loop has ended.
func TestWorkAfterClosingSavesButLeavesTheWindowAlone(t *testing.T) {
	u, store := newTestUI(t, "")
	title := u.w.Title()
	before, err := store.Library()
	if err != nil {
		t.Fatal(err)
	}

	u.Closing()
	article := []byte("A Late Article\n\nThe first chapter\n\nIn 1998 the council adopted the Open Sky Policy after long talks.\n")
	u.background(func() { u.openData("late.txt", article) })
	u.Sync()

	after, err := store.Library()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before)+1 {
		t.Fatalf("library holds %d articles after closing, want %d: work queued before the close must still be saved", len(after), len(before)+1)
	}
	if got := u.w.Title(); got != title {
		t.Fatalf("window title changed to %q after Closing; results must not be applied to a closing window", got)
	}
	ran := false
	u.do(func() { ran = true })
	if u.doAndWait(func() { ran = true }) || ran {
		t.Fatal("do/doAndWait ran their function after Closing")
	}
}

// A job waiting for its result to be applied must not wait for ever when
// Fyne's loop ends without running it: a SIGTERM is handled by Fyne
// itself too and can end the loop before the window is told it is
// closing, and the worker stuck in fyne.DoAndWait kept the process from
// exiting (a CI run of TestStartRightAfterCloseUnderXvfb).
func TestDoAndWaitReturnsWhenTheLoopEndsWithoutRunningIt(t *testing.T) {
	u, _ := newTestUI(t, "")
	u.run = func(func()) {} // queued, never run: the loop has ended
	returned := make(chan bool)
	go func() { returned <- u.doAndWait(func() { t.Error("the dropped function ran") }) }()
	select {
	case <-returned:
		t.Fatal("doAndWait returned before its function ran or the window went")
	case <-time.After(50 * time.Millisecond):
	}
	u.Closing()
	select {
	case ran := <-returned:
		if ran {
			t.Fatal("doAndWait said its function ran")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("doAndWait still waits after Closing: the worker would never stop")
	}
}

// Every result applied from work goes through UI.do or UI.doAndWait, so
// none reaches a window that has gone; only app.go may call fyne.Do.
func TestOnlyUIDoCallsFyneDo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "app.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "fyne" && (sel.Sel.Name == "Do" || sel.Sel.Name == "DoAndWait") {
				t.Errorf("%s: fyne.%s: use u.do or u.doAndWait, which skip a closing window", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
}
