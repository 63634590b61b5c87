"""The program's start as `python -m etsoft_desk --screenshot FILE.png`, but the picture taken at the window's
first painted frame (its list, toolbar and menus), as the bare window of run.py takes its own: after one turn of
the event loop. `--screenshot` itself waits for the work the first paint starts (the count under the list, the
to-do bar's counts) so that the picture is complete; run.py prints both figures.

    python benchmarks/first_paint.py --data-dir DIR --screenshot FILE.png

Nothing is imported ahead of the program (its own import order is part of what is measured): the one change,
to ui/tasks.settle_for_a_picture, is made as that module is first imported.
"""

from __future__ import annotations

import importlib.machinery
import sys

TASKS = "etsoft_desk.ui.tasks"


def first_frame(app, seconds: float = 0.0, asked=None) -> None:
    app.processEvents()


class _Patch:  # a meta path finder (importlib.abc would import more than the program does)
    def find_spec(self, fullname, path, target=None):
        if fullname != TASKS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            loader = spec.loader
            run = loader.exec_module

            def exec_module(module) -> None:
                run(module)
                module.settle_for_a_picture = first_frame
            loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if __name__ == "__main__":
    sys.meta_path.insert(0, _Patch())
    from etsoft_desk.__main__ import main

    sys.exit(main(sys.argv[1:]))
