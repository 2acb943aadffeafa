"""The extractor's work grows in proportion to its input, on any text made of a few adversarial pieces.

Work is counted, not timed: the number of Python and C function calls the
extractor makes (``sys.setprofile``), which no machine's speed changes. A
text four times as long may cost at most five times the calls (plus a small
constant for the fixed set-up). Speed itself is measured in
``benchmarks/bench_extract.py``, which also times the regular expressions'
own work, invisible to this count.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_talks import extract

#: Pieces each of which once made some stage of the extractor slow down on long runs of it.
PIECES = [
    ".",
    "!",
    "?",
    "\u2026",
    " ",
    "\n",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "Blinken",
    "Aliyev",
    " met ",
    " said ",
    "Pashinyan and Aliyev met in Sochi on November 26. ",
    "President ",
    "A",
    "2022",
    "-",
    ",",
    "(",
]

UNITS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


def calls(text: str) -> int:
    """The calls ``extract`` makes on ``text``, once the bundled registries are loaded (a cost paid once)."""
    extract("Blinken met Aliyev in Sochi.", published="2022-11-10")
    count = 0

    def profile(_frame: FrameType, _event: str, _arg: Any) -> None:
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        extract(text, published="2022-11-10")
    finally:
        sys.setprofile(None)
    return count


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=UNITS)
def test_four_times_the_text_costs_at_most_five_times_the_work(unit: str) -> None:
    small = unit * max(1, 1500 // len(unit))
    base, four = calls(small), calls(small * 4)
    assert four <= 5 * base + 20_000, (unit, base, four)
