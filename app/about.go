package app

import (
	"runtime/debug"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// The About dialog (F1, then About): the version, the built-in article's
// source and the licences of the libraries built into this program.

// moduleLicences is the licence (an SPDX expression) of each Go module
// Chapterwise is built with, by module path. A module missing here shows
// as "see its licence file"; TestAboutKnowsEveryModule asks for an entry
// for every module go.mod requires.
// The texts ship with the packages (dist/: LICENSES, or
// /usr/share/doc/chapterwise/licenses in the .deb).
var moduleLicences = map[string]string{
	"codeberg.org/readeck/go-readability/v2": "MIT",
	"fyne.io/fyne/v2":                        "BSD-3-Clause",
	"fyne.io/systray":                        "Apache-2.0",
	"github.com/BurntSushi/toml":             "MIT",
	"github.com/andybalholm/cascadia":        "BSD-2-Clause",
	"github.com/davecgh/go-spew":             "ISC",
	"github.com/dustin/go-humanize":          "MIT",
	"github.com/fredbi/uri":                  "MIT",
	"github.com/fsnotify/fsnotify":           "BSD-3-Clause",
	"github.com/fyne-io/gl-js":               "BSD-3-Clause",
	"github.com/fyne-io/glfw-js":             "BSD-3-Clause",
	"github.com/fyne-io/image":               "BSD-3-Clause",
	"github.com/fyne-io/oksvg":               "BSD-3-Clause",
	"github.com/glebarez/go-sqlite":          "BSD-3-Clause",
	"github.com/glebarez/sqlite":             "MIT",
	"github.com/go-gl/gl":                    "MIT",
	"github.com/go-gl/glfw/v3.3/glfw":        "BSD-3-Clause AND Zlib",
	"github.com/go-pdf/fpdf":                 "MIT",
	"github.com/go-shiori/dom":               "MIT",
	"github.com/go-text/render":              "Unlicense OR BSD-3-Clause",
	"github.com/go-text/typesetting":         "Unlicense OR BSD-3-Clause",
	"github.com/godbus/dbus/v5":              "BSD-2-Clause",
	"github.com/gogs/chardet":                "MIT",
	"github.com/google/uuid":                 "BSD-3-Clause",
	"github.com/hack-pad/go-indexeddb":       "Apache-2.0",
	"github.com/hack-pad/safejs":             "Apache-2.0",
	"github.com/itlightning/dateparse":       "MIT",
	"github.com/jeandeaual/go-locale":        "MIT",
	"github.com/jinzhu/inflection":           "MIT",
	"github.com/jolestar/go-commons-pool/v2": "Apache-2.0",
	"github.com/jinzhu/now":                  "MIT",
	"github.com/jsummers/gobmp":              "MIT",
	"github.com/klippa-app/go-pdfium":        "MIT",
	"github.com/mattn/go-isatty":             "MIT",
	"github.com/nfnt/resize":                 "ISC",
	"github.com/nicksnyder/go-i18n/v2":       "MIT",
	"github.com/pmezard/go-difflib":          "BSD-3-Clause",
	"github.com/remyoudompheng/bigfft":       "BSD-3-Clause",
	"github.com/rymdport/portal":             "Apache-2.0",
	"github.com/srwiley/oksvg":               "BSD-3-Clause",
	"github.com/srwiley/rasterx":             "BSD-3-Clause",
	"github.com/stretchr/testify":            "MIT",
	"github.com/tetratelabs/wazero":          "Apache-2.0",
	"github.com/yuin/goldmark":               "MIT",
	"golang.org/x/crypto":                    "BSD-3-Clause",
	"golang.org/x/image":                     "BSD-3-Clause",
	"golang.org/x/net":                       "BSD-3-Clause",
	"golang.org/x/sys":                       "BSD-3-Clause",
	"golang.org/x/text":                      "BSD-3-Clause",
	"go.yaml.in/yaml/v3":                     "MIT AND Apache-2.0",
	"gopkg.in/yaml.v3":                       "MIT AND Apache-2.0",
	"gorm.io/gorm":                           "MIT",
	"modernc.org/libc":                       "BSD-3-Clause",
	"modernc.org/mathutil":                   "BSD-3-Clause",
	"modernc.org/memory":                     "BSD-3-Clause",
	"modernc.org/sqlite":                     "BSD-3-Clause",
}

// builtinSource says where the built-in article comes from and on what
// terms it ships; its title and byline are read from the article itself.
const builtinSource = "A blog post copied from the web page where it was published, with its list of works cited. " +
	"The saved page states no licence, so its copyright stays with its author; Chapterwise includes it unchanged as a " +
	"sample to study, credited to its author, and any other article can be opened instead."

// aboutModule is one row of the libraries list.
type aboutModule struct{ path, version, licence string }

// readBuildInfo is debug.ReadBuildInfo; tests give a module list (a test
// binary carries none).
var readBuildInfo = debug.ReadBuildInfo

// builtModules lists the modules this program was built with, Go first,
// then by path, each with its licence.
func builtModules() []aboutModule {
	info, ok := readBuildInfo()
	if !ok {
		return nil
	}
	out := []aboutModule{{"Go (runtime and standard library)", info.GoVersion, "BSD-3-Clause"}}
	deps := append([]*debug.Module(nil), info.Deps...)
	sort.Slice(deps, func(i, j int) bool { return deps[i].Path < deps[j].Path })
	for _, m := range deps {
		if m.Replace != nil {
			m = m.Replace
		}
		lic, ok := moduleLicences[m.Path]
		if !ok {
			lic = "see its licence file"
		}
		out = append(out, aboutModule{m.Path, m.Version, lic})
	}
	return out
}

// showAbout shows the About dialog. The built-in article is parsed for
// its title on the worker; the dialog opens when that is done.
func (u *UI) showAbout() {
	meta := u.a.Metadata()
	builtin := u.opts.Builtin
	u.background(func() {
		var title, byline string
		if art, err := quiz.ParseArticle(builtin); err == nil {
			title, byline = art.Title, art.Byline
		}
		mods := builtModules()
		u.do(func() { u.presentAbout(meta, title, byline, mods) })
	})
}

func (u *UI) presentAbout(meta fyne.AppMetadata, title, byline string, mods []aboutModule) {
	name := meta.Name
	if name == "" {
		name = "Chapterwise"
	}
	version := meta.Version
	if version == "" {
		version = "(development build)"
	}
	heading := widget.NewLabelWithStyle(name+" "+version, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	intro := aboutText("Read an article chapter by chapter, then study it with flashcards and quizzes. " +
		"Everything stays in a database on this computer.")

	article := strings.TrimSpace(title)
	if b := strings.TrimSpace(byline); b != "" {
		article += " — " + b
	}
	articleBox := container.NewVBox(aboutBold("The built-in article"))
	if article != "" {
		articleBox.Add(aboutText(article))
	}
	articleBox.Add(aboutText(builtinSource))

	libs := container.NewVBox()
	for _, m := range mods {
		libs.Add(aboutText(m.path + " " + m.version + ": " + m.licence))
	}
	texts := aboutText("The licence texts ship with Chapterwise: in /usr/share/doc/chapterwise/licenses from the " +
		"Debian package, in the LICENSES folder of the Windows zip. Chapterwise's changes are in CHANGELOG.md.")

	body := container.NewVBox(heading, intro, widget.NewSeparator(), articleBox, widget.NewSeparator(),
		aboutBold("Libraries built in, with their licences"), libs, texts)
	d := newCustom("About "+name, "Close", body, u.w)
	d.Resize(fyne.NewSize(680, 0))
	d.Show()
}

func aboutText(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func aboutBold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
