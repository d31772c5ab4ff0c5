#!/usr/bin/env bash
# Re-create the vendored front-end assets of the standard G-Web theme from the
# npm registry, pinned to exact versions. The results are committed; run this
# only to upgrade or to check that the committed files match their source.
#
#   scripts/vendor-assets.sh
#
# Needs: npm, tar, sha256sum, sha1sum (network access to the npm registry).
set -euo pipefail

FONT_PKG="@fontsource/noto-sans-lao"
FONT_VERSION="5.3.0"
FONT_NAME="noto-sans-lao"
SUBSETS=(lao latin latin-ext)
WEIGHTS=(400 700)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$repo_root/gweb/static/fonts/$FONT_NAME"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Fetching $FONT_PKG@$FONT_VERSION from the npm registry..."
(cd "$tmp" && npm pack --silent "$FONT_PKG@$FONT_VERSION" >/dev/null)
tarball="$(find "$tmp" -maxdepth 1 -name '*.tgz' -print -quit)"
[[ -n "$tarball" ]] || { echo "error: npm pack produced no tarball" >&2; exit 1; }

tarball_url="$(npm view "$FONT_PKG@$FONT_VERSION" dist.tarball)"
expected_sha1="$(npm view "$FONT_PKG@$FONT_VERSION" dist.shasum)"
integrity="$(npm view "$FONT_PKG@$FONT_VERSION" dist.integrity)"
sha1="$(sha1sum "$tarball" | cut -d' ' -f1)"
sha256="$(sha256sum "$tarball" | cut -d' ' -f1)"
if [[ "$sha1" != "$expected_sha1" ]]; then
  echo "error: tarball sha1 $sha1 does not match the registry's $expected_sha1" >&2
  exit 1
fi

mkdir -p "$tmp/x"
tar -xzf "$tarball" -C "$tmp/x"
pkg="$tmp/x/package"

rm -rf "$dest"
mkdir -p "$dest"
copied=()
for subset in "${SUBSETS[@]}"; do
  for weight in "${WEIGHTS[@]}"; do
    file="$FONT_NAME-$subset-$weight-normal.woff2"
    if [[ -f "$pkg/files/$file" ]]; then
      cp "$pkg/files/$file" "$dest/$file"
      copied+=("$file")
    elif [[ "$subset" == "latin-ext" ]]; then
      echo "note: $file not in the package, skipped"
    else
      echo "error: $file not found in $FONT_PKG@$FONT_VERSION" >&2
      exit 1
    fi
  done
done
cp "$pkg/LICENSE" "$dest/OFL.txt"

{
  echo "Noto Sans Lao web fonts (woff2), vendored by scripts/vendor-assets.sh"
  echo "Do not edit these files by hand; re-run the script instead."
  echo
  echo "package:   $FONT_PKG"
  echo "version:   $FONT_VERSION"
  echo "tarball:   $tarball_url"
  echo "sha256:    $sha256"
  echo "sha1:      $sha1"
  echo "integrity: $integrity"
  echo "licence:   SIL Open Font License 1.1 (OFL.txt)"
  echo
  echo "unicode ranges per subset (package unicode.json, used in gweb.css):"
  for subset in "${SUBSETS[@]}"; do
    range="$(node -e 'const u=require(process.argv[1]);process.stdout.write(u[process.argv[2]]||"")' "$pkg/unicode.json" "$subset")"
    [[ -n "$range" ]] && echo "  $subset: $range"
  done
  echo
  echo "files:"
  for file in "${copied[@]}"; do
    echo "  $(sha256sum "$dest/$file" | cut -d' ' -f1)  $file"
  done
} > "$dest/SOURCE.txt"

echo "Wrote ${#copied[@]} fonts, OFL.txt and SOURCE.txt to ${dest#"$repo_root"/}"

# -- Quill, the admin's rich-text editor (BSD-3-Clause) ------------------------
QUILL_VERSION="2.0.3"
quill_dest="$repo_root/gweb/static/vendor/quill"
quill_tmp="$tmp/quill"
mkdir -p "$quill_tmp" "$quill_dest"
echo "Fetching quill@$QUILL_VERSION from the npm registry..."
(cd "$quill_tmp" && npm pack --silent "quill@$QUILL_VERSION" >/dev/null)
quill_tarball="$(find "$quill_tmp" -maxdepth 1 -name '*.tgz' -print -quit)"
quill_expected_sha1="$(npm view "quill@$QUILL_VERSION" dist.shasum)"
[[ "$(sha1sum "$quill_tarball" | cut -d' ' -f1)" == "$quill_expected_sha1" ]] \
  || { echo "error: quill tarball sha1 does not match the registry" >&2; exit 1; }
tar -xzf "$quill_tarball" -C "$quill_tmp"
cp "$quill_tmp/package/dist/quill.js" "$quill_tmp/package/dist/quill.snow.css" "$quill_dest/"
cp "$quill_tmp/package/LICENSE" "$quill_dest/LICENSE"
{
  echo "Quill rich-text editor, vendored by scripts/vendor-assets.sh; do not edit by hand."
  echo "package: quill@$QUILL_VERSION ($(npm view "quill@$QUILL_VERSION" dist.tarball))"
  echo "licence: BSD-3-Clause (LICENSE)"
  for file in quill.js quill.snow.css; do
    echo "  $(sha256sum "$quill_dest/$file" | cut -d' ' -f1)  $file"
  done
} > "$quill_dest/SOURCE.txt"
echo "Wrote quill.js, quill.snow.css, LICENSE and SOURCE.txt to ${quill_dest#"$repo_root"/}"
