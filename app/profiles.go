package app

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// profileStore is what the profile switcher needs from the database.
type profileStore interface {
	Profiles() ([]quiz.Profile, error)
	Profile(id int64) (quiz.Profile, error)
	CreateProfile(name string, role quiz.Role) (quiz.Profile, error)
	SetPIN(profileID int64, current, pin string) error
	HasPIN(profileID int64) (bool, error)
	CheckPIN(profileID int64, pin string) error
}

func roleName(r quiz.Role) string {
	if r == quiz.Teacher {
		return "teacher"
	}
	return "student"
}

// setProfile makes p the active profile on the UI goroutine: the rail
// shows it, Teach appears for teachers and locks again when the profile
// changes (a reload of the same profile keeps a PIN just given).
func (u *UI) setProfile(p quiz.Profile) {
	if p.ID != u.profile.ID {
		u.unlocked = false
	}
	u.profile = p
	u.prefs.setLastProfile(p.ID)
	if u.profileBtn != nil {
		u.profileBtn.SetText(fmt.Sprintf("%s · %s  Ctrl+Shift+P", p.Name, roleName(p.Role)))
	}
	if b := u.railBtn[sectionTeach]; b != nil {
		if p.Role == quiz.Teacher {
			b.Show()
		} else {
			b.Hide()
		}
	}
}

// switchProfile changes the active profile and reloads every screen
// with its own progress, cards and quizzes.
func (u *UI) switchProfile(p quiz.Profile) {
	u.quiz.endSitting()
	u.flash.endSession()
	u.setProfile(p)
	if u.current == sectionTeach {
		u.show(sectionRead)
	}
	u.background(u.loadInitial)
}

// showProfiles is the profile switcher.
func (u *UI) showProfiles() {
	u.background(func() {
		list, err := u.store.Profiles()
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not list the profiles", err), err)
				return
			}
			u.presentProfiles(list)
		})
	})
}

func (u *UI) presentProfiles(list []quiz.Profile) {
	var d *fitDialog
	rows := container.NewVBox()
	for _, p := range list {
		label := widget.NewLabel(fmt.Sprintf("%s · %s", p.Name, roleName(p.Role)))
		if p.ID == u.profile.ID {
			label.TextStyle.Bold = true
			label.SetText(label.Text + "  (active)")
			rows.Add(label)
			continue
		}
		sw := widget.NewButton("Switch", func() {
			d.Hide()
			u.requestSwitch(p)
		})
		rows.Add(newBorder(nil, nil, nil, sw, label))
	}
	newBtn := widget.NewButtonWithIcon("New profile", theme.ContentAddIcon(), func() {
		d.Hide()
		u.newProfileDialog()
	})
	buttons := newFlow(newBtn)
	if u.profile.Role == quiz.Teacher {
		buttons.Add(widget.NewButtonWithIcon("Set PIN", theme.AccountIcon(), func() {
			d.Hide()
			u.setPINDialog()
		}))
	}
	intro := widget.NewLabel("Each person who studies on this computer has a profile with their own reading progress, cards, reviews and quizzes. Teacher profiles also have the Teach section (Ctrl+5).")
	intro.Wrapping = fyne.TextWrapWord
	d = newCustom("Profiles", "Close", container.NewVBox(intro, rows, buttons), u.w)
	d.Resize(fyne.NewSize(520, 400))
	d.Show()
}

func (u *UI) newProfileDialog() {
	name := widget.NewEntry()
	name.SetPlaceHolder("Name")
	role := widget.NewRadioGroup([]string{"Student", "Teacher"}, nil)
	role.SetSelected("Student")
	role.Required = true
	d := newForm("New profile", "Create", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name), widget.NewFormItem("Role", role)}, func(ok bool) {
		if !ok {
			return
		}
		r := quiz.Student
		if role.Selected == "Teacher" {
			r = quiz.Teacher
		}
		u.background(func() {
			p, err := u.store.CreateProfile(name.Text, r)
			u.do(func() {
				if err != nil {
					msg := "The profile was not created"
					if errors.Is(err, data.ErrNameTaken) || errors.Is(err, data.ErrProfileName) {
						msg += ": " + err.Error()
					}
					u.showError(msg+".", err)
					return
				}
				u.switchProfile(p)
			})
		})
	}, u.w)
	d.Resize(fyne.NewSize(420, 220))
	d.Show()
	u.w.Canvas().Focus(name)
}

// requestSwitch switches to p, asking for its PIN first when p is a
// teacher profile behind one. The PIN given also unlocks Teach.
func (u *UI) requestSwitch(p quiz.Profile) {
	if p.Role != quiz.Teacher {
		u.switchProfile(p)
		return
	}
	u.withPIN(p.ID, "Switch to "+p.Name, "Switch", func(asked bool) {
		u.switchProfile(p)
		u.unlocked = asked
	})
}

// pinMessage says why a PIN was refused and what to do next.
func pinMessage(err error, stays string) string {
	var wait *data.PINWaitError
	switch {
	case errors.As(err, &wait):
		return fmt.Sprintf("Too many wrong PINs. Wait %s, then try again. %s", wait.Wait.Round(time.Second), stays)
	case errors.Is(err, data.ErrWrongPIN):
		return "That PIN is not right. " + stays
	}
	return userMessage("Could not check the PIN", err)
}

// withPIN runs then on the UI goroutine once the PIN of profile id is
// given (asked: true), or at once when the profile has none (asked:
// false). A wrong PIN shows why and does not run then.
func (u *UI) withPIN(id int64, title, confirm string, then func(asked bool)) {
	u.background(func() {
		has, err := u.store.HasPIN(id)
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not read the PIN", err), err)
				return
			}
			if !has {
				then(false)
				return
			}
			u.askPIN(id, title, confirm, func() { then(true) })
		})
	})
}

// askPIN shows the PIN prompt for profile id and runs then when the PIN
// is right.
func (u *UI) askPIN(id int64, title, confirm string, then func()) {
	pin := widget.NewPasswordEntry()
	var d *fitDialog
	check := func() {
		entered := pin.Text
		u.background(func() {
			err := u.store.CheckPIN(id, entered)
			u.do(func() {
				if err != nil {
					u.showError(pinMessage(err, "Nothing was opened."), err)
					return
				}
				then()
			})
		})
	}
	d = newForm(title, confirm, "Cancel", []*widget.FormItem{widget.NewFormItem("PIN", pin)}, func(ok bool) {
		if ok {
			check()
		}
	}, u.w)
	pin.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(360, 180))
	d.Show()
	u.w.Canvas().Focus(pin)
}

// setPINDialog sets, changes or removes the active teacher's PIN; a PIN
// already set must be given first.
func (u *UI) setPINDialog() {
	id := u.profile.ID
	u.background(func() {
		has, err := u.store.HasPIN(id)
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not read the PIN", err), err)
				return
			}
			u.presentPINForm(id, has)
		})
	})
}

func (u *UI) presentPINForm(id int64, has bool) {
	current, pin, again := widget.NewPasswordEntry(), widget.NewPasswordEntry(), widget.NewPasswordEntry()
	pin.SetPlaceHolder("4 to 12 digits; empty removes the PIN")
	var items []*widget.FormItem
	if has {
		items = append(items, widget.NewFormItem("Current PIN", current))
	}
	items = append(items, widget.NewFormItem("New PIN", pin), widget.NewFormItem("Again", again))
	d := newForm("PIN for "+u.profile.Name, "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if pin.Text != again.Text {
			u.showError("The two new PINs differ; nothing was changed. Type the same PIN twice.", errors.New("PINs differ"))
			return
		}
		old, next := current.Text, pin.Text
		u.background(func() {
			err := u.store.SetPIN(id, old, next)
			u.do(func() {
				switch {
				case errors.Is(err, data.ErrWrongPIN) || errors.Is(err, data.ErrPINWait):
					u.showError(pinMessage(err, "The PIN was not changed."), err)
				case err != nil:
					u.showError("The PIN was not set: "+err.Error()+".", err)
				case next == "":
					u.unlocked = true
					showInformation("PIN removed", "The Teach section and answer keys open without a PIN.", u.w)
				default:
					u.unlocked = true
					showInformation("PIN saved", "The Teach section and answer keys now ask for this PIN.", u.w)
				}
			})
		})
	}, u.w)
	d.Resize(fyne.NewSize(420, 260))
	d.Show()
	if has {
		u.w.Canvas().Focus(current)
	} else {
		u.w.Canvas().Focus(pin)
	}
}

// unlockTeach asks for the PIN when the teacher profile has one, then
// runs then.
func (u *UI) unlockTeach(then func()) {
	if u.profile.Role != quiz.Teacher {
		return
	}
	if u.unlocked {
		then()
		return
	}
	u.withPIN(u.profile.ID, "Teach is locked", "Unlock", func(bool) {
		u.unlocked = true
		then()
	})
}
