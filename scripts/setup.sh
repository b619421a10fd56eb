#!/usr/bin/env bash
# Install everything the project needs on a Debian machine: the Debian
# packages (grammar checker, spelling dictionaries) and a virtualenv in .venv
# with the pinned Python packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# FreeDict English<->French dictionaries: omission and addition (TQ451/TQ452)
# g++, ninja-build: the fused int8 layer is compiled on the machine (checks/mt/fused.py)
# hunspell-tools: unmunch expands the English dictionary (checks/french/english_words.py)
DEBIAN_PACKAGES=(g++ ninja-build python3-grammalecte hunspell-fr hunspell-en-us hunspell-it hunspell-es hunspell-pt-pt hunspell-tools chromium dict-freedict-eng-fra dict-freedict-fra-eng)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r requirements-dev.txt
# The project itself, editable (pyproject.toml): .venv/bin/tqc runs this checkout's code.
.venv/bin/python -m pip install -q --no-deps -e .
# Grammalecte comes from Debian, not PyPI: expose only its package to the
# virtualenv (adding all of dist-packages would leak other Debian packages in).
debian_site=/usr/lib/python3/dist-packages
if [ -d "$debian_site/grammalecte" ]; then
    mkdir -p .venv/debian-site
    ln -sfn "$debian_site/grammalecte" .venv/debian-site/grammalecte
    site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$PWD/.venv/debian-site" > "$site/tqc-debian-site.pth"
fi
# The fused int8 layer, compiled for this CPU (seconds; without it the Python layer runs).
.venv/bin/python -m checks.mt.fused
echo "Set up: .venv is ready." >&2
