"""Start-up: parse the command line, then either run a command (no Qt) or open the window."""

from __future__ import annotations

import argparse
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    from .cli import add_commands

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
    sub = parser.add_subparsers(dest="subcommand", metavar="COMMAND")
    add_commands(sub, common)
    return parser


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
    args = build_parser().parse_args(argv)
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
        from .app import run_gui

        code = run_gui(args)
    log.info("stop: exit %s", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
