#!/usr/bin/env bash
# check-go.sh: says clearly when Go is missing or older than Newsdesk needs (the
# "go" line of go.mod), instead of letting a build fail with a puzzling error.
set -euo pipefail
cd "$(dirname "$0")/.."
need=$(awk '$1 == "go" { print $2; exit }' go.mod)
if ! command -v go >/dev/null 2>&1; then
  echo "newsdesk: Go $need or newer is needed and no 'go' command was found." >&2
  echo "Install it from https://go.dev/dl/ (or your system's packages) and make sure 'go' is on PATH." >&2
  exit 1
fi
have=$(go env GOVERSION | sed 's/^go//; s/[^0-9.].*$//')
if [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
  echo "newsdesk: Go $need or newer is needed; this machine has Go $have ($(command -v go))." >&2
  echo "Install a newer Go from https://go.dev/dl/ and put it first on PATH." >&2
  exit 1
fi
