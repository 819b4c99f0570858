package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Every dialog goes through fitDialog (or, for Fyne's file dialogs,
// fitFileDialog), so that every dialog fits its window: a Fyne dialog made
// directly grows past a small window and draws its buttons over its
// content.
func TestEveryDialogIsAFittingDialog(t *testing.T) {
	direct := regexp.MustCompile(`dialog\.(Show|New)(Custom|Confirm|Form|Information|Error|Entry|Progress)\w*\(`)
	fileDialog := regexp.MustCompile(`(\w+) :?= dialog\.New(FileOpen|FileSave|FolderOpen)\(`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "dialogs.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, m := range direct.FindAllString(src, -1) {
			t.Errorf("%s: %s… makes a Fyne dialog directly; use newCustom, newConfirm, newForm or showInformation", f, m)
		}
		for _, m := range fileDialog.FindAllStringSubmatch(src, -1) {
			if !strings.Contains(src, "fitFileDialog("+m[1]+",") {
				t.Errorf("%s: the %s dialog %q is not bounded by fitFileDialog", f, m[2], m[1])
			}
		}
	}
}

func TestEnterBelongsToTheDialogOnTop(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := newClockUI(t, &now)
	showChapterWithCards(t, u)
	test.Tap(findButton(t, u.reader.page, "Study this chapter"))
	if !u.flash.studying() {
		t.Fatal("no session")
	}
	// a message without an Enter of its own: Enter does not reach the card behind it
	showInformation("A note", "Something to read.", u.w)
	key(u, fyne.KeyReturn)
	if u.flash.rateRow.Visible() {
		t.Error("Enter in a message showed the card's answer behind it")
	}
	key(u, fyne.KeyEscape)
	if u.w.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc left the message open")
	}
	key(u, fyne.KeyReturn)
	if !u.flash.rateRow.Visible() {
		t.Error("Enter with no dialog did not show the answer")
	}
	// a dialog with its own Enter runs it, once
	ran := 0
	d := newConfirm("Go on?", "Enter goes on.", func(yes bool) {
		if yes {
			ran++
		}
	}, u.w)
	d.SetOnEnter(d.Confirm)
	d.Show()
	key(u, fyne.KeyReturn)
	key(u, fyne.KeyReturn)
	if ran != 1 || u.w.Canvas().Overlays().Top() != nil {
		t.Errorf("Enter confirmed %d times, dialog open %v", ran, u.w.Canvas().Overlays().Top() != nil)
	}
}
