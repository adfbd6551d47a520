# @file __init__.py
# @path src/mason/checks/structure/__init__.py
# @version 0.1.0
"""The ``structure`` check: src/ layout, one configuration file, the lock, the required files."""
