"""Plain-English sentences that explain a finding to a person."""

from __future__ import annotations

from moderation.verdict import Finding

DESCRIPTIONS = {
    "EMAIL_ADDRESS": "an email address",
    "PHONE_NUMBER": "a phone number",
    "STREET_ADDRESS": "a street or mailing address",
    "LOCATION": "a street or mailing address",
    "ZIP_CODE": "a zip or postal code",
    "PERSON": "a person's name given with their contact details",
    "CREDIT_CARD": "a payment card number",
    "IBAN_CODE": "a bank account number (IBAN)",
    "US_BANK_NUMBER": "a bank account number",
    "ABA_ROUTING_NUMBER": "a bank routing number",
    "US_SSN": "a US social security number",
    "US_ITIN": "a US taxpayer identification number",
    "IP_ADDRESS": "an IP address",
    "DATE_OF_BIRTH": "a date of birth",
    "PASSPORT": "a passport number",
    "SLUR": "a slur",
    "INSULT": "an insult",
    "SEXUAL": "sexual language",
    "PROFANITY": "profanity",
    "THREAT": "a threat of violence",
    "SELF_HARM": "encouragement to self-harm",
    "HARASSMENT": "harassment of a person",
    "DOXXING": "a threat to expose someone's personal information",
    "WATCHED_WORD": "a word this community watches for",
    "LINKS": "more links than a post may have",
    "FLOOD": "the same word repeated over and over",
}
# Masks chosen so that no word in them is a detector's context word ("phone", "number",
# "account" ...): redacting one finding must not make a neighbour detectable.
_REDACTION = {
    "EMAIL_ADDRESS": "[email removed]",
    "STREET_ADDRESS": "[address removed]",
    "ZIP_CODE": "[postcode removed]",
    "PERSON": "[name removed]",
    "IP_ADDRESS": "[IP address removed]",
    "DATE_OF_BIRTH": "[date removed]",
}
_CONTENT_TYPES = frozenset(
    {"SLUR", "INSULT", "SEXUAL", "PROFANITY", "WATCHED_WORD", "LINKS", "FLOOD"}
    | {"THREAT", "SELF_HARM", "HARASSMENT", "DOXXING"}
)


def describe(f: Finding) -> str:
    """What a finding is, as a noun phrase ("a phone number")."""
    return DESCRIPTIONS.get(f.type) or "an identity number"


def sentence(f: Finding, template: str = "") -> str:
    """One sentence for the author or a moderator ("This looks like a phone number.")."""
    if template:
        return template.format(what=describe(f), text=f.text)
    if f.type in _CONTENT_TYPES and f.type != "LINKS":
        return f"This contains {describe(f)}."
    if f.type == "LINKS":
        return f"This has {describe(f)}."
    return f"This looks like {describe(f)}."


def redaction(f: Finding) -> str:
    """What replaces a finding when the author presses "redact"."""
    if f.type in _REDACTION:
        return _REDACTION[f.type]
    if f.type in _CONTENT_TYPES:
        return "█" * max(1, len(f.text))
    return "[personal data removed]"
