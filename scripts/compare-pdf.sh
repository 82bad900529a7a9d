#!/usr/bin/env bash
# compare-pdf.sh: prints the same report with `newsdesk pdf` and with the tools a
# clerk would otherwise use on an HTML rendering of it (Chromium --print-to-pdf,
# LibreOffice --convert-to pdf), in the same run, and prints time and size side by
# side. Not part of the everyday tests: it installs Chromium and LibreOffice Writer
# with apt when they are missing, makes 24-megapixel camera photos and runs for
# minutes.
#   scripts/compare-pdf.sh [PHOTOS...]      photo counts to try; default: 10 30
#   COMPARE_TOOLS="chromium libreoffice"    the other tools to run (default: both)
#   COMPARE_TIMEOUT=600                     seconds before a tool is given up on
#
# The report is the team's sample (text, 4 small photos, an award table) with
# PHOTOS camera photos (6000×4000, about 10 MB each, every third shot turned)
# added with `newsdesk photo add`, as a reporter would. The HTML is the body the
# report bundle carries (ninjs.json), with the original photo files beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS=-tags=sqlite_fts5 CGO_ENABLED=1
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 30)
tools=${COMPARE_TOOLS:-chromium libreoffice}
limit=${COMPARE_TIMEOUT:-600}

# What the run needs, from apt when missing.
pkgs=(poppler-utils jq unzip)
for t in $tools; do
  case $t in
    chromium) pkgs+=(chromium) ;;
    libreoffice) pkgs+=(libreoffice-writer) ;;
    *) echo "compare-pdf: unknown tool $t (chromium, libreoffice)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "Installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/compare-pdf.XXXXXX)
gen=$(mktemp -d .compare-pdf-gen.XXXXXX) # inside the module, so it may import phototest
trap 'rm -rf "$work" "$gen"' EXIT

echo "Building newsdesk…" >&2
go build -o "$work/newsdesk" ./cmd/newsdesk
nd() { "$work/newsdesk" --db "$work/library.sqlite" "$@" 2>/dev/null; }

# Camera photos: the test package's camera-like JPEGs, deterministic.
max=0
for n in "${counts[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
cat > "$gen/main.go" <<'EOF'
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"newsdesk/photo/phototest"
)

func main() {
	n, _ := strconv.Atoi(os.Args[2])
	for i := range n {
		o := 1
		if i%3 == 1 {
			o = 6
		}
		name := filepath.Join(os.Args[1], fmt.Sprintf("DSC_%04d.JPG", i+1))
		if err := os.WriteFile(name, phototest.CameraJPEG(6000, 4000-2*i, o), 0o644); err != nil {
			panic(err)
		}
	}
}
EOF
mkdir -p "$work/camera"
echo "Making $max camera photos (6000×4000)…" >&2
go run "./$gen" "$work/camera" "$max"

nd settings agency.name "Cổng Thông tin điện tử thành phố Hải Đông"
nd settings agency.editor_in_chief "Trần Quốc Vượng"
nd settings agency.address "Số 18 đường Hoàng Diệu, thành phố Hải Đông"
declare -A report
for n in "${counts[@]}"; do report[$n]=$(nd sample); done
echo "Adding the photos to the library (each decoded once, as at import)…" >&2
for i in $(seq 1 "$max"); do
  f=$(printf "%s/camera/DSC_%04d.JPG" "$work" "$i")
  for n in "${counts[@]}"; do
    [ "$i" -le "$n" ] && nd photo add "${report[$n]}" "$f" --caption "Đại biểu dự Hội nghị (ảnh $i)" --credit "Ảnh: Minh Khôi"
  done
done
camera_mb=$(du -cm "$work"/camera/*.JPG | tail -1 | cut -f1)

# nap waits for $1 seconds without starting a process: a read that times out on a
# FIFO nobody writes to.
mkfifo "$work/nap"
exec 9<>"$work/nap"
nap() { read -r -t "$1" -u 9 _ || true; }

# timed OUT CMD... runs a tool that should write the PDF OUT and prints its wall
# time (when it exits, or when OUT became a whole PDF if the tool keeps running
# after that, or that it failed or was given up on after $limit seconds), a "|",
# and the processor time it used on all cores, which other work on a shared
# machine does not inflate. Run it in a subshell of its own: the processor time is
# that of the subshell's children.
timed() {
  local out=$1; shift
  local start now ready="" rc=0 pid killed="" cpu
  start=${EPOCHREALTIME/./} # microseconds; the loop forks nothing
  setsid "$@" >"$work/tool.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    now=${EPOCHREALTIME/./}
    if [ -z "$ready" ] && [ -s "$out" ] && pdfinfo "$out" >/dev/null 2>&1; then ready=$now; fi
    if (( now - start > limit * 1000000 )); then
      kill -- -"$pid" 2>/dev/null || true
      killed=yes
      break
    fi
    # Fine steps at first, so that a tool done in a second is timed to the tenth.
    (( now - start < 10000000 )) && nap 0.02 || nap 0.5
  done
  wait "$pid" || rc=$?
  now=${EPOCHREALTIME/./}
  times >"$work/times" # a builtin, not forked: it sees this shell's children
  cpu=$(tail -1 "$work/times" | awk '{ split($1, u, "m"); split($2, s, "m"); printf "%.1f s", u[1]*60 + u[2] + s[1]*60 + s[2] }')
  secs() { awk -v d="$1" 'BEGIN { printf "%.1f s", d / 1e6 }'; }
  if [ $rc -eq 0 ] && [ -z "$killed" ]; then
    secs $((now - start))
  elif [ -n "$ready" ] && [ -n "$killed" ]; then
    echo "$(secs $((ready - start))) (PDF written; not exited at $limit s)"
  elif [ -n "$ready" ]; then
    echo "$(secs $((ready - start))) (PDF written; then exit $rc)"
  elif [ -n "$killed" ]; then
    echo "gave up after $limit s"
  elif [ $rc -ge 128 ]; then
    echo "crashed (signal $((rc - 128)))"
  else
    echo "failed (exit $rc)"
  fi | tr -d '\n'
  echo "|$cpu"
}
size() { [ -s "$1" ] && awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }' || echo "-"; }
pages() { [ -s "$1" ] && pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }' || echo "-"; }

rows=()
for n in "${counts[@]}"; do
  id=${report[$n]}
  dir="$work/r$n"
  mkdir -p "$dir"

  t=$(timed "$dir/newsdesk.pdf" "$work/newsdesk" --db "$work/library.sqlite" pdf "$id" -o "$dir/newsdesk.pdf")
  rows+=("$n|newsdesk pdf (200 dpi)|$t|$(size "$dir/newsdesk.pdf")|$(pages "$dir/newsdesk.pdf")")

  # The HTML rendering: the bundle's body (originals beside it), on an A4 page.
  nd export "$id" -o "$dir/bundle.zip"
  unzip -q -o "$dir/bundle.zip" -d "$dir/html"
  {
    echo '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
    echo "<title>$(jq -r '.headlines[] | select(.role=="main") | .value | @html' "$dir/html/ninjs.json")</title>"
    echo '<style>@page { size: A4; margin: 18mm 18mm 20mm 22mm }'
    echo 'body { font-family: "Noto Serif", serif; font-size: 12pt; text-align: justify }'
    echo 'figure { margin: 4mm 0; break-inside: avoid } img { width: 100%; height: auto }'
    echo 'figcaption { font-style: italic; text-align: center } table { border-collapse: collapse; width: 100% }'
    echo 'td, th { border: 0.2mm solid #555; padding: 1mm }</style></head><body>'
    echo "<p><b>$(jq -r '.headlines[] | select(.role=="kicker") | .value | @html' "$dir/html/ninjs.json")</b></p>"
    echo "<h1>$(jq -r '.headlines[] | select(.role=="main") | .value | @html' "$dir/html/ninjs.json")</h1>"
    jq -r '.bodies[0].value' "$dir/html/ninjs.json"
    echo "<p style=\"text-align: right\"><b>$(jq -r '.by // "" | @html' "$dir/html/ninjs.json")</b></p>"
    echo '</body></html>'
  } > "$dir/html/report.html"

  for tool in $tools; do
    case $tool in
      chromium)
        out="$dir/chromium.pdf"
        t=$(timed "$out" chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
          --user-data-dir="$work/chromium-profile" --print-to-pdf="$out" "file://$dir/html/report.html")
        rows+=("$n|Chromium --print-to-pdf|$t|$(size "$out")|$(pages "$out")") ;;
      libreoffice)
        out="$dir/lo/report.pdf"
        t=$(timed "$out" soffice -env:UserInstallation="file://$work/lo-profile" --headless --norestore \
          --convert-to pdf --outdir "$dir/lo" "$dir/html/report.html")
        rows+=("$n|LibreOffice --convert-to pdf|$t|$(size "$out")|$(pages "$out")") ;;
    esac
  done
done

echo
echo "Same report, same run: the team's sample plus N photos from a 24-megapixel camera"
echo "($max originals, ${camera_mb} MB on disk), on $(nproc) cores, $(date -u +%Y-%m-%d)."
echo "Load average when done: $(cut -d' ' -f1-3 /proc/loadavg): wall times grow with other work, processor times do not."
echo "Processor time counts the tool and the processes it waited for; Chromium's renderers run"
echo "under its zygote and are mostly not counted, so its figure is a floor."
echo
printf "%-7s %-30s %-42s %-12s %-10s %s\n" "photos" "tool" "time" "processor" "size" "pages"
for r in "${rows[@]}"; do
  IFS='|' read -r n tool t c s p <<<"$r"
  printf "%-7s %-30s %-42s %-12s %-10s %s\n" "$n" "$tool" "$t" "$c" "$s" "$p"
done
