"""Commands about service jobs: the intake slip (werkbon) of a device left for repair.

    etsoft-desk job slip JOB_ID -o FILE.pdf [--overwrite] [--by XX] | --send [--to ADDRESS] [--protect]
"""

from __future__ import annotations

import argparse
import sys


def cmd_job(args, keystore, out) -> int:
    from .cli import _open, _preflight

    from .cli_mail import address_for, attachment_password, send_document, send_usage

    if send_usage(args) or not (args.output or args.send):
        print(send_usage(args) or "job slip needs -o FILE.pdf or --send", file=sys.stderr)
        return 2
    _preflight(args, args.output)  # a refused path opens nothing
    password = attachment_password(args)
    with _open(args, keystore) as register:
        if args.send:  # emailed to an address on the card (issue 15 item 6)
            customer_id = register.intake.customer_of(args.job_id)
            target = address_for(register, args, customer_id, None)
            number, pdf = register.intake.render(args.job_id, by=args.by)
            told = send_document(register, args, out, document_id=f"werkbon {number}", kind="intake_slip", pdf=pdf,
                                 file_name=f"werkbon-{number}.pdf", customer_id=customer_id, request_id=None,
                                 password=password, target=target)
            register.intake.issued(args.job_id, "sent by email" if told == 0 else "queued for email", by=args.by)
            if not args.output:
                return told
        written = register.intake.write(args.job_id, args.output, by=args.by, overwrite=args.overwrite)
    print(f"Intake slip of service job {args.job_id} written to {written}.", file=out)
    return 0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("job", parents=[common], help="service jobs: the intake slip (werkbon) of a device left here")
    p.add_argument("action", choices=["slip"])
    p.add_argument("job_id", type=int, metavar="JOB_ID", help="the service job's number (see: show ID --json)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the intake slip here (or --send it)")
    p.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    p.add_argument("--by", metavar="INITIALS")
    from .cli_mail import add_send_options

    add_send_options(p)
    p.set_defaults(command=cmd_job)
