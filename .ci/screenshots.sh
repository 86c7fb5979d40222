#!/usr/bin/env bash
# Regenerates the README's designer screenshots (light and dark; laptop 1366x768 and phone 390x844) in
# .github/screenshots, from the real app in Chromium (/usr/bin/chromium or CHROMIUM_PATH), as a first visit shows it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export SCREENSHOTS_DIR="$PWD/.github/screenshots"

dotnet test tests/MultiStageBuild.Browser.Tests --filter "Category=Screenshots"
ls -l "$SCREENSHOTS_DIR"/designer-*.png
