"""Runs the released server's prompt function, upstream's prompts.multi_stage_build, on the golden argument files
(the seed's "When invoked with" arguments and its three example invocations) and checks or writes what it returns
as the contree-mcp-0.1 edition's golden files, each byte for byte, without a final newline."""
import importlib.util
import json
import sys

from golden_files import sync

ARGUMENT_FILES = [
    "invoked-with.json",
    "example-python-package.json",
    "example-custom-pipeline.json",
    "example-rust-project.json",
]
EDITION = "contree-mcp-0.1"


def load(prompts_path: str):
    spec = importlib.util.spec_from_file_location("upstream_prompts", prompts_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    prompts_path, golden_dir, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    prompts = load(prompts_path)
    expected = {}
    for name in ARGUMENT_FILES:
        document = json.load(open(f"{golden_dir}/{name}", encoding="utf-8"))
        path = f"{golden_dir}/{EDITION}/{name.removesuffix('.json')}.md"
        expected[path] = prompts.multi_stage_build(**document.get("args", document))
    return sync(expected, mode, f"what {prompts_path} returns")


if __name__ == "__main__":
    sys.exit(main())
