package quiz

import (
	"bytes"
	"fmt"

	"golang.org/x/text/encoding/unicode"
)

// Byte-order marks at the start of a text file.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// DecodeText returns a text file's bytes as UTF-8 without a byte-order
// mark: a UTF-8 mark (Windows Notepad writes one) is dropped, and UTF-16
// that starts with its mark ("Unicode" in Notepad, little- or big-endian)
// is converted. Anything else comes back as it is, for CheckText to
// judge. A file over MaxArticleBytes is refused before it is converted.
func DecodeText(data []byte) ([]byte, error) {
	if len(data) > MaxArticleBytes {
		return nil, ErrTooLarge
	}
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return data[len(bomUTF8):], nil
	case bytes.HasPrefix(data, bomUTF16LE):
		order = unicode.LittleEndian
	case bytes.HasPrefix(data, bomUTF16BE):
		order = unicode.BigEndian
	default:
		return data, nil
	}
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("decode UTF-16: %w", err)
	}
	return out, nil
}
