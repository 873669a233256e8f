# Used by scripts/test: make sure the C libraries and Python's YAML (the reference parser of
# the YAML tests) are present.


have_pkg() { pkg-config --exists "$1" 2>/dev/null; }

ensure_apt_packages() {
    local missing=()
    have_pkg libcurl || missing+=(libcurl4-openssl-dev)
    have_pkg yaml-0.1 || missing+=(libyaml-dev)
    command -v pkg-config >/dev/null || missing+=(pkg-config)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "error: missing system packages: ${missing[*]}" >&2
        echo "       install them with: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "==> apt-get install ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

ensure_python_yaml() {
    python3 -c 'import yaml' 2>/dev/null && return 0
    echo "==> pip install pyyaml (reference parser for the YAML tests)"
    python3 -m pip install -q pyyaml || {
        echo "error: the YAML tests need python3 with PyYAML: python3 -m pip install pyyaml" >&2
        exit 1
    }
}

ensure_prerequisites() {
    command -v swift >/dev/null || { echo "error: swift is not on PATH (Swift 6.3 needed)" >&2; exit 1; }
    ensure_apt_packages
    ensure_python_yaml
}
