# @file path_scope.py
# @path src/mason/checks/purity/path_scope.py
# @version 0.1.0
"""One scope of a module as the path analysis sees it: its names, which are paths."""


class PathScope:
    """One scope's names: which it binds, which are paths, which hold paths.

    Working state of one walk (filled as the scope's bindings are read), so not a value.
    """

    __slots__ = ("attributes", "bound", "collections", "paths", "receiver")

    def __init__(
        self,
        bound: frozenset[str],
        *,
        receiver: str | None = None,
        attributes: frozenset[str] = frozenset(),
    ) -> None:
        """Start with the names the scope binds; none is known to be a path yet."""
        self.bound = bound
        self.paths: set[str] = set()
        self.collections: set[str] = set()
        self.receiver = receiver
        """The method's first parameter (``self``, ``cls``), if the scope is a method."""
        self.attributes = attributes
        """The attributes the method's class annotates as paths (``self.root``)."""
