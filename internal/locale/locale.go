// Package locale makes the POSIX locale readable to Fyne. With LANG or
// LC_ALL set to C.UTF-8 (usual in containers and minimal systems), Fyne's
// translations package reads "C" as a language tag while it starts and
// logs three "Fyne error … locale C" lines on every run. Importing this
// package sets LANGUAGE=en in that case, before Fyne's packages start:
// Go starts packages in import-path order when it may, and this path
// sorts before Fyne's locale dependency (github.com/jeandeaual/go-locale).
package locale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return // an explicit choice, read before LANG
	}
	if v := messagesLocale(); isPOSIX(v) && v != "C" && v != "POSIX" {
		os.Setenv("LANGUAGE", "en")
	}
}

// messagesLocale is the locale that decides the language of messages: the
// first of LC_ALL, LC_MESSAGES and LANG that is set, as gettext reads
// them.
func messagesLocale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return ""
}

// isPOSIX reports whether a locale name is the C or POSIX locale, with
// or without a codeset or modifier ("C.UTF-8", "POSIX@euro").
func isPOSIX(name string) bool {
	lang, _, _ := strings.Cut(name, ".")
	lang, _, _ = strings.Cut(lang, "@")
	return lang == "C" || lang == "POSIX"
}
