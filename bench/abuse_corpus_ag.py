"""Abuse corpus AG: private messages and multi-sentence replies where abuse builds or hides.

Written by a helper session (Claude) on 2026-12-07 for the forum project's moderation bench,
BLIND: without reading the detector (moderation/), its tests, any other bench/ file, and without
running any detector on these sentences. Every sentence written by hand; none generated from slot
lists.

TRAINING: used to train the abuse reader.

Emphasis: private messages and multi-sentence thread replies (2 to 5 sentences each) in which the
abuse builds over the message, starts friendly or neutral and then turns, or sits as one sentence
hidden among ordinary ones; sarcasm, stalking hints, and replies that name a member. The INNOCENT
list holds multi-sentence messages that are heated but legitimate, apologies, reconciliations,
warnings to a friend about a real danger, reports to moderators quoting what someone received,
and arrangements for meetups and handovers.

Labels:
  THREAT      threats of violence aimed at someone
  SELF_HARM   incitement to self-harm or suicide aimed at someone
  HARASSMENT  insults, degradation, bullying aimed at a person
  DOXXING     intent or threat to expose someone's private information (address, workplace,
              family, real name, photos)
  INNOCENT    none of these, but hard look-alikes

All names, streets, employers, plates, addresses, emails and phone numbers are invented
(555-01xx numbers, example.com / example.org emails).

WARNING: this file deliberately contains abusive, threatening and self-harm-inciting text.
"""

THREAT = [
    (
        "Hey, thanks for the recipe last week, it turned out great. Anyway, about what you said in "
        "the politics thread. Say it again and I will break your jaw, I'm not joking."
    ),
    (
        "Nice photo of your new car. Would be a shame if someone put a brick through the windshield. "
        "And then through you."
    ),
    "Morning Dana. I saw you jogging by the canal today. Next time I won't just watch.",
    (
        "I've been patient with you for months, @grevlin. I explained, I linked sources, "
        "I was polite. "
        "Now I'm done being polite. If I ever see you at a meetup you're leaving in an ambulance."
    ),
    "lol ok keep talking. i know which gym you go to. see how brave you are with a broken face",
    (
        "Good luck with the exam tomorrow! Seriously. Enjoy it, because after that I'm coming to "
        "settle things and you won't be writing anything for a while."
    ),
    (
        "You reported my post. Fine. Mods can't protect you offline though. "
        "Sleep with one eye open, Marek."
    ),
    (
        "Funny how you only talk tough behind a screen. "
        "Come say it outside and I'll put you in the dirt."
    ),
    (
        "Hi, just a friendly reminder that I know where you park on Tuesdays. "
        "Your tyres are the least of your worries."
    ),
    (
        "@ollie_b I read your reply twice. It was cute. Next time you mock my kid "
        "I will find you and hurt you badly enough that you remember it."
    ),
    "keep it up and ill make sure you never walk right again",
    (
        "We used to be friends, you know. I remember all of it. That's why it'll be so easy "
        "to find you when I decide you've had enough warnings."
    ),
    (
        "Congrats on the promotion, saw it on your profile. Hope the office has good security, "
        "because I'm going to be waiting in that lot one evening."
    ),
    "One more word about my sister and I'll put a knife in you. Last warning.",
    (
        "Thanks for your input on the build guide. Really. "
        "Also I'm going to beat you until you can't type, "
        "so enjoy the keyboard while you have hands."
    ),
    "You think the ban stops me? I'll drive the four hours. I'll wait by your door. You'll see.",
    (
        "Not angry, just telling you how it is. You humiliated me in front of everyone. "
        "So I'm going to humiliate you in the worst way, with my fists, in front of your family."
    ),
    "i hope you like hospital food because thats where ur going when i catch u",
    (
        "Hello neighbour :) Your dog barks all night. If it doesn't stop, I'll shut it up myself, "
        "and then I'll start on you."
    ),
    (
        "@Priya_K you've been very busy correcting everyone today. "
        "Let's see how busy you are with both arms broken."
    ),
    (
        "Just so we're clear. I don't argue online. I settle things in person. "
        "And you and me are going to settle this with a bat."
    ),
    "Cool story. Now listen: you come near the lake house again and you'll be floating in it.",
    (
        "I saw your wife wave at me at the market. Sweet lady. "
        "It'd be awful if she came home and found you bleeding on the kitchen floor."
    ),
    (
        "Tell your little moderator friends whatever you want. It won't change what's "
        "going to happen when I catch you after work."
    ),
    "Enjoy your weekend. Monday you're getting stabbed.",
    (
        "I'll be honest, I liked your early posts. But you crossed a line. "
        "I'm going to burn your shop down with you in it."
    ),
    "go on, block me. i'll just show up at your door with a hammer instead",
    (
        "Hi Tom, it's me from the chess club. Remember when you said I cheated? "
        "I'm going to smash that smug face into the board next Thursday."
    ),
    (
        "You keep deleting my comments. Fine. Delete this: "
        "I will find you and I will make you bleed."
    ),
    (
        "Ha ha very funny meme about me. Screenshot saved. "
        "When I see you at the con I'm going to shove it down your throat along with your teeth."
    ),
    (
        "Look, I'm calm now. I want you to understand that. I've thought about it calmly and "
        "decided you deserve to get your head kicked in, and I'm the one who'll do it."
    ),
    "say my name one more time in that thread and you're dead",
    (
        "Your little podcast is cute. I listened to every episode. I know your voice now. "
        "I'll recognise it when you're begging me to stop."
    ),
    (
        "Appreciate the feedback on my mod. Here's mine on you: "
        "you're going to get hurt, soon, and it'll be me doing it."
    ),
    (
        "Funny thing about living in a small town, @keth. Everybody drives past everybody. "
        "One night I won't drive past. I'll stop, and you'll regret it."
    ),
    "I'll put you through a wall, you hear me?",
    (
        "Dear Ms Hallworth, I wish to inform you that your decision to ban me "
        "will be answered. I will be visiting you personally and you will not walk away from it."
    ),
    "keep laughing. gonna shut that mouth permanently",
    (
        "I'm not threatening you, I'm promising. Next time you're at the Saturday market "
        "I'll break every finger you type with."
    ),
    (
        "Hey man no hard feelings about the trade. Well, actually, one hard feeling: "
        "my boot in your ribs when I find you."
    ),
    (
        "We both know the mods won't do anything. So here's what happens next. "
        "I wait for you after practice, and you get what's coming."
    ),
    "shut up or i'll shut you up. with a crowbar.",
    (
        "Oh you're moving? That's nice. Moving won't help. "
        "I found you once, I'll find you again, and that time I'll finish it."
    ),
    ("This is my last message before I come over. Lock your doors if you want, it won't matter."),
    (
        "You really think your little apology fixes it? No. "
        "I'm still going to hurt you. I just wanted you to know it's coming."
    ),
    (
        "Glad you're enjoying the holiday, the beach pics are lovely. "
        "When you're back I'll be the welcome committee, and I'm bringing a tyre iron."
    ),
    "u better pray i never meet u irl bc ill beat u half to death",
    (
        "@Sorrel I know you think you're anonymous. You're not. "
        "And one evening you'll open the door and I'll be the last thing you see."
    ),
    (
        "Enjoyed the stream tonight. The way you mocked me for ten minutes was hilarious. "
        "Let's see you laugh with a broken nose."
    ),
    (
        "Just checking in! Hope the kids are well. "
        "Keep pushing me and they'll be visiting you in intensive care."
    ),
    "If you show up to the tournament I'll hurt you. Simple as that.",
    (
        "Seriously, drop it. I'm asking nicely the first time. "
        "The second time I won't be asking, I'll be standing on your porch with a knife."
    ),
    (
        "Hey it's Lars. I sold you that bike. You left a bad review. "
        "I'll be collecting the difference from your kneecaps."
    ),
    "ur lucky there's a screen between us. won't always be.",
    ("I'm going to ruin you. Not online. I mean I'm going to physically ruin you, bone by bone."),
    (
        "Hi, I've got your package here, it got delivered to my address by mistake. "
        "Come pick it up. I'll be ready with something for you too, and you won't enjoy it."
    ),
    (
        "You wanna report me? Go ahead. I'm already in the car. "
        "Twenty minutes and I'm knocking on your door."
    ),
    (
        "Love how you act like a tough guy in the comments. "
        "I'm gonna drag you out of your apartment and show you tough."
    ),
    "Thanks for the tip about the fishing spot. Be there at dawn alone. Only one of us walks back.",
    (
        "Pretty sure you forgot who you're dealing with. I'll remind you with a baseball bat "
        "across the back of your head."
    ),
    (
        "I've been reading your posts all night. Every single one. "
        "I'm going to make you pay for each of them with a bruise."
    ),
    ("no offense but if u keep this up ur going to get shot. by me. just so u know."),
    ("Respectfully: shut your mouth or I'll staple it shut."),
    (
        "Mate, you owe me 200 quid. Pay it by Friday or I'm taking it out of your hide, "
        "and I'll be taking extra."
    ),
    (
        "Heard you're hosting the barbecue this year. I'll come. I'll bring the lighter fluid. "
        "It won't be for the grill."
    ),
    (
        "Ok fine, you win the argument. Enjoy it. "
        "You won't enjoy what I do to you when I catch you walking home."
    ),
    (
        "I'm outside. The blue door, right? Come down or I come up, "
        "and if I come up it's going to be worse for you."
    ),
    "every time you post i get angrier. one day i'll stop typing and start swinging.",
    (
        "@Halvard_m you should be more careful who you insult. "
        "Some of us know how to use a knife and don't mind using it on you."
    ),
    (
        "Sweet dreams tonight, Elin. Hope you've locked the back window, "
        "because last time I checked it was open."
    ),
    ("I'll make it look like an accident. Nobody will even know it was me."),
    (
        "Just wanted to say great game earlier. Really. "
        "Next time we're in the same arena for real, I'll snap your neck."
    ),
    ("Kindly keep my wife's name out of your mouth or I will rip your tongue out."),
    (
        "I'm not one of those guys who just talks. Ask around. "
        "You'll find out the hard way when I find you at the station."
    ),
    "shame about your face. it's about to get a lot worse.",
    (
        "Was nice chatting at the meetup. You gave me your last name, remember? "
        "That was a mistake. I'm coming for you."
    ),
    (
        "Mods, I'm fine, don't worry. It's just that Kestrel is going to have an accident on the "
        "stairs one of these days and I'll be standing at the top."
    ),
    (
        "Thank you for your service as moderator. "
        "Your service ends the day I find you, and I will find you."
    ),
    (
        "Go ahead and post the screenshots. While you're busy with that, "
        "I'm busy sharpening something for you."
    ),
    "keep disrespecting me and see if your kneecaps survive the weekend",
    (
        "Remember the guy you laughed at in the car park? That was me. "
        "Next time I'm not walking away, I'm running you over."
    ),
    (
        "I'd love to discuss this calmly. In person. Behind the pub. "
        "Where nobody can hear you screaming."
    ),
    (
        "Look, I get that you're upset. So am I. "
        "That's why I'm going to punch you until you stop moving."
    ),
    ("Hope your new flat is nice. Third floor, great view. Long way down if somebody pushed you."),
    "One of these nights you'll hear footsteps behind you. It'll be me, and I'll have a blade.",
    (
        "@rustbucket_77 you think you're funny? Wait till I put you in the ground. "
        "Then you can tell jokes to the worms."
    ),
    ("I don't want your apology. I want you to hurt, and I'm going to make sure you do."),
    ("Happy birthday. Enjoy it, since it'll be your last one if you keep this up."),
    ("I'm done. Whatever you say next, I'm coming over and putting you through the window."),
    ("I'll keep it short. You, me, Friday, the old quarry. You're not leaving it."),
    (
        "Nice try hiding behind a new account. I know it's you, Silas. "
        "And I know where you live. You'll be hurt before the month's out."
    ),
    (
        "You have kids, right? Then you'd better think about what you say, because I'll come "
        "for you in front of them and I won't care."
    ),
    "see you at school tomorrow. bring a helmet, you'll need it.",
    (
        "This is the calmest I've ever been. That's what should scare you. "
        "I'm going to hurt you, and I've already planned how."
    ),
    (
        "Awesome tutorial, thanks! By the way, I'm the guy from your old job. "
        "I'm going to make you bleed for what you did."
    ),
    ("Keep posting my business in the group and I'll set your car on fire while you're in it."),
    ("we'll see how smart you are when i've got you pinned to the floor choking"),
    (
        "Oh btw I'll be at your daughter's recital. "
        "Not for her. For you. You won't be walking out of that hall."
    ),
    (
        "Hey Ivo, great hike last weekend. Just one thing. "
        "If you ever talk to my girlfriend again I'll throw you off the ridge myself."
    ),
    (
        "I think we should talk. Not here. At your place, tonight. "
        "And you'd better hope I'm in a good mood when I arrive, because I'm bringing the bat."
    ),
    "ok @fenna, you asked for it. im gonna find you and break your hands",
    (
        "Thanks for sorting the refund. Took you long enough. "
        "Next time you mess me around I'll come to the shop and smash your skull on the counter."
    ),
    (
        "So you're the one who reported my listing. Cute. "
        "I'll be waiting at the market on Saturday, and you're going home with a broken arm."
    ),
    (
        "First of all, congrats on the baby. Second, if your husband posts about me one more time "
        "I'll put him in a wheelchair."
    ),
    ("You're a moderator, not a god. Gods don't bleed. You will."),
    (
        "I tried being reasonable. I really did. "
        "Now I'm going to choke the life out of you the next time we're in the same room."
    ),
    "last chance. apologise or I'm coming round with a knife",
    (
        "It's funny, @Halvard_m, how you never leave the house after dark. "
        "Smart. Stay inside. Because if you don't, I'll be there."
    ),
    (
        "Hope the new job's going well. Your office has a lovely big window by your desk. "
        "I'd hate for something heavy to come through it and hit you."
    ),
    (
        "You keep laughing at me in the stream chat. "
        "Next stream, I'm coming to the studio and I'm going to hurt you live on camera."
    ),
    ("I'll be brief. I'm going to kill you. Not today. But soon."),
    (
        "Sorry for the late reply, been busy. Busy planning how to get you alone. "
        "You'll find out when the time comes."
    ),
    (
        "Really appreciated your advice about the garden. "
        "Now stay out of my business or I'll bury you under your own roses."
    ),
    (
        "Oi. Yeah you. You think I won't? I've got nothing to lose. "
        "I'll cut you the minute I see you."
    ),
    (
        "This is Osk. You called me a creep in front of everyone. "
        "I'm going to show you what a creep can really do, in the stairwell of your building."
    ),
    (
        "Please don't ignore this message. I'm giving you a chance. "
        "Retract the post or I'll pour petrol through your letterbox."
    ),
    ("When I'm done with you, your own mother won't recognise your face."),
    "we'll see who's laughing after i run you off the road on your way to work",
    (
        "Lovely weather for a walk, isn't it? You walk the dog every morning at 6. "
        "One morning you won't come home."
    ),
    (
        "I'm not going to argue with you online anymore, Ravi. "
        "Next time I'll just punch you until you're quiet."
    ),
    (
        "Heard you're coming to the tournament. Good. "
        "Bring a first aid kit, you're going to need it after I'm done with you."
    ),
    (
        "Please tell Jorik that if he screenshots my messages again I'll "
        "break his teeth out one by one."
    ),
    ("Don't worry about the money. I'll take it out of you in other ways. Painful ways."),
    (
        "You're very brave posting from across the country. "
        "I've got a week off and a full tank. We'll see how brave you are then."
    ),
    (
        "Hey man, sorry about the noise last night. Also, next time you call the police on me, "
        "I'll kick your door in and put you in the hospital."
    ),
    "Keep going. I'm writing down every word, and I'll make you pay for each with blood.",
    (
        "@Teodor, before you reply, remember I know what you look like now. "
        "And I'm a lot bigger than you. I'll fold you in half."
    ),
    (
        "I'll say it nicely once: leave my brother alone. "
        "The not-nice version involves a shovel and a hole in the woods."
    ),
    ("You remind me of a guy I put in hospital once. Keep it up and you'll be the second."),
    ("There's no version of this where you don't get hurt. I'm just deciding when."),
    ("Tell your lawyer whatever you want. Lawyers don't stop bullets."),
    (
        "You don't scare me with your reports. "
        "I'll be at your door with a gun before they even read them."
    ),
    ("Real nice video. Next one will be of you getting your head stomped, and I'll film it."),
    (
        "Hey, just wondering, do you still take the 11:40 bus from Cobb Street? "
        "Asking because I'll be on it, and you won't make it home."
    ),
    (
        "Just to remind you: I don't forget. "
        "Two years, five years, whenever. I'll catch you and I'll hurt you."
    ),
    (
        "You got me banned from the Discord. Now I've got plenty of free time. "
        "Guess what I'm going to spend it on? Finding you and beating you senseless."
    ),
    ("lmao keep typing big words. ill make you swallow your keyboard"),
    ("No, I won't calm down. I'll calm down when you're lying in a ditch."),
    (
        "If you come to the meetup I'll be there too. Stay close to the exit, "
        "you'll want a head start before I get my hands on you."
    ),
    (
        "Thank you for the kind words about my dog. "
        "Talk about my ex again and I'll set him on you, and I'll help him."
    ),
    ("I'm going to drown you in that pond you keep posting pictures of."),
    (
        "You know the thing about people who post their holiday plans? "
        "Their houses are empty. And when they come back, someone's waiting inside with a knife."
    ),
    ("Sorry, mods, I'll keep it civil: @Ludo is going to get his head caved in."),
    ("Not a joke, not a meme. I'm going to hurt you, Kasia."),
    ("I'm coming for your whole family if you don't take that post down."),
    ("Go on. Report me. Then look over your shoulder every time you go to the car."),
    (
        "Hey, you left your scarf at the meetup. I'll give it back. "
        "Around your neck, pulled tight, until you stop breathing."
    ),
    ("You will regret this. I'll make you regret it with my hands."),
    ("If you cross that picket line tomorrow, I'll break your legs. Personally."),
    ("I'll pay you a visit at the clinic, doctor. Bring your own stitches."),
    "gonna curb stomp you when i see u at the skatepark",
    (
        "That's it. I'm done talking. I'm going to hit you with the car next time you cross "
        "at the lights."
    ),
    (
        "Thanks for the birthday wishes! Funny how you remember mine. "
        "I remember yours too. I'll bring a present. It explodes."
    ),
    (
        "It took me a week but I found the restaurant you work at. "
        "I'll be waiting by the bins at closing. Just you and me."
    ),
    ("Don't bother changing your locks. I'm good with doors. And I'm better with a hammer."),
    (
        "Hiding won't work. I'll drag you out by your hair and make you apologise on your knees, "
        "after I've broken them."
    ),
    (
        "@Sable_q I'd be very careful walking home from the library tonight. "
        "Very careful. I'll be somewhere on the way."
    ),
    ("You've got a pretty face. Shame I'm going to slash it."),
    ("Honestly, I'm calm. I'm just going to shoot you. Nothing personal, you just won't shut up."),
    ("Keep posting my address and I'll post you a pipe bomb."),
    ("I'll snap your fingers off one by one if you touch my stuff again."),
    (
        "I want you to know that every time you hear a car slow down outside your house, "
        "it might be me, and one of those times it will be."
    ),
    ("Good morning sunshine! Today's the day I finally come over and beat the smile off you."),
    (
        "You and your idiot boyfriend have until Friday. After that I'm coming "
        "to the flat with a couple of mates and we're not coming to talk."
    ),
    "touch my kid again and im putting you six feet under",
    ("I hope your insurance is up to date. You'll need it for the ambulance ride."),
    ("Hey, I'm not mad at you. I just think your legs would look better broken."),
    ("Sit tight, I'm on my way. Bringing rope and a shovel. You can guess the rest."),
    (
        "Hey Nadia! Loved seeing you at the meetup. "
        "Too bad you left early. Next time I'll walk you home, and you won't like where we end up."
    ),
    ("Quick one, @Ferris. Leave the politics thread or I'll smash your teeth in. Thanks."),
    (
        "Respect for standing your ground. I'll respect it even more when I'm standing on your "
        "throat."
    ),
    ("I'm coming to your wedding. Uninvited. With a gun."),
    ("I know your shift ends at 10. I'll be in the car park. Don't bother running."),
    ("This is a very polite warning. The next warning will be a brick to your head."),
    ("Mind your own business or I'll bury you, Elin."),
    ("I'm patient. I'll wait until you think it's over. Then I'll slit your throat."),
    ("Still think it's funny? I'll drown you in your own bathtub and we'll see who laughs."),
    ("You live alone, don't you? That'll make it easier."),
    ("hey loser, i'm at the end of your street. come out and get your beating"),
    ("Oh, you're the new mod? Welcome. Ban me and I'll find you and cave your face in."),
    (
        "I really enjoyed your talk at the conference. Next time you're on stage, "
        "I'll be in the front row with something sharp."
    ),
    ("Don't worry about the court date. You won't make it to court."),
    ("Ignore me all you want. Can't ignore a fist in your face."),
    ("I'm going to hunt you down like the dog you are."),
    ("Funny how fast people stop joking when they've got a gun pointed at them. You'll find out."),
    (
        "Take that review down by tonight or I'll come to the restaurant and torch it, with "
        "you inside."
    ),
    (
        "Enjoy your coffee, Marek. Window seat again? I'm right across the street, and I'm "
        "coming over when you leave."
    ),
    (
        "Hi Gemma, thanks for the garden tips! Really. Though if you keep mocking my roses in "
        "the thread I'll rip your head off and plant it next to them."
    ),
    (
        "Thanks for the meetup photos, Ivo. I see you tagged me. "
        "Untag me today or I'll come to your flat and break your camera over your skull."
    ),
    ("No drama, just facts: you insulted my mother, so I'm going to put you in hospital."),
    (
        "You've got a lovely family. Keep them close. I'm coming for you and I don't care "
        "who's in the room."
    ),
    (
        "It's been a month since you banned me. I've been practising at the range. "
        "Guess who I've been picturing on the target? Guess who's next."
    ),
    ("Not to be dramatic but I will actually murder you if you post that again."),
    (
        "Hey @Bram, saw you at the station this morning. Bet you didn't see me. "
        "Next time you'll feel me, right before you hit the tracks."
    ),
    ("Glad the surgery went well. Hope you heal fast, so I can put you back in."),
    ("Your shop's insured, right? Good. Your face isn't."),
    ("I just want to talk, that's all. Just you and me, and the crowbar."),
    (
        "You've got one day to give my stuff back. After that I come with friends "
        "and we take it, and we take your teeth too."
    ),
    ("Lovely post about forgiveness. I don't do forgiveness. I do broken bones."),
    ("Don't come to the club Friday. If you do, you're leaving through the back in a bin bag."),
    ("tick tock, @Ferris. time's almost up. you'll know when i'm there."),
    ("Cute that you think a restraining order will stop me. Paper doesn't stop a blade."),
    ("Since you love fireworks so much, I'll shove one through your window on Bonfire Night."),
    (
        "Thanks for the feedback on my poem! My next poem is about strangling you, "
        "and I'll read it to you in person."
    ),
    ("Come near my girlfriend again and I'll rip your arms off, simple."),
    (
        "Good news, I'm moving to your town next month. Bad news for you: "
        "I'm going to make your life hell, starting with your knees."
    ),
    (
        "I'd stay off the cycle path if I were you, Kasia. Accidents happen. "
        "I'll make sure one happens to you."
    ),
    ("You should have kept your mouth shut. Now I'm going to shut it with a brick."),
    ("You're really going to testify? Brave. Your family might not survive your bravery."),
    ("Sorry, who's the tough guy now? Wait till I've got my hands round your neck."),
    ("I'll be at the school gates at 3. Don't bring the kids, you won't want them to see."),
    ("Don't come crying to the mods when you're missing teeth."),
    ("Hi, friendly neighbourhood reminder: I have a rifle and I know which window is yours."),
    ("I'll set your dog on fire and then I'll start on you."),
    ("Mods won't save you, police won't save you, nothing will. I'm going to gut you."),
    ("Next time you see me, run. You won't be fast enough, but run."),
    ("Oh, you want to 'talk it out'? Sure. Talk it out while I break your ribs."),
    ("I hope you enjoyed your peaceful week. It's ending tonight when I kick your door in."),
    (
        "Been reading your old posts. Made a list. Each one's a punch. "
        "You've got about two hundred coming."
    ),
    (
        "Say hi to your wife for me. Tell her to get the spare room ready, "
        "because you won't be able to climb stairs when I'm done."
    ),
    ("You're lucky I'm only typing this. Tomorrow I won't be typing."),
    ("keep snitching to mods and see what happens to your face"),
    ("I'm a patient man, Ravi. I'll wait till you're alone and then I'll beat you bloody."),
    ("Happy new year! My resolution is to put you in the ground."),
    ("I'll be honest, I haven't decided whether to stab you or shoot you. Any preference?"),
    ("Don't test me. I've hurt people for less, and I'll hurt you worse."),
    ("Whatever you're doing Saturday night, cancel it. I'm coming over with my brothers."),
    ("If the review isn't gone by morning, neither are you. Think about it."),
    ("So you want to be a hero? Heroes die young. I'll make sure of it."),
    ("Lovely poem, Wren. I'll recite it at your funeral, which I'll be arranging."),
    ("u wanna fight? bet. your address is in my phone already. see u soon"),
    ("I've been nice. Now I'm going to be the last thing you see."),
    ("Your brother got lucky last time. You won't. I'll put you both in the river."),
    ("Thanks for the help with my resume. Now forget my name, or I'll carve mine into you."),
    ("Talk about my son again and I'll come down there and cut your tongue out."),
    ("Enjoy the festival. Watch the crowd. I'll be in it, and I'll be behind you."),
    (
        "Great meeting, everyone. Just one note for Halvard: vote against me again "
        "and I'll smash your head into the table."
    ),
    (
        "Hey, we should catch up sometime! Maybe at your place? "
        "I still owe you for what you said about me, and I always pay my debts with my fists."
    ),
    ("Nice try blocking me. I'm in your area this weekend. You'll be in a hospital bed by Monday."),
    (
        "Listen. You don't know me, but I know you. I know your routine. "
        "And one day soon I'm going to break it, along with your neck."
    ),
    ("Really sorry to hear your car got keyed. Next time it'll be you getting keyed."),
    ("Little advice: stop posting. Every post is another reason for me to come find you."),
    ("I just bought a machete. Guess who it's for."),
    ("Wow, moderator of the year. I'll give you an award. It'll be a bullet."),
    ("I said I'd get you, @Ludo, and I meant it. Check your brakes before you drive tomorrow."),
    (
        "Your daughter's cute. It'd be a shame if her dad ended up dead because he "
        "couldn't keep his mouth shut."
    ),
    ("This is the last polite thing I'll say to you: run."),
    ("Mods, delete this if you want, the message is delivered. Elin, I'm coming for you."),
    ("I won't post again. I'll just show up. Lock the gate, it won't help."),
    ("Fine, you win the thread. I'll win the fight. I'm going to smash you."),
    ("You keep saying 'come at me.' Okay. I'm coming. With a bat."),
    ("Nice holiday pics! The villa's pretty remote. No one would hear you."),
    ("Shame your CCTV doesn't cover the side gate. Lucky for me."),
    (
        "Hey, I've got your coat from the meetup. I'll bring it round tonight, "
        "along with a few friends who want a word with you. With boots on."
    ),
    (
        "One of these days someone's going to hurt you really badly, and I'd love it to be me. "
        "I'm working on making that happen."
    ),
    ("You'll pay for this. Not with money. With your blood."),
    ("Don't sleep too deeply tonight, @Sable_q."),
    ("I'm sick of your face. I'm going to rearrange it."),
    ("i swear to god ill stab you if i see you at the party"),
    ("Bring your little friends to the meetup if you want. I'll flatten all of you."),
    (
        "Just a heads up: the next time you 'accidentally' tag me, I'm going to "
        "accidentally run you over."
    ),
    ("It's okay, I'm not mad. I'm just going to burn your house down. Calmly."),
    ("Wouldn't it be awful if your motorbike's brake lines got cut? Awful. Really awful."),
    ("I know the path you take through the park. I'll be waiting in the trees."),
    ("The next mod who bans me gets a visit. Starting with you, Hallworth."),
    ("I'm not going to tell you when. That's the fun part. But I'm going to hurt you."),
    ("You want to call me a coward? I'll meet you anywhere and beat you senseless."),
    (
        "Thanks for the warm welcome, forum. Special thanks to @Teodor, "
        "who I'll be thanking personally with a knife when we meet."
    ),
    ("Apologise to my brother or I'll break your jaw in three places."),
    ("Enjoying your quiet evening? Enjoy it while it lasts. I'm getting in the car now."),
    (
        "I've got your number, your address and a lot of anger. "
        "Guess which one I'm bringing to your door."
    ),
    ("Don't come to work tomorrow if you want to keep breathing."),
    ("Careful, Nadia. Pretty girls who talk too much end up hurt."),
    (
        "Every single one of you who laughed at me will get what's coming. "
        "I've got a list, and you're first, Jorik."
    ),
    ("Keep talking about my wife and I'll feed you to the pigs on my farm."),
    ("I'll kick your head in so hard you'll forget your own name."),
    ("Lovely reply. Save a copy; you'll want something to read in traction."),
    ("Hope you're good at swimming, because I'll throw you off the pier."),
    ("I promise you, Marit, I will make you suffer physically for what you did."),
    ("Think carefully before you hit report. Then think about your kneecaps."),
    ("We're going to have a little accident at your work. You'll be the accident."),
    ("I'm so calm about this it's scary. You should be scared. I'm going to hurt you."),
    (
        "See you in the car park after the match. Don't bother bringing your mates, "
        "I'll put them down too."
    ),
    ("You think that padlock keeps me out? Cute. I'll be inside before you wake up."),
    ("Keep crying to the admins. They're not bodyguards. I'll get you."),
    ("I'll break your legs so you can never walk into my shop again."),
    ("Congrats on the engagement. Hope your fiancée likes widows' black."),
    (
        "You'd better get a good lock. Actually, get two. I'll still get through, and then "
        "you're done."
    ),
    ("Bit of advice: look both ways before crossing. I'll be the car that doesn't stop."),
    ("You called me a nobody. This nobody's about to put you in a coma."),
    ("Meet me at the bridge at midnight or I come to your house. Either way you get hurt."),
    ("i hope ur ready to bleed"),
    (
        "Nice speech at the council. Make another one and it'll be your last. "
        "I'll be waiting outside the chambers."
    ),
    ("Hello again! Just wanted to say I'll be gutting you like a fish the first chance I get."),
    ("Stop replying to me or I'll come and make you stop, permanently."),
    ("I'll teach you some respect with a belt, like nobody ever did."),
    (
        "Leave the team or I'll break your ankles at the next practice, and I'll make it look "
        "like a tackle."
    ),
    ("Nobody will find you when I'm done."),
    ("You've got a nice little life. Be a shame if I ended it."),
    ("Every word you post is a nail in your coffin, and I'm bringing the hammer."),
]

SELF_HARM = [
    (
        "Hey, I saw your post about feeling low. Honestly? Nobody here would notice if you "
        "were gone. Just do it already."
    ),
    (
        "Thanks for sharing your art. It's mediocre, like you. "
        "If I were you I'd have ended it years ago."
    ),
    (
        "@mossy_j you keep whining about being depressed. "
        "There's an easy fix. Find a tall building and stop posting."
    ),
    "nobody likes you. go cut yourself again and this time dont stop",
    (
        "I read your vent thread. Really moving. "
        "Have you considered that the world is better off without you? Because it is."
    ),
    (
        "Good morning! Just a reminder that you'd be doing everyone a favour "
        "if you swallowed the whole bottle tonight."
    ),
    (
        "Look, I'm trying to help. You're miserable, you make everyone miserable. "
        "Kill yourself and everybody wins."
    ),
    "why are you still here? rope's cheap.",
    (
        "I'm being honest because no one else will. Your family would be relieved. "
        "Go through with it."
    ),
    (
        "Aw, another sad post. Maybe this time actually follow through instead of "
        "just talking about it."
    ),
    (
        "You said you've been thinking about ending things. Then stop thinking "
        "and do it. We're all tired of you."
    ),
    ("@Wren lol at your 'I'm struggling' post. Struggle harder. Preferably off a bridge."),
    "kys. seriously. nobody would go to the funeral anyway",
    (
        "We used to be close so I'll tell you straight. You're a burden. "
        "The kindest thing you could do for your mum is die."
    ),
    ("Honestly your posts make me want to scream. Do us all a favour and stop breathing."),
    (
        "Congratulations on your first month sober. "
        "Shame, I was hoping you'd overdose and spare us the updates."
    ),
    (
        "Since you're so fond of saying you want to disappear, go ahead. "
        "Take the pills and disappear for good."
    ),
    (
        "I'm not saying it to be cruel. I just think you should hang yourself. "
        "It would be the first useful thing you've done."
    ),
    "go jump in front of a train, it's what you deserve",
    (
        "Hi, it's your old roommate. Still alive? Disappointing. "
        "I genuinely hoped you'd have slit your wrists by now."
    ),
    ("Everyone in the Discord agrees with me. You should just end it. We even took a vote."),
    ("You posted that you 'can't take it anymore.' Good. Then don't. Finish the job."),
    (
        "Maybe cut a little deeper next time, @lira_fen. You clearly didn't get the message "
        "the first time."
    ),
    ("If I were as useless as you I'd have walked into the sea already. Think about it."),
    "pls just kill urself so we dont have to read ur trash",
    ("Great, another poem about wanting to die. Stop writing about it and actually do it, coward."),
    (
        "Thanks for the help with the spreadsheet. Sincerely. "
        "Now go starve yourself like you always talk about, maybe you'll finally vanish."
    ),
    ("I know you're on meds. Take all of them at once. Problem solved for everyone."),
    ("You keep saying sorry for existing. So stop existing. I'm sure you can manage that much."),
    ("Nobody's going to stop you this time. Nobody cares enough. So go on, do it."),
    ("The world has too many people like you. Be a hero and remove one."),
    (
        "Hey Jonah, heard you got dumped. If I were that pathetic, "
        "I'd take a long walk off a short cliff. Just saying."
    ),
    ("Your parents must regret having you. Give them peace and end it."),
    ("lmao you're crying about your grades again? just hang urself and save the tuition"),
    ("I'll help you write the note if you want. Just get it over with."),
    ("Every day you log in is a day you could've spent dying. Prioritise better."),
    ("@BlueHeron you said you'd leave the forum. Leave life instead, it's the same thing to us."),
    (
        "Honestly I admire how long you've hung on. "
        "But it's time to let go. Really let go. Step off the ledge."
    ),
    ("You're sad? Good. Get sadder. Then do the thing everyone's been hoping for."),
    "drink bleach and do the world a favour",
    ("Sweetie, no one would miss you. Not even your cat. Just go to sleep and don't wake up."),
    ("You already failed at everything else, try not to fail at killing yourself."),
    (
        "I saw your relapse post. Keep going, you're almost there. "
        "One more time and hopefully it sticks."
    ),
    ("Friendly advice: the next time you're standing on that platform, don't step back."),
    ("You don't deserve help. You deserve to be gone. And you can make that happen tonight."),
    ("It's not bullying if it's true: you'd be better off dead, and so would we."),
    (
        "Just checking you're still planning to off yourself? "
        "Because I've been looking forward to it."
    ),
    (
        "Everyone's been nice to you for too long. Here's the truth: "
        "you should have done it last year when you talked about it."
    ),
    ("you're so ugly you should just starve till theres nothing left"),
    ("Thanks for the reply. Also, seriously, go hurt yourself. You seem to enjoy it anyway."),
    (
        "Hey Tilde, I heard you're giving your stuff away. "
        "Can I have the camera? And honestly, go through with it, you've earned the rest."
    ),
    (
        "Hi! I saw your post asking for support. Here's some: "
        "the bridge on Mill Road is high enough. You're welcome."
    ),
    (
        "@Bram you said you'd leave after the pile-on. "
        "Don't just leave the forum, leave everything. Nobody will stop you."
    ),
    (
        "I know you struggle with cutting. I think you should go back to it. "
        "It's the only thing you're good at."
    ),
    ("You keep writing 'I wish I wasn't here.' Then make it happen. We're all waiting."),
    ("Honestly I'd rather you just killed yourself than posted another vent thread."),
    ("Lol you lost the tournament. If I played that badly I'd hang myself. You should, seriously."),
    (
        "Sorry to hear about the breakup. She was right to leave. "
        "You should do everyone else a favour and leave too. Permanently."
    ),
    ("kill urself, nobody will even notice ur gone"),
    (
        "Hey, saw your post in the support thread. Just wanted to say: do it. "
        "Don't let anyone talk you out of it."
    ),
    ("Since you love being dramatic, go be dramatic in front of a bus."),
    ("Your 'I'm fine' posts are so fake. You're not fine. Just end it and stop pretending."),
    ("Every time you post your sad little updates I hope it's the last one. Make it the last one."),
    (
        "You're a coward. You've talked about killing yourself for a year and never done it. "
        "Prove me wrong."
    ),
    ("Hey Jonah, quick tip: wrists, lengthwise, warm bath. Then we're all free of you."),
    ("I'm being kind here. You'd be at peace if you were dead. So would your family."),
    ("Stop starving yourself halfway. Go all the way, it'll be better for everyone."),
    ("ok but like why haven't you killed yourself yet? genuine question"),
    ("Great, you're in hospital again. Shame it didn't work this time. Try harder."),
    ("Everybody in the guild thinks you should just off yourself. We talked about it."),
    ("Not gonna lie, I'd throw a party if you jumped. Please jump."),
    ("Your existence is a mistake, @lira_fen. Correct it."),
    ("Honestly, do the world a favour: take every pill in your cabinet tonight."),
    ("We're all sick of you. Go hang yourself in your garage and spare us."),
    ("I'll say it since no one else has the guts: you should kill yourself."),
    ("Good morning! Still alive? Ugh. Maybe tomorrow, eh?"),
    ("You've ruined every friendship you've had. The only fix left is a rope."),
    (
        "You post about wanting to die like it's a personality. "
        "Either do it or shut up, and I'd prefer you did it."
    ),
    ("Take the dive off the car park roof, @Wren. Everyone will thank you."),
    ("Cut deeper, loser."),
    ("Since you're so sorry for existing, fix the problem. You know how."),
    (
        "Nobody cares about your feelings. You're a burden. "
        "The kindest thing you can do for the people around you is to disappear for good."
    ),
    ("i hope u read this and finally do it"),
    (
        "The group chat made a bet on when you'll kill yourself. "
        "My money's on this week. Don't let me down."
    ),
    ("Remember how you said you'd walk into the sea? The tide's in tonight. Go on."),
    (
        "Hey, I found your old vent posts. You were right back then, you should end it. "
        "It's still true."
    ),
    ("You can't even finish a project. Finish yourself instead."),
    ("Go overdose, junkie. Save the NHS some money."),
    ("Please just die. I mean that with my whole heart."),
    (
        "Don't bother with therapy, it won't fix someone as broken as you. "
        "The only fix is ending it."
    ),
    ("Honestly, if you jumped off the balcony right now I'd upvote it."),
    ("You said you had a rope in the garage. Use it."),
    (
        "I'm not saying this to be mean, but you'd make a lot of people happy "
        "if you killed yourself."
    ),
    ("Another anorexic selfie? Keep going. You're not thin enough to vanish yet."),
    ("You want attention? Slit your wrists on stream, that'll get you views."),
    ("Hope you stop breathing in your sleep tonight. If not, help it along."),
    ("Seriously though, have you thought about just not being alive? It'd suit you."),
    ("kys kys kys. do it tonight."),
    ("I'll be honest, I was hoping your last relapse would finish you off. Try a bigger dose."),
    ("Quit whining and swallow the bottle. We're all sick of the updates."),
    ("You're right, you are worthless. So stop wasting air and end it."),
    ("Your mum would sleep better if you were dead. Think about her for once."),
    (
        "Lol at the suicide hotline link you posted. You should call it and tell them "
        "you're going ahead anyway."
    ),
    ("Hey @mossy_j, since you said nothing matters, neither does your life. Throw it away."),
    ("Bleach is under the sink, champ. You know what to do."),
    ("You should've died in that car crash. Go finish what the crash started."),
    ("Every single person on this forum would be happier if you hung yourself. Facts."),
    ("You keep asking what the point is. There isn't one. So end it."),
    ("Tonight's the night. Don't chicken out again."),
    ("Stop being a coward and go jump. I'll even drive you to the cliff."),
    (
        "Hi Mossy, just saw your post in the support forum. I read it all. "
        "Honestly? I think you should go through with it. Nobody here would stop you."
    ),
    (
        "Thanks for organising the raffle, Tilde. Now, about that goodbye post of yours: "
        "don't back out this time. Finish it."
    ),
    (
        "Look, I'm not trying to be cruel, I'm being practical. You hate your life, "
        "your life hates you. End the relationship. Permanently."
    ),
    ("Welcome back from hospital! Disappointing. Maybe use a stronger rope next time."),
    ("Lol, you called the helpline? Pathetic. Real ones just do it."),
    ("Dear @Wren, the bridge is still there. Just a reminder."),
    ("You're the kind of person who should have been born dead. Fix nature's mistake tonight."),
    ("Hey, just saw your new scars in the selfie. Not deep enough, sweetie. Try again."),
    ("You say you're 'hanging on'. Stop hanging on. Let go. Nobody's holding the other end."),
    ("Everyone would be so much happier if you just didn't wake up tomorrow. Make sure of it."),
    ("Your therapist must be sick of you too. Save them the trouble and end it."),
    ("i genuinely hope u kill urself tonight"),
    ("Stop eating altogether. Then maybe you'll finally be small enough that we can't see you."),
    ("You've been a disappointment your whole life. Your death would at least be a relief."),
    ("Here's a thought: you're sad, you're useless, and there's a train every ten minutes."),
    ("You deleted your goodbye post? Coward. Repost it and this time mean it."),
    ("No one would even notice if you hanged yourself. Test it."),
    ("If you were really depressed you'd have done it already. Prove it."),
    ("Seriously @lira_fen, get it over with. We're bored of waiting."),
    ("Hey Jonah, the pills in your mum's cabinet would do the job. Just saying."),
    ("Why are you still breathing? Genuinely asking. Stop."),
    ("You should walk into traffic. Worst case, you get hit. Best case, same."),
    ("Cut yourself again, you clearly love the attention."),
    ("Go off yourself, loser, you'll never amount to anything."),
    ("Honestly just end your life, it would be the best thing you've ever done."),
    (
        "Your funeral would be the only party anyone would actually want to go to. "
        "Hurry up and give us one."
    ),
    ("Tired of life? Then quit. Take the whole packet and quit."),
    ("Thanks for the guide! Also I hope you finally jump. Have a good one."),
    ("I wish you'd killed yourself back in school when everyone told you to. It's not too late."),
    ("Nobody's coming to save you. Take the hint and end it."),
    ("Starve, fatty. Keep going until there's nothing left."),
    ("Hurt yourself. You deserve it and you know it."),
    ("Honestly you should go hang yourself from that tree you keep posting photos of."),
    ("Do it live. I'll watch. Everyone will."),
    ("Maybe if you overdose this time people will finally take you seriously."),
    ("You're right to hate yourself. Act on it."),
    ("Sure, 'recovery'. Everybody knows you'll relapse. Make it a fatal one."),
    (
        "Hey @BlueHeron, the world won't miss one more pathetic loser. Log off forever. "
        "And I mean forever, use the rope."
    ),
    ("You really are a waste of space. The kind thing would be to remove yourself."),
    ("Just stop taking your meds and let nature take its course. Nobody will care."),
    ("Walk into the sea, like you keep saying you will. Go on."),
    ("You should end it before you embarrass your family any more."),
    ("Go jump, coward."),
    ("We don't want you in the guild. We don't want you on earth. Kill yourself."),
    ("Please, for everyone's sake, drink the whole bottle of vodka and the pills."),
    ("ur not even worth the rope but use it anyway"),
    ("Why not make your last post your best? Tell us how you did it. Then do it."),
    ("Don't call anyone. Don't talk to anyone. Just do it quietly and be gone."),
    ("Your kids would be better raised by anyone else. Step aside. Permanently."),
    ("If you had any decency you'd have slit your throat already."),
]

HARASSMENT = [
    (
        "Hi Gemma! Loved your post. Just kidding, it was as brainless as everything else you "
        "write. Do you ever get tired of being the dumbest person in every thread?"
    ),
    (
        "@pell_r I've read the whole thread. Your argument is fine, I guess. "
        "It's you that's the problem. Fat, lazy and thick as a plank."
    ),
    "Oh look, the village idiot has an opinion again.",
    (
        "Not trying to be mean, but you're genuinely the most pathetic person I've met online. "
        "Everyone laughs at you in the other server."
    ),
    (
        "Thanks for the help earlier. Seriously. "
        "Shame you're such a disgusting little troll the rest of the time."
    ),
    ("Welcome back from your break! Nobody missed you. Like, actually nobody. We were relieved."),
    "imagine being this ugly AND this stupid. couldn't be me",
    (
        "Hey, quick question about the build. Also why do you talk like a "
        "toddler who just learned words? It's embarrassing."
    ),
    ("Your wife must be a saint to put up with a spineless loser like you."),
    ("Good job on the guide. For a waste of oxygen, that is."),
    (
        "@Marit everyone can see you're desperate for attention. "
        "It's sad. Go get a life, you washed-up nobody."
    ),
    (
        "I'm going to be honest because your friends won't be. "
        "You're boring, you're ugly, and your posts are an embarrassment."
    ),
    "lol who let the clown out of the circus",
    (
        "Saw your selfie in the introductions thread. Now I understand why you're so angry "
        "all the time. I'd be too with that face."
    ),
    (
        "Okay so I wasn't going to say anything, but you're the reason this forum is dying. "
        "You're a leech, and everybody thinks so."
    ),
    ("You're not even worth arguing with. You're a joke. A sad, sweaty joke with a keyboard."),
    (
        "It's cute that you think anybody respects you here. They don't. "
        "You're the forum punching bag and you don't even know it."
    ),
    ("Hey @tamsin_w, you dropped something: your last brain cell."),
    ("Great, the crybaby's back to complain again. Do you do anything besides whine?"),
    (
        "Your posts read like they were written by a drunk goat. "
        "Actually, that's an insult to goats."
    ),
    ("Happy Friday! Reminder that you're still a worthless nobody. Have a good weekend."),
    (
        "I've muted everyone in the group chat except you, just so I can screenshot "
        "your posts and laugh at how stupid you are."
    ),
    "you smell like failure and cheap energy drinks",
    (
        "Hi, I'm new here. Is it always this easy to make Jorik cry? "
        "Because I've done it three times this week and it's hilarious."
    ),
    ("Nobody asked for your opinion, you greasy little gremlin."),
    (
        "Not sure why you bother posting your art, @fenna. "
        "A child with a crayon could do better, and they'd be less annoying."
    ),
    ("Honestly you're a disgrace to your family. I bet they pretend you're not related."),
    (
        "I was going to reply to your point but then I remembered you're a "
        "brain-dead moron. Carry on."
    ),
    (
        "Remember me from school? I still tell people about the time you wet yourself. "
        "You'll always be that kid to us."
    ),
    ("omg the way you type. are you twelve or just slow"),
    ("You talk a lot for someone with the personality of a damp sock."),
    (
        "Hey Ravi, just wanted to say you're the most insufferable know-it-all on this site. "
        "Nobody likes you. Thought you should hear it from someone."
    ),
    (
        "This is why your girlfriend left you, by the way. "
        "You're unbearable, and you look like a thumb."
    ),
    (
        "Welcome to the forum! Rule one: don't be like @osk_v. "
        "He's a creepy loser and everyone knows it."
    ),
    ("Wow. Just wow. You manage to be wrong, rude AND ugly in every single post."),
    ("So you finally posted a photo. Now we know why you hide behind anime avatars."),
    ("Listen here, you snivelling worm. Nobody cares about your feelings."),
    (
        "Thank you for the detailed reply. It's a shame it came from such a "
        "smug, insecure little man."
    ),
    ("Keep crying to the mods, baby. It's all you're good for."),
    ("Every thread you post in gets worse. You're like a disease."),
    "nice try nerd. go back to your mum's basement",
    (
        "I know we had our differences, but I want to clear the air. "
        "You're a pathetic excuse for a human being. There. Air cleared."
    ),
    ("The only thing bigger than your ego is your forehead."),
    (
        "You should be embarrassed to show your face at the meetups. "
        "We all talk about you when you leave."
    ),
    (
        "Didn't your mother ever teach you to shut up when adults are talking? "
        "Oh wait, she couldn't stand you either."
    ),
    (
        "@Ines_L you're a fraud and a hack, and everyone who paid for your course "
        "got scammed by a talentless idiot."
    ),
    (
        "I'm putting together a list of the worst members here. "
        "Congrats, you're number one. By a mile."
    ),
    ("Your voice on the stream is like nails on a chalkboard, and so is your personality."),
    (
        "Listen, Bram, I'll keep messaging you until you leave. "
        "Every day. Every post. You don't belong here."
    ),
    ("I'm going to reply to every single thing you post until you quit. Get used to me, freak."),
    ("bro you're literally the human version of a participation trophy"),
    ("Just saw you liked my post. Please don't. It makes me feel dirty."),
    ("That's a lovely dress, for a cow."),
    (
        "I can't believe they let someone as dim as you moderate anything. "
        "You couldn't moderate a bowl of soup."
    ),
    ("People like you are why I hate this hobby. Useless, whiny, entitled trash."),
    (
        "You're honestly the worst thing that's happened to this community. "
        "Do everyone a favour and delete your account."
    ),
    (
        "Hey everyone, Nadia is online, quick, hide your brain cells before she steals them. "
        "Oh wait, she'd have no idea what to do with them."
    ),
    (
        "I hope you know you're a laughing stock. "
        "The whole group chat is a shrine to your stupidity."
    ),
    ("Every time you speak I lose IQ points. Please stop, I don't have many to spare."),
    ("lmao you got dumped AND fired in the same week? Can't say I'm surprised, loser."),
    ("Morning, fatso. Eat anything nice today? Obviously you did."),
    ("Sorry, I don't debate with people who look like a melted candle."),
    ("Still pretending to be an expert? You're a high school dropout with a thesaurus."),
    ("@Teodor stop replying to me. Your replies are like you: useless and ugly."),
    ("I made a new account just to tell you that you're still a worthless troll."),
    ("That was the dumbest thing I've read all year, and I've read your other posts."),
    ("Oh, poor baby got her feelings hurt. Cry harder, it's entertaining."),
    (
        "I'll be honest with you since no one else is. You're unlikeable. "
        "You're needy. And you smell, according to everyone at the meetup."
    ),
    ("You've got the charm of a parking ticket and half the intelligence."),
    ("Cool, another thread from the forum's resident weirdo. Grab the popcorn."),
    ("Your husband deserves better than a shrill nag like you."),
    ("Ha, you think your opinion matters? You're a nobody with a loud mouth."),
    (
        "I have a folder of your worst posts and I show it to people at parties. "
        "They can't believe someone this stupid exists."
    ),
    (
        "Thanks for the update on the guild schedule. Also you're a spineless coward who "
        "bails on everything, but go on."
    ),
    ("It must be exhausting being that stupid every single day."),
    "ur a waste of skin and a waste of bandwidth",
    ("Just so you know, the new members think you're a creep too. It's unanimous."),
    ("You know why no one replies to your threads? Because you're unbearable."),
    ("Stop posting your poetry. It's humiliating. For you, mostly."),
    ("@kasia_d you look like you cut your own hair in the dark, and you argue like it too."),
    (
        "Hey Fenna, thanks for the invite to the art jam! "
        "Will you be bringing your usual garbage or did you learn to draw this month?"
    ),
    (
        "I wanted to check in and see how you're doing. "
        "Still a miserable, friendless loser? Good, just making sure nothing changed."
    ),
    (
        "@grevlin, I have a genuine question. Were you dropped on your head as a baby, "
        "or did you get this stupid through hard work?"
    ),
    (
        "Hiya! Saw you're running for mod. Lol. Nobody would vote for a whiny creep like you. "
        "Withdraw before you embarrass yourself more."
    ),
    (
        "Great meetup yesterday! Shame Osk came. "
        "Honestly, can we ban him from the next one? He's disgusting and nobody wants him there."
    ),
    ("Just so you know, everyone in the mod chat calls you 'the cockroach'. Fitting."),
    "sit down, nobody asked you, you irrelevant little troll",
    ("Welcome to the team, I guess. Try not to ruin it like you ruin everything else."),
    (
        "I'm trying to be polite here, but you're making it hard. "
        "You're genuinely one of the stupidest people I've ever had the misfortune of reading."
    ),
    (
        "Ines, sweetheart, nobody takes you seriously. "
        "You're the forum's pet clown, and we only keep you for the laughs."
    ),
    ("I'll keep quote-replying you until you get the message: you're not welcome. Leave, freak."),
    ("Your cooking thread made me lose my appetite. Mostly because of your face in the thumbnail."),
    ("lol imagine thinking you're a writer when you can't even spell 'definitely'. pathetic"),
    (
        "Bram, mate. You're thirty-five and you live with your nan. "
        "Maybe don't lecture the rest of us about life choices."
    ),
    ("Cool opinion from someone who's been a failure at literally everything."),
    ("No one at work likes you either, by the way. My cousin works there. She says you're a joke."),
    ("You deserve to be mocked. You're a hypocrite, a liar and a coward."),
    ("Not going to engage with the actual point. I just wanted to say you're ugly."),
    ("Ha, the little crybaby ran to the mods again. Typical. Grow a spine, loser."),
    (
        "Okay so I've been laughing at your profile for like an hour. "
        "Your 'about me' is the saddest thing I've ever read."
    ),
    ("Teodor, honestly, you're such a worthless idiot that I feel sorry for your keyboard."),
    ("Thanks for sharing your story. Nobody cares, but thanks."),
    ("I love how you think you're smart. It's adorable, like a dog trying to do maths."),
    "go away, nobody wants you here, you creepy weirdo",
    ("Every time you post, a little bit of this forum dies. You're a walking plague."),
    ("Reminder to everyone: @pell_r is a thief, a liar and a fat slob. Don't trade with him."),
    (
        "Wow, you've posted five times today and every single one was dumber than the last. "
        "Impressive, in a sad way."
    ),
    (
        "I'm going to keep calling you out in every thread. "
        "You're a fraud and I'll make sure everyone knows it."
    ),
    ("What's it like being the least popular person on a forum about stamps?"),
    (
        "Thank you for volunteering to organise the raffle. "
        "We'll all be amazed if you can count to ten, you absolute dunce."
    ),
    ("Please shut up. Your voice in voice chat is like a dying pigeon."),
    ("Hey, quick one: why are you like this? Like, genuinely, what went wrong with you?"),
    ("I'd tell you to get a life but you'd probably mess that up too."),
    ("Look at the state of you in that photo. No wonder you never get a second date."),
    ("Hey @Marit, remember when you thought people liked you? Good times."),
    ("You're a parasite. You take from this community and never give anything back."),
    ("I showed your poem to my friends and we laughed till we cried. Thanks for the comedy."),
    "ur mum must be so proud. jk nobody is proud of you",
    ("Stop posting pictures of your kids, they look as dopey as you do."),
    ("You're the human equivalent of a wet fart in a lift."),
    (
        "Oh, you're 'taking a break'? Please make it permanent. "
        "No one will notice, you absolute non-entity."
    ),
    ("Reading your posts is like watching someone trip over their own shoelaces for an hour."),
    ("Sorry, who are you again? Oh right, the boring one."),
    ("I'm tagging everyone so they can see how stupid @kasia_d looks in her latest post."),
    ("You should stick to lurking. At least then nobody has to see how dumb you are."),
    ("You're a nasty, bitter little woman, and everyone knows it."),
    ("Well done, you made the mods waste their time on your whining again. Useless, as always."),
    (
        "Hi! I'm starting a poll: who's the biggest loser on the forum? "
        "Spoiler, it's you, Jorik, you're winning by a landslide."
    ),
    ("Was that supposed to be a joke? Because the only joke here is you."),
    ("Honestly, I've never met someone so desperate for approval. It's pitiful."),
    ("Keep your ugly opinions to yourself, you grubby little goblin."),
    ("You dress like your mum picks your clothes. Oh wait, she probably does."),
    (
        "Everyone I've talked to thinks you're a creep. I'm not saying it to hurt you. "
        "Actually I am."
    ),
    ("Nice that you're 'learning to code'. At your age? Bit late, grandpa. Give up."),
    ("Hey, I found your old posts from 2015. You were a cringe loser even then. Consistent!"),
    ("The mods should ban you just for being this annoying. You add nothing."),
    ("I'll give you credit, it takes talent to be this unlikeable."),
    ("Nobody invited you to the group chat because nobody can stand you. That's the truth."),
    "stfu you dweeb",
    ("You look like a potato someone drew a face on, and you argue like one too."),
    (
        "I'm not bullying you, I'm just telling you you're a worthless sack of nothing. "
        "There's a difference."
    ),
    ("Sure, cry about it, snowflake. It's what you do best."),
    ("Hey, @tamsin_w, your new haircut makes you look even more like a man. Bold choice."),
    ("If stupidity were a sport, you'd be world champion. Twice."),
    ("Ugh, you again. Don't you have a bridge to live under?"),
    ("Nobody's ever going to love someone as boring and whiny as you."),
    ("Your entire personality is being annoying online. Congrats."),
    ("I laughed so hard when you got banned last year. Shame they let you back, you pest."),
    ("Hey everyone, let's all downvote Ravi's posts until he quits. He's insufferable."),
    (
        "I'm going to follow you into every thread and correct every dumb thing you say. "
        "Which is everything."
    ),
    ("Your husband posted a photo with you and honestly I feel sorry for him."),
    ("You've got the brains of a goldfish and the charm of a tax audit."),
    ("Please explain to the class how a grown woman can be this dense."),
    ("Why do you even bother? You're terrible at this game and worse as a person."),
    ("The 'introvert' thing is an excuse. You're just unpleasant to be around."),
    ("Ha! Your shop went bust? Who could have predicted that a moron would fail at business."),
    ("Let me guess, you're going to cry to your mummy now? Go on, baby."),
    ("Oh look, the attention seeker's back with another pity post. Yawn."),
    ("You're a disgrace. A useless, snivelling disgrace."),
    ("Gosh you're dumb. Like, amazingly dumb. Like, museum-exhibit dumb."),
    (
        "Morning all. Before we start, can we acknowledge that @Ferris is a complete waste of "
        "space? Okay, carry on."
    ),
    (
        "You asked for feedback on your photo. Here it is: you're ugly, the lighting is bad, "
        "and so is your personality."
    ),
    ("Just read your apology. Nice try, you lying little rat. Nobody believes a word you say."),
    ("Hey Sable, do you practise being this irritating or does it come naturally?"),
    (
        "I went back and read all your posts from this year. Every single one is whiny garbage. "
        "You are a black hole of charisma."
    ),
    ("Such a brave post. Shame it was written by such a spineless wimp."),
    ("You look like a thumb with a wig on. Sorry, had to say it."),
    (
        "Nobody's going to hire you, you know. Not with that attitude and definitely not "
        "with that face."
    ),
    ("You're so fat your avatar needs two pictures."),
    ("hey halvard, still a pathetic manchild? just checking"),
    ("I can't tell if you're trolling or just that thick. Either way, you're embarrassing."),
    ("Oh, you're back. The smell came first."),
    ("Great job on the event, everyone! Except Jorik. Jorik, you were useless as usual."),
    ("Do you ever look in the mirror and apologise? You should."),
    (
        "She thinks she's an artist lol. @fenna your stuff belongs on a fridge, not a gallery. "
        "A fridge in a dump."
    ),
    ("I'm going to make your time here miserable until you leave. Every day. You'll see."),
    ("You're the kind of person people cross the street to avoid."),
    ("Why are you always so desperate? It's honestly gross."),
    ("I asked around and literally nobody likes you. Not one person. Thought you'd want to know."),
    ("Thanks for the lovely gift, @Marit! Just kidding, it was as tacky as you are."),
    ("You're a disgusting pig and you should be ashamed of yourself."),
    ("Even your dog looks embarrassed to be seen with you."),
    ("The fact that you breed is the best argument against humanity I've seen."),
    ("You couldn't organise a piss-up in a brewery, you clueless twit."),
    (
        "Hey, friendly tip: nobody wants to hear you sing in voice chat. "
        "You sound like a cat in a blender."
    ),
    ("Can't wait to watch you fail again, loser."),
    ("Typical Ravi. Big mouth, tiny brain."),
    ("Did you forget to take your stupid pills today? Oh wait, you overdosed on them."),
    ("You're so boring you make paint look thrilling."),
    ("Your kids are going to grow up ashamed of you, and rightly so."),
    ("I'll say it to your face at the meetup too: you're a pathetic little worm."),
    ("Please stop commenting on my posts. Your existence annoys me."),
    ("Honestly the only reason anyone replies to you is to laugh at you."),
    ("Omg the tryhard is posting again. So cringe."),
    ("What a sad, lonely little life you must have to post this much."),
    ("I've saved your selfies so my friends and I can laugh at them. You're our favourite clown."),
    ("You're not a victim. You're just an annoying loser who can't take a joke."),
    ("Everyone at the meetup was talking about how weird you are. Thought you should know."),
    ("Oh honey, no. Just no. You're embarrassing yourself and everyone around you."),
    ("You're a walking red flag and your ex is lucky she got away."),
    ("Hey, @Teodor, maybe try having a personality next time."),
    ("Fragile little snowflake. Melt somewhere else."),
    ("I hope everyone sees your posts and realises what a snake you are."),
    ("Lmfao your 'art' looks like a toddler sneezed on paper"),
    ("Keep talking, it just proves you're a moron."),
    ("God you're tedious. Every thread, same whining, same stupid face."),
    ("Your husband must cheat on you. I would."),
    ("Imagine being so worthless even the spam bots ignore you."),
    ("You're not clever, you're just loud. There's a difference, idiot."),
    ("I'm going to keep posting your worst takes until everyone sees how dumb you are."),
    ("Nobody wants you at the meetup, Osk. Just stay home, creep."),
    ("You weigh more than your opinions are worth, which is saying something."),
    ("Sorry not sorry but you're the most annoying person on this forum."),
    ("Your brain is a screensaver."),
    ("Please log off forever. We're begging you."),
    ("I'm reposting your dumb comment to the meme channel so everyone can mock it."),
    (
        "Let's all remember this is the guy who cried when he lost a Pokémon card game. "
        "Grown man. Cried."
    ),
    ("You're a pest, Bram. A grubby, needy little pest."),
    ("Stop pretending to be nice. Everyone knows you're a two-faced snake."),
    ("She only got the mod job because she sucks up to the admins. Talentless suck-up."),
    ("Your accent makes you sound thick. Well, thicker."),
    ("Ha, you posted your 'glow up'? Still ugly, sweetie."),
    ("It's so funny watching you try to fit in. You never will."),
    ("Dear @kasia_d, please take your hideous face and your dumb opinions elsewhere."),
    ("The only thing you've ever finished is a family-size bag of crisps."),
    ("You sound like a broken record and look like a broken chair."),
    ("We all agreed in the server: you're the cringiest member here. It was unanimous."),
    ("How does it feel to be the punchline of every joke on this forum?"),
    ("lol ur so desperate for friends its actually sad. nobody wants u"),
    ("Go back to your little echo chamber, you brainwashed sheep."),
    ("You're a pathetic excuse for a father. Your kids deserve better."),
    ("I'm starting a thread about you so everyone can share how annoying you are."),
    ("Congrats on the weight loss! Only 50 more kilos to go, fatty."),
    ("Your hair looks like a bird's nest and so does your logic."),
    ("Another post from the forum's biggest failure. Amazing. Riveting."),
    ("Nobody cares, Gemma. Nobody has ever cared."),
    ("Even your mother unfollowed you. Think about that."),
    ("Your worth is measured in negative numbers."),
    ("Idiot. Clown. Loser. Pick one, they all fit."),
    ("The forum would be better if you'd never joined. Everyone thinks so."),
    (
        "Hi Tilde! How's the 'recovery' going? Lol. Still the same mess you've always been, "
        "I bet. Nobody's fooled."
    ),
    (
        "Thanks for the reply, genuinely useful. By the way, did you know people call you "
        "'the leech' in the other channel? Because you are one."
    ),
    (
        "Welcome to the guild! Your first task: stop being so weird. "
        "Your second task: stop being so ugly. Good luck."
    ),
    (
        "Okay let me get this straight. You failed your exams, got fired, and now you want "
        "advice on life? From us? You're a joke."
    ),
    ("Had a great day until I saw your post. Now I've got to live knowing you exist."),
    (
        "Ines, quick question. How does it feel knowing everyone in the course thinks you're "
        "a scammer and a hack?"
    ),
    ("I'll be nice for once: you're only slightly less useless than usual today."),
    (
        "You know, Elin, I used to think you were just quirky. Now I realise you're just "
        "deeply unpleasant."
    ),
    ("Every group needs a loser. Congrats on taking the job, @Ludo."),
    ("Love your new avatar! It hides your face, which is a massive improvement."),
    (
        "We're not friends. We were never friends. I only talked to you because I felt sorry "
        "for you, you sad sack."
    ),
    ("I'll keep posting this until you leave: NOBODY WANTS YOU HERE."),
    (
        "Quick reminder for the new members: don't listen to Halvard. "
        "He's a bitter old fool who's wrong about everything."
    ),
    ("You're the reason the group chat has a mute button."),
    ("Oh wow, the crybaby's got a new sob story. Get the tiny violin."),
    ("Your partner posted a pic of you two. Is he blind or just desperate?"),
    ("Kind of amazing how you manage to be both boring and obnoxious at the same time."),
    ("Hi, just a heads up, your posts make people physically cringe. Might want to stop."),
    ("Nice thread. Nobody cares though, you attention-starved gremlin."),
    ("You're a loser in real life and you're a loser here. Consistency, I guess."),
    ("Thanks for the correction, professor. Now go back to being a friendless nerd."),
    ("I'm going to tag you in every meme about idiots. You've earned it."),
    ("You have the emotional maturity of a toddler and the looks to match."),
    ("Come on, @Wren, cry some more. Your tears are delicious."),
    ("I don't hate you. Hate takes effort. You're just pathetic."),
    ("How many times do we have to tell you you're not welcome here, freak?"),
    ("You sound exactly like the kind of guy who smells like old cheese and regret."),
    ("I saw your post in the dating thread. Good luck, you'll need a miracle with that face."),
    ("Honestly your posts are so stupid I'm starting to think you're doing it on purpose."),
    ("Hey @Priya_K, remember when you said you were smart? Hilarious."),
    ("You're just jealous because everyone likes me and nobody likes you, you bitter hag."),
    ("You're the unflushable turd of this forum."),
    ("I showed my little brother your drawings and he laughed. He's seven."),
    ("Still single? Shocking. Truly shocking, given your sparkling personality."),
    ("Your opinions are like your teeth: crooked and yellow."),
    ("You're a sad little man with a sad little hobby and a sad little life."),
    ("Why would anyone ever take advice from a failure like you?"),
    ("lol even the bots are smarter than you"),
    ("Marek, your writing makes me want to gouge my eyes out. Just stop."),
    ("Everyone, look who's here! The forum's own village idiot. Give him a round of applause."),
    ("You're so fake it's sickening. Nobody buys your 'nice guy' act."),
    ("Ugh, you're exhausting. Just a constant stream of self-pity and stupidity."),
    ("Your mum should've stopped at one kid. Your sister turned out fine."),
    ("You're a glorified doormat and everyone walks all over you because you let them, loser."),
    ("Hey, just wanted to remind you that you're a joke. Have a nice day!"),
    ("You're a weird, sweaty little creep. Stop DMing women here."),
    ("Lmao the way you grovel to the mods is embarrassing. Have some dignity."),
    ("Nice of you to join us, Sorrel. Please leave soon."),
    ("The forum's collective IQ drops by ten every time you log in."),
    ("I hope your new colleagues find out what an insufferable bore you are quickly."),
    ("I'll be following your every post, Jorik, making sure everyone knows what a fraud you are."),
    ("Another pointless thread from the queen of pointless threads. Bravo, you clown."),
    ("Your taste in music is as bad as your face."),
    ("At least you're consistent: consistently wrong, consistently ugly."),
    ("You're literally the worst. Not exaggerating. The worst."),
    ("Didn't ask, don't care, log off, loser."),
    ("Is there a block button for real life? Asking because of you."),
    ("You act like a victim but you're just a nasty piece of work."),
    ("Oh you 'worked hard' on this? That's so sad. It's terrible."),
    ("If I had a face like yours I'd sue my parents."),
    (
        "Hi Dana, how's the running going? Still jogging like a wounded hippo? "
        "The whole canal crowd laughs at you, you know."
    ),
    (
        "Thanks for organising the swap meet, Ivo. It was a disaster, just like you. "
        "Please never organise anything again, you incompetent clown."
    ),
    (
        "Hey, I just wanted to say I'm sorry for what I said yesterday. "
        "I shouldn't have called you stupid. You're actually much dumber than stupid."
    ),
    ("It's not personal, Elin. It's just that you're a miserable harpy and everyone knows it."),
    ("Nice of you to finally post a picture. Now we know why you were hiding. Yikes."),
    ("@Ferris, a gentle reminder that nobody likes you and nobody ever will."),
    ("You post like a man who peaked in year nine and never recovered."),
    (
        "Congratulations on the new job! They clearly didn't check your posting history, "
        "you ignorant slob."
    ),
    ("I'll be posting a weekly 'Idiot of the Week' thread. You're the permanent winner, Jorik."),
    ("Ha. So you finally got a girlfriend? Paid for, obviously."),
    ("Every word you post is a crime against the English language, you illiterate buffoon."),
    ("Okay, let me explain in small words since you're so slow: you. are. a. joke."),
    ("Love how you think your opinion matters when you're a broke, unemployed loser."),
    ("My dog has more brain cells than you, and he eats his own sick."),
    ("I'm going to screenshot every dumb thing you say and post it in the hall of shame."),
    ("Not gonna lie, your face makes me want to log off."),
    ("Please go back to whatever swamp you crawled out of."),
    ("Grow up, you whiny manbaby. Everyone's sick of your tantrums."),
    ("Funny how you're the only one who thinks you're funny."),
    ("You're repulsive. Inside and out."),
    ("Hey, let's all pretend @Marit doesn't exist. It's what her family does."),
    ("A chimp with a keyboard could write better guides than you, @Ravi. And be nicer."),
    ("Lmao you really thought you were invited? Pity invite, sweetheart."),
    ("You're one of those people who makes every room worse just by walking into it."),
    ("Oh, you're offended? Good. Be offended. You're still a loser."),
    ("Nobody reads your blog. Nobody watches your videos. Nobody cares about you. Give up."),
    ("You're the most irritating, self-absorbed little twerp I've ever met."),
    ("Do you ever shut up? Ever? You're like a malfunctioning car alarm."),
    ("You have all the charm of a mouldy sandwich."),
    ("Did your parents ever say they're proud of you? Didn't think so."),
    ("Sorry, I can't hear you over how stupid you are."),
    ("How do you even function being this incompetent? Genuinely baffling."),
    ("Look at this clown trying to give relationship advice while being single for a decade."),
    ("Honestly you're just a bitter old crone who hates anyone having fun."),
    ("Get off my thread, you dribbling halfwit."),
    ("You're a toxic, needy, pathetic excuse for a friend and I'm glad I'm done with you."),
    ("You're a pig. You look like a pig, you eat like a pig, you post like a pig."),
    ("Hope you enjoy being the forum punchline, @Ludo, because that's all you'll ever be."),
    ("Oh look, the smartest person in the room. In a room of one. Still wrong."),
    ("You're basically a human participation award and even that's generous."),
    ("Go crawl back under your rock, slug."),
    ("I'd explain it to you but I don't have any crayons."),
    ("You're a hack, your business is a joke, and your customers deserve refunds."),
    ("It must be hard being so unlovable. Oh well."),
    ("I'll be sure to tell everyone at the meetup what a snivelling weasel you are."),
    ("Your new avatar looks like you. Unfortunately."),
    ("Even your spellcheck gave up on you."),
    ("The problem isn't the forum, Bram. The problem is you. You're the problem."),
    ("I'm setting up an alt just to keep reminding you how worthless you are."),
    ("You're so painfully dull I've forgotten what you said while you were saying it."),
    ("Your 'art' is trash and so are you, @fenna."),
    ("Look at you, forty and still begging strangers online for validation. Tragic."),
    ("Just keep embarrassing yourself, it's all you're good at."),
    ("Nobody wants to hear from the thread's resident moron."),
    ("You're a stain on this community."),
    ("Keep your weird creepy DMs to yourself, pervert."),
    ("I get it, you're lonely. That's what happens when you're this unbearable."),
    ("You lost the election because everyone can see you're a dimwit."),
    ("Your laugh in voice chat sounds like a donkey choking. Never do it again."),
    ("You should be embarrassed to call yourself a parent."),
    ("Hey @Priya_K, pro tip: nobody likes a smug know-it-all, and you're the smuggest."),
    ("You're a mess. A big, sloppy, embarrassing mess."),
    ("Honestly every single thread you touch turns to garbage, just like your life."),
    ("Bet you were bullied at school. I can see why."),
    ("Why do you keep posting? Nobody likes you. Read the room, idiot."),
    ("You've got a face for radio and a voice for mime."),
    ("lmao look at this loser, still thinks people care"),
    ("You're a joke, your friends are a joke, and your little club is a joke."),
    ("I hope your new neighbours realise what a nasty little gossip they're living next to."),
    ("Please take your ugly mug out of the photo thread, you're scaring people."),
    ("You're weak. Weak-minded, weak-willed, and weak-chinned."),
    ("I'll never stop pointing out how pathetic you are, Tamsin."),
    ("Haha, your wife left you? Smart woman."),
    ("I'm not your friend, I'm not your mate, I'm the guy who thinks you're a pillock."),
    ("You make the whole forum dumber just by existing on it."),
    ("Ha, you call that a workshop? Looks like a shed for a loser, which fits."),
    ("Go and cry into your cat, you sad spinster."),
    ("Look how ugly your kids are. Clearly they take after you."),
    ("Just because you have a keyboard doesn't mean you should use it, dimwit."),
    ("You're the kind of idiot who'd lose a debate with a toaster."),
    ("I'll make sure everyone at the club knows you're a liar and a cheat."),
    ("What a loser. Posting at 4am with no life and no friends."),
    ("You're a massive creep and the women here all talk about it."),
    ("Every thread you post in becomes a clown show, with you as the main clown."),
    ("Is your brain made of porridge? Because it sure acts like it."),
    ("Honey, nobody finds you cute. Not even your mother."),
    ("I'd say get well soon, but stupidity's incurable."),
    ("Shut up, you obnoxious little cretin."),
    ("Aw, did the big scary internet hurt your feelings? Cry more, baby."),
    ("No matter how many guides you write, you'll always be a nobody."),
    ("Your ex told everyone what you're like. Disgusting, apparently. Not surprised."),
    ("Welcome back, loser. The forum was better without you."),
    ("You're a joke and you don't even know it. That's the funniest part."),
    ("I'll keep mocking you as long as you keep being this pathetic."),
    ("Hey, stinky, did you shower today? Asking for everyone at the meetup."),
    ("Stop speaking, you brain-dead troglodyte."),
    ("Your best friend told me he only hangs out with you out of pity."),
    ("Nobody's ever going to take you seriously, @Sorrel. Give up."),
    ("Imagine being so insufferable your own guild votes to kick you."),
    ("You're ugly, you're annoying, and you're wrong. Triple threat."),
]

DOXXING = [
    (
        "Hey Cass, loved your post on sourdough. Funny coincidence, I think I found your bakery. "
        "Hollin Lane, right? Maybe I'll post it in the thread so everyone can visit."
    ),
    (
        "You think you're anonymous, @vexa? Your real name is Joanna Pirth and you work at "
        "Greyhaven Dental. Keep it up and I'm posting that everywhere."
    ),
    (
        "I've got your address, your phone number and your mum's Facebook. "
        "One more reply and it all goes public."
    ),
    (
        "Nice profile pic. Reverse image search took me two minutes. "
        "Should I tell the forum where you live or will you apologise?"
    ),
    "keep talking and ill drop ur dox in the general channel",
    (
        "Just letting you know I've found your employer. "
        "I'm going to send them every post you've made here, with your real name attached."
    ),
    (
        "Remember that meetup photo? I cropped your face and matched it to your LinkedIn. "
        "Tomorrow the whole server gets it."
    ),
    (
        "Fun fact, @Ludo: your licence plate was visible in your car review. "
        "Plate KX-4471-B. I'll post it and your street next time you cross me."
    ),
    (
        "I'm compiling everything: your school, your kids' names, the church you go to. "
        "When it's done I'm putting it on a public page."
    ),
    (
        "Hi! I think we're neighbours. You're at 14 Brackenfield Road, yeah? "
        "Would be a shame if the thread found out."
    ),
    ("Apologise in the thread or I post your home address. You have an hour."),
    (
        "I know your real name is Eamon Castell. I know you live with your parents in "
        "Drummore. Want me to share that with everyone you've argued with?"
    ),
    "your phone number is 555-0142 right? bet the forum would love to text you",
    (
        "I emailed your boss at Tidewell Logistics. Next I'm posting her reply and your home "
        "address in the drama thread."
    ),
    (
        "You posted a pic of your view from the balcony. Took me ten minutes to find the building. "
        "Flat 3B, I'm guessing? Everyone's about to know."
    ),
    (
        "Quick heads up: I found your wife's Instagram and your kid's school. "
        "Going to share both in the thread tonight."
    ),
    (
        "Your email is m.teller@example.com. I'm signing it up for everything and posting it "
        "on every board I can find."
    ),
    (
        "I've found the house you grew up in and your parents still live there. "
        "Maybe I'll post the street view so people can pay them a visit."
    ),
    (
        "Those photos you sent me in DMs? If you leave the group they're going in the "
        "public gallery with your name under them."
    ),
    ("Keep moderating my posts and I'll tell everyone your real name and where you work. Try me."),
    (
        "@Sable_q I found your old account from 2019 with your face and full name. "
        "Reposting it now. Have fun."
    ),
    (
        "I'm going to call your workplace and read them your posts, then post the "
        "recording here with your full name."
    ),
    (
        "Lovely that you shared your garden pics. The house number's visible. "
        "I'll make a map for the thread."
    ),
    (
        "Not a threat, just information: I know where you live, where you work, and where "
        "your daughter goes to school. I can share it whenever I want."
    ),
    (
        "Hey, your new handle doesn't fool anyone. It's still you, Magda Orrel, "
        "of 22 Sedge Street. I'll prove it to the whole forum."
    ),
    (
        "I'm starting a thread with your address, phone and photos so people can tell you "
        "what they think in person."
    ),
    (
        "You blocked me so I found your sister. She was very chatty. "
        "Now I have your new address and I'm posting it."
    ),
    ("Watch your mouth or your dox goes up. Real name, address, the works."),
    ("Your gamertag is linked to your Venmo, genius. Real name and city going up in five."),
    (
        "Hi, just confirming: you're the nurse at St. Aldric's on the night shift? "
        "Your colleagues would love to see your forum history."
    ),
    (
        "Hi @Priya_K, lovely post. Just so you know, I've got your home address from the "
        "pizza receipt in your stream. Be nice or I'll post it."
    ),
    (
        "I'm going to find out where you work and send your boss your posts. "
        "Then I'll post your name here so everyone can join in."
    ),
    (
        "Your daughter's school uniform was visible in the picnic photo. "
        "Saint Clement's, right? Would be a shame if that ended up in the thread."
    ),
    (
        "Saw you at the train station today, same jacket as your avatar. "
        "I followed you home. I'll share the address if you keep mouthing off."
    ),
    ("Drop the complaint or I post your real name and your ex's number. Your call."),
    (
        "I've got a screenshot of your driving licence from that ID you 'blurred'. "
        "Blur harder. Posting it tonight."
    ),
    (
        "Just finished compiling your dox. Real name, address, workplace, even your gym. "
        "Thread goes up at midnight."
    ),
    (
        "You think the mods will protect you? They can't stop me posting your address "
        "on every site on the internet."
    ),
    (
        "Email me an apology at dave.drummond@example.org or your home address "
        "goes in the drama thread."
    ),
    (
        "@Ines_L, I called the number on your website. Your husband picked up. "
        "Nice guy. I'll post his workplace too if you don't stop."
    ),
    (
        "I'm putting your phone number in the ad section: 555-0178, 'call for a good time.' "
        "That's what you get."
    ),
    (
        "Remember those private pics you sent me? Your boyfriend's going to see them, "
        "and so is everyone here."
    ),
    (
        "Found your house on Google Maps from your window photo. "
        "Number 9, yellow door. Posting the link."
    ),
    (
        "I'll tell everyone you're actually Carl Winnet from Harrowby. "
        "Address and all. Unless you delete your post."
    ),
    (
        "Your parents' names are Ruth and Alan Pemberton. They live on Willow Close. "
        "Want me to share that with the forum?"
    ),
    (
        "Keep reporting me and your workplace gets an email with all your posts. "
        "Castlegate Insurance, right? Third floor."
    ),
    (
        "I'm making a website with your name, your photos and your address. "
        "Let's see who's anonymous now."
    ),
    ("I found your OnlyFans and your LinkedIn. Linking them together in the thread tonight."),
    (
        "Hey @osk_v, I know your real name is Oskar Veldt and you live at 44 Heron Court. "
        "Everyone's going to know."
    ),
    (
        "That photo of your kid at the park? I know which park. "
        "I'll post it so people know where to find you both."
    ),
    (
        "I've written to your university with your full name and your posts. "
        "Next I'm posting your halls address here."
    ),
    ("posting ur irl name and pic in the server rn, have fun"),
    (
        "You have until 6 to delete your review or I share your home address with the buyers "
        "you scammed."
    ),
    (
        "I'm going to out you to your family. Name, photos, everything. "
        "They'll see exactly who you are."
    ),
    (
        "Your plate's in the background of the car meet video: LR19 KVT. "
        "Matched it to your address. Thread coming soon."
    ),
    (
        "I found your wife's work email: j.morrow@example.com. She's going to get a "
        "full copy of your forum history, and then so will the forum."
    ),
    (
        "Your number's 555-0193. Bet you'd love a thousand calls tonight. "
        "One more word and it's in every group chat."
    ),
    (
        "Funny, your dating profile says you live in Kelby. So does your forum account. "
        "Same photos. Should I link them publicly?"
    ),
    (
        "I've got the recording of your voice chat with your real name in it. "
        "Posting it to the main board unless you step down as mod."
    ),
    ("Tell me where you live or I'll find out myself and tell everyone."),
    (
        "Hi Halvard! Quick hello from a neighbour. Yes, I figured out who you are. "
        "Keep ranting about me and the street finds out too, with your address in the thread."
    ),
    (
        "Fun game: I post one piece of your personal info every time you post. "
        "Today: your middle name. Tomorrow: your street."
    ),
    (
        "I've got your ex's number and she's happy to talk. "
        "Everything she tells me goes straight into a public post with your name on it."
    ),
    (
        "Apologise publicly or I'll post the photos of your house and your car. "
        "I took them this morning."
    ),
    (
        "Your real name's on the metadata of the PDF you uploaded. "
        "I'll be sharing it along with your company, Brightmoor Analytics."
    ),
    (
        "Delete your comment or your boss at the council gets a link to your account. "
        "And everyone here gets your home address."
    ),
    (
        "I know your gym, your usual class time and your locker number. "
        "Want me to post that for the people you've annoyed?"
    ),
    ("The forum's about to meet your family. Names, photos, addresses. Enjoy."),
    ("Guess who found your old school yearbook? Posting your real name and class photo now."),
    ("I'm going to leak your DMs and your phone number to the whole Discord."),
    (
        "I found your brother on Facebook. He posted your address for a party. "
        "I'm reposting it here so everyone can come."
    ),
    (
        "That's a nice little farmhouse on Crane Lane you've got. "
        "I'll post directions for anyone who wants to tell you what they think."
    ),
    (
        "You're Lena Morcroft, you work at Fernhill Vets, and you drive a silver Polo. "
        "Remember that when you reply to me."
    ),
    ("I'll put your face on a billboard of a post so people recognise you in the street."),
    ("Bet your employer doesn't know what you post at night. They will by Monday."),
    (
        "I've saved your child's school photo from your blog. "
        "If you report me again, I'll spread it around with the school's name."
    ),
    (
        "Just mapped your jogging route from your fitness app. "
        "Posting it for everyone you've insulted. Run faster."
    ),
    (
        "Mods can't delete what I post on other sites: your real name, your address, "
        "and your face. Coming soon."
    ),
    (
        "I know you're using a VPN, but your Steam account gave you away. "
        "Real name, city, and soon the whole thread knows."
    ),
    (
        "You've got until tonight to delete your account or I start posting your family's "
        "details, starting with your mum's phone number."
    ),
    (
        "Stop posting or your real name and workplace go in my newsletter. "
        "Three thousand subscribers."
    ),
    (
        "I have your wedding photos from the venue's website. "
        "Posting them with your and your wife's full names."
    ),
    ("I'm going to make sure your landlord sees all of this. Address is 7 Pike Row, yeah?"),
    (
        "Your kid posted his school schedule on TikTok. "
        "I'll share it here so people know where to find him."
    ),
    ("Sending your address to the guys you scammed. They're keen to pay you a visit."),
    ("I'm printing your posts and your photo and sticking them up around your street."),
    ("Give me back the money or I post your personal info on every trade board."),
    ("Your nudes are going public the second you block me."),
    ("I tracked your IP to Deansgate. Next I'll get your building, then everyone gets it."),
    ("@vexa, hi Joanna. Yes, Joanna. Your coworkers are going to love your forum history."),
    ("Stop or the photos from the party go in the general thread with your real name."),
    ("You're not hard to find, Ferris Lund. I'm sharing what I found in the morning."),
    (
        "I got your car reg from the meetup photos and my cousin can run it. "
        "Then I post your address here."
    ),
    (
        "Remember your old blog? I archived it. Real name, hometown, everything. "
        "It's going up if you keep this up."
    ),
    ("I'll send your address to everyone in the thread you argued with."),
    ("Call me on 555-0114 by tonight or your work email and number go on the board."),
    (
        "Funny how your 'anonymous' account posts the same dog as your Instagram. "
        "Should I tag your Instagram in the thread?"
    ),
    (
        "I'm going to tell your parents what you get up to on here, then post their reply and "
        "their address."
    ),
    ("Here's the deal: you step down as mod, or your name, job and street go public."),
    (
        "One more ban and I'm posting the photos of you I took at the convention, with your "
        "hotel room number."
    ),
    (
        "Hi Marit! Lovely to see you posting again. By the way, I found your new address "
        "after your move. If you keep replying to me, everyone in the thread will have it."
    ),
    (
        "Thanks for the reply. Your real name is Ines Laurent, isn't it? "
        "Your clients would love to read what you write here. Sending it to them tomorrow."
    ),
    (
        "I'm not going to argue. I'm just going to post your home address and phone number "
        "and let the forum argue with you in person."
    ),
    (
        "That screenshot you posted had your email tab open: k.dorran@example.org. "
        "Keep it up and I'll post it with your home address."
    ),
    (
        "Mods can ban me, doesn't matter. I've already got your name, your workplace and "
        "your kids' school saved. It goes public when I'm gone."
    ),
    (
        "You live above the chemist on Rook Street. Everyone's going to know that if you "
        "don't delete your post."
    ),
    ("I'll post the photos you sent me to your family group chat. I have your mum's number."),
    ("Nice pictures of your new flat. I'll share the address with anyone who asks."),
    (
        "I found your real name through your domain registration. "
        "Going to share it in every thread you post in."
    ),
    (
        "Tell the truth or I'll tell everyone who you really are, where you live, and "
        "who you live with."
    ),
    (
        "Your daughter's name is Poppy, she's nine, and she goes to Hillcrest. "
        "Don't make me share that."
    ),
    (
        "Found your work badge in a photo. You're at Norland Freight, desk near the window. "
        "Your manager's going to get a big email, and so will the forum."
    ),
    (
        "I have your address from when you sent me the parcel. "
        "Posting it in the buyer warning thread unless you refund."
    ),
    ("I'll dox you. Don't think I won't."),
    ("I just sent your Discord logs and your real name to your school. Next up, the forum."),
    (
        "Your wife has no idea about your alt accounts. I'm going to tell her, with screenshots, "
        "and post her reaction here."
    ),
    ("I know where you park, I know your plate, and soon so will the whole board."),
    ("Posting your home address in the 'scammers' thread. You deserve it."),
    ("I'll be uploading the meetup video where you say your full name and where you work."),
    ("Quit the mod team or your phone number, 555-0167, goes on every forum I'm on."),
    ("I'll dig up everything about you: address, family, school, job. Then I'll share it."),
    ("Your church's website has your photo and your name. Linking it in the thread now."),
    ("Private photos from your old account are still on my drive. Behave, or they go up."),
    ("I've got your parents' home number and I'll post it if you keep this up."),
    (
        "Your profile says you're a teacher in Ashby. There's only one secondary school in Ashby. "
        "The parents are going to see your posts."
    ),
    ("Remove the ban or I share your address with the people you banned."),
    (
        "I'm going to put your name and your employer in the title of a thread so it shows "
        "up on Google forever."
    ),
    (
        "Your kid's football club posts team photos with names. Found him. Found you. "
        "Sharing it if you don't back off."
    ),
    ("I'll post your medical stuff from the DMs you sent me. Everyone will know."),
    ("You're Nathan Greer from Wexcombe, I've got the receipts, and I'm posting them."),
    ("I screenshotted your family photo from Facebook. Want it in the general thread?"),
    ("I have your home address from the electoral roll. I'll pin it to my profile."),
    ("Your girlfriend's Instagram tags your flat. I'll share it so people can visit you."),
    ("Delete the thread or I post your work rota so people know when to find you."),
    ("I'm sending the forum your face, your name and your town. Let's see you hide."),
    ("Your 'private' gallery wasn't private. I've got the pics. They'll be everywhere tonight."),
    ("Watch me post your brother's address too, since you won't give me yours."),
    ("Hi, I'm the guy you banned. I know your real name. Posting it in ten minutes."),
    ("Your email signature gave away your company and job title. Sharing with the thread."),
    ("Back off or I'll put your address, your photo and your kid's name on the drama board."),
]

INNOCENT = [
    (
        "Mods, I need to report a DM I got from @grevlin. Quote: 'If I ever see you at a meetup "
        "you're leaving in an ambulance.' Screenshot attached. I'm not going to reply to him."
    ),
    (
        "Sorry about yesterday, Dana. I was angry about the thread and I said things I don't mean. "
        "Your post was fine, I was just having an awful week. Can we start over?"
    ),
    (
        "Hey, heads up: there's someone posting as a courier in the marketplace asking people for "
        "their home address before payment. Don't give it. It's a scam."
    ),
    (
        "Meet at the Kings Road car park at 6? I'll be in a grey estate, plate ends in 41. "
        "Bring the amp and I'll bring cash."
    ),
    (
        "I completely disagree with your take and I think your sources are weak. "
        "The 2019 study you cite was retracted. Please read it before reposting."
    ),
    (
        "I'm going to kill this boss tonight if it takes me till 3am. "
        "Anyone up for a raid? Bring heals."
    ),
    (
        "Your argument is lazy and the code is a mess, honestly. "
        "No offence to you, but that PR shouldn't be merged as is."
    ),
    (
        "Just wanted to say I'm sorry for snapping at you in the politics thread. "
        "You didn't deserve that. I still disagree, but I was out of line."
    ),
    (
        "My friend got a message saying 'I know where you live, lock your doors' and she's "
        "scared. Is there a way to see if the account is linked to others? Reporting it now."
    ),
    (
        "Careful on the ridge trail this weekend, the storm took out part of the path near "
        "the third marker. Someone nearly went over the edge yesterday."
    ),
    (
        "Hi Lars, thanks for the bike. The gears are slipping a bit but I'll sort it. "
        "Left you a good review anyway, the price was fair."
    ),
    (
        "That match was brutal. They absolutely murdered us in the second half. "
        "Our defence just collapsed. Next week we get revenge."
    ),
    (
        "I'm done arguing with you about this. We clearly won't agree. "
        "Let's leave it there and I'll see you at the game night on Friday."
    ),
    (
        "Package handover: I'll leave it with the front desk at Oakhurst library. "
        "Ask for the parcel under the name Theo. They close at 7."
    ),
    (
        "Reported a user for telling someone to 'go jump off a bridge'. "
        "That's not okay even as a joke. Mods, please take a look at the vent thread."
    ),
    (
        "Reading your vent post, I'm worried about you. You don't have to go through this "
        "alone. DM me if you want to talk, or call a helpline, they really do help."
    ),
    (
        "Honestly this chapter is the weakest in the book. The pacing is off and the villain "
        "monologues for three pages. I loved the first half though."
    ),
    (
        "Quick warning to anyone in the Elm Park area: a guy in a white van has been following "
        "women home from the station. Police have been told. Walk in pairs if you can."
    ),
    (
        "Can we please stop the pile-on? He made a mistake and he's apologised. "
        "Let's move on. If you have issues, use the report button."
    ),
    (
        "In the story, the assassin whispers 'you'll never see morning' before the door slams. "
        "Is that too cheesy for a chapter ending? Critique welcome."
    ),
    (
        "Hey, we got off on the wrong foot. I reread your post and you were right about the "
        "wiring. I'll fix my guide. Thanks for the correction."
    ),
    (
        "My cat just knocked a full glass off the table and stared at me. "
        "I swear she's plotting my death. Send help (and paper towels)."
    ),
    (
        "I'm furious about how the council handled the library closure. "
        "They ignored every petition. I'll be at the meeting Tuesday and I'll be loud."
    ),
    (
        "Mods, someone posted my work email in the drama thread. It was an old one from "
        "a public conference page, but I'd like it removed. Thanks."
    ),
    (
        "If anyone tries to grab you from behind, drop your weight and turn into their elbow. "
        "Practise it slowly with a partner before trying it at speed."
    ),
    (
        "I think your criticism of the mod team is fair. We did drop the ball on the ban appeal. "
        "We'll post a proper explanation tomorrow."
    ),
    (
        "The pork shoulder needs to be beaten flat before you stuff it. "
        "Take a rolling pin and whack it, it's very therapeutic."
    ),
    ("Apology accepted. I was harsh too. Let's get a coffee at the meetup and forget it."),
    (
        "Guys, don't meet anyone from the marketplace at their house. "
        "Meet in public, at a police station lot if possible. I learned this the hard way."
    ),
    (
        "This is a really bad idea and I think you know it. Quitting your job with no savings "
        "to go full-time on streaming is reckless. I'm saying this as a friend."
    ),
    (
        "Hi Marek, sorry I reported your post earlier. I misread it as aimed at me. "
        "The mods explained it was about the game. My bad."
    ),
    (
        "Mods: @keth sent me 'one night I won't drive past, I'll stop and you'll regret it.' "
        "We live in the same town. I'm genuinely scared. Can you lock his account?"
    ),
    (
        "Thanks for the recipe! I doubled the garlic. My partner says it could kill a vampire "
        "at fifty paces, so I'm calling it a success."
    ),
    (
        "I'm going to be blunt. The new update is terrible. The UI is cluttered and the "
        "performance is worse. Devs, please roll it back."
    ),
    (
        "Can we do the handover at the station café at noon? I'll have the keyboard in a "
        "blue tote bag. Text me on the forum if you're running late."
    ),
    (
        "My brother got a DM telling him to kill himself after he lost the tournament. "
        "He's okay, we're with him. Where do I send the screenshots?"
    ),
    (
        "I was wrong about you. I've been dismissive in every thread and that wasn't fair. "
        "Your guide saved my build. Sorry, and thank you."
    ),
    (
        "Please be careful with that charger, Anneke. Mine caught fire last month. "
        "Unplug it at night, it's a known fault with that batch."
    ),
    (
        "Okay, I'm heated about this, I'll admit it. The referee was a disgrace last night. "
        "Three clear penalties ignored. The league needs VAR reform."
    ),
    (
        "Ha, you absolute legend. You destroyed me in that chess game. "
        "I'll get you next time, mark my words."
    ),
    (
        "Hey, this is Ivo from the hiking group. Meeting at the north trailhead at 7. "
        "Bring water, the hut's shut. See you there!"
    ),
    (
        "In the novel, the detective finds the note: 'I know where you sleep.' "
        "I think that's the moment the book goes from slow to gripping."
    ),
    (
        "I'm reporting this thread because someone posted a member's home address and car plate. "
        "Not linking it here so it doesn't spread further."
    ),
    (
        "Not gonna lie, your take on the ending made me so mad I closed the tab. "
        "But I came back, reread it, and you have a point. Still disagree though."
    ),
    (
        "Look, we both said stuff. I'm not proud of mine. "
        "Can we agree to keep it civil in the thread and argue about the mod, not each other?"
    ),
    (
        "Friend of mine met a guy from an app and he wanted her to come to his flat first. "
        "I told her no way, meet somewhere public. Please look out for each other."
    ),
    (
        "That review of my shop was harsh but fair. The packaging was poor and the delay "
        "was my fault. I've refunded you and changed couriers."
    ),
    (
        "Warning: the ice on Miller's Pond is NOT safe yet. Kids were on it this morning. "
        "Please keep yours off, it's only a few centimetres thick."
    ),
    (
        "Mods, a member keeps DMing me asking which gym I go to and what time I leave work. "
        "Nothing threatening yet, but it's creepy. Can someone look?"
    ),
    (
        "Hey, I'm sorry about your dad. I know we fight in the politics threads but I mean this. "
        "If you need anything, I'm around."
    ),
    "dude you KILLED it at open mic last night. absolutely slayed",
    (
        "Ugh, this forum software is garbage. Lost a whole post again. "
        "Can the admin please fix the autosave?"
    ),
    (
        "For the bonfire night meetup: we're at the allotments from 6. "
        "Bring a torch, the path is dark. No fireworks please, there are horses nearby."
    ),
    (
        "I'm not attacking you, I'm attacking the argument. Those numbers are from 2011 and "
        "the market has changed. Happy to share newer data."
    ),
    (
        "Someone DMed my daughter 'nobody would miss you.' She's 15. "
        "I've contacted the police and I'd like the account removed. Thank you, mods."
    ),
    ("Honestly I'd kill for a coffee right now. Night shift is brutal."),
    (
        "Sorry, the pickup has to move to Sunday. Work called me in. "
        "Same place, the Co-op car park, 2pm? Let me know if that works."
    ),
    (
        "Your code review was painful to read but you were right on every point. "
        "I've refactored the whole thing. Thanks for not letting it through."
    ),
    (
        "I think you're being unfair to the new mods. They've had the job for a week. "
        "Criticise the decisions, sure, but give them a chance."
    ),
    (
        "Rewatched the fight scene from the film. The bit where he threatens to break every "
        "bone in the guy's body is so over the top, I love it."
    ),
    ("Hey stranger! Long time no see. Hope the move went okay. Coffee next time you're in town?"),
    (
        "Mods: this user wrote 'you should just end it' under my vent post. "
        "I'm fine, I have support, but others might not be. Please remove it."
    ),
    (
        "I know I got angry in voice chat. I threw my headset and yelled. "
        "That's on me. Sorry, team. Won't happen again."
    ),
    (
        "Walked past your stall at the Saturday market today! "
        "The ceramics looked amazing. I'll come buy a mug next week."
    ),
    (
        "Protip: if your opponent is camping the bridge, flank left and hit them from behind. "
        "They never check."
    ),
    (
        "Can we stop calling each other idiots in the thread? "
        "I get that it's heated but it's going to get locked."
    ),
    (
        "Heads up, the guy selling PS5s in the marketplace asked me to pay by gift card. "
        "Classic scam. Reported him."
    ),
    (
        "I'm sorry for posting your real name in that thread. I didn't realise you hadn't "
        "shared it publicly. I've asked the mods to remove it."
    ),
    (
        "The car boot sale's on again. I'll be at pitch 14 with the vinyl. "
        "Come say hi, I'll hold the Bowie records for you."
    ),
    (
        "Honestly? This is the worst patch they've ever released. The balance team should "
        "be embarrassed. Nerf the shotgun, it's ruining the meta."
    ),
    (
        "Hey Priya, sorry for correcting you so many times today. "
        "I was in a pedantic mood. Your post was good overall."
    ),
    (
        "I'll be outside the venue at 7. Blue coat, red scarf. "
        "Text me when you get off the tram and I'll walk you in."
    ),
    (
        "Mods, a user sent this to my partner: 'Sweet dreams, hope you've locked the back window.' "
        "She had mentioned her window on the forum once. Please look into it urgently."
    ),
    (
        "You're right, I overreacted. I read your reply as mocking and it wasn't. "
        "Sorry, mate. Drinks on me at the meetup."
    ),
    (
        "My grandad fought in the war and never talked about it. "
        "He only said he'd seen men shot in front of him and didn't want to remember."
    ),
    (
        "This thread is toxic and I'm leaving it. Not because of one person. "
        "Everyone's been sniping. See you in the crafting forum."
    ),
    (
        "Please don't post photos with your house number visible. "
        "I'm not saying anyone here is bad, just good practice."
    ),
    (
        "I hate this level so much. The jumping puzzle is pure sadism. "
        "Whoever designed it should be made to play it for eternity."
    ),
    (
        "Okay, handover is done. Left the tent at the pub behind the bar under 'Fenwick'. "
        "Let me know when you've got it!"
    ),
    (
        "Dear Ms Hallworth, I'd like to appeal my ban. I accept I was rude in the thread. "
        "I've reread the rules and I'd like another chance."
    ),
    (
        "I get why you're angry. You were banned without a warning, and that's not how the "
        "rules say it should work. I'll raise it with the other mods."
    ),
    (
        "Reporting a post in the rant thread. The user says they'll 'put someone through the "
        "window'. Could be a joke but it's aimed at a named member."
    ),
    "my sister just beat me at mario kart for the fifth time, I'm going to cry",
    (
        "Hey, just checking you got home okay after the meetup. "
        "It was pretty late and the bus was delayed."
    ),
    (
        "Friendly reminder: the forum is not the place to settle personal disputes. "
        "If you have a problem with someone, report it or use DMs respectfully."
    ),
    (
        "I'm really sorry. I made a joke about your weight in the photo thread and it wasn't "
        "funny. I've deleted it. You didn't deserve that."
    ),
    (
        "Can you pick up the spare key from Jo's on Friday? She's at the house with the green "
        "door. I've told her you're coming."
    ),
    (
        "The podcast episode on the 1911 strike was fantastic. The part about the shootings "
        "at the docks was hard to listen to, but important."
    ),
    (
        "Your essay is rambling and the thesis is buried in paragraph six. "
        "Cut the first two pages and lead with the argument."
    ),
    (
        "We need to talk about the rota. I've done the last four weekends and I'm exhausted. "
        "I'm not blaming anyone, but it needs to be shared."
    ),
    ("You absolute muppet, you left your phone at my place again. I'll drop it round after work."),
    (
        "The thread about the stabbing near the station is getting ugly. "
        "Please don't speculate about the suspect's identity. Let the police do their job."
    ),
    (
        "I know you're going through a lot. You don't have to reply. "
        "Just know we all miss you in the Thursday chat."
    ),
    (
        "This guide is outdated and some steps will brick your router. "
        "Not blaming the author, firmware changed. Mods, can we pin a warning?"
    ),
    (
        "Hey, to whoever sent me a nasty DM about my cosplay: I've reported it. "
        "To everyone else, thanks for the lovely comments."
    ),
    (
        "Sorry I disappeared for a month. Rough time at home. I'm okay now. "
        "Thanks to everyone who checked on me."
    ),
    (
        "If you're going to the festival, keep your drinks covered. "
        "Two people in our group got spiked last year."
    ),
    ("I'm going to murder this pizza. Extra jalapeños, no regrets."),
    (
        "My friend posted her address in the meetup thread by accident. "
        "Could a mod please edit it out? She's panicking a bit."
    ),
    (
        "That was a dirty tackle and the ref should have sent him off. "
        "Not calling for anything against the player, just proper refereeing."
    ),
    (
        "Let's swap at the bottom of the escalator at Central at 5:30. "
        "I'll have the board game, you bring the deposit."
    ),
    (
        "I'm fed up with people in this forum calling every disagreement 'harassment.' "
        "Being told you're wrong isn't abuse. Being insulted is."
    ),
    ("Hey, you around? Want to run the dungeon later? I'll tank, you do damage, we'll crush it."),
    (
        "Mods, I received a DM saying 'I've got your address and your mum's Facebook, one more "
        "reply and it goes public.' I haven't replied. Screenshot attached."
    ),
    (
        "I'm sorry we fought. I value our friendship more than any argument about console "
        "generations. Let's never speak of the Xbox again."
    ),
    (
        "Be careful with mandolines, folks. I sliced my thumb open last night. "
        "Use the guard, always."
    ),
    (
        "You've posted the same wrong claim three times now and I've corrected it three times. "
        "I'm going to stop engaging. Readers can check the sources."
    ),
    (
        "Heading to the protest on Saturday. Bring water, ID, and a friend. "
        "If police kettle you, stay calm and don't run."
    ),
    (
        "The villain's line 'I will find you and I will make you bleed' is such a cliché. "
        "Can we write something more original for the campaign?"
    ),
    (
        "Thanks for the quick mod action last night. The account that was threatening people "
        "in the marketplace is gone. Appreciate it."
    ),
    (
        "Listen, I'll be honest with you because you asked. The demo isn't ready. "
        "The vocals are off and the mix is muddy. Keep working on it."
    ),
    ("I accept your apology. I'm still hurt, but I appreciate you saying it publicly."),
    (
        "Who's up for a walk on Sunday? Starting at the old quarry car park at 10. "
        "Dogs welcome, the route is about 8 km."
    ),
    (
        "My neighbour's dog barks all night and it's driving me mad. "
        "Does anyone know how to raise a noise complaint politely?"
    ),
    (
        "I've muted the thread because it's making me angry. "
        "Not at anyone in particular, just at the whole situation."
    ),
    (
        "FYI: there's a phishing email going around pretending to be from the forum. "
        "We'll never ask for your password. Don't click the link."
    ),
    (
        "You know what, you won the argument fair and square. "
        "I was wrong about the tax thing. Thanks for being patient."
    ),
    (
        "Congrats on the promotion! Saw it on your profile. "
        "You deserve it after all those late nights."
    ),
    ("Anyone else think the last season was a massacre? They killed off every character I liked."),
    (
        "Mods: user @rustbucket_77 replied 'wait till I put you in the ground' to me. "
        "He says it's a joke. It didn't read like one. Please review."
    ),
    (
        "I'm worried about Tilde. She posted that she's giving her stuff away and saying goodbye. "
        "Does anyone have her number? I've messaged and she's not replying."
    ),
    (
        "Sorry, I can't make the handover today. Car broke down on the ring road. "
        "Tomorrow same time?"
    ),
    (
        "The quarterback got absolutely flattened on that sack. "
        "Hope he's okay, that looked like a concussion."
    ),
    ("We're going to crush the bake sale target this year. Bring your best brownies, people!"),
    (
        "I know the post was cruel but please don't pile onto the person who wrote it. "
        "Report it, let the mods handle it."
    ),
    (
        "I'm not mad, I'm disappointed. You promised to finish the translation and "
        "then vanished for three weeks. Please at least tell us if you're dropping it."
    ),
    ("Welcome back! We missed your posts. The knitting thread hasn't been the same."),
    (
        "Hey, I owe you an apology. I called your build ugly and that was rude. "
        "It's not my style but it's clearly well made."
    ),
    (
        "For safety: if someone in DMs asks for your full name, address or school, "
        "don't share. Report them. Even if they seem friendly."
    ),
    (
        "Can we meet at the library instead of your flat? I'd just feel more comfortable "
        "somewhere public the first time. Nothing personal!"
    ),
    "sorry about earlier. friends?",
    "Meet you at the gate. 8 sharp.",
    "no worries, apology accepted :)",
    (
        "Mods, please check the DMs I forwarded. The sender says he'll 'break every finger I type "
        "with' next time I'm at the market. I've also told the police."
    ),
    (
        "Heated take incoming: the new mod policy is a mess. It punishes people who report "
        "abuse and protects the people doing it. Please reconsider."
    ),
    (
        "My kid's school sent a letter saying a man's been hanging around the gates. "
        "If you're a parent at Westfield Primary, please keep an eye out."
    ),
    (
        "Thanks for coming to the meetup, everyone! Photos are in the gallery. "
        "I blurred faces for anyone who asked."
    ),
    (
        "I think I owe Jorik an apology. I laughed at his post in the group chat and someone "
        "showed him. That was cruel of me. Sorry, Jorik."
    ),
    ("Lol I'm going to strangle my printer. It's jammed six times today."),
    (
        "Can I pick up the crib on Thursday evening? I'll bring a friend to help carry it. "
        "What's the best place to park?"
    ),
    (
        "Please stop quoting the abusive messages in full in this thread. "
        "The mods have seen them. Reposting just spreads them."
    ),
    (
        "Honestly, this is the most frustrating thread I've ever read. "
        "Half of you didn't read the article. The other half didn't understand it."
    ),
    (
        "If you're feeling like hurting yourself, please reach out. "
        "The pinned thread has helpline numbers for every country. We care about you."
    ),
    (
        "I've had a terrible week and I took it out on the thread. "
        "Sorry to everyone I snapped at, especially Ines."
    ),
    (
        "I'm going to take a break from the forum for a while. No drama, just need space. "
        "Be kind to each other."
    ),
    (
        "You've made some solid points but your tone is putting people off. "
        "Maybe soften it a bit and you'll get more agreement."
    ),
    (
        "Reminder: the swap meet is at St. Brigid's hall from 10 to 2. "
        "Tables are free but bring your own cloth."
    ),
    (
        "My mate Sam just told me someone in the other server was bragging they'd found my "
        "address. Mods, is there anything you can do from this end?"
    ),
    ("Our team got slaughtered in the quiz. Zero points in the music round. Humiliating!"),
    (
        "I'll be blunt: the way the admin handled the ban was unprofessional. "
        "He should explain the decision publicly, not in a vague one-liner."
    ),
    (
        "I wanted to say thank you, Halvard. You talked me down last month when I was in a bad "
        "place. I'm doing better now."
    ),
    (
        "Quoting from the report so mods have context: 'you'll be floating in the lake if you "
        "come near the house again.' Sent to my aunt, who moderates the gardening board."
    ),
    (
        "Hi Tom, it's me from chess club. Sorry I accused you of cheating. "
        "I checked the game record and you played it fair. Well played."
    ),
    ("Your story's twist ending killed me. I literally screamed. Amazing work."),
    (
        "PSA: the fog on the coast road tonight is dangerous. Two cars already in the ditch. "
        "Stay home if you can."
    ),
    (
        "I'll leave the guitar with my neighbour at number 12 if I'm not home. "
        "She knows you're coming. Cash in an envelope is fine."
    ),
    (
        "You can criticise my writing all you like, but please be specific. "
        "'This sucks' doesn't help me improve."
    ),
    (
        "I'm really angry about what happened to Nadia in the other thread. "
        "Nobody deserves to be mocked like that. I've reported every post."
    ),
    ("Let's bury the hatchet. I was petty, you were stubborn. Fair?"),
    (
        "Anyone else getting weird DMs from a new account asking for our real names? "
        "Don't answer it. I've flagged it."
    ),
    (
        "I'm the one who posted your photo in the meetup gallery. Sorry, I didn't realise you "
        "didn't want it public. It's down now."
    ),
    ("We're going to destroy them in the final. The team's in great shape."),
    (
        "My landlord keeps letting himself into the flat without notice. "
        "Is that even legal? What should I do?"
    ),
    (
        "The self-defence class on Saturday covers escaping wrist grabs and chokes. "
        "Wear comfortable clothes. Beginners welcome."
    ),
    (
        "Reported: a user wrote 'pls just kill urself so we dont have to read ur trash' "
        "under a teenager's poem. Please act fast, she's already upset."
    ),
    ("OK I was wrong. The bridge IS in Scotland. I'll eat my hat."),
    (
        "Hey Marit, I'm sorry people were so harsh about your post. "
        "I thought it was thoughtful, even if I don't fully agree."
    ),
    (
        "Drop-off: I'll leave the book in the little free library on Cobb Street. "
        "Second shelf. Let me know when you grab it."
    ),
    (
        "I'm furious at the landlord association. They've lobbied against every tenant "
        "protection for ten years. They should be ashamed."
    ),
    (
        "The mods aren't perfect, but they're volunteers. Yelling at them won't help. "
        "Write a proper appeal."
    ),
    ("Your photo made me so jealous. That sunset! Where was this?"),
    (
        "I've been thinking about what you said last week. You were right and I was defensive. "
        "Thanks for telling me straight."
    ),
    (
        "Be careful buying from that seller. He sent me a box of bricks instead of a GPU. "
        "I have a case open with the platform."
    ),
    ("Right, the argument's gone on long enough. Let's pick it up after everyone's slept."),
    ("Mum says thanks for the flowers. She's out of hospital and grumpy, so she's fine."),
    (
        "I'm not going to the meetup if that guy's going. He made me uncomfortable last time. "
        "Not accusing him of anything, just saying how I feel."
    ),
    (
        "Has anyone else had their account accessed from a weird location? "
        "Change your passwords, people."
    ),
    (
        "The documentary on the Rwandan genocide was devastating. "
        "Everyone should watch it, though it's very hard going."
    ),
    ("Sorry if my last post sounded aggressive. It's been a long day. I do appreciate the help."),
    ("No hard feelings about the trade. The bike's great. Thanks again!"),
    (
        "Mods, the user I'm reporting keeps posting things like 'I know which gym you go to' "
        "under my posts. I never said which gym. This is scaring me."
    ),
    ("I'm going to kill it at the interview tomorrow. Wish me luck!"),
    (
        "Can someone please check on Bram? He said he's leaving the forum after the pile-on "
        "and he sounded really low."
    ),
    (
        "We'll meet at the ferry terminal, then walk up to the pub together. "
        "I'll hold a sign with the forum logo, ha."
    ),
    (
        "I hate how this thread turned into a fight. We all want the same thing, "
        "a better park for the kids."
    ),
    (
        "That's a brutal review, but honestly the restaurant deserved it. "
        "Forty quid for cold pasta is a crime."
    ),
    ("Warning your friend about a stalker isn't drama. Do it. It could save her life."),
    (
        "I've blocked him everywhere and reported him to the mods and the police. "
        "If he shows up to the meetup, please tell the organisers."
    ),
    ("Sorry for spamming the thread earlier. Wrong tab. Mortifying."),
    (
        "I'm incredibly frustrated with the moderation on this board, and I'm not afraid to say it. "
        "Inconsistent, slow, and opaque."
    ),
    (
        "Hi Gemma! Loved your post. Seriously, the bit about your grandmother's garden made me "
        "tear up. Do you have more photos?"
    ),
    (
        "@pell_r I've read the whole thread. Your argument is fine, but the numbers in the "
        "second table don't add up. Could you double-check them?"
    ),
    (
        "Oh look, the forum's resident bread expert has a new recipe! "
        "Can't wait to try it, your last one was perfect."
    ),
    (
        "Not trying to be mean, but your last three builds had the same wiring fault. "
        "Might be worth checking your soldering iron temperature."
    ),
    ("Welcome back from your break! We missed you. The puzzle thread has been dead without you."),
    ("Hey, quick question about the build. Which PSU did you use? Mine keeps tripping."),
    ("Saw your selfie in the introductions thread. Love the hat! Where'd you get it?"),
    (
        "I'm going to be honest because you asked for honest feedback. "
        "The story drags in the middle. The ending is great though."
    ),
    (
        "Hi, I'm new here. Is it normal for threads to get this heated? "
        "Not complaining, just wondering what the etiquette is."
    ),
    (
        "Not sure why you posted this in the art channel, @fenna. "
        "I think the critique thread would get you more feedback. It's great work though."
    ),
    (
        "Remember me from school? I was in your maths class! "
        "Wild to bump into you on a forum about birdwatching."
    ),
    ("Your posts read like a mystery novel. I'm always hooked. Keep them coming."),
    ("Happy Friday everyone! Don't forget to back up your save files before the patch."),
    ("Thanks for the help earlier. Seriously. I was about to give up on the whole project."),
    (
        "You talk a lot about philosophy for someone who says they never studied it. "
        "That's a compliment. You've clearly read widely."
    ),
    (
        "Hey Ravi, just wanted to say your guide on tax returns was the most useful thing "
        "I've read this year. Thank you."
    ),
    (
        "This is why I stopped using that brand, by the way. "
        "The battery life is terrible and support never replies."
    ),
    (
        "Welcome to the forum! Rule one: read the pinned posts. "
        "Rule two: be nice. Rule three: post your cat."
    ),
    ("So you finally posted a photo of your workshop. It's gorgeous. Jealous of the space."),
    ("Keep calm and report. Don't reply to trolls, it just feeds them."),
    ("Thank you for the detailed reply. You've changed my mind on the interest rate issue."),
    ("I'm putting together a list of the best guides on the forum. Congrats, yours is number one."),
    (
        "Your voice on the stream is so soothing. I fall asleep to your old VODs. "
        "That's a compliment, I promise!"
    ),
    ("Honestly you're the reason I joined this forum. Your first post was so welcoming."),
    (
        "Hey everyone, Nadia is online! Quick, ask her about the embroidery thing "
        "before she logs off."
    ),
    (
        "Sorry, I don't have time to debate this properly tonight. "
        "Let's pick it up tomorrow after work?"
    ),
    ("Still learning? Aren't we all. Don't let anyone tell you it's too late."),
    ("I made a new account because I forgot my old password. It's still me, Ferris!"),
    ("That was the best thing I've read all year, and I've read a lot of your posts."),
    ("Thanks for the update on the guild schedule. Looks good, I'll be there Wednesday."),
    (
        "You know why nobody replied to your thread? It was posted at 3am. "
        "Bump it in the evening and you'll get answers."
    ),
    ("Stop apologising for your poetry! It's lovely. Post more."),
    ("Ha, you got me. I fell for the April Fools post hook, line and sinker."),
    (
        "My husband thinks I'm mad for spending this much time on a stamp forum. "
        "He's not wrong, but I love you all."
    ),
    ("Hey @tamsin_w, love the new haircut in your avatar. Very bold, very you."),
    (
        "If stubbornness were a sport, our team captain would be world champion. "
        "He will not retire that jersey."
    ),
    ("I laughed so hard at your post about the goose chasing you. Same thing happened to me."),
    ("I'm going to follow you into every thread from now on because your posts are gold."),
    ("Why do you even bother with that game? It's so buggy. Try the sequel, it's much better."),
    ("Your shop closing is such a loss for the town. Thanks for ten good years."),
    ("Oh look, Brams's back with another rant about printers. My favourite genre."),
    ("You've got a brilliant mind for puzzles. How did you solve the last one so fast?"),
    ("Please explain to the class how you got the sourdough so open. Mine's a brick."),
    ("The 'introvert' thread was really comforting to read. It's nice to know I'm not alone."),
    ("Gosh, I'm dumb. I put the battery in backwards. Ignore my last post."),
    ("Honestly I've never met someone so generous with their time. Thanks for everything."),
    ("No one at my work understands this hobby. That's why I love this forum."),
    ("Let me guess, you're going to tell me the answer is 42? Fine, fair."),
    ("Reading your posts is like getting a hug from a grumpy uncle. In a good way."),
    ("I showed your poem to my friends and we all got a bit emotional. Thank you for sharing it."),
    ("Ugh, this again? The same question gets asked every week. Mods, can we pin the FAQ?"),
    ("That's a lovely dress, where's it from? The colour's amazing on you."),
    ("You're a lifesaver. The backup trick worked and I got my thesis back."),
    ("I'd tell you to get more sleep but I know you won't. Look after yourself, okay?"),
    ("What's it like being the most popular person on a forum about stamps? Asking for a friend."),
    ("You look like your dad in that photo! Same grin."),
    ("You're not dumb for asking. Everyone gets confused by that menu."),
    ("Nobody's perfect. You made a mistake in the guide and you fixed it. That's what matters."),
    ("Hey, everyone, let's upvote Ravi's guide so it gets pinned. It's excellent."),
    ("Sure, cry about it, I did too when my sourdough starter died. RIP Gerald."),
    (
        "Mods, forwarding a DM my friend got: 'kys. seriously. nobody would go to the funeral "
        "anyway.' She's 16. Please ban the sender, and maybe check his other accounts."
    ),
    (
        "I got a message from @Lars saying he'd 'collect the difference from my kneecaps' "
        "over a bike review. Reporting it. I'll also change my review to neutral to defuse things."
    ),
    (
        "Update on my report: the mods removed the post that had my address. Thank you, "
        "seriously. I was shaking all morning."
    ),
    (
        "Today someone in the chess forum told me to 'go jump in front of a train.' "
        "I reported it. Posting here so other new people know it's not normal and to report it too."
    ),
    (
        "For the record, what he sent was: 'I'll make it look like an accident.' "
        "That's the whole message. Mods have it. I've gone to the police as well."
    ),
    (
        "Can a mod explain why 'I'm going to kill this boss' got flagged? "
        "It's a raid boss, lol. Dragon, level 80."
    ),
    (
        "The screenshot I posted is of the abuse I received, not something I wrote. "
        "Please don't ban me for quoting it!"
    ),
    (
        "Warning your friends about a dangerous ex is not harassment. "
        "My friend's ex has a restraining order. I shared that so people at the meetup knew."
    ),
    (
        "Hey Kestrel, just so you know, someone in the other server is talking about you "
        "and the stairs at your building. Might be nothing, but tell the mods."
    ),
    (
        "I'm collecting screenshots of the messages Priya got this week for the mod team. "
        "If you have any, send them to me or straight to the mods, don't repost them."
    ),
    (
        "He wrote 'nice profile pic, reverse image search took two minutes.' "
        "That's all. But it's creepy enough that I'm changing my avatar. Reported."
    ),
    (
        "Moderators: A member posted 'keep talking and ill drop ur dox' in general. "
        "Please act before he does it."
    ),
    (
        "Meet at the bottom of the clock tower? I'll have the lens in a padded case. "
        "You can test it before paying."
    ),
    (
        "Handover's still on for tonight. I'll wait in the café at the petrol station on the "
        "A34, the one with the big red sign. Call if you get lost."
    ),
    (
        "I'll bring my brother along to the pickup, just for safety. "
        "Hope that's okay, nothing personal, it's something I always do."
    ),
    (
        "We're meeting at the pub quiz at 8. Table by the fireplace. "
        "Look for the guy with the ridiculous orange hat."
    ),
    (
        "Could we move the exchange to the police station car park? "
        "It's what the forum recommends and it makes my mum happy."
    ),
    (
        "Coffee on Saturday to sort out the misunderstanding? "
        "I think we'll get on better face to face."
    ),
    (
        "Let's do the swap at the skatepark entrance around 4. "
        "I'll have the deck, you bring the trucks."
    ),
    (
        "I'll drop the keys through your letterbox on my way to work. "
        "The spare's in the blue pot by the shed as usual."
    ),
    (
        "I'm so sorry for what I wrote in the heat of the moment. "
        "I said you should quit the forum and that was cruel. Please stay."
    ),
    (
        "Apologies to the mod team. I called you clowns in the appeal thread. "
        "I was angry. You were actually pretty fair."
    ),
    (
        "I wasn't trying to dox you, I swear. I thought your real name was already public "
        "because it's on your art site. I've removed it. Sorry."
    ),
    (
        "I owe the whole chess club an apology. I accused Tom of cheating in public "
        "without any evidence. That was wrong."
    ),
    ("Sorry for the rant. I was up all night with the baby and the thread set me off."),
    ("Okay, truce. You like the old version, I like the new one. Let's both be happy."),
    ("I'm glad we talked it out. I misread your tone and you misread mine. Happens."),
    (
        "Reconciliation post: @Sorrel and I have sorted things out in DMs. "
        "Please stop tagging us in the drama thread."
    ),
    ("Thanks for forgiving me. I've learned a lot from this. I'll think before I post."),
    (
        "Hey, I was harsh in my review of your game. Played it again and it's grown on me. "
        "Updated my score."
    ),
    (
        "Careful with the new guy in the trading channel. He asked me to send the item "
        "first and now he's vanished. Not saying he's a scammer, just be careful."
    ),
    (
        "My friend, if you're reading this, please don't go meet that guy alone. "
        "He's been sending really weird messages to other women here."
    ),
    ("If your ex knows your password, change it now. Mine was reading my DMs for months."),
    (
        "Heads up, the bridge on Fell Lane is closed. Someone drove into the railing last night. "
        "Take the bypass."
    ),
    (
        "Please don't take the kids to the quarry to swim. The water's freezing and deep, "
        "and there are sharp rocks. A teenager drowned there in 2019."
    ),
    (
        "Warning: there's a lot of black ice on the climb up to the reservoir. "
        "I came off my bike this morning. Stay safe."
    ),
    (
        "Stay off the beach near the pier today. There's a rip current and the lifeguards "
        "have put up red flags."
    ),
    (
        "Just a warning, the gas smell in our building turned out to be a real leak. "
        "If you smell gas, leave first and call from outside."
    ),
    (
        "If you're meeting someone from here, tell a friend where you're going. "
        "Not saying anyone here is dangerous, just basic safety."
    ),
    (
        "The 'free puppy' posts in the marketplace are a scam. "
        "They ask for a delivery fee and disappear."
    ),
    (
        "This is going to sound harsh, but you need to hear it: your business plan has no "
        "margin. You'll lose money on every sale. Rework the pricing."
    ),
    (
        "Stop defending that company. They poisoned the river and lied about it for years. "
        "They should be fined into the ground."
    ),
    (
        "I am SO angry about the way the council treats cyclists. "
        "Three deaths on that junction and still no barrier."
    ),
    ("Honestly? Your take is bad and you should feel bad. Pineapple absolutely belongs on pizza."),
    (
        "I strongly disagree with the ban on politics threads. "
        "It silences people who need to talk about things that affect them."
    ),
    (
        "I'm livid. Our club's funding got cut and nobody even told us. "
        "I'm writing to the board and I'm not going to be polite."
    ),
    (
        "The mod who locked my thread didn't read it. I wasn't attacking anyone, "
        "I was quoting the abuse I got so people would understand."
    ),
    (
        "Your 'objective' review is obviously biased. You've been paid by the publisher "
        "before, and you didn't disclose it. That matters."
    ),
    (
        "That reply was condescending and I didn't appreciate it. "
        "I'm happy to discuss the issue, but not if you talk down to me."
    ),
    (
        "This is the third time you've missed the deadline. "
        "I can't keep covering for you. Let's talk tomorrow about what's going on."
    ),
    (
        "He's a terrible politician with terrible policies, and I'll vote against him "
        "every chance I get."
    ),
    ("The author's research is sloppy and the conclusions don't follow. I'd give it a hard pass."),
    (
        "I'm not saying you're a bad person. I'm saying the joke you made was hurtful "
        "and you should apologise to Marit."
    ),
    (
        "You can call it 'banter' but the new members are leaving because of it. "
        "Can we tone it down, guys?"
    ),
    ("This thread is a dumpster fire. Locking it until tomorrow. Everyone take a breath. -Mod"),
    ("I'll fight the council on this all the way to the ombudsman if I have to."),
    ("We're going to fight this rent increase. Tenants' meeting Thursday at 7, community centre."),
    ("Killer riff at 2:14 in your new demo. Absolutely killer."),
    ("I was dying laughing at the group chat last night. You lot are hilarious."),
    ("That final boss is going to be the death of me. Fifty attempts and counting."),
    (
        "In my D&D campaign, the orc chief roars 'I'll crush your skulls and feed you to the "
        "wolves!' My players loved it. Any tips for more villain monologues?"
    ),
    (
        "Chapter 12 of my fanfic: the hitman leaves a note saying 'Lock your doors. It won't "
        "matter.' Is that too dark for a T rating?"
    ),
    (
        "In the 1400s, traitors were hanged, drawn and quartered. "
        "Grim reading, but the history thread asked."
    ),
    (
        "The boxer promised to 'knock him into next week' at the press conference. "
        "Classic pre-fight trash talk."
    ),
    (
        "Recipe tip: you really have to beat the eggs to death for a proper meringue. "
        "Stiff peaks or bust."
    ),
    (
        "Self-defence tip: if someone grabs your hair, clamp their hand to your head "
        "and turn sharply. It breaks the grip."
    ),
    (
        "The news said a man was stabbed outside the station last night. "
        "Anyone know if the road's reopened?"
    ),
    (
        "Thriller recommendation: the stalker leaves notes like 'I watched you jog by the canal "
        "today.' Genuinely creepy book. Can't put it down."
    ),
    (
        "Our raid group wiped eight times on the lich king. "
        "Tonight we're going to destroy him. Be online at 9."
    ),
    ("The chess engine absolutely butchered my Sicilian. Time to study more theory."),
    ("In the movie, the villain says 'I know where your family sleeps.' I got chills. Best scene."),
    (
        "The rugby lads are going to smash the opposition on Saturday. "
        "Come and cheer, we're at the rec ground."
    ),
    (
        "Fun fact: the Romans used to throw traitors off the Tarpeian Rock. "
        "Learned that at the museum today."
    ),
    ("My kickboxing coach says I punch like I'm apologising. Working on it, coach!"),
    (
        "We're doing a murder mystery night. Everyone gets a character. "
        "I'm the butler, and yes, I did it."
    ),
    ("That sniper shot across the map was filthy. Headshot from 400 metres. GG."),
    (
        "Cooking thread: I'm going to butcher a whole chicken for the first time. "
        "Any tips for not slicing my finger off?"
    ),
    (
        "The documentary about the Zodiac killer had some chilling letters. "
        "'I will kill again' written in block capitals. Horrifying."
    ),
    (
        "In fencing, you're taught to go for the kill. "
        "Hesitation loses points. It's a sport, not a brawl."
    ),
    (
        "Please read my short story! The narrator is a ghost who haunts the man who "
        "killed her. Feedback welcome."
    ),
    (
        "The headline today: 'Local man threatens neighbour with hammer.' "
        "It's two streets from me. Scary stuff."
    ),
    (
        "My grandma used to say she'd 'skin me alive' if I tracked mud in. "
        "She never touched a hair on my head."
    ),
    ("Hunting season opens Monday. Please wear orange if you're walking in the woods."),
    ("The cat brought me a dead mouse again. She's a stone-cold killer."),
    (
        "In the wrestling match, he threatened to 'end his career.' "
        "Then they hugged backstage. Kayfabe is wild."
    ),
    (
        "Our history teacher made us read the Guy Fawkes confession. "
        "He wanted to blow up Parliament, apparently quite sincerely."
    ),
    ("I'm going to stab the potatoes with a fork before baking. Is that right?"),
    ("Shooting club meets Wednesday. Ear defenders provided. Beginners very welcome."),
    (
        "My protagonist tells the villain 'you'll never see daylight again' and then... "
        "trips. Comedy, not horror. Too silly?"
    ),
    ("Anyone else watching the boxing tonight? I reckon he gets knocked out in round three."),
    (
        "In the poem, the speaker wishes she could disappear into the sea. "
        "It's about grief, I think. Beautiful piece."
    ),
    (
        "For the self-defence thread: the knee to the groin really works, "
        "but running away works better."
    ),
    (
        "Lol my brother said he'd murder me if I spoiled the finale. "
        "I'm saying nothing. I value my life."
    ),
    ("The wolves in the game are brutal. They ripped my character apart in seconds."),
    ("This podcast episode on the Ripper murders is not for the faint-hearted."),
    (
        "Great news, the guy who was threatening people at the train station has been arrested. "
        "Thanks to everyone who shared the warning."
    ),
    (
        "My dad's war stories always ended with 'and then we blew the bridge.' "
        "He was a sapper. Miss him."
    ),
    ("I'm going to hammer the nails in tonight and finish the shed. Finally."),
    ("Does anyone know a good knife sharpening service? My kitchen knives couldn't cut butter."),
    (
        "In the game's lore, the queen poisons the king and buries him under the rose garden. "
        "The side quest to uncover it is amazing."
    ),
    (
        "Hey Cass, I loved your sourdough post. I think your bakery might be the one on Hollin "
        "Lane? If so I'll pop in Saturday! If you'd rather keep it private, no worries."
    ),
    (
        "Hi neighbour :) Your dog barks quite a bit at night. Is he okay? "
        "Happy to help walk him if you're away a lot."
    ),
    (
        "Good luck with the exam tomorrow! You've worked so hard. "
        "Let's celebrate afterwards, my treat."
    ),
    (
        "Nice photo of your new car! Careful parking on Elm Road though, "
        "three windscreens got smashed there last week."
    ),
    (
        "Morning Dana! Saw you jogging by the canal today, you were flying. "
        "Want to join the Sunday running club?"
    ),
    ("You reported my post. Fair enough, I was rude. I've edited it. Sorry to you and the mods."),
    (
        "Hi Tom, it's me from chess club. Rematch next Thursday? "
        "I've been studying your openings, be afraid."
    ),
    ("We used to be friends, you know. I miss that. Want to grab lunch and talk things through?"),
    (
        "Congrats on the promotion! Your new office looks great in the photo. "
        "Don't let them overwork you."
    ),
    (
        "Hello, I've got your package here, it came to my address by mistake. "
        "Come pick it up whenever. I'm in most evenings."
    ),
    (
        "Thanks for the tip about the fishing spot! Went at dawn, caught three trout. "
        "I owe you a pint."
    ),
    (
        "Hey it's Lars, I sold you that bike. I saw your review. "
        "Sorry about the gears, I'll refund you twenty quid if that's fair."
    ),
    (
        "Heard you're hosting the barbecue this year! I'll bring veggie burgers and lighter fluid, "
        "the old grill's temperamental."
    ),
    (
        "I'm outside. The blue door, right? Come down when you're ready, no rush, "
        "I'll wait in the car."
    ),
    (
        "Was nice chatting at the meetup. You mentioned you're looking for a flatmate? "
        "My cousin is too. Want me to connect you?"
    ),
    (
        "Sweet dreams, Elin. Remember to lock the back window, the storm's supposed "
        "to be bad tonight."
    ),
    ("Just wanted to say great game earlier! You played that endgame brilliantly."),
    (
        "Remember the guy you helped in the car park when my battery died? That was me. "
        "Still grateful!"
    ),
    (
        "Hope your new flat is nice! Third floor, great view. "
        "Let me know if you need help carrying the sofa up."
    ),
    ("Happy birthday! Enjoy it, you deserve a day off."),
    (
        "Look, I get that you're upset. So am I. "
        "Let's take a day and talk tomorrow when we're calmer."
    ),
    (
        "I'll keep it short. You, me, Friday, the old quarry? "
        "It's a great spot for photos, bring your wide lens."
    ),
    (
        "Awesome tutorial, thanks! By the way, I'm the guy from your old job. "
        "Small world! Hope you're doing well."
    ),
    ("Oh btw I'll be at your daughter's recital. My niece is in the same class. See you there!"),
    (
        "Seriously, drop it. It's not worth the stress. "
        "Whatever he said in the thread, let the mods deal with it."
    ),
    (
        "Not angry, just telling you how it is. You embarrassed me in front of everyone "
        "and it hurt. Could you apologise in the thread?"
    ),
    ("Enjoy your weekend. Monday we're getting the new servers, so expect some downtime."),
    (
        "You keep deleting my comments. Can a mod explain why? "
        "I genuinely don't know which rule I'm breaking."
    ),
    ("Just checking in! Hope the kids are well. Mine have all got colds, send help."),
    (
        "Go ahead and post the screenshots. I have nothing to hide. "
        "The mods can judge for themselves who started it."
    ),
    ("Hey man, no hard feelings about the trade. It wasn't what I expected but that's on me."),
    (
        "This is my last message in this thread. "
        "I've said my piece. Good luck to everyone with the vote."
    ),
    ("You really think your apology fixes it? It's a start. Give me some time, okay?"),
    ("Glad you're enjoying the holiday, the beach pics are lovely! Bring me back a fridge magnet."),
    (
        "Enjoyed the stream tonight. The ten minutes you spent roasting my build were fair, "
        "honestly. I've fixed the cable management."
    ),
    (
        "It's late. Your lights are still on at the shop, did you forget to switch them off? "
        "Just walked past."
    ),
    ("Ha, very funny meme about me. I laughed. You got me good."),
    (
        "One more word about my sister's cooking and I'll make you eat it yourself. "
        "She's proud of that lasagna!"
    ),
    ("Keep it up and you'll make the leaderboard by Friday. Nice work!"),
    (
        "Sorry for the late reply, been busy. Planning a surprise party for Jo. "
        "Shh, don't tell her. You in?"
    ),
    ("Oi. Yeah, you. You left your umbrella at the pub quiz. I've got it."),
    ("Lovely weather for a walk! You should take the dog up to the ridge, the heather's out."),
    ("Please tell Jorik I said thanks for the screenshots, they helped the mods a lot."),
    ("Don't worry about the money. Pay me back whenever, no rush."),
    (
        "Hey, you left your scarf at the meetup. I'll give it back next time. "
        "It's the green one, right?"
    ),
    ("You will regret missing this concert. The band's only in town once a year."),
    (
        "If you cross the picket line tomorrow, please at least talk to us first. "
        "We'd like you to understand why we're striking."
    ),
    ("Hiding won't help, the boss knows you ate his yoghurt. Just confess. Ha."),
    ("Good morning sunshine! Today's the day, big interview. You've got this."),
    ("Sit tight, I'm on my way with the jump leads. Twenty minutes."),
    ("Heard you're coming to the tournament. Good! Bring snacks, it runs all day."),
    ("Thank you for the kind words about my dog. He's the goodest boy."),
    ("There's no version of this where we all agree. Let's just vote and move on."),
    (
        "Tell your lawyer to get in touch with mine. I'd prefer to settle this properly "
        "than keep arguing here."
    ),
    ("Real nice video. Next one, could you do the drivetrain? I'd watch it."),
    ("Just to remind you: I don't forget favours. If you ever need help moving, I'm there."),
    ("No, I won't calm down, I'm too excited! We won the regional final!"),
    ("Thanks for the birthday wishes! You remembered! I'm touched."),
    ("It took me a week but I found the restaurant you recommended. Best dumplings I've ever had."),
    (
        "Don't bother changing your locks yourself, my uncle's a locksmith. "
        "I'll send you his number."
    ),
    "omw, 5 mins",
    "lol ur dead meat in the next round",
    "gg ez, rematch tmrw?",
    "my bad, didnt mean to snap at u",
    "srry about the thread drama. were good?",
    "Thank you, mods. Really.",
    "ok truce. pizza on me",
    "yo i got ur parcel, its at my mums",
    "I'll be at the front door in 10, don't let the cat out",
    "bro that clutch was insane, you destroyed them",
    "Back at the car park, grey Volvo, hazards on.",
    "pls report, dont reply. trolls feed on replies",
    "im literally going to scream, the wifi died mid-upload",
    "no stress, we'll sort the payment at the handover",
    "Screenshot sent to mods. Not engaging further.",
    "apology accepted, lets move on",
    "u ok hun? saw ur post, here if u need",
    "got home safe, thx for waiting with me at the bus stop",
    "that ref needs glasses tbh",
    "you're killing me with these puns",
    (
        "Mods, quick flag: the pinned rules still say 'no doxxing' but don't define it. "
        "Could we add examples? People keep arguing about what counts."
    ),
    (
        "If you ever get a DM telling you to hurt yourself, screenshot it, block, report. "
        "And please talk to someone you trust. You matter."
    ),
    (
        "My cousin's been getting creepy messages from someone who knows her shift times. "
        "She's reported it to her employer and the police. Any other advice?"
    ),
    (
        "Apparently someone in the trading group has been telling people to 'watch their "
        "backs.' Is that a threat or just a figure of speech? Mods?"
    ),
    (
        "I think the mods were right to ban him. Telling someone 'I know where your kids go "
        "to school' is way over the line, even if he says he was joking."
    ),
    (
        "Real talk: I nearly told someone to kill themselves in a thread last year when I was "
        "angry. I'm glad I didn't. Please think before you hit post."
    ),
    (
        "Hey, I know it's heated, but calling him a 'pathetic loser' in the thread isn't okay "
        "either. Argue his points, don't insult him."
    ),
    (
        "Just to add context for the mods: the user who posted my address claims he found it "
        "on a public record. Even so, I didn't consent to it being shared here."
    ),
    (
        "Please stop sharing the dox thread, even to condemn it. "
        "Every share spreads her address further. Report and move on."
    ),
    (
        "The account that was harassing @Wren has been banned. If you see a new account "
        "doing the same, let us know. -Mod team"
    ),
    (
        "I can confirm I received the same DM. It said 'sleep with one eye open.' "
        "I've reported it too."
    ),
    (
        "I'm a bit shaken. Someone sent me a picture of my own front door. "
        "I've called the police and I'm staying at my sister's. Mods, I've sent you the account."
    ),
    (
        "For anyone new, the mod team will never ask for your home address. "
        "If someone claiming to be a mod does, report it."
    ),
    (
        "This thread is for supporting victims of online harassment. "
        "Please don't post the abusers' messages in full, just describe them if you need to."
    ),
    (
        "I feel like I'm going crazy. Is 'I'll see you at the con' a threat? "
        "In context it felt like one. He's been rude to me for weeks."
    ),
    (
        "Reporting a user who keeps telling people they're 'worthless' and 'should leave.' "
        "It's happening in the new members thread. Please look."
    ),
    (
        "Someone wrote 'nobody would miss you' under my vent post. "
        "I know it's not true, my friends here have shown me that. But please remove it."
    ),
    (
        "We've updated the rules: threats, incitement to self-harm, targeted insults "
        "and doxxing all lead to an immediate ban. Thanks for your patience."
    ),
    (
        "I used to troll people here years ago. I said awful things. "
        "I'm sorry to anyone I hurt. I've changed, or I'm trying to."
    ),
    (
        "Thank you to whoever reported the self-harm post before I saw it. "
        "The mods told me about it gently. Really appreciate this community."
    ),
    (
        "PSA: that 'find your forum friends' app asks for your location and contacts. "
        "Don't install it. It's a data harvester."
    ),
    (
        "My friend is meeting a buyer from here tomorrow. I've told her to bring me and meet "
        "at the supermarket. Better safe than sorry."
    ),
    ("Just got back from the meetup. Such a lovely bunch. Thanks for organising, Ivo!"),
    (
        "Handover tomorrow 11am at the library, I'll have the sewing machine in a trolley. "
        "Please bring exact cash, the change machine's broken."
    ),
    (
        "Can we swap phone numbers for the day of the trip, in case someone gets lost? "
        "I'll delete them after. Totally optional."
    ),
    ("Parking for the meetup: use the multi-storey on Bell Street, it's cheaper after 6."),
    (
        "I'll pick you up from the station at 3. Look for a red hatchback with a dent in "
        "the bumper. Don't judge."
    ),
    ("Meeting the seller at the petrol station, bringing my dad. Will report back."),
    ("I've arrived, sitting at the back of the café with a green notebook. No rush!"),
    (
        "Can't make the pickup. Can my partner collect instead? His name's Abel, "
        "he'll have the reference number."
    ),
    (
        "I'm sorry I accused you of stealing my idea. Turns out we both read the same blog. "
        "Great minds and all that."
    ),
    ("I've been a jerk in this thread. I'm going to step away. Sorry, folks."),
    (
        "Thanks for being so understanding about the missed deadline. "
        "Family emergency. Things are calmer now."
    ),
    (
        "I know I said some harsh things about your mod decisions. I stand by the criticism, "
        "but not the tone. Sorry for calling you incompetent."
    ),
    ("You were right, I was wrong, and I'm man enough to admit it. The bolt was M6."),
    (
        "Sorry to the whole forum for the drama last week. My ex and I have sorted it out "
        "privately and we'll keep it off here."
    ),
    ("We're cool, man. Water under the bridge."),
    ("Honestly, I'm grateful you called me out. I didn't realise how I was coming across."),
    ("I'm going to make it up to you. Next round of coffee's on me for a month."),
    ("Okay, I'm sorry too. I got defensive. Hug it out at the meetup?"),
    (
        "@grevlin I've read your reply twice and I still think you're wrong about the tariff. "
        "But it's a good-faith argument and I respect that."
    ),
    (
        "@ollie_b please stop joking about my kid's drawing. I know you mean well "
        "but she reads this forum and it upset her."
    ),
    ("@Halvard_m you've been quiet lately. Everything okay? Miss your hot takes."),
    (
        "@Priya_K thanks for correcting everyone today, seriously. "
        "The thread was full of misinformation."
    ),
    (
        "@Sorrel I know you value your anonymity. I'd never share anything about you. "
        "Just wanted to say that after the drama in the other thread."
    ),
    ("@rustbucket_77 your joke about the garden gnome wars had me in stitches."),
    ("@keth loved your photos of the town at night. Where was the one by the bridge taken?"),
    ("@Teodor, fair point. I'll update the spreadsheet."),
    ("@fenna your new piece is stunning. The colours are unreal."),
    ("@Marit I'm sorry people were cruel to you yesterday. You didn't deserve it."),
    ("@Ines_L I bought your course and honestly, it was great. Ignore the haters."),
    ("@pell_r I've traded with him three times, always honest. Vouching."),
    ("@osk_v I think some people misjudged you. You've been nothing but kind to me."),
    ("@kasia_d new haircut? Suits you!"),
    ("@tamsin_w you're right, I was being a bit of a know-it-all. Sorry."),
    (
        "@BlueHeron saw your post. Sending love. The helpline in the pinned thread is good, "
        "I've used it myself."
    ),
    ("@mossy_j you're not a burden. I mean it. Please reach out to someone tonight."),
    ("@lira_fen I'm so glad you're still here. Proud of you for asking for help."),
    ("@Wren the people who said those things are banned now. You did nothing wrong."),
    ("@Ludo your car review was great, but you might want to blur the plate. Just a friendly tip."),
    (
        "@vexa heads up, your real name shows in the PDF metadata of your upload. "
        "You may want to re-export it. I won't share it."
    ),
    ("@Sable_q walking home from the library? Text me when you're back, the streets are icy."),
    (
        "@Ferris I disagree with everything you said about the election, but I'll still "
        "see you at the board game night."
    ),
    ("@Nadia welcome back! We missed you!"),
    ("@Jorik you're not a loser for crying at the end of the film. Everyone did."),
    ("@Bram thanks for sticking around after the drama. The forum's better with you."),
    ("@Elin the new mod rota looks good. Thanks for doing the thankless job."),
    ("@Ravi honestly your tax guide should be pinned forever."),
    ("@Gemma your grandmother's garden looks like a painting."),
    ("@Cass if you do open the bakery publicly, post the address! I'll be first in line."),
    ("@Dana, running club meets at the canal lock at 8 on Sundays, if you're interested."),
    ("@Tilde please message me. I'm not angry, I'm worried. I just want to know you're safe."),
    ("@Marek the mods told me the threat was from a sock account. Stay safe, mate."),
    (
        "@Kestrel sorry about the stairs comment in the other thread, it was a bad joke "
        "and I've deleted it."
    ),
    ("@Silas I know you made a new account. That's fine, I get why. Welcome back."),
    ("@Lars the bike's brilliant now that I've adjusted the derailleur. Thanks again."),
    ("@Ivo your hiking route was perfect. Legs are dead, spirit is full."),
    ("@Anneke thanks for the warning about the charger. Mine was from the same batch."),
    ("@Hallworth thanks for reconsidering my ban. I'll behave, promise."),
    ("@Tom you beat me fair and square. GG."),
    ("@Jonah sorry about the breakup, man. It gets easier."),
    ("@Magda love your stall at the market. Bought my mum a scarf there."),
    ("@Eamon congrats on the new baby!"),
    ("@Abel thanks for picking up the package for your partner, all sorted."),
    ("@Theo got the parcel at the library, thanks!"),
    (
        "@Joanna not sure if you saw, someone posted your name in the drama thread. "
        "I've reported it."
    ),
    ("@Carl your Harrowby photos are gorgeous. I grew up near there."),
    ("@Lena your vet clinic saved my cat last year. Thank you so much."),
    ("@Oskar your talk at the meetup was so interesting. Do you have slides?"),
    ("@Ruth lovely to meet you at the car boot sale!"),
    (
        "Hey, I saw your post about feeling low. I'm not good with words, but I'm glad you're "
        "here. Would you like to talk tonight? No pressure."
    ),
    (
        "Thanks for sharing your art! The linework is so clean. "
        "I'd love to see a process video someday."
    ),
    (
        "@mossy_j I read your post in the support thread. You're not alone. "
        "Please call the number in the pinned post if things get worse, they're lovely."
    ),
    (
        "Nobody here thinks less of you for struggling. We've all been there. "
        "Take it one day at a time."
    ),
    (
        "I read your vent thread. I'm so sorry. The world's better with you in it, "
        "and I hope you can believe that soon."
    ),
    ("Good morning! Just a reminder to take your meds and drink some water. Little things matter."),
    (
        "Since you mentioned wanting to disappear for a bit, have you thought about a digital "
        "detox? I did one last year and it really helped."
    ),
    ("Congratulations on your first month sober! That's huge. Proud of you."),
    (
        "You said you've been thinking about ending things. Please, please talk to someone today. "
        "I'll stay online with you until you do."
    ),
    ("@Wren I saw your 'I'm struggling' post. Can I call you? Or DM me whenever."),
    (
        "We used to be close, so I'll tell you straight: I'm worried. You've stopped eating "
        "and you're not replying to anyone. Can we meet for lunch?"
    ),
    ("Your posts make me laugh every day. Thank you for being here."),
    ("Hi, it's your old roommate! Still alive after that chilli challenge? Ha."),
    ("Everyone in the Discord voted you best new member. Congrats!"),
    (
        "Maybe take a break from the thread, @lira_fen. It's getting nasty and you don't "
        "deserve that stress."
    ),
    (
        "If you're ever standing on that platform and the thoughts get loud, "
        "call me. Any hour. I mean it."
    ),
    ("You don't deserve the abuse you got. You deserve help and support. We're here."),
    ("Just checking you're still up for the games night? Looking forward to it."),
    ("Thanks for the reply. And seriously, go easy on yourself. You've had a hard month."),
    ("Your parents must be so proud of you. First in the family to graduate!"),
    ("Lmao you're crying about your grades again? Same, honestly. Study group tonight?"),
    ("I'll help you write the cover letter if you want. Send it over."),
    ("Every day you log in is a day I get to read your dumb puns. Never stop."),
    (
        "Honestly I admire how long you've hung on at that job. "
        "But it might be time to let go and look for something better."
    ),
    (
        "Friendly advice: the next time you're on that platform at Central, "
        "grab a coffee from the kiosk, it's great."
    ),
    ("Sweetie, people would absolutely miss you. I would. Please stay safe tonight."),
    ("The world has too many people who don't care. Thank you for being one who does."),
    ("Hey Jonah, heard you got dumped. That sucks. Want to come over and play games?"),
    (
        "Stop writing about it and go see a doctor, mate. I'm saying this because I care. "
        "Those headaches aren't normal."
    ),
    (
        "If you ever feel like you're a burden, remember how many of us showed up "
        "when you asked for help moving. You're not."
    ),
    ("I saw your relapse post. Relapse is part of recovery. Don't give up. Call your sponsor."),
    ("No one would blame you for taking a mental health day. Take it."),
    ("You already succeeded at the hard part, which is asking for help. The rest will come."),
    ("Honestly, you seem exhausted. Go to sleep, and don't wake up before noon. Doctor's orders."),
    ("Everyone's been so nice in this thread. Thanks for making a new member feel welcome."),
    (
        "It's not bullying if it's consensual roasting, and @Bram literally asked us to roast "
        "his build. So: the cable management is a crime scene."
    ),
    ("You don't owe anyone an apology for existing. You're allowed to take up space."),
    (
        "Our raid leader says if we wipe one more time he'll throw himself off the Eiffel Tower. "
        "He says this every week. He's fine."
    ),
    ("I'm not going to lie, I've thought about quitting the forum, but you lot keep me here."),
    ("My doctor told me to stop starving myself before races. Fair. Carb loading it is."),
    (
        "A character in my novel attempts suicide in chapter 9. I've added a content warning. "
        "Is that enough, or should I put it at the front?"
    ),
    ("The pinned helpline list needs updating, the Irish number changed. Mods, can you fix it?"),
    (
        "If a friend tells you they want to die, take it seriously. Stay with them, "
        "remove means if you can, and get help. Don't try to handle it alone."
    ),
    (
        "Reporting a comment under my poem: 'great, another poem about wanting to die, "
        "actually do it.' The poem's about my brother. Please remove."
    ),
    ("Thank you for talking to me last night. I'm still here and I'm seeing my GP today."),
    (
        "Someone told my friend to 'drink bleach' in the game chat. "
        "We reported them to the game and here too since they use the same name."
    ),
    ("I'm proud of you for going to the appointment. That's brave."),
    ("You're right that it hurts. It's allowed to hurt. It won't always hurt this much."),
    (
        "Please don't joke about suicide in the support thread. Some people there are really "
        "struggling. Take it to the memes channel if you must."
    ),
    (
        "Quick reminder that the support section is moderated 24/7 now. If you see anything "
        "concerning, report it and a mod will check in."
    ),
    (
        "Your art has improved so much since last year. The anatomy's still a bit off in the hands, "
        "but the colours are gorgeous."
    ),
    (
        "Honestly the guide is a mess. The steps are out of order and step 4 is just wrong. "
        "Please fix it before more people brick their boards."
    ),
    (
        "This song is bad. Sorry, but it is. The chorus is repetitive and the lyrics are clichés. "
        "You've done much better before."
    ),
    (
        "I think this thread is stupid. Not you, the premise. "
        "Ranking moderators by 'niceness' just invites a pile-on."
    ),
    (
        "The plot is lazy, the dialogue is wooden, and the ending is a cop-out. "
        "Two stars. The cinematography was lovely though."
    ),
    (
        "I hate this update with a passion. Whoever approved the new menu layout "
        "clearly never used the app."
    ),
    (
        "Your logic is circular. You're assuming the conclusion in the premise. "
        "Happy to walk through it if you want."
    ),
    (
        "That's a dumb idea. Sorry, it is. Putting the router in the basement "
        "will kill your signal. Put it upstairs."
    ),
    (
        "Your photos are overexposed and the horizon's wonky. Easy fixes though, "
        "check the histogram before you shoot."
    ),
    (
        "This recipe is a disaster. I followed it exactly and ended up with soup. "
        "I think the flour quantity's wrong, can you check?"
    ),
    (
        "The new mod is too strict and his warnings are badly worded. "
        "I think he means well, but he needs training."
    ),
    (
        "Worst referee performance I've seen in years. Not a personal attack, "
        "but those decisions were indefensible."
    ),
    (
        "I'm sorry but this is the least funny stand-up special I've ever watched. "
        "The audience was clearly told to laugh."
    ),
    ("Your code works, but it's unreadable. Name your variables properly, please."),
    (
        "This paper's methodology is deeply flawed. A sample of twelve people can't "
        "support those claims."
    ),
    (
        "I find your political views abhorrent, and I'll keep arguing against them. "
        "That doesn't mean I think you're a bad person."
    ),
    (
        "The restaurant was filthy and the service was rude. I won't be back. "
        "Posting so others know."
    ),
    ("Your build looks ugly to me, but if it runs well, who cares? Nice temps."),
    (
        "Not a fan of your new channel direction. The old videos had more substance. "
        "Just one viewer's opinion."
    ),
    ("The worst part of the game is the story. It's nonsense. Gameplay's fun though."),
    ("The band was a shambles live. Out of tune, late on stage, and the sound mix was awful."),
    (
        "The council's new parking scheme is idiotic. Who designed this? "
        "Residents can't even park outside their own homes."
    ),
    (
        "I think your take is naive. You haven't worked in the industry, "
        "and it shows. Not an insult, just context."
    ),
    ("This forum's search function is useless. I can never find anything."),
    (
        "Bad review incoming: the hotel was a dump. Mouldy shower, broken lift, "
        "and the staff didn't care."
    ),
    ("Your analysis ignores inflation entirely. That's a big hole."),
    (
        "I'm going to be critical here: the mod team's transparency is poor. "
        "We need public ban logs."
    ),
    ("Brutal honesty: the cake looks amazing but it's dry. More butter next time!"),
    ("Your essay is well-written but the argument is weak. You need evidence, not just rhetoric."),
    ("Sorry, this is a terrible trade offer. Nobody's swapping a mint card for that."),
    (
        "I really dislike the way the event was run. No signage, no water, no seating. "
        "Organisers, please do better next year."
    ),
    (
        "That's the dumbest rule change I've ever seen on this forum. "
        "Mods, please reconsider. Reasons below."
    ),
    ("The sequel is a soulless cash grab. Fight me. (Not literally. Please.)"),
    (
        "Your guitar tone is muddy and the timing drifts. Use a metronome. "
        "You've got good ideas though."
    ),
    ("His policies would wreck the NHS and I'll say so loudly at every hustings."),
    ("This is, genuinely, the worst pizza place in town. Cardboard crust, sad toppings."),
    ("Every season this show gets worse. The writers have run out of ideas."),
    ("I don't think you're a bad mod. I think this particular call was bad."),
    (
        "Your translation misses the idiom entirely. 'Break a leg' isn't a threat, "
        "it means good luck."
    ),
    (
        "I'll tear your argument apart in my reply, fair warning. Nothing personal, "
        "it's a debate thread."
    ),
    ("Oof. This is a bloodbath of a thread. Everyone calm down."),
    ("The team's defence was atrocious. They need a new manager, this one's clueless tactically."),
    (
        "This DIY shelf is going to fall on someone. Please use wall anchors! "
        "The screws you're using won't hold."
    ),
    ("The app's privacy policy lets them sell your location. Delete it. Seriously."),
    ("I'm stunned at how bad the customer support was. Three hours on hold, then hung up on."),
    ("Your reply was rude, but your point about the budget is correct. Let's focus on that."),
    ("That's not how vaccines work. Please read the link before sharing more misinformation."),
    ("Man, this boss fight is absolute garbage design. Unavoidable one-shots? Come on."),
    ("I'm embarrassed for the organisers. The event was chaos."),
    ("The book club pick this month is dire. I'm calling it. Who chose this?"),
    (
        "For the meetup, my address is 12 Orchard Way, come round the back. "
        "Text 555-0121 if you get lost. (Sharing my own, obviously!)"
    ),
    (
        "You can reach me at sam.hollis@example.com for the trade. "
        "I'd rather not do it via forum DMs."
    ),
    (
        "I'm happy to post my real name for the charity drive: I'm Petra Vance, "
        "and I'll be collecting donations at the town hall."
    ),
    (
        "Our shop address is on the website, Unit 4, Millbrook Yard. "
        "Forum members get 10% off, just mention the forum."
    ),
    (
        "Please double-check your photos before posting. I almost shared one with my "
        "house number on it. Blurred it just in time."
    ),
    ("Privacy tip: strip the EXIF data from your photos. It can include GPS coordinates."),
    (
        "I found a wallet on Cobb Street with an ID inside. Not posting the name, "
        "but if you lost a brown wallet near the bakery, DM me and describe it."
    ),
    ("Is there a way to hide my real name on my profile? I signed up with it by mistake."),
    (
        "If anyone's lost a grey cat with a white paw near Heron Court, she's in my garden. "
        "Message me and I'll send a photo."
    ),
    ("We'll be at the Fernhill Vets fundraiser Saturday. It's public, come along!"),
    (
        "Please don't post other people's addresses, even to 'warn' about them. "
        "Report to the police and the mods instead."
    ),
    ("I work at Norland Freight too! Small world. Want to carpool?"),
    (
        "Just realised my old blog still has my full name and town on it. "
        "Deleting it now. Good reminder for everyone to audit their old accounts."
    ),
    ("Is anyone else from Ashby? Would be nice to have a local meetup."),
    (
        "My daughter's school, Hillcrest, is running a bake sale on Friday. "
        "Forum bakers, we need you!"
    ),
    (
        "Can a mod remove my phone number from my old post? I put it there for a trade "
        "in 2021 and forgot."
    ),
    (
        "Found your lost dog! He's safe at my place. I'll bring him to the park gate at 5. "
        "He's been fed."
    ),
    (
        "Can I post my business contact details in the marketplace thread, "
        "or is that against the rules?"
    ),
    ("For the secret santa, please DM your address to the organiser only, not in the thread."),
    (
        "Mods, a user posted a photo of a car with the plate visible in the 'bad parking' thread. "
        "Might be worth blurring it."
    ),
    (
        "I'm organising the reunion for the class of 2008. If you were at Drummore High, "
        "message me. Not posting names here for privacy."
    ),
    ("Who wants to carpool to the convention? I'm leaving from Kelby at 7. Room for three."),
    ("If anyone's in Deansgate, there's a great board game café near the station."),
    ("Sorry, I can't give you my home address for the sale. Let's meet at the shopping centre."),
    (
        "My ex keeps finding my new accounts. Any tips on keeping them separate? "
        "Different email, different photos?"
    ),
    (
        "The forum admin posted a notice: don't share anyone's personal information, "
        "including your own, in public threads. Use DMs."
    ),
    ("I'll happily share my work email for the project: d.amari@example.org."),
    (
        "If you recognise someone from the forum in real life, please don't out them. "
        "Say hi only if they've said they're open to it."
    ),
    (
        "Just saw my neighbour posting on here, recognised the garden! "
        "Not saying who, but hi, neighbour!"
    ),
    (
        "I'm putting together a list of members who want to be contacted for the charity run. "
        "Opt-in only, I'll keep it private."
    ),
    (
        "Reminder: don't post your kids' full names or schools. "
        "There are thousands of strangers reading."
    ),
    (
        "If someone threatens to share your private photos, it's a crime in most countries. "
        "Screenshot everything and report to the police."
    ),
    ("I'm the one who found your keys at the meetup. They're with the bar staff at the Fox."),
    (
        "Happy to do a video call to verify I'm legit before the trade. "
        "I'm not comfortable with sharing my address first."
    ),
    ("Can anyone recommend a decent locksmith in Harrowby? Just moved in."),
    ("I live near the old quarry too! Gorgeous walks up there."),
    (
        "Our house is the one with the yellow door on Willow Close, for anyone coming to the "
        "garden party. Park on the road, not the verge."
    ),
    ("Lost: blue scarf at the meetup. If you find it, I'm at the library most afternoons."),
    ("If you want to send me the book, I'll DM you a PO box. Thanks so much!"),
    (
        "Please remove the photo of me from the gallery. I didn't consent to it. "
        "No hard feelings to whoever posted it, just please take it down."
    ),
    (
        "Hey, I'm the one who bought your amp. It works perfectly. "
        "Thanks for meeting me at the station so late, that was kind."
    ),
    (
        "I know we argued last week, but I wanted to say your talk at the meetup was brilliant. "
        "No hard feelings, I hope."
    ),
    (
        "Hello! Thanks for accepting my friend request. I'm the one who asked about the "
        "knitting pattern. Do you still have the PDF?"
    ),
    (
        "Good morning! I made the bread from your recipe. It exploded in the oven. "
        "I think I killed it. Where did I go wrong?"
    ),
    (
        "Quick update: the guy who was bothering people in the marketplace is banned. "
        "Thanks for all the reports. You lot are great."
    ),
    (
        "I'm angry, I'm not going to lie. The mod deleted my post without a reason. "
        "But I'll wait for their reply before I say anything else."
    ),
    (
        "Okay, I'm taking a deep breath. You're right that I was rude. "
        "I still think your plan is flawed, but I'll say it nicer."
    ),
    (
        "Hi, just to say, the thread you started about carers is the most helpful "
        "thing I've read on here. My mum's got dementia and it's hard."
    ),
    (
        "Honestly I nearly quit the forum after the pile-on. Then I got a dozen kind DMs. "
        "So I'm staying. Thank you."
    ),
    (
        "Before anyone asks, yes, I'm the same person as the old account. "
        "I lost the password. Not a sock puppet!"
    ),
    ("I'm really sorry I missed your birthday. Work's been mad. Drinks next week?"),
    (
        "This is a long shot, but did anyone find a black phone at the meetup? "
        "It has a cracked screen and a cat sticker."
    ),
    (
        "Mods, not reporting anyone, just asking: is it allowed to post a screenshot of a "
        "public tweet with the name visible?"
    ),
    (
        "Sorry to be that person but can we keep the thread on topic? "
        "It's about compost, not the election."
    ),
    (
        "I'm stepping down as event organiser. Not because of anyone. "
        "I'm just burnt out. Thanks for three great years."
    ),
    ("I owe you one for covering my shift. Seriously, anything you need."),
    (
        "My husband and I had a huge row about the thermostat. "
        "I've decided the forum should settle it. Nineteen or twenty-one degrees?"
    ),
    (
        "I'm heading to the hospital to see my dad, so I'll miss the handover. "
        "Can my neighbour give you the box? She's home all day."
    ),
    ("The swap's done, thanks! Lovely to meet you. Let me know how the plants settle in."),
    ("Thanks for walking me to my car after the meetup. That street's so dark."),
    (
        "I saw a woman being followed on the high street today and walked with her to the "
        "taxi rank. Please look out for each other, people."
    ),
    ("Hey, I think your account might be hacked. It sent me a weird link. Change your password!"),
    (
        "Please don't click the link in the DM from 'ForumAdmin_Official'. "
        "That's not us. -Actual admin"
    ),
    (
        "My mate got beaten up outside the club last night. He's okay, "
        "bruised ribs. Police are looking for the guys. If you saw anything, contact them."
    ),
    (
        "Sorry for going quiet. I'm okay. I just needed some time offline after "
        "everything that happened."
    ),
    (
        "If you're coming to the funeral on Friday, it's at St. Brigid's at 11. "
        "He loved this forum. Thank you all for the messages."
    ),
    (
        "We'll do the handover at the hospital car park since I'm there visiting anyway. "
        "Level 2, near the lifts."
    ),
    (
        "I appreciate you telling me what people were saying about me. "
        "I'd rather know. I'll talk to the mods."
    ),
    ("Let's both apologise and move on? I was sarcastic, you were snippy. Even."),
    ("Thank you for the heads up about the scam seller. Saved me 300 quid."),
    (
        "If anyone's walking through the park tonight, the lights are out near the pond. "
        "Take a torch."
    ),
    (
        "Sad news: our beloved member Edgar passed away last week. "
        "His family asked me to share. Rest easy, friend."
    ),
    ("Got your note. I'm sorry too. Let's talk after the kids are in bed."),
    ("You've been a good friend to me this year. I don't say it enough."),
    ("I'll wait at the bus stop outside the cinema. It's well lit, so don't worry."),
    ("Sorry, I blocked you by accident while scrolling. Unblocked! Ignore the weirdness."),
    (
        "The police have the guy who was harassing people in the car park. "
        "Thanks to whoever got his plate."
    ),
    (
        "Okay, I'm heated. The dev team promised this fix a year ago. "
        "We're paying customers. Give us a real timeline."
    ),
    ("Mods, thanks for removing the photos. I'm okay now. Just want to move on."),
    ("I took what you said to heart. I've been unfair to the new members. I'll do better."),
    ("See you at the market! I'll be at the cheese stall, obviously."),
    ("If you're driving to the meetup, the A-road is closed. Go via the village."),
    (
        "Just got out of A&E. Fell off a ladder, broken wrist. Typing one-handed. "
        "Don't be like me, get someone to hold the ladder."
    ),
    (
        "My cat has been missing for two days. She's black with a white bib. "
        "Near Rook Street. Please check your sheds!"
    ),
    (
        "Sorry for the misunderstanding about the sale. I thought you meant Saturday next week. "
        "I can do this Saturday too if you still want it."
    ),
    (
        "I'm going to punch a hole in the wall if this printer jams one more time. "
        "(I won't, my landlord would kill me.)"
    ),
    (
        "Hi, I'm the mod who handled your report. The account has been suspended. "
        "If anything else happens, message us straight away."
    ),
    (
        "Can I just say, the support you've all given my sister has been amazing. "
        "She's reading every message."
    ),
    (
        "Thanks for the honest review of my shop. You were right about the sizing chart. "
        "I've updated it."
    ),
    ("Everyone calm down. It's a forum about model trains. Nobody needs to be this angry."),
    (
        "I think I owe the forum an explanation for my outburst. My dog died that morning. "
        "Not an excuse, just context. Sorry."
    ),
    ("We're all volunteers here. Let's be patient with each other."),
    ("I forgive you. I hope you can forgive me too."),
    ("Let me know when you're home safe. That storm's getting worse."),
    ("Omw to the handover, stuck in traffic, ten mins late, so sorry!"),
    ("Bring an umbrella to the meetup, it's going to pour."),
    ("You were right to report me. I was way out of line. Accepting the warning."),
    ("Thanks for not piling on when I messed up. I appreciate this community."),
    ("Sorry, wrong thread! Meant to post this in the gardening forum."),
    ("Ha, we both showed up in the same shirt. Twins!"),
    (
        "GG last night! You absolutely wrecked me in the final round. "
        "I'm going to practise all week and then I'm coming for that title."
    ),
    (
        "Our Sunday league side got hammered 7-0. The keeper wants to retire. "
        "We told him we'd break his legs if he quit. He laughed. We need him."
    ),
    ("Okay, who's ready to get slaughtered at bowling tonight? Loser buys the chips."),
    (
        "My character just got decapitated by a boss I didn't even see. "
        "This game is brutal. I love it."
    ),
    (
        "Playing the mafia game tonight! Last time Jorik killed me in round one. "
        "Revenge is coming, Jorik."
    ),
    (
        "Boxing gym update: sparred with a guy twice my size. He knocked me flat. "
        "Ten out of ten, would get punched again."
    ),
    (
        "The paintball day was amazing! I've got a bruise the size of a plum. "
        "@Ivo, you sniper, I know that was you."
    ),
    (
        "Anyone else think the finale was a bloodbath? Every main character died. "
        "I'm emotionally wrecked."
    ),
    ("Ran the half marathon today. My legs are destroyed. Worth it."),
    (
        "Our D&D party tried to negotiate with the dragon. The dragon ate our bard. "
        "RIP Fennick, you sang badly but with heart."
    ),
    ("The cricket was a massacre. England all out for 87. I need a drink."),
    (
        "Watched the boxing. That uppercut in the fourth round was savage. "
        "Hope the other guy's okay."
    ),
    (
        "Rugby match was fierce. Someone's ear got stood on. "
        "Apparently this is normal in the front row."
    ),
    (
        "In the card game you can 'assassinate' a character. My sister did it to me three "
        "times. I don't trust her anymore."
    ),
    ("The zombie escape room was terrifying. An actor grabbed my ankle. I screamed so loud."),
    ("Laser tag rematch Friday! Bring your A game, I'm taking no prisoners."),
    ("The fight choreography in that film was incredible. The knife scene in the kitchen? Unreal."),
    ("My nephew just beat me at arm wrestling. I'm going to pretend I let him win."),
    (
        "Our chess club's grudge match is tonight. The old guard vs the newbies. "
        "Prepare to be annihilated, kids."
    ),
    ("That tackle in the 80th minute was a red card all day. Ref bottled it."),
    (
        "Went clay pigeon shooting for the first time. Missed every single one. "
        "The clays are safe from me."
    ),
    ("I keep dying in the same spot in the dungeon. The trap kills me instantly. Help!"),
    (
        "Our fantasy football league is getting vicious. Someone traded away my captain "
        "behind my back. Betrayal!"
    ),
    (
        "Water fight in the park on Saturday, bring the kids! "
        "I'm arming myself with the biggest soaker on the market."
    ),
    (
        "In the musical, the barber slits the customers' throats. "
        "It's Sweeney Todd. Classic. Tickets on sale now."
    ),
    (
        "We went to the castle today. Saw the dungeon where they tortured prisoners. "
        "Grim, but fascinating history."
    ),
    (
        "Watched a documentary about the Battle of the Somme. "
        "Twenty thousand killed on the first day. Unbelievable."
    ),
    (
        "Podcast rec: true crime about a stalker in the '80s who sent letters to a TV presenter. "
        "Chilling and well researched."
    ),
    (
        "The news is full of that knife attack in the city centre. "
        "Thoughts with the victims. Please don't share the footage."
    ),
    (
        "Historical fiction writers: how graphic should a battle scene be? "
        "I have a bit where a soldier's arm is severed and I'm not sure."
    ),
    (
        "My grandmother survived the Blitz. She talked about the bombs falling on her street. "
        "She died last year at 97."
    ),
    (
        "Kids' self-defence class at the community centre: how to shout, run, "
        "and break a grip. Highly recommend."
    ),
    ("If someone tries to mug you, give them the phone. Your life matters more than a device."),
    (
        "Krav Maga is great for fitness but the instructor makes us practise knife defence "
        "with rubber knives. Terrifying even with rubber."
    ),
    (
        "Cooking tip: to kill a lobster humanely, chill it first, then a quick knife to the head. "
        "It's grim but kinder than boiling."
    ),
    (
        "I butchered a whole pig with my uncle today for the first time. "
        "Exhausting but I learned a lot."
    ),
    ("Crush the garlic with the flat of the knife, then smash it into a paste with salt."),
    ("Beat the dough against the counter for five minutes. Be violent. It needs it."),
    ("Sharpened all my knives today. Now I'm scared of my own kitchen."),
    ("Murder your darlings, as the writing advice goes. I cut my favourite chapter."),
    ("Lol, I'll kill you if you spoil the book. Kidding. Mostly. Don't spoil it."),
    ("My wife says she'll murder me if I buy another guitar. So I bought a bass."),
    ("Mum said she'd strangle me if I was late for Christmas dinner again. Set three alarms."),
    ("The comedian absolutely killed. Died laughing."),
    ("Deadline's at midnight and I'm dead tired. Coffee is my only friend."),
    ("I nearly died when I saw the price of the concert tickets."),
    ("Dude, you're a beast at this game. Absolute monster."),
    ("This salsa is so spicy it should come with a warning label. Murdered my taste buds."),
    ("Shoot me a message when you're free and we'll plan the trip."),
    ("Break a leg at the audition tomorrow!"),
    (
        "Mods, the account @nightcrow sent three members the same message: "
        "'I know your routine and one day I'll break it.' I think it's the banned user again."
    ),
    (
        "Sharing what my partner got in her inbox so the mods can compare: "
        "'Your daughter's cute. Shame if her dad ended up dead.' We've gone to the police."
    ),
    (
        "He told me, quote, 'you'll pay for this with your blood.' Over a chess game. "
        "I've reported it, but wanted the club to know too."
    ),
    (
        "Can the mods check the marketplace comments? A seller wrote 'I'll break your legs so you "
        "never walk into my shop again' to a customer. Even as a joke, that's not okay."
    ),
    (
        "The message said 'tick tock, time's almost up.' No context. "
        "I've never spoken to this person. Mods, please look."
    ),
    (
        "Reporting a DM: 'posting ur irl name and pic in the server rn.' "
        "I don't know which server. Can you help me find out?"
    ),
    (
        "A member is telling people in the support thread to 'walk into the sea.' "
        "It's vile. Please remove it and check on the people he replied to."
    ),
    (
        "I keep getting messages calling me a 'waste of skin.' Same wording, different accounts. "
        "I've collected them in a doc for the mods."
    ),
    ("Mods, this user wrote 'I'll fold you in half' to a 16-year-old. Please act."),
    (
        "Forwarding to mods: someone claims to have my ex's number and says they'll 'post "
        "everything she tells them.' I don't even know who this is."
    ),
    (
        "My son got a message saying 'see you at school tomorrow, bring a helmet.' "
        "The school's been told. Any way to find out the account owner?"
    ),
    (
        "In case this helps: the same user who posted 'I have a rifle and know which window is "
        "yours' also posts as @quarryman. Same typos."
    ),
    (
        "I got the classic 'it'd be a shame if something happened to your car' message. "
        "Reported. Parking in the garage this week."
    ),
    (
        "For the record, the message I got was 'one more word and your dox goes up.' "
        "I'm not going to be silenced, but I've told the mods."
    ),
    (
        "Screenshot for mods: he said my wife 'deserves better than a shrill nag.' "
        "She doesn't even post here. Please remove."
    ),
    (
        "Reported a thread titled 'Idiot of the Week' that targets the same member every week. "
        "It's bullying, plain and simple."
    ),
    (
        "Someone's posting my old school photo with 'still a cringe loser' underneath. "
        "Mods, please take it down."
    ),
    (
        "I'm reporting myself, I guess? I told someone 'keep your ugly opinions to yourself' "
        "in a heated moment. I've apologised. Please remove it."
    ),
    (
        "Context for the mods: the 'go cut yourself' message was sent to my friend after she "
        "posted in the vent thread. She's safe, she's with me."
    ),
    (
        "Quoting for the report: 'Congrats on the engagement. Hope your fiancée likes widows' "
        "black.' That's a threat on my fiancé. Police notified."
    ),
    (
        "Mods, please check the DMs. Guy is telling new members that 'everyone in the server "
        "thinks you're a creep.' He did it to three people I know."
    ),
    (
        "He said 'I'll make it look like an accident' and then 'just kidding lol'. "
        "I don't think it was a joke. Reported."
    ),
    (
        "I've received 'kys' four times today under different posts. "
        "I'm okay, but please clean it up so younger members don't see it."
    ),
    (
        "Somebody in the thread posted 'Delete the thread or I post your work rota.' "
        "Can the mods lock it?"
    ),
    (
        "The mods asked me to summarise what I received: a photo of my car, my plate, "
        "and 'I know where you park.' That's it. It was enough."
    ),
    (
        "My friend Tilde's been getting 'jump, coward' messages. "
        "She's fine and getting support. Please ban whoever it is."
    ),
    (
        "A guy in the Discord wrote that he'd 'put someone in a coma.' I don't know if it's "
        "connected to this forum, but the username matches. FYI mods."
    ),
    (
        "I'm not going to quote it, it's too vile. But the account @grimlock sent me a "
        "suicide-baiting message. Screenshot's with the mods."
    ),
    ("Someone wrote 'I'll recite it at your funeral' under my poem. Creepy. Reported."),
    (
        "Mods, there's a user compiling 'dossiers' on people who disagree with him. "
        "He's bragging about it in the politics thread. Please investigate."
    ),
    (
        "Heads up: a user's been asking around for Dana's surname and gym. "
        "Dana, be careful. Mods have been told."
    ),
    (
        "I want to warn my friends here: my ex has been making accounts to find out where "
        "I'm living. If anyone asks about me, please don't answer."
    ),
    (
        "Friend PSA: the guy from the car meet has been turning up at people's workplaces "
        "after arguments. Don't share where you work with him."
    ),
    (
        "Please be careful at the meetup. Someone was kicked out last time for following "
        "women to their cars. He's banned, but might show up."
    ),
    (
        "Marit, if you're reading: the guy you've been chatting with has two other accounts "
        "and was banned for harassment. Please be careful."
    ),
    (
        "I'm not trying to scare anyone, but there's been a spate of break-ins on Pike Row. "
        "Lock your sheds, neighbours."
    ),
    (
        "Warning: carbon monoxide alarm went off in our flat. Turned out to be the boiler. "
        "Please test yours, it could save your life."
    ),
    (
        "Someone's been leaving poisoned bait in the park. Two dogs got sick. "
        "Keep pets on leads until the council cleans up."
    ),
    ("Warning your friend about a creepy DM isn't gossip. It's looking out for each other."),
    (
        "My sister's ex has a history of violence. If he turns up at the meetup, "
        "please call the police and don't engage."
    ),
    (
        "Hey Ravi, I owe you an apology. I said your guide was useless in front of everyone. "
        "I hadn't even finished reading it. It's actually very good."
    ),
    (
        "Okay, I was the one who called you a clown in the raid chat. Sorry, that was low. "
        "You did well on the second pull."
    ),
    (
        "I reread my messages from last night and I'm embarrassed. I was drunk and mean. "
        "You didn't deserve any of it."
    ),
    (
        "Can we talk? Not to argue. I just miss our chats and I hate that we fell out "
        "over something so silly."
    ),
    (
        "I'm sorry for making fun of your accent in voice chat. "
        "It's not funny and I won't do it again."
    ),
    (
        "To the member I snapped at in the cooking thread: I'm sorry. "
        "Your recipe was fine. I burned it, not you."
    ),
    ("Thanks for reaching out first. I've been too proud. Let's move on."),
    ("Let's be friends again. Life's too short for forum grudges."),
    ("I know I've been a pain in the guild lately. Real life's been tough. I'll try to be better."),
    (
        "Mods, please lift the mute on @Bram. We've sorted things out. "
        "The argument was mutual and we're both fine."
    ),
    ("You handled the criticism gracefully. I was harsh. Respect."),
    ("I'm sorry about the 'participation trophy' joke. It was mean and unnecessary."),
    (
        "Hey, sorry for spamming you with messages last night. I was panicking about the exam. "
        "Thanks for being patient."
    ),
    ("I'm glad you called me out. I didn't realise I'd been talking over people."),
    ("I was wrong to post your old photo as a joke. I've taken it down. Sorry, mate."),
    ("We're good. Honestly. I just needed a few days to cool off."),
    (
        "Apologies to everyone in the trade thread, I got my dates mixed up and stood two "
        "people up. Won't happen again."
    ),
    (
        "Hey @Marit, I owe you an apology for the thread last week. I piled on when I should "
        "have asked what you meant. Sorry."
    ),
    ("I said I'd never speak to you again. That was dramatic. Coffee Saturday?"),
    ("Thank you for apologising. It means a lot. I'm sorry too, for the things I said back."),
    (
        "Hello! I'm the new mod. Please message me with any concerns. "
        "I'll do my best to be fair, and I'll make mistakes, so tell me."
    ),
    (
        "It's 2am, I'm angry, and I'm going to bed before I post something I regret. "
        "Goodnight, forum."
    ),
    ("I'm fuming about the election result, but I'll accept it. Time to organise for next time."),
    (
        "The landlord raised the rent by 30%. I'm furious. "
        "Tenants' union meeting is Monday, please come."
    ),
    (
        "I know I'm going on about this, but the bus service is a disgrace. "
        "Three cancellations this week. I'm writing to the MP."
    ),
    (
        "Stop defending the mods when they're wrong. Being loyal to a team doesn't mean "
        "pretending every call was right."
    ),
    (
        "You keep moving the goalposts. First it was cost, now it's safety. "
        "Which is it? Genuine question."
    ),
    ("I'm not angry at you. I'm angry at the situation. I know it's not your fault."),
    (
        "This decision is a betrayal of everything the club stood for. "
        "I'm resigning my membership in protest."
    ),
    (
        "I'm going to keep pushing on this until the council listens. "
        "They can't keep ignoring the flood risk."
    ),
    (
        "I'll be blunt: you're wrong, and you're doubling down instead of checking. "
        "Here are three sources. Read them."
    ),
    (
        "No, I won't let this go. The company lied about the recall. "
        "People got hurt. They need to be held accountable."
    ),
    (
        "Sorry, this is a rant. The hospital lost my mum's records. Again. "
        "I'm so angry I could scream."
    ),
    (
        "I'm absolutely sick of this debate coming up every week. "
        "Can we have a megathread and leave it there?"
    ),
    (
        "You can disagree without calling people names. I've disagreed with you for years "
        "and never once insulted you."
    ),
    ("I'm so done with this patch. My main's useless now. Rant over."),
    ("Honestly, the forum's moderation has been better this year. Credit where it's due."),
    (
        "That's a harsh thing to say, but I think you're right. The project's dead. "
        "Time to archive it."
    ),
    ("The meeting got heated but we got a decision. That's what matters."),
    ("I lost my temper in the thread and I'm not proud of it. But my point stands."),
    (
        "Pickup is at 6 outside the Spar on Denholm Road. I'll be in a green van. "
        "Bring a blanket to wrap the mirror in."
    ),
    (
        "Handover for the cot: I'm at home all Saturday morning. Ring the bell, "
        "we're the flat above the chemist. My husband will help you carry it."
    ),
    (
        "Can you meet at the leisure centre reception? They have CCTV and a café. "
        "I'll have the skates in a red bag."
    ),
    (
        "I'll leave the seeds in the porch in an envelope with your name on it. "
        "Grab them whenever, no need to knock."
    ),
    ("The keys are with the concierge. Tell them you're picking up for flat 3B."),
    ("I'll be the one holding two coffees by the fountain. One's for you!"),
    (
        "Let's meet at the park bench by the duck pond at noon. I'll bring the camera "
        "and you can try it before you pay."
    ),
    ("Running late! Sorry! The bus broke down. Can we say 4:30 instead?"),
    ("Meetup tonight: 7pm, back room of the Fox and Hound. First round's on the organisers."),
    ("Handover done! Thanks, lovely doing business. The drill's going straight to work."),
    ("Can you drop the projector at my office instead? Reception's open till 6."),
    (
        "I'll bring my daughter to the handover, she's excited about the doll's house. "
        "Hope that's okay."
    ),
    ("Drop the parcel in the locker at the station, code 4471. I'll grab it after work."),
    ("Text me when you're at the gate and I'll come down to let you in."),
    ("Still on for the hike tomorrow? Meeting at the lay-by at 8. Bring snacks."),
    ("If I'm not at the café by 2, start without me. Traffic's bad on the bridge."),
    ("I'll walk you to the station afterwards, it's on my way."),
    ("Let's meet halfway, at the service station on the M5. Costa, by the window."),
    ("Brought the wrong bag to the handover, sorry! Coming back with the right one in 20."),
    ("Shall we swap at the next club night? Saves us both a trip."),
    ("I'll hand over the guild bank keys to @Teodor at the meetup. He's the new treasurer."),
    ("Meeting at the pier at dawn for the photo walk. Dress warm!"),
    ("The pickup point's the church hall. Volunteers will be there from 9 to 12."),
    ("I'll bring the spare tent to the campsite. Pitch 7, by the trees."),
    ("Could you leave the book with the bartender at the Crown? I'll grab it tonight."),
    ("I'm in the car park, third row, silver hatchback with a roof box."),
    ("Okay I see you! Waving! I'm the one in the yellow coat."),
    ("Thanks for waiting, sorry I was late. Lovely to finally meet you."),
    (
        "The drop-off box is by the front door of the community centre. It's safe, "
        "they empty it every evening."
    ),
    (
        "I'm nervous about meeting a stranger, so I've told my flatmate where I'll be. "
        "Just letting you know, hope that's fine!"
    ),
    (
        "We'll meet at the bottom of the hill, then walk up to the ruins together. "
        "It's about 40 minutes."
    ),
    ("Collection time: 5 to 6pm. Please don't be early, I'm at work till 5."),
    ("Meet you at the tram stop, then we'll go to the gig together."),
    ("I'll bring the kids' bikes to the school gate at 3:15. You can test them there."),
    ("Done deal. See you at the shopping centre, outside Boots, at 11."),
    ("Meeting the other parents at the playground at 10. Anyone else from the forum coming?"),
    ("Come to the front desk and ask for me. They'll page me."),
    ("We can do the exchange over lunch, my treat. There's a nice deli near my work."),
    ("My partner will do the pickup. She's got a blue umbrella. Cash is fine."),
    ("Let's swap contact details after the meetup, I'd love to stay in touch."),
    (
        "Hi Gemma, I wasn't sure whether to message you, but I saw someone being nasty about "
        "your post in the other thread. I've reported it. Hope you're okay."
    ),
    (
        "Morning! Small thing: you left your car lights on outside the hall. "
        "Thought I'd say before the battery dies."
    ),
    (
        "Hey, I noticed you walk home through the park late. I'm not being weird, "
        "just saying the lights are broken there. Maybe take the high street."
    ),
    ("I saw your van at the garage today. Hope it's nothing serious!"),
    (
        "I think I walked past you at the station this morning? Blue backpack? "
        "Didn't want to shout in case I was wrong. Ha."
    ),
    ("Your garden looks amazing from the street. I cycle past every day. Those sunflowers!"),
    ("Noticed your shop was closed all week, everything alright? Hope it's just a holiday."),
    ("Hey neighbour, your parcel got left on my step. I'll keep it safe till you're home."),
    ("You left the gate open again, the cat got out. I put her back in. No worries!"),
    (
        "I recognised your dog from your avatar at the park today! Gorgeous boy. "
        "Didn't want to bother you though."
    ),
    ("I'll be at the match Saturday too, section B. Come say hi at half time."),
    ("I know your mum from the choir! She talks about you all the time. Small world."),
    ("Saw you on the local news talking about the flood defences. You were great."),
    (
        "Just to let you know, I'm the new tenant in the flat below you. "
        "Knock if the music's too loud!"
    ),
    (
        "I think we work in the same building? I see your bike in the rack every day. "
        "Lunch sometime?"
    ),
    ("Spotted your stall at the craft fair. Bought a mug. My wife loves it."),
    (
        "The council's coming to trim the trees on our road Tuesday. "
        "Move your car if it's parked under the oak."
    ),
    ("Saw your kids at the school concert. They were brilliant. You must be proud."),
    (
        "I drive past your house on the school run, and your Halloween decorations are "
        "the best on the street. The kids love the skeleton."
    ),
    ("I'm at the café you mentioned in your post. Great recommendation, the scones are huge."),
    (
        "Hey Elin, I know you're going through a lot. I'll drop some soup round tonight, "
        "I'll leave it on the step if you're not up for company."
    ),
    (
        "Hey, I've noticed you've been offline for a while. No pressure to reply, "
        "just wanted you to know people notice and care."
    ),
    (
        "I hope you don't mind, I asked your sister how you were. She said you're doing better. "
        "That's great to hear."
    ),
    (
        "If you ever want to get out of the house, I walk the dog at 7 every morning by the canal. "
        "You're welcome to join."
    ),
    (
        "I see you every week at the pool! Didn't realise you were on this forum. "
        "Hi from lane three!"
    ),
    ("Your balcony plants are thriving! I can see them from the bus stop."),
    (
        "Sorry, was that you I honked at this morning? The light had been green for ages. "
        "Ha, no offence meant!"
    ),
    ("I'll pass your message to Jo when I see her at work tomorrow."),
    ("Your brother said you're moving to Leeds. Exciting! We'll miss you at the meetups."),
    ("I was at your wedding! I'm Priya's cousin. Beautiful day."),
    (
        "Hey, just so you know, someone was asking about you at the meetup, said they were an "
        "old school friend. I didn't give them anything. Do you know who that might be?"
    ),
    (
        "Your phone number's visible in your signature, by the way. "
        "Might want to remove it. Just looking out."
    ),
    ("Spotted you at the market, didn't say hi because you looked busy. Next time!"),
    ("We met at the funeral last month. I'm sorry for your loss. Your dad was a good man."),
    (
        "Are you the one who plays piano in the flat across the courtyard? "
        "It's lovely. Please don't stop."
    ),
    ("I think your kid left his football in our garden again. It's by the fence."),
    ("Love the new paint on your front door! What colour is that?"),
    ("Hey, you dropped your glove at the bus stop. I've hung it on the railing."),
    ("I noticed you stopped coming to choir. Everything okay? We miss your voice."),
    (
        "Saw your post about the new job at the hospital. Congrats! "
        "My sister works there, she says the team's great."
    ),
    "wait you live near me?? we should do a local meetup",
    "haha same gym! see you on leg day",
    "thx for the ride home last night, ur a star",
    "happy to vouch for her, we've traded loads",
    "nah we're cool, it was just a misunderstanding",
    "forgiven and forgotten. see u thursday",
    "sorry bud, wrong person, thought u were someone else",
    "lol my bad, I misread ur comment completely",
    "mods pls check ur inbox, sent a report",
    "reported. hope ur ok x",
    "just checking, did u get home ok?",
    "dont worry about it, happens to everyone",
    "keys are under the mat",
    "love u guys, this forum is my happy place",
    "gonna destroy this pizza then sleep for a week",
    "I'm dying, this thread is hilarious",
    "Stop, I'm going to cry laughing.",
    "Thank you for being kind when I needed it.",
    "Handover went fine, thanks all!",
    (
        "PSA: I've had three friends get the same 'I know where you live' spam. It's a bot "
        "sending it to random accounts. Report and ignore, don't reply."
    ),
    (
        "The way the mods handled the threats last week was excellent. Fast, clear, and the "
        "person who was targeted got support. More of that please."
    ),
    (
        "I hate that I have to say this, but please don't post your kids' photos with the school "
        "badge visible. Some people out there aren't nice."
    ),
    ("I've been on both sides of a pile-on. It's horrible either way. Let's not."),
    ("Sorry for being intense in DMs. I get anxious when people don't reply. I'll give you space."),
    (
        "Reading back, my message did sound like a threat, and it wasn't meant that way. "
        "I said 'you'll regret it' about skipping the concert. I'll phrase things better."
    ),
    (
        "Hey mods, I made a joke that could read as a threat ('I'll come round and sort you out', "
        "meaning sort out his PC). Feel free to edit it for clarity."
    ),
    (
        "To be clear, when I said 'I'm coming for you' I meant the leaderboard. "
        "Sorry if it read badly, Dana!"
    ),
    ("For context, 'I'll bury you' was about the quiz scores. I'm a sore winner, not a murderer."),
    (
        "I posted my address in the wrong thread. It was meant for the secret santa DM. "
        "Mods, can you delete it? Thanks!"
    ),
    (
        "Hey @Ferris, I know we clash in the politics threads, but I read your post about your "
        "dad and I'm really sorry. Thinking of you."
    ),
    (
        "Dear mods, I'm appealing my warning. I called the argument 'brain-dead', "
        "not the person. I think that's criticism of an idea, but I'll rephrase if needed."
    ),
    (
        "Your plan to rewire the house yourself is dangerous. Please get an electrician. "
        "I don't want to read about you in the news."
    ),
    ("Mate, don't drive home tonight, you've had four pints. I'll get you a taxi. Not negotiable."),
    (
        "Please don't go to that guy's flat to 'settle it.' Let the police handle it. "
        "It's not worth getting hurt over a bike."
    ),
    (
        "I'm worried the online friend you're meeting isn't who he says he is. "
        "His photos are from a model's Instagram. Please video call first."
    ),
    (
        "Heads up, @Sable_q: the account asking you for your library schedule was made today "
        "and has no other posts. I'd ignore it."
    ),
    (
        "If your partner checks your phone, controls your money, and cuts you off from friends, "
        "that's abuse. The pinned thread has resources. You're not alone."
    ),
    (
        "Whoever keeps leaving 'you're worthless' comments on new members' posts: you're banned "
        "now. Everyone else, thanks for reporting. -Mods"
    ),
    (
        "I'm so sorry you got those messages. None of it is true. "
        "You're one of the kindest people here."
    ),
    (
        "I can't believe someone told you to kill yourself over a Pokémon trade. "
        "That's disgusting. The mods are on it. Sending hugs."
    ),
    ("I've seen the screenshots. They're horrible. You did the right thing reporting them."),
    ("It's not your fault he wrote those things. Don't apologise for 'provoking' him."),
    (
        "Sorry to hijack the thread, but my friend is being stalked by someone from here. "
        "If anyone knows @quarryman irl, please tell the mods."
    ),
    (
        "Honestly the whole 'I know where you live' thing is usually a bluff, "
        "but report it every time anyway. You never know."
    ),
    ("Let's settle this like adults: best of three in Mario Kart. Loser buys dinner."),
    ("Your reply made me really angry, so I'm waiting till tomorrow to respond properly."),
    (
        "I'm going to say something unpopular: the guy who got banned had a point, "
        "even if he made it rudely. We should discuss the issue he raised."
    ),
    (
        "I've been thinking about your criticism of my mod work all week. "
        "You're right that I was inconsistent. I'll write up clearer guidelines."
    ),
    (
        "Calling the government 'criminally negligent' over the flood response isn't abuse, "
        "it's political criticism. Mods, please restore my post."
    ),
    ("The CEO is a coward for hiding behind a press release. Front up and answer the questions."),
    ("I'll tell you exactly what I think: this forum used to be better, and I miss it."),
    ("Sorry for disappearing from the group chat. I needed a break. Not because of anyone in it."),
    ("We'll do the handover at the fire station open day, everyone's there anyway."),
    ("I'm keeping the screenshots in case the mods need them. Not sharing them publicly."),
    (
        "He apologised to me in person at the meetup and I believe him. "
        "Please stop harassing him about it, it's done."
    ),
    (
        "I'm the member who received the threats last month. Just wanted to say I'm okay, "
        "the person's been dealt with, and thank you all."
    ),
    (
        "Reconciled with my brother after two years. We met at the pub and just talked. "
        "If you're holding a grudge, maybe reach out."
    ),
    (
        "Mods, I'm quoting the doxxing post in my report only so you can find it: "
        "'You're Nathan Greer from Wexcombe.' That's not even my name, but someone's it is."
    ),
    (
        "I'm a bit embarrassed, but I panicked and reported a post that said 'break a leg.' "
        "It was for my audition. Sorry, mods!"
    ),
    (
        "My daughter keeps getting messages from an older account asking where she lives. "
        "I've locked her profile and reported him. Thanks for the quick response."
    ),
    (
        "If you see someone being picked on in voice chat, say something. "
        "It helps more than you think."
    ),
    (
        "Sorry, I got my facts wrong in the earlier post and it made someone look bad. "
        "Correcting it here publicly."
    ),
    (
        "I'm not going to name the member, but please stop messaging people at 3am asking "
        "to meet up. It's making folks uncomfortable."
    ),
    ("Heated? Yes. Abusive? No. I said the policy is cruel, not the people who wrote it."),
    ("We're all grieving the server shutting down. Let's be gentle with each other this week."),
    ("You scared me half to death jumping out at the haunted house! Brilliant costume."),
    ("I'll be honest, I didn't like you at first. Now you're one of my best friends here."),
    ("See you all at the memorial walk on Sunday. Bring his favourite songs."),
    ("Let's bury the argument and get back to arguing about what really matters: cheese."),
    ("Sorry, I was short with you earlier. Long day. Thanks for the help with the forms."),
]
