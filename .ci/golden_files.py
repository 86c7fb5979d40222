"""Writes golden files, or checks that they hold exactly the expected text (byte for byte, no final newline added)."""


def sync(expected: dict[str, str], mode: str, source: str) -> int:
    differ = []
    for path, text in expected.items():
        if mode == "write":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        elif open(path, encoding="utf-8", newline="").read() != text:
            differ.append(path)
    for path in differ:
        print(f"golden file {path} differs from {source}")
    return 1 if differ else 0
