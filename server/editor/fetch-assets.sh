#!/usr/bin/env bash
# Re-fetches the editor's vendored files from the npm registry into assets/,
# with each package's LICENSE, and checks every file against the hash in
# assets/manifest.txt. Run it after changing the manifest (for a new gqlgen
# whose playground pins other versions), then commit assets/.
#
# Needs npm, tar, openssl and base64.
set -euo pipefail
cd "$(dirname "$0")"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# dir prints the folder a package's files are served from: name-version, a
# scope's "@" dropped and its "/" turned into "-".
dir() {
	local name=${1%@*} version=${1##*@}
	name=${name#@}
	echo "assets/${name//\//-}-$version"
}

status=0
while read -r pkg file sri; do
	[[ -z "$pkg" || "$pkg" == \#* ]] && continue
	unpacked="$tmp/${pkg//\//_}"
	if [[ ! -d "$unpacked" ]]; then
		mkdir -p "$unpacked"
		(cd "$unpacked" && npm pack --silent "$pkg" >/dev/null && tar -xzf ./*.tgz)
	fi
	got="sha256-$(openssl dgst -sha256 -binary "$unpacked/package/$file" | base64 -w0)"
	if [[ "$got" != "$sri" ]]; then
		echo "fetch-assets: $pkg $file: got $got, want $sri" >&2
		status=1
		continue
	fi
	out=$(dir "$pkg")
	mkdir -p "$out"
	cp "$unpacked/package/$file" "$out/$(basename "$file")"
	cp "$unpacked/package/LICENSE" "$out/LICENSE"
	echo "fetch-assets: $pkg $file ok"
done < assets/manifest.txt
exit $status
