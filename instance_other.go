//go:build !unix

package main

import "errors"

// instance is a no-op where file locks are not available.
type instance struct{ raise func() }

var errAlreadyOpen = errors.New("chapterwise is already open on this database")

func claimInstance(string) (*instance, error) { return &instance{}, nil }

func (in *instance) release() {}
