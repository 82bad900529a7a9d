#!/usr/bin/env bash
# measure-window.sh: whole-process figures of the real window under Xvfb, with
# standard tools (/proc, /usr/bin/time):
#   - start-up with a library of N reports (default 10,000): from exec to the first
#     page of the list shown with the newest report open in the editor;
#   - CPU while idle: nothing focused; a text field focused (cursor blinking); after
#     the blink rests;
#   - peak memory (maximum resident set size).
# Needs Xvfb and xdotool (scripts/install-deps.sh test). Usage: scripts/measure-window.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS=-tags=sqlite_fts5 CGO_ENABLED=1
n=${1:-10000}
go build -o bin/newsdesk ./cmd/newsdesk
tmp=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
echo "making a library of $n reports…"
go run ./scripts/mklibrary -n "$n" -o "$tmp/library.sqlite"

d=95; while [ -e /tmp/.X11-unix/X$d ]; do d=$((d+1)); done
Xvfb :$d -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
export DISPLAY=:$d

start=$(date +%s%3N)
NEWSDESK_TRACE=1 HOME="$tmp" /usr/bin/time -v -o "$tmp/time.txt" bin/newsdesk --db "$tmp/library.sqlite" 2>"$tmp/err.txt" &
app=$!
for _ in $(seq 300); do grep -q "newsdesk trace.*first list page" "$tmp/err.txt" 2>/dev/null && break; sleep 0.05; done
ready=$(grep -m1 "newsdesk trace.*first list page" "$tmp/err.txt" | awk '{print $3}')
[ -n "$ready" ] || { echo "the window did not become usable in 15 s"; cat "$tmp/err.txt"; exit 1; }
echo "start-up, $n reports: $((ready - start)) ms to the first list page and the newest report open"
grep "newsdesk trace" "$tmp/err.txt" | awk -v s="$start" '{t=$3; $1=$2=$3=""; printf "  %5d ms %s\n", t-s, $0}'

pid=$(pgrep -P $app newsdesk || echo $app)
hz=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' /proc/$pid/stat; }
measure() { # seconds label
  local a b; a=$(cpu); sleep "$1"; b=$(cpu)
  awk -v a="$a" -v b="$b" -v s="$1" -v hz="$hz" -v l="$2" 'BEGIN{printf "CPU %-38s %5.1f %% of one core over %d s\n", l":", (b-a)/hz/s*100, s}'
}
sleep 3
measure 10 "idle, nothing focused"
win=$(xdotool search --name Newsdesk | head -1)
xdotool windowfocus "$win" 2>/dev/null || true
# The editor traces where its lead is (pixels in the window) and when the lead
# gains the focus: click there, and make sure the click focused it.
for _ in $(seq 100); do grep -q "newsdesk trace.*lead at" "$tmp/err.txt" && break; sleep 0.05; done
read -r lx ly < <(grep -m1 "newsdesk trace.*lead at" "$tmp/err.txt" | awk '{print $6, $7}')
[ -n "${lx:-}" ] || { echo "the window did not say where the lead is"; cat "$tmp/err.txt"; exit 1; }
eval "$(xdotool getwindowgeometry --shell "$win")"
xdotool mousemove $((X + lx)) $((Y + ly)) click 1
for _ in $(seq 40); do grep -q "newsdesk trace.*lead focused" "$tmp/err.txt" && break; sleep 0.05; done
grep -q "newsdesk trace.*lead focused" "$tmp/err.txt" ||
  { echo "the click at $((X + lx)),$((Y + ly)) did not put the cursor in the lead"; exit 1; }
sleep 0.5
measure 8 "idle, a paragraph focused, blinking"
sleep 3
measure 10 "idle, focused, blink at rest"
kill $pid; wait $app 2>/dev/null || true
echo "peak memory: $(awk -F': ' '/Maximum resident/ {printf "%.0f MB", $2/1024}' "$tmp/time.txt")"
