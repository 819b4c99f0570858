package main

// The C locale (LANG=C.UTF-8) gets a language Fyne can read before
// Fyne's packages start; see package locale.
import _ "github.com/chapterwise/chapterwise/internal/locale"
