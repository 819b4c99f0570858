# Chapterwise: `make run` builds and opens the app, `make test` runs every
# test. Both install the system packages Fyne needs when they are missing.
GO ?= go
BIN ?= chapterwise
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all deps build run test lint bench fuzz quality package package-check clean

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(GO) build -o $(BIN) .

run: build
	./$(BIN) $(ARGS)

test: deps
	@bash scripts/readers/install.sh
	$(GO) vet ./...
	$(GO) test -race -count=1 -timeout 20m ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# quality scores the engine on the real articles of ../shared/corpus and the
# built-in article (the table of docs/quality.md) and fails below the ratchet.
quality:
	$(GO) test ./quiz -run '^TestCorpusQuality$$' -count=1 -v

# make fuzz runs every fuzz target in the repository for FUZZTIME each
# (one at a time: a package runs one target per go test). With
# -fuzzminimizetime 0 the inputs the fuzzer finds are kept as they are,
# not shrunk first, so the whole time goes to exploring.
FUZZTIME ?= 60s

fuzz:
	@set -e; for f in $$(grep -l '^func Fuzz' $$(find . -name '*_test.go' -not -path './.git/*' | sort)); do \
		for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
			echo "== $$t ($$(dirname $$f))"; \
			$(GO) test $$(dirname $$f) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 0; \
		done; \
	done

# make package builds the Linux tarball, the .deb and the Windows zip into
# dist/ (scripts/package.sh: the version is FyneApp.toml's, the Fyne tooling
# is pinned there); make package-check checks them (as root it also installs
# and removes the .deb).
package:
	@GO=$(GO) bash scripts/package.sh

package-check:
	@GO=$(GO) bash scripts/package-check.sh

clean:
	rm -f $(BIN)
	rm -rf dist
