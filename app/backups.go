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
)

// backupStore is what the Backups screen needs from the database.
type backupStore interface {
	Backup() (data.Backup, error)
	BackupIfDue(force bool) (bool, error)
	BackupDir() string
	Restore(path string) (data.Backup, error)
	Check() (data.CheckReport, error)
	NetworkFileSystem() string
}

// backupCheckEvery is how often the app looks whether a backup is due.
const backupCheckEvery = 5 * time.Minute

// startBackups makes a backup every 30 minutes while something changes.
// It runs on the worker, in order with the writes.
func (u *UI) startBackups() {
	go func() {
		t := time.NewTicker(backupCheckEvery)
		defer t.Stop()
		for {
			select {
			case <-u.quit:
				return
			case <-t.C:
				u.background(func() {
					if _, err := u.store.BackupIfDue(false); err != nil {
						u.do(func() {
							u.showError("The automatic backup failed. Your data is safe; check that the disk has free space.", err)
						})
					}
				})
			}
		}
	}()
}

// showBackups lists the backups with Restore, and offers Back up now and
// Check database.
func (u *UI) showBackups() {
	dir := u.store.BackupDir()
	u.background(func() {
		list, err := data.ListBackups(dir)
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not list the backups", err), err)
				return
			}
			u.presentBackups(dir, list)
		})
	})
}

func (u *UI) presentBackups(dir string, list []data.Backup) {
	var d *fitDialog
	intro := widget.NewLabel(fmt.Sprintf("Chapterwise backs up your database every 30 minutes while you study and when you quit, "+
		"keeping about 12 daily, 10 weekly and 9 monthly copies in %s. Restoring one first backs up what you have now.", dir))
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	if len(list) == 0 {
		rows.Add(widget.NewLabel("No backups yet."))
	}
	for _, b := range list {
		label := widget.NewLabel(fmt.Sprintf("%s  ·  %s", b.Time.Local().Format("Mon 2 Jan 2006 15:04"), humanSize(b.Size)))
		restore := widget.NewButtonWithIcon("Restore", theme.HistoryIcon(), func() {
			d.Hide()
			u.confirmRestore(b)
		})
		rows.Add(newBorder(nil, nil, nil, restore, label))
	}
	now := widget.NewButtonWithIcon("Back up now", theme.DocumentSaveIcon(), func() {
		d.Hide()
		u.background(func() {
			b, err := u.store.Backup()
			u.do(func() {
				if err != nil {
					u.showError(userMessage("The backup failed", err), err)
					return
				}
				showInformation("Backed up", "Saved "+b.Path+" ("+humanSize(b.Size)+").", u.w)
			})
		})
	})
	check := widget.NewButtonWithIcon("Check database", theme.ConfirmIcon(), func() {
		d.Hide()
		u.checkDatabase()
	})
	d = newCustom("Backups", "Close", container.NewVBox(intro, newFlow(now, check), rows), u.w)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func (u *UI) confirmRestore(b data.Backup) {
	msg := fmt.Sprintf("Replace your data with the backup from %s? What you have now is backed up first, so this can be undone by restoring that backup.",
		b.Time.Local().Format("Mon 2 Jan 2006 15:04"))
	showConfirm("Restore a backup?", msg, func(yes bool) {
		if yes {
			u.restore(b.Path)
		}
	}, u.w)
}

// restore swaps the database for a backup and reloads every screen.
func (u *UI) restore(path string) {
	// sessions on screen belong to the data being replaced
	u.quiz.endSitting()
	u.flash.endSession()
	u.background(func() {
		safety, err := u.store.Restore(path)
		if err != nil {
			u.do(func() { u.showError(userMessage("The backup could not be restored", err), err) })
			return
		}
		u.loadInitial()
		u.do(func() {
			showInformation("Restored", "The backup is restored. What you had before is kept in "+safety.Path+".", u.w)
		})
	})
}

// checkDatabase runs the check and shows its report.
func (u *UI) checkDatabase() {
	prog := newFitDialog("Checking the database…", widget.NewProgressBarInfinite(), u.w)
	prog.Show()
	u.background(func() {
		r, err := u.store.Check()
		u.do(func() {
			prog.Hide()
			switch {
			case errors.Is(err, data.ErrDamaged):
				u.showError("The check found damage: "+r.QuickCheck+". Restore a backup from Backups.", err)
				return
			case err != nil:
				u.showError(userMessage("The check could not finish", err), err)
				return
			}
			showInformation("Database checked", r.String(), u.w)
		})
	})
}

// warnNetworkFS warns once at start when the database is on a network
// file system, where SQLite's write-ahead log is not safe.
func (u *UI) warnNetworkFS() {
	fs := u.store.NetworkFileSystem()
	if fs == "" {
		return
	}
	u.do(func() {
		showInformation("Your database is on a network drive",
			"Chapterwise keeps your work in a database on a "+fs+" network file system. SQLite cannot always keep such files safe. "+
				"Start Chapterwise with --db on a local disk (your backups can still be copied to the network).", u.w)
	})
}

// showRecovery tells the user that the database was damaged, where the
// damaged file is kept, and offers the newest backup.
func (u *UI) showRecovery(rec *data.Recovery) {
	if rec.Backup == nil {
		msg := widget.NewLabel(fmt.Sprintf("Your Chapterwise database could not be read, so a new one was started. "+
			"The damaged file was kept as %s. There was no backup to restore.", rec.MovedTo))
		msg.Wrapping = fyne.TextWrapWord
		d := newCustom("Started with a fresh database", "OK", container.NewVBox(msg,
			widget.NewAccordion(widget.NewAccordionItem("Details", widget.NewLabel(rec.Reason.Error())))), u.w)
		d.Resize(fyne.NewSize(520, 240))
		d.Show()
		return
	}
	msg := fmt.Sprintf("Your Chapterwise database could not be read. It was kept as %s and a new one was started. "+
		"Restore the newest backup, from %s? (Enter: restore)", rec.MovedTo, rec.Backup.Time.Local().Format("Mon 2 Jan 2006 15:04"))
	d := newConfirm("Your database was damaged", msg, func(yes bool) {
		if yes {
			u.restore(rec.Backup.Path)
		}
	}, u.w)
	d.SetConfirmText("Restore the backup")
	d.SetDismissText("Start fresh")
	d.SetOnEnter(d.Confirm)
	d.Show()
}
