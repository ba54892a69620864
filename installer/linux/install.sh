#!/bin/sh
# Install Aide-Mémoire for this user only (no root): the program stays in this folder; a menu entry and icons go
# to ~/.local/share, a command to ~/.local/bin. The records are in your data folder and are never touched here.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
mkdir -p "$data/applications" "$bin"
cp -R "$here/share/icons" "$data/"
sed "s|^Exec=aide-memoire|Exec=\"$here/aide-memoire\"|" "$here/share/applications/aide-memoire.desktop" \
    > "$data/applications/aide-memoire.desktop"
ln -sf "$here/aide-memoire" "$bin/aide-memoire"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "Aide-Mémoire is in your applications menu; 'aide-memoire' runs it from a terminal (in $bin)."
