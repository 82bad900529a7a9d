#!/usr/bin/env bash
# make-fixtures.sh regenerates the Word files the docx and awardfile tests read,
# with two real producers: python-docx (Debian python3-docx) and LibreOffice
# (Debian libreoffice-writer-nogui, converting flat ODT text documents to .docx).
# The content is fictional. Needs ImageMagick's convert for the photos.
#   docx/testdata/make-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert -size 640x427 gradient:steelblue-khaki -fill white -draw "rectangle 40,40 200,160" "$tmp/photo1.jpg"
convert -size 480x640 gradient:darkgreen-wheat -fill navy -draw "circle 240,320 240,200" "$tmp/photo2.jpg"
convert -size 400x260 gradient:orange-purple -fill white -draw "rectangle 60,60 160,120" "$tmp/photo3.png"
/usr/bin/python3 make_fixtures.py "$tmp"
for f in "$tmp"/*.fodt; do
  soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
    --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$f" >/dev/null
done
cp "$tmp/report-libreoffice.docx" "$tmp/annex-libreoffice.docx" .
