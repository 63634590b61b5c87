"""Start-up: parse the command line, then either run a command (no Qt) or open the window."""

from __future__ import annotations

import argparse
import sys

from . import __version__


WINDOW_FLAGS = ("--demo", "--overwrite")
WINDOW_VALUES = ("--data-dir", "--screenshot")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands``, only the window's options (the window's start does not
    import the command modules to build a parser it does not need)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="where the register lives (also ETSOFT_DESK_DATA; default: the app-data folder)")
    parser = argparse.ArgumentParser(prog="etsoft-desk", description="ETSoft Desk: the shop's encrypted customer register")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="where the register lives (also ETSOFT_DESK_DATA; default: the app-data folder)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway register with fictitious customers")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window to FILE.png and exit")
    parser.add_argument("--overwrite", action="store_true", help="with --screenshot: replace FILE.png if it exists")
    if not commands:
        parser.set_defaults(subcommand=None)
        return parser
    from .cli import add_commands

    sub = parser.add_subparsers(dest="subcommand", metavar="COMMAND")
    add_commands(sub, common)
    return parser


def window_only(argv: list[str]) -> bool:
    """Whether ``argv`` holds nothing but the window's own options (so no command, no --help)."""
    tokens = iter(argv)
    for token in tokens:
        if token in WINDOW_FLAGS or any(token.startswith(v + "=") for v in WINDOW_VALUES):
            continue
        if token in WINDOW_VALUES and next(tokens, None) is not None:
            continue
        return False
    return True


def wants_a_console(argv: list[str]) -> bool:
    """Would this command line print (a command, --help, --version or a usage error) rather than open the
    window? Asked of the real parser, with its output caught."""
    import contextlib
    import io

    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            args = build_parser().parse_args(argv)
    except SystemExit:
        return True
    return bool(args.subcommand)


def main(argv: list[str] | None = None) -> int:
    import logging

    from .logsetup import configure

    argv = sys.argv[1:] if argv is None else argv
    if sys.stdout is None and wants_a_console(argv):
        configure()
        # The window's exe on Windows (built without a console): a command would print nowhere, the recovery
        # key of `init` included. Nothing is run; a message box names the exe that has a console.
        from .app import tell_to_use_the_cli

        return tell_to_use_the_cli()
    args = build_parser(commands=not window_only(argv)).parse_args(argv)
    configure()
    log = logging.getLogger("etsoft_desk")
    log.info("start %s: %s", __version__, args.subcommand or ("demo" if args.demo else "window"))
    if args.subcommand:
        from .cli import run

        try:
            code = run(args)
        except BrokenPipeError:  # output piped into `head` and the like
            sys.stderr.close()
            code = 0
    else:
        import gc

        gc.disable()  # the window's collector (ui/tasks) runs on the GUI thread from its start; none during imports
        from .app import run_gui

        code = run_gui(args)
    log.info("stop: exit %s", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
