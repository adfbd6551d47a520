# @file __init__.py
# @path src/mason/domain/__init__.py
# @version 0.1.0
"""Pure data: typed atoms and frozen models shared by every layer; no I/O."""
