#!/usr/bin/env bash
# The performance harness on the Release build: every figure of the README's performance table, written to
# BenchmarkDotNet.Artifacts/results.md. Not run by CI (it needs an idle machine). Arguments go to the harness:
#   bash .ci/benchmarks.sh                 all sections
#   bash .ci/benchmarks.sh browser --quick one section, short runs
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

args=("$@")
if [[ ${#args[@]} -eq 0 || ${args[0]} == --* ]]; then
  args=(all "${args[@]}")
fi

started=$SECONDS
dotnet run -c Release --project tests/MultiStageBuild.Benchmarks -- "${args[@]}"
echo "Benchmarks took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s; tables in BenchmarkDotNet.Artifacts/results.md"
