package awardfile

// Internals the tests of package awardfile_test reach.
var (
	EncodeTCVN3       = encodeTCVN3
	EncodeVNI         = encodeVNI
	DecodeTCVN3       = decodeTCVN3
	DecodeVNI         = decodeVNI
	IsSyllable        = isSyllable
	VietnameseLetters = vietnameseLetters
	FixTCVN3Case      = fixTCVN3Case
	EncodeVN1         = encodeVN1
	DecodeVN1         = decodeVN1
)

// DecodeCSV returns the text of a CSV file and the name of the encoding found.
func DecodeCSV(data []byte) (string, string, error) {
	text, enc, err := decodeCSV("test.csv", data)
	return text, [...]string{"utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", "vn1"}[enc], err
}
