package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/chapterwise/chapterwise/data"
	"github.com/chapterwise/chapterwise/quiz"
	"github.com/chapterwise/chapterwise/quiz/assign"
	"github.com/chapterwise/chapterwise/quiz/source"
)

func init() {
	commands["open"] = command{"open FILE...: start the window with assignments (.cwquiz), results (.cwresult), articles or web addresses", runOpen}
	commands["import-results"] = command{"import-results [--profile NAME] FILE...: grade students' .cwresult files into a teacher's gradebook", runImportResults}
}

func runOpen(args []string) int {
	fs, db, _ := newFlags("open")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		return fail("usage: chapterwise open [--db PATH] FILE...")
	}
	var files []string
	for _, f := range fs.Args() {
		if source.IsWebAddress(f) {
			files = append(files, f) // the window fetches it
			continue
		}
		abs, err := filepath.Abs(f)
		if err != nil {
			return fail("%s: %v", f, err)
		}
		if st, err := os.Stat(abs); err != nil || st.IsDir() {
			return fail("%s: not a file", f)
		}
		files = append(files, abs)
	}
	guiArgs := []string{}
	if *db != "" {
		guiArgs = append(guiArgs, "--db", *db)
	}
	return runGUIWith(guiArgs, files)
}

func runImportResults(args []string) int {
	fs, db, _ := newFlags("import-results")
	profile := fs.String("profile", "", "the teacher profile (default: the only teacher)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		return fail("usage: chapterwise import-results [--db PATH] [--profile NAME] FILE...")
	}
	s, err := openExisting(*db)
	if err != nil {
		return fail("cannot open the database: %v", err)
	}
	defer s.Close()
	teacher, err := pickTeacher(s, *profile)
	if err != nil {
		return fail("%s", printable(err.Error()))
	}
	// One file at a time, read and imported before the next is read:
	// 400 files of 2 MB are never all in memory at once.
	var out []data.ImportOutcome
	for _, f := range fs.Args() {
		b, err := readCapped(f, assign.MaxResultBytes)
		if err != nil {
			out = append(out, data.ImportOutcome{File: f, Err: err})
			continue
		}
		out = append(out, s.ImportResults(teacher.ID, []data.ResultFile{{Path: f, Data: b}})...)
	}
	bad := 0
	for _, o := range out {
		if o.Err != nil {
			bad++
			fmt.Printf("✗ %s: %s\n", printable(o.File), printable(o.Err.Error()))
		} else {
			fmt.Printf("✓ %s: %s, “%s”, %.1f%%\n", printable(o.File), printable(o.Student), printable(o.Title), o.Percent)
		}
	}
	fmt.Printf("Imported %d of %d files into %s's gradebook.\n", len(out)-bad, len(out), printable(teacher.Name))
	if bad > 0 {
		return 1
	}
	return 0
}

func pickTeacher(s *data.Store, name string) (quiz.Profile, error) {
	list, err := s.Profiles()
	if err != nil {
		return quiz.Profile{}, err
	}
	var teachers []quiz.Profile
	for _, p := range list {
		if p.Role == quiz.Teacher && (name == "" || p.Name == name) {
			teachers = append(teachers, p)
		}
	}
	switch {
	case len(teachers) == 1:
		return teachers[0], nil
	case len(teachers) == 0 && name != "":
		return quiz.Profile{}, fmt.Errorf("there is no teacher profile named %q", name)
	case len(teachers) == 0:
		return quiz.Profile{}, fmt.Errorf("there is no teacher profile; create one in the app (Profile → New profile)")
	}
	return quiz.Profile{}, fmt.Errorf("there are %d teacher profiles; choose one with --profile NAME", len(teachers))
}

// readCapped reads an ordinary file of at most limit bytes (never a
// named pipe or a device, which could hang the read).
func readCapped(path string, limit int64) ([]byte, error) {
	return assign.ReadFile(path, limit)
}
