#!/usr/bin/env bash
# Lints the API's OpenAPI document with two independent linters from the npm registry: Redocly's recommended rules
# and Spectral's spectral:oas ruleset. Any error or warning fails. Used by .ci/run; needs Node.js and npm.
set -euo pipefail
shopt -s lastpipe
cd "$(dirname "$0")/.."
document=app/src/main/resources/api/openapi.json
tools=target/openapi-lint
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund --prefix . @redocly/cli@2.77.0 @stoplight/spectral-cli@6.16.3 >/dev/null)
fi
echo '{"extends": ["spectral:oas"]}' > "$tools/.spectral.json"
echo "OpenAPI: redocly lint (recommended-strict: warnings are errors)"
"$tools/node_modules/.bin/redocly" lint --extends recommended-strict "$document" 2>&1 | grep -v '[║╔╚]'
echo "OpenAPI: spectral lint (spectral:oas, warnings are errors)"
"$tools/node_modules/.bin/spectral" lint --ruleset "$tools/.spectral.json" --fail-severity=warn "$document"
