"""A policy compiled for use: detector instances and the routing of findings to categories.

Built once when a policy is loaded and kept on the Policy; read-only afterwards, so one
engine serves any number of threads.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from moderation.detectors.abuse import AbuseDetector
from moderation.detectors.abuse_encoder import SecondReader
from moderation.detectors.abuse_model import FAMILIES, AbuseModelDetector
from moderation.detectors.base import Detector
from moderation.detectors.links import LinksDetector
from moderation.detectors.pii_address import AddressDetector
from moderation.detectors.pii_contact import EmailDetector, PhoneDetector
from moderation.detectors.pii_dob import DateOfBirthDetector
from moderation.detectors.pii_financial import BankNumberDetector, CardDetector, IbanDetector
from moderation.detectors.pii_ids import RULES, NationalIdDetector
from moderation.detectors.pii_network import IpDetector
from moderation.detectors.pii_passport import PassportDetector
from moderation.detectors.pii_screen import Screened
from moderation.detectors.profanity import ProfanityDetector
from moderation.detectors.watched_words import compile_list, word_pattern
from moderation.lexicon import Lexicon, build_lexicon
from moderation.messages import sentence
from moderation.policy import Category, Policy, PolicyError, _line_of
from moderation.verdict import PERSONAL_INFORMATION, Action, Context, Finding

# When personal-data findings overlap, the more specific, validated one wins.
PII_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "IBAN_CODE",
            "CREDIT_CARD",
            # A number a passport cue announces is a passport number, even when it
            # also passes an identifier's checksum.
            "PASSPORT",
            "US_SSN",
            "US_ITIN",
            "UK_NINO",
            "UK_NHS",
            "CA_SIN",
            "ES_NIF",
            "ES_NIE",
            "IT_FISCAL_CODE",
            "FI_PERSONAL_IDENTITY_CODE",
            "SE_PERSONNUMMER",
            "KR_RRN",
            "IN_AADHAAR",
            "IN_PAN",
            "PL_PESEL",
            "TR_NATIONAL_ID",
            "DE_TAX_ID",
            "ZA_ID_NUMBER",
            "TH_TNIN",
            "AU_TFN",
            "AU_ABN",
            "AU_ACN",
            "SG_NRIC_FIN",
            "ABA_ROUTING_NUMBER",
            "DATE_OF_BIRTH",
            "EMAIL_ADDRESS",
            "IP_ADDRESS",
            "STREET_ADDRESS",
            "PHONE_NUMBER",
            "US_BANK_NUMBER",
        )
    )
}
# The finding types each detector can report (the policy routes each to a category).
DETECTOR_TYPES = {
    "profanity": ("SLUR", "INSULT", "SEXUAL", "PROFANITY"),
    "abuse": FAMILIES,
    "abuse_model": FAMILIES,
    "abuse_encoder": FAMILIES,
    "watched_words": ("WATCHED_WORD",),
    "email": ("EMAIL_ADDRESS",),
    "phone": ("PHONE_NUMBER",),
    "address": ("STREET_ADDRESS", "ZIP_CODE", "PERSON"),
    "card": ("CREDIT_CARD",),
    "iban": ("IBAN_CODE",),
    "bank": ("ABA_ROUTING_NUMBER", "US_BANK_NUMBER"),
    "national_id": tuple(r.entity for r in RULES),
    "ip": ("IP_ADDRESS",),
    "dob": ("DATE_OF_BIRTH",),
    "passport": ("PASSPORT",),
    "links": ("LINKS", "FLOOD"),
}
NUMERIC_DETECTORS = frozenset(
    {"phone", "card", "iban", "bank", "national_id", "address", "dob", "passport"}
)
# Detectors of personal data: they run in groups whose findings pass through pii_screen
# (not in code, not a look-alike number).
PERSONAL_DETECTORS = frozenset(
    {"email", "phone", "card", "iban", "bank", "national_id", "ip", "address", "dob", "passport"}
)
# Detectors that run after the others, and only on a text none of their findings holds.
LATE_DETECTORS = frozenset({"abuse_model"})
# Types that live inside another finding on purpose (the zip of an address).
NESTED_TYPES = frozenset({"ZIP_CODE", "PERSON"})


Route = tuple[Category, str, str | None, Action | None, bool]


@dataclass(frozen=True, slots=True)
class Engine:
    """Detectors to run, in order, and the categories each detector feeds."""

    detectors: tuple[Detector, ...]
    # Detectors that can only find something in a text with digits, run after a check.
    numeric: tuple[Detector, ...]
    # Detectors that read only a text no finding holds yet (the abuse model: a second reader
    # for what the rules missed, and the costliest).
    late: tuple[Detector, ...]
    # The second reader, which pipeline.reread runs after moderate() (None: the policy has
    # none); it is not in the loops above.
    second: SecondReader | None
    # (detector, finding type) -> the first category, in policy order, that takes it.
    routes: dict[tuple[str, str], Category]
    # (category, finding type) -> the sentence a reason gives, when it does not vary.
    messages: dict[tuple[str, str], str]
    # category -> its action in the default context, when no finding can change it.
    default_actions: dict[str, Action]
    # (detector, finding type) -> what the pipeline needs of its route, looked up once:
    # the category, its name, the sentence (None when it varies), the action in the
    # default context (None when a finding can change it), whether it censors words.
    plan: dict[tuple[str, str], Route]

    def detector(self, name: str) -> Detector | None:
        """The detector with this name, if the policy uses it."""
        every = (
            m
            for d in (*self.detectors, *self.numeric, *self.late)
            for m in getattr(d, "detectors", (d,))
        )
        return next((d for d in every if d.name == name), None)


def _profanity(policy: Policy, text: str) -> ProfanityDetector:
    conf = policy.detector_settings.get("profanity", {})
    sources = tuple(conf.get("sources", ("surge", "better_profanity")))
    for s in sources:
        if s not in ("surge", "better_profanity"):
            raise PolicyError(
                policy.source,
                _line_of(text, "detectors.profanity", "sources"),
                f"detectors.profanity.sources: unknown source {s!r}",
            )
    allow = policy.watched_words.allow
    allowed = (
        re.compile(
            "|".join(word_pattern(a).replace(r"(?<!\w)", "").replace(r"(?!\w)", "") for a in allow),
            re.IGNORECASE,
        )
        if allow
        else None
    )
    return ProfanityDetector(_lexicon(sources), float(conf.get("min_severity", 0.0)), allowed)


def _abuse_model(policy: Policy, text: str) -> AbuseModelDetector:
    min_words = _setting(
        policy, text, "abuse_model", "min_words", 3, _whole(1), "a whole number of at least 1"
    )
    min_score = _fraction(policy, text, "abuse_model", "min_score", 0.97)
    return AbuseModelDetector(min_words=min_words, min_score=min_score)


@functools.lru_cache(maxsize=4)
def _lexicon(sources: tuple[str, ...]) -> Lexicon:
    """The lexicon of these sources, built once per process (about a second: the English
    dictionary filters every generated spelling). A Lexicon is read-only, so policies share
    it; each detector keeps its own word memory."""
    return build_lexicon(sources)


def _setting(
    policy: Policy,
    text: str,
    detector: str,
    key: str,
    default: object,
    valid: Callable[[object], bool],
    must: str,
) -> Any:
    """A detector setting (``default`` when absent), or a PolicyError naming its line and
    what it must be."""
    value = policy.detector_settings.get(detector, {}).get(key, default)
    if not valid(value):
        raise PolicyError(
            policy.source,
            _line_of(text, f"detectors.{detector}", key),
            f"detectors.{detector}.{key}: must be {must}",
        )
    return value


def _whole(least: int) -> Callable[[object], bool]:
    """A whole number of at least ``least`` (a TOML boolean is not one)."""
    return lambda v: not isinstance(v, bool) and isinstance(v, int) and v >= least


def _fraction(policy: Policy, text: str, detector: str, key: str, default: float) -> float:
    """A detector setting that must be a number from 0 to 1 (a chance)."""

    def chance(v: object) -> bool:
        return not isinstance(v, bool) and isinstance(v, int | float) and 0 <= v <= 1

    return float(_setting(policy, text, detector, key, default, chance, "a number from 0 to 1"))


def _second_reader(policy: Policy, text: str, word_model: object) -> SecondReader:
    values = {
        key: _fraction(policy, text, "abuse_encoder", key, default)
        for key, default in (
            ("read_from", 0.1),
            ("min_score", 0.97),
            ("clear_below", 0.0),
            ("confirm_from", 0.0),
            ("profane_from", 0.0),
        )
    }
    read_short = _setting(
        policy,
        text,
        "abuse_encoder",
        "read_short",
        0,
        _whole(0),
        "a whole number of words, 0 or more",
    )
    read_held = _setting(
        policy,
        text,
        "abuse_encoder",
        "read_held",
        False,
        lambda v: isinstance(v, bool),
        "true or false",
    )
    names = {c.name for c in policy.categories}
    read_disclosures = _setting(
        policy,
        text,
        "abuse_encoder",
        "read_disclosures",
        [],
        lambda v: isinstance(v, list) and all(isinstance(c, str) and c in names for c in v),
        "a list of the policy's category names",
    )
    return SecondReader(
        word_model,
        **values,
        read_short=read_short,
        read_held=read_held,
        read_disclosures=frozenset(read_disclosures),
    )


def build_engine(policy: Policy, text: str) -> Engine:
    """Instantiate the detectors the policy's categories use, with their settings."""
    settings = policy.detector_settings
    used = {d for c in policy.categories for d in c.detectors}
    if policy.watched_words.lists:
        used.add("watched_words")
    else:
        used.discard("watched_words")  # nothing to watch: no detector to run
    factories = {
        "profanity": lambda: _profanity(policy, text),
        "abuse": AbuseDetector,
        "abuse_model": lambda: _abuse_model(policy, text),
        "watched_words": lambda: _watched(policy, text),
        "email": EmailDetector,
        "phone": lambda: PhoneDetector(
            tuple(settings.get("phone", {}).get("regions", PhoneDetector().regions))
        ),
        "card": CardDetector,
        "iban": IbanDetector,
        "bank": BankNumberDetector,
        "national_id": NationalIdDetector,
        "ip": IpDetector,
        "address": AddressDetector,
        "dob": DateOfBirthDetector,
        "passport": PassportDetector,
        "links": lambda: LinksDetector(int(settings.get("links", {}).get("max_links", 4))),
    }
    detectors = tuple(factories[name]() for name in factories if name in used)
    word_model = next((d for d in detectors if d.name == "abuse_model"), None)
    second = _second_reader(policy, text, word_model) if "abuse_encoder" in used else None
    routes: dict[tuple[str, str], Category] = {}
    for name in used:
        for type_ in DETECTOR_TYPES.get(name, ()):
            cat = next((c for c in policy.categories if c.takes(name, type_)), None)
            if cat is not None:
                routes[name, type_] = cat
    if "watched_words" in used:
        try:
            routes["watched_words", "WATCHED_WORD"] = policy.category(policy.watched_words.category)
        except KeyError:
            raise PolicyError(
                policy.source,
                _line_of(text, "watched_words"),
                f"watched_words.category: no category named {policy.watched_words.category!r}",
            ) from None
    messages = {
        (c.name, t): sentence(Finding(t, 0, 0, "", d, c.name))
        for (d, t), c in routes.items()
        if not c.message
    }
    # Personal-data detectors run in two screened groups: those that need digits, the rest.
    numeric = tuple(d for d in detectors if d.name in NUMERIC_DETECTORS)
    personal = tuple(
        d for d in detectors if d.name in PERSONAL_DETECTORS and d.name not in NUMERIC_DETECTORS
    )
    for d in detectors:
        if isinstance(d, ProfanityDetector):
            d.category_of.update({t: c.name for (n, t), c in routes.items() if n == d.name})
    default = Context()
    default_actions = {
        c.name: c.action
        for c in policy.categories
        if not c.escalate
        and c.new_author_action is None
        and all(s != default.surface for s, _ in c.surfaces)
    }
    first_personal = next((k for k, d in enumerate(detectors) if d in personal), len(detectors))
    late = tuple(d for d in detectors if d.name in LATE_DETECTORS)
    plain = [
        d
        for d in detectors
        if d.name not in NUMERIC_DETECTORS and d not in personal and d.name not in LATE_DETECTORS
    ]
    if personal:
        plain.insert(min(first_personal, len(plain)), Screened(personal))
    plan = {
        key: (
            c,
            c.name,
            messages.get((c.name, key[1])),
            default_actions.get(c.name),
            c.group != PERSONAL_INFORMATION,
        )
        for key, c in routes.items()
    }
    return Engine(
        tuple(plain),
        (Screened(numeric),) if numeric else (),
        late,
        second,
        routes,
        messages,
        default_actions,
        plan,
    )


def _watched(policy: Policy, text: str) -> Detector:
    from moderation.detectors.watched_words import WatchedWordsDetector

    lists = []
    for action, words in policy.watched_words.lists:
        try:
            lists.append((action, compile_list(words)))
        except re.error as e:
            raise PolicyError(
                policy.source,
                _line_of(text, "watched_words", action.label),
                f"watched_words.{action.label}: bad regular expression: {e}",
            ) from None
    return WatchedWordsDetector(tuple(lists))


def is_personal(category: Category) -> bool:
    """Whether a category is about personal information."""
    return category.group == PERSONAL_INFORMATION
