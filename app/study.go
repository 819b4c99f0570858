package app

import (
	"github.com/chapterwise/chapterwise/quiz"
)

// document is the open article: its library entry, its study value (made
// once, never changed, shared by every screen) and the profile's reading
// progress in it, which only the reader changes.
type document struct {
	item     quiz.LibraryItem
	study    *quiz.Study
	art      *quiz.Article // study.Article, for short
	progress quiz.ReadingProgress
}

func newDocument(item quiz.LibraryItem, s *quiz.Study, prog quiz.ReadingProgress) *document {
	return &document{item: item, study: s, art: s.Article, progress: prog}
}

// fact finds one of the article's facts by its key.
func (d *document) fact(key string) (quiz.Fact, bool) { return d.study.Fact(key) }

// pages is the number of pages in the chapter list: the chapters and, when
// the article has them, the references.
func (d *document) pages() int {
	if len(d.art.References) > 0 {
		return len(d.art.Chapters) + 1
	}
	return len(d.art.Chapters)
}

// onArticle adds a screen's listener for a newly opened article. Listeners
// run on the worker, in the order added, once the article is the current
// one; each applies what it shows through u.do or u.doAndWait. Add them
// while building the window.
func (u *UI) onArticle(fn func(*document)) { u.articleListeners = append(u.articleListeners, fn) }

// openItem is the one way an article opens (worker): it reads the
// library article, makes its study value with progress shown by chapter,
// reads the profile's progress in it, makes it the current article and
// tells every screen.
func (u *UI) openItem(item quiz.LibraryItem) { u.openParsed(item, nil) }

// openParsed is openItem for an article whose text is already parsed (nil:
// read it from the library).
func (u *UI) openParsed(item quiz.LibraryItem, art *quiz.Article) {
	fail := func(summary string, err error) {
		u.do(func() {
			u.reader.idle()
			u.showError(userMessage(summary, err), err)
		})
	}
	progress := func(p quiz.StudyProgress) { u.do(func() { u.reader.showLoading(p) }) }
	var st *quiz.Study
	if art == nil {
		content, err := u.store.ArticleContent(item.ID)
		if err != nil {
			fail("Could not load "+item.Title, err)
			return
		}
		if st, err = quiz.NewStudy(content, progress); err != nil {
			fail("Could not read "+item.Title, err)
			return
		}
	} else {
		st = quiz.StudyOf(art, progress)
	}
	prog, err := u.store.Progress(u.profile.ID, item.ID)
	if err != nil {
		fail("Could not load your reading progress", err)
		return
	}
	if err := u.store.SetCurrentArticle(u.profile.ID, item.ID); err != nil {
		u.do(func() { u.showError(userMessage("Could not remember the open article", err), err) })
	}
	doc := newDocument(item, st, prog)
	u.doAndWait(func() { u.doc = doc })
	for _, fn := range u.articleListeners {
		fn(doc)
	}
}
