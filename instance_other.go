//go:build !unix

package main

import "errors"

// instance is a no-op where file locks are not available.
type instance struct {
	raise func()
	open  func([]string)
}

var errAlreadyOpen = errors.New("chapterwise is already open on this database")

func claimInstance(string, []string) (*instance, error) { return &instance{}, nil }

func (in *instance) release() {}
