#!/usr/bin/env bash
# The demo: installs what is missing, builds the extension and the offline demo pages, then opens
# Chromium with the extension on pages served under the four sites' real URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx wxt build
npx tsx scripts/build-fixtures.ts
npx tsx scripts/demo.ts
