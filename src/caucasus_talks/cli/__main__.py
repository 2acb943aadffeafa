"""``python -m caucasus_talks.cli``: the same as the ``caucasus-talks`` command."""

import sys

from . import main

sys.exit(main())
