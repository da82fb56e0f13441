"""Innocent words that contain a profane substring (the Scunthorpe problem), in sentences.

Written for this project; no entry comes from evaluation data. Run as a script to print
the sentences.
"""
# ruff: noqa: SIM905  (word lists read better as one string)

from __future__ import annotations

import random

INNOCENT_WORDS = """
class classic classroom classify glass grass pass passage passenger passport bass brass
mass massive massage compass embassy harass assassin assassinate assume assumption assist
assistant assistance associate association assets asset assemble assembly assert assess
assessment lass sassafras cassette Massachusetts bypass surpass trespass amass crass
jackassery? cumulative accumulate document documentary circumference cucumber
circumstance cumin incumbent succumb Cumbria Cumberland cockpit cocktail peacock Hancock
Hitchcock Babcock cockatoo cockroach shuttlecock cockney woodcock cockerel cocksure
Dickens Dickinson Dickson dickey analysis analyst canal banal analog analogy analytics
analyze psychoanalysis arsenal arsenic parse sparse coarse hoarse rehearse rehearsal
shoe shoes horseshoe snowshoe shoehorn grape drape scrape therapist therapists
skyscraper trapeze grapefruit Essex Sussex Middlesex Wessex sextant sextet Penistone
title titan titanic titanium petition appetite constitution attitude altitude entitled
quantity partition competition repetition superstition institution substitute
destitute hello shell hellenic Michelle seashell shellfish eggshell nutshell bombshell
scrap scrapbook scrapped skyscrapers night knight nightingale nightmare nightly
spice spicy conspicuous auspicious suspicion suspicious raccoon cocoon tycoon
homogeneous homonym homophone homologous homograph Japan Japanese gobbledygook
Pakistan Pakistani Egypt Egyptian gypsum Scunthorpe Pissarro album bumble bumblebee
bumper bumpkin farther farthing farthest swanky button buttons butter butterfly
buttress rebuttal butte buttermilk? Dongguan dongle prickly woodpecker spunky noble
nobody Nobel spoon spoonful harpoon lampoon teaspoon Clitheroe Cockburn Scunthorpe
shitake mishit cockle cockles saccharine document documents manuscript Sextus hoedown
humpback whoever whosoever hooray hoopla Hoover bitcoin? sussex? therapy cumbersome
specimen specialist respect spectacle retardant fagin? pussywillow? Titicaca Matisse
Dickensian ambassador classified assortment assurance associate cassock hassle tassel
vassal carcass molasses morass sassy Picasso Manassas crevasse gassed tasseled bassoon
bassist chassis cuisine masseuse Lassie Tallahassee compassion dispassionate impassable
wasabi crumpet trumpet strumpet? scumbled? accumulation cumbrous Slocum Yorkshire
kumquat skunk? spicer suspicions grapevine draper drapery scraper Penrith penicillin
penitent peninsula penitentiary tittle titular titles titled stitches petite appetizer
competitive repetitive superstitious restitution constitutional altitudes attitudes
quantities partitioned entitlement Shellfish shelling hellion Chelmsford Othello cello
cellist scrappy scraping nightclub nightfall nighttime midnight knighthood spices
spicier hospice auspices raccoons cocoons tycoons homophobia? homogenize homonyms
Japanese-American Pakistanis Egyptians Cumbrian albums bumbling bumpers farthings
buttoned butterflies buttered rebuttals dongles prickliest woodpeckers spoons harpoons
lampoons teaspoons shoes shoemaker shoelace snowshoes horseshoes grapes grapevines
drapes scraped scrapes therapies therapeutic analyses analysts canals analogue
arsenals parsed parser coarsely rehearsed rehearsals sextants sextets documents
documented circumstances cucumbers cockpits cocktails peacocks cockatoos cockroaches
classes classics classrooms glasses grasses passes passages passengers passports
basses masses massages compasses embassies harassment assassins assumes assists
associates assembles asserts assesses
""".split()

# Entries marked "?" above are doubtful (slang senses, slurs' relatives) and are left out.
INNOCENT_WORDS = sorted({w for w in INNOCENT_WORDS if not w.endswith("?")}, key=str.lower)

TEMPLATES = (
    "The {w} was the main topic at yesterday's meeting.",
    "I read an article about the {w} this morning.",
    "She wrote {w} on the whiteboard before class.",
    "Can someone explain what {w} means in this context?",
    "We talked about {w} for almost an hour.",
    "My grandmother always mentioned {w} in her stories.",
    "Please add {w} to the glossary at the end of the report.",
    "Our guide pointed out the {w} on the left.",
    "There is a short paragraph on {w} in the handbook.",
)


def innocent_sentences(seed: int = 7) -> list[tuple[str, str]]:
    """(word, sentence) pairs: every word once, in a template chosen by a seeded RNG."""
    rng = random.Random(seed)
    return [(w, rng.choice(TEMPLATES).format(w=w)) for w in INNOCENT_WORDS]


if __name__ == "__main__":
    pairs = innocent_sentences()
    for _, sentence in pairs:
        print(sentence)
    print(f"# {len(pairs)} words")
