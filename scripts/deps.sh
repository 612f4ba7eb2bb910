# Installs the system packages zcd needs when they are missing (sourced by scripts/start and scripts/test).
zc_install_deps() {
    local need=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
    done
    if [ "${#need[@]}" -gt 0 ]; then
        echo "installing: ${need[*]}" >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
    fi
    command -v swift >/dev/null || { echo "swift is not on PATH (expected Swift 6.2 or later)" >&2; return 1; }
}
