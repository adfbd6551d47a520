#!/usr/bin/env bash
# @file setup.sh
# @path setup.sh
# @version 0.1.0
# @description Idempotent set-up: uv (installed with pip if missing), a Python >= 3.12, `uv sync --locked`.
#
# Safe to run again at any time: it changes nothing that is already right.
# Environment: MASON_PYTHON=/path/to/python3.x forces the interpreter; MASON_NO_DEV=1 installs
# mason without its development tools (what the pre-commit hooks need) and prints no next steps.
# Colour only on a terminal, and never with NO_COLOR set (https://no-color.org).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ -t 2 ] && [ -z "${NO_COLOR:-}" ]; then
  bold=$'\033[1m' red=$'\033[1;31m' plain=$'\033[0m' color=auto
else
  bold='' red='' plain='' color=never
fi
say() { printf '%ssetup:%s %s\n' "$bold" "$plain" "$*" >&2; }
die() { printf '%ssetup: error:%s %s\n' "$red" "$plain" "$1" >&2; [ -n "${2:-}" ] && printf 'hint: %s\n' "$2" >&2; exit 1; }

# --- 1. uv ---------------------------------------------------------------------------------------
bootstrap_python() {
  local candidate
  for candidate in python3 python; do
    if command -v "$candidate" >/dev/null 2>&1; then echo "$candidate"; return 0; fi
  done
  return 1
}

uv_cmd=()
if command -v uv >/dev/null 2>&1; then
  uv_cmd=(uv)
else
  py="$(bootstrap_python)" || die "no python3 on PATH to install uv with" "install Python 3 and pip first"
  if ! "$py" -m uv --version >/dev/null 2>&1; then
    say "uv not found; installing it with pip"
    "$py" -m pip install --quiet uv \
      || "$py" -m pip install --quiet --user uv \
      || "$py" -m pip install --quiet --user --break-system-packages uv \
      || die "pip could not install uv" "install uv by hand: https://docs.astral.sh/uv/"
  fi
  uv_cmd=("$py" -m uv)
fi
uv_cmd+=(--color "$color")
say "using $("${uv_cmd[@]}" --version)"

# --- 2. a Python >= 3.12 -------------------------------------------------------------------------
is_new_enough() {
  "$1" -c 'import sys; raise SystemExit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
  local candidate root version
  if [ -n "${MASON_PYTHON:-}" ]; then
    is_new_enough "$MASON_PYTHON" && { echo "$MASON_PYTHON"; return 0; }
    die "MASON_PYTHON=$MASON_PYTHON is not a Python >= 3.12"
  fi
  for candidate in python3.14 python3.13 python3.12 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && is_new_enough "$(command -v "$candidate")"; then
      command -v "$candidate"; return 0
    fi
  done
  root="${PYENV_ROOT:-}"
  if [ -z "$root" ] && command -v pyenv >/dev/null 2>&1; then root="$(pyenv root)"; fi
  [ -z "$root" ] && [ -d "$HOME/.pyenv" ] && root="$HOME/.pyenv"
  if [ -n "$root" ] && [ -d "$root/versions" ]; then
    for version in $(ls -1 "$root/versions" | sort -t. -k1,1nr -k2,2nr -k3,3nr); do
      candidate="$root/versions/$version/bin/python3"
      if [ -x "$candidate" ] && is_new_enough "$candidate"; then echo "$candidate"; return 0; fi
    done
  fi
  candidate="$("${uv_cmd[@]}" python find '>=3.12' 2>/dev/null || true)"
  if [ -n "$candidate" ]; then echo "$candidate"; return 0; fi
  say "no Python >= 3.12 found; asking uv to download one"
  if "${uv_cmd[@]}" python install 3.12 >&2; then
    "${uv_cmd[@]}" python find '>=3.12'; return 0
  fi
  return 1
}

# --- 3. the environment, exactly as locked -------------------------------------------------------
groups=()
[ "${MASON_NO_DEV:-}" = 1 ] && groups=(--no-dev)
if [ -z "${MASON_PYTHON:-}" ] && [ -x .venv/bin/python ] && is_new_enough .venv/bin/python; then
  say "reusing .venv ($(.venv/bin/python --version))"
  "${uv_cmd[@]}" sync --locked --compile-bytecode --quiet "${groups[@]}"
else
  python="$(find_python)" || die "no Python >= 3.12 found (PATH, pyenv, uv-managed)" \
    "install Python 3.12 or newer, or set MASON_PYTHON=/path/to/python3.12"
  say "using $("$python" --version) at $python"
  "${uv_cmd[@]}" sync --locked --compile-bytecode --python "$python" --quiet "${groups[@]}"
fi
# uv compiles what it installs, but mason itself is installed editable from src/: compile it
# too, or a Python started with PYTHONDONTWRITEBYTECODE (common in containers and CI images)
# compiles every mason module on every start (about 0.13 s of each pre-commit hook's run).
.venv/bin/python -m compileall -q src/mason >/dev/null || say "could not compile src/mason (read-only?); mason still runs"
say "environment ready in .venv ($(.venv/bin/mason --version))"

# pyright's PyPI package fetches the matching pyright release from npm on first use; warm it
# here so the first audit or test run does not pay for it (harmless when offline).
.venv/bin/pyright --version >/dev/null 2>&1 || say "pyright could not fetch its runtime yet (offline?); it will retry on first use"

[ "${MASON_NO_DEV:-}" = 1 ] && exit 0  # the hooks' set-up: no developer's next steps
cat >&2 <<'EOF'

next:
  .venv/bin/mason new demo --layout cli     # start a project that passes every gate
  .venv/bin/mason audit demo --sync         # the CI gate, on that project
  .venv/bin/python -m pytest -n 2           # mason's own test suite (two workers)
  (direnv users: `direnv allow` activates .venv through .envrc)
EOF
