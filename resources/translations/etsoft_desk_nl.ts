<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="38" />
        <source>Approval to share</source>
        <translation>Goedkeuring om te delen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="41" />
        <source>which data, e.g. name, address and phone</source>
        <translation>welke gegevens, bijv. naam, adres en telefoon</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="43" />
        <source>what for, e.g. a quote for a fibre connection</source>
        <translation>waarvoor, bijv. een offerte voor glasvezel</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="45" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="46" />
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="47" />
        <source>What for</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="48" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt klaargemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Receipt %1</source>
        <translation>Bewijs %1</translation>
    </message>
    <message>
        <source>Receipt %1 given to the customer</source>
        <translation>Bewijs %1 meegegeven aan de klant</translation>
    </message>
    <message>
        <source>Recorded by (initials)</source>
        <translation>Vastgelegd door (initialen)</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Geschiedenis van de toestemming</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="39" />
        <source>initials</source>
        <translation>initialen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="47" />
        <source>Privacy statement: version %1 of %2</source>
        <translation>Privacyverklaring: versie %1 van %2</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="48" />
        <source>No privacy statement loaded yet</source>
        <translation>Nog geen privacyverklaring ingeladen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="51" />
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="53" />
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="92" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="58" />
        <source>May we contact you about our products and services, and how?</source>
        <translation>Mogen wij u informeren over onze producten en diensten, en hoe?</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="73" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="74" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="75" />
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="83" />
        <source>Soft opt-in: only for existing customers, about our own similar services, with a way to say no in every message.</source>
        <translation>Soft opt-in: alleen voor bestaande klanten, over onze eigen soortgelijke diensten, met in elk bericht een manier om nee te zeggen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="92" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="92" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="92" />
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="93" />
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="93" />
        <source>Statement</source>
        <translation>Verklaring</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="93" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="100" />
        <source>Receipt for the customer…</source>
        <translation>Bewijs voor de klant…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="111" />
        <source>History (every change is kept)</source>
        <translation>Geschiedenis (elke wijziging blijft bewaard)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="119" />
        <source>Receipt for the customer</source>
        <translation>Bewijs voor de klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/consent_panel.py" line="128" />
        <source>Receipt %1 saved: %2</source>
        <translation>Bewijs %1 opgeslagen: %2</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Bezwaar tegen direct marketing</translation>
    </message>
    <message>
        <source>Did the customer ask for this consent anew, themselves?</source>
        <translation>Heeft de klant zelf opnieuw om deze toestemming gevraagd?</translation>
    </message>
    <message>
        <source>Who is at the counter: choose in the main window's toolbar</source>
        <translation>Wie er aan de balie staat: kies dat in de werkbalk van het hoofdvenster</translation>
    </message>
</context>
<context>
    <name>CounterLock</name>
    <message>
        <source>Demo: the PIN is %1.</source>
        <translation>Demo: de pincode is %1.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="134" />
        <source>Type the recovery key from the printed sheet to unlock.</source>
        <translation>Typ de herstelsleutel van het afgedrukte herstelblad om te ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="135" />
        <source>No PIN has been set: type the recovery key to unlock (set a PIN in the settings).</source>
        <translation>Er is geen pincode ingesteld: typ de herstelsleutel om te ontgrendelen (stel een pincode in bij de instellingen).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="139" />
        <source>Type your PIN to unlock.</source>
        <translation>Typ uw pincode om te ontgrendelen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="140" />
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="153" />
        <source>That is not the recovery key of this register.</source>
        <translation>Dat is niet de herstelsleutel van dit register.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/lock.py" line="156" />
        <source>Wrong PIN. %n try (tries) left.</source>
        <translation>
            <numerusform>Verkeerde pincode. Nog %n poging.</numerusform><numerusform>Verkeerde pincode. Nog %n pogingen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="157" />
        <source>Five wrong PINs: only the recovery key unlocks now.</source>
        <translation>Vijf keer een verkeerde pincode: alleen de herstelsleutel ontgrendelt nu.</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="34" />
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/lock.py" line="47" />
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>PIN or recovery key</source>
        <translation>Pincode of herstelsleutel</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/crash.py" line="32" />
        <source>ETSoft Desk: something went wrong</source>
        <translation>ETSoft Desk: er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/crash.py" line="33" />
        <source>This is a fault in ETSoft Desk, not something you did. Your register is safe: what was saved stays saved. Copy the details below and send them to the developers; they contain no customer data.</source>
        <translation>Dit is een fout in ETSoft Desk, niet iets wat u verkeerd deed. Uw register is veilig: wat opgeslagen was, blijft opgeslagen. Kopieer de details hieronder en stuur ze naar de ontwikkelaars; er staan geen klantgegevens in.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/crash.py" line="40" />
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Infix (van, de)</source>
        <translation>Tussenvoegsel (van, de)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>House number addition</source>
        <translation>Toevoeging huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Print intake slip…</source>
        <translation>Werkbon afdrukken…</translation>
    </message>
    <message>
        <source>Print the intake slip of the chosen service job</source>
        <translation>Werkbon van de gekozen servicebeurt afdrukken</translation>
    </message>
    <message>
        <source>The werkbon for a device left for repair: customer, device, fault, the shop's terms and the consent given</source>
        <translation>De werkbon voor een apparaat dat ter reparatie blijft: klant, apparaat, klacht, onze voorwaarden en de gegeven toestemming</translation>
    </message>
    <message>
        <source>Intake slip %1</source>
        <translation>Werkbon %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="45" />
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="45" />
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="50" />
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="96" />
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="97" />
        <source>van der</source>
        <translation>van der</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="98" />
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="99" />
        <source>name@example.com; more separated by ;</source>
        <translation>naam@voorbeeld.nl; meer gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="100" />
        <source>06 12345678; more separated by ;</source>
        <translation>06 12345678; meer gescheiden door ;</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="118" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="120" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="101" />
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="56" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="59" />
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="62" />
        <source>Referral</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="65" />
        <source>Special data</source>
        <translation>Bijzonder</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="68" />
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="76" />
        <source>Erase data…</source>
        <translation>Gegevens wissen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="101" />
        <source>no.</source>
        <translation>nr.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="102" />
        <source>add.</source>
        <translation>toev.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="103" />
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="116" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="126" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="132" />
        <source>Postcode, city</source>
        <translation>Postcode, plaats</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="135" />
        <source>18 or older, confirmed</source>
        <translation>18 jaar of ouder, bevestigd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="146" />
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="149" />
        <source>Where the data came from</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="150" />
        <source>the customer</source>
        <translation>de klant zelf</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="151" />
        <source>a third party</source>
        <translation>een derde</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="156" />
        <source>colleague firm, social media site, …</source>
        <translation>collega-bedrijf, sociale media, …</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="158" />
        <source>how it reached us</source>
        <translation>hoe het bij ons kwam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="175" />
        <source>Interested in</source>
        <translation>Interesse in</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="180" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="214" />
        <source>checked against the date of birth on import</source>
        <translation>gecontroleerd met de geboortedatum bij import</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="216" />
        <source>not yet confirmed: ask the customer</source>
        <translation>nog niet bevestigd: vraag het de klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="282" />
        <source>Asked to be erased</source>
        <translation>Vroeg om verwijdering</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="283" />
        <source>Save anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="303" />
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="303" />
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="305" />
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="308" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="303" />
        <source>Purpose</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="304" />
        <source>Add visit…</source>
        <translation>Bezoek toevoegen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="305" />
        <source>Service jobs</source>
        <translation>Servicebeurten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="305" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="305" />
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="306" />
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="306" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="306" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="307" />
        <source>Add service job…</source>
        <translation>Servicebeurt toevoegen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="308" />
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="308" />
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="309" />
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_dialog.py" line="309" />
        <source>Add invoice…</source>
        <translation>Factuur toevoegen…</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Verzoek om correctie</translation>
    </message>
    <message>
        <source>Is this change the correction asked for in request %1?</source>
        <translation>Is deze wijziging de correctie waarom in verzoek %1 is gevraagd?</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="38" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="38" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="38" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="38" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="38" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/customer_model.py" line="39" />
        <source>City</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="57" />
        <source>Record a disclosure</source>
        <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="60" />
        <source>what was shared, e.g. invoice 2026-017</source>
        <translation>wat er gedeeld is, bijv. factuur 2026-017</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="61" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="62" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Looking up…</source>
        <translation>Bezig met opzoeken…</translation>
    </message>
    <message>
        <source>One per line: what, and how, e.g. werkbon 2026-113: versnipperd</source>
        <translation>Eén per regel: wat, en hoe, bijv. werkbon 2026-113: versnipperd</translation>
    </message>
    <message>
        <source>One per line: which device, and how, e.g. laptop HP: gewist en teruggegeven</source>
        <translation>Eén per regel: welk apparaat, en hoe, bijv. laptop HP: gewist en teruggegeven</translation>
    </message>
    <message>
        <source>Paper destroyed</source>
        <translation>Papier vernietigd</translation>
    </message>
    <message>
        <source>Devices wiped or returned</source>
        <translation>Apparaten gewist of teruggegeven</translation>
    </message>
    <message>
        <source>A service job is still open: note here what happens to the device.</source>
        <translation>Er staat nog een servicebeurt open: noteer hier wat er met het apparaat gebeurt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="28" />
        <source>Erase customer %1</source>
        <translation>Klant %1 wissen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="42" />
        <source>no request (the owner's decision)</source>
        <translation>geen verzoek (besluit van de eigenaar)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="45" />
        <source>request %1, received %2</source>
        <translation>verzoek %1, ontvangen %2</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="50" />
        <source>Carries out</source>
        <translation>Voert uit</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="58" />
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="76" />
        <source>The erasure ledger knows this person: erased before on %1.</source>
        <translation>Het wisregister kent deze persoon: eerder gewist op %1.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="77" />
        <source>Reason to wait:</source>
        <translation>Reden om te wachten:</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="78" />
        <source>Erasing now erases these too.</source>
        <translation>Nu wissen wist deze ook.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="79" />
        <source>Destroyed for good</source>
        <translation>Definitief vernietigd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="80" />
        <source>Kept, because the law requires it</source>
        <translation>Bewaard, omdat de wet het vereist</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="81" />
        <source>until %1, then destroyed automatically</source>
        <translation>tot %1, daarna automatisch vernietigd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="82" />
        <source>Only the name and address stay on these invoices, apart from the register and not searchable.</source>
        <translation>Alleen naam en adres blijven op deze facturen staan, los van het register en niet doorzoekbaar.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="84" />
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="85" />
        <source>Whom you must tell</source>
        <translation>Wie u moet informeren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="86" />
        <source>A letter for each comes with the confirmation.</source>
        <translation>Bij de verklaring komt voor elk een brief.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="87" />
        <source>Nobody: the data was never shared.</source>
        <translation>Niemand: de gegevens zijn nooit gedeeld.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/erasure_dialog.py" line="88" />
        <source>Take down from the website</source>
        <translation>Van de website halen</translation>
    </message>
    <message>
        <source>Send the shred confirmation by email (to the address of the request, without a request to the first address on the card)</source>
        <translation>Verklaring van vernietiging per e-mail versturen (naar het adres van het verzoek, zonder verzoek naar het eerste adres op de klantkaart)</translation>
    </message>
    <message>
        <source>optional: a password on the PDF, given to the customer apart</source>
        <translation>niet verplicht: een wachtwoord op de pdf, dat u de klant apart geeft</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>What the erasure does</source>
        <translation>Wat het wissen doet</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="141" />
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="146" />
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="147" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="148" />
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search customers</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>&amp;Invoices for the accountant…</source>
        <translation>&amp;Facturen voor de boekhouder…</translation>
    </message>
    <message>
        <source>Confirm the re&amp;store…</source>
        <translation>Terugzetten be&amp;vestigen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="70" />
        <source>&amp;New customer</source>
        <translation>&amp;Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="73" />
        <source>&amp;Open card</source>
        <translation>Kaart &amp;openen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="75" />
        <source>&amp;Privacy statement…</source>
        <translation>&amp;Privacyverklaring…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="77" />
        <source>Re&amp;cipients…</source>
        <translation>&amp;Ontvangers…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="79" />
        <source>Re&amp;ferrals…</source>
        <translation>&amp;Referenties…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="81" />
        <source>R&amp;equests…</source>
        <translation>&amp;Verzoeken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="84" />
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="89" />
        <source>&amp;Back up…</source>
        <translation>Back-up &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="92" />
        <source>Re&amp;tention…</source>
        <translation>&amp;Bewaartermijnen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="95" />
        <source>Se&amp;ttings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="97" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="114" />
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="115" />
        <source>New &amp;key…</source>
        <translation>Nieuwe &amp;sleutel…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="119" />
        <source>&amp;About ETSoft Desk…</source>
        <translation>&amp;Over ETSoft Desk…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="120" />
        <source>Open the &amp;log folder</source>
        <translation>&amp;Map met het logboek openen</translation>
    </message>
    <message>
        <source>&amp;Who may I approach?</source>
        <translation>&amp;Wie mag ik benaderen?</translation>
    </message>
    <message>
        <source>&amp;Data breaches…</source>
        <translation>&amp;Datalekken…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactbestanden (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV-bestanden (*.csv *.txt *.tsv);;Excel-werkmappen (*.xlsx);;vCard-bestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace the existing file with the bad rows of this import?</source>
        <translation>Het bestaande bestand vervangen door de ongeldige regels van deze import?</translation>
    </message>
    <message>
        <source>Invoices for the accountant…</source>
        <translation>Facturen voor de boekhouder…</translation>
    </message>
    <message>
        <source>Confirm the restore…</source>
        <translation>Terugzetten bevestigen…</translation>
    </message>
    <message>
        <source>Customer %1 erased; still being finished (%2): another program is reading the register.</source>
        <translation>Klant %1 gewist; nog bezig (%2): een ander programma leest het register.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="34" />
        <source>ETSoft Desk – customer register</source>
        <translation>ETSoft Desk – klantenregister</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="35" />
        <source> (demo, fictitious customers)</source>
        <translation> (demo, verzonnen klanten)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="39" />
        <source>Search by name, phone, email, postcode or city   (Ctrl+F)</source>
        <translation>Zoek op naam, telefoon, e-mail, postcode of plaats   (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="67" />
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="70" />
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="73" />
        <source>Open card</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="75" />
        <source>Privacy statement…</source>
        <translation>Privacyverklaring…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="77" />
        <source>Recipients…</source>
        <translation>Ontvangers…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="79" />
        <source>Referrals…</source>
        <translation>Referenties…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="81" />
        <source>Requests…</source>
        <translation>Verzoeken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="82" />
        <source>Requests about personal data and their deadlines</source>
        <translation>Verzoeken over persoonsgegevens en hun termijnen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="84" />
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="88" />
        <source>Hide everything behind the lock screen (Ctrl+L)</source>
        <translation>Alles achter het vergrendelscherm verbergen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="89" />
        <source>Back up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="90" />
        <source>Make an encrypted, verified copy of the register (e.g. on a USB stick)</source>
        <translation>Een versleutelde, gecontroleerde kopie van het register maken (bijv. op een USB-stick)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="92" />
        <source>Retention…</source>
        <translation>Bewaartermijnen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="93" />
        <source>What is due for destruction, and the log of paper and devices</source>
        <translation>Wat vernietigd moet worden, en het logboek van papier en apparaten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="95" />
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="97" />
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="98" />
        <source>Import customers from a CSV file (as saved by Excel)</source>
        <translation>Klanten importeren uit een CSV-bestand (zoals Excel het opslaat)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="112" />
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="114" />
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="115" />
        <source>New key…</source>
        <translation>Nieuwe sleutel…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="118" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="119" />
        <source>About ETSoft Desk…</source>
        <translation>Over ETSoft Desk…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="120" />
        <source>Open the log folder</source>
        <translation>Map met het logboek openen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="174" />
        <location filename="../../etsoft_desk/ui/main_window.py" line="194" />
        <location filename="../../etsoft_desk/ui/main_window.py" line="219" />
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="175" />
        <source>ETSoft Desk backups (*.db)</source>
        <translation>Back-ups van ETSoft Desk (*.db)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/main_window.py" line="195" />
        <source>Replace the register with this backup (%n customer(s))? The current register is set aside, not deleted. Whoever was erased after the backup was made is erased again.</source>
        <translation>
            <numerusform>Het register vervangen door deze back-up (%n klant)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform><numerusform>Het register vervangen door deze back-up (%n klanten)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="220" />
        <source>Recovery key of this backup:</source>
        <translation>Herstelsleutel van deze back-up:</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="238" />
        <source>New recovery sheet</source>
        <translation>Nieuw herstelblad</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="240" />
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="241" />
        <source>Did you print or save the new recovery sheet? Only then re-encrypt the register with the new key. Backups made before keep opening with the old sheet only: keep it with them.</source>
        <translation>Hebt u het nieuwe herstelblad afgedrukt of bewaard? Versleutel het register pas dan met de nieuwe sleutel. Back-ups van eerder gaan alleen open met het oude herstelblad: bewaar dat bij die back-ups.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="247" />
        <source>The register is re-encrypted with the new key.</source>
        <translation>Het register is opnieuw versleuteld met de nieuwe sleutel.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="248" />
        <source>The register is re-encrypted; this computer does not keep the key: keep the new recovery sheet at hand.</source>
        <translation>Het register is opnieuw versleuteld; deze computer bewaart de sleutel niet: houd het nieuwe herstelblad bij de hand.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="256" />
        <source>ETSoft Desk %1, the encrypted customer register of %2.</source>
        <translation>ETSoft Desk %1, het versleutelde klantenregister van %2.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="259" />
        <source>SQLCipher %1 (SQLite %2), Qt for Python %3</source>
        <translation>SQLCipher %1 (SQLite %2), Qt for Python %3</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="261" />
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="262" />
        <source>Erasure ledger: %1</source>
        <translation>Wisregister: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="263" />
        <source>Log (no personal data): %1</source>
        <translation>Logboek (zonder persoonsgegevens): %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="268" />
        <source>About ETSoft Desk</source>
        <translation>Over ETSoft Desk</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="285" />
        <source>No backup made yet</source>
        <translation>Nog geen back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="288" />
        <source>Last backup: %1 — more than a week ago</source>
        <translation>Laatste back-up: %1 — meer dan een week geleden</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="288" />
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="296" />
        <source>Choose the folder for the backup</source>
        <translation>Kies de map voor de back-up</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="313" />
        <source>Automatic backup written and verified: %1</source>
        <translation>Automatische back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="320" />
        <source>No automatic backup: %1</source>
        <translation>Geen automatische back-up: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="332" />
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="334" />
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="348" />
        <source>Backup written and verified: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="350" />
        <source>(The register was busy: the time of this backup is not noted.)</source>
        <translation>(Het register was bezig: het tijdstip van deze back-up is niet vastgelegd.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/main_window.py" line="368" />
        <source>%n kept record(s) destroyed: their keep-until date had passed.</source>
        <translation>
            <numerusform>%n bewaard gegeven vernietigd: de bewaardatum was voorbij.</numerusform><numerusform>%n bewaarde gegevens vernietigd: de bewaardatum was voorbij.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/main_window.py" line="389" />
        <source>%n found</source>
        <translation>
            <numerusform>%Ln gevonden</numerusform><numerusform>%Ln gevonden</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="222" />
        <source>More than %1 found</source>
        <translation>Meer dan %1 gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/main_window.py" line="391" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%Ln klant</numerusform><numerusform>%Ln klanten</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="439" />
        <source>Customer %1 erased (%2).</source>
        <translation>Klant %1 gewist (%2).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="441" />
        <source>Shred confirmation</source>
        <translation>Verklaring van vernietiging</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="444" />
        <source>Letters to the recipients</source>
        <translation>Brieven aan de ontvangers</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="499" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="505" />
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="505" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="514" />
        <source>Importing customers…</source>
        <translation>Klanten importeren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="514" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="516" />
        <location filename="../../etsoft_desk/ui/main_window.py" line="561" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/main_window.py" line="540" />
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n klant geïmporteerd.</numerusform><numerusform>%n klanten geïmporteerd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="542" />
        <source>%1 rows were not imported; they are in %2.</source>
        <translation>%1 regels zijn niet geïmporteerd; ze staan in %2.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="557" />
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="559" />
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/main_window.py" line="563" />
        <source>Import the good rows and put the bad ones in a separate file?</source>
        <translation>De goede regels importeren en de foute in een apart bestand zetten?</translation>
    </message>
    <message>
        <source>Who may I approach?</source>
        <translation>Wie mag ik benaderen?</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een back-up terugzetten</translation>
    </message>
    <message>
        <source>a new key</source>
        <translation>een nieuwe sleutel</translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation>een klant wissen</translation>
    </message>
    <message>
        <source>a list of customers</source>
        <translation>een lijst van klanten</translation>
    </message>
    <message>
        <source>Data breaches…</source>
        <translation>Datalekken…</translation>
    </message>
    <message>
        <source>Import customers from a contact file (CSV, Excel, vCard; Google, Outlook)</source>
        <translation>Klanten importeren uit een contactbestand (CSV, Excel, vCard; Google, Outlook)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Postvak &amp;uit…</translation>
    </message>
    <message>
        <source>the customer's address</source>
        <translation>het adres van de klant</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Benaderen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Erasure ledger</source>
        <translation>Wisregister</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Re-encrypting the register…</source>
        <translation>Het register wordt opnieuw versleuteld…</translation>
    </message>
    <message>
        <source>Removing the set-aside register…</source>
        <translation>Het opzij gezette register wordt verwijderd…</translation>
    </message>
    <message>
        <source>There is no register set aside by a restore: nothing to confirm.</source>
        <translation>Er is geen register dat bij het terugzetten opzij is gezet: er valt niets te bevestigen.</translation>
    </message>
    <message>
        <source>Is the restored register as it should be? Then the previous register, set aside, is removed for good (it may hold people erased since). Choose No to keep it for now.</source>
        <translation>Is het teruggezette register zoals het hoort? Dan wordt het vorige register, dat opzij is gezet, definitief verwijderd (het kan mensen bevatten die sindsdien zijn gewist). Kies Nee om het voorlopig te bewaren.</translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>Bij het openen van het register</translation>
    </message>
    <message>
        <source>Waiting for the work in the background to finish…</source>
        <translation>Wachten tot het werk op de achtergrond klaar is…</translation>
    </message>
</context>
<context>
    <name>NonCustomerRequestDialog</name>
    <message>
        <source>Request from someone who is not a customer</source>
        <translation>Verzoek van iemand die geen klant is</translation>
    </message>
    <message>
        <source>email address or postal address; empty: at the counter</source>
        <translation>e-mailadres of postadres; leeg: aan de balie</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Search the register first: log this only when it holds nothing about the person. The answer (the “no data” access report) goes to the address they give, or is handed over at the counter.</source>
        <translation>Zoek eerst in het register: leg dit alleen vast als er niets over deze persoon in staat. Het antwoord (het inzageoverzicht “geen gegevens”) gaat naar het adres dat de persoon opgeeft, of wordt aan de balie overhandigd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation>Antwoord naar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactbestanden (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV-bestanden (*.csv *.txt *.tsv);;Excel-werkmappen (*.xlsx);;vCard-bestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace the existing file with the bad rows of this import?</source>
        <translation>Het bestaande bestand vervangen door de ongeldige regels van deze import?</translation>
    </message>
    <message>
        <source>Import customers from a contact file (CSV, Excel, vCard; Google, Outlook)</source>
        <translation>Klanten importeren uit een contactbestand (CSV, Excel, vCard; Google, Outlook)</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="65" />
        <source>Log a request</source>
        <translation>Verzoek vastleggen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="71" />
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="74" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="75" />
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="76" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="77" />
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="78" />
        <source>Never copy or scan an ID: only record how identity was checked. The answer goes only to the registered email address, or at the counter.</source>
        <translation>Maak nooit een kopie of scan van een legitimatiebewijs: leg alleen vast hoe de identiteit is gecontroleerd. Het antwoord gaat alleen naar het geregistreerde e-mailadres, of aan de balie.</translation>
    </message>
</context>
<context>
    <name>OwnerPin</name>
    <message>
        <source>No owner's PIN yet: anyone at this PC may erase, export, restore and change the settings. Set one in Settings → Counter lock.</source>
        <translation>Nog geen pincode van de eigenaar: iedereen aan deze pc kan wissen, exporteren, terugzetten en de instellingen wijzigen. Stel er een in bij Instellingen → Vergrendeling aan de balie.</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <source>Owner's PIN</source>
        <translation>Pincode van de eigenaar</translation>
    </message>
    <message>
        <source>Only the owner may do this: %1</source>
        <translation>Alleen de eigenaar mag dit: %1</translation>
    </message>
    <message>
        <source>Only the owner may do this.</source>
        <translation>Alleen de eigenaar mag dit.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Type the owner's PIN.</source>
        <translation>Typ de pincode van de eigenaar.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../etsoft_desk/ui/printing.py" line="170" />
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 afdrukken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/printing.py" line="173" />
        <source>Sending to the printer…</source>
        <translation>Naar de printer sturen…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Afdrukken (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../etsoft_desk/ui/print_preview.py" line="62" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform><numerusform>%n pagina's</numerusform></translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/print_preview.py" line="64" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/print_preview.py" line="68" />
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/print_preview.py" line="71" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/print_preview.py" line="94" />
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/print_preview.py" line="95" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Per e-mail versturen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="105" />
        <source> month(s)</source>
        <translation> maand(en)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="108" />
        <source>Extend by</source>
        <translation>Verlengen met</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="174" />
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="176" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="176" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="176" />
        <source>Processor agreement</source>
        <translation>Verwerkersovereenkomst</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="176" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="177" />
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="179" />
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="183" />
        <source>processor agreement signed</source>
        <translation>verwerkersovereenkomst getekend</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="186" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="189" />
        <source>Agreement yes/no</source>
        <translation>Overeenkomst ja/nee</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="191" />
        <source>Active yes/no</source>
        <translation>Actief ja/nee</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="208" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="208" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Transfer outside the EEA</source>
        <translation>Doorgifte buiten de EER</translation>
    </message>
    <message>
        <source>where the recipient is reached</source>
        <translation>waar de ontvanger te bereiken is</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>none (not needed inside the EEA)</source>
        <translation>geen (niet nodig binnen de EER)</translation>
    </message>
    <message>
        <source>web address, or where the signed copy is kept</source>
        <translation>webadres, of waar het getekende exemplaar ligt</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>Saves country, email, address, transfer ground and safeguards of the selected recipient</source>
        <translation>Slaat land, e-mail, adres, grond voor doorgifte en waarborgen van de gekozen ontvanger op</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Transfer ground</source>
        <translation>Grond voor doorgifte</translation>
    </message>
    <message>
        <source>Safeguards to read at</source>
        <translation>Waarborgen te lezen op</translation>
    </message>
    <message>
        <source>NOT RECORDED: nothing may go there</source>
        <translation>NIET VASTGELEGD: er mag niets naartoe</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Text for the website</source>
        <translation>Tekst voor de website</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referenties</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="39" />
        <source>The exact text the customer approves for the website</source>
        <translation>De precieze tekst die de klant goedkeurt voor de website</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="45" />
        <source>Ask for approval</source>
        <translation>Goedkeuring vragen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="48" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="48" />
        <source>Name shown</source>
        <translation>Naam getoond als</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="48" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="49" />
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="55" />
        <source>Approved…</source>
        <translation>Goedgekeurd…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="56" />
        <source>Published…</source>
        <translation>Gepubliceerd…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="57" />
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="58" />
        <source>Taken down</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="64" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="67" />
        <source>Show as</source>
        <translation>Tonen als</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="95" />
        <source>On the website: “%1” — %2</source>
        <translation>Op de website: “%1” — %2</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="116" />
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="117" />
        <source>How did the customer approve this exact text? (e.g. signed the printout at the counter)</source>
        <translation>Hoe keurde de klant precies deze tekst goed? (bijv. afdruk getekend aan de balie)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="125" />
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="125" />
        <source>Where on the website? (address)</source>
        <translation>Waar op de website? (adres)</translation>
    </message>
</context>
<context>
    <name>ReferralsDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="153" />
        <source>Referrals</source>
        <translation>Referenties</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="161" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="161" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="161" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="161" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="161" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="162" />
        <source>Name shown</source>
        <translation>Naam getoond als</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="164" />
        <source>(take off the website!)</source>
        <translation>(van de website halen!)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="166" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="320" />
        <source>Requests about personal data</source>
        <translation>Verzoeken over persoonsgegevens</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="129" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="129" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="129" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="129" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="129" />
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="133" />
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="130" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="130" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="132" />
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="137" />
        <source>Log a request…</source>
        <translation>Verzoek vastleggen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="138" />
        <source>Access report…</source>
        <translation>Inzageoverzicht…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="139" />
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="143" />
        <source>Open card</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="145" />
        <source>Not a customer…</source>
        <translation>Geen klant…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="149" />
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="149" />
        <source>Refuse…</source>
        <translation>Weigeren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="150" />
        <source>Done…</source>
        <translation>Afgehandeld…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="150" />
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="184" />
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="188" />
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="195" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="234" />
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="306" />
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="240" />
        <source>Export the customer's data</source>
        <translation>Gegevens van de klant exporteren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="241" />
        <source>ZIP with JSON and CSV (*.zip);;JSON (*.json)</source>
        <translation>ZIP met JSON en CSV (*.zip);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="243" />
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="243" />
        <source>The data is in %1.</source>
        <translation>De gegevens staan in %1.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="250" />
        <source>Extend the deadline</source>
        <translation>Termijn verlengen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="251" />
        <source>Why is more time needed? The customer reads this in the letter (GDPR Art. 12(3)).</source>
        <translation>Waarom is meer tijd nodig? De klant leest dit in de brief (AVG art. 12 lid 3).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="261" />
        <source>Refuse the request</source>
        <translation>Verzoek weigeren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="262" />
        <source>Why is the request refused? The customer reads this in the letter, with the complaint route (GDPR Art. 12(4)).</source>
        <translation>Waarom wordt het verzoek geweigerd? De klant leest dit in de brief, met de klachtmogelijkheid (AVG art. 12 lid 4).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="272" />
        <source>Request done</source>
        <translation>Verzoek afgehandeld</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="272" />
        <source>What was done? (for example: access report handed over at the counter)</source>
        <translation>Wat is er gedaan? (bijvoorbeeld: inzageoverzicht aan de balie meegegeven)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="290" />
        <source>Letter to the customer</source>
        <translation>Brief aan de klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="296" />
        <source>Not a customer</source>
        <translation>Geen klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="297" />
        <source>Search the register first. If it holds nothing about this person, their name for the answer:</source>
        <translation>Zoek eerst in het register. Staat er niets over deze persoon in, vul dan de naam in voor het antwoord:</translation>
    </message>
    <message>
        <source>a portability export</source>
        <translation>een export voor overdraagbaarheid</translation>
    </message>
    <message>
        <source>Request from a non-customer…</source>
        <translation>Verzoek van een niet-klant…</translation>
    </message>
    <message>
        <source>%1 (not a customer)</source>
        <translation>%1 (geen klant)</translation>
    </message>
    <message>
        <source>Export by email…</source>
        <translation>Exporteren per e-mail…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt klaargemaakt…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Looking up…</source>
        <translation>Bezig met opzoeken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="18" />
        <source>Retention and destruction</source>
        <translation>Bewaartermijnen en vernietiging</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="22" />
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="51" />
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="54" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="22" />
        <source>How many</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="22" />
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="23" />
        <source>Carry out now…</source>
        <translation>Nu uitvoeren…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="26" />
        <source>Due for destruction this month</source>
        <translation>Deze maand te vernietigen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="37" />
        <source>paper (shredded or burned)</source>
        <translation>papier (versnipperd of verbrand)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="38" />
        <source>device (data wiped)</source>
        <translation>apparaat (gegevens gewist)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="41" />
        <source>what, without personal data: e.g. work orders 2019, trade-in laptop 41</source>
        <translation>wat, zonder persoonsgegevens: bijv. werkbonnen 2019, inruil-laptop 41</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="44" />
        <source>e.g. shredded, burned, wiped with nwipe</source>
        <translation>bijv. versnipperd, verbrand, gewist met nwipe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="45" />
        <source>Record and print…</source>
        <translation>Vastleggen en afdrukken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="48" />
        <source>Paper and devices destroyed</source>
        <translation>Vernietigd papier en apparaten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="50" />
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="54" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="52" />
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="54" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="54" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="54" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="70" />
        <source>Up to %1:</source>
        <translation>Tot en met %1:</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="71" />
        <source>Nothing falls due up to %1.</source>
        <translation>Tot en met %1 hoeft niets vernietigd te worden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="81" />
        <source>Carry out</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="82" />
        <source>Destroy everything in the list for good? Customers without contact are erased; their invoices stay for the tax law.</source>
        <translation>Alles in de lijst definitief vernietigen? Klanten zonder contact worden gewist; hun facturen blijven bewaard voor de belasting.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="93" />
        <location filename="../../etsoft_desk/ui/retention_dialog.py" line="107" />
        <source>Confirmation of destruction</source>
        <translation>Verklaring van vernietiging</translation>
    </message>
    <message>
        <source>Destroying what is due…</source>
        <translation>Wat aan de beurt is, wordt vernietigd…</translation>
    </message>
</context>
<context>
    <name>SensitivePanel</name>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="29" />
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="32" />
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="55" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="32" />
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="56" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="32" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="32" />
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="58" />
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="36" />
        <source>Consent withdrawn: delete</source>
        <translation>Toestemming ingetrokken: verwijderen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="41" />
        <source>Record something the customer volunteers</source>
        <translation>Vastleggen wat de klant zelf vertelt</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="47" />
        <source>e.g. uses a wheelchair: help at the door</source>
        <translation>bijv. rolstoelgebruiker: helpen bij de deur</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="48" />
        <source>The customer explicitly agrees that we record this</source>
        <translation>De klant stemt er uitdrukkelijk mee in dat wij dit vastleggen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="51" />
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="66" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="78" />
        <source>Special-category notes: %1 (hidden; showing them is logged)</source>
        <translation>Bijzondere gegevens: %1 (verborgen; tonen wordt vastgelegd)</translation>
    </message>
</context>
<context>
    <name>ServiceJobDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="118" />
        <source>New service job</source>
        <translation>Nieuwe servicebeurt</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="127" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="128" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="129" />
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="130" />
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="131" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="21" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="41" />
        <source>The shop (controller)</source>
        <translation>De winkel (verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="48" />
        <source>Supervisory authority (complaints)</source>
        <translation>Toezichthouder (klachten)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="50" />
        <source>Counter lock</source>
        <translation>Vergrendeling aan de balie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="63" />
        <source>4 to 12 digits; empty: keep the current PIN</source>
        <translation>4 tot 12 cijfers; leeg: huidige pincode houden</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="64" />
        <source>4 to 12 digits</source>
        <translation>4 tot 12 cijfers</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="65" />
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="66" />
        <source>Automatic backup at start</source>
        <translation>Automatische back-up bij het starten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="72" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="86" />
        <source>How long data is kept (months)</source>
        <translation>Hoe lang gegevens worden bewaard (maanden)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="99" />
        <source>(legal minimum: %1 months)</source>
        <translation>(wettelijk minimum: %1 maanden)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="122" />
        <source>Record of processing…</source>
        <translation>Verwerkingsregister…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="124" />
        <source>The register of processing activities (GDPR Art. 30), from these settings</source>
        <translation>Het register van verwerkingsactiviteiten (AVG art. 30), volgens deze instellingen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="133" />
        <source>These settings are stored inside the encrypted register and travel with it.</source>
        <translation>Deze instellingen staan in het versleutelde register en gaan ermee mee.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="145" />
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische back-ups</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/settings_dialog.py" line="171" />
        <source>Record of processing</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Who records changes; the owner's PIN allows erasing and exporting.</source>
        <translation>Wie wijzigingen vastlegt; met de pincode van de eigenaar kan er gewist en geëxporteerd worden.</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initialen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removed people keep their initials in the records they made. The owner's PIN is the PIN of the counter lock.</source>
        <translation>Wie verwijderd wordt, houdt zijn of haar initialen in de vastleggingen die hij of zij deed. De pincode van de eigenaar is de pincode van de vergrendeling aan de balie.</translation>
    </message>
    <message>
        <source>(owner)</source>
        <translation>(eigenaar)</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>de instellingen wijzigen</translation>
    </message>
    <message>
        <source>Fee for an extra copy of the access report (empty: none)</source>
        <translation>Vergoeding voor een extra exemplaar van het inzageoverzicht (leeg: geen)</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Approvals to share</source>
        <translation>Toestemmingen om te delen</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="87" />
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="94" />
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="87" />
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="87" />
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="87" />
        <source>What for</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="88" />
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="88" />
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="89" />
        <source>Record approval…</source>
        <translation>Goedkeuring vastleggen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="91" />
        <source>Withdraw approval</source>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="94" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="94" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="94" />
        <source>Ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="95" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="96" />
        <source>Record disclosure…</source>
        <translation>Verstrekking vastleggen…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="101" />
        <source>Approvals to share with a named recipient</source>
        <translation>Goedkeuringen om te delen met een genoemde ontvanger</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="108" />
        <source>Disclosures (what went to whom)</source>
        <translation>Verstrekkingen (wat ging naar wie)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="121" />
        <source>The customer asked us to stop sharing (since %1).</source>
        <translation>De klant wil dat wij stoppen met delen (sinds %1).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="124" />
        <source>Lift the objection</source>
        <translation>Bezwaar opheffen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="126" />
        <source>Shared only with the customer's approval.</source>
        <translation>Alleen gedeeld met goedkeuring van de klant.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="128" />
        <source>Stop sharing</source>
        <translation>Stop met delen</translation>
    </message>
</context>
<context>
    <name>StaffChooser</name>
    <message>
        <source>Who is at the counter: every change is recorded under these initials</source>
        <translation>Wie er aan de balie staat: elke wijziging wordt onder deze initialen vastgelegd</translation>
    </message>
    <message>
        <source>At the counter:</source>
        <translation>Aan de balie:</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Aan de balie</translation>
    </message>
    <message>
        <source>PIN of %1:</source>
        <translation>Pincode van %1:</translation>
    </message>
    <message>
        <source>Wrong PIN: %1 stays at the counter.</source>
        <translation>Verkeerde pincode: %1 blijft aan de balie.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Versions of the privacy statement</source>
        <translation>Versies van de privacyverklaring</translation>
    </message>
    <message>
        <source>Text of the new version</source>
        <translation>Tekst van de nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="22" />
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="80" />
        <source>Privacy statement</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="27" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="27" />
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="49" />
        <source>In force from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="27" />
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="28" />
        <source>Fingerprint (SHA-256)</source>
        <translation>Vingerafdruk (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="34" />
        <source>Paste the text of the new version here, or load it from a file.</source>
        <translation>Plak hier de tekst van de nieuwe versie, of laad hem uit een bestand.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="35" />
        <source>From a file…</source>
        <translation>Uit een bestand…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="38" />
        <source>Material change: customers who consented earlier must be told</source>
        <translation>Wezenlijke wijziging: klanten die eerder toestemming gaven moeten het horen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="43" />
        <source>Add this version</source>
        <translation>Deze versie toevoegen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="46" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="57" />
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="59" />
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="72" />
        <source>(current)</source>
        <translation>(huidig)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="74" />
        <source>material</source>
        <translation>wezenlijk</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="74" />
        <source>minor</source>
        <translation>klein</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="80" />
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/statement_dialog.py" line="94" />
        <source>Version %1 added. Customers to tell: %2 (see the to-do bar).</source>
        <translation>Versie %1 toegevoegd. Klanten om te informeren: %2 (zie de balk Te doen).</translation>
    </message>
</context>
<context>
    <name>TodoBar</name>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="35" />
        <source>To do:</source>
        <translation>Te doen:</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="36" />
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>%1 h left of 72</source>
        <translation>nog %1 uur van 72</translation>
    </message>
    <message>
        <source>72 h passed %1 h ago: give the reasons for the delay</source>
        <translation>72 uur verstreken, %1 uur geleden: geef de redenen voor de vertraging</translation>
    </message>
    <message>
        <source>Decide on data breaches (%1): %2</source>
        <translation>Datalekken beslissen (%1): %2</translation>
    </message>
    <message>
        <source>Decide on data breaches (0)</source>
        <translation>Datalekken beslissen (0)</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: %n message(s) in the outbox</source>
        <translation>
            <numerusform>Nog niet verstuurd: %n bericht in het postvak uit</numerusform><numerusform>Nog niet verstuurd: %n berichten in het postvak uit</numerusform></translation>
    </message>
    <message>
        <source>Tell recipients (%1)</source>
        <translation>Ontvangers informeren (%1)</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="27" />
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="36" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="36" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="36" />
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="45" />
        <source>Mark as done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="48" />
        <source>Open card</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="50" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="52" />
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="54" />
        <source>Print as PDF…</source>
        <translation>Afdrukken als PDF…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="63" />
        <source>Told</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="90" />
        <source>(late)</source>
        <translation>(te laat)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="109" />
        <source>Save as CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="112" />
        <source>%1 customers saved in %2</source>
        <translation>%1 klanten opgeslagen in %2</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="115" />
        <source>Print as PDF</source>
        <translation>Afdrukken als PDF</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="118" />
        <source>Customers still to be told, with the date it must be done by.</source>
        <translation>Klanten die nog bericht moeten krijgen, met de datum waarvoor dat moet.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo_dialog.py" line="120" />
        <source>List %1 saved in %2</source>
        <translation>Lijst %1 opgeslagen in %2</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="18" />
        <source>Unlock the register</source>
        <translation>Register ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="19" />
        <source>Type the recovery key from the printed sheet (14 groups of 4 characters).</source>
        <translation>Typ de herstelsleutel over van het afgedrukte blad (14 groepen van 4 tekens).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="30" />
        <source>Show the key</source>
        <translation>Sleutel tonen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="34" />
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="106" />
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="109" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="110" />
        <source>Purpose</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Your initials</source>
        <translation>Uw initialen</translation>
    </message>
    <message>
        <source>Your initials (every record names who made it, for example JV):</source>
        <translation>Uw initialen (elke vastlegging noemt wie het deed, bijvoorbeeld JV):</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="77" />
        <source>Save the recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="88" />
        <source>The recovery sheet was saved to %1. Print it now and keep it somewhere safe, away from this computer.</source>
        <translation>Het herstelblad is opgeslagen in %1. Druk het nu af en bewaar het op een veilige plek, niet bij deze computer.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="91" />
        <source>Write this recovery key down and keep it somewhere safe, away from this computer:</source>
        <translation>Schrijf deze herstelsleutel op en bewaar hem op een veilige plek, niet bij deze computer:</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="93" />
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="60" />
        <source>Welcome to ETSoft Desk</source>
        <translation>Welkom bij ETSoft Desk</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="61" />
        <source>There is no customer register on this computer yet.

A new register is created at:
%1</source>
        <translation>Er staat nog geen klantenregister op deze computer.

Een nieuw register komt hier:
%1</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="64" />
        <source>Create a new register…</source>
        <translation>Nieuw register maken…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="65" />
        <source>Open the demo (fictitious customers)</source>
        <translation>Demo openen (verzonnen klanten)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/unlock.py" line="66" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The erasure ledger {path} could not be written again (it is read-only, or the disk is full): it lacks lines that the register keeps. The register still has them; make the file writable and start the program again.</source>
        <translation>Het wisregister {path} kon niet opnieuw worden geschreven (het is alleen-lezen, of de schijf is vol): er ontbreken regels in die het register bewaart. Het register heeft ze nog; maak het bestand schrijfbaar en start het programma opnieuw.</translation>
    </message>
    <message>
        <source>{name} is not a processor in the recipients register: a list for a mailing tool goes only to a processor working on the shop's behalf under a processor agreement. Nothing was written.</source>
        <translation>{name} is geen verwerker in het register van ontvangers: een lijst voor een mailprogramma gaat alleen naar een verwerker die in opdracht van de winkel werkt, met een verwerkersovereenkomst. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>There is no service job {value}: look up its number on the customer's card (tab Service jobs).</source>
        <translation>Er is geen servicebeurt {value}: zoek het nummer op de kaart van de klant op (onderdeel Servicebeurten).</translation>
    </message>
    <message>
        <source>Choose the service job to print the intake slip for in the list first (or add it).</source>
        <translation>Kies eerst in de lijst de servicebeurt waarvoor u de werkbon wilt afdrukken (of voeg haar toe).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="96" />
        <source>The folder {path} does not exist: no backup was written (is the USB stick in?).</source>
        <translation>De map {path} bestaat niet: er is geen back-up geschreven (zit de USB-stick erin?).</translation>
    </message>
    <message>
        <source>This customer is someone erased at their request on {since}, and the approval to share with {name} dates from before then: it is a copy that should not exist. Record a new approval only if the customer gives it again, or erase this card.</source>
        <translation>Deze klant is iemand die op {since} op eigen verzoek is gewist, en de goedkeuring om te delen met {name} is van vóór die datum: een kopie die er niet meer had mogen zijn. Leg alleen een nieuwe goedkeuring vast als de klant die opnieuw geeft, of wis deze kaart.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the register's key is kept nowhere on it, only on the recovery sheet. Each start asks for it (or reads ETSOFT_DESK_KEY).</source>
        <translation>Deze computer heeft geen sleutelbos (keyring): de sleutel van het register staat nergens op deze computer, alleen op het herstelblad. Bij elke start wordt erom gevraagd (of gelezen uit ETSOFT_DESK_KEY).</translation>
    </message>
    <message>
        <source>“{command}” records who did it: add --by XX with your initials, or set them once with “etsoft-desk settings set staff_initials XX”.</source>
        <translation>“{command}” legt vast wie het deed: voeg --by XX met uw initialen toe, of stel ze eenmaal in met “etsoft-desk settings set staff_initials XX”.</translation>
    </message>
    <message>
        <source>Two outputs are named {path}: give each its own file. Nothing was written.</source>
        <translation>Twee uitvoerbestanden heten {path}: geef elk een eigen naam. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The printer {printer} did not take the document ({detail}): check that it is switched on and try again, or save the PDF instead.</source>
        <translation>De printer {printer} heeft het document niet aangenomen ({detail}): kijk of hij aanstaat en probeer het opnieuw, of sla de PDF op.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/messages.py" line="23" />
        <source>ETSoft Desk</source>
        <translation>ETSoft Desk</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="16" />
        <source>Enter at least a first name or a last name.</source>
        <translation>Vul ten minste een voornaam of een achternaam in.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="17" />
        <source>A name can be at most {limit} characters.</source>
        <translation>Dit veld mag hoogstens {limit} tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="18" />
        <source>“{value}” is not a valid email address.</source>
        <translation>“{value}” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="19" />
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}” is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="20" />
        <source>“{value}” is not a valid postcode (Dutch postcodes look like 1234 AB).</source>
        <translation>“{value}” is geen geldige postcode (een Nederlandse postcode ziet eruit als 1234 AB).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="21" />
        <source>The house number must be a number, for example 12 (with an addition such as A in its own field).</source>
        <translation>Het huisnummer moet een getal zijn, bijvoorbeeld 12 (een toevoeging zoals A in het eigen veld).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="22" />
        <source>“{value}” is not a known country; use a two-letter code such as NL or BE.</source>
        <translation>“{value}” is geen bekend land; gebruik een landcode van twee letters, zoals NL of BE.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="23" />
        <source>Confirm that the customer is 18 or older (ID shown or self-declared).</source>
        <translation>Bevestig dat de klant 18 jaar of ouder is (ID getoond of zelf verklaard).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="24" />
        <source>We are sorry: ETSoft does not register personal data of anyone under 18.</source>
        <translation>Het spijt ons: ETSoft registreert geen persoonsgegevens van iemand onder de 18 jaar.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="25" />
        <source>“{value}” is not a valid date of birth (use dd-mm-yyyy).</source>
        <translation>“{value}” is geen geldige geboortedatum (gebruik dd-mm-jjjj).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="26" />
        <source>Name the third party the data came from.</source>
        <translation>Vul in van welke derde de gegevens komen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="27" />
        <source>This text contains what looks like a payment card number. ETSoft promises not to keep card numbers: remove it.</source>
        <translation>Deze tekst bevat iets wat op een betaalkaartnummer lijkt. ETSoft belooft geen kaartnummers te bewaren: haal het weg.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="28" />
        <source>This text contains what looks like a citizen service number (BSN). ETSoft promises not to keep BSNs: remove it.</source>
        <translation>Deze tekst bevat iets wat op een burgerservicenummer (BSN) lijkt. ETSoft belooft geen BSN te bewaren: haal het weg.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="29" />
        <source>“{value}” is not a valid date (use dd-mm-yyyy).</source>
        <translation>“{value}” is geen geldige datum (gebruik dd-mm-jjjj).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="30" />
        <source>“{value}” is not a valid amount (for example 49,95).</source>
        <translation>“{value}” is geen geldig bedrag (bijvoorbeeld 49,95).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="31" />
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="32" />
        <source>Invoice number {value} is already in the register.</source>
        <translation>Factuurnummer {value} staat al in het register.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="34" />
        <source>There is no register at {path}. Create one with “etsoft-desk init”.</source>
        <translation>Er is geen register op {path}. Maak er een met “etsoft-desk init”.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="35" />
        <source>A register already exists at {path}; it was left untouched.</source>
        <translation>Op {path} staat al een register; het is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="36" />
        <source>This key does not open this register.</source>
        <translation>Deze sleutel opent dit register niet.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="37" />
        <source>{path} is not an ETSoft Desk register, or it is damaged.</source>
        <translation>{path} is geen ETSoft Desk-register, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="38" />
        <source>{path} is an unencrypted database, not an ETSoft Desk register.</source>
        <translation>{path} is een onversleutelde database, geen ETSoft Desk-register.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="39" />
        <source>The register at {path} is damaged: restore it from a backup.</source>
        <translation>Het register op {path} is beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="40" />
        <source>This register was written by a newer version of ETSoft Desk (schema {found}, this version knows {known}): install the newer version.</source>
        <translation>Dit register is gemaakt door een nieuwere versie van ETSoft Desk (schema {found}, deze versie kent {known}): installeer de nieuwere versie.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="41" />
        <source>The register is in use by another program; close it and try again.</source>
        <translation>Het register is in gebruik door een ander programma; sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="42" />
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>De schijf is vol: maak ruimte vrij en probeer het opnieuw. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="43" />
        <source>That is not a recovery key: a recovery key has 14 groups of 4 characters, or the raw key 64 hexadecimal digits.</source>
        <translation>Dat is geen herstelsleutel: een herstelsleutel heeft 14 groepen van 4 tekens, of de ruwe sleutel 64 hexadecimale tekens.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="44" />
        <source>The recovery key has a typo somewhere (its check characters do not match): compare it with the sheet.</source>
        <translation>Er zit ergens een tikfout in de herstelsleutel (de controletekens kloppen niet): vergelijk hem met het blad.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="45" />
        <source>This computer has no keyring to keep the register's key in; enter the recovery key from the printed sheet.</source>
        <translation>Deze computer heeft geen sleutelbos (keyring) om de sleutel van het register in te bewaren; voer de herstelsleutel van het afgedrukte blad in.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="46" />
        <source>The keyring does not hold the key of this register; enter the recovery key from the printed sheet.</source>
        <translation>De sleutelbos bevat de sleutel van dit register niet; voer de herstelsleutel van het afgedrukte blad in.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="47" />
        <source>The register is locked and no key was given: set ETSOFT_DESK_KEY or run this in a terminal.</source>
        <translation>Het register is vergrendeld en er is geen sleutel gegeven: zet ETSOFT_DESK_KEY of start dit in een terminal.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="49" />
        <source>There is no customer with number {value}.</source>
        <translation>Er is geen klant met nummer {value}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="50" />
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="51" />
        <source>{path} could not be read as a CSV file.</source>
        <translation>{path} kon niet als CSV-bestand gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="52" />
        <source>The file has no column for the name (voornaam or achternaam).</source>
        <translation>Het bestand heeft geen kolom voor de naam (voornaam of achternaam).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="53" />
        <source>{count} rows are invalid; nothing was imported.</source>
        <translation>{count} regels zijn ongeldig; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="55" />
        <source>“Not asked” is where a channel starts; record what the customer said instead.</source>
        <translation>“Niet gevraagd” is waar een kanaal begint; leg vast wat de klant zei.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="56" />
        <source>There is no consent on this channel to withdraw.</source>
        <translation>Op dit kanaal is geen toestemming om in te trekken.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="57" />
        <source>The soft opt-in is only for existing customers (with a purchase or a service job); ask for an opt-in instead.</source>
        <translation>De soft opt-in geldt alleen voor bestaande klanten (met een aankoop of servicebeurt); vraag om een opt-in.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="58" />
        <source>Enter your initials first: every consent record names who recorded it.</source>
        <translation>Vul eerst uw initialen in: bij elke toestemming staat wie die vastlegde.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="59" />
        <source>The privacy statement is empty.</source>
        <translation>De privacyverklaring is leeg.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="60" />
        <source>This text is the same as the current version {version}; nothing was added.</source>
        <translation>Deze tekst is gelijk aan de huidige versie {version}; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="62" />
        <source>{name} is no longer an active recipient: nothing may be shared with them.</source>
        <translation>{name} is geen actieve ontvanger meer: er mag niets met hen gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="63" />
        <source>There is no processor agreement with {name}: record it in the recipients register before sharing.</source>
        <translation>Er is geen verwerkersovereenkomst met {name}: leg die vast in het ontvangersregister voordat u iets deelt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="64" />
        <source>The customer asked us on {since} to stop sharing: nothing may go to {name}.</source>
        <translation>De klant heeft ons op {since} gevraagd te stoppen met delen: er mag niets naar {name}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="65" />
        <source>The customer has not approved sharing with {name}: ask first and record the approval.</source>
        <translation>De klant heeft geen toestemming gegeven om te delen met {name}: vraag het eerst en leg de goedkeuring vast.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="66" />
        <source>There is already a recipient called {name}.</source>
        <translation>Er is al een ontvanger met de naam {name}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="67" />
        <source>There is no recipient with number {value}.</source>
        <translation>Er is geen ontvanger met nummer {value}.</translation>
    </message>
    <message>
        <source>There is no recipient called “{name}” in the recipients register.</source>
        <translation>Er is geen ontvanger met de naam “{name}” in het ontvangersregister.</translation>
    </message>
    <message>
        <source>{name} is not a processor working for us: a disclosure to them rests on the customer's approval, not on a processor agreement.</source>
        <translation>{name} is geen verwerker die voor ons werkt: een verstrekking aan hen rust op de goedkeuring van de klant, niet op een verwerkersovereenkomst.</translation>
    </message>
    <message>
        <source>{name} is a processor working for us: a disclosure to them rests on the processor agreement, not on the customer's approval.</source>
        <translation>{name} is een verwerker die voor ons werkt: een verstrekking aan hen rust op de verwerkersovereenkomst, niet op de goedkeuring van de klant.</translation>
    </message>
    <message>
        <source>{name} is a processor working for us under a processor agreement: no approval of the customer is asked or recorded for them.</source>
        <translation>{name} is een verwerker die voor ons werkt onder een verwerkersovereenkomst: daarvoor wordt geen goedkeuring van de klant gevraagd of vastgelegd.</translation>
    </message>
    <message>
        <source>The customer has no active approval to share with {name}: there is nothing to stop.</source>
        <translation>De klant heeft geen geldige goedkeuring om te delen met {name}: er is niets te stoppen.</translation>
    </message>
    <message>
        <source>{name} is outside the EEA ({country}) and no transfer ground is recorded for them: record it (such as an adequacy decision or standard contractual clauses) and where its safeguards can be read in the recipients register first.</source>
        <translation>{name} zit buiten de EER ({country}) en er is geen grond voor doorgifte vastgelegd: leg die (zoals een adequaatheidsbesluit of modelcontractbepalingen) en waar de waarborgen te lezen zijn eerst vast in het ontvangersregister.</translation>
    </message>
    <message>
        <source>Say where the safeguards can be read (a web address, or where the signed copy is kept).</source>
        <translation>Vul in waar de waarborgen te lezen zijn (een webadres, of waar het getekende exemplaar ligt).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="68" />
        <source>There is no active approval with number {value} for this customer.</source>
        <translation>Er is geen geldige goedkeuring met nummer {value} voor deze klant.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="69" />
        <source>The customer asked to stop sharing on {since}; lift that objection first if the customer now agrees.</source>
        <translation>De klant vroeg op {since} te stoppen met delen; hef dat bezwaar eerst op als de klant nu wel instemt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="71" />
        <source>A referral that is {status} cannot become {new}.</source>
        <translation>Een referentie met status {status} kan niet {new} worden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="72" />
        <source>There is no referral with number {value}.</source>
        <translation>Er is geen referentie met nummer {value}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="73" />
        <source>Say how the customer approved the text (for example: signed the printed text at the counter).</source>
        <translation>Vul in hoe de klant de tekst goedkeurde (bijvoorbeeld: afgedrukte tekst getekend aan de balie).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="74" />
        <source>“{value}” is not a web address (it starts with https://).</source>
        <translation>“{value}” is geen webadres (het begint met https://).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="76" />
        <source>Sensitive data is only kept with the customer's explicit consent: ask, and tick that the customer agrees.</source>
        <translation>Bijzondere gegevens bewaren wij alleen met uitdrukkelijke toestemming van de klant: vraag het, en vink aan dat de klant instemt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="77" />
        <source>There is no such sensitive note for this customer.</source>
        <translation>Deze bijzondere notitie bestaat niet voor deze klant.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="78" />
        <source>The keep-until date must lie in the future.</source>
        <translation>De bewaren-tot-datum moet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="80" />
        <source>This request is already closed.</source>
        <translation>Dit verzoek is al afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="81" />
        <source>A request can be extended once, by one or two months at most.</source>
        <translation>Een verzoek kan één keer worden verlengd, met hoogstens één of twee maanden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="82" />
        <source>An extension had to be decided and told before {due}; that date has passed.</source>
        <translation>Over verlenging moest vóór {due} besloten en bericht worden; die datum is voorbij.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="83" />
        <source>Give the reasons: the customer must be told why.</source>
        <translation>Geef de redenen: de klant moet horen waarom.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="84" />
        <source>There is no request with number {value}.</source>
        <translation>Er is geen verzoek met nummer {value}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="85" />
        <source>A request cannot be received in the future.</source>
        <translation>Een verzoek kan niet in de toekomst ontvangen zijn.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="87" />
        <source>The law requires keeping {value} for at least {limit} months.</source>
        <translation>De wet schrijft voor {value} minstens {limit} maanden te bewaren.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="88" />
        <source>“{value}” is not a valid number of months (0 to {high}).</source>
        <translation>“{value}” is geen geldig aantal maanden (0 tot {high}).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="89" />
        <source>There is no setting called “{value}”.</source>
        <translation>Er is geen instelling “{value}”.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="90" />
        <source>The export file must end in .json or .zip (a JSON file with one CSV file per table).</source>
        <translation>Het exportbestand moet eindigen op .json of .zip (een JSON-bestand met een CSV-bestand per tabel).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="91" />
        <source>This request has no extension or refusal to write a letter about.</source>
        <translation>Bij dit verzoek hoort geen verlenging of weigering om een brief over te schrijven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="92" />
        <source>This person asked to be erased on {date}: not imported.</source>
        <translation>Deze persoon vroeg op {date} om verwijdering: niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="93" />
        <source>This person asked to be erased on {date}. Only register them again if they ask for it themselves.</source>
        <translation>Deze persoon vroeg op {date} om verwijdering. Leg de gegevens alleen opnieuw vast als de persoon daar zelf om vraagt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="94" />
        <source>{path} is damaged: it cannot be used as a register. Nothing was changed.</source>
        <translation>{path} is beschadigd: het kan niet als register worden gebruikt. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="95" />
        <source>{path} already exists: choose another name or folder.</source>
        <translation>{path} bestaat al: kies een andere naam of map.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="96" />
        <source>The folder {path} does not exist (is the USB stick in?).</source>
        <translation>De map {path} bestaat niet (zit de USB-stick erin?).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="97" />
        <source>The backup could not be verified and was removed: {detail}. Try again, or another USB stick.</source>
        <translation>De back-up kon niet worden gecontroleerd en is verwijderd: {detail}. Probeer het opnieuw, of met een andere USB-stick.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="98" />
        <source>The key does not open {path}: it is not an ETSoft Desk backup, or it was made with another key (then give the recovery key printed at that time). Nothing was changed.</source>
        <translation>De sleutel opent {path} niet: het is geen back-up van ETSoft Desk, of hij is gemaakt met een andere sleutel (geef dan de herstelsleutel die toen is afgedrukt). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="99" />
        <source>That is the register itself, not a backup of it.</source>
        <translation>Dat is het register zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="100" />
        <source>“{value}” is not a number of minutes from {low} (never) to {high}.</source>
        <translation>“{value}” is geen aantal minuten van {low} (nooit) tot {high}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="101" />
        <source>“{value}” is not a number of backups from {low} to {high}.</source>
        <translation>“{value}” is geen aantal back-ups van {low} tot {high}.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="102" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Een pincode bestaat uit 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="103" />
        <source>The audit log has been tampered with: {detail}</source>
        <translation>Met het auditlog is geknoeid: {detail}</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="106" />
        <source>The erasure ledger lacked {count} line(s) that the register keeps (it was deleted or cut off): it was written again from the register.</source>
        <translation>Het wisregister miste {count} regel(s) die het register bewaart (het was verwijderd of afgekapt): het is opnieuw geschreven vanuit het register.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="107" />
        <source>The erasure ledger {path} is a folder, not a file: move that folder away. Until then no erasure can be carried out.</source>
        <translation>Het wisregister {path} is een map, geen bestand: verplaats die map. Tot dan kan er niets gewist worden.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="108" />
        <source>The erasure ledger {path} cannot be written: nothing was erased. Check that it is a file and the disk is not full.</source>
        <translation>Het wisregister {path} kan niet worden geschreven: er is niets gewist. Controleer dat het een bestand is en dat de schijf niet vol is.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="109" />
        <source>Line {line} of the erasure ledger was altered (its seal does not match): it was skipped.</source>
        <translation>Regel {line} van het wisregister is gewijzigd (het zegel klopt niet): die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="110" />
        <source>Line {line} of the erasure ledger starts with a byte-order mark (an editor such as Notepad saved it): it was skipped.</source>
        <translation>Regel {line} van het wisregister begint met een byte-order-mark (een editor zoals Kladblok heeft het opgeslagen): die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="111" />
        <source>Line {line} of the erasure ledger is cut off or not readable: it was skipped.</source>
        <translation>Regel {line} van het wisregister is afgekapt of onleesbaar: die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="112" />
        <source>Line {line} of the erasure ledger is not a ledger entry (not a JSON object): it was skipped.</source>
        <translation>Regel {line} van het wisregister is geen logboekregel (geen JSON-object): die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="113" />
        <source>Line {line} of the erasure ledger lacks “{key}”: it was skipped.</source>
        <translation>Regel {line} van het wisregister mist “{key}”: die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="114" />
        <source>Line {line} of the erasure ledger has no seal and the register has no record of it: it was skipped.</source>
        <translation>Regel {line} van het wisregister heeft geen zegel en het register kent hem niet: die regel is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="115" />
        <source>{count} erasure(s) carried out in this register have no valid line in the erasure ledger ({ids}): if this register is restored from an older backup, they cannot be carried out again.</source>
        <translation>{count} wissing(en) die in dit register zijn uitgevoerd hebben geen geldige regel in het wisregister ({ids}): als dit register uit een oudere back-up wordt teruggezet, kunnen ze niet opnieuw worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="116" />
        <source>Removed {name}, left by an interrupted restore or backup.</source>
        <translation>{name} verwijderd: achtergebleven na een onderbroken terugzetting of back-up.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="117" />
        <source>Removed the set-aside register {name}: it still held people erased since.</source>
        <translation>Het opzijgezette register {name} is verwijderd: het bevatte nog mensen die sindsdien zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="118" />
        <source>Removed the set-aside register {name}: the current key does not open it, so erasures cannot be checked in it.</source>
        <translation>Het opzijgezette register {name} is verwijderd: de huidige sleutel opent het niet, dus de wissingen zijn er niet in te controleren.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="119" />
        <source>Removed the set-aside register {name}: the restore is confirmed.</source>
        <translation>Het opzijgezette register {name} is verwijderd: het terugzetten is bevestigd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="120" />
        <source>The erasure is not finished yet: another program is reading the register. It is finished as soon as that program lets go (at the latest at the next start).</source>
        <translation>Het wissen is nog niet klaar: een ander programma leest het register. Het wordt afgerond zodra dat programma loslaat (uiterlijk bij de volgende start).</translation>
    </message>
    <message>
        <source>The register at {path} cannot be opened for writing: make the file and its folder writable again (not read-only, not locked against changes), then try again. Nothing was changed.</source>
        <translation>Het register op {path} kan niet worden geopend om te schrijven: maak het bestand en de map weer beschrijfbaar (niet alleen-lezen, niet vergrendeld tegen wijzigingen) en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The register at {path} is damaged: its table “{value}” is missing. Restore it from a backup.</source>
        <translation>Het register op {path} is beschadigd: de tabel “{value}” ontbreekt. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>The register at {path} could not be used (the database said “{detail}”): check the disk and the file, or restore the register from a backup.</source>
        <translation>Het register op {path} kon niet worden gebruikt (de database meldde “{detail}”): controleer de schijf en het bestand, of zet een back-up van het register terug.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {detail}. Check that it exists, is a folder where a folder is meant (or a file where a file is), and may be written, then try again.</source>
        <translation>{path} kan niet worden gebruikt: {detail}. Controleer of het bestaat, een map is waar een map bedoeld is (of een bestand waar een bestand bedoeld is) en beschrijfbaar is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="190" />
        <source>Nothing was restored: {path} cannot be written (a folder, read-only or locked), and a restore must write it to erase again whoever was erased since; fix that first, nothing was changed.</source>
        <translation>Er is niets teruggezet: {path} kan niet worden beschreven (een map, alleen-lezen of vergrendeld), en een terugzetting moet daarin schrijven om opnieuw te wissen wie sindsdien gewist is; los dat eerst op, er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="190" />
        <source>The folder {path} cannot be written (read-only, or no permission): no backup was made.</source>
        <translation>In de map {path} kan niet worden geschreven (alleen-lezen, of geen toestemming): er is geen back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="190" />
        <source>A register set aside by a restore is still here ({name}) and the new key would not open it: confirm the restore first (etsoft-desk restore --confirm). Nothing was changed.</source>
        <translation>Een bij het terugzetten apart gezet register staat hier nog ({name}) en de nieuwe sleutel zou het niet openen: bevestig eerst het terugzetten (etsoft-desk restore --confirm). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The refused rows could not be written to {path}; nothing was imported.</source>
        <translation>De geweigerde regels konden niet worden geschreven naar {path}; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The customer had the processing of their data restricted on {since}: no marketing on any channel until the restriction is lifted.</source>
        <translation>De klant heeft op {since} beperking van de verwerking van de gegevens gevraagd: geen marketing via enig kanaal tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>The customer had the processing of their data restricted on {since}: no new consent can be recorded until the restriction is lifted.</source>
        <translation>De klant heeft op {since} beperking van de verwerking van de gegevens gevraagd: er kan geen nieuwe toestemming worden vastgelegd tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>The customer had the processing of their data restricted on {since}: nothing may be approved for sharing or disclosed (except for a legal claim) until the restriction is lifted.</source>
        <translation>De klant heeft op {since} beperking van de verwerking van de gegevens gevraagd: niets mag worden goedgekeurd om te delen of worden verstrekt (behalve voor een rechtsvordering) tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>The customer had the processing of their data restricted on {since}: the card may not be changed until the restriction is lifted.</source>
        <translation>De klant heeft op {since} beperking van de verwerking van de gegevens gevraagd: de kaart mag niet worden gewijzigd tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>The customer contests the accuracy of their data (restricted since {since}): only {fields} may be corrected until the restriction is lifted.</source>
        <translation>De klant betwist de juistheid van de gegevens (beperkt sinds {since}): alleen {fields} mag worden gecorrigeerd tot de beperking is opgeheven.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of the card or its history; use one of {fields}.</source>
        <translation>“{value}” is geen veld van de kaart of de geschiedenis ervan; gebruik een van {fields}.</translation>
    </message>
    <message>
        <source>The processing of this customer's data is already restricted since {since}.</source>
        <translation>De verwerking van de gegevens van deze klant is al beperkt sinds {since}.</translation>
    </message>
    <message>
        <source>The processing of this customer's data is not restricted: there is nothing to lift.</source>
        <translation>De verwerking van de gegevens van deze klant is niet beperkt: er is niets op te heffen.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing on {since}: record a consent only if the customer asks for it anew, and confirm that they did.</source>
        <translation>De klant heeft op {since} bezwaar gemaakt tegen direct marketing: leg alleen toestemming vast als de klant er zelf opnieuw om vraagt, en bevestig dat.</translation>
    </message>
    <message>
        <source>The customer objected to direct marketing on {since}: they may be approached only on a channel they asked for anew since.</source>
        <translation>De klant heeft op {since} bezwaar gemaakt tegen direct marketing: de klant mag alleen worden benaderd via een kanaal waarvoor hij of zij daarna zelf opnieuw toestemming gaf.</translation>
    </message>
    <message>
        <source>The customer already objected to direct marketing on {since}.</source>
        <translation>De klant heeft al op {since} bezwaar gemaakt tegen direct marketing.</translation>
    </message>
    <message>
        <source>There is no objection with number {value} to decide on for this customer.</source>
        <translation>Er is geen bezwaar met nummer {value} van deze klant om over te beslissen.</translation>
    </message>
    <message>
        <source>Say which processing the customer objects to.</source>
        <translation>Vermeld tegen welke verwerking de klant bezwaar maakt.</translation>
    </message>
    <message>
        <source>Request {value} is not a request of this kind, or it is closed: it cannot be carried out by this act.</source>
        <translation>Verzoek {value} is geen verzoek van deze soort, of het is al afgehandeld: het kan niet met deze handeling worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: issue the access report for it first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: maak eerst het inzageoverzicht ervoor, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: make the export for it first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: maak eerst de export ervoor, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: erase the customer with this request first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: wis eerst de klant met dit verzoek, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: restrict the processing with this request first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: beperk eerst de verwerking met dit verzoek, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: record the objection with this request first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: leg eerst het bezwaar met dit verzoek vast, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: withdraw the consents it names first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: trek eerst de genoemde toestemmingen in, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: correct the card or its history (a visit, service job or invoice) with this request first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: corrigeer eerst de kaart of de geschiedenis ervan (een bezoek, servicebeurt of factuur) met dit verzoek, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Give the name of the person who asks: they are not a customer, so the request and its answer carry their name.</source>
        <translation>Vul de naam in van wie het vraagt: die persoon is geen klant, dus het verzoek en het antwoord dragen die naam.</translation>
    </message>
    <message>
        <source>Request {value} is not carried out yet: it comes from someone who is not a customer, so issue the “no data” access report for it first, or refuse it with reasons.</source>
        <translation>Verzoek {value} is nog niet uitgevoerd: het komt van iemand die geen klant is, dus maak er eerst het inzageoverzicht “geen gegevens” voor, of weiger het met redenen.</translation>
    </message>
    <message>
        <source>Request {value} is not from someone outside the register: only such a request can be linked to a customer's card.</source>
        <translation>Verzoek {value} is niet van iemand buiten het register: alleen zo'n verzoek kan aan de kaart van een klant worden gekoppeld.</translation>
    </message>
    <message>
        <source>Request {value} belongs to a customer's card: make that customer's access report for it, not the “no data” one.</source>
        <translation>Verzoek {value} hoort bij de kaart van een klant: maak er het inzageoverzicht van die klant voor, niet dat met “geen gegevens”.</translation>
    </message>
    <message>
        <source>“{value}” is not a marketing channel; use one of {channels}.</source>
        <translation>“{value}” is geen marketingkanaal; gebruik een van {channels}.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends on {end}: give a start on or before the end. Nothing was written.</source>
        <translation>De periode begint op {start}, na het einde op {end}: kies een begin op of vóór het einde. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>No accountant has been chosen: choose the recipient who keeps the books in the settings (on the command line: settings set accountant_recipient NAME, or --accountant NAME). Nothing was written.</source>
        <translation>Er is geen boekhouder gekozen: kies in de instellingen de ontvanger die de boekhouding doet (op de opdrachtregel: settings set accountant_recipient NAAM, of --accountant NAAM). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>There is no recipient named “{value}” in the recipients register: add the accountant there first, as a processor with a processor agreement. Nothing was written.</source>
        <translation>Er staat geen ontvanger “{value}” in het ontvangersregister: zet de boekhouder daar eerst in, als verwerker met een verwerkersovereenkomst. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>{name} is not a processor in the recipients register: the invoices go only to an accountant who keeps the books on the shop's behalf under a processor agreement. Nothing was written.</source>
        <translation>{name} is geen verwerker in het ontvangersregister: de facturen gaan alleen naar een boekhouder die de boekhouding namens de winkel doet onder een verwerkersovereenkomst. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>{path} is one of the register's own files: choose another name or folder. Nothing was written.</source>
        <translation>{path} is een van de eigen bestanden van het register: kies een andere naam of map. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="107" />
        <source>{path} already exists: choose another name, or say that it may be replaced (on the command line: --overwrite).</source>
        <translation>{path} bestaat al: kies een andere naam, of zeg dat het vervangen mag (op de opdrachtregel: --overwrite).</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="108" />
        <source>{path} is a folder: give a file name in it.</source>
        <translation>{path} is een map: geef een bestandsnaam daarin.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="109" />
        <source>The folder {path} does not exist: choose another folder. Nothing was written.</source>
        <translation>De map {path} bestaat niet: kies een andere map. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="110" />
        <source>{path} cannot be written: that folder is read-only or you may not write in it. Nothing was written.</source>
        <translation>{path} kan niet worden geschreven: die map is alleen-lezen of u mag er niet in schrijven. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="111" />
        <source>{path} cannot be written: the disk is full. Nothing was written.</source>
        <translation>{path} kan niet worden geschreven: de schijf is vol. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="112" />
        <source>The name {path} is too long: choose a shorter name. Nothing was written.</source>
        <translation>De naam {path} is te lang: kies een kortere naam. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="113" />
        <source>{path} cannot be written ({detail}). Nothing was written.</source>
        <translation>{path} kan niet worden geschreven ({detail}). Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="114" />
        <source>It is done, but {path} could not be written; its confirmation {doc} is kept in the register: print it again with “etsoft-desk document {doc} -o FILE.pdf”.</source>
        <translation>Het is gedaan, maar {path} kon niet worden geschreven; de bevestiging {doc} is bewaard in het register: druk haar opnieuw af met “etsoft-desk document {doc} -o BESTAND.pdf”.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="115" />
        <source>The erasure {doc} is still in progress (another program is reading the register); its confirmation is kept in the register: print it once the erasure has finished with “etsoft-desk document {doc} -o FILE.pdf”.</source>
        <translation>De wissing {doc} is nog bezig (een ander programma leest het register); de bevestiging is bewaard in het register: druk haar af zodra de wissing klaar is met “etsoft-desk document {doc} -o BESTAND.pdf”.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="116" />
        <source>There is no kept document {value}; see “etsoft-desk document list”.</source>
        <translation>Er is geen bewaard document {value}; zie “etsoft-desk document list”.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="117" />
        <source>This computer has no keyring to keep the new key in: give --recovery-sheet FILE.pdf so that the new key is on paper before the register changes. Nothing was changed.</source>
        <translation>Deze computer heeft geen sleutelbos om de nieuwe sleutel in te bewaren: geef --recovery-sheet BESTAND.pdf, zodat de nieuwe sleutel op papier staat voordat het register verandert. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="118" />
        <source>The keyring did not give back the new key it was given: give --recovery-sheet FILE.pdf to rekey without it. Nothing was changed.</source>
        <translation>De sleutelbos gaf de nieuwe sleutel niet terug: geef --recovery-sheet BESTAND.pdf om zonder sleutelbos een nieuwe sleutel te maken. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="119" />
        <source>The register was changed by another program (for example a new key from the command line): close ETSoft Desk and open it again.</source>
        <translation>Het register is door een ander programma veranderd (bijvoorbeeld een nieuwe sleutel via de opdrachtregel): sluit ETSoft Desk en open het opnieuw.</translation>
    </message>
    <message>
        <source>The register is open in another ETSoft Desk window or command; close it there first and try again. Nothing was changed.</source>
        <translation>Het register is geopend in een ander venster of een andere opdracht van ETSoft Desk; sluit het daar eerst en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The register is being restored or re-encrypted by another ETSoft Desk window or command; wait until it has finished and try again.</source>
        <translation>Het register wordt in een ander venster of een andere opdracht van ETSoft Desk teruggezet of opnieuw versleuteld; wacht tot dat klaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} is a link to {value}, which is not there (a disk or network folder that is not connected?): connect it, or remove the link if the register belongs here, and try again. Nothing was changed.</source>
        <translation>{path} is een koppeling naar {value}, en dat is er niet (een schijf of netwerkmap die niet is aangesloten?): sluit die aan, of verwijder de koppeling als het register hier hoort, en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The register&apos;s folder {path} cannot be opened, so ETSoft Desk cannot tell whether the register is open elsewhere: allow reading that folder (or do this as its owner) and try again. Nothing was changed.</source>
        <translation>De map {path} van het register kan niet worden geopend, dus ETSoft Desk kan niet zien of het register elders geopend is: geef leesrecht op die map (of doe dit als de eigenaar ervan) en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The lock file {path} beside the register cannot be opened, so ETSoft Desk cannot tell whether the register is open elsewhere: close every ETSoft Desk window and command, remove that file (it holds nothing) and try again. Nothing was changed.</source>
        <translation>Het vergrendelbestand {path} naast het register kan niet worden geopend, dus ETSoft Desk kan niet zien of het register elders geopend is: sluit alle vensters en opdrachten van ETSoft Desk, verwijder dat bestand (er staat niets in) en probeer het opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file or folder (a pipe or a device): give a folder, or a new file name in a folder. No backup was written.</source>
        <translation>{path} is geen gewoon bestand of map (een pipe of een apparaat): geef een map op, of een nieuwe bestandsnaam in een map. Er is geen back-up geschreven.</translation>
    </message>
    <message>
        <source>This key does not open this register, and the keyring holds no key for it either. If it is the right recovery key, the start of the register file is damaged: restore it from a backup.</source>
        <translation>Deze sleutel opent dit register niet, en de sleutelbos bevat er ook geen sleutel voor. Als het de juiste herstelsleutel is, is het begin van het registerbestand beschadigd: zet een back-up terug.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="105" />
        <source>The audit log is missing from the register: its table was removed.</source>
        <translation>Het auditlog ontbreekt in het register: de tabel is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="106" />
        <source>The register at {path} is damaged: {count} page(s) fail the encryption check (the first is page {page}). Restore it from a backup.</source>
        <translation>Het register in {path} is beschadigd: {count} pagina('s) doorstaan de versleutelingscontrole niet (de eerste is pagina {page}). Zet een reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="107" />
        <source>The register at {path} is damaged: the database check found {detail}. Restore it from a backup.</source>
        <translation>Het register in {path} is beschadigd: de databasecontrole vond {detail}. Zet een reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/domain/messages.py" line="108" />
        <source>The register is damaged ({count} page(s) fail the encryption check), so no backup was written: restore an earlier backup.</source>
        <translation>Het register is beschadigd ({count} pagina('s) doorstaan de versleutelingscontrole niet), dus er is geen reservekopie gemaakt: zet een eerdere reservekopie terug.</translation>
    </message>
    <message>
        <source>{value} is not on the staff list: choose someone who is (etsoft-desk staff list), or ask the owner to add them.</source>
        <translation>{value} staat niet op de personeelslijst: kies iemand die erop staat (etsoft-desk staff list), of vraag de eigenaar hem of haar toe te voegen.</translation>
    </message>
    <message>
        <source>“{value}” are not initials: use 1 to 8 letters, for example JV.</source>
        <translation>“{value}” zijn geen initialen: gebruik 1 tot 8 letters, bijvoorbeeld JV.</translation>
    </message>
    <message>
        <source>Give the person's name.</source>
        <translation>Vul de naam van de medewerker in.</translation>
    </message>
    <message>
        <source>{value} is already on the staff list.</source>
        <translation>{value} staat al op de personeelslijst.</translation>
    </message>
    <message>
        <source>{value} is not on the staff list.</source>
        <translation>{value} staat niet op de personeelslijst.</translation>
    </message>
    <message>
        <source>{value} is already the owner, and there is one owner.</source>
        <translation>{value} is al de eigenaar, en er is één eigenaar.</translation>
    </message>
    <message>
        <source>The owner can only be removed as the last person on the staff list.</source>
        <translation>De eigenaar kan alleen als laatste van de personeelslijst worden verwijderd.</translation>
    </message>
    <message>
        <source>This needs the owner's PIN: set ETSOFT_DESK_PIN or run this in a terminal. Nothing was changed.</source>
        <translation>Hiervoor is de pincode van de eigenaar nodig: zet ETSOFT_DESK_PIN of voer dit uit in een terminal. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Wrong PIN: nothing was changed ({left} tries left, then only the recovery key).</source>
        <translation>Verkeerde pincode: er is niets gewijzigd (nog {left} pogingen, daarna alleen de herstelsleutel).</translation>
    </message>
    <message>
        <source>Five wrong PINs: only the register's recovery key allows this now (give it in ETSOFT_DESK_PIN or on the terminal). Nothing was changed.</source>
        <translation>Vijf keer een verkeerde pincode: alleen de herstelsleutel van het register staat dit nu toe (geef die in ETSOFT_DESK_PIN of in de terminal). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Type the new PIN twice on a terminal, or set ETSOFT_DESK_NEW_PIN. Nothing was changed.</source>
        <translation>Typ de nieuwe pincode twee keer in een terminal, of zet ETSOFT_DESK_NEW_PIN. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Nothing was changed.</source>
        <translation>De twee pincodes zijn niet gelijk. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no visit with number {value}.</source>
        <translation>Er is geen bezoek met nummer {value}.</translation>
    </message>
    <message>
        <source>There is no service job with number {value}.</source>
        <translation>Er is geen servicebeurt met nummer {value}.</translation>
    </message>
    <message>
        <source>There is no invoice with number {value} in the register of a customer.</source>
        <translation>Er is geen factuur met nummer {value} bij een klant in het register.</translation>
    </message>
    <message>
        <source>“{value}” cannot be corrected here; use one of {fields}.</source>
        <translation>“{value}” kan hier niet worden gecorrigeerd; gebruik een van {fields}.</translation>
    </message>
    <message>
        <source>The invoice number is the invoice's identity and cannot be corrected: if the invoice itself was wrong, issue a credit note and a new invoice, and add the new one.</source>
        <translation>Het factuurnummer is de identiteit van de factuur en kan niet worden gecorrigeerd: was de factuur zelf onjuist, maak dan een creditnota en een nieuwe factuur, en voeg de nieuwe toe.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of service job; use one of {kinds}.</source>
        <translation>“{value}” is geen soort servicebeurt; gebruik een van {kinds}.</translation>
    </message>
    <message>
        <source>Nothing to correct: the new value is the same as the one in the register.</source>
        <translation>Er is niets te corrigeren: de nieuwe waarde is dezelfde als die in het register.</translation>
    </message>
    <message>
        <source>There is no correction with number {value}.</source>
        <translation>Er is geen correctie met nummer {value}.</translation>
    </message>
    <message>
        <source>The letters are made for the corrections of one customer at a time; correction {value} is another customer's.</source>
        <translation>De brieven worden per klant gemaakt; correctie {value} hoort bij een andere klant.</translation>
    </message>
    <message>
        <source>No recipient received this customer's data: there is nobody to tell of the correction, so no letters were made.</source>
        <translation>Geen enkele ontvanger kreeg gegevens van deze klant: er is niemand over de correctie te informeren, dus er zijn geen brieven gemaakt.</translation>
    </message>
    <message>
        <source>Give the moment the shop became aware of the breach (YYYY-MM-DD HH:MM): the 72 hours start there. Nothing was recorded.</source>
        <translation>Geef het moment waarop de winkel het datalek ontdekte (JJJJ-MM-DD UU:MM): daar beginnen de 72 uur. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>“{value}” is not a moment (use YYYY-MM-DD HH:MM, for example 2026-12-01 14:30). Nothing was recorded.</source>
        <translation>“{value}” is geen tijdstip (gebruik JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-12-01 14:30). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>“{value}” lies in the future: give the moment it really happened or the shop became aware of it. Nothing was recorded.</source>
        <translation>“{value}” ligt in de toekomst: geef het moment waarop het echt gebeurde of ontdekt werd. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The breach cannot have happened after the shop became aware of it: check both moments. Nothing was recorded.</source>
        <translation>Het datalek kan niet gebeurd zijn nadat de winkel het ontdekte: controleer beide tijdstippen. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Say in your own words what happened (without names or the exposed data itself). Nothing was recorded.</source>
        <translation>Beschrijf in uw eigen woorden wat er gebeurde (zonder namen of de gelekte gegevens zelf). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Say what kind of breach it is: confidentiality, integrity or availability. Nothing was recorded.</source>
        <translation>Geef aan wat voor datalek het is: vertrouwelijkheid, integriteit of beschikbaarheid. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Say what was exposed: one or more customers, a search, a document by its id, a backup file, or the whole register. Nothing was recorded.</source>
        <translation>Geef aan wat er gelekt is: een of meer klanten, een zoekopdracht, een document met zijn kenmerk, een back-upbestand of het hele register. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The search “{value}” finds nobody in the register. Nothing was recorded.</source>
        <translation>De zoekopdracht “{value}” vindt niemand in het register. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The register knows no document {value}: check the id printed at the foot of the document (for example IZ-1A2B3C4D). Nothing was recorded.</source>
        <translation>Het register kent geen document {value}: controleer het kenmerk onderaan het document (bijvoorbeeld IZ-1A2B3C4D). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>“{value}” is not a category of personal data in the register. Nothing was recorded.</source>
        <translation>“{value}” is geen soort persoonsgegevens in het register. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>There is no data breach number {value} in the register.</source>
        <translation>Er is geen datalek met nummer {value} in het register.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no. Nothing was recorded.</source>
        <translation>“{value}” is geen ja of nee. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: the law asks that they are documented (AVG art. 33 lid 5). Nothing was recorded.</source>
        <translation>Geef de redenen voor het besluit: de wet vraagt dat ze worden vastgelegd (AVG art. 33 lid 5). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The 72 hours passed on {value}: give the reasons for the delay, which the notification to the AP must carry (AVG art. 33 lid 1). Nothing was recorded.</source>
        <translation>De 72 uur zijn verstreken op {value}: geef de redenen voor de vertraging, die in de melding aan de AP moeten staan (AVG art. 33 lid 1). Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Warning: special-category data (such as health) is concerned and the breach is not reported to the AP: make sure the reasons hold.</source>
        <translation>Let op: het gaat om bijzondere persoonsgegevens (zoals gezondheid) en het datalek wordt niet gemeld bij de AP: controleer of de redenen kloppen.</translation>
    </message>
    <message>
        <source>Warning: special-category data (such as health) is concerned and the people are not told: make sure the reasons hold (for example that the data was encrypted and the key out of reach).</source>
        <translation>Let op: het gaat om bijzondere persoonsgegevens (zoals gezondheid) en de betrokkenen worden niet geïnformeerd: controleer of de redenen kloppen (bijvoorbeeld dat de gegevens versleuteld waren en de sleutel buiten bereik).</translation>
    </message>
    <message>
        <source>Warning: {count} people are concerned and the breach is not reported to the AP: make sure the reasons hold.</source>
        <translation>Let op: het gaat om {count} personen en het datalek wordt niet gemeld bij de AP: controleer of de redenen kloppen.</translation>
    </message>
    <message>
        <source>Warning: {count} people are concerned and they are not told: make sure the reasons hold (for example that the data was encrypted and the key out of reach).</source>
        <translation>Let op: het gaat om {count} personen en zij worden niet geïnformeerd: controleer of de redenen kloppen (bijvoorbeeld dat de gegevens versleuteld waren en de sleutel buiten bereik).</translation>
    </message>
    <message>
        <source>Data breach {value} is not decided yet: record the decision first (report to the AP or not, tell the people or not, and why).</source>
        <translation>Over datalek {value} is nog niet besloten: leg eerst het besluit vast (melden bij de AP of niet, de betrokkenen informeren of niet, en waarom).</translation>
    </message>
    <message>
        <source>Data breach {value} was to be reported to the AP: record the date it was reported and the AP's reference first.</source>
        <translation>Datalek {value} moest gemeld worden bij de AP: leg eerst de datum van de melding en het kenmerk van de AP vast.</translation>
    </message>
    <message>
        <source>Data breach {value} is closed: it stays in the register as it was. Nothing was changed.</source>
        <translation>Datalek {value} is afgesloten: het blijft in het register zoals het was. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nobody in the register is concerned by data breach {value} (any more): there is no one to write to.</source>
        <translation>Niemand in het register is (nog) betrokken bij datalek {value}: er is niemand om te schrijven.</translation>
    </message>
    <message>
        <source>Give the date the breach was reported to the AP together with the AP's reference. Nothing was recorded.</source>
        <translation>Geef de datum van de melding bij de AP samen met het kenmerk van de AP. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>The breach cannot have been reported before the shop became aware of it, nor in the future. Nothing was recorded.</source>
        <translation>Het datalek kan niet gemeld zijn voordat de winkel het ontdekte, en niet in de toekomst. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>{path} could not be read as a contact file (CSV, Excel .xlsx or vCard).</source>
        <translation>{path} kon niet worden gelezen als contactbestand (CSV, Excel .xlsx of vCard).</translation>
    </message>
    <message>
        <source>{path} is an old Excel file (.xls): save it in Excel as .xlsx or as CSV and import that.</source>
        <translation>{path} is een oud Excel-bestand (.xls): sla het in Excel op als .xlsx of als CSV en importeer dat.</translation>
    </message>
    <message>
        <source>{path} could not be read as a CSV file from line {line} on (a cell too long, or a quote that is never closed); nothing was imported.</source>
        <translation>{path} kon vanaf regel {line} niet als CSV-bestand worden gelezen (een te lange cel, of een aanhalingsteken dat nooit wordt gesloten); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This row is in another character set than the rest of the file (the file mixes UTF-8 and Windows-1252): correct it and import it again.</source>
        <translation>Deze regel staat in een andere tekenset dan de rest van het bestand (het bestand mengt UTF-8 en Windows-1252): verbeter hem en importeer hem opnieuw.</translation>
    </message>
    <message>
        <source>{column}: “{value}” holds characters that were not read correctly (a wrong character set).</source>
        <translation>{column}: “{value}” bevat tekens die niet goed gelezen zijn (een verkeerde tekenset).</translation>
    </message>
    <message>
        <source>{column}: the cell holds a NUL character, which no field of the card may hold.</source>
        <translation>{column}: de cel bevat een NUL-teken, dat in geen enkel veld van de kaart mag staan.</translation>
    </message>
    <message>
        <source>This contact card could not be read (it is not valid vCard).</source>
        <translation>Dit contact kon niet worden gelezen (het is geen geldige vCard).</translation>
    </message>
    <message>
        <source>The columns {columns} give different values for the same field of the card: keep one of them.</source>
        <translation>De kolommen {columns} geven verschillende waarden voor hetzelfde veld van de kaart: houd er één over.</translation>
    </message>
    <message>
        <source>These columns hold data that fits no field of the card: {columns}. Nothing was imported: leave them out or put them in the notes (on the command line --ignore-columns, --notes-columns or --mapping).</source>
        <translation>Deze kolommen bevatten gegevens die in geen veld van de kaart passen: {columns}. Er is niets geïmporteerd: laat ze weg of zet ze in de notities (op de opdrachtregel --ignore-columns, --notes-columns of --mapping).</translation>
    </message>
    <message>
        <source>The file has no column “{value}”.</source>
        <translation>Het bestand heeft geen kolom “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of the card; use one of: {fields}.</source>
        <translation>“{value}” is geen veld van de kaart; kies uit: {fields}.</translation>
    </message>
    <message>
        <source>The mapping file {path} could not be read: it must be a JSON object of column names and fields, such as {{"Bedrijf": "notes"}}.</source>
        <translation>Het koppelbestand {path} kon niet worden gelezen: het moet een JSON-object van kolomnamen en velden zijn, zoals {{"Bedrijf": "notes"}}.</translation>
    </message>
    <message>
        <source>This contact matches customer {value} (same email address, or same name and postcode): choose whether to skip, add or merge duplicates.</source>
        <translation>Dit contact komt overeen met klant {value} (hetzelfde e-mailadres, of dezelfde naam en postcode): kies of dubbele contacten worden overgeslagen, toegevoegd of samengevoegd.</translation>
    </message>
    <message>
        <source>“{value}” is not a way to treat duplicates; use skip, add or merge.</source>
        <translation>“{value}” is geen manier om dubbele contacten te behandelen; gebruik skip, add of merge.</translation>
    </message>
    <message>
        <source>A house-number addition can be at most {limit} characters.</source>
        <translation>Een huisnummertoevoeging is hoogstens {limit} tekens lang.</translation>
    </message>
    <message>
        <source>A street or place can be at most {limit} characters.</source>
        <translation>Een straat of plaats is hoogstens {limit} tekens lang.</translation>
    </message>
    <message>
        <source>Email is not set up: enter the mail server and the sender address in the settings (on the command line: settings set smtp_host HOST, settings set smtp_from ADDRESS).</source>
        <translation>E-mail is nog niet ingesteld: vul bij de instellingen de mailserver en het afzenderadres in (op de opdrachtregel: settings set smtp_host SERVER, settings set smtp_from ADRES).</translation>
    </message>
    <message>
        <source>The mail server needs a password and none is kept on this computer: enter it in the settings (on the command line: etsoft-desk mail password).</source>
        <translation>De mailserver vraagt een wachtwoord en op deze computer is er geen bewaard: vul het in bij de instellingen (op de opdrachtregel: etsoft-desk mail password).</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or the password: check them in the settings.</source>
        <translation>De mailserver {host} weigerde de gebruikersnaam of het wachtwoord: controleer ze bij de instellingen.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified, so nothing was sent: check the server's name in the settings, or ask the mail provider.</source>
        <translation>Het certificaat van de mailserver {host} kon niet worden gecontroleerd, dus er is niets verstuurd: controleer de naam van de server bij de instellingen, of vraag het de e-mailprovider.</translation>
    </message>
    <message>
        <source>The mail server {host} did not answer in time: try again later.</source>
        <translation>De mailserver {host} antwoordde niet op tijd: probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The mail server {host} (port {port}) cannot be reached: check the network connection and the server's name and port in the settings.</source>
        <translation>De mailserver {host} (poort {port}) is niet bereikbaar: controleer de netwerkverbinding en de naam en poort van de server bij de instellingen.</translation>
    </message>
    <message>
        <source>No secure connection could be made with the mail server {host} (port {port}): check the security setting and the port (STARTTLS usually 587, SSL/TLS 465).</source>
        <translation>Er kon geen beveiligde verbinding met de mailserver {host} (poort {port}) worden gemaakt: controleer de beveiliging en de poort (STARTTLS meestal 587, SSL/TLS 465).</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a login on this connection: choose STARTTLS or SSL/TLS in the settings, or leave the user name empty.</source>
        <translation>De mailserver {host} laat op deze verbinding niet inloggen: kies STARTTLS of SSL/TLS bij de instellingen, of laat de gebruikersnaam leeg.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS: choose SSL/TLS (usually port 465) in the settings, or ask the mail provider.</source>
        <translation>De mailserver {host} biedt geen STARTTLS: kies SSL/TLS (meestal poort 465) bij de instellingen, of vraag het de e-mailprovider.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient's address: check the address on the card or the request.</source>
        <translation>De mailserver weigerde het adres van de ontvanger: controleer het adres op de klantkaart of bij het verzoek.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {value}: check it in the settings.</source>
        <translation>De mailserver weigerde het afzenderadres {value}: controleer het bij de instellingen.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message (code {code}): try again later, or ask the mail provider.</source>
        <translation>De mailserver {host} weigerde het bericht (code {code}): probeer het later opnieuw, of vraag het de e-mailprovider.</translation>
    </message>
    <message>
        <source>The message could not be sent: the connection with the mail server {host} broke off. Try again later.</source>
        <translation>Het bericht kon niet worden verstuurd: de verbinding met de mailserver {host} werd verbroken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the mail password in: set ETSOFT_DESK_SMTP_PASSWORD instead.</source>
        <translation>Deze computer heeft geen sleutelbos om het mailwachtwoord in te bewaren: zet in plaats daarvan ETSOFT_DESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>“{value}” is not a port number ({low} to {high}).</source>
        <translation>“{value}” is geen poortnummer ({low} tot {high}).</translation>
    </message>
    <message>
        <source>“{value}” is not a way to secure the connection: use one of {choices}.</source>
        <translation>“{value}” is geen manier om de verbinding te beveiligen: gebruik een van {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a server name (for example smtp.example.nl).</source>
        <translation>“{value}” is geen servernaam (bijvoorbeeld smtp.voorbeeld.nl).</translation>
    </message>
    <message>
        <source>Request {value} was not registered with an email address: it is answered on paper, at the counter or by post.</source>
        <translation>Verzoek {value} is niet met een e-mailadres geregistreerd: het antwoord gaat op papier, aan de balie of per post.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address on this customer's card: choose one of the card's addresses.</source>
        <translation>“{value}” is geen e-mailadres op de kaart van deze klant: kies een van de adressen op de kaart.</translation>
    </message>
    <message>
        <source>This customer's card has no email address to send it to.</source>
        <translation>Op de kaart van deze klant staat geen e-mailadres om het naartoe te sturen.</translation>
    </message>
    <message>
        <source>There is no message {value} waiting in the outbox.</source>
        <translation>In het postvak uit wacht geen bericht {value}.</translation>
    </message>
    <message>
        <source>A password for the attachment needs at least {limit} characters.</source>
        <translation>Een wachtwoord voor de bijlage heeft minstens {limit} tekens.</translation>
    </message>
    <message>
        <source>No privacy statement has been loaded yet: load it first (statement load FILE --effective DATE).</source>
        <translation>Er is nog geen privacyverklaring geladen: laad die eerst (statement load BESTAND --effective DATUM).</translation>
    </message>
    <message>
        <source>There is no notice {value}; see “etsoft-desk notices”.</source>
        <translation>Er is geen kennisgeving {value}; zie “etsoft-desk notices”.</translation>
    </message>
    <message>
        <source>Notice {value} is already recorded as {state}: nothing was changed.</source>
        <translation>Kennisgeving {value} staat al vastgelegd als {state}: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Say what to do with the notice: --posted, --impossible REASON, --disproportionate REASON or -o FILE.pdf.</source>
        <translation>Zeg wat er met de kennisgeving moet gebeuren: --posted, --impossible REDEN, --disproportionate REDEN of -o BESTAND.pdf.</translation>
    </message>
    <message>
        <source>{name} has no email address in the recipients register: add it there, or print the notice and post it.</source>
        <translation>{name} heeft geen e-mailadres in het ontvangersregister: vul het daar in, of druk de kennisgeving af en verstuur die per post.</translation>
    </message>
    <message>
        <source>“{value}” cannot be used: one line of at most 200 characters, without tabs or line breaks.</source>
        <translation>“{value}” kan niet: één regel van hoogstens 200 tekens, zonder tabs of regeleinden.</translation>
    </message>
    <message>
        <source>Message {value} is being sent right now (by another window or command): wait a moment, then look in the outbox.</source>
        <translation>Bericht {value} wordt op dit moment verstuurd (door een ander venster of een opdracht): wacht even en kijk dan in het postvak uit.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message for good (code {code}): it will not take it as it is. Take it out of the outbox and give the document on paper, or ask the mail provider.</source>
        <translation>De mailserver {host} weigert het bericht definitief (code {code}): zo neemt hij het niet aan. Haal het uit het postvak uit en geef het document op papier, of vraag het de e-mailprovider.</translation>
    </message>
    <message>
        <source>The password would go to the mail server {host} unencrypted: choose STARTTLS or SSL/TLS in the settings (an unencrypted login is only for a server on this computer).</source>
        <translation>Het wachtwoord zou onversleuteld naar de mailserver {host} gaan: kies STARTTLS of SSL/TLS bij de instellingen (onversleuteld inloggen kan alleen bij een server op deze computer).</translation>
    </message>
    <message>
        <source>This contact is the same person as line {line} of the file (same email address, or same name and postcode): choose whether to skip, add or merge duplicates.</source>
        <translation>Dit contact is dezelfde persoon als regel {line} van het bestand (hetzelfde e-mailadres, of dezelfde naam en postcode): kies of dubbele contacten worden overgeslagen, toegevoegd of samengevoegd.</translation>
    </message>
    <message>
        <source>The country of this contact cannot be told from its postcode, place or phone number: add it in a country column (NL, BE, DE, ...) or choose one for such rows (on the command line --country-unknown).</source>
        <translation>Het land van dit contact blijkt niet uit de postcode, de plaats of het telefoonnummer: vul het in een kolom voor het land in (NL, BE, DE, ...) of kies er een voor zulke regels (op de opdrachtregel --country-unknown).</translation>
    </message>
    <message>
        <source>“{value}” is not a country for contacts without one; use a two-letter code such as NL, BE or DE, or ask.</source>
        <translation>“{value}” is geen land voor contacten zonder land; gebruik een code van twee letters zoals NL, BE of DE, of ask.</translation>
    </message>
    <message>
        <source>The message is {size} and the mail server {host} takes at most {limit}: take it out of the outbox and give the document on paper or on a USB stick.</source>
        <translation>Het bericht is {size} en de mailserver {host} neemt hoogstens {limit} aan: haal het uit het postvak uit en geef het document op papier of op een USB-stick.</translation>
    </message>
    <message>
        <source>Destroyed {count} kept record(s) whose keep-until date has passed.</source>
        <translation>{count} bewaarde gegeven(s) vernietigd: de bewaardatum was voorbij.</translation>
    </message>
    <message>
        <source>Erased again from the erasure ledger: {count} customer(s) (a crash or a restored backup had left them).</source>
        <translation>Opnieuw gewist volgens het wisregister: {count} klant(en) (een crash of een teruggezette back-up had ze laten staan).</translation>
    </message>
    <message>
        <source>The disk of {path} is full: free some space (or choose another disk) and try again. The register is unchanged.</source>
        <translation>De schijf van {path} is vol: maak ruimte vrij (of kies een andere schijf) en probeer het opnieuw. Het register is niet veranderd.</translation>
    </message>
    <message>
        <source>{path} may not be used: it is read-only, or this user may not read or write it. Choose another place, or ask whoever manages this computer. The register is unchanged.</source>
        <translation>{path} mag niet worden gebruikt: het is alleen-lezen, of deze gebruiker mag het niet lezen of schrijven. Kies een andere plek, of vraag het aan wie deze computer beheert. Het register is niet veranderd.</translation>
    </message>
    <message>
        <source>Other work on the register is still going (a backup, an erasure, a document being made): wait until it is finished, then try again. Nothing was changed.</source>
        <translation>Er loopt nog ander werk aan het register (een back-up, een verwijdering, een document dat wordt gemaakt): wacht tot dat klaar is en probeer het dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup is of another register: none of the {count} line(s) of the erasure ledger {path} is sealed by it, and restoring it here would lose who was erased in this register. Nothing was changed. Restore it into a data folder of its own (--data-dir), or choose a backup of this register.</source>
        <translation>Deze back-up is van een ander register: geen van de {count} regel(s) van het wisregister {path} is door dat register verzegeld, en terugzetten hier zou verliezen wie in dit register is gewist. Er is niets veranderd. Zet de back-up terug in een eigen gegevensmap (--data-dir), of kies een back-up van dit register.</translation>
    </message>
    <message>
        <source>The register could not be re-encrypted: it still opens with its old key and the old recovery sheet. The new sheet was removed (its key was never used). Try again later.</source>
        <translation>Het register kon niet opnieuw worden versleuteld: het opent nog met de oude sleutel en het oude herstelblad. Het nieuwe blad is verwijderd (de sleutel ervan is nooit gebruikt). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full, so the register was not re-encrypted: it still opens with its old key and the old recovery sheet. The new sheet was removed (its key was never used). Free some space and try again.</source>
        <translation>De schijf is vol, dus het register is niet opnieuw versleuteld: het opent nog met de oude sleutel en het oude herstelblad. Het nieuwe blad is verwijderd (de sleutel ervan is nooit gebruikt). Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a place in a folder. Nothing was written.</source>
        <translation>{path} is een bestand, geen map: kies een plek in een map. Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="58" />
        <source>Remote help</source>
        <translation>Hulp op afstand</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="59" />
        <source>Repair</source>
        <translation>Reparatie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="60" />
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="64" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="65" />
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="66" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/dialogs.py" line="67" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="11" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="11" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="11" />
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="12" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="12" />
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="13" />
        <source>In the app</source>
        <translation>In de app</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="13" />
        <source>In the shop</source>
        <translation>In de winkel</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="17" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="17" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="18" />
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="21" />
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="18" />
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="22" />
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="36" />
        <source>at the counter</source>
        <translation>aan de balie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="22" />
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="23" />
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="23" />
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="37" />
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/names.py" line="24" />
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="38" />
        <source>by letter</source>
        <translation>per brief</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="15" />
        <source>Answer requests (due within 7 days)</source>
        <translation>Verzoeken beantwoorden (binnen 7 dagen)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="16" />
        <source>Tell about data from third parties</source>
        <translation>Melden: gegevens van derden</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="17" />
        <source>Tell about the new privacy statement</source>
        <translation>Melden: nieuwe privacyverklaring</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/todo.py" line="18" />
        <source>Take referrals off the website</source>
        <translation>Referenties van de website halen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="18" />
        <source>business partner</source>
        <translation>zakenpartner</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sharing_panel.py" line="19" />
        <source>service provider</source>
        <translation>dienstverlener</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="18" />
        <source>waiting for approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="19" />
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="20" />
        <source>on the website</source>
        <translation>op de website</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="22" />
        <source>taken down</source>
        <translation>verwijderd van de website</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="26" />
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="27" />
        <source>initials</source>
        <translation>initialen</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/referral_panel.py" line="28" />
        <source>first name and town</source>
        <translation>voornaam en woonplaats</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="17" />
        <source>health (e.g. accessibility needs)</source>
        <translation>gezondheid (bijv. toegankelijkheid)</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/sensitive_panel.py" line="18" />
        <source>other special category</source>
        <translation>andere bijzondere categorie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="26" />
        <source>access</source>
        <translation>inzage</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="27" />
        <source>rectification</source>
        <translation>correctie</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="28" />
        <source>erasure</source>
        <translation>verwijdering</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="29" />
        <source>restriction</source>
        <translation>beperking</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="30" />
        <source>objection</source>
        <translation>bezwaar</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="31" />
        <source>portability</source>
        <translation>overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="32" />
        <source>consent withdrawal</source>
        <translation>intrekking toestemming</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="43" />
        <source>known customer</source>
        <translation>bekende klant</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="48" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="49" />
        <source>extended</source>
        <translation>verlengd</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="50" />
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/ui/requests_panel.py" line="51" />
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Inzageoverzicht</translation>
    </message>
    <message>
        <source>Export of the data</source>
        <translation>Gegevens om mee te nemen</translation>
    </message>
    <message>
        <source>Letter about a request</source>
        <translation>Brief over een verzoek</translation>
    </message>
    <message>
        <source>Letter: extended time limit</source>
        <translation>Brief: termijn verlengd</translation>
    </message>
    <message>
        <source>Letter: decision on a request</source>
        <translation>Brief: besluit over een verzoek</translation>
    </message>
    <message>
        <source>Letter: restriction lifted</source>
        <translation>Brief: beperking opgeheven</translation>
    </message>
    <message>
        <source>Shred confirmation</source>
        <translation>Verklaring van vernietiging</translation>
    </message>
    <message>
        <source>Retention run confirmation</source>
        <translation>Verklaring van vernietiging na de bewaartermijn</translation>
    </message>
    <message>
        <source>Destruction confirmation (paper or device)</source>
        <translation>Verklaring van vernietiging (papier of apparaat)</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Bewijs van toestemmingen</translation>
    </message>
    <message>
        <source>New privacy statement</source>
        <translation>Nieuwe privacyverklaring</translation>
    </message>
    <message>
        <source>Letter: data breach</source>
        <translation>Brief: datalek</translation>
    </message>
    <message>
        <source>Notice to a recipient (GDPR Art. 19)</source>
        <translation>Kennisgeving aan een ontvanger (AVG art. 19)</translation>
    </message>
    <message>
        <source>Intake slip</source>
        <translation>Werkbon</translation>
    </message>
    <message>
        <source>A backup file</source>
        <translation>Een back-upbestand</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Een document</translation>
    </message>
    <message>
        <source>Availability (lost or unreachable)</source>
        <translation>Beschikbaarheid (verloren of onbereikbaar)</translation>
    </message>
    <message>
        <source>Confidentiality (seen or sent without authority)</source>
        <translation>Vertrouwelijkheid (onbevoegd ingezien of verstuurd)</translation>
    </message>
    <message>
        <source>ID shown</source>
        <translation>Legitimatie getoond</translation>
    </message>
    <message>
        <source>ID shown at the counter, no copy kept</source>
        <translation>legitimatie getoond aan de balie, geen kopie bewaard</translation>
    </message>
    <message>
        <source>In the keyring of a logged-in account on the device (within reach)</source>
        <translation>In de sleutelbos van een ingelogd account op het apparaat (binnen bereik)</translation>
    </message>
    <message>
        <source>Integrity (changed without authority)</source>
        <translation>Integriteit (onbevoegd gewijzigd)</translation>
    </message>
    <message>
        <source>Nowhere on the device or with the file</source>
        <translation>Nergens op het apparaat of bij het bestand</translation>
    </message>
    <message>
        <source>On the printed recovery sheet that was with it (within reach)</source>
        <translation>Op de geprinte herstelsleutel die erbij was (binnen bereik)</translation>
    </message>
    <message>
        <source>One or more customers</source>
        <translation>Een of meer klanten</translation>
    </message>
    <message>
        <source>The customers of a search</source>
        <translation>De klanten van een zoekopdracht</translation>
    </message>
    <message>
        <source>The whole customer register</source>
        <translation>Het hele klantregister</translation>
    </message>
    <message>
        <source>accuracy of the data contested</source>
        <translation>juistheid van de gegevens betwist</translation>
    </message>
    <message>
        <source>adequacy decision of the European Commission (GDPR Art. 45)</source>
        <translation>adequaatheidsbesluit van de Europese Commissie (AVG art. 45)</translation>
    </message>
    <message>
        <source>binding corporate rules (GDPR Art. 47)</source>
        <translation>bindende bedrijfsvoorschriften (AVG art. 47)</translation>
    </message>
    <message>
        <source>data needed for a legal claim</source>
        <translation>gegevens nodig voor een rechtsvordering</translation>
    </message>
    <message>
        <source>needed to perform the contract with the customer (GDPR Art. 49(1)(b))</source>
        <translation>nodig voor de uitvoering van de overeenkomst met de klant (AVG art. 49 lid 1 sub b)</translation>
    </message>
    <message>
        <source>objection being assessed</source>
        <translation>bezwaar wordt beoordeeld</translation>
    </message>
    <message>
        <source>overridden (compelling legitimate grounds)</source>
        <translation>afgewezen (dwingende gerechtvaardigde gronden)</translation>
    </message>
    <message>
        <source>processor on our behalf (accountant, e-invoicing)</source>
        <translation>verwerker in onze opdracht (boekhouder, e-facturatie)</translation>
    </message>
    <message>
        <source>processor on our behalf (processor agreement)</source>
        <translation>verwerker in onze opdracht (verwerkersovereenkomst)</translation>
    </message>
    <message>
        <source>self-declared</source>
        <translation>zelf verklaard</translation>
    </message>
    <message>
        <source>standard contractual clauses of the European Commission (GDPR Art. 46(2)(c))</source>
        <translation>modelcontractbepalingen van de Europese Commissie (AVG art. 46 lid 2 sub c)</translation>
    </message>
    <message>
        <source>the customer's explicit consent to the transfer (GDPR Art. 49(1)(a))</source>
        <translation>uitdrukkelijke toestemming van de klant voor de doorgifte (AVG art. 49 lid 1 sub a)</translation>
    </message>
    <message>
        <source>unlawful processing; restriction asked for instead of erasure</source>
        <translation>onrechtmatige verwerking; beperking gevraagd in plaats van wissen</translation>
    </message>
    <message>
        <source>upheld (the processing stops)</source>
        <translation>toegewezen (de verwerking stopt)</translation>
    </message>
    <message>
        <source>via the registered email address</source>
        <translation>via het geregistreerde e-mailadres</translation>
    </message>
    <message>
        <source>with the customer's prior approval</source>
        <translation>met voorafgaande toestemming van de klant</translation>
    </message>
    <message>
        <source>own consent</source>
        <translation>eigen toestemming</translation>
    </message>
    <message>
        <source>as a customer, only about our own similar products and services (Telecommunicatiewet art. 11.7)</source>
        <translation>als klant, alleen over onze eigen vergelijkbare producten en diensten (Telecommunicatiewet art. 11.7)</translation>
    </message>
    <message>
        <source>the address of the request</source>
        <translation>het adres van het verzoek</translation>
    </message>
    <message>
        <source>an email address on the card</source>
        <translation>een e-mailadres op de klantkaart</translation>
    </message>
    <message>
        <source>the recipient's address</source>
        <translation>het adres van de ontvanger</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>device</source>
        <translation>apparaat</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message numerus="yes">
        <location filename="../../etsoft_desk/app.py" line="137" />
        <source>Erased again from the erasure ledger: %n customer(s).</source>
        <translation>
            <numerusform>Opnieuw gewist volgens het wisregister: %n klant.</numerusform><numerusform>Opnieuw gewist volgens het wisregister: %n klanten.</numerusform></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This is the window of ETSoft Desk: it has no command line to print to. Give commands to etsoft-desk-cli.exe in a Command Prompt, for example: etsoft-desk-cli.exe init</source>
        <translation>Dit is het venster van ETSoft Desk: het heeft geen opdrachtregel om op te schrijven. Geef opdrachten aan etsoft-desk-cli.exe in een opdrachtprompt, bijvoorbeeld: etsoft-desk-cli.exe init</translation>
    </message>
    <message>
        <source>There is no register set aside by a restore: nothing to confirm.</source>
        <translation>Er is geen register dat bij het terugzetten opzij is gezet: er valt niets te bevestigen.</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/app.py" line="108" />
        <source>Erasure ledger</source>
        <translation>Wisregister</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/app.py" line="116" />
        <source>Erasure still being finished: another program is reading the register…</source>
        <translation>Wissen nog bezig: een ander programma leest het register…</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/app.py" line="141" />
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../etsoft_desk/app.py" line="142" />
        <source>Is the restored register as it should be? Then the previous register, set aside, is removed for good (it may hold people erased since). Choose No to keep it for now.</source>
        <translation>Is het teruggezette register zoals het hoort? Dan wordt het vorige register, dat opzij is gezet, definitief verwijderd (het kan mensen bevatten die sindsdien zijn gewist). Kies Nee om het voorlopig te bewaren.</translation>
    </message>
</context>
<context>
    <name>MarketingDialog</name>
    <message>
        <source>Looking up…</source>
        <translation>Bezig met opzoeken…</translation>
    </message>
    <message>
        <source>A valid consent on this channel (opt-in, or the soft opt-in for customers who bought something in the last 24 months), no objection to direct marketing, no restriction, not on the erasure ledger (unless the consent was given after that erasure).</source>
        <translation>Een geldige toestemming op dit kanaal (opt-in, of de soft opt-in voor klanten die in de laatste 24 maanden iets kochten), geen bezwaar tegen direct marketing, geen beperking, niet in het wisregister (tenzij de toestemming na die wissing is gegeven).</translation>
    </message>
    <message>
        <source>Marketing per channel</source>
        <translation>Marketing per kanaal</translation>
    </message>
    <message>
        <source>Sharing with a recipient</source>
        <translation>Delen met een ontvanger</translation>
    </message>
    <message>
        <source>a list of customers</source>
        <translation>een lijst van klanten</translation>
    </message>
    <message>
        <source>Who may I approach?</source>
        <translation>Wie mag ik benaderen?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Consent since</source>
        <translation>Toestemming sinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>A valid consent on this channel (opt-in, or the soft opt-in for customers who bought something in the last 24 months), no objection to direct marketing, no restriction.</source>
        <translation>Een geldige toestemming op dit kanaal (opt-in, of de soft opt-in voor klanten die in de laatste 24 maanden iets kochten), geen bezwaar tegen direct marketing, geen beperking.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 customers saved to %2</source>
        <translation>%1 klanten opgeslagen in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) may be approached today</source>
        <translation>
            <numerusform>%n klant mag vandaag worden benaderd</numerusform><numerusform>%n klanten mogen vandaag worden benaderd</numerusform></translation>
    </message>
</context>
<context>
    <name>RightsBanner</name>
    <message>
        <source>Restrict processing…</source>
        <translation>Verwerking beperken…</translation>
    </message>
    <message>
        <source>Lift restriction…</source>
        <translation>Beperking opheffen…</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Bezwaar tegen direct marketing</translation>
    </message>
    <message>
        <source>only correcting %1 is allowed</source>
        <translation>alleen %1 corrigeren mag</translation>
    </message>
    <message>
        <source>correcting the card is allowed</source>
        <translation>de kaart corrigeren mag</translation>
    </message>
    <message>
        <source>the card cannot be changed</source>
        <translation>de kaart kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Processing restricted since %1 (%2): only storage; no marketing, no new consent, no sharing; %3.</source>
        <translation>Verwerking beperkt sinds %1 (%2): alleen bewaren; geen marketing, geen nieuwe toestemming, niet delen; %3.</translation>
    </message>
    <message>
        <source>Objection to direct marketing since %1: do not approach on any channel.</source>
        <translation>Bezwaar tegen direct marketing sinds %1: via geen enkel kanaal benaderen.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <source>Objection to %1 since %2: %3.</source>
        <translation>Bezwaar tegen %1 sinds %2: %3.</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verwerking beperken</translation>
    </message>
    <message>
        <source>Reason (GDPR Art. 18)</source>
        <translation>Reden (AVG art. 18)</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Beperking opheffen</translation>
    </message>
    <message>
        <source>The customer must be told before the restriction is lifted (GDPR Art. 18(3)). The letter is shown next: print or save it and send it. Lift the restriction now?</source>
        <translation>De klant moet worden geïnformeerd voordat de beperking wordt opgeheven (AVG art. 18 lid 3). De brief wordt hierna getoond: druk hem af of sla hem op en verstuur hem. De beperking nu opheffen?</translation>
    </message>
    <message>
        <source>Letter: restriction lifted</source>
        <translation>Brief: beperking opgeheven</translation>
    </message>
    <message>
        <source>Record that the customer objects to direct marketing? Every marketing consent is withdrawn at once, on every channel.</source>
        <translation>Vastleggen dat de klant bezwaar maakt tegen direct marketing? Elke toestemming voor marketing wordt in één keer ingetrokken, op elk kanaal.</translation>
    </message>
    <message>
        <source>Other objection…</source>
        <translation>Ander bezwaar…</translation>
    </message>
    <message>
        <source>Objection to processing on legitimate interest (GDPR Art. 21(1))</source>
        <translation>Bezwaar tegen verwerking op grond van gerechtvaardigd belang (AVG art. 21 lid 1)</translation>
    </message>
    <message>
        <source>Decide on the objection…</source>
        <translation>Besluiten over het bezwaar…</translation>
    </message>
    <message>
        <source>Other objection</source>
        <translation>Ander bezwaar</translation>
    </message>
    <message>
        <source>Which processing does the customer object to?</source>
        <translation>Tegen welke verwerking maakt de klant bezwaar?</translation>
    </message>
    <message>
        <source>Decide on the objection</source>
        <translation>Besluiten over het bezwaar</translation>
    </message>
    <message>
        <source>The reasons (the customer is told them)</source>
        <translation>De redenen (de klant krijgt ze te horen)</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Invoices for the accountant</source>
        <translation>Facturen voor de boekhouder</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Kept after an erasure</source>
        <translation>Bewaard na wissen</translation>
    </message>
    <message>
        <source>Save for the accountant…</source>
        <translation>Opslaan voor de boekhouder…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Every invoice dated in the period, both days included, also those the tax law keeps after a customer was erased. Saving records, for each customer, that their invoices went to the accountant (the access report shows it).</source>
        <translation>Elke factuur met een datum in de periode, beide dagen meegerekend, ook de facturen die de belastingwet bewaart nadat een klant is gewist. Bij opslaan wordt per klant vastgelegd dat zijn facturen naar de boekhouder gingen (het inzageverslag laat dat zien).</translation>
    </message>
    <message>
        <source>yes, until %1</source>
        <translation>ja, tot %1</translation>
    </message>
    <message>
        <source>Accountant: %1 (a processor in the recipients register)</source>
        <translation>Boekhouder: %1 (een verwerker in het ontvangersregister)</translation>
    </message>
    <message>
        <source>No accountant chosen yet: choose one in the settings.</source>
        <translation>Nog geen boekhouder gekozen: kies die in de instellingen.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Bezig met opzoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), total %1</source>
        <translation>
            <numerusform>%n factuur, totaal %1</numerusform><numerusform>%n facturen, totaal %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n kept after an erasure)</source>
        <translation>
            <numerusform>(%n bewaard na wissen)</numerusform><numerusform>(%n bewaard na wissen)</numerusform></translation>
    </message>
    <message>
        <source>No accountant has been chosen yet. Choose, in the settings, the processor in the recipients register who keeps your books; then the invoices can be saved here.</source>
        <translation>Er is nog geen boekhouder gekozen. Kies in de instellingen de verwerker uit het ontvangersregister die uw boekhouding doet; daarna kunt u de facturen hier opslaan.</translation>
    </message>
    <message>
        <source>Save for the accountant</source>
        <translation>Opslaan voor de boekhouder</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV-bestanden (*.csv);;Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>the invoices with the customers' names</source>
        <translation>de facturen met de namen van klanten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>%1 invoices saved to %2; recorded as given to %3 for %4 customer(s).</source>
        <translation>%1 facturen opgeslagen in %2; vastgelegd als verstrekt aan %3 voor %4 klant(en).</translation>
    </message>
</context>
<context>
    <name>HistoryCorrections</name>
    <message>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Choose the row to correct first.</source>
        <translation>Kies eerst de regel die u wilt corrigeren.</translation>
    </message>
    <message>
        <source>Letters to the recipients (GDPR Art. 19)</source>
        <translation>Brieven aan de ontvangers (AVG art. 19)</translation>
    </message>
    <message>
        <source>What was exposed</source>
        <translation>Wat er gelekt is</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <source>Where the key was (a file)</source>
        <translation>Waar de sleutel was (bij een bestand)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>Het back-upbestand</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on data breach %1</source>
        <translation>Besluit over datalek %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Report to the AP</source>
        <translation>Melden bij de AP</translation>
    </message>
    <message>
        <source>Tell the people concerned</source>
        <translation>Betrokkenen informeren</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Reasons for the delay (the 72 hours have passed)</source>
        <translation>Redenen voor de vertraging (de 72 uur zijn verstreken)</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Data breaches</source>
        <translation>Datalekken</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <source>Hours left of 72</source>
        <translation>Uren over van 72</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reported to the AP</source>
        <translation>Gemeld bij de AP</translation>
    </message>
    <message>
        <source>New data breach…</source>
        <translation>Nieuw datalek…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Besluit…</translation>
    </message>
    <message>
        <source>Summary for the AP…</source>
        <translation>Samenvatting voor de AP…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Brieven aan de betrokkenen…</translation>
    </message>
    <message>
        <source>Reported to the AP…</source>
        <translation>Gemeld bij de AP…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>verstreken</translation>
    </message>
    <message>
        <source>report %1, tell %2</source>
        <translation>melden %1, informeren %2</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>niet besloten</translation>
    </message>
    <message>
        <source>No data breaches recorded.</source>
        <translation>Nog geen datalekken vastgelegd.</translation>
    </message>
    <message>
        <source>Special-category data (such as health) is concerned.</source>
        <translation>Het gaat ook om bijzondere persoonsgegevens (zoals gezondheid).</translation>
    </message>
    <message>
        <source>Summary for the AP</source>
        <translation>Samenvatting voor de AP</translation>
    </message>
    <message>
        <source>Letters to the people</source>
        <translation>Brieven aan de betrokkenen</translation>
    </message>
    <message>
        <source>a list of customers</source>
        <translation>een lijst met klanten</translation>
    </message>
    <message>
        <source>The AP's reference</source>
        <translation>Het kenmerk van de AP</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved; each is recorded as made.</source>
        <translation>
            <numerusform>%n brief opgeslagen; hij is vastgelegd als gemaakt.</numerusform><numerusform>%n brieven opgeslagen; elk is vastgelegd als gemaakt.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import: columns</source>
        <translation>Importeren: kolommen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>Field on the card</source>
        <translation>Veld op de kaart</translation>
    </message>
    <message>
        <source>%1 (address %2)</source>
        <translation>%1 (adres %2)</translation>
    </message>
    <message>
        <source>List them as bad rows</source>
        <translation>Als ongeldige regels melden</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Merge them into the customer</source>
        <translation>Samenvoegen met de klant</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <source>Contacts that match a customer (same email, or same name and postcode):</source>
        <translation>Contacten die overeenkomen met een klant (zelfde e-mail, of zelfde naam en postcode):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacten</translation>
    </message>
    <message>
        <source>Google Contacts (older export)</source>
        <translation>Google Contacten (oudere export)</translation>
    </message>
    <message>
        <source>Outlook (English headers)</source>
        <translation>Outlook (Engelse kolomnamen)</translation>
    </message>
    <message>
        <source>Outlook (Dutch headers)</source>
        <translation>Outlook (Nederlandse kolomnamen)</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Choose for every column which field of the card it fills, or “do not import”.</source>
        <translation>Kies per kolom welk veld van de kaart hij vult, of “niet importeren”.</translation>
    </message>
    <message>
        <source>Recognised: %1. Check the fields below.</source>
        <translation>Herkend: %1. Controleer de velden hieronder.</translation>
    </message>
    <message>
        <source>Your choice for this kind of file from last time is filled in.</source>
        <translation>Uw keuze van de vorige keer voor dit soort bestand is ingevuld.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Middle name (or tussenvoegsel)</source>
        <translation>Middelste naam (of tussenvoegsel)</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Whole name (split)</source>
        <translation>Hele naam (wordt gesplitst)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Street (with house number)</source>
        <translation>Straat (met huisnummer)</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>House-number addition</source>
        <translation>Huisnummertoevoeging</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Whole address (split)</source>
        <translation>Heel adres (wordt gesplitst)</translation>
    </message>
    <message>
        <source>Date of birth (only for the 18+ check)</source>
        <translation>Geboortedatum (alleen voor de 18+-controle)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>do not import</source>
        <translation>niet importeren</translation>
    </message>
    <message>
        <source>Choose at least one column for the name.</source>
        <translation>Kies ten minste één kolom voor de naam.</translation>
    </message>
    <message>
        <source>Not imported, although they hold data: %1.</source>
        <translation>Niet geïmporteerd, hoewel er gegevens in staan: %1.</translation>
    </message>
    <message>
        <source>For these contacts the file does not tell the country (no country column, and the postcode, place or phone number does not show it). Choose it:</source>
        <translation>Van deze contacten staat het land niet in het bestand (geen kolom voor het land, en de postcode, plaats of het telefoonnummer laat het niet zien). Kies het:</translation>
    </message>
    <message>
        <source>(the first %1 of %2 are listed; the others get the Netherlands)</source>
        <translation>(de eerste %1 van %2 staan hier; de andere krijgen Nederland)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Other country (code)</source>
        <translation>Ander land (code)</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Ander land…</translation>
    </message>
    <message>
        <source>e.g. LU</source>
        <translation>bijv. LU</translation>
    </message>
    <message>
        <source>Contacts that match a customer or an earlier row of the file (same email, or same name and postcode):</source>
        <translation>Contacten die overeenkomen met een klant of met een eerdere regel van het bestand (hetzelfde e-mailadres, of dezelfde naam en postcode):</translation>
    </message>
    <message>
        <source>Enter a two-letter country code, such as LU or FR.</source>
        <translation>Vul een landcode van twee letters in, zoals LU of FR.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct visit</source>
        <translation>Bezoek corrigeren</translation>
    </message>
    <message>
        <source>Correct service job</source>
        <translation>Servicebeurt corrigeren</translation>
    </message>
    <message>
        <source>Correct invoice entry</source>
        <translation>Factuurgegevens corrigeren</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>The entry is corrected to match the invoice as it was issued. The number is the invoice's identity and is not changed; if the invoice itself was wrong, issue a credit note and a new invoice.</source>
        <translation>De gegevens worden gecorrigeerd zodat ze kloppen met de factuur zoals die is uitgereikt. Het nummer is de identiteit van de factuur en verandert niet; was de factuur zelf onjuist, maak dan een creditnota en een nieuwe factuur.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactbestanden (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;CSV-bestanden (*.csv *.txt *.tsv);;Excel-werkmappen (*.xlsx);;vCard-bestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Klanten importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported.</source>
        <translation>
            <numerusform>%n klant geïmporteerd.</numerusform>
            <numerusform>%n klanten geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows were not imported; they are in %2.</source>
        <translation>%1 regels zijn niet geïmporteerd; ze staan in %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>Import the good rows and put the bad ones in a separate file?</source>
        <translation>De goede regels importeren en de foute in een apart bestand zetten?</translation>
    </message>
    <message>
        <source>Replace the existing file with the bad rows of this import?</source>
        <translation>Het bestaande bestand vervangen door de ongeldige regels van deze import?</translation>
    </message>
    <message>
        <source>%1 duplicates merged, %2 skipped.</source>
        <translation>%1 dubbele contacten samengevoegd, %2 overgeslagen.</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>An approval to share with this recipient, no request to stop sharing, no restriction, not on the erasure ledger. Every saved list is recorded as a disclosure for each customer on it; pass on only the data each customer approved.</source>
        <translation>Een goedkeuring om met deze ontvanger te delen, geen verzoek om te stoppen met delen, geen beperking, niet in het wisregister. Elke opgeslagen lijst wordt voor iedere klant erop vastgelegd als verstrekking; geef alleen de gegevens door die elke klant goedkeurde.</translation>
    </message>
    <message>
        <source>There are no recipients yet: add them under Recipients.</source>
        <translation>Er zijn nog geen ontvangers: voeg ze toe onder Ontvangers.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) may be shared with today</source>
        <translation>
            <numerusform>%n klant mag vandaag met deze ontvanger worden gedeeld</numerusform><numerusform>%n klanten mogen vandaag met deze ontvanger worden gedeeld</numerusform></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>a list of customers</source>
        <translation>een lijst van klanten</translation>
    </message>
    <message>
        <source>New data breach</source>
        <translation>Nieuw datalek</translation>
    </message>
    <message>
        <source>What happened, in your own words (no names)</source>
        <translation>Wat er gebeurde, in uw eigen woorden (geen namen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Aware since (the 72 hours start)</source>
        <translation>Ontdekt op (de 72 uur beginnen)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What was exposed</source>
        <translation>Wat er gelekt is</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <source>Where the key was (a file)</source>
        <translation>Waar de sleutel was (bij een bestand)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Waarschijnlijke gevolgen</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Genomen maatregelen</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>Het back-upbestand</translation>
    </message>
    <message>
        <source>customer numbers, e.g. 12, 15</source>
        <translation>klantnummers, bijv. 12, 15</translation>
    </message>
    <message>
        <source>the search text</source>
        <translation>de zoektekst</translation>
    </message>
    <message>
        <source>the document's id</source>
        <translation>het kenmerk van het document</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>het back-upbestand</translation>
    </message>
    <message>
        <source>%1 customers saved to %2, each recorded as a disclosure</source>
        <translation>%1 klanten opgeslagen in %2, elk vastgelegd als verstrekking</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>&amp;Data breaches…</source>
        <translation>&amp;Datalekken…</translation>
    </message>
    <message>
        <source>Data breaches…</source>
        <translation>Datalekken…</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>ETSoft Desk backups (*.db)</source>
        <translation>Back-ups van ETSoft Desk (*.db)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register with this backup (%n customer(s))? The current register is set aside, not deleted. Whoever was erased after the backup was made is erased again.</source>
        <translation>
            <numerusform>Het register vervangen door deze back-up (%n klant)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform>
            <numerusform>Het register vervangen door deze back-up (%n klanten)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery key of this backup:</source>
        <translation>Herstelsleutel van deze back-up:</translation>
    </message>
    <message>
        <source>a new key</source>
        <translation>een nieuwe sleutel</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>Nieuw herstelblad</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <source>Did you print or save the new recovery sheet? Only then re-encrypt the register with the new key. Backups made before keep opening with the old sheet only: keep it with them.</source>
        <translation>Hebt u het nieuwe herstelblad afgedrukt of bewaard? Versleutel het register pas dan met de nieuwe sleutel. Back-ups van eerder gaan alleen open met het oude herstelblad: bewaar dat bij die back-ups.</translation>
    </message>
    <message>
        <source>The register is re-encrypted with the new key.</source>
        <translation>Het register is opnieuw versleuteld met de nieuwe sleutel.</translation>
    </message>
    <message>
        <source>The register is re-encrypted; this computer does not keep the key: keep the new recovery sheet at hand.</source>
        <translation>Het register is opnieuw versleuteld; deze computer bewaart de sleutel niet: houd het nieuwe herstelblad bij de hand.</translation>
    </message>
    <message>
        <source>No backup made yet</source>
        <translation>Nog geen back-up gemaakt</translation>
    </message>
    <message>
        <source>Last backup: %1 — more than a week ago</source>
        <translation>Laatste back-up: %1 — meer dan een week geleden</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Kies de map voor de back-up</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>Automatische back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>Geen automatische back-up: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>(The register was busy: the time of this backup is not noted.)</source>
        <translation>(Het register was bezig: het tijdstip van deze back-up is niet vastgelegd.)</translation>
    </message>
    <message numerus="yes">
        <source>%n kept record(s) destroyed: their keep-until date had passed.</source>
        <translation>
            <numerusform>%n bewaard gegeven vernietigd: de bewaardatum was voorbij.</numerusform>
            <numerusform>%n bewaarde gegevens vernietigd: de bewaardatum was voorbij.</numerusform>
        </translation>
    </message>
    <message>
        <source>erase a customer</source>
        <translation>een klant wissen</translation>
    </message>
    <message>
        <source>Customer %1 erased; still being finished (%2): another program is reading the register.</source>
        <translation>Klant %1 gewist; nog bezig (%2): een ander programma leest het register.</translation>
    </message>
    <message>
        <source>Customer %1 erased (%2).</source>
        <translation>Klant %1 gewist (%2).</translation>
    </message>
    <message>
        <source>Shred confirmation</source>
        <translation>Verklaring van vernietiging</translation>
    </message>
    <message>
        <source>Letters to the recipients</source>
        <translation>Brieven aan de ontvangers</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Postvak &amp;uit…</translation>
    </message>
    <message>
        <source>the customer's address</source>
        <translation>het adres van de klant</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>Parts of the card</source>
        <translation>Onderdelen van de kaart</translation>
    </message>
</context>
<context>
    <name>SharingListTab</name>
    <message>
        <source>Approved to share with this recipient</source>
        <translation>Goedgekeurd om te delen met deze ontvanger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>An approval to share with this recipient, no request to stop sharing, no restriction, not on the erasure ledger. Every saved list is recorded as a disclosure for each customer on it; pass on only the data each customer approved.</source>
        <translation>Een goedkeuring om met deze ontvanger te delen, geen verzoek om te stoppen met delen, geen beperking, niet in het wisregister. Elke opgeslagen lijst wordt voor iedere klant erop vastgelegd als verstrekking; geef alleen de gegevens door die elke klant goedkeurde.</translation>
    </message>
    <message>
        <source>There are no recipients yet: add them under Recipients.</source>
        <translation>Er zijn nog geen ontvangers: voeg ze toe onder Ontvangers.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) may be shared with today</source>
        <translation>
            <numerusform>%n klant mag vandaag met deze ontvanger worden gedeeld</numerusform><numerusform>%n klanten mogen vandaag met deze ontvanger worden gedeeld</numerusform></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>a list of customers</source>
        <translation>een lijst van klanten</translation>
    </message>
    <message>
        <source>%1 customers saved to %2, each recorded as a disclosure</source>
        <translation>%1 klanten opgeslagen in %2, elk vastgelegd als verstrekking</translation>
    </message>
</context>
<context>
    <name>HistoryPages</name>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Add visit…</source>
        <translation>Bezoek toevoegen…</translation>
    </message>
    <message>
        <source>Service jobs</source>
        <translation>Servicebeurten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add service job…</source>
        <translation>Servicebeurt toevoegen…</translation>
    </message>
    <message>
        <source>Print intake slip…</source>
        <translation>Werkbon afdrukken…</translation>
    </message>
    <message>
        <source>Print the intake slip of the chosen service job</source>
        <translation>Werkbon van de gekozen servicebeurt afdrukken</translation>
    </message>
    <message>
        <source>The werkbon for a device left for repair: customer, device, fault, the shop's terms and the consent given</source>
        <translation>De werkbon voor een apparaat dat ter reparatie blijft: klant, apparaat, klacht, onze voorwaarden en de gegeven toestemming</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Add invoice…</source>
        <translation>Factuur toevoegen…</translation>
    </message>
    <message>
        <source>Intake slip %1</source>
        <translation>Werkbon %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Alt with the underlined letter opens a menu; in it, the underlined letter chooses the item. Tab moves between the fields of a window.</source>
        <translation>Alt met de onderstreepte letter opent een menu; daarin kiest de onderstreepte letter het onderdeel. Tab gaat naar het volgende veld van een venster.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Invoices for the accountant…</source>
        <translation>&amp;Facturen voor de boekhouder…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Confirm the re&amp;store…</source>
        <translation>Terugzetten be&amp;vestigen…</translation>
    </message>
    <message>
        <source>New &amp;key…</source>
        <translation>Nieuwe &amp;sleutel…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <source>&amp;About ETSoft Desk…</source>
        <translation>&amp;Over ETSoft Desk…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Map met het logboek openen</translation>
    </message>
    <message>
        <source>Kept doc&amp;uments…</source>
        <translation>Be&amp;waarde documenten…</translation>
    </message>
    <message>
        <source>&amp;Notices to recipients…</source>
        <translation>&amp;Kennisgevingen aan ontvangers…</translation>
    </message>
</context>
<context>
    <name>KeptDocuments</name>
    <message>
        <source>Kept documents</source>
        <translation>Bewaarde documenten</translation>
    </message>
    <message>
        <source>Document id, for example VV-1A2B3C4D</source>
        <translation>Document-id, bijvoorbeeld VV-1A2B3C4D</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Document-id</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No documents kept for this customer yet.</source>
        <translation>Van deze klant zijn nog geen documenten bewaard.</translation>
    </message>
    <message>
        <source>No documents kept yet.</source>
        <translation>Er zijn nog geen documenten bewaard.</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
</context>
<context>
    <name>KeptDocumentsDialog</name>
    <message>
        <source>Kept documents</source>
        <translation>Bewaarde documenten</translation>
    </message>
</context>
<context>
    <name>NotSentDialog</name>
    <message>
        <source>Notice not sent</source>
        <translation>Kennisgeving niet verstuurd</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>Onmogelijk</translation>
    </message>
    <message>
        <source>Disproportionate effort</source>
        <translation>Onevenredige inspanning</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>e.g. the company no longer exists</source>
        <translation>bijv. het bedrijf bestaat niet meer</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>to be sent</source>
        <translation>nog te versturen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>not sent: impossible</source>
        <translation>niet verstuurd: onmogelijk</translation>
    </message>
    <message>
        <source>not sent: disproportionate effort</source>
        <translation>niet verstuurd: onevenredige inspanning</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>beperking</translation>
    </message>
    <message>
        <source>Notices to recipients (GDPR Art. 19)</source>
        <translation>Kennisgevingen aan ontvangers (AVG art. 19)</translation>
    </message>
    <message>
        <source>Each recipient that received a customer's data is told of an erasure, a correction or a restriction. Record each notice once it has gone out.</source>
        <translation>Elke ontvanger die gegevens van een klant kreeg, krijgt bericht van een wissing, correctie of beperking. Leg elke kennisgeving vast zodra die is verstuurd.</translation>
    </message>
    <message>
        <source>Notices to recipients</source>
        <translation>Kennisgevingen aan ontvangers</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Sent by p&amp;ost today</source>
        <translation>Vandaag per p&amp;ost verstuurd</translation>
    </message>
    <message>
        <source>&amp;Not sent…</source>
        <translation>&amp;Niet verstuurd…</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Kennisgeving %1</translation>
    </message>
    <message>
        <source>Send by &amp;email</source>
        <translation>Per &amp;e-mail versturen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Klaargezet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Verstuurd op %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wacht op versturen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n bericht verstuurd.</numerusform><numerusform>%n berichten verstuurd.</numerusform></translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Berichten in het postvak uit</translation>
    </message>
    <message>
        <source>Take out of the outbox</source>
        <translation>Uit het postvak halen</translation>
    </message>
    <message>
        <source>For a message the mail server refuses for good: it is not sent, and its address, text and attachment are removed</source>
        <translation>Voor een bericht dat de mailserver definitief weigert: het wordt niet verstuurd, en het adres, de tekst en de bijlage worden gewist</translation>
    </message>
    <message>
        <source>Not sent: taken out of the outbox on %1</source>
        <translation>Niet verstuurd: op %1 uit het postvak gehaald</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
</context>
<context>
    <name>MailBox</name>
    <message>
        <source>Email (answers to the address a customer registered)</source>
        <translation>E-mail (antwoorden naar het adres dat de klant registreerde)</translation>
    </message>
    <message>
        <source>empty: keep the password as it is</source>
        <translation>leeg: het wachtwoord blijft zoals het is</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password is kept in the computer's keyring, not in the register.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van de computer, niet in het register.</translation>
    </message>
    <message>
        <source>Test message…</source>
        <translation>Testbericht…</translation>
    </message>
    <message>
        <source>Send a test message with the settings as they are saved</source>
        <translation>Een testbericht versturen met de instellingen zoals ze zijn opgeslagen</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testbericht</translation>
    </message>
    <message>
        <source>Send a test message (with the settings as they are saved) to:</source>
        <translation>Een testbericht versturen (met de instellingen zoals ze zijn opgeslagen) naar:</translation>
    </message>
    <message>
        <source>The test message was sent. The server answered: %1</source>
        <translation>Het testbericht is verstuurd. De server antwoordde: %1</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sent to %1.</source>
        <translation>Verstuurd naar %1.</translation>
    </message>
    <message>
        <source>Not sent: %1 The message stays in the outbox; send it again from the to-do bar.</source>
        <translation>Niet verstuurd: %1 Het bericht blijft in het postvak uit; verstuur het later opnieuw vanuit de takenbalk.</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Versturen per e-mail</translation>
    </message>
    <message>
        <source>the address of the request</source>
        <translation>het adres van het verzoek</translation>
    </message>
    <message>
        <source>on the card</source>
        <translation>op de klantkaart</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>De pdf beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <source>Give the password to the customer by phone or at the counter: it is not kept, and never sent by email.</source>
        <translation>Geef de klant het wachtwoord door de telefoon of aan de balie: het wordt niet bewaard en nooit per e-mail verstuurd.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Not sent: the message could not be put in the outbox.</source>
        <translation>Niet verstuurd: het bericht kon niet in het postvak uit worden gezet.</translation>
    </message>
</context>
<context>
    <name>RegisterSwap</name>
    <message>
        <source>Erasure ledger</source>
        <translation>Wisregister</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>ETSoft Desk backups (*.db)</source>
        <translation>Back-ups van ETSoft Desk (*.db)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Recovery key of this backup:</source>
        <translation>Herstelsleutel van deze back-up:</translation>
    </message>
    <message>
        <source>a new key</source>
        <translation>een nieuwe sleutel</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>Nieuw herstelblad</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <source>Did you print or save the new recovery sheet? Only then re-encrypt the register with the new key. Backups made before keep opening with the old sheet only: keep it with them.</source>
        <translation>Hebt u het nieuwe herstelblad afgedrukt of bewaard? Versleutel het register pas dan met de nieuwe sleutel. Back-ups van eerder gaan alleen open met het oude herstelblad: bewaar dat bij die back-ups.</translation>
    </message>
    <message>
        <source>The register is re-encrypted with the new key.</source>
        <translation>Het register is opnieuw versleuteld met de nieuwe sleutel.</translation>
    </message>
    <message>
        <source>The register is re-encrypted; this computer does not keep the key: keep the new recovery sheet at hand.</source>
        <translation>Het register is opnieuw versleuteld; deze computer bewaart de sleutel niet: houd het nieuwe herstelblad bij de hand.</translation>
    </message>
    <message>
        <source>Re-encrypting the register…</source>
        <translation>Het register wordt opnieuw versleuteld…</translation>
    </message>
    <message>
        <source>There is no register set aside by a restore: nothing to confirm.</source>
        <translation>Er is geen register dat bij het terugzetten opzij is gezet: er valt niets te bevestigen.</translation>
    </message>
    <message>
        <source>Is the restored register as it should be? Then the previous register, set aside, is removed for good (it may hold people erased since). Choose No to keep it for now.</source>
        <translation>Is het teruggezette register zoals het hoort? Dan wordt het vorige register, dat opzij is gezet, definitief verwijderd (het kan mensen bevatten die sindsdien zijn gewist). Kies Nee om het voorlopig te bewaren.</translation>
    </message>
    <message>
        <source>Removing the set-aside register…</source>
        <translation>Het opzij gezette register wordt verwijderd…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register with this backup (%n customer(s))? The current register is set aside, not deleted. Whoever was erased after the backup was made is erased again.</source>
        <translation>
            <numerusform>Het register vervangen door deze back-up (%n klant)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform>
            <numerusform>Het register vervangen door deze back-up (%n klanten)? Het huidige register wordt opzij gezet, niet gewist. Wie na het maken van de back-up is gewist, wordt opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>Bij het openen van het register</translation>
    </message>
    <message>
        <source>Waiting for the work in the background to finish…</source>
        <translation>Wachten tot het werk op de achtergrond klaar is…</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Boekhouder</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fee for an extra copy of the access report</source>
        <translation>Vergoeding extra exemplaar inzageoverzicht</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Bewaar de nieuwste</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Vergrendelen na stilstand</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meestal poort 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation>Initialen medewerker</translation>
    </message>
    <message>
        <source>Staff initials (who records changes)</source>
        <translation>Initialen medewerker (wie wijzigingen vastlegt)</translation>
    </message>
    <message>
        <source>Terms on the intake slip, one per line as \n (empty: the standard text)</source>
        <translation>Voorwaarden op de werkbon, elk op een eigen regel met \n ertussen (leeg: de standaardtekst)</translation>
    </message>
    <message>
        <source>The invoices for the accountant go to this processor; each export is recorded as a disclosure to it</source>
        <translation>De facturen voor de boekhouder gaan naar deze verwerker; elke export wordt vastgelegd als verstrekking aan hem</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>leeg: geen</translation>
    </message>
    <message>
        <source>empty: the usual port for the security chosen</source>
        <translation>leeg: de gebruikelijke poort bij de gekozen beveiliging</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>none (unencrypted: only for a server in the shop itself)</source>
        <translation>geen (onversleuteld: alleen voor een server in de winkel zelf)</translation>
    </message>
    <message>
        <source>none: back up by hand</source>
        <translation>geen: back-up met de hand</translation>
    </message>
</context>
</TS>