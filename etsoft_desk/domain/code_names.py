"""The Dutch names of the register's code values, defined once: the documents and the access report print them,
and the window's Dutch names are these (tests/ui/test_one_name.py compares each list with the window's)."""



def capitalised(name: str) -> str:
    """A name at the start of a line or a cell (the lists hold them as they read inside a sentence)."""
    return name[:1].upper() + name[1:]


YES_NO = {True: "ja", False: "nee"}
SERVICES = {"remote_help": "hulp op afstand", "repair": "reparatie", "installation": "installatie"}
AGE_CHECKS = {"id_shown": "legitimatie getoond", "self_declared": "zelf verklaard",
              "birth_date": "geboortedatum gecontroleerd (niet bewaard)"}
SOURCE_KINDS = {"customer": "van uzelf", "third_party": "van een derde"}
JOB_STATUSES = {"open": "open", "in_progress": "in behandeling", "done": "klaar", "cancelled": "geannuleerd"}
CHANNELS = {"email": "e-mail", "phone": "telefoon", "sms": "sms", "post": "post", "social_media": "sociale media",
            "in_app": "in de app", "in_store": "in de winkel"}
CONSENT_STATES = {"not_asked": "niet gevraagd", "granted": "gegeven", "refused": "geweigerd",
                  "withdrawn": "ingetrokken"}
METHODS = {"counter": "aan de balie", "paper": "op papier", "phone": "telefonisch", "email": "per e-mail",
           "letter": "per brief"}
# The ground of a consent to marketing (AVG art. 6 lid 1 sub a; Telecommunicatiewet art. 11.7 for a customer).
BASES = {"opt_in": "eigen toestemming",
         "soft_opt_in": "als klant, alleen over onze eigen vergelijkbare producten en diensten (Telecommunicatiewet "
                        "art. 11.7)"}
# Sharing: who a recipient is, and on what ground a customer's data went to it (AVG art. 6, 28; Chapter V).
RECIPIENT_ROLES = {"processor": "verwerker in onze opdracht (boekhouder, e-facturatie)", "partner": "zakenpartner",
                   "service_provider": "dienstverlener"}
GROUNDS = {"approval": "met voorafgaande toestemming van de klant",
           "processor": "verwerker in onze opdracht (verwerkersovereenkomst)"}
TRANSFER_GROUNDS = {"adequacy": "adequaatheidsbesluit van de Europese Commissie (AVG art. 45)",
                    "standard_clauses": "modelcontractbepalingen van de Europese Commissie (AVG art. 46 lid 2 sub c)",
                    "binding_rules": "bindende bedrijfsvoorschriften (AVG art. 47)",
                    "explicit_consent": "uitdrukkelijke toestemming van de klant voor de doorgifte "
                                        "(AVG art. 49 lid 1 sub a)",
                    "contract": "nodig voor de uitvoering van de overeenkomst met de klant (AVG art. 49 lid 1 sub b)"}
NAMES_SHOWN = {"full_name": "volledige naam", "initials": "initialen", "first_name_town": "voornaam en woonplaats"}
REFERRAL_STATUSES = {"requested": "wacht op goedkeuring", "approved": "goedgekeurd", "published": "op de website",
                     "withdrawn": "ingetrokken", "taken_down": "verwijderd van de website"}
SENSITIVE_CATEGORIES = {"health": "gezondheid (bijv. toegankelijkheid)", "other": "andere bijzondere categorie"}
REQUEST_KINDS = {"access": "inzage", "rectification": "correctie", "erasure": "verwijdering",
                 "restriction": "beperking", "objection": "bezwaar", "portability": "overdraagbaarheid",
                 "consent_withdrawal": "intrekking toestemming"}
REQUEST_CHANNELS = {"counter": "aan de balie", "email": "per e-mail", "letter": "per brief"}
IDENTITY_CHECKS = {"id_shown": "legitimatie getoond aan de balie, geen kopie bewaard",
                   "known_customer": "bekende klant", "registered_email": "via het geregistreerde e-mailadres"}
# AVG art. 18 lid 1 sub a-d.
RESTRICTION_REASONS = {"accuracy_contested": "juistheid van de gegevens betwist",
                       "unlawful_kept": "onrechtmatige verwerking; beperking gevraagd in plaats van wissen",
                       "legal_claim": "gegevens nodig voor een rechtsvordering",
                       "objection_pending": "bezwaar wordt beoordeeld"}
OBJECTION_KINDS = {"direct_marketing": "bezwaar tegen direct marketing (AVG art. 21 lid 2)",
                   "legitimate_interest": "bezwaar tegen verwerking op grond van gerechtvaardigd belang "
                                          "(AVG art. 21 lid 1)"}
OBJECTION_DECISIONS = {"upheld": "toegewezen (de verwerking stopt)",
                       "overridden": "afgewezen (dwingende gerechtvaardigde gronden)"}
REQUEST_STATUSES = {"open": "open", "extended": "verlengd", "done": "afgehandeld", "refused": "geweigerd"}
CORRECTED_FIELDS = {"visit.date": "bezoek: datum", "visit.purpose": "bezoek: doel",
                    "service_job.date": "servicebeurt: datum", "service_job.kind": "servicebeurt: soort",
                    "service_job.device": "servicebeurt: apparaat",
                    "service_job.serial_number": "servicebeurt: serienummer",
                    "service_job.description": "servicebeurt: omschrijving", "invoice.date": "factuur: datum",
                    "invoice.amount": "factuur: bedrag"}

# --- categories -------------------------------------------------------------------------------------------
# Issue 12: what the outbox sent the customer, to which kind of address, and how far it got.
OUTBOX_KINDS = {"access_report": "Overzicht van uw gegevens (inzage)", "export": "Uw gegevens om mee te nemen",
                "request_letter": "Brief over uw verzoek", "shred_confirmation": "Bevestiging van het wissen",
                "consent_receipt": "Overzicht van uw toestemmingen",
                "statement_notice": "Bericht over onze privacyverklaring",
                "lift_letter": "Brief over de beperking van uw gegevens",
                "intake_slip": "Werkbon van een apparaat", "art19_notice": "Bericht aan een ontvanger"}
OUTBOX_ADDRESSES = {"request": "het adres van het verzoek", "card": "een e-mailadres op de klantkaart",
                    "recipient": "het adres van de ontvanger"}
OUTBOX_STATES = {"waiting": "nog te versturen", "sending": "wordt verstuurd", "sent": "verstuurd",
                 "dropped": "niet verstuurd, uit het postvak gehaald"}

# Issue 16: the data-breach register (AVG art. 33 lid 5): what kind of breach, what was exposed, where the key was.
BREACH_KINDS = {"confidentiality": "vertrouwelijkheid (onbevoegd ingezien of verstuurd)",
                "integrity": "integriteit (onbevoegd gewijzigd)",
                "availability": "beschikbaarheid (verloren of onbereikbaar)"}
BREACH_SCOPES = {"customer": "een of meer klanten", "search": "de klanten van een zoekopdracht",
                 "document": "een document", "backup": "een back-upbestand", "all": "het hele klantregister"}
KEY_WHERE = {"keyring": "in de sleutelbos van een ingelogd account op het apparaat (binnen bereik)",
             "sheet": "op de geprinte herstelsleutel die erbij was (binnen bereik)",
             "nowhere": "nergens op het apparaat of bij het bestand"}
# Paper or a device destroyed by hand, in the destruction log and on its confirmation.
DESTROYED_KINDS = {"paper": "papier", "device": "apparaat"}
# AVG art. 19: the notices to the recipients, how far each got.
NOTICE_STATES = {"waiting": "nog te versturen", "sent": "verstuurd", "impossible": "niet verstuurd: onmogelijk",
                 "disproportionate": "niet verstuurd: onevenredige inspanning"}
NOTICE_CAUSES = {"erasure": "wissen", "correction": "correctie", "restriction": "beperking"}
NOTICE_HOW = {"post": "per post", "email": "per e-mail"}
