"""What the demo community says: spaces, threads, board notes and chat, as data.

A thread is its title and its posts in order; each post names its author, its text and the
index of the post it answers (None for the opening post; 0, the opening post, is the topic).
Every text passes the default policy as it stands, except the ones meant for the queue.
"""

from __future__ import annotations

from itertools import cycle, islice

from forum.storage.tables import SpaceKind

Post = tuple[str, str, int | None]

SPACES = [
    ("general", "General discussion", "Anything about the community.", SpaceKind.forum),
    ("help", "Help and support", "Ask how things work; answer if you know.", SpaceKind.forum),
    ("wall", "The wall", "Short notes for everyone, newest first.", SpaceKind.board),
    (
        "market",
        "Swap and sell",
        "Offer and look for things; keep contact details private.",
        SpaceKind.board,
    ),
    (
        "community.announce",
        "Announcements",
        "News from the people running the site.",
        SpaceKind.newsgroup,
    ),
    ("help.python", "Python help", "Questions and answers about Python.", SpaceKind.newsgroup),
    ("lobby", "Lobby", "Say hello; everyone is welcome.", SpaceKind.chat),
    ("python", "Python chat", "Live talk about Python.", SpaceKind.chat),
]

STAFF_ONLY = {"community.announce"}  # news from the people running the site
STAFF = ("admin", "moderator")
MEMBERS = ("ada", "bob", "chen", "dara")

THREADS: dict[str, list[tuple[str, list[Post]]]] = {
    "general": [
        (
            "Welcome to the forum",
            [
                (
                    "admin",
                    "Hello and welcome! Read the **terms** before posting: "
                    "whatever you post here is public.",
                    None,
                ),
                ("ada", "Glad to be here. Where do I ask questions?", 0),
                ("admin", "In *Help and support*, or live in the Python chat.", 1),
                ("bob", "How do I hear about replies to what I wrote?", 0),
                (
                    "moderator",
                    "They show under *Notifications*, and your account page says "
                    "which of them are also mailed to you.",
                    3,
                ),
                ("bob", "Found it, thanks.", 4),
                ("chen", "Thanks for setting this up!", 0),
            ],
        ),
    ],
    "help": [
        (
            "How do I show code in a post?",
            [
                ("ada", "I want to share a short snippet. How do I keep its indentation?", None),
                (
                    "bob",
                    "Wrap it in backticks: `print('hello')`, or indent a block by four spaces.",
                    0,
                ),
                (
                    "chen",
                    "Three backticks on a line of their own work too:\n\n```\n"
                    "for n in range(3):\n    print(n)\n```",
                    1,
                ),
                ("ada", "That worked, thanks both!", 2),
            ],
        ),
        (
            "Why is my post waiting for review?",
            [
                (
                    "dara",
                    "I posted on the market board and it says *waiting for review*. "
                    "Did I do something wrong?",
                    None,
                ),
                (
                    "moderator",
                    "Posts with many links wait for a moderator: that is the spam "
                    "rule of the content policy. We look at the queue several times a day.",
                    0,
                ),
                ("dara", "Makes sense, I will wait.", 1),
            ],
        ),
    ],
    "community.announce": [
        (
            "The news server is open",
            [
                (
                    "admin",
                    "Point your newsreader at this site: every news group here is "
                    "also an NNTP group, with the same moderation.",
                    None,
                ),
                (
                    "moderator",
                    "Replies posted from a newsreader go through the same content "
                    "policy as the web.",
                    0,
                ),
            ],
        ),
    ],
    "help.python": [
        (
            "List comprehension or loop?",
            [
                ("ada", "When is a comprehension clearer than a plain for loop?", None),
                (
                    "bob",
                    "A comprehension when you build one list from another in one step; "
                    "a loop when each step does more than one thing.",
                    0,
                ),
                (
                    "chen",
                    "And a generator expression when you only go through it once: "
                    "`sum(x * x for x in numbers)`.",
                    1,
                ),
                ("ada", "Good point, that does not build the list at all.", 2),
                (
                    "dara",
                    "Readability first: if the comprehension needs two lines, write the loop.",
                    0,
                ),
            ],
        ),
    ],
}

# The long topic: enough replies to fill two pages, every third one answering the one before.
LONG_TITLE = "What are you reading this month?"
LONG_OPENING = "Books, articles, manuals: what is on your desk right now?"
_OPENERS = ["Just finished", "Halfway through", "Started", "Re-reading", "Still on"]
_BOOKS = [
    "The Left Hand of Darkness",
    "A Pattern Language",
    "The Pragmatic Programmer",
    "Piranesi",
    "The Dispossessed",
    "Thinking in Systems",
    "Fluent Python",
    "Middlemarch",
    "The Design of Everyday Things",
    "Station Eleven",
    "Working in Public",
    "The Remains of the Day",
    "Structure and Interpretation of Computer Programs",
]
_COMMENTS = [
    "Recommended.",
    "Slow start, worth it.",
    "The last chapter stayed with me.",
    "Good for the train.",
    "Lots to underline.",
    "Better than I remembered.",
    "Not for everyone, but I liked it.",
]


def long_thread(replies: int) -> list[Post]:
    """The opening post and ``replies`` varied replies, threaded now and then."""
    authors = cycle((*MEMBERS, "moderator"))
    posts: list[Post] = [("bob", LONG_OPENING, None)]
    for n in range(replies):
        text = f"{_OPENERS[n % 5]} *{_BOOKS[n % 13]}*. {_COMMENTS[n % 7]}"
        posts.append((next(authors), text, len(posts) - 1 if n % 3 == 2 else 0))
    return posts


_NOTES = [
    "First note on the wall!",
    "Be kind; moderators read everything.",
    "Morning all. Coffee is on.",
    "The new keyboard finally arrived and it is loud.",
    "Does anyone else write their to-do list on paper?",
    "Reminder: back up your work before the weekend.",
    "Finished my first pull request today.",
    "Rain all day here; perfect weather for reading.",
    "Who is joining the Python chat tonight?",
    "Tip: the Help board answers faster than you think.",
    "Took a long walk at lunch. Recommended.",
    "My plants survived the holidays, somehow.",
    "Learning to touch type, slowly.",
    "Good luck to everyone with exams this week.",
    "The sunset today was something else.",
    "Trying a standing desk. Ask me in a month.",
    "Thanks to whoever answered my question yesterday.",
    "Baked bread for the first time. It is a brick.",
    "Reading group meets in the general forum.",
    "Friday! Any weekend plans?",
    "Fixed a bug that took me three days. It was a typo.",
    "The library is quiet this morning.",
    "Welcome to the new members this week!",
    "Happy birthday to my little brother.",
    "Cycling to work again now that the days are longer.",
    "Long day. Signing off, see you tomorrow.",
]


def wall_notes() -> list[tuple[str, str]]:
    """The busy board: many short notes from everyone."""
    authors = islice(cycle((*MEMBERS, *STAFF)), len(_NOTES))
    return list(zip(authors, _NOTES, strict=True))


MARKET = [
    ("bob", "Giving away a box of programming books, collect in person."),
    ("chen", "Looking for a second-hand monitor, anything over 24 inches."),
]
# Held for review by the spam rule (more links than the policy allows): the queue's first item.
HELD = (
    "dara",
    "market",
    "Clearance sale, everything must go: https://deals.example/desk "
    "https://deals.example/chair https://deals.example/lamp https://deals.example/shelf "
    "https://deals.example/rug",
)
# A claim no detector can judge: a member reports it, and it waits in the queue.
REPORTED = (
    "dara",
    "wall",
    "The bike shop next to the station sells stolen bikes, everyone knows it.",
)
REPORT = ("ada", "defamatory", "An accusation against a real shop, with nothing to back it up.")

CHAT = {
    "lobby": [
        ("ada", "Hi everyone!"),
        ("admin", "Welcome, Ada."),
        ("bob", "Morning! Anyone around?"),
        ("chen", "Here. Just read the thread about books."),
        ("ada", "Which one are you reading?"),
        ("chen", "Piranesi. Strange and lovely."),
        ("bob", "Adding it to my list."),
        ("dara", "Hello! New here."),
        ("moderator", "Welcome, Dara. The Help forum is a good place to start."),
        ("dara", "Thanks, I will have a look."),
        ("ada", "Off for lunch, back later."),
        ("bob", "Enjoy!"),
    ],
    "python": [
        ("chen", "Anyone tried the new pattern matching in a real project?"),
        ("bob", "Yes, for parsing commands. It reads well."),
        ("ada", "I still reach for dictionaries of functions."),
        ("chen", "Both work; match shines when the shapes differ."),
        ("dara", "Is there a good beginner tutorial?"),
        ("bob", "The official tutorial, chapter four."),
    ],
}

PRIVATE = (
    "ada",
    ["moderator"],
    "Linking my own blog?",
    [
        ("ada", "Hi! May I link a post from my own blog in Help, or is that advertising?"),
        ("moderator", "Fine when it answers the question. A list of links with no answer is not."),
        ("ada", "Thanks, that is clear."),
    ],
)
"""A private conversation the moderator finds under Messages (nobody else can read it)."""
