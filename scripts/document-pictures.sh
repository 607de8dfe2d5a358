#!/usr/bin/env bash
# Regenerates the pictures of docs/documents.md: runs the tests that produce each document (they keep their PDFs in
# app/target/documents-gallery), then draws the first page of each as a PNG in docs/images/documents/.
# Needs poppler-utils (pdftoppm), like the test suite. Usage: scripts/document-pictures.sh [--no-tests]
set -euo pipefail
cd "$(dirname "$0")/.."
gallery=app/target/documents-gallery
pictures=docs/images/documents
if [ "${1:-}" != "--no-tests" ]; then
  rm -rf "$gallery"
  ./mvnw -B -q -pl planner,app -am test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='DocumentRendererTest,PlanningPagesTest,ConductUseCasesTest,JuryGuidesTest,ReportsTest,ResultsTest'
fi
mkdir -p "$pictures"
rm -f "$pictures"/*.png
for pdf in "$gallery"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -png -r 40 -f 1 -l 1 -singlefile "$pdf" "$pictures/$name"
  echo "$pictures/$name.png"
done
