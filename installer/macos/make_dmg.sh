#!/bin/bash
# Make a compressed disk image holding the .app and a link to /Applications, to drag it across.
# Usage: make_dmg.sh PATH/Aide-Mémoire.app OUT.dmg   (needs macOS: hdiutil comes with it)
set -euo pipefail
app="$1"
out="$2"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 2; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "Aide-Mémoire" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
echo "made $out"
