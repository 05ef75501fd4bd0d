#!/usr/bin/env bash
# Runs a command where the OS keychain (Secret Service) is reachable. On a desktop session it is
# already there. On a headless Linux machine (CI, SSH) it starts a private D-Bus session with an
# unlocked gnome-keyring in temporary directories, so the tests use the real keychain, not a fake.
set -euo pipefail
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ "$(uname)" != "Linux" ] || ! command -v dbus-run-session >/dev/null; then
  exec "$@"
fi
tmp=$(mktemp -d)
mkdir -p "$tmp/data" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" SALVAGE_TEST_KEYRING=1
trap 'rm -rf "$tmp"' EXIT
# dbus-run-session warns that it cannot raise the fd limit in containers: harmless.
dbus-run-session -- bash -c 'echo -n test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
