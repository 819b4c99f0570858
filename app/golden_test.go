package app

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// goldenArticle is short and holds no dates or policies, so that its
// screens do not change when the extraction rules do.
const goldenArticle = `# Rivers of Europe

## The Rhine

The Rhine rises in the Alps and flows north to the sea. Barges carry grain and coal along it.

## The Danube

The Danube flows east through many capitals before it reaches the Black Sea.
`

// variantTheme is a theme shown in one variant, whatever the system's.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// TestGoldenScreens freezes the markup of the main screens, light and
// dark, on a fixed article and clock. After a deliberate change, copy
// testdata/failed/golden-*.xml over testdata/golden-*.xml and review the
// diff.
func TestGoldenScreens(t *testing.T) {
	screens := []struct {
		name string
		open func(u *UI)
	}{
		{"today", func(u *UI) { u.choose(sectionToday) }},
		{"read", func(u *UI) { u.choose(sectionRead) }},
		{"quiz", func(u *UI) { u.choose(sectionQuiz) }},
	}
	variants := []struct {
		name string
		v    fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.Local)
			u, _ := startTestUI(t, "", Options{Now: func() time.Time { return now }, Rand: func() float64 { return 0 },
				ArticlePath: "rivers.md", ArticleData: []byte(goldenArticle)})
			u.a.Settings().SetTheme(variantTheme{newStudyTheme(1), v.v})
			u.w.Resize(fyne.NewSize(1100, 720))
			for _, s := range screens {
				t.Run(s.name, func(t *testing.T) {
					s.open(u)
					u.Sync()
					test.AssertRendersToMarkup(t, "golden-"+s.name+"-"+v.name+".xml", u.w.Canvas())
				})
			}
		})
	}
}
