package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The version the binary carries is the one FyneApp.toml says, read here
// from the file on disk by other means than versionFrom.
func TestVersionIsFyneAppTOMLs(t *testing.T) {
	b, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	details := regexp.MustCompile(`(?s)\[Details\](.*?)(\n\[|$)`).FindSubmatch(b)
	if details == nil {
		t.Fatal("FyneApp.toml has no [Details]")
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(details[1])
	if m == nil {
		t.Fatal("FyneApp.toml's [Details] has no Version")
	}
	if version != string(m[1]) {
		t.Errorf("version = %q, FyneApp.toml says %q", version, m[1])
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(version) {
		t.Errorf("version %q is not MAJOR.MINOR.PATCH (the package names and the Windows version resource need that)", version)
	}
}

func TestVersionFrom(t *testing.T) {
	tests := []struct {
		name, toml, want, err string
	}{
		{"details", "[Details]\n  Name = \"X\"\n  Version = \"1.2.3\"\n", "1.2.3", ""},
		{"literal string and comment", "[Details]\nVersion = '2.0.0' # next\n", "2.0.0", ""},
		{"CRLF lines", "[Details]\r\nVersion = \"1.0.1\"\r\n", "1.0.1", ""},
		{"other tables first", "Website = \"x\"\n[Release]\nVersion = \"9.9.9\"\n[Details]\nVersion = \"0.2.0\"\n", "0.2.0", ""},
		{"table after details", "[Details]\nBuild = 1\n[LinuxAndBSD]\nVersion = \"9\"\n", "", "no Version"},
		{"commented out", "[Details]\n# Version = \"1.0.0\"\n", "", "no Version"},
		{"similar key", "[Details]\nVersionCode = \"3\"\n", "", "no Version"},
		{"no details", "Version = \"1.0.0\"\n", "", "no Version"},
		{"unquoted", "[Details]\nVersion = 1.0\n", "", "not a quoted string"},
		{"unclosed quote", "[Details]\nVersion = \"1.0\n", "", "no closing quote"},
		{"trailing text", "[Details]\nVersion = \"1.0\" x\n", "", "text after"},
		{"empty", "[Details]\nVersion = \"\"\n", "", "not a version"},
		{"space inside", "[Details]\nVersion = \"1 2\"\n", "", "not a version"},
		{"quote inside", "[Details]\nVersion = '1\"2'\n", "", "not a version"},
		{"unclosed table", "[Details\nVersion = \"1\"\n", "", "unclosed table"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := versionFrom(tc.toml)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("versionFrom = %q, %v; want an error with %q", got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("versionFrom = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func FuzzVersionFrom(f *testing.F) {
	f.Add(fyneAppTOML)
	f.Add("[Details]\nVersion = '1' # c\n")
	f.Fuzz(func(t *testing.T, toml string) {
		v, err := versionFrom(toml)
		if err != nil {
			return
		}
		if !isVersion(v) {
			t.Fatalf("versionFrom(%q) = %q", toml, v)
		}
		if !strings.Contains(toml, v) {
			t.Fatalf("versionFrom(%q) = %q, which is not in the text", toml, v)
		}
	})
}
