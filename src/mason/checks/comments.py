# @file comments.py
# @path src/mason/checks/comments.py
# @version 0.1.0
"""A Python file's comments by line, from the tokenizer (never a regex over code or strings)."""

import io
import tokenize


def comments_by_line(text: str) -> dict[int, str]:
    """Return every comment in ``text`` by its 1-based line number."""
    comments: dict[int, str] = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.string
    except (tokenize.TokenError, SyntaxError):
        pass  # the design check reports files that do not parse
    return comments
