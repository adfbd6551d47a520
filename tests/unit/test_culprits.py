# @file test_culprits.py
# @path tests/unit/test_culprits.py
# @version 0.1.0
"""Finding the edits that break an invariant, by halving: searched with hypothesis.

Hypothesis draws the edits, the culprits among them and how they break the invariant (any one
of them, or only all together); the search must return a set whose removal mends it, with no
member it does not need, in few trials.
"""

import math

from hypothesis import given
from hypothesis import strategies as st

from mason.checks.culprits import find_culprits


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[int], frozenset[int]]:
    edits = list(range(draw(st.integers(min_value=1, max_value=60))))
    culprits = draw(st.frozensets(st.sampled_from(edits), min_size=1, max_size=4))
    return edits, culprits


@given(cases())
def test_each_culprit_alone_breaks_it_and_exactly_they_are_found(
    case: tuple[list[int], frozenset[int]],
) -> None:
    edits, culprits = case
    trials: list[frozenset[int]] = []

    def still_broken(removed: frozenset[int]) -> bool:  # any culprit kept breaks it
        trials.append(removed)
        return not culprits <= removed

    assert find_culprits(edits, still_broken) == culprits
    bound = 1 + 2 * len(culprits) * (math.ceil(math.log2(len(edits))) + 1)
    assert len(trials) <= bound


@given(cases())
def test_culprits_that_break_it_only_together_give_one_that_mends_it(
    case: tuple[list[int], frozenset[int]],
) -> None:
    edits, culprits = case

    def still_broken(removed: frozenset[int]) -> bool:  # broken while all of them are kept
        return not culprits & removed

    found = find_culprits(edits, still_broken)
    assert found is not None
    assert len(found) == 1
    assert found <= culprits
    assert not still_broken(found)


@given(st.lists(st.integers(), unique=True, max_size=20))
def test_a_break_no_edit_explains_is_none(edits: list[int]) -> None:
    assert find_culprits(edits, lambda _removed: True) is None
