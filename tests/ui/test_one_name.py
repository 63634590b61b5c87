"""Issue 14 item 6: a code value has one Dutch name, the same in the window (Qt's translation) and on paper
(domain/code_names.py); only the first letter's case may differ (a column title against a sentence)."""

import pytest

from etsoft_desk.domain import code_names


def pairs():
    from etsoft_desk.ui import dialogs, names, referral_panel

    return {
        "service job status": (dialogs.status_names(), code_names.JOB_STATUSES),
        "service job kind": (dialogs.kind_names(), code_names.SERVICES),
        "marketing channel": (names.channel_names(), code_names.CHANNELS),
        "how the customer told us": (names.method_names(), code_names.METHODS),
        "referral status": (referral_panel.status_names(), code_names.REFERRAL_STATUSES),
    }


@pytest.mark.parametrize("what", ["service job status", "service job kind", "marketing channel",
                                  "how the customer told us", "referral status"])
def test_the_window_and_the_documents_use_the_same_dutch_name(qapp, what):
    window, paper = pairs()[what]
    differ = {code.value: (shown, paper[code.value]) for code, shown in window.items()
              if shown.lower() != paper[code.value].lower()}
    assert differ == {}
