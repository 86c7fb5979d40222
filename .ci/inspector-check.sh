#!/usr/bin/env bash
# Runs the official MCP Inspector CLI against a started instance: prompts/list must list the prompt, and
# prompts/get with the seed's example arguments must return the seed's text byte for byte.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
app=src/MultiStageBuild.Web/bin/Debug/net10.0/MultiStageBuild.Web.dll
golden=tests/MultiStageBuild.Core.Tests/Golden
inspector=(npx -y @modelcontextprotocol/inspector@0.15.0 --cli)
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

ConnectionStrings__Presets="Data Source=$work/presets.db" dotnet "$app" --urls "$url" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

healthy() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$url/healthz" 2>/dev/null; }
for _ in $(seq 1 60); do
  healthy && break
  sleep 0.5
done
healthy || { echo "the app did not start:"; cat "$work/app.log"; exit 1; }

"${inspector[@]}" "$url/mcp" --method prompts/list >"$work/list.json"
python3 - "$work/list.json" <<'PY'
import json, sys
names = [p["name"] for p in json.load(open(sys.argv[1]))["prompts"]]
if "multi-stage-build" not in names:
    sys.exit(f"prompts/list did not list multi-stage-build: {names}")
print(f"Inspector prompts/list: {', '.join(names)}")
PY

args=$(python3 -c '
import json, sys
args = json.load(open(sys.argv[1]))
print("\n".join(f"{k}={v}" for k, v in args.items()))' "$golden/invoked-with.json")
mapfile -t prompt_args <<<"$args"
"${inspector[@]}" "$url/mcp" --method prompts/get --prompt-name multi-stage-build --prompt-args "${prompt_args[@]}" >"$work/get.json"
python3 - "$work/get.json" "$golden/returns.md" <<'PY'
import json, sys
text = json.load(open(sys.argv[1]))["messages"][0]["content"]["text"]
expected = open(sys.argv[2], encoding="utf-8", newline="").read()
if text != expected:
    sys.exit("Inspector prompts/get text differs from the seed's Returns block")
print("Inspector prompts/get: the seed's text, byte for byte")
PY
