package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/assets"
	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
)

// metaApp is the test app with the metadata a packaged app carries (the
// test driver's own is empty); main sets it from FyneApp.toml.
type metaApp struct {
	fyne.App
	meta fyne.AppMetadata
}

func (a metaApp) Metadata() fyne.AppMetadata { return a.meta }

// F1 shows the keys; its About button opens About, with the version, the
// built-in article's title and the libraries with their licences.
func TestAboutFromF1ShowsVersionAndLicences(t *testing.T) {
	a := metaApp{test.NewTempApp(t), fyne.AppMetadata{ID: "io.github.chapterwise", Name: "Chapterwise", Version: "9.8.7"}}
	store, err := data.Open(filepath.Join(t.TempDir(), "ui.db"))
	if err != nil {
		t.Fatal(err)
	}
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{GoVersion: "go1.99.1", Deps: []*debug.Module{
			{Path: "gorm.io/gorm", Version: "v1.31.2"},
			{Path: "fyne.io/fyne/v2", Version: "v2.7.1"},
			{Path: "example.com/new", Version: "v0.0.1"},
			{Path: "modernc.org/sqlite", Version: "v1.0.0", Replace: &debug.Module{Path: "modernc.org/sqlite", Version: "v1.23.1"}},
		}}, true
	}
	t.Cleanup(func() { readBuildInfo = debug.ReadBuildInfo }) // after Shutdown: cleanups run last first
	u := New(a, store, Options{Builtin: assets.Article, Manual: true})
	t.Cleanup(func() {
		u.Shutdown()
		store.Close()
	})
	u.Start()
	<-u.Ready()
	u.Sync()

	u.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
	var about *widget.Button
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "About Chapterwise" {
			about = b
		}
	})
	if about == nil {
		t.Fatalf("F1 shows no About button: %q", textsAll(u.w.Canvas().Overlays().Top()))
	}
	test.Tap(about)
	u.Sync()

	got := strings.Join(textsAll(u.w.Canvas().Overlays().Top()), "\n")
	art, err := quiz.ParseArticle(assets.Article)
	if err != nil {
		t.Fatal(err)
	}
	// Go first, then by path.
	if i, j := strings.Index(got, "Go (runtime"), strings.Index(got, "example.com/new"); i < 0 || j < i || strings.Index(got, "gorm.io/gorm") < j {
		t.Errorf("the libraries are not Go first, then by path:\n%s", got)
	}
	for _, want := range []string{
		"About Chapterwise",
		"Chapterwise 9.8.7",
		art.Title,
		"no licence",
		"Go (runtime and standard library) go1.99.1: BSD-3-Clause",
		"example.com/new v0.0.1: see its licence file",
		"fyne.io/fyne/v2 v2.7.1: BSD-3-Clause",
		"gorm.io/gorm v1.31.2: MIT",
		"modernc.org/sqlite v1.23.1: BSD-3-Clause", // the replacement's version
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the About dialog lacks %q; it shows:\n%s", want, got)
		}
	}
}

// Every module go.mod requires (a superset of those built in) has its
// licence in moduleLicences, so that adding a dependency asks for its
// licence here.
func TestAboutKnowsEveryModule(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mods := goModRequires(string(b))
	if len(mods) < 10 {
		t.Fatalf("read %d modules from go.mod: %q", len(mods), mods)
	}
	for _, m := range mods {
		if _, ok := moduleLicences[m]; !ok {
			t.Errorf("%s: add its licence (SPDX, from the LICENSE file in its module) to moduleLicences in app/about.go", m)
		}
	}
}

// goModRequires is the module paths of go.mod's require lines.
func goModRequires(gomod string) []string {
	var out []string
	block := false
	for _, line := range strings.Split(gomod, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case f[0] == "require" && len(f) > 1 && f[1] == "(":
			block = true
		case f[0] == "require" && len(f) >= 3:
			out = append(out, f[1])
		case block && f[0] == ")":
			block = false
		case block && len(f) >= 2 && !strings.HasPrefix(f[0], "//"):
			out = append(out, f[0])
		}
	}
	return out
}
