#!/usr/bin/env bash
# Developer tool (not part of `npm test`): validates the imsmanifest.xml of every SCORM zip against the
# official ADL/IMS XSDs with xmllint, fully offline. An LMS accepting a package proves little (Moodle
# imports truncated manifests), so run this after `npx astro build` whenever packaging changes.
#
#   tests/tools/validate-manifests.sh                 # every dist/scorm/*.zip
#   tests/tools/validate-manifests.sh path/to/a.zip   # just these
#
# Beside the schemas it checks what they cannot: the zip holds exactly the files the manifest lists
# (case-exact) plus, at its root, the schema files the manifest names in xsi:schemaLocation (with the
# files they include; SCORM expects them there, and they are not resource files), and no OS junk.
# Needs xmllint, unzip (or python3), and the official schemas in ../shared/scorm-schemas/ beside the clone (or set SCORM_SCHEMAS_DIR). Exits non-zero on any failure.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
schemas=$(cd "${SCORM_SCHEMAS_DIR:-$repo/../shared/scorm-schemas}" 2>/dev/null && pwd) || {
  echo "No schemas at ${SCORM_SCHEMAS_DIR:-$repo/../shared/scorm-schemas}: set SCORM_SCHEMAS_DIR." >&2
  exit 2
}
command -v xmllint >/dev/null || { echo "xmllint is not installed (apt-get install libxml2-utils)." >&2; exit 2; }

if [ $# -gt 0 ]; then zips=("$@"); else shopt -s nullglob; zips=("$repo"/dist/scorm/*.zip); fi
[ ${#zips[@]} -gt 0 ] || { echo "No zips in dist/scorm/: run npx astro build first." >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# xmllint takes one schema, so each wrapper imports every namespace a manifest may use; without that,
# lax wildcards would let adlcp/imsss/lom elements through unchecked.
cat >"$work/scorm12.xsd" <<XSD
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="file://$schemas/scorm12/imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="file://$schemas/scorm12/adlcp_rootv1p2.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="file://$schemas/scorm12/imsmd_rootv1p2p1.xsd"/>
</xs:schema>
XSD
# ADL's imscp_v1p1.xsd imports xml.xsd from w3.org: import the local copy first and map the URL in a
# catalog, so --nonet never needs the network.
cat >"$work/scorm2004.xsd" <<XSD
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="file://$schemas/scorm2004-4th/xml.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="file://$schemas/scorm2004-4th/imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="file://$schemas/scorm2004-4th/adlcp_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="file://$schemas/scorm2004-4th/adlseq_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="file://$schemas/scorm2004-4th/adlnav_v1p3.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="file://$schemas/scorm2004-4th/imsss_v1p0.xsd"/>
  <xs:import namespace="http://ltsc.ieee.org/xsd/LOM" schemaLocation="file://$schemas/scorm2004-4th/lom.xsd"/>
</xs:schema>
XSD
cat >"$work/catalog.xml" <<XML
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://$schemas/scorm2004-4th/xml.xsd"/>
  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://$schemas/scorm2004-4th/xml.xsd"/>
</catalog>
XML

unpack() {
  if command -v unzip >/dev/null; then
    unzip -qq -o "$1" -d "$2"
  else
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"
  fi
}

# Every <file href> and the resource href, percent-decoded, one a line.
listed_files() {
  xmllint --nonet --xpath '//*[local-name()="file" or local-name()="resource"]/@href' "$1" 2>/dev/null |
    grep -o 'href="[^"]*"' | sed -E 's/^href="(.*)"$/\1/; s/&amp;/\&/g' |
    while IFS= read -r href; do printf '%b\n' "${href//%/\\x}"; done | sort -u
}

# The schema files named in xsi:schemaLocation, one a line.
named_schemas() {
  xmllint --nonet --xpath 'string(/*/@*[local-name()="schemaLocation"])' "$1" 2>/dev/null |
    tr -s ' \t\n' '\n' | awk 'NF { n++; if (n % 2 == 0) print }' | sort -u
}

# What the schemas cannot see: the zip holds exactly the listed files (case-exact) and the schema files
# at its root (those named in xsi:schemaLocation and what they include: root-level .xsd/.dtd files and
# the LOM schema folders), and no OS junk.
check_contents() {
  local dir=$1 manifest=$2 problems=""
  local listed present missing unlisted junk absent_schemas
  listed=$(listed_files "$manifest")
  absent_schemas=$(named_schemas "$manifest" | while IFS= read -r file; do [ -f "$dir/$file" ] || echo "$file"; done)
  present=$(cd "$dir" && find . -type f ! -path ./imsmanifest.xml | sed 's|^\./||' |
    grep -v -E '^([^/]+|(common|extend|unique|vocab)/[^/]+)\.(xsd|dtd)$' | sort)
  missing=$(comm -23 <(printf '%s\n' "$listed") <(printf '%s\n' "$present"))
  unlisted=$(comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$present"))
  junk=$(printf '%s\n' "$present" | grep -E '(^|/)(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)(/|$)' || true)
  [ -z "$absent_schemas" ] || problems+="named in xsi:schemaLocation but not at the zip root:"$'\n'"$absent_schemas"$'\n'
  [ -z "$missing" ] || problems+="listed in the manifest but not in the zip:"$'\n'"$missing"$'\n'
  [ -z "$unlisted" ] || problems+="in the zip but not listed in the manifest:"$'\n'"$unlisted"$'\n'
  [ -z "$junk" ] || problems+="OS junk in the zip:"$'\n'"$junk"$'\n'
  printf '%s' "$problems"
}

# The 1.2 set's ims_xml.xsd binds the xml namespace as the default namespace: libxml2 reports it (three
# lines: message, source line, caret) and carries on. Hide exactly that report.
hide_known_12_quirk() {
  awk '/xml namespace URI cannot be the default namespace/ { skip = 2; next } skip > 0 { skip--; next } { print }'
}

failed=0
for zip in "${zips[@]}"; do
  dir=$(mktemp -d "$work/zip.XXXXXX")
  manifest="$dir/imsmanifest.xml"
  if ! unpack "$zip" "$dir" || [ ! -s "$manifest" ]; then
    echo "FAIL $zip: no imsmanifest.xml at the zip root"
    failed=1
    continue
  fi
  if grep -q 'imscp_rootv1p1p2' "$manifest"; then schema="$work/scorm12.xsd"; else schema="$work/scorm2004.xsd"; fi
  if output=$(XML_CATALOG_FILES="$work/catalog.xml" xmllint --nonet --noout --schema "$schema" "$manifest" 2>&1); then
    status=0
  else
    status=$?
  fi
  # The wrapper's local xml.xsd import wins, so libxml2 says it skips ADL's remote one: expected.
  output=$(printf '%s\n' "$output" | hide_known_12_quirk |
    grep -v -e ' validates$' -e "Skipping import of schema located at 'http://www.w3.org/2001/xml.xsd'" || true)
  [ "$status" -eq 0 ] && output+=$(check_contents "$dir" "$manifest")
  if [ "$status" -eq 0 ] && [ -z "$output" ]; then
    echo "ok   $zip ($(basename "$schema" .xsd))"
  else
    echo "FAIL $zip ($(basename "$schema" .xsd))"
    printf '%s\n' "$output" | sed "s|$manifest|imsmanifest.xml|"
    failed=1
  fi
done
exit "$failed"
