"""The words the personal-data detectors read around a candidate, as data in one place.

Each table says what a word announces: a look-alike number that is not personal data
("order", "ISBN", "version"), a date of birth ("born", "DOB"), a passport number, or an
email address written with "at" and "dot" to dodge scrapers. docs/moderation.md lists
them; change them here, not in the detectors.
"""

from __future__ import annotations


def _words(spaced: str) -> frozenset[str]:
    """A table written as space-separated words."""
    return frozenset(spaced.split())


# Words that announce a number that only looks like personal data, by family. A phone,
# card, bank, identifier or IP finding whose nearest word before it (after FILLERS) is
# one of these is dropped: "Order #114-3941689-8772232", "ISBN 0 306 40615 2",
# "version 192.168.1.4".
LOOKALIKE_CUES: dict[str, tuple[str, ...]] = {
    "order": (
        "order",
        "orders",
        "invoice",
        "receipt",
        "ref",
        "reference",
        "ticket",
        "case",
        "confirmation",
        "booking",
        "reservation",
        "transaction",
        "txn",
        "rma",
        "po",
    ),
    "shipping": (
        "tracking",
        "track",
        "parcel",
        "package",
        "shipment",
        "consignment",
        "waybill",
        "awb",
        "ups",
        "usps",
        "fedex",
        "dhl",
    ),
    "product": (
        "isbn",
        "isbn-10",
        "isbn-13",
        "issn",
        "sku",
        "ean",
        "upc",
        "gtin",
        "asin",
        "mpn",
        "part",
        "model",
        "product",
        "item",
        "article",
        "catalog",
        "catalogue",
    ),
    "software": (
        "version",
        "ver",
        "v",
        "build",
        "release",
        "kernel",
        "firmware",
        "patch",
        "rev",
        "revision",
        "commit",
        "sha",
        "hash",
        "uuid",
        "guid",
        "timestamp",
        "epoch",
    ),
}
LOOKALIKE_WORDS = frozenset(w for words in LOOKALIKE_CUES.values() for w in words)
# Words that may stand between a cue and its number: "order number is", "part no.".
FILLERS = frozenset(
    ("#", "no", "nr", "num", "number", "numbers", "id", "code", "is", "was", ":", "-", "of")
)
# The finding types the look-alike rule and the glued-token rule apply to: numbers that
# carry no letters of their own (an IBAN's country code or an email's @ speak for them).
NUMERIC_TYPES = frozenset(
    (
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_BANK_NUMBER",
        "ABA_ROUTING_NUMBER",
        "IP_ADDRESS",
        "US_SSN",
        "US_ITIN",
        "UK_NHS",
        "CA_SIN",
        "SE_PERSONNUMMER",
        "KR_RRN",
        "IN_AADHAAR",
        "PL_PESEL",
        "TR_NATIONAL_ID",
        "DE_TAX_ID",
        "ZA_ID_NUMBER",
        "TH_TNIN",
        "AU_TFN",
        "AU_ABN",
        "AU_ACN",
    )
)

# Government identifiers written as a bare run of digits: one counts only near a word
# that names an identifier (regex alternatives, lower case, whole words) ...
ID_CUES = (
    *("ssn", "social security", "social insurance", "sin", "nas", "id", "identity"),
    *("identification", "national", "citizen", "passport", "tax", "tin", "itin"),
    *("pesel", "tc", r"t\.c", "kimlik", "tckn", "aadhaar", "aadhar", "uid", "rrn"),
    *("resident", "registration", "personnummer", "personnr", "pnr", "idnr", "steuer"),
    *("steuer-id", "steueridentifikationsnummer", "identifikationsnummer", "tfn", "abn"),
    *("acn", "nhs", "hetu", "henkilötunnus", "dni", "nif", "nie", "thai", "tnin"),
    *("insurance", "number", r"no\.?", r"nr\.?"),
)
# ... or one of these, from scripts that run words together (Thai; Korean and Hindi with
# their particles attached): found anywhere, not as whole words ...
ID_CUES_UNSPACED = (
    *("เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "รหัสปชช"),
    *("주민등록번호", "주민번호", "आधार"),
)
# ... and these generic words name one only when they come first ("ID no. 4405…"): after
# a number they are something else ("1605222155, no issues", "… is the number to call").
ID_CUES_BEFORE_ONLY = frozenset((r"no\.?", r"nr\.?", "number"))

# Dates of birth: a date counts only near one of these (regex alternatives, lower case).
DOB_CUES = (
    r"born",
    r"dob",
    r"d\.o\.b\.?",
    r"date of birth",
    r"birth ?date",
    r"birthday",
    r"b\.",
    r"n[ée]e?",
    r"geboren",
    r"geb\.",
)
# Words that may stand between a birth cue and its date ("born *on the* 4th of July",
# "birthday *is* March 3"); a capitalised word (a place: "born in Leeds on") may too.
# Any other word ("born to run, released 08/25/1975") parts them.
DOB_GAP_WORDS = _words("on in at the is was of my his her their its le la el en am um de a")

# Passport numbers: the cue, then up to PASSPORT_GAP words (FILLERS or these) before
# the number.
PASSPORT_CUES = (r"passport", r"passeport", r"reisepass", r"pasaporte")
PASSPORT_GAP_WORDS = frozenset(("my", "the", "his", "her", "their", "our", "here", "it's"))

# Obfuscated emails ("jane dot doe at gmail dot com"): the top-level domains accepted
# after the last dot, ...
TLDS = _words(
    "com org net edu gov mil int info biz io co me uk us ca au nz ie de fr nl be ch at es "
    "it pt pl se no dk fi is cz sk hu ro gr ru ua in jp cn kr br mx ar cl za eu tv app "
    "dev xyz online site email"
)
# ... words that are never part of an address ("look at the dot com bubble") ...
NOT_ADDRESS_WORDS = _words(
    "the a an this that these those my your his her our their its me you him us them "
    "home work school noon night time here there it is was be on in to of for and or "
    "but if so not no yes"
)
# ... and, when both "at" and "dot" are plain words ("sold at amazon dot com" is not an
# address), one of: a mail provider as the domain, a role account as the name, a
# username-like name (digits, "_", "." or "dot" in it), or one of these words shortly
# before.
MAIL_PROVIDERS = _words(
    "gmail googlemail yahoo ymail hotmail outlook live msn aol icloud me mac protonmail "
    "proton pm gmx web mail yandex zoho fastmail tutanota hey posteo orange free laposte "
    "btinternet sky virgin qq 163 rediffmail"
)
ROLE_ACCOUNTS = _words(
    "info support admin contact hello help sales office team webmaster postmaster "
    "enquiries inquiries billing press jobs careers hr abuse security"
)
EMAIL_CUES = _words(
    "email e-mail mail mailto addy address contact write reach ping message dm send inbox"
)
