package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
	SetPIN(profileID int64, pin string) error
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
// shows it, Teach appears for teachers and locks again.
func (u *UI) setProfile(p quiz.Profile) {
	u.profile = p
	u.unlocked = false
	u.prefs.setLastProfile(p.ID)
	if u.profileBtn != nil {
		u.profileBtn.SetText(fmt.Sprintf("%s · %s", p.Name, roleName(p.Role)))
	}
	if b := u.railBtn["Teach"]; b != nil {
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
	if u.quiz.showing(u.quiz.take.root) {
		u.quiz.leaveToHome()
	}
	if u.flash.studying() || u.flash.browsing() {
		u.flash.leave()
	}
	u.setProfile(p)
	if u.current == "Teach" {
		u.show("Read", u.reader.content())
	}
	u.background(func() {
		u.reader.loadInitial()
		u.quiz.offerResume()
	})
}

// showProfiles is the profile switcher.
func (u *UI) showProfiles() {
	u.background(func() {
		list, err := u.store.Profiles()
		fyne.Do(func() {
			if err != nil {
				u.showError(userMessage("Could not list the profiles", err), err)
				return
			}
			u.presentProfiles(list)
		})
	})
}

func (u *UI) presentProfiles(list []quiz.Profile) {
	var d dialog.Dialog
	rows := container.NewVBox()
	for _, p := range list {
		p := p
		label := widget.NewLabel(fmt.Sprintf("%s · %s", p.Name, roleName(p.Role)))
		if p.ID == u.profile.ID {
			label.TextStyle.Bold = true
			label.SetText(label.Text + "  (active)")
			rows.Add(label)
			continue
		}
		sw := widget.NewButton("Switch", func() {
			d.Hide()
			u.switchProfile(p)
		})
		rows.Add(container.NewBorder(nil, nil, nil, sw, label))
	}
	newBtn := widget.NewButtonWithIcon("New profile", theme.ContentAddIcon(), func() {
		d.Hide()
		u.newProfileDialog()
	})
	buttons := container.NewHBox(newBtn)
	if u.profile.Role == quiz.Teacher {
		buttons.Add(widget.NewButtonWithIcon("Set PIN", theme.AccountIcon(), func() {
			d.Hide()
			u.setPINDialog()
		}))
	}
	intro := widget.NewLabel("Each person who studies on this computer has a profile with their own reading progress, cards, reviews and quizzes. Teacher profiles also have the Teach section (Ctrl+5).")
	intro.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom("Profiles", "Close", container.NewBorder(intro, buttons, nil, nil, container.NewVScroll(rows)), u.w)
	d.Resize(fyne.NewSize(520, 400))
	d.Show()
}

func (u *UI) newProfileDialog() {
	name := widget.NewEntry()
	name.SetPlaceHolder("Name")
	role := widget.NewRadioGroup([]string{"Student", "Teacher"}, nil)
	role.SetSelected("Student")
	role.Required = true
	d := dialog.NewForm("New profile", "Create", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name), widget.NewFormItem("Role", role)}, func(ok bool) {
		u.onEnter = nil
		if !ok {
			return
		}
		r := quiz.Student
		if role.Selected == "Teacher" {
			r = quiz.Teacher
		}
		u.background(func() {
			p, err := u.store.CreateProfile(name.Text, r)
			fyne.Do(func() {
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

func (u *UI) setPINDialog() {
	pin, again := widget.NewPasswordEntry(), widget.NewPasswordEntry()
	pin.SetPlaceHolder("4 to 12 digits; empty removes the PIN")
	d := dialog.NewForm("PIN for "+u.profile.Name, "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("PIN", pin), widget.NewFormItem("Again", again)}, func(ok bool) {
		if !ok {
			return
		}
		if pin.Text != again.Text {
			u.showError("The two PINs differ; nothing was changed.", errors.New("PINs differ"))
			return
		}
		id := u.profile.ID
		u.background(func() {
			err := u.store.SetPIN(id, pin.Text)
			fyne.Do(func() {
				if err != nil {
					u.showError("The PIN was not set: "+err.Error()+".", err)
					return
				}
				u.unlocked = pin.Text == ""
				dialog.ShowInformation("PIN saved", "The Teach section and answer keys now ask for this PIN.", u.w)
			})
		})
	}, u.w)
	d.Resize(fyne.NewSize(420, 220))
	d.Show()
	u.w.Canvas().Focus(pin)
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
	id := u.profile.ID
	u.background(func() {
		has, err := u.store.HasPIN(id)
		fyne.Do(func() {
			if err != nil {
				u.showError(userMessage("Could not read the PIN", err), err)
				return
			}
			if !has {
				u.unlocked = true
				then()
				return
			}
			pin := widget.NewPasswordEntry()
			var d *dialog.FormDialog
			check := func() {
				entered := pin.Text
				u.background(func() {
					err := u.store.CheckPIN(id, entered)
					fyne.Do(func() {
						if err != nil {
							u.showError("That PIN is not right. The Teach section stays locked.", err)
							return
						}
						u.unlocked = true
						then()
					})
				})
			}
			d = dialog.NewForm("Teach is locked", "Unlock", "Cancel", []*widget.FormItem{widget.NewFormItem("PIN", pin)}, func(ok bool) {
				if ok {
					check()
				}
			}, u.w)
			pin.OnSubmitted = func(string) { d.Submit() }
			d.Resize(fyne.NewSize(360, 180))
			d.Show()
			u.w.Canvas().Focus(pin)
		})
	})
}
