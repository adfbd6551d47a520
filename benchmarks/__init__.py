# @file __init__.py
# @path benchmarks/__init__.py
# @version 0.1.0
"""Reproducible performance measurements; each script writes its section of docs/benchmarks.md."""
