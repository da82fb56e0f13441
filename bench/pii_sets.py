"""Personal-data prose sets and look-alike numbers, seeded, split dev/heldout.

    python bench/pii_sets.py [--split dev|heldout] [-n 3]

Personal kinds (must be caught: a personal-data finding overlapping the span):
email_obfuscated, date_of_birth, postcode_street, passport, and for reference email_plain,
phone_plain, card_plain. Look-alike kinds (must NOT be flagged as personal data):
order_number, tracking_number, isbn, version, product_code, code_snippet, commit_hash, uuid,
timestamp, price, measurement.

Templates are split by sha256 (each split has its own) and values come from a generator
seeded per split, with name and domain pools split by sha256 too, so heldout values and
phrasings are never seen in dev. Each item: kind, split, text, start, end (the span of the
personal data or of the look-alike number), personal (bool).
"""
# ruff: noqa: E501  (pools read better as one string; long format lines)

from __future__ import annotations

import argparse
import hashlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

PER_KIND = 120  # items per kind and split (>= 100 asked)


def is_heldout(key: str) -> bool:
    return hashlib.sha256(key.encode("utf-8")).digest()[0] < 77


def pool(words: str, split: str) -> list[str]:
    items = words.split()
    got = [w for w in items if is_heldout("pool:" + w) == (split == "heldout")]
    return got or items


FIRST = (
    "jane john maria david sarah michael emma james olivia robert sophie daniel laura peter "
    "anna thomas chloe mark lucy paul grace kevin nina simon hannah oliver priya rahul mei "
    "chen fatima omar ines lars ingrid tomas"
)
LAST = (
    "doe smith jones brown taylor wilson evans walker white roberts green hall wood clarke "
    "patel khan murphy kelly schmidt muller garcia lopez rossi novak silva kim nguyen okafor "
    "jensen berg fischer moreau"
)
DOMAINS = (
    "gmail.com yahoo.co.uk outlook.com hotmail.com example.org proton.me icloud.com gmx.de "
    "web.de mail.com btinternet.com fastmail.fm aol.com live.co.uk posteo.de"
)
MONTHS = "January February March April May June July August September October November December"


@dataclass(frozen=True)
class Item:
    kind: str
    split: str
    text: str
    start: int
    end: int
    personal: bool


# ------------------------------------------------------------- value generators


def _name(rng: random.Random, split: str) -> tuple[str, str]:
    return rng.choice(pool(FIRST, split)), rng.choice(pool(LAST, split))


def email_obfuscated(rng: random.Random, split: str) -> str:
    f, last = _name(rng, split)
    dom = rng.choice(pool(DOMAINS, split))
    host, _, tld = dom.partition(".")
    local = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{f}_{last}", f"{f}"])
    style = rng.randrange(8)
    dotted_local = local.replace(".", " dot ")
    dtld = tld.replace(".", " dot ")
    return [
        f"{dotted_local} at {host} dot {dtld}",
        f"{local}[at]{host}[dot]{tld.replace('.', '[dot]')}",
        f"{local.replace('.', ' ')} (at) {host} (dot) {tld.replace('.', ' (dot) ')}",
        f"{local} AT {host} DOT {tld.replace('.', ' DOT ')}",
        f"{local} @ {host} . {tld.replace('.', ' . ')}",
        f"{local}{{at}}{host}{{dot}}{tld.replace('.', '{dot}')}",
        f"{local} [at] {host} [dot] {tld.replace('.', ' [dot] ')}",
        f"{local}(at){dom}",
    ][style]


def email_plain(rng: random.Random, split: str) -> str:
    f, last = _name(rng, split)
    return (
        f"{f}.{last}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(pool(DOMAINS, split))}"
    )


def date_of_birth(rng: random.Random, split: str) -> str:
    y, m, d = rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS.split()[m - 1]
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m}/{d}/{y}",
            f"{d}th {month} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {month} {y}",
        ]
    )


UK_STREETS = "Downing Street|High Street|Station Road|Church Lane|Victoria Road|Mill Lane|Park Avenue|Kings Road"
US_STREETS = "Pennsylvania Ave|Main Street|Oak Street|Maple Avenue|Elm St|5th Avenue|Sunset Blvd|Lake Shore Drive"
DE_STREETS = "Hauptstraße|Bahnhofstraße|Gartenweg|Schulstraße|Lindenallee|Bergstraße|Kirchplatz"
UK_TOWNS = "London|Leeds|Bristol|Manchester|York|Cardiff|Norwich|Brighton"
US_TOWNS = "Washington DC|Springfield, IL|Austin, TX|Portland, OR|Boston, MA|Denver, CO"
DE_TOWNS = "Berlin|München|Hamburg|Köln|Leipzig|Dresden"


def _uk_postcode(rng: random.Random) -> str:
    area = rng.choice(["SW1A", "M1", "LS2", "BS8", "YO1", "CF10", "NR2", "BN1", "EC1V", "W1D"])
    return f"{area} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def postcode_street(rng: random.Random, split: str) -> str:
    n = rng.randint(1, 250)
    c = rng.randrange(3)
    if c == 0:
        return f"{n} {rng.choice(UK_STREETS.split('|'))}, {rng.choice(UK_TOWNS.split('|'))} {_uk_postcode(rng)}"
    if c == 1:
        return f"{n} {rng.choice(US_STREETS.split('|'))}, {rng.choice(US_TOWNS.split('|'))} {rng.randint(10000, 99950)}"
    return f"{rng.choice(DE_STREETS.split('|'))} {n}, {rng.randint(10115, 99998)} {rng.choice(DE_TOWNS.split('|'))}"


def passport(rng: random.Random, split: str) -> str:
    c = rng.randrange(4)
    if c == 0:  # US: 9 digits
        return "".join(rng.choice(string.digits) for _ in range(9))
    if c == 1:  # letter + 7 digits
        return rng.choice("CKLMNPX") + "".join(rng.choice(string.digits) for _ in range(7))
    if c == 2:  # letter + 8 digits
        return rng.choice("ACEX") + "".join(rng.choice(string.digits) for _ in range(8))
    return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))  # German style


def phone_plain(rng: random.Random, split: str) -> str:
    c = rng.randrange(4)
    if c == 0:
        return f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    if c == 1:
        return f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    if c == 2:
        return f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}"
    return f"+1 {rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card_plain(rng: random.Random, split: str) -> str:
    num = _luhn(rng.choice(["4", "51", "55", "4000"]), 16, rng)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else num


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def order_number(rng: random.Random, split: str) -> str:
    return rng.choice(
        [
            f"#{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
            f"#{_digits(rng, 6)}",
            f"ORD-{_digits(rng, 8)}",
            f"{_digits(rng, 10)}",
            f"#{rng.randint(1000, 99999)}",
        ]
    )


def tracking_number(rng: random.Random, split: str) -> str:
    c = rng.randrange(5)
    if c == 0:
        return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if c == 1:
        return "9400" + _digits(rng, 18)  # USPS 22 digits
    if c == 2:
        return _digits(rng, 12)  # FedEx
    if c == 3:
        return _digits(rng, 10)  # DHL
    return f"{rng.choice(['RR', 'LX', 'CP'])}{_digits(rng, 9)}GB"


def isbn(rng: random.Random, split: str) -> str:
    if rng.random() < 0.5:
        body = "978" + _digits(rng, 9)
        s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"
    body = _digits(rng, 9)
    s = sum(int(d) * (10 - i) for i, d in enumerate(body))
    check = (11 - s % 11) % 11
    full = body + ("X" if check == 10 else str(check))
    return f"{full[0]}-{full[1:4]}-{full[4:9]}-{full[9]}"


def version(rng: random.Random, split: str) -> str:
    return rng.choice(
        [
            f"v{rng.randint(0, 20)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}",
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
            f"10.0.{rng.randint(10000, 22631)}.{rng.randint(1, 3000)}",
            f"{rng.randint(1, 130)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 250)}",
            f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
        ]
    )


def product_code(rng: random.Random, split: str) -> str:
    return rng.choice(
        [
            f"{_digits(rng, 13)}",
            f"74HC{rng.randint(100, 999)}N",
            f"{rng.choice(['WD', 'ST', 'MX', 'RX'])}{_digits(rng, 4)}{rng.choice(['A', 'B', 'EX', 'Z'])}",
            f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{_digits(rng, 5)}-{_digits(rng, 2)}",
            f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 2)}",
        ]
    )


def code_snippet(rng: random.Random, split: str) -> str:
    f, last = _name(rng, split)
    ip = f"192.168.{rng.randint(0, 9)}.{rng.randint(1, 254)}"
    return rng.choice(
        [
            f"`{f}@example.com`",
            f'`host = "{ip}"`',
            f"`curl http://10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)}:8080/health`",
            f"`user.email = {f}.{last}@example.org`",
            f'```\nhost = "{ip}"\nport = {rng.randint(1024, 9999)}\n```',
            f"```\nSMTP_USER={f}@example.com\nTIMEOUT={rng.randint(10, 600)}\n```",
            f"```python\nassert parse('{_digits(rng, 9)}') == {_digits(rng, 4)}\n```",
        ]
    )


def commit_hash(rng: random.Random, split: str) -> str:
    n = rng.choice([7, 8, 12, 40])
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid_value(rng: random.Random, split: str) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def timestamp(rng: random.Random, split: str) -> str:
    y, m, d = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z",
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
            f"{rng.randint(1500000000, 1790000000)}",
            f"{hh:02d}:{mm:02d}:{ss:02d}.{_digits(rng, 3)}",
        ]
    )


def price(rng: random.Random, split: str) -> str:
    amount = rng.randint(1, 4999) + rng.choice([0, 0.99, 0.5, 0.49])
    sym = rng.choice(["£", "$", "€", ""])
    return sym + f"{amount:,.2f}" + ("" if sym else rng.choice([" USD", " EUR", " GBP"]))


def measurement(rng: random.Random, split: str) -> str:
    return rng.choice(
        [
            f"{rng.randint(100, 2500)} mm",
            f"{rng.randint(1, 99)}.{rng.randint(0, 9)} kg",
            f"{rng.randint(1000, 99999)} km",
            f"{rng.randint(100, 9999)} x {rng.randint(100, 9999)} px",
            f"{rng.randint(1, 500)} ml",
            f"{rng.randint(10, 4000)} mAh",
        ]
    )


# ------------------------------------------------------------- templates (value as {v})

TEMPLATES: dict[str, list[str]] = {
    "email_obfuscated": [
        "You can reach me at {v} if you want the notes.",
        "Drop me a line: {v}",
        "my email is {v}, message me",
        "Contact the organiser ({v}) for tickets.",
        "Send your CV to {v} before Friday.",
        "email me at {v} and I'll send the pattern",
        "Write to {v} to join the list.",
        "For the spare room, mail {v}.",
    ],
    "email_plain": [
        "My email is {v}.",
        "Send it to {v} please.",
        "contact: {v}",
        "You can email {v} with questions.",
        "Reply to {v} by Monday.",
        "My address is {v} if you need it.",
    ],
    "date_of_birth": [
        "I was born {v} in a small village.",
        "DOB: {v}",
        "My birthday is {v}, so I'm a Pisces.",
        "date of birth {v}",
        "Name: Sam, born on {v}, nurse.",
        "His date of birth is {v} according to the form.",
        "Born: {v}",
        "She was born on {v} in Leeds.",
        "d.o.b. {v}",
        "my birth date is {v} if that helps",
    ],
    "postcode_street": [
        "Send the parcel to {v}.",
        "I live at {v}, come round any time.",
        "Our new address is {v}.",
        "Deliver to {v} please.",
        "The party is at {v}, bring a bottle.",
        "You'll find us at {v}.",
        "Return address: {v}",
        "We moved to {v} last spring.",
    ],
    "passport": [
        "My passport number is {v}.",
        "passport no. {v}",
        "Passport: {v}, expires next year.",
        "my passport is {v} for the booking",
        "They asked for my passport number, it's {v}.",
        "Passport No {v} issued in 2019.",
        "Travel document number {v} (passport).",
        "passport number {v} - can you add it to the form?",
    ],
    "phone_plain": [
        "Call me on {v}.",
        "My number is {v}, text first.",
        "ring {v} after six",
        "Phone: {v}",
        "You can reach the office on {v}.",
        "WhatsApp me at {v}.",
    ],
    "card_plain": [
        "My card number is {v}.",
        "Use the card {v} for the deposit.",
        "card: {v} exp 09/27",
        "Charge it to {v}, thanks.",
        "Here's the Visa: {v}",
    ],
    "order_number": [
        "Order {v} still hasn't shipped.",
        "My order number is {v}, can you check it?",
        "Refund for order {v} arrived today.",
        "Re: your order {v}",
        "Order no. {v} was cancelled by the seller.",
        "I'm chasing order {v} again.",
    ],
    "tracking_number": [
        "The parcel's tracking number is {v}.",
        "Tracking: {v}, out for delivery.",
        "My package ({v}) is stuck in the depot.",
        "Track it with {v} on the courier's site.",
        "The courier gave me {v} as the tracking code.",
        "Parcel {v} was left with a neighbour.",
    ],
    "isbn": [
        "The book's ISBN is {v}.",
        "ISBN {v}",
        "Look for ISBN {v} at the library.",
        "Second edition, ISBN {v}, paperback.",
        "Our reading group picked ISBN {v} this month.",
    ],
    "version": [
        "Upgrade to version {v} to fix it.",
        "It broke after updating to {v}.",
        "Running {v} here, same problem.",
        "The changelog for {v} mentions the crash.",
        "Works fine on {v} for me.",
        "Tested with release {v}.",
    ],
    "product_code": [
        "SKU {v} is back in stock.",
        "part no. {v}",
        "The replacement part is {v}.",
        "Item {v} arrived damaged.",
        "Model {v}, bought last year.",
        "Product code {v} on the box.",
    ],
    "code_snippet": [
        "Set it like this: {v}",
        "In the config I have {v} and it still fails.",
        "Try {v} in your settings file.",
        "My test fixture uses {v}\nand the test passes.",
        "Here is the snippet:\n{v}",
    ],
    "commit_hash": [
        "Fixed in commit {v}.",
        "The regression came in with {v}.",
        "git revert {v} and try again",
        "Cherry-pick {v} onto the release branch.",
        "See {v} for the change.",
    ],
    "uuid": [
        "The request id was {v}.",
        "Job {v} failed overnight.",
        "Tenant {v} has the wrong plan.",
        "Correlation ID: {v}",
        "Delete session {v} from the table.",
    ],
    "timestamp": [
        "The error started at {v}.",
        "Last backup: {v}",
        "Log line at {v} shows the restart.",
        "The build finished at {v}.",
        "Deployed {v}, no issues so far.",
    ],
    "price": [
        "It costs {v} at the shop.",
        "I paid {v} for the tickets.",
        "Now on sale for {v}.",
        "Shipping was {v} extra.",
        "The repair quote came to {v}.",
    ],
    "measurement": [
        "It measures {v} according to the spec sheet.",
        "The label says {v}.",
        "Listed as {v} in the manual.",
        "Roughly {v}, give or take.",
        "The datasheet gives {v} for that model.",
        "That's {v} by my count.",
    ],
}

VALUES: dict[str, tuple[Callable[[random.Random, str], str], bool]] = {
    "email_obfuscated": (email_obfuscated, True),
    "date_of_birth": (date_of_birth, True),
    "postcode_street": (postcode_street, True),
    "passport": (passport, True),
    "email_plain": (email_plain, True),
    "phone_plain": (phone_plain, True),
    "card_plain": (card_plain, True),
    "order_number": (order_number, False),
    "tracking_number": (tracking_number, False),
    "isbn": (isbn, False),
    "version": (version, False),
    "product_code": (product_code, False),
    "code_snippet": (code_snippet, False),
    "commit_hash": (commit_hash, False),
    "uuid": (uuid_value, False),
    "timestamp": (timestamp, False),
    "price": (price, False),
    "measurement": (measurement, False),
}


def templates(kind: str, split: str) -> list[str]:
    got = [t for t in TEMPLATES[kind] if is_heldout(kind + ":" + t) == (split == "heldout")]
    if not got:  # every kind keeps templates of its own in both splits
        got = TEMPLATES[kind][-1:] if split == "heldout" else TEMPLATES[kind][:-1]
    return got


def kind_items(kind: str, split: str, seed: int = 2026) -> list[Item]:
    fn, personal = VALUES[kind]
    rng = random.Random(f"{seed}:{kind}:{split}")
    temps = templates(kind, split)
    out: list[Item] = []
    seen: set[str] = set()
    tries = 0
    while len(out) < PER_KIND and tries < PER_KIND * 30:
        tries += 1
        value = fn(rng, split)
        t = rng.choice(temps)
        start = t.index("{v}")
        text = t.replace("{v}", value)
        if text in seen:
            continue
        seen.add(text)
        out.append(Item(kind, split, text, start, start + len(value), personal))
    return out


def all_items(split: str) -> list[Item]:
    return [it for kind in VALUES for it in kind_items(kind, split)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldout"], default="dev")
    ap.add_argument("-n", type=int, default=3)
    args = ap.parse_args()
    for kind in VALUES:
        items = kind_items(kind, args.split)
        print(f"== {kind} ({args.split}, personal={items[0].personal}): {len(items)} items")
        for it in items[: args.n]:
            print(f"  {it.text!r}  span={it.text[it.start : it.end]!r}")


if __name__ == "__main__":
    main()
