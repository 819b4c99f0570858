package app

import "fyne.io/fyne/v2"

// settings is a typed view of the window state kept in fyne.Preferences.
// Learning history is not kept here: it belongs in the database.
type settings struct {
	p fyne.Preferences
}

const (
	keyTextScale    = "reader.text_scale"
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
)

func (s settings) textScale() float32 {
	v := float32(s.p.FloatWithFallback(keyTextScale, 1))
	return clampScale(v)
}

func (s settings) setTextScale(v float32) { s.p.SetFloat(keyTextScale, float64(clampScale(v))) }

func (s settings) windowSize() fyne.Size {
	return fyne.NewSize(float32(s.p.FloatWithFallback(keyWindowWidth, 1100)),
		float32(s.p.FloatWithFallback(keyWindowHeight, 720)))
}

func (s settings) setWindowSize(sz fyne.Size) {
	if sz.Width < 200 || sz.Height < 200 {
		return
	}
	s.p.SetFloat(keyWindowWidth, float64(sz.Width))
	s.p.SetFloat(keyWindowHeight, float64(sz.Height))
}

func clampScale(v float32) float32 {
	switch {
	case v < minTextScale:
		return minTextScale
	case v > maxTextScale:
		return maxTextScale
	}
	return v
}

const keyProfile = "profile.last"

// lastProfile is the profile used last on this computer (0: none).
func (s settings) lastProfile() int64 { return int64(s.p.IntWithFallback(keyProfile, 0)) }

func (s settings) setLastProfile(id int64) { s.p.SetInt(keyProfile, int(id)) }
