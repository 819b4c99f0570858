package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Text scale limits and step for Ctrl+= and Ctrl+-.
const (
	minTextScale  = 0.8
	maxTextScale  = 2.0
	textScaleStep = 0.1
)

// studyTheme is Fyne's default theme, following the system's light or dark
// variant, with the icon's teal as accent and text scaled by the reader's
// chosen size.
type studyTheme struct {
	fyne.Theme
	textScale float32
}

func newStudyTheme(scale float32) *studyTheme {
	return &studyTheme{Theme: theme.DefaultTheme(), textScale: scale}
}

var (
	accentLight = color.NRGBA{R: 0x1f, G: 0x6f, B: 0x78, A: 0xff}
	accentDark  = color.NRGBA{R: 0x5c, G: 0xb8, B: 0xc2, A: 0xff}
)

// Color gives the accent for primary and focus colours.
func (t *studyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		if v == theme.VariantDark {
			return accentDark
		}
		return accentLight
	}
	return t.Theme.Color(n, v)
}

// Size scales the text sizes and the icons set in text.
func (t *studyTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return s * t.textScale
	case theme.SizeNameLineSpacing:
		return s * 1.6 * t.textScale
	case theme.SizeNameInlineIcon:
		// ticks, radio buttons and button icons grow with large text, at
		// half its rate, and never shrink below their normal size
		return s * max(1, 1+(t.textScale-1)/2)
	}
	return s
}
