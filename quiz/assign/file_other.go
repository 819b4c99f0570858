//go:build !unix

package assign

// openNoWait is 0 where opening never waits for a writer.
const openNoWait = 0
