#!/usr/bin/env bash
# Writes a plain man page (roff) for an argument-parser program from its `--help` output, to stdout.
# The fallback of build-deb.sh when swift-argument-parser's generate-manual plugin cannot run (prebuilt binaries).
#
# usage: packaging/man-from-help.sh PROGRAM SECTION VERSION
#   The NAME line comes from "OVERVIEW:", the SYNOPSIS from "USAGE:", every other "HEADING:" becomes a section whose
#   text is kept as it is laid out (.nf), so option tables stay aligned.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 PROGRAM SECTION VERSION" >&2
    exit 2
fi
program=$1
section=$2
version=$3
name=$(basename "$program")
help=$("$program" --help)
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)

printf '%s\n' "$help" | awk -v name="$name" -v section="$section" -v version="$version" -v date="$date" '
    function esc(s) {
        gsub(/\\/, "\\e", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    function close_block() { if (open) { print ".fi"; open = 0 } }
    function name_section() {
        if (named) return
        named = 1
        print ".SH NAME"
        print esc(name) " \\- " esc(overview == "" ? name : overview)
    }
    BEGIN { printf ".TH %s %s %s \"%s %s\"\n", toupper(name), section, date, name, version }
    /^OVERVIEW: / { overview = substr($0, 11); in_overview = 1; next }
    /^USAGE: / {
        in_overview = 0
        name_section()
        print ".SH SYNOPSIS"
        print ".nf"; print esc(substr($0, 8)); print ".fi"
        # The text between OVERVIEW and USAGE is the discussion.
        if (discussion != "") { print ".SH DESCRIPTION"; print ".nf"; printf "%s", discussion; print ".fi" }
        next
    }
    /^[A-Z][A-Z ]*:$/ {
        in_overview = 0
        close_block()
        name_section()
        print ".SH " substr($0, 1, length($0) - 1)
        print ".nf"; open = 1
        next
    }
    in_overview { if ($0 != "" || discussion != "") discussion = discussion esc($0) "\n"; next }
    open { print esc($0) }
    END { close_block(); name_section() }
'
