#!/usr/bin/env bash
# test.sh: what `make test` runs once the packages are there. It starts one local
# WordPress for the run's portal tests — in a folder of its own, on a free port,
# so that two runs on one machine never meet — and stops it however the run ends
# (pass, fail, Ctrl+C). A portal started by hand (make portal) is left alone.
# Every process the run starts carries NEWSDESK_TEST_MARK in its environment, so
# that a check can tell none is left behind (scripts/check-test-isolation.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
run=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-test.XXXXXX")
export NEWSDESK_TEST_MARK=${NEWSDESK_TEST_MARK:-$(basename "$run")}
stop() {
	NEWSDESK_PORTAL_DIR=$run/portal scripts/portal.sh stop >/dev/null 2>&1 || true
	rm -rf "$run"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

NEWSDESK_PORTAL_DIR=$run/portal NEWSDESK_PORTAL_PORT=auto scripts/portal.sh start >/dev/null
export NEWSDESK_TEST_PORTAL_ENV=$run/portal/portal.env

go vet ./...
go test -count=1 ./...
(cd cmd/newsdesk/clocale && go test -count=1 ./...)
# The window's tests again under the race detector: their harness runs fyne.Do
# on one goroutine as the real driver does, so a widget touched from elsewhere
# is a race it reports.
go test -count=1 -race ./ui/...

# A short fuzzing run of the readers of files from outside (award lists, bundles,
# photos, Word documents): each target a fixed number of inputs (a few seconds each) on top of its
# seeds and what earlier runs found (kept in Go's cache), each new finding shrunk
# for a second at most (the default minute would eat the run). A count rather
# than a -fuzztime duration: a run whose time ran out while a worker was busy
# ended in "context deadline exceeded", failing with no failing input. A failure
# leaves its input in the package's testdata.
for target in FuzzReadCSV:awardfile:40000 FuzzReadXLSX:awardfile:400 FuzzReadAll:bundle:1500 FuzzPrepare:photo:60000 FuzzRead:docx:800; do
	IFS=: read -r name pkg count <<<"$target"
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "${count}x" -fuzzminimizetime 1s "./${pkg}/"
done
