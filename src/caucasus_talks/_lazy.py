"""Names a package exports but imports on first use (PEP 562), so that importing the package stays light.

A package says where each lazily exported name lives and installs the
module ``__getattr__`` and ``__dir__`` this module makes::

    __getattr__, __dir__ = exports(__name__, {"query": ".query", "extract": ".extract:extract"})

``".query"`` is a submodule itself; ``".extract:extract"`` is the attribute
``extract`` of the submodule ``.extract``. A name is imported the first time
it is read and then kept in the package like any other attribute.

When a submodule has the name of an attribute the package exports from it
(the subpackage ``caucasus_talks.extract`` and the function
``caucasus_talks.extract``), importing the submodule directly makes the
import system bind the module onto the package, over the exported name. The
package then binds the exported attribute instead, as an eager
``from .extract import extract`` in its ``__init__`` would have left it.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["exports"]


def exports(package: str, where: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package`` that import each name of ``where`` on first use."""
    targets: dict[str, tuple[str, str | None]] = {}
    for name, spec in where.items():
        module, _, attribute = spec.partition(":")
        if not module.startswith(".") or module.startswith(".."):
            raise ValueError(f"{name}: {spec!r} is not a submodule of {package} ('.module' or '.module:attribute')")
        targets[name] = (package + module, attribute or None)
    namespace = sys.modules[package]

    class Package(types.ModuleType):
        def __setattr__(self, name: str, value: Any) -> None:
            module, attribute = targets.get(name, ("", None))
            if attribute is not None and isinstance(value, types.ModuleType) and value.__name__ == module:
                value = getattr(value, attribute)  # the import system binding a same-named submodule
            super().__setattr__(name, value)

    namespace.__class__ = Package

    def __getattr__(name: str) -> Any:
        target = targets.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = target
        value: Any = importlib.import_module(module)
        if attribute is not None:
            value = getattr(value, attribute)
        setattr(namespace, name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(namespace), *targets})

    return __getattr__, __dir__
