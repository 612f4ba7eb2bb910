#!/usr/bin/env bash
# Builds dist/zcd_VERSION_ARCH.deb: zcd and zcctl (release, Swift runtime linked in), the systemd units, sysusers.d
# and tmpfiles.d entries, /etc/zcd/zcd.conf (a conffile), man pages, zcctl's shell completions and the operations
# guide. Idempotent: the staging root is made anew each run and the .deb overwritten.
#
# usage: packaging/build-deb.sh
# environment:
#   ZCD_PREBUILT_DIR  a folder with zcd and zcctl executables to package instead of building them (CI, tests);
#                     man pages are taken from its man/zcd.8 and man/zcctl.1 if there, else made from --help
#   ZCD_VERSION       the package version; default: the VERSION file, else `git describe --tags --always`
#   ZCD_MAINTAINER    the Maintainer field; default: "zcd maintainers <zcd-maintainers@example.org>"
#   ZCD_SKIP_MANUAL_PLUGIN=1  make the man pages from --help even after a build (the plugin costs a release relink)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"
umask 022

scratch=.build-release
stage=$scratch/deb-root
dist=dist

log() { printf 'build-deb: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# --- tools ------------------------------------------------------------------------------------------------------
need=()
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v gzip >/dev/null 2>&1 || need+=(gzip)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing ${need[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        die "missing ${need[*]}: install them (apt-get install ${need[*]}) or run as root"
    fi
fi

# --- version ----------------------------------------------------------------------------------------------------
# A Debian version must start with a digit: v1.2.3 -> 1.2.3; v1.2.3-4-gabc1234 -> 1.2.3+git4.abc1234;
# v1.0-rc1 -> 1.0~rc1; no tag yet -> 0.0.0+gitYYYYMMDD.abc1234 (the commit's date: a rebuild of a commit gets the
# same version).
commit_epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$commit_epoch}
if [ -n "${ZCD_VERSION:-}" ]; then
    version=$ZCD_VERSION
elif [ -s VERSION ]; then
    version=$(tr -d ' \n' <VERSION)
else
    # `git describe --tags --always`, taken apart: without a tag it would print a bare hash, which may start with a
    # digit; a tag's "-" becomes "~" so that 1.0~rc1 sorts before 1.0.
    if described=$(git describe --tags 2>/dev/null); then
        described=${described#v}
        if [[ $described =~ ^(.*)-([0-9]+)-g([0-9a-f]+)$ ]]; then
            version="${BASH_REMATCH[1]//-/\~}+git${BASH_REMATCH[2]}.${BASH_REMATCH[3]}"
        else
            version=${described//-/\~}
        fi
    else
        hash=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
        version="0.0.0+git$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d).$hash"
    fi
    # Uncommitted changes to tracked files: say so, so such a package is never taken for the commit's.
    if ! git diff --quiet HEAD -- 2>/dev/null; then
        version="$version+dirty"
    fi
fi
[[ $version =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "not a Debian version: $version"
arch=$(dpkg --print-architecture)
maintainer=${ZCD_MAINTAINER:-zcd maintainers <zcd-maintainers@example.org>}
log "zcd $version ($arch)"

# --- binaries ---------------------------------------------------------------------------------------------------
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/usr/bin" "$dist"
bins=$scratch/deb-bin
rm -rf "$bins"
mkdir -p "$bins"

if [ -n "${ZCD_PREBUILT_DIR:-}" ]; then
    for exe in zcd zcctl; do
        [ -x "$ZCD_PREBUILT_DIR/$exe" ] || die "ZCD_PREBUILT_DIR=$ZCD_PREBUILT_DIR has no executable $exe"
        cp "$ZCD_PREBUILT_DIR/$exe" "$bins/$exe"
    done
else
    for product in zcd zcctl; do
        log "swift build -c release --static-swift-stdlib --product $product"
        swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$product"
    done
    built=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)
    # Copied out at once: the manual plugin below relinks the same paths without --static-swift-stdlib.
    cp "$built/zcd" "$built/zcctl" "$bins/"
fi

debug=$scratch/deb-debug
rm -rf "$debug"
mkdir -p "$debug"
is_elf() { [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]; }
for exe in zcd zcctl; do
    if is_elf "$bins/$exe" && ldd "$bins/$exe" 2>/dev/null | grep -q '/opt/swift\|libswiftCore\|libFoundation'; then
        die "$exe links the Swift runtime dynamically; build with --static-swift-stdlib"
    fi
    install -m 0755 "$bins/$exe" "$stage/usr/bin/$exe"
    # Stripped as Debian wants; the debug info and symbols go to dist/zcd_VERSION_ARCH.debug.tar.xz, linked by
    # build id and debuglink, to read a crash's backtrace with gdb or eu-stack.
    if is_elf "$stage/usr/bin/$exe"; then
        objcopy --only-keep-debug --compress-debug-sections "$stage/usr/bin/$exe" "$debug/$exe.debug"
        strip --strip-unneeded --remove-section=.comment --remove-section=.note "$stage/usr/bin/$exe"
        objcopy --add-gnu-debuglink="$debug/$exe.debug" "$stage/usr/bin/$exe"
    fi
done

# --- man pages --------------------------------------------------------------------------------------------------
# zcd(8) and zcctl(1) from swift-argument-parser's generate-manual plugin after a build; else from the prebuilt
# folder's man/, else from --help (packaging/man-from-help.sh).
man=$scratch/deb-man
rm -rf "$man"
mkdir -p "$man"
if [ -n "${ZCD_PREBUILT_DIR:-}" ]; then
    if [ -f "$ZCD_PREBUILT_DIR/man/zcd.8" ]; then cp "$ZCD_PREBUILT_DIR/man/zcd.8" "$man/"; fi
    if [ -f "$ZCD_PREBUILT_DIR/man/zcctl.1" ]; then cp "$ZCD_PREBUILT_DIR/man/zcctl.1" "$man/"; fi
elif [ "${ZCD_SKIP_MANUAL_PLUGIN:-0}" != 1 ]; then
    outputs=$scratch/plugins/GenerateManual/outputs
    rm -rf "$outputs"
    for section in 8 1; do
        log "swift package generate-manual --section $section"
        if ! swift package --scratch-path "$scratch" generate-manual --section "$section" \
            --date "$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)" >&2; then
            log "the generate-manual plugin failed; man pages will be made from --help"
            break
        fi
    done
    if [ -f "$outputs/zcd/zcd.8" ]; then cp "$outputs/zcd/zcd.8" "$man/"; fi
    if [ -f "$outputs/zcctl/zcctl.1" ]; then cp "$outputs/zcctl/zcctl.1" "$man/"; fi
fi
for page in zcd.8 zcctl.1; do
    if [ ! -s "$man/$page" ]; then
        log "making $page from ${page%.*} --help"
        "$here/man-from-help.sh" "$bins/${page%.*}" "${page##*.}" "$version" >"$man/$page" ||
            die "${page%.*} --help failed: no man page for it"
    fi
    mkdir -p "$stage/usr/share/man/man${page##*.}"
    gzip -9n <"$man/$page" >"$stage/usr/share/man/man${page##*.}/$page.gz"
done

# --- completions ------------------------------------------------------------------------------------------------
mkdir -p "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
    "$stage/usr/share/fish/vendor_completions.d"
# bash-completion sources its files: no #! line.
"$bins/zcctl" --generate-completion-script bash | sed '1{/^#!/d}' >"$stage/usr/share/bash-completion/completions/zcctl"
"$bins/zcctl" --generate-completion-script zsh >"$stage/usr/share/zsh/vendor-completions/_zcctl"
"$bins/zcctl" --generate-completion-script fish >"$stage/usr/share/fish/vendor_completions.d/zcctl.fish"

# --- systemd, config, docs --------------------------------------------------------------------------------------
install -D -m 0644 "$here/zcd.service" "$stage/lib/systemd/system/zcd.service"
install -D -m 0644 "$here/zcd.socket" "$stage/lib/systemd/system/zcd.socket"
install -D -m 0644 "$here/sysusers.d/zcd.conf" "$stage/usr/lib/sysusers.d/zcd.conf"
install -D -m 0644 "$here/tmpfiles.d/zcd.conf" "$stage/usr/lib/tmpfiles.d/zcd.conf"
install -D -m 0644 "$here/zcd.conf" "$stage/etc/zcd/zcd.conf"
install -D -m 0644 "$repo/docs/operations.md" "$stage/usr/share/doc/zcd/operations.md"
install -D -m 0644 "$here/debian/copyright" "$stage/usr/share/doc/zcd/copyright"
{
    printf 'zcd (%s) unstable; urgency=medium\n\n' "$version"
    printf '  * Built from %s.\n\n' "$(git describe --tags --always --dirty 2>/dev/null || echo 'a source tree')"
    printf ' -- %s  %s\n' "$maintainer" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$stage/usr/share/doc/zcd/changelog.gz"

# --- control ----------------------------------------------------------------------------------------------------
# Depends: the shared libraries of the binaries as dpkg-shlibdeps finds them (it wants a debian/control in its
# working folder), and systemd for systemd-sysusers and systemd-tmpfiles in postinst.
elves=()
for exe in zcd zcctl; do
    if is_elf "$stage/usr/bin/$exe"; then elves+=("-e$repo/$stage/usr/bin/$exe"); fi
done
shlibs=""
if [ ${#elves[@]} -gt 0 ]; then
    shlib_dir=$scratch/deb-shlibdeps
    rm -rf "$shlib_dir"
    mkdir -p "$shlib_dir/debian"
    printf 'Source: zcd\n\nPackage: zcd\nArchitecture: any\n' >"$shlib_dir/debian/control"
    shlibs=$(cd "$shlib_dir" && dpkg-shlibdeps -O "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
    [ -n "$shlibs" ] || die "dpkg-shlibdeps found no dependencies for ${elves[*]}"
fi
depends="${shlibs:+$shlibs, }systemd"

installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
    -e "s|@INSTALLED_SIZE@|$installed_size|" -e "s|@DEPENDS@|$depends|" \
    "$here/debian/control.in" >"$stage/DEBIAN/control"
if grep -q '@[A-Z_]*@' "$stage/DEBIAN/control"; then die "control.in has a placeholder build-deb.sh does not fill"; fi
echo /etc/zcd/zcd.conf >"$stage/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$here/debian/$script" "$stage/DEBIAN/$script"
done
(cd "$stage" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
    >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/conffiles" "$stage/DEBIAN/control"

# Same bytes for the same commit: every file dated at the commit.
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb="$dist/zcd_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group -Zxz "$stage" "$deb" >&2
log "wrote $deb"
if [ -n "$(ls -A "$debug")" ]; then
    tar -C "$debug" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -cJf \
        "$dist/zcd_${version}_${arch}.debug.tar.xz" .
    log "wrote $dist/zcd_${version}_${arch}.debug.tar.xz"
fi
echo "$deb"
