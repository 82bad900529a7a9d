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

# A short fuzzing run of the readers of files from outside (award lists, bundles,
# photos): each target for a few seconds on top of its seeds and what earlier runs
# found (kept in Go's cache), each new finding shrunk for a second at most (the
# default minute would eat the run). A failure leaves its input in the testdata.
for target in FuzzReadCSV:awardfile FuzzReadXLSX:awardfile FuzzReadAll:bundle FuzzPrepare:photo; do
	go test -run '^$' -fuzz "^${target%%:*}\$" -fuzztime "${NEWSDESK_FUZZTIME:-8s}" -fuzzminimizetime 1s "./${target#*:}/"
done
