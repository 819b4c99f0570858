package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2/widget"

	"github.com/chapterwise/chapterwise/quiz"
)

// pastedSource is the source the Library shows for a pasted article.
const pastedSource = "Pasted text"

// pasteArticle offers the clipboard's text as an article (Ctrl+Shift+V):
// the text is read off the UI goroutine, then a short dialog shows the
// title, which may be changed, and the chapters found.
func (u *UI) pasteArticle() {
	text := u.a.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		showInformation("Nothing to paste",
			"The clipboard holds no text. Select the article's text in your browser or document, copy it (Ctrl+C), then paste it here with Ctrl+Shift+V.", u.w)
		return
	}
	u.background(func() {
		art, err := quiz.ParseArticle([]byte(text))
		u.do(func() {
			if err != nil {
				u.showError(userMessage("Could not read the pasted text", err), err)
				return
			}
			u.confirmPaste(text, art)
		})
	})
}

// confirmPaste shows what was found in pasted text and opens it once
// confirmed.
func (u *UI) confirmPaste(text string, art *quiz.Article) {
	title := widget.NewEntry()
	title.SetText(pasteTitle(text, art))
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("the article needs a title")
		}
		return nil
	}
	found := messageLabel(chaptersFound(art))
	d := newForm("Paste an article", "Open", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Found", found),
	}, func(ok bool) {
		if !ok {
			return
		}
		data := []byte(retitled(text, art.Title, strings.TrimSpace(title.Text)))
		u.reader.setBusy("Opening the pasted article…")
		u.background(func() {
			defer u.do(u.reader.idle)
			u.openData(pastedSource, data)
		})
	}, u.w)
	title.OnSubmitted = func(string) { d.Submit() }
	d.want.Width = 600
	d.Show()
	u.w.Canvas().Focus(title)
}

// pasteTitle is the title the parser found, or else the first line.
func pasteTitle(text string, art *quiz.Article) string {
	if art.Title != "" && art.Title != "Untitled article" {
		return art.Title
	}
	first, _ := splitFirstLine(text)
	first = strings.TrimSpace(strings.TrimLeft(first, "# "))
	if utf8.RuneCountInString(first) > 80 {
		first = string([]rune(first)[:80]) + "…"
	}
	return first
}

// chaptersFound says how many chapters the text holds and names the
// first of them.
func chaptersFound(art *quiz.Article) string {
	const shown = 12
	var names []string
	for i, c := range art.Chapters {
		if i == shown {
			names = append(names, fmt.Sprintf("and %d more", len(art.Chapters)-shown))
			break
		}
		names = append(names, strings.Repeat("   ", c.Level)+c.Title)
	}
	n := len(art.Chapters)
	head := fmt.Sprintf("%d chapters, %d paragraphs:", n, art.Paragraphs())
	if n == 1 {
		head = fmt.Sprintf("1 chapter, %d paragraphs:", art.Paragraphs())
	}
	return head + "\n" + strings.Join(names, "\n")
}

// retitled is the pasted text with title as its title: the first line is
// replaced when it was the title found, otherwise the title goes before
// the text.
func retitled(text, found, title string) string {
	if title == "" || title == found {
		return text
	}
	title = strings.TrimRight(title, ". ")
	md := hasMarkdownHeadings(text)
	mark := ""
	if md {
		mark = "# "
	}
	first, rest := splitFirstLine(text)
	if strings.TrimSpace(strings.TrimLeft(first, "# ")) == found {
		return mark + title + "\n" + rest
	}
	return mark + title + "\n\n" + text
}

// splitFirstLine splits off the first line that is not blank.
func splitFirstLine(text string) (first, rest string) {
	text = strings.TrimLeft(text, " \t\r\n")
	first, rest, _ = strings.Cut(text, "\n")
	return strings.TrimRight(first, "\r"), rest
}

func hasMarkdownHeadings(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimLeft(l, "#")
		if n := len(l) - len(t); n >= 1 && n <= 6 && strings.HasPrefix(t, " ") {
			return true
		}
	}
	return false
}
