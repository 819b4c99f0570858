package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// screenContext is what a screen may use of the window besides its own
// store interface and callbacks: running work off the UI goroutine, the
// clock, and who and what is open.
type screenContext struct {
	worker
	now     func() time.Time
	profile func() int64     // the current profile's id (UI goroutine)
	doc     func() *document // the open article, or nil (UI goroutine)
	window  fyne.Window      // for dialogs and the keyboard focus
}

// context is the UI's screenContext.
func (u *UI) context() screenContext {
	return screenContext{worker: u, now: u.now, profile: func() int64 { return u.profile.ID }, doc: func() *document { return u.doc }, window: u.w}
}

// section is one place in the navigation rail. Code names a section by
// its constant; everything about it is in one row of sectionTable.
type section int

const (
	sectionToday section = iota
	sectionRead
	sectionFlashcards
	sectionQuiz
	sectionProgress
	sectionTeach
	sectionCount
)

// sectionInfo is one row of the navigation table: what the rail shows,
// the key that opens it with Ctrl, the screen it shows and the keys the
// screen takes while it is on show.
type sectionInfo struct {
	name string
	icon fyne.Resource
	key  fyne.KeyName
	// screen is the section's root object.
	screen func() fyne.CanvasObject
	// open shows the section and refreshes what it shows; nil: just show it.
	open func()
	// typedKey and typedRune handle a key the canvas gets while the
	// section is on show; they report whether they used it. nil: none.
	typedKey  func(*fyne.KeyEvent) bool
	typedRune func(rune) bool
}

// sectionTable is every section, in rail order.
func (u *UI) sectionTable() [sectionCount]sectionInfo {
	return [sectionCount]sectionInfo{
		sectionToday: {name: "Today", icon: theme.HomeIcon(), key: fyne.Key0,
			screen: u.today.content, open: u.today.open, typedRune: u.today.typedRune},
		sectionRead: {name: "Read", icon: theme.DocumentIcon(), key: fyne.Key1,
			screen: u.reader.content, typedKey: u.reader.typedKey},
		sectionFlashcards: {name: "Flashcards", icon: theme.GridIcon(), key: fyne.Key2,
			screen: u.flash.content, open: u.flash.open, typedKey: u.flash.typedKey, typedRune: u.flash.typedRune},
		sectionQuiz: {name: "Quiz", icon: theme.QuestionIcon(), key: fyne.Key3,
			screen: u.quiz.content, open: u.quiz.open, typedKey: u.quiz.typedKey, typedRune: u.quiz.typedRune},
		sectionProgress: {name: "Progress", icon: theme.HistoryIcon(), key: fyne.Key4,
			screen: u.prog.content, open: u.prog.open},
		sectionTeach: {name: "Teach", icon: theme.AccountIcon(), key: fyne.Key5,
			screen: u.teach.content, open: u.teach.open},
	}
}

// String is the section's name.
func (s section) String() string {
	names := [...]string{"Today", "Read", "Flashcards", "Quiz", "Progress", "Teach"}
	if s < 0 || int(s) >= len(names) {
		return "section?"
	}
	return names[s]
}

// keyName is how a section's key is written on its button: with Ctrl.
func keyName(k fyne.KeyName) string { return "Ctrl+" + string(k) }

// choose opens a section as its rail button does.
func (u *UI) choose(s section) {
	if info := u.sectionTable()[s]; info.open != nil {
		info.open()
		return
	}
	u.show(s)
}

func (u *UI) buildRail() *fyne.Container {
	box := container.NewVBox()
	for i, s := range u.sectionTable() {
		sec := section(i)
		b := widget.NewButtonWithIcon(s.name+"  "+keyName(s.key), s.icon, func() { u.choose(sec) })
		b.Alignment = widget.ButtonAlignLeading
		u.railBtn[sec] = b
		box.Add(b)
	}
	box.Add(layout.NewSpacer())
	lib := widget.NewButtonWithIcon("Library  Ctrl+L", theme.FolderOpenIcon(), u.library.show)
	lib.Alignment = widget.ButtonAlignLeading
	u.profileBtn = widget.NewButtonWithIcon("Profile  Ctrl+Shift+P", theme.AccountIcon(), u.showProfiles)
	u.profileBtn.Alignment = widget.ButtonAlignLeading
	box.Add(u.profileBtn)
	backups := widget.NewButtonWithIcon("Backups  Ctrl+Shift+B", theme.StorageIcon(), u.showBackups)
	backups.Alignment = widget.ButtonAlignLeading
	box.Add(backups)
	help := widget.NewButtonWithIcon("Keys  F1", theme.HelpIcon(), u.showShortcuts)
	help.Alignment = widget.ButtonAlignLeading
	box.Add(lib)
	box.Add(help)
	u.current = sectionToday
	u.highlight(sectionToday)
	return box
}

func (u *UI) highlight(s section) {
	for n, b := range u.railBtn {
		if n == s {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.LowImportance
		}
		b.Refresh()
	}
}

// show puts a section's screen on show, as it is.
func (u *UI) show(s section) {
	if s != u.current {
		// the keyboard leaves a screen that goes out of sight
		u.w.Canvas().Unfocus()
	}
	u.current = s
	u.highlight(s)
	u.body.Objects = []fyne.CanvasObject{u.sectionTable()[s].screen()}
	u.body.Refresh()
}
