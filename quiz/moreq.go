package quiz

// moreQOff keeps the typed what-did questions moreSaidQ changes as they
// were (TestMeasureW2, W2_OFF=moreq).
var moreQOff bool
