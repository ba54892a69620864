#!/bin/sh
# Remove the menu entry, icons and command that install.sh added. The records (in your data folder) stay.
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -f "$data/applications/aide-memoire.desktop" "$HOME/.local/bin/aide-memoire"
find "$data/icons/hicolor" -name 'aide-memoire.*' -delete 2>/dev/null || true
echo "Removed. Your records are still in your data folder; delete this program folder to finish."
