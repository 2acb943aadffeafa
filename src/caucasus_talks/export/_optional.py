"""Optional dependencies (pandas, networkx), imported only when asked for, with a clear error."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["require"]


def require(module: str, extra: str, feature: str) -> Any:
    """The module ``module``; if it is not installed, an ``ImportError`` saying which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"{feature} needs {module}, which is not installed: pip install 'caucasus-talks[{extra}]'") from None
