"""Commands about service jobs: the intake slip (werkbon) of a device left for repair.

    etsoft-desk job slip JOB_ID -o FILE.pdf [--overwrite] [--by XX]
"""

from __future__ import annotations

import argparse


def cmd_job(args, keystore, out) -> int:
    from .cli import _open, _preflight

    _preflight(args, args.output)  # a refused path opens nothing
    with _open(args, keystore) as register:
        written = register.intake.write(args.job_id, args.output, by=args.by, overwrite=args.overwrite)
    print(f"Intake slip of service job {args.job_id} written to {written}.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("job", parents=[common], help="service jobs: the intake slip (werkbon) of a device left here")
    p.add_argument("action", choices=["slip"])
    p.add_argument("job_id", type=int, metavar="JOB_ID", help="the service job's number (see: show ID --json)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="write the intake slip here")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    p.set_defaults(command=cmd_job)
