#!/bin/bash
# release.sh -- META.json against the PGXN meta spec 1.0.0 (its required
# keys and their forms), the versions of the extension, META.json and the
# loader agreeing, and make dist's tarball.
#
#   test/package/release.sh SCRATCH_DIR
#
# Prints TAP lines.  Needs jq and a git checkout.
set -uo pipefail

cd "$(dirname "$0")/../.."
scratch=$1/release
mkdir -p "$scratch"
meta=META.json

. test/tap.sh

jqt() { jq -e "$@" "$meta" >/dev/null 2>&1; }
field() { jq -r "$1" "$meta"; }

semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$'
# The spec's license strings.
licenses=" agpl_3 apache_1_1 apache_2_0 artistic_1 artistic_2 bsd freebsd gfdl_1_2
	gfdl_1_3 gpl_1 gpl_2 gpl_3 lgpl_2_1 lgpl_3_0 mit mozilla_1_0 mozilla_1_1 openssl
	perl_5 postgresql qpl_1_0 ssleay sun zlib open_source restricted unrestricted unknown "

valid_license() {
	local l
	jqt '.license | type == "string" or type == "array" or type == "object"' || return 1
	for l in $(jq -r 'if (.license | type) == "string" then .license
			elif (.license | type) == "array" then .license[]
			else (.license | keys[]) end' "$meta"); do
		case "$licenses" in *[[:space:]]"$l"[[:space:]]*) ;; *) echo "# unknown license $l"; return 1 ;; esac
	done
}

provides_ok() {
	local ext file version ok=0
	while IFS=$'\t' read -r ext file version; do
		[ -f "$file" ] || { echo "# $ext: no file $file"; ok=1; }
		[[ $version =~ $semver ]] || { echo "# $ext: version \"$version\" is not semantic"; ok=1; }
	done < <(jq -r '.provides | to_entries[] | [.key, .value.file, .value.version] | @tsv' "$meta")
	return $ok
}

extversion=$(sed -n 's/^EXTVERSION[[:space:]]*=[[:space:]]*//p' Makefile)
control_version=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" skanecoop.control)
loader_version=$(loader/skanecoop-load --version | awk '{ print $NF }')
# PGXN wants three parts: 0.1 is 0.1.0 there.
meta_version=$extversion
[[ $extversion =~ ^[0-9]+\.[0-9]+$ ]] && meta_version=$extversion.0

versions_agree() {
	local got="$control_version $loader_version $(field .version) $(field '.provides.skanecoop.version')"
	local want="$extversion $extversion $meta_version $meta_version"
	[ "$got" = "$want" ] && return 0
	echo "# control, loader, META.json, provides: $got; from EXTVERSION $extversion: $want"
	return 1
}

check "META.json is JSON" jq empty "$meta"
for key in name abstract version maintainer license provides meta-spec; do
	check "META.json has $key" jqt --arg k "$key" 'has($k) and .[$k] != null and .[$k] != ""'
done
check "meta-spec is version 1.0.0" jqt '."meta-spec".version == "1.0.0"'
check "name is the extension's" jqt '.name == "skanecoop" and (.name | test("^[A-Za-z][A-Za-z0-9_-]+$"))'
check "abstract is one line of text" jqt '(.abstract | type) == "string" and (.abstract | test("\n") | not)'
check "version is a semantic version" jqt --arg re "$semver" '.version | test($re)'
check "maintainer is a name or a list of names" \
	jqt '(.maintainer | type) == "string" or ((.maintainer | type) == "array" and (.maintainer | length) > 0)'
check "license is one the spec names" valid_license
check "provides has the extension" jqt '.provides.skanecoop | has("file") and has("version")'
check "each thing provided has an existing file and a semantic version" provides_ok
check "control file, Makefile, META.json and loader give the same version" versions_agree

rm -f "$scratch"/*.tar.gz
dist() { make -s dist DIST_DIR="$scratch" >"$scratch/dist.log" 2>&1 || { sed 's/^/# /' "$scratch/dist.log"; return 1; }; }
check "make dist" dist
tarball=$scratch/skanecoop-$extversion.tar.gz
check "the tarball is named skanecoop-$extversion.tar.gz" test -f "$tarball"
tar -tzf "$tarball" 2>/dev/null | sort >"$scratch/entries"
check "everything in it is under skanecoop-$extversion/" \
	test "$(grep -vc "^skanecoop-$extversion/" "$scratch/entries")" = 0
git ls-tree -r --name-only HEAD | sed "s|^|skanecoop-$extversion/|" | sort >"$scratch/committed"
same_files() {
	grep -v '/$' "$scratch/entries" | diff - "$scratch/committed" >"$scratch/files.diff" && return 0
	head -10 "$scratch/files.diff" | sed 's/^/# /'
	return 1
}
check "it holds every committed file and nothing else" same_files
check "META.json is in it" grep -qx "skanecoop-$extversion/META.json" "$scratch/entries"

done_testing
