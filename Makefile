# Chapterwise: `make run` builds and opens the app, `make test` runs every
# test. Both install the system packages Fyne needs when they are missing.
GO ?= go
BIN ?= chapterwise
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all deps build run test lint bench fuzz quality clean

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(GO) build -o $(BIN) .

run: build
	./$(BIN) $(ARGS)

test: deps
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

FUZZTIME ?= 60s

fuzz:
	$(GO) test ./quiz -run '^$$' -fuzz FuzzParseArticle -fuzztime $(FUZZTIME)
	$(GO) test ./quiz -run '^$$' -fuzz FuzzExtract -fuzztime $(FUZZTIME)
	$(GO) test ./quiz -run '^$$' -fuzz FuzzGenerate -fuzztime $(FUZZTIME)
	$(GO) test ./quiz/assign -run '^$$' -fuzz FuzzDecodeAssignment -fuzztime $(FUZZTIME)
	$(GO) test ./quiz/assign -run '^$$' -fuzz FuzzDecodeResult -fuzztime $(FUZZTIME)

clean:
	rm -f $(BIN)
