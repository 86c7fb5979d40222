"""Extracts the specification blocks from the seed document: the "When invoked with" arguments,
the "Returns:" Markdown and the three "Example Usage" invocations, each without its final newline."""
import re
import sys

from golden_files import sync

GOLDEN = {
    "invoked-with.json": ("When invoked with:", "json"),
    "returns.md": ("Returns:", "markdown"),
    "example-python-package.json": ("### Python Package Build", "json"),
    "example-custom-pipeline.json": ("### Custom Build Pipeline", "json"),
    "example-rust-project.json": ("### Rust Project", "json"),
}


def block_after(text: str, marker: str, language: str) -> str:
    start = text.index(marker)
    fence = re.compile(r"^```" + language + r"\n(.*?)\n```$", re.S | re.M)
    match = fence.search(text, start)
    if match is None:
        raise SystemExit(f"no ```{language} block after {marker!r}")
    return match.group(1)


def main() -> int:
    seed_path, golden_dir, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    text = open(seed_path, encoding="utf-8").read()
    expected = {f"{golden_dir}/{name}": block_after(text, marker, language) for name, (marker, language) in GOLDEN.items()}
    return sync(expected, mode, f"its block in {seed_path}")


if __name__ == "__main__":
    sys.exit(main())
