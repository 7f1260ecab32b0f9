#!/usr/bin/env bash
# Browser half of CI: the built site, the PDF export and the checks of both, in Debian's Chromium.
# Runs as root in CI with no stdin; installs Chromium and poppler-utils (pdftotext) with apt-get
# when they are missing. Any failure stops the script with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { printf '\n==> [%ss] %s\n' "$((SECONDS - started))" "$*"; }

missing=()
[ -x /usr/bin/chromium ] || [ -n "${CHROME_PATH:-}" ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Need root to install ${missing[*]}: run  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
step "browser: ${CHROME_PATH:-/usr/bin/chromium} ($("${CHROME_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo 'version unknown'))"

# The user-facing commands first, exactly as a user runs them; the tests then reuse their output
# (DECK_ROOT_SITE, DECK_PDF) instead of building the same deck twice.
step "npm run build  (static site in dist/, with the PDF behind its download button)"
npm run build --silent
test -f dist/index.html

step "npm run export  (exports/<exportFilename>.pdf)"
npm run export --silent
pdf=$(ls -t exports/*.pdf | grep -v -- -handout.pdf | head -n 1)
pdfinfo "$pdf" | grep -E '^(Title|Pages|Page size):' || true

step "npm run handout -- --site dist  (exports/<exportFilename>-handout.pdf: slides with their notes)"
npm run handout --silent -- --site dist
handout=$(ls -t exports/*-handout.pdf | head -n 1)
pdfinfo "$handout" | grep -E '^(Pages|Tagged):' || true

step "npm run test:browser  (sub-path build, slide walk, PDF pages/demos/outline of $pdf and dist/, the handout)"
DECK_ROOT_SITE=dist DECK_PDF="$pdf" DECK_HANDOUT="$handout" npm run test:browser --silent

step "browser checks passed in $((SECONDS - started)) s; screenshots in reports/screenshots/"
