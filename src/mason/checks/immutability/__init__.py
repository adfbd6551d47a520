# @file __init__.py
# @path src/mason/checks/immutability/__init__.py
# @version 0.1.0
"""The ``immutability`` check: no shared mutable state in pure layers, no mutable fields."""
