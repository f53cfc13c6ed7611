"""Collate witness files with CollateX (the Python port), as crosscheck collate does: one
alignment table over every file given. Used by benches/compare.sh as the reference anchor."""
import sys

from collatex import Collation, collate


def main(paths):
    collation = Collation()
    for i, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            collation.add_plain_witness(f"W{i + 1}", f.read())
    table = collate(collation, output="table", segmentation=False)
    sys.stdout.write(str(table)[:200] + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
