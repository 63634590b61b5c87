"""PDFs as pypdf handles them: a password on an attachment (issue 12 item 3, AES-256), and several documents
joined into one file to print at once.

The password is given to the customer apart (by phone or at the counter) and is never kept: it lives only in
the call that protects the document.
"""

from __future__ import annotations

import io


def protect(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 (PDF 2.0's R6 handler): it opens only with ``password``."""
    from pypdf import PdfReader, PdfWriter  # imported when a password is asked for, not at start-up

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def joined(pdfs: list[bytes]) -> bytes:
    """The documents one after the other in one PDF (each page keeps its own document id)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
