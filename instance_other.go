//go:build !unix

package main

import "os"

// instance is a no-op where file locks are not available: every start
// opens the database itself.
type instance struct{}

func claimInstance(string, []string) (*instance, error) { return &instance{}, nil }

func lockDatabase(string) (*os.File, error) { return nil, nil }

func unlockDatabase(*os.File) {}

func (in *instance) windowUp(windowHooks) {}

func (in *instance) beginClosing() {}

func (in *instance) release() {}
