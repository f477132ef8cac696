#!/usr/bin/env bash
# Every test: unit, component, and end-to-end in real Chromium and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
