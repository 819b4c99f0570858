package assign

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"unicode"
)

// checkKeys walks the JSON in data alongside the Go type it decodes into
// and refuses an object with the same key twice, or with a key that
// matches a field only when case is ignored. encoding/json would take
// the last of two equal keys and match keys case-insensitively, while
// other readers of the same file may take the first or treat "Answer"
// as unknown: two readers must never see different files.
func checkKeys(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return walkKeys(dec, t, 0)
}

// maxKeyDepth bounds the recursion; the formats nest four levels.
const maxKeyDepth = 64

func walkKeys(dec *json.Decoder, t reflect.Type, depth int) error {
	if depth > maxKeyDepth {
		return invalid("the JSON nests too deeply")
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := dec.Token()
	if err != nil {
		return invalid("the file is not Chapterwise JSON (%v)", err)
	}
	switch tok {
	case json.Delim('['):
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for dec.More() {
			if err := walkKeys(dec, elem, depth+1); err != nil {
				return err
			}
		}
		_, err = dec.Token()
	case json.Delim('{'):
		err = walkObject(dec, t, depth)
	}
	if err != nil && !errors.Is(err, ErrInvalid) && !errors.Is(err, io.EOF) {
		return invalid("the file is not Chapterwise JSON (%v)", err)
	}
	return err
}

func walkObject(dec *json.Decoder, t reflect.Type, depth int) error {
	var fields map[string]reflect.Type
	if t != nil && t.Kind() == reflect.Struct && t.String() != "time.Time" {
		fields = jsonFields(t)
	}
	seen := map[string]string{} // folded key -> key as written
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		folded := foldKey(key)
		if first, ok := seen[folded]; ok {
			if first == key {
				return invalid("the key %q appears twice in one object", trim(key))
			}
			return invalid("the keys %q and %q differ only in case", trim(first), trim(key))
		}
		seen[folded] = key
		var ft reflect.Type
		if fields != nil {
			f, ok := fields[key]
			if !ok {
				for name := range fields {
					if foldKey(name) == folded {
						return invalid("the key %q must be written %q", trim(key), name)
					}
				}
				// An unknown key is refused by the decoder with its own message.
			}
			ft = f
		}
		if err := walkKeys(dec, ft, depth+1); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

// foldKey maps every rune to the smallest rune of its case-folding
// orbit (K, k and the Kelvin sign alike), the equivalence encoding/json
// uses to match keys.
func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, s)
}

// jsonFields maps a struct's JSON names to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}
