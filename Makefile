# Newsdesk's build, run and test commands. Every Go step goes through this file, so
# the sqlite_fts5 build tag (search needs SQLite's FTS5) is set in one place; a
# build without it fails at compile time on purpose.
export GOFLAGS := -tags=sqlite_fts5
export CGO_ENABLED := 1

BIN := bin/newsdesk

.PHONY: run build test bench deps test-deps dist-deps check-deps check-go vet clean dist dist-linux dist-windows check-dist install-user portal portal-stop portal-reset

## run: install what is missing, build, and open Newsdesk
run: build
	./$(BIN)

## build: build bin/newsdesk
build: check-go deps
	go build -o $(BIN) ./cmd/newsdesk

## test: install what is missing and run every test
test: check-go test-deps
	scripts/test.sh

## bench: the benchmarks behind the figures the issues name (slow: the first run
## builds a 100,000-report library, about 5 minutes, kept in ~/.cache/newsdesk-bench)
bench: check-go deps
	go test -run '^$$' -bench . -benchtime 5x ./photo/ ./pdf/ ./cmd/newsdesk/
	go test -run '^$$' -bench . -benchtime 20x ./sqlite/
	go test -run '^$$' -bench Open30Photos -benchtime 3x ./wordpress/
	go test -run '^$$' -bench . ./ui/textfield/ ./vninput/ ./awardfile/ ./vntext/ ./compare/ ./model/ ./vnspell/
	go test -run '^$$' -bench . -benchtime 3x ./docx/

## dist: the Linux package and the Windows installer and zip, in dist/ (release
## builds; the first run takes minutes, later runs reuse the Go build cache)
dist: check-go dist-deps
	scripts/dist.sh all

dist-linux: check-go dist-deps
	scripts/dist.sh linux

dist-windows: check-go dist-deps
	scripts/dist.sh windows

## check-dist: make the packages, then start each as a user would (Linux in Xvfb,
## Windows under Wine) and check what it shows and writes; screenshots in dist/
check-dist: dist check-deps
	scripts/check-dist.sh linux
	scripts/check-dist.sh windows

## install-user: build the Linux package and install it into your home folder
## (~/.local: binary, menu entry, icon, the bundle type); no root needed
install-user: dist-linux
	rm -rf dist/.install && mkdir -p dist/.install
	tar -xJf dist/newsdesk-*-linux-amd64.tar.xz -C dist/.install
	$(MAKE) -C dist/.install/newsdesk user-install
	rm -rf dist/.install

## portal: start a local WordPress for trying the push (URL and passwords in
## $${XDG_RUNTIME_DIR:-/tmp}/newsdesk-portal/portal.env); portal-stop, portal-reset
portal: test-deps
	scripts/portal.sh start

portal-stop:
	scripts/portal.sh stop

portal-reset:
	scripts/portal.sh reset

check-go:
	@scripts/check-go.sh

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

dist-deps:
	@scripts/install-deps.sh dist

check-deps:
	@scripts/install-deps.sh check

clean:
	rm -rf bin dist
