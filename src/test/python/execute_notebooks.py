"""Executes notebooks top to bottom with nbclient and writes them with their outputs.

Usage: execute_notebooks.py OUTPUT_DIR NOTEBOOK...   (the connection comes from the environment)
Exits 1 with the failing cell's error when a cell raises.
"""
import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(output_dir, notebooks):
    output = pathlib.Path(output_dir)
    output.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in map(pathlib.Path, notebooks):
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
            print(f"{path.name}: ran")
        except CellExecutionError as error:
            failures += 1
            print(f"{path.name}: {error}", file=sys.stderr)
        nbformat.write(notebook, output / path.name)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
