"""The kinds of work the to-do list holds for the customers' rights (services/todo.py counts and lists them)."""

from __future__ import annotations

from enum import StrEnum


class TodoKind(StrEnum):
    REQUEST_DUE = "request_due"  # a data-subject request due within 7 days, or overdue
    ART14_NOTICE = "art14_notice"  # data from a third party: tell the person within a month (Art. 14(3)(a))
    STATEMENT_NOTICE = "statement_notice"  # tell of a material change of the privacy statement
    REFERRAL_TAKE_DOWN = "referral_take_down"  # a withdrawn referral is still on the website
