package app

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz/interop"
)

// exportOverlay finds the first widget of type T in the top dialog.
func exportOverlay[T any](t *testing.T, u *UI, match func(T) bool) T {
	t.Helper()
	var found T
	ok := false
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if w, is := o.(T); is && !ok && match(w) {
			found, ok = w, true
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, x := range c.Objects {
				walk(x)
			}
		case fyne.Widget:
			for _, x := range test.WidgetRenderer(c).Objects() {
				walk(x)
			}
		}
	}
	top := u.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	walk(top)
	if !ok {
		t.Fatalf("no %T in the dialog", found)
	}
	return found
}

func tapDialogButton(t *testing.T, u *UI, text string) {
	t.Helper()
	test.Tap(exportOverlay(t, u, func(b *widget.Button) bool { return b.Text == text }))
}

// TestExportAndImportFromTheDeck exports the deck to files as a user
// would (the save dialog answered with a temporary file), then imports a
// Quizlet file through the preview.
func TestExportAndImportFromTheDeck(t *testing.T) {
	u, store := newTestUI(t, "")
	f := u.flash
	if f.doc == nil || len(f.cards) < 10 {
		t.Fatalf("the deck is not loaded: %d cards", len(f.cards))
	}
	saved := saveIntoTempDir(t)
	b := f.browse
	// A suspended card stays out.
	if err := store.SetSuspended(u.profile.ID, f.doc.item.ID, f.cards[0].Card.Key, f.cards[0].Card.Chapter, true); err != nil {
		t.Fatal(err)
	}
	f.load(f.doc)
	u.Sync()

	b.showExport() // the Anki package is the first choice
	tapDialogButton(t, u, "Export…")
	zr, err := zip.OpenReader(*saved)
	if err != nil {
		t.Fatalf("the export is not an Anki package: %v", err)
	}
	if len(zr.File) != 2 || zr.File[0].Name != "collection.anki2" || zr.File[1].Name != "media" {
		t.Fatalf("the package holds %v", zr.File)
	}
	zr.Close()

	b.showExport()
	exportOverlay(t, u, func(*widget.RadioGroup) bool { return true }).SetSelected("Spreadsheet (.csv)")
	tapDialogButton(t, u, "Export…")
	raw, err := os.ReadFile(*saved)
	if err != nil {
		t.Fatal(err)
	}
	cards, err := interop.ReadCards(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(cards) != len(f.cards)-1 {
		t.Fatalf("exported %d cards of %d, one suspended", len(cards), len(f.cards))
	}
	if b.count.Text == "" || filepath.Ext(*saved) != ".csv" {
		t.Fatalf("after export: %q, %s", b.count.Text, *saved)
	}

	before := len(f.cards)
	p := b.showImport("quizlet.txt", []byte("sun\tsol\nmoon\tluna\nstar\testrella\n"))
	if len(p.cards) != 3 || p.delimiter.Selected != "Tab" {
		t.Fatalf("preview: %d cards, separator %q, %q", len(p.cards), p.delimiter.Selected, p.status.Text)
	}
	p.delimiter.SetSelected("Comma") // the wrong separator: nothing to import
	if len(p.cards) != 0 || p.status.Text == "" {
		t.Fatalf("with commas: %d cards, %q", len(p.cards), p.status.Text)
	}
	p.delimiter.SetSelected("Tab")
	p.chapter.SetSelectedIndex(2)
	tapDialogButton(t, u, "Import")
	u.Sync()
	edits, err := store.CardEdits(u.profile.ID, f.doc.item.ID)
	if err != nil {
		t.Fatal(err)
	}
	own := 0
	for _, e := range edits {
		if e.Own && e.Chapter == 2 {
			own++
		}
	}
	if own != 3 || len(f.cards) != before+3 {
		t.Fatalf("imported %d own cards in chapter 3; the deck has %d cards, had %d", own, len(f.cards), before)
	}
}

// TestAssignmentQuestionsOutAndIn exports an assignment's questions as
// Moodle XML and GIFT from the editor and imports a GIFT file into it.
func TestAssignmentQuestionsOutAndIn(t *testing.T) {
	u, _ := newTestUI(t, "")
	tt := u.teach
	saved := saveIntoTempDir(t)
	tt.newAssignment()
	gift := "$CATEGORY: $course$/top/X/" + u.doc.art.Chapters[1].Title + "\n\n" +
		"::a:: The sky is blue. {T}\n\n::b:: Capital of Mongolia? {=Ulaanbaatar =Ulan Bator}\n\n" +
		"::c:: Pick {~x ~y =z}\n\n::d:: Essay {}\n\n::e:: Same {=p ~p}\n"
	got, err := interop.ReadGIFT([]byte(gift))
	if err != nil {
		t.Fatal(err)
	}
	tt.addImported("bank.gift", got)
	if len(tt.cur.Questions) != 3 || tt.cur.Questions[0].Chapter != 1 || tt.cur.Questions[2].ID != "q3" {
		t.Fatalf("added %+v", tt.cur.Questions)
	}
	if top := u.w.Canvas().Overlays().Top(); top == nil {
		t.Fatal("the questions left out were not listed")
	} else {
		top.Hide()
	}
	for i, f := range questionFormats[:2] {
		tt.exportQuestions(f)
		raw, err := os.ReadFile(*saved)
		if err != nil {
			t.Fatal(err)
		}
		back, err := interop.ReadQuestions(raw)
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Questions) != 3 || back.Questions[1].Question.Answer[0] != "Ulaanbaatar" {
			t.Fatalf("format %d read back %+v", i, back)
		}
	}
}

// saveIntoTempDir answers the save dialog with a file of that name in a
// temporary folder; the returned string holds the last file's path.
func saveIntoTempDir(t *testing.T) *string {
	t.Helper()
	dir := t.TempDir()
	saved := new(string)
	orig := saveFile
	t.Cleanup(func() { saveFile = orig })
	saveFile = func(u *UI, name string, exts []string, what string, write func(io.Writer) error, done func(string)) {
		*saved = filepath.Join(dir, name)
		out, err := os.Create(*saved)
		if err != nil {
			t.Fatal(err)
		}
		if err := write(out); err != nil {
			t.Fatal(err)
		}
		out.Close()
		done(name)
	}
	return saved
}
