package main

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// fyneAppTOML is the app's metadata file, the one place the version is
// written: the packages, `chapterwise version` and the About dialog all
// read it from here.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// version is the Version of FyneApp.toml's [Details].
var version = mustVersion(fyneAppTOML)

func mustVersion(toml string) string {
	v, err := versionFrom(toml)
	if err != nil {
		panic(fmt.Sprintf("FyneApp.toml: %v", err)) // the test catches it first
	}
	return v
}

// versionFrom reads the Version key of the [Details] table from the text of
// a FyneApp.toml. It knows just enough TOML for that file: tables, comments
// and a basic or literal string value.
func versionFrom(toml string) (string, error) {
	table := ""
	for _, line := range strings.Split(toml, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			end := strings.Index(line, "]")
			if end < 0 {
				return "", fmt.Errorf("unclosed table header %q", line)
			}
			table = strings.TrimSpace(line[1:end])
			continue
		}
		if table != "Details" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(key) != "Version" {
			continue
		}
		v, err := tomlString(strings.TrimSpace(value))
		if err != nil {
			return "", fmt.Errorf("[Details] Version: %w", err)
		}
		if !isVersion(v) {
			return "", fmt.Errorf("[Details] Version %q is not a version", v)
		}
		return v, nil
	}
	return "", errors.New("no Version in [Details]")
}

// isVersion accepts a non-empty run of printable characters without
// spaces, quotes or backslashes: it ends up in file names and a version
// resource.
func isVersion(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if r <= ' ' || r == 0x7f || r == '"' || r == '\'' || r == '\\' || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// tomlString is the string a quoted TOML value holds, with any comment
// after it dropped.
func tomlString(s string) (string, error) {
	if len(s) < 2 || (s[0] != '"' && s[0] != '\'') {
		return "", fmt.Errorf("%q is not a quoted string", s)
	}
	end := strings.IndexByte(s[1:], s[0])
	if end < 0 {
		return "", fmt.Errorf("%q has no closing quote", s)
	}
	rest := strings.TrimSpace(s[end+2:])
	if rest != "" && !strings.HasPrefix(rest, "#") {
		return "", fmt.Errorf("%q has text after the string", s)
	}
	return s[1 : end+1], nil
}
