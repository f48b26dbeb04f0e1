#!/usr/bin/env bash
# Installs what the tests need and runs the whole suite: the README's test command.
# As root it installs Debian's chromium and postgresql when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installeren met apt-get: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "Ontbrekend: ${need[*]}. Installeer als root: apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
npm run check
npm test
