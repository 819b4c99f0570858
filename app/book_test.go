package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// bookChapters is the size of the generated book the layout test opens.
const bookChapters = 60

// generatedBook is a Markdown article with n chapters of a few paragraphs
// each, with dates, people and places for the question generator. Every
// fifth chapter has a long title.
func generatedBook(n int) []byte {
	var b strings.Builder
	b.WriteString("# A generated history in many chapters\n\n")
	for i := 1; i <= n; i++ {
		title := fmt.Sprintf("Region %d and its neighbours", i)
		if i%5 == 0 {
			title = fmt.Sprintf("The long negotiations over the northern border of region %d, and what came of them for trade and travel", i)
		}
		fmt.Fprintf(&b, "## %s\n\n", title)
		year := 1900 + i
		fmt.Fprintf(&b, "In %d the Council of Region %d signed the Treaty of Harbour Town %d with the Republic of Westland. "+
			"President Anna Berg said the treaty would keep the peace for a generation.\n\n", year, i, i)
		fmt.Fprintf(&b, "On 3 March %d the council opened a trade office in Lake City %d. "+
			"Minister Karl Olsen led the first delegation, and the office still works today.\n\n", year+2, i)
		fmt.Fprintf(&b, "By %d the region exported grain, timber and wool to the Kingdom of Eastmark, "+
			"and its ports handled twice the trade of %d.\n\n", year+10, year)
	}
	return []byte(b.String())
}

// tapRadio taps the option of a radio group in the top dialog.
func tapRadio(t *testing.T, u *UI, option string) {
	t.Helper()
	var found *widget.RadioGroup
	walkAll(u.w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok {
			for _, opt := range r.Options {
				if opt == option {
					found = r
				}
			}
		}
	})
	if found == nil {
		t.Fatalf("no option %q in the dialog", option)
	}
	found.SetSelected(option)
}
