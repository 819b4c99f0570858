package quiz

import (
	"encoding/binary"
	"errors"
	"reflect"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, with its
// byte-order mark when bom is set (as Windows Notepad saves "Unicode").
func utf16Bytes(s string, order binary.ByteOrder, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 2*len(units))
	for i, u := range units {
		order.PutUint16(out[2*i:], u)
	}
	return out
}

func TestParseArticleEncodings(t *testing.T) {
	const md = "# Café owners’ guide\n\n## First steps\n\nOpen the doors at 7 a.m. — ☕ first.\n\n## Later\n\nClose at 𝟘 hours."
	const plain = "A plain title\r\n\r\nSome heading\r\n\r\nA paragraph long enough to be a paragraph of the article, with ü and 漢字."
	for _, text := range []string{md, plain} {
		want := mustParse(t, []byte(text))
		for _, tc := range []struct {
			name string
			data []byte
		}{
			{"UTF-8 with a byte-order mark", append([]byte{0xEF, 0xBB, 0xBF}, text...)},
			{"UTF-16 little-endian with a mark", utf16Bytes(text, binary.LittleEndian, true)},
			{"UTF-16 big-endian with a mark", utf16Bytes(text, binary.BigEndian, true)},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, err := ParseArticle(tc.data)
				if err != nil {
					t.Fatalf("ParseArticle: %v", err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("got title %q and %d chapters, want %q and %d (the same as plain UTF-8)",
						got.Title, len(got.Chapters), want.Title, len(want.Chapters))
				}
			})
		}
	}
}

func TestDecodeText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"UTF-8 as it is", []byte("héllo"), "héllo", nil},
		{"UTF-8 mark dropped", []byte("\xEF\xBB\xBFhéllo"), "héllo", nil},
		{"only a UTF-8 mark", []byte("\xEF\xBB\xBF"), "", nil},
		{"UTF-16LE", utf16Bytes("héllo 𝄞", binary.LittleEndian, true), "héllo 𝄞", nil},
		{"UTF-16BE", utf16Bytes("héllo 𝄞", binary.BigEndian, true), "héllo 𝄞", nil},
		{"UTF-16 odd byte at the end", append(utf16Bytes("ab", binary.LittleEndian, true), 'c'), "ab\uFFFD", nil},
		{"a mark later is text", []byte("a\xEF\xBB\xBFb"), "a\uFEFFb", nil},
		{"invalid UTF-8 is left for CheckText", []byte("a\xffb"), "a\xffb", nil},
		{"too large is refused before converting", make([]byte, MaxArticleBytes+1), "", ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeText(tc.in)
			if !errors.Is(err, tc.err) || string(got) != tc.want {
				t.Errorf("DecodeText = %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
		})
	}
}

// UTF-16 without a byte-order mark is not guessed at: it stays refused.
func TestUTF16WithoutMarkRefused(t *testing.T) {
	_, err := ParseArticle(utf16Bytes("A title\n\nA paragraph of text.", binary.LittleEndian, false))
	if !errors.Is(err, ErrBinary) {
		t.Errorf("UTF-16 without a mark: %v, want ErrBinary", err)
	}
}
