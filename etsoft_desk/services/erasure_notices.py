"""What the Art. 19 notice of an erasure tells each recipient (services/erasure.py lays the notices out)."""

from __future__ import annotations

from ..domain.erasure import ErasurePlan


def shared_with(customer_id: int) -> dict[int, list[str]]:
    """What each recipient received of the customer (the Art. 19 letter names it), in the order it was sent."""
    from ..store import sharing as sharing_store

    out: dict[int, list[str]] = {}
    for d in sharing_store.disclosures(customer_id):
        if d.what not in out.setdefault(d.recipient_id, []):
            out[d.recipient_id].append(d.what)
    return out


def art19_erasure_blocks(person: str, plan: ErasurePlan, recipient_id: int) -> list:
    """The body of the Art. 19 letter to one recipient: what to erase, and that invoices the tax law makes us
    keep stay until the end of that period (a processor that keeps them for us keeps them too)."""
    from ..domain.sharing import RecipientRole
    from ..reports.document import Block
    from ..store import sharing as sharing_store

    recipient = sharing_store.recipient(recipient_id)
    received = plan.shared.get(recipient_id, [])
    # The same words whether the person asked, the owner decided or the retention period ended: all true.
    blocks = [Block("p", f"Wij hebben de persoonsgegevens van {person} gewist (AVG art. 17). Omdat wij u eerder "
                         "gegevens van deze persoon verstrekten, laten wij u dat weten (AVG art. 19).")]
    if received:
        blocks.append(Block("p", "Wij verstrekten u: " + "; ".join(received) + "."))
    invoices = [line.until for line in plan.kept if line.category == "invoices" and line.until]
    if invoices and recipient is not None and recipient.role is RecipientRole.PROCESSOR:
        blocks.append(Block("p", "De facturen wist u niet: die moeten wij volgens de fiscale bewaarplicht 7 jaar "
                                 "bewaren (Algemene wet inzake rijksbelastingen art. 52; AVG art. 17 lid 3 sub b), de "
                                 f"laatste tot {max(invoices):%d-%m-%Y}. Bewaart u ze voor ons, bewaar ze dan tot het "
                                 "einde van die termijn, gebruik ze alleen voor de administratie en vernietig ze "
                                 "daarna. Wis alle andere gegevens van deze persoon die u van ons kreeg, zoals losse "
                                 "e-mails, adres- en contactgegevens, en bevestig ons dat."))
    else:
        blocks.append(Block("p", "Wilt u alle gegevens van deze persoon die u van ons kreeg wissen, en ons dat "
                                 "bevestigen?"))
    return blocks
