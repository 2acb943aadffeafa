"""The test session's environment: no terminal width is inherited, so tables print as they do into a pipe.

pytest's plugins load readline, which exports ``COLUMNS`` and ``LINES`` to
every child process (80 columns when there is no terminal) without putting
them in ``os.environ``. The command line honours ``COLUMNS``, so the
documented outputs would then depend on how the tests were started; a test
that wants a width sets ``COLUMNS`` for its own command.
"""

from __future__ import annotations

import os

for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)
    os.unsetenv(_name)
