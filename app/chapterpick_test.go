package app

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func bookTitles(n int) []string {
	var out []string
	for i := 1; i <= n; i++ {
		t := fmt.Sprintf("%d. Region %d and its neighbours", i, i)
		if i%5 == 0 {
			t = fmt.Sprintf("%d. The long negotiations over region %d", i, i)
		}
		out = append(out, t)
	}
	return out
}

func TestChapterPickerScalesToABook(t *testing.T) {
	test.NewTempApp(t)
	read := []int{0, 3, 6, 9, 12, 15, 18}
	p := newChapterPicker(bookTitles(60), read)

	if chs, err := p.chapters(); chs != nil || err != nil {
		t.Fatalf("the whole article: chapters %v, %v", chs, err)
	}
	if p.details.Visible() || p.summary.Text != "60 of 60 chapters." {
		t.Errorf("the list shows (%v) or the summary is %q", p.details.Visible(), p.summary.Text)
	}

	p.mode.SetSelected(p.readOpt)
	if chs, _ := p.chapters(); !reflect.DeepEqual(chs, read) || !strings.HasPrefix(p.summary.Text, "7 of 60 chapters") {
		t.Errorf("chapters read: %v, summary %q", chs, p.summary.Text)
	}

	p.mode.SetSelected(p.chooseOpt) // starts from the chapters read
	if chs, _ := p.chapters(); !reflect.DeepEqual(chs, read) || !p.details.Visible() || p.summary.Text != "7 of 60 chapters chosen." {
		t.Errorf("choosing: %v, list shown %v, summary %q", chs, p.details.Visible(), p.summary.Text)
	}

	p.list.Select(1) // a tap on a row's title ticks it, and again unticks it
	if !p.chosen[1] || p.summary.Text != "8 of 60 chapters chosen." {
		t.Errorf("tapping chapter 2: chosen %v, summary %q", p.chosen[1], p.summary.Text)
	}
	p.list.Select(1)
	if p.chosen[1] {
		t.Error("a second tap did not untick chapter 2")
	}

	test.Type(p.filter, "long negotiations")
	if len(p.shown) != 12 || p.list.Length() != 12 {
		t.Fatalf("the filter shows %d chapters, the list %d", len(p.shown), p.list.Length())
	}
	test.Tap(p.all) // ticks the 12 shown (chapter index 9 is also read)
	if chs, _ := p.chapters(); len(chs) != 7+12-1 {
		t.Errorf("after select all: %d chapters %v", len(chs), chs)
	}
	if !strings.HasPrefix(p.summary.Text, "18 of 60 chapters chosen.") || !strings.Contains(p.summary.Text, "shows 12") {
		t.Errorf("summary %q", p.summary.Text)
	}
	test.Tap(p.none) // unticks only the 12 shown
	if chs, _ := p.chapters(); !reflect.DeepEqual(chs, []int{0, 3, 6, 12, 15, 18}) {
		t.Errorf("after select none: %v", chs)
	}
	test.Type(p.filter, "xyz")
	if len(p.shown) != 0 {
		t.Errorf("a filter matching nothing shows %d", len(p.shown))
	}

	test.Tap(p.toggle) // collapse to the summary
	if p.details.Visible() || p.toggle.Text != "Show the list" || !strings.HasPrefix(p.summary.Text, "6 of 60 chapters chosen.") {
		t.Errorf("collapsed: list %v, toggle %q, summary %q", p.details.Visible(), p.toggle.Text, p.summary.Text)
	}
	p.filter.SetText("")
	test.Tap(p.none)
	if _, err := p.chapters(); err == nil {
		t.Error("no chapter chosen is not an error")
	}
}

func TestChapterPickerWithNothingRead(t *testing.T) {
	test.NewTempApp(t)
	p := newChapterPicker(bookTitles(3), nil)
	p.mode.SetSelected(p.readOpt)
	if _, err := p.chapters(); err == nil || !strings.Contains(p.summary.Text, "not marked any chapter read") {
		t.Errorf("nothing read: err %v, summary %q", err, p.summary.Text)
	}
}

// The New quiz dialog starts a quiz on the chapters chosen with the filter
// and select all, in a 60-chapter book at the smallest window.
func TestNewQuizOnChaptersChosenInABook(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
	u, _ := startTestUI(t, "", Options{ArticlePath: "book.md", ArticleData: generatedBook(bookChapters),
		Now: func() time.Time { return now }, Rand: func() float64 { return 0 }})
	u.w.Resize(minWindowSize)
	u.quiz.open()
	u.Sync()
	u.quiz.showNewQuiz()
	d := dialogOf(u.w.Canvas().Overlays().Top())
	if d == nil {
		t.Fatal("New quiz is not a fitting dialog")
	}
	if s := d.pop.Content.Size(); s.Height > minWindowSize.Height || s.Width > minWindowSize.Width {
		t.Errorf("the dialog is %v in a %v window", s, minWindowSize)
	}
	tapRadio(t, u, "Choose chapters")
	var filter *widget.Entry
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && strings.HasPrefix(e.PlaceHolder, "Filter chapters") {
			filter = e
		}
	})
	if filter == nil {
		t.Fatal("no filter box")
	}
	test.Type(filter, "long negotiations")
	tapOverlay(t, u, "Select all")
	key(u, fyne.KeyReturn)
	u.Sync()
	tv := u.quiz.take
	if !u.quiz.showing(tv.root) {
		t.Fatal("the quiz did not start")
	}
	want := []int{}
	for i := 4; i < bookChapters; i += 5 {
		want = append(want, i)
	}
	if !reflect.DeepEqual(tv.qz.Spec.Chapters, want) || tv.qz.Spec.Title != "12 chapters" {
		t.Errorf("quiz on %v, %q; want %v", tv.qz.Spec.Chapters, tv.qz.Spec.Title, want)
	}
	for _, q := range tv.qz.Questions {
		if q.Chapter%5 != 4 {
			t.Errorf("question from chapter %d: %q", q.Chapter+1, q.Prompt)
		}
	}
}
