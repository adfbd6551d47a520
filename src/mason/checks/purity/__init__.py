# @file __init__.py
# @path src/mason/checks/purity/__init__.py
# @version 0.1.0
"""The ``purity`` check: pure layers do no I/O, read no environment, clock or chance."""
