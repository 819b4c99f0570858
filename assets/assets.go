// Package assets embeds the files Chapterwise ships inside its binary: the
// built-in article and the application icon.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// ArticleName is the file name of the built-in article.
const ArticleName = "mongolia-peace-mediator.txt"

// Article is the text of the built-in article, a raw copy of a web page.
//
//go:embed mongolia-peace-mediator.txt
var Article []byte

//go:embed icon.png
var iconPNG []byte

// Icon is the application icon, 512 px square.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
