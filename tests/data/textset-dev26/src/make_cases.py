#!/usr/bin/env python3
"""Turn the tagged line lists in cases_*.py here into ../cases/<id>.txt + <id>.json, with the
generator of textset-dev20 (tests/data/textset-dev20/src/make_cases.py; its docstring gives the
line-list format and the options)."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "dev20_make_cases", os.path.join(HERE, "..", "..", "textset-dev20", "src", "make_cases.py"))
generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generator)

if __name__ == "__main__":
    generator.main(HERE)
