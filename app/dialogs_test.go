package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every dialog goes through fitDialog (or, for Fyne's file dialogs,
// fitFileDialog), so that every dialog fits its window: a Fyne dialog made
// directly grows past a small window and draws its buttons over its
// content.
func TestEveryDialogIsAFittingDialog(t *testing.T) {
	direct := regexp.MustCompile(`dialog\.(Show|New)(Custom|Confirm|Form|Information|Error|Entry|Progress)\w*\(`)
	fileDialog := regexp.MustCompile(`(\w+) :?= dialog\.New(FileOpen|FileSave|FolderOpen)\(`)
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "dialogs.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, m := range direct.FindAllString(src, -1) {
			t.Errorf("%s: %s… makes a Fyne dialog directly; use newCustom, newConfirm, newForm or showInformation", f, m)
		}
		for _, m := range fileDialog.FindAllStringSubmatch(src, -1) {
			if !strings.Contains(src, "fitFileDialog("+m[1]+",") {
				t.Errorf("%s: the %s dialog %q is not bounded by fitFileDialog", f, m[2], m[1])
			}
		}
	}
}
