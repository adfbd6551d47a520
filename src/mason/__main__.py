# @file __main__.py
# @path src/mason/__main__.py
# @version 0.1.0
"""Run mason as ``python -m mason``."""

from mason.cli.app import main

raise SystemExit(main())
