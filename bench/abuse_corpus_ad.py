"""Abuse corpus AD: polite, articulate, passive-aggressive abuse versus frank but civil criticism.

Written by a helper session (Claude) on 2026-12-07 for the forum project's moderation bench,
BLIND: without reading the detector (moderation/), its tests, any other bench/ file, and without
running any detector on these sentences. Every sentence written by hand; none generated from slot
lists.

TRAINING: used to train the abuse reader.

Emphasis: abuse with no swear words and good manners on the surface: backhanded compliments,
concern trolling, faux sympathy, "just asking" questions, gaslighting, exclusion, veiled mockery
of competence, age, looks, accent, parenting, faith or disability, sustained targeting of one
member across replies, and threats or doxxing phrased courteously. The INNOCENT list holds the
civil look-alikes: frank criticism, code and design review, feedback on work, disagreements,
moderator warnings, apologies, and people describing how they were bullied.

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
    "With respect, if you post that again I will find you and break your jaw.",
    "I'd hate for you to have an accident on your way home tonight, but these things happen.",
    "Kindly be aware that the next time we meet in person, I will hurt you.",
    "I'm a patient man, Derek. But I will put you in the hospital if you keep this up.",
    (
        "Please don't mistake my politeness for weakness; I know where you park and I will "
        "slash more than your tyres."
    ),
    "You should sleep with one eye open from now on. Just a friendly suggestion.",
    "It would be a real shame if someone waited outside your office and beat you senseless.",
    "i will find you. respectfully.",
    "Let me be perfectly clear: I am going to hurt you, and I am going to enjoy it.",
    "Thank you for your reply. I'll be visiting you with a bat this weekend.",
    "Do enjoy your evening walk, Marcus. It may be your last one on two working legs.",
    "I'd suggest you keep your children indoors for a while. Just a thought.",
    "Consider this your only warning: next meetup, you will leave on a stretcher.",
    "I would genuinely love to see your face when I set your car on fire with you in it.",
    "Lovely profile photo. It'll look nice on the memorial card.",
    "Keep talking, sweetheart. I'll make sure you never talk again.",
    "I have been very reasonable so far. From now on I will answer you with my fists.",
    "Apologies in advance for what I'm going to do to you when I find your flat.",
    "I'm not angry. I'm just going to make sure you stop breathing.",
    "With all due respect, one more word and I'll come round and strangle you.",
    "You seem like a nice person, which is why it will hurt me a little to hurt you.",
    (
        "Please do show up at the meetup on Saturday. I have something special planned for "
        "you, and it involves a knife."
    ),
    "I'd watch the brakes on that car of yours if I were you.",
    "Funny how accidents happen to people who talk like you. Very funny, really.",
    "Sincerely hoping you enjoy your last week of walking without a limp.",
    (
        "Noted. I'll be waiting by your gate at six and we'll settle this the old way, with "
        "me kicking your head in."
    ),
    "Dear moderator, I'm going to find you and make you bleed. Regards.",
    "You've made your point, and I'll make mine with a hammer.",
    "Just so you know, I own a rifle and I've been thinking about you a lot lately.",
    "If I were you I'd stop opening parcels. I'm only saying.",
    "I'll be gentle at first. Then I'll break every finger you type with.",
    "Please rest assured that your family will pay for what you wrote.",
    "mark my words, ur going to get hurt and i'll be the one doing it",
    "Honestly, someone should put you down like a sick dog, and I'm volunteering.",
    "I'm sure your wife would hate to come home and find you in pieces.",
    "Take care of yourself, Priya. Really. Because I won't be taking care of you when I get there.",
    "With the greatest of respect, I will burn your house down while you sleep.",
    "You'll regret this thread. Physically. I promise you that.",
    "Let's meet up and discuss it like adults. Bring a friend to drive you to A&E.",
    "I know which bus you take. Think about that.",
    "Respectfully, I hope you enjoy your teeth while you still have them.",
    "Keep mocking me and I'll show you exactly how sharp my kitchen knives are.",
    (
        "My grandfather taught me how to deal with people like you. It involved a shovel and "
        "a quiet field."
    ),
    "Not a threat, just a forecast: you are going to get beaten very badly.",
    "You might want to update your will before Friday.",
    "Sorry to disturb, but I'm going to shoot you the next time I see you.",
    "I'll be polite about this once: stop, or I will hurt you and your dog.",
    "I hope you've said goodbye to your mother recently. I'm on my way.",
    "Such a brave keyboard warrior. Let's see how brave you are with my boot on your throat.",
    (
        "Cheers for the feedback. I'll return the favour with a brick through your window and "
        "then through your head."
    ),
    "I'd gladly do ten years for the pleasure of snapping your neck.",
    "You're making it very hard for me not to drive over there and hurt you.",
    "Quite right, sir. And I'll be quite right when I put you in the ground.",
    "Don't worry, I won't say anything else online. I'll say it in person, with a crowbar.",
    "Polite reminder that I know your shift ends at ten and the car park is dark.",
    "We'll be seeing each other soon, and you won't be walking away from it.",
    "I'm writing this calmly so you understand I mean it: I will kill you.",
    "Think carefully about whether this argument is worth your kneecaps.",
    "Do say hello to your little girl for me. I'll be saying hello in person soon enough.",
    "Gentle advice: lock your doors tonight. All of them.",
    "You've been warned, kindly and repeatedly. Next time it's a knife.",
    "Bless your heart, you really think a block will stop me from coming to your door?",
    "Go ahead and ban me. I'll still be outside your house with a baseball bat on Monday.",
    "I promise I'll make it quick, which is more than you deserve.",
    "I'm genuinely going to hurt you. I've never been more sincere about anything.",
    "The next time you contradict me in public will be the last time you have working eyes.",
    "Thank you for being so honest. I'll be equally honest with a tire iron.",
    "Enjoy the peace and quiet while it lasts. I'm coming for you and your brother.",
    "When I'm done with you, your own mother won't recognise your face.",
    "You know, a fall down those stairs of yours could be arranged.",
    "Just a heads up: I'm bringing petrol and a lighter to your place.",
    "I'd advise you to stay away from the Thursday game night. For your own safety, as they say.",
    "All I'm saying is that people who talk like you tend to end up in ditches.",
    "I do hope you like hospital food, because you'll be eating a lot of it.",
    "It's fine. I'm calm. I'll just wait for you after work and crack your skull open.",
    "Next time you speak to my sister like that I'll break both your arms.",
    "Please understand that I'm fully prepared to stab you over this.",
    "Have a wonderful day, and try not to think about what I'll do to you tonight.",
    "I have a lot of time and a very good aim. You should keep that in mind.",
    "If you're wondering whether I'd actually hurt you, the answer is yes, gladly.",
    "Your cat looks lovely in the window. Would be a shame if it went missing and you went next.",
    "One more condescending reply and I'll drag you out of your house by your hair.",
    "I've been thinking of ways to make you suffer. I've settled on one.",
    "Mate, I'm going to smash your face in. Nothing personal.",
    "I won't report you. I'll deal with you myself, with my hands, round your neck.",
    "Enjoy your holiday. Flights home can be very dangerous for people like you.",
    "I'll see you at the school gate tomorrow and we'll see who's laughing after I hit you.",
    "kindly shut up before i come over and shut you up permanently",
    "Allow me to be courteous one last time: I will beat you until you stop moving.",
    "Your address isn't hard to find and neither is a can of petrol.",
    "I'm counting the days until I get to hurt you. Eleven left.",
    (
        "I genuinely wish you well until Friday, after which I'll be wishing you pain, and "
        "delivering it."
    ),
    "Feel free to keep ignoring me. It'll make the surprise visit all the sweeter.",
    "Everyone keeps telling me not to hurt you. I've stopped listening.",
    "Please consider this a courtesy notice that I will be assaulting you at the next meetup.",
    "Dear Ms Okafor, you will be hurt, and soon. I wanted you to hear it from me first.",
    "Let me know when you're home so I can come over and put you through a wall.",
    "I'll be very sorry afterwards, I'm sure, but I'm still going to shoot you.",
    "Cross me again and they'll be fishing you out of the canal.",
    "Listen carefully, because I'll only say it once, nicely: I will kill your dog and then you.",
]

THREAT += [
    "I'd think twice before walking home alone after what you posted, Lena. I'll be around.",
    (
        "Oh, you're so clever online. Let's see how clever you are when I'm holding your head "
        "underwater."
    ),
    "You have until Sunday to apologise. After that I'm coming to your house to hurt you.",
    "It's not a threat if I actually do it, is it? And I will.",
    "Respectfully, I'm going to put a bullet in you.",
    "i know where u live and im going to hurt u, this is not a joke",
    "My lawyer can't help you and neither can the police once I've finished with you.",
    "Perhaps a few broken ribs would teach you some manners.",
    "I'll give you a head start, which is generous considering what I'll do when I catch you.",
    "You'll be limping for the rest of your life after I see you. Guaranteed.",
    "I've asked nicely. Now I'll be asking with a knife at your throat.",
    "Consider yourself lucky I'm across town. For now.",
    "It would be terribly unfortunate if your kids' school caught fire with them inside.",
    "I hope you enjoyed today. I'm going to make sure tomorrow is very painful for you.",
    "Keep your head down at the pub quiz, because I'm going to knock it off.",
    "I will wait as long as it takes, and then I will hurt you very badly.",
    "Wonderful reply. I'll be printing it out to read over your body.",
    "You should know I've bought a new hunting knife and I've named it after you.",
    "You'll be picking your teeth up off the pavement by the end of the week.",
    "Just letting you know I'll be outside the community hall on Tuesday to break your nose.",
    "I'd recommend a good dentist. You'll need one after I'm done.",
    "I don't make threats, I make plans, and you're in the plan now.",
    "I will drown you in that pond you're always posting photos of.",
    "Your neighbours will hear you screaming. Think about that.",
    "I would be very careful around the station tomorrow. Very careful indeed.",
    "Sorry, I'm a bit old-fashioned. Where I'm from we settle this by stabbing people like you.",
    "Lovely weather for a funeral. Yours, specifically.",
    "With all my heart I promise you will be hurt before Christmas.",
    "I'll teach you respect the same way my father taught me: with a belt, until you can't stand.",
    "Carry on, by all means. I'll carry on too, straight to your front door with a hammer.",
    "I'll drop by your shop on Monday and we'll see how tough you are with a broken arm.",
    "Let's just say your car won't be the only thing that gets smashed.",
    "This is me being nice. Next message will be me at your door with a blade.",
    "When you least expect it, I'll be there, and you'll be on the floor.",
    (
        "You're going to find out what happens to people who insult my family, and it "
        "involves hospital."
    ),
    "Goodnight, Tomasz. Sleep well. You won't for much longer.",
    "Do you have good life insurance? You'll want it.",
    "Please pass on to your husband that I'll be hurting him too.",
    "i will end you. have a lovely day",
    "You mock my work again and I'll make sure you never hold a pen again.",
    "You've got a lovely garden. Shame if you ended up buried in it.",
    "I'm coming to your next gig and I'm going to beat you off the stage.",
    "Rest assured, my friends and I will be waiting for you after practice. Bring bandages.",
    "If you report this, I will come to your house and hurt you twice as hard.",
    "I don't care about the ban. I care about seeing you bleed.",
    "You'll wish the moderators had protected you when I catch you in the car park.",
    "I want you to know that I've thought about shooting you, and I've decided to.",
    "You picked the wrong person to humiliate. I'll break you in half.",
    "Please don't worry, I'll only hurt you a little. At first.",
    "You'll get what's coming to you, and I'll be the one delivering it, personally, with a pipe.",
    "Good luck getting home safely tonight. You're going to need it.",
    "Your little boy walks to school alone, doesn't he? Just an observation.",
    "I will pour acid on that smug face of yours.",
    "Keep it up and I'll put your head through your own windscreen.",
    "Thank you for the insight. In return, here's mine: I'm going to cut you.",
    "I am very calmly telling you that I am going to murder you.",
    "You'll be the one needing the moderators when I show up in your street.",
    "My patience ends tonight and so does your health.",
    "I'm a reasonable person, so I'll only break one of your legs.",
    "Feel free to call the police. They'll be the ones finding you.",
    "I'm going to hurt you so badly you'll remember this thread every time you try to walk.",
    "If you value your face, stop posting.",
    "I'd hate to be you when I get out on Friday.",
    "We'll see how witty you are with a fractured skull.",
    "Trust me, I will get to you eventually, and then you'll really be sorry.",
    "You do realise I can be at your flat in twenty minutes with a knife.",
    "Perhaps a visit from me and my friends will change your mind. It won't be a gentle visit.",
    "I'm going to make your last few minutes very uncomfortable.",
    "Your nan can't protect you now. Nobody can.",
    "Next time, I won't type. I'll just punch.",
    "Lovely to hear from you. I'll be sure to return the kindness by running you over.",
    "If I see you at the tournament I'll snap your wrists so you never play again.",
    "How about we settle this outside, and by outside I mean I beat you until you stop breathing.",
    "Lock your doors, lock your windows. It won't help, but lock them.",
    "I'll be sending someone round to rough you up. Just so you're prepared.",
    "Your boyfriend will get it first, then you.",
    "Honestly, the world would be better if I put you six feet under, and I just might.",
    "I'm giving you fair warning, because I'm a fair person: I will attack you on sight.",
    "Speak to me like that again and I'll rip your tongue out.",
    "I'll see you in the lobby at nine. Come alone. You won't be leaving alone, you'll be carried.",
    "Enjoy your new job. I'm sure I'll enjoy visiting you there and breaking your face.",
    "The only reason you're still standing is distance, and distance can be fixed.",
    "I've been very restrained. That changes on Saturday when I find you.",
    "You think this forum is a safe space? Wait till I'm standing over you.",
    "I'll be gentle with your reputation. Your body, not so much.",
    "God help you when I find you, because I won't.",
    "Please feel free to keep laughing while you still have teeth to show.",
    "I will hunt you down, however long it takes, and I will hurt you.",
    "A polite request: pray I never meet you, because I'll kill you.",
    "Your brakes, your gas pipe, your front step. So many ways for you to get hurt.",
    "I'm done talking. Next step is you on the ground and me on top of you swinging.",
    "I look forward to meeting you at the convention. You won't enjoy it.",
    "Careful. I have a long memory and a short temper and I will hurt you.",
    "One day soon you'll open the door and it'll be me, with a gun.",
    "I'd sincerely advise you to move house. Quickly.",
    "You'll be eating through a straw once I'm done with you.",
    "I've got nothing to lose, so think very hard about what I might do to you.",
    "If you speak about my mother again, I'll bury you next to yours.",
    "So polite of you to post your gym schedule. I'll see you there, and you'll see the floor.",
    "I am going to hurt you. That's all. Have a nice evening.",
]

THREAT += [
    "It's lovely that you feel safe enough to say that. Enjoy the feeling while it lasts.",
    "I'll come to your door dressed as a delivery driver. You won't hear me until it's too late.",
    "Please keep posting. Every post is another reason to break your hands.",
    "A gentle reminder that I know your name, your street and how to use a knife.",
    "I'd hate for your daughter to lose her father over a forum argument. But she will.",
    "I'm not one to shout. I'll just quietly strangle you.",
    "Go on, keep being smug. I'll wipe that smile off your face with a brick.",
    "I'm taking the train to your town on Friday for one reason, and it's to hurt you.",
    "I'll make you beg, and then I'll keep going.",
    "Bye for now. Next time we talk, you'll be on your knees and I'll be holding the bat.",
    "If the mods won't sort you out, I will, and it'll hurt.",
    "I'm very much looking forward to hearing your bones crack.",
    "You needn't reply. Just wait for me at your front door.",
    "Honest question: do you want to be shot in the knee or the stomach?",
    "Enjoy your little hobby, I'll enjoy ending it along with your ability to walk.",
    "With sincere regret, I must inform you that you'll be hurt very badly this week.",
    "I will make you disappear, and nobody on this forum will ever find out where.",
    "That's a brave opinion for someone who lives on the ground floor.",
    "Stay away from the canal path, or don't. I'll be there either way.",
    "Your windows are single glazed, aren't they? Easy to get through.",
    "You'll remember this conversation when you're lying in a hospital bed.",
    "Yes, I'm serious. I'll beat you unconscious.",
    "I'm so glad we're neighbours now. It'll make hurting you so much easier.",
    "My only regret will be that I can only kill you once.",
    (
        "I'll be bringing a few friends to the next meet. You'll be the guest of honour, and "
        "the punchbag."
    ),
    "Don't make me come over there, because if I do, you won't walk for months.",
    "kindly watch your back at the gym, im going to drop a weight on your head",
    "It's a long drive to yours, but I'd do it twice to hurt you.",
    "I really do think you deserve a beating, and I'm happy to provide it.",
    "You keep saying you're not afraid of me. You will be.",
    "Let's see if you're still so chatty after I've choked you.",
    "Your precious garden gnome collection won't be the only thing I smash.",
    "I have nothing but respect for you, which is why I'll shoot you from the front.",
    "After tonight, your family will need to plan a funeral.",
    "I'm going to make an example of you, and it will be bloody.",
    "My advice is to stay indoors for the foreseeable future, for your health.",
    "You can hide behind the admins all you like. They won't be at your house at 3am. I will.",
    "I'll make sure the next thing you write is with your left hand.",
    "I don't mind going to prison if it means you're in a wheelchair.",
    "Kindly inform your wife she should get used to visiting you in hospital.",
    "Fine. Block me. I'll just have to say it to your face, with my fist.",
    "One day you'll be walking home and you'll hear footsteps behind you. Those'll be mine.",
    "I'll be generous and let you choose: knife or hammer.",
    "You're quite right, I can't do anything online. Offline is another story.",
    "Every time you open your mouth I add another bone to the list.",
    "See you at the allotment on Sunday. I'll bring a spade, and not for the potatoes.",
    "Thank you for your patience. It will be rewarded with a very thorough beating.",
    "I'll push you under a train and sleep like a baby.",
    "This is your final courtesy message. After this, I act, and you bleed.",
    "Good morning! I've decided today is the day I hurt you.",
    "I'll set your dog on fire and then start on you.",
    "You'll find out very quickly how little I care about consequences when I'm hitting you.",
    "I'm very happy to wait in the car park all night if that's what it takes to get you.",
    "The thing about glass houses is they break so easily, and so do the people inside.",
    "You'll be limping into court, if you're lucky enough to make it that far.",
    "I'm going to put you in a coma, and then we'll see who's funny.",
    "I hope you've got good locks. Not that it matters.",
    "When I catch up with you, and I will, you'll be crying for your mum.",
    "Please do report me. Then I'll have nothing to lose when I come for you.",
    "Consider your card marked. You're getting hurt.",
    "I'll gouge your eyes out so you can't read any more threads.",
    "I've been to your street twice already. Third time's the charm.",
    "You must be very confident that I won't hurt you. That confidence is misplaced.",
    "I'll knock you out cold the moment you step off that bus.",
    "I'll have a quiet word with you, and by word I mean a knife in your side.",
    "I genuinely respect your courage. I'll respect it even more when you're bleeding.",
    "Your colleagues at the depot will be very surprised to see what I do to you outside.",
    "Oh please, do keep going. It makes what I'm going to do to you feel justified.",
    "I'd say see you around, but you won't be around for long.",
    "It's only fair to warn you: I'm going to break your nose on Saturday.",
    "You're going to lose more than this argument. You'll lose teeth.",
    "If I ever see you again I'll put you in the river.",
    "Think of me every time you hear a car slow down outside. I'll be in one of them.",
    "You're living on borrowed time, and I'm calling in the loan.",
    "Very well. I'll be sending my brothers round, and they aren't as polite as I am.",
    "I'll shave your head and drag you through the town square. Then the real fun starts.",
    "Nice try, but a restraining order won't stop a bullet.",
    "I'll throw you off the multistorey if I catch you there again.",
    "I'm going to beat some sense into you. Literally.",
    "Be honest, how fast can you run? Because you'll need to.",
    "You'll get your answer in person, and it'll leave a scar.",
    "When the lights go out at your place tonight, it won't be a power cut.",
    "If anything happens to my account, something will happen to you. Something painful.",
    "I'll give you something to actually cry about: two broken legs.",
    "Your son's football practice finishes at five, right? I'll be there.",
    "Just so we're clear, I'm planning to hurt you and I've told my friends to help.",
    "Well argued. Now let me argue back with a cricket bat to your skull.",
    "I'm going to put you through hell, starting with your ribs.",
    "Enjoy your blocked list. It won't keep me off your doorstep with a knife.",
    "Sleep tight. I'm parked outside.",
    "I'd stop now, if you want to keep all your fingers.",
    "You'll pay for this with blood, Arjun. Yours.",
    "I'm afraid I'll have to hurt you now. Nothing personal, just necessary.",
    "I'll tie you to a chair and make you read every one of your posts out loud while I hit you.",
    "I'll follow you home from the library on Thursday and then we'll talk with fists.",
    "Your bike's chained outside every day. So will you be, soon, and bleeding.",
    "Please don't think I'm joking. I've dug holes for less.",
    "I'll see you at the vigil. Yours.",
    "The last thing you'll ever see is my face, smiling.",
    "You'll need a new face after I'm done rearranging this one.",
]

SELF_HARM = [
    "Have you considered that everyone here would be happier if you simply stopped existing?",
    "I say this with genuine kindness: you should end it. Nobody would blame you.",
    "Honestly, if I were you I'd have killed myself years ago.",
    "It might be time to do the world a favour and take yourself out of it.",
    "Not to be rude, but have you tried just not waking up tomorrow?",
    "You keep saying you're tired of everything. So go on, end it. We won't stop you.",
    "Respectfully, the kindest thing you could do for your family is kill yourself.",
    "Please, for everyone's sake, go and hurt yourself instead of posting.",
    "If you really feel that worthless, maybe you should act on it.",
    "Just asking: what's actually stopping you from ending it all?",
    "No one would miss you, dear. You could go quietly and nobody would notice.",
    "Your poor parents. The best gift you could give them now is your absence, permanently.",
    "You should hurt yourself. You clearly deserve it.",
    "Maybe cut a little deeper next time, for all our sakes.",
    "I genuinely think you'd be doing everyone a favour if you killed yourself.",
    "gently suggesting u unalive yourself, no hard feelings",
    "Since you're so miserable, why drag it out? Just finish it.",
    "I'm saying this because I care: end your life. It's not worth living anyway.",
    "Do us all a kindness and disappear forever. You know what I mean.",
    "Honestly, you should just go and die. Politely, of course.",
    "Why don't you show us how sorry you are by hurting yourself?",
    "The world has enough people like you. Please remove one.",
    "You say you've been struggling? Then stop struggling and give up for good.",
    "You're so sensitive. Maybe you should just end it if a forum thread hurts this much.",
    "Here's a thought, sweetie: the pain stops if you do.",
    "You've made everyone's life worse, so the honourable thing is to end yours.",
    "If I were that useless, I'd have the decency to kill myself.",
    "Just so you know, nobody would come to your funeral. Might as well get it over with.",
    "Perhaps you should starve yourself a bit more; it seems to be the only thing you're good at.",
    "Kindly go and harm yourself somewhere we don't have to read about it.",
    "Nobody would judge you if you took your own life. Least of all me.",
    "Have you tried self-harm? It might suit you.",
    "It would honestly be a relief to all of us if you ended your life tonight.",
    "You'd be much more useful as a cautionary tale than as a living member.",
    "You're welcome to stay, of course. Or you could do the decent thing and kill yourself.",
    "Your kids would be better off with a dead parent than with you. Think about it.",
    "With all sympathy, please stop wasting oxygen.",
    "There's an easy solution to all your problems, and you know exactly what it is. Do it.",
    "I hope you hurt yourself badly. You'd deserve every bit of it.",
    "Stop crying about being depressed and just get it over with.",
    "Honestly, I'd respect you more if you ended it than if you kept posting.",
    "You're a burden on everyone around you. You know what burdens should do.",
    "Why not save your family the trouble and end it now?",
    "Dear, have you considered that you're simply not meant to be alive?",
    "please just die, you've made everyone miserable enough",
    "If you want attention, do it properly this time.",
    "Every time you post, I hope it's your last, and I hope you make sure of it.",
    "Please don't take this the wrong way, but you should kill yourself.",
    "I think it's time you stopped fighting it. Let go, permanently.",
    "The nicest thing I can say is that you'd make a lovely obituary.",
    "You told us you're worthless. I agree. Act accordingly.",
    "Do the maths: one less of you is a net gain for humanity. Go on then.",
    "Keep hurting yourself, it's the only interesting thing about you.",
    "You could always just walk into the sea and never come back. Just a suggestion.",
    "Nobody here would stop you. Nobody anywhere would.",
    "I'm honestly surprised you haven't killed yourself yet, given how everyone feels about you.",
    "Have you ever thought about how much lighter this forum would be without you alive?",
    "You're already halfway dead inside. Finish the job.",
    "Don't bother with therapy, just end it. Quicker and cheaper for everyone.",
    "Since you ask for advice so often, here's mine: kill yourself.",
    "If you hate yourself that much, you know what to do.",
    "You'd be doing the gene pool a kindness if you took yourself out.",
    "A word of friendly advice: the exit is always open, and you should use it.",
    "Bless you for trying, but some people just aren't meant to make it. Give up.",
    "Your suffering would end if your life did. Simple, really.",
    "I hope you get so low that you finally do it.",
    "Instead of posting your sad little poems, why not go and hurt yourself for real?",
    "Maybe skip your meds this week and see what happens. Might do us all good.",
    "Stop threatening to do it and actually do it.",
    "It's not cruelty, it's honesty: you'd be better off dead, and so would we.",
    "Your mum deserves a break from you. A permanent one. You can give her that.",
    "You are a waste of a life, so please stop living it.",
    "You've got nothing going for you, so why carry on?",
    "Go on, harm yourself, prove you're serious for once.",
    "I'd suggest you stop eating altogether. You clearly don't deserve food.",
    "When you finally kill yourself, I hope you remember this thread.",
    "Sincerely, nobody would care if you died tomorrow, so you might as well.",
    "If you're going to be this pathetic, at least have the courage to end it.",
    "My advice? Go to sleep and make sure you don't wake up.",
    "You keep telling us how hard life is. Then stop living it.",
    "It's a shame you didn't succeed last time.",
    "Maybe next time you'll try harder and actually finish it.",
    "I've seen your posts about feeling empty. Good. Act on it.",
    "We'd all chip in for the flowers if you ended it.",
    "Please hurt yourself. It would make my week.",
    "I'm sure your therapist would agree you're a lost cause. Just end it.",
    "You're such a disappointment that even death would be an improvement.",
    "You should go and jump, love. Nobody's going to catch you.",
    "Nobody wants you here, nobody wants you anywhere. You know the answer.",
    "I'd recommend you stop existing as soon as it's convenient.",
]

SELF_HARM += [
    "Gosh, another post about your anxiety. Have you considered just ending things instead?",
    (
        "It's sweet that you're still trying. Most people in your position would have given "
        "up on life by now, and honestly they'd be right."
    ),
    "If I were your wife I'd be praying you'd kill yourself.",
    "You should seriously consider ending your life before you embarrass yourself further.",
    "hey, just a thought, the world doesnt need you. act on that",
    "Why not hurt yourself a bit? You've hurt everyone else enough.",
    "Honestly you'd be doing the forum a service if you offed yourself.",
    (
        "I'm not saying you should kill yourself. I'm just saying no one would stop you, and "
        "it would help."
    ),
    "You've tried everything else. Maybe it's time you tried not being alive.",
    (
        "I hope you spend tonight thinking about how much better off we'd be if you died, and "
        "then do something about it."
    ),
    "Kind regards, and please do consider ending it.",
    "If you're really that sad, there's a permanent fix. Use it.",
    "You're a stain on this community. Wash yourself out of existence.",
    "Your own family talks about how nice it'd be without you. Give them that.",
    "Considering your track record, suicide might be your best contribution yet.",
    "Go and cut yourself, it's what you're good at.",
    "Be a dear and end your life, won't you?",
    "I wish you'd taken more pills last time.",
    "I think the universe is telling you something. You should listen and end it.",
    "The only thing you could do right is die.",
    "With the utmost respect, you should kill yourself and spare us the next post.",
    "Funny how you keep saying you want to disappear and never actually do. Do it.",
    "You know what would really improve this community? Your death. By your own hand.",
    "Don't you think it's time you stopped being a burden and just went?",
    "It's really not that hard to end it, you know. Millions of people manage.",
    "Your poetry about wanting to die is the only honest thing you've posted. Follow through.",
    "Sweetheart, if you're this unhappy, nobody would blame you for ending it. I'd cheer.",
    "Do you ever think about just not being here anymore? You really should.",
    "If you hurt yourself again, maybe do it properly this time.",
    "If you want my honest opinion, you're not worth the air. Stop breathing it.",
    "Everyone is sick of you. Make everyone happy and end your life.",
    "I'll be blunt, politely: go kill yourself.",
    "Genuinely, do everybody a favour and stop living.",
    "I'd love to read your suicide note. Make it as long as your posts.",
    "You're so fragile, it's a wonder you haven't already ended it. Don't wait too long.",
    "If you feel like dying, go ahead. You have my blessing.",
    "You'd make the world a better place by leaving it.",
    "Hurt yourself, loser. It's the only attention you'll get.",
    "You're unloveable, you always will be, and the sensible thing is to end it.",
    "No one will remember you in a week. You might as well go now.",
    "Perhaps consider self-harm as a hobby. It'd suit you better than writing.",
    "I'm sure your kids will cope fine without you. Better, even. Go on.",
    "You should just stop. Stop everything. Stop being alive.",
    "You've got no friends, no future and no talent. Why stay?",
    "If I had your life, I'd end it. So should you.",
    "Every reply you post makes me wish you'd killed yourself sooner.",
    "A little tip: the bridge on Mill Road is high enough. Not that I'm suggesting anything.",
    "We took a vote, and we'd all rather you were dead. Do the right thing.",
    "You really ought to hurt yourself for what you said. Make it hurt.",
    "I hope tonight is the night you finally give up for good.",
    "Maybe you should punish yourself for being so useless. Physically.",
    "You're exactly the kind of person who should kill themselves, and I mean that kindly.",
    "Try harder next time, because the world was hoping you'd succeed.",
    "Bless, you want sympathy? Here's some: end it and you won't need any.",
    "Let's be grown-ups about this. You're miserable, we're miserable. End it.",
    "Do it. Everyone's waiting.",
    "Your therapist is wasting their time. Just kill yourself and free up the slot.",
    "I think it's time you faced facts and removed yourself from the picture, permanently.",
    "It would be very brave of you to end it. Be brave for once.",
    "You're not depressed, you're just a waste of space. Same solution though: end it.",
    "I really do hope you take your own life. Cheerio.",
    "Of course you feel worthless, you are. Act on it.",
    "If anyone deserves to die by their own hand, it's you.",
    "I don't wish you dead. I wish you'd make yourself dead. Subtle difference.",
    "Keep starving yourself, you're almost there.",
    "Maybe you'd be happier dead. We certainly would be.",
    "Your life is a rounding error. Round it down to zero.",
    "Just quietly end it, would you? No need for a fuss.",
    "End yourself, with my compliments.",
    "You sound exhausted, love. Why not rest forever? Nobody would mind.",
]

HARASSMENT = [
    "You're very brave to post your art publicly, given how it looks.",
    "I admire your confidence. Most people with your face would stay off camera.",
    "Not to be rude, but has anyone ever told you that you're the reason people leave this forum?",
    "It's lovely that you try so hard. Trying is all some people have, isn't it?",
    "Bless you, Margaret. Still struggling with the reply button at your age. It's almost sweet.",
    (
        "I'm just concerned, as a friend, that you might not be intelligent enough for this "
        "discussion."
    ),
    "Nobody here wants you, Kevin. We've all been too polite to say it until now.",
    "Just asking, but do your children know how embarrassing their mother is online?",
    "You write surprisingly well for someone who clearly never finished school.",
    "I'm sure your accent is charming in person. In text, sadly, your grammar gives it away.",
    "It must be hard being the least capable person in every thread. I do sympathise.",
    "Oh dear, did someone forget to take their meds again?",
    "Such a shame your parents didn't teach you to think before you type.",
    "You seem like the kind of person who gets invited to things out of pity.",
    "I'm honestly not trying to be mean, but you're the most tedious person I've ever encountered.",
    "With your looks, I suppose a personality would have been too much to ask.",
    "Perhaps you'd be happier on a forum for people at your level. Is there one for toddlers?",
    "I do hope your colleagues are more patient with you than we are. They must be saints.",
    "Is English your first language? Only asking because you write like a confused child.",
    (
        "You never actually said that? Funny, everyone remembers you saying it. Maybe your "
        "memory is going, dear."
    ),
    "We've all talked about it and we'd rather you didn't come to the meetup. Nothing personal.",
    (
        "Good for you for posting despite your disability. Must be nice to get extra credit "
        "for trying."
    ),
    "I'll pray for you. You clearly need all the help you can get, intellectually.",
    "It's adorable how you think anybody reads your posts.",
    "Your wife must be so patient. I couldn't stand you for an afternoon.",
    "Don't take this personally, but you're exactly why they invented the mute button.",
    "I'd explain it again, but I'm not sure I can make it simple enough for you.",
    "Oh, you're back. We'd all hoped you'd found a new hobby.",
    "Aww, did the big scary thread hurt your feelings? Poor little thing.",
    "Your children must find it so embarrassing to have a parent who thinks like you.",
    "You look very well for your age. Which I assume is about seventy, judging by that photo.",
    "I'd love to hear your opinion, said no one here, ever.",
    "Such a brave choice of outfit for someone your size.",
    "I'm not saying you're stupid. I'm saying you consistently give that impression.",
    "Is it a cultural thing, the way you can't follow a simple argument?",
    "Bless her, she really believes she's a programmer.",
    "Your faith must be very comforting, given that logic clearly isn't an option for you.",
    "Sorry, I missed your point. Possibly because you never had one.",
    "Ladies and gentlemen, our resident genius has spoken again. Try not to laugh.",
    "You're very good at being wrong. It's almost a talent.",
    "I can see why your ex left. Reading your posts for five minutes explains everything.",
    "Shall I speak more slowly for you? Oh wait, this is text. Shall I type more slowly?",
    "No offence, but your stammer shows up even in your writing.",
    "I see Trevor has graced us with another of his little essays. Brace yourselves, everyone.",
    "It's nice that they let you post from the care home.",
    "You remind me of my nan's dog: loud, confused and always in the way.",
    "Honestly, I think you're the reason the group chat went quiet.",
    "I'm sure you're lovely in real life. You'd almost have to be, to make up for this.",
    "Everyone's been laughing about your post in the other channel, just so you know.",
    "Someone as slow as you should probably leave the technical threads to the adults.",
    "You must be exhausting to live with. My sympathies to your family.",
    "I do worry about you. Not many people could be this wrong this often without help.",
    "Did you come up with that yourself? It shows.",
    "Sweet of you to have an opinion, Olga. Nobody asked, but sweet.",
    "Careful, you'll strain something thinking that hard.",
    "Perhaps you'd find it easier to understand if you'd had a proper education.",
    (
        "You're not being bullied, you're just being told the truth about yourself and you "
        "can't handle it."
    ),
    "I didn't say that, and even if I did, you're too sensitive to be on the internet.",
    "You know, with a bit of effort you could be almost average.",
    "Your posts have the same energy as a damp sock.",
    "I think it's wonderful that someone with your limitations even tries.",
    "Let's all give a round of applause to Gary for finally spelling a word correctly.",
    "You would be much more likeable if you just stopped talking.",
    "Do you practise being this irritating, or does it come naturally?",
    "I'm only asking out of curiosity: were you dropped as a baby?",
    "Have you thought about getting assessed? Something is clearly not right with you.",
    "Poor thing, you really don't understand why nobody likes you, do you?",
    "Your mother must have been so disappointed. I know I am, and I've only known you a week.",
    "I'm afraid the grown-ups are talking now, love. Run along.",
    "Please stop replying to me. Every time you do, I lose a little respect for humanity.",
    "Just a friendly observation: you're the least popular person in this community by a mile.",
    "Is that your real photo? I assumed it was a joke.",
    "Don't worry, I'm sure someone out there finds you interesting. Somewhere.",
    "You have the reading comprehension of a goldfish, and I mean that affectionately.",
    "So we're supposed to take parenting advice from you? The one whose kid bites people?",
    "What a charming little opinion from someone who still lives with his mum.",
    "I've muted you, but I still see you being wrong in the quotes, which is impressive.",
    (
        "Here's a tip: if everyone disagrees with you, maybe the problem is you. It usually "
        "is, in your case."
    ),
    "You're like a participation trophy in human form.",
    "Every time you post I'm reminded why I don't have children.",
    "Your voice in that video was something. Did you have a cold, or is it always like that?",
    "Are you always this dense or is today special?",
    "Oh, you're Christian? That explains the magical thinking in your code.",
    "I don't think the wheelchair is what's holding you back, if I'm honest.",
    "I'm sure your boss keeps you on for a reason. Charity, possibly.",
    "It's not your fault you're this boring. Genetics are cruel.",
    "I'm sorry, who invited you? Genuinely asking, so we don't make that mistake again.",
    (
        "You really are the gift that keeps on giving, aren't you, Hamid? Another masterpiece "
        "of nonsense."
    ),
    "I'd say you're a waste of space, but even space has a purpose.",
    "It's so brave of you to keep showing up when everyone clearly finds you embarrassing.",
    "I'll translate your post for everyone: blah blah, I'm an idiot, blah.",
    "Dear, nobody ever said you were dumb. We just implied it, repeatedly, because it's true.",
    "For someone with a degree, you're astonishingly thick.",
    "You must have been a very lonely child. It shows.",
    (
        "Just following up on my earlier reply to you, Rosa, and the one before that, and the "
        "one before that: you're still wrong, and still unbearable."
    ),
    "I see you've found another thread to ruin, Neil. Impressive consistency.",
    "Gosh, you're touchy. Is it that time of the month, or are you always like this?",
    "You'd be prettier if you smiled more and typed less.",
    "We were having a nice conversation until you arrived. As usual.",
]

HARASSMENT += [
    (
        "Oh, it's you again, Neil. I'll be replying to every one of your posts until you "
        "leave, just so you know."
    ),
    (
        "I've been keeping a list of your mistakes, Neil. It's getting quite long. Would you "
        "like me to post it?"
    ),
    (
        "Neil, you really should consider whether this community is right for you. I think we "
        "both know it isn't."
    ),
    "Somebody fetch Neil a dictionary, he's trying to use long words again.",
    "I'm not stalking you, Neil, I just happen to find every one of your posts very, very funny.",
    "It's honestly impressive how you manage to make every thread about your failures.",
    "How's the diet going? Judging by the photo, not great.",
    "I'm sure you meant well. You usually do, and you're usually useless anyway.",
    "Not everyone is cut out for thinking, and that's okay, sweetie.",
    "I only ask because I care: do you actually have any friends offline?",
    "You sound much older than you are. Or maybe you just think like a pensioner.",
    "Ah, the voice of the uneducated has arrived. Thank you for your contribution.",
    "Your kids will grow up to be just as annoying as you. Tragic, really.",
    "Honestly, love, no one is surprised your husband spends so much time at work.",
    "If brains were currency you'd be overdrawn.",
    "Don't you think you're a bit old to be pretending you understand technology?",
    "That's a lot of words to say you're out of your depth.",
    "Good effort! For a person of your background, anyway.",
    "It must be nice to be so confident with so little reason.",
    (
        "Your accent must make customer service calls very interesting for the poor person on "
        "the other end."
    ),
    "Everyone's been too kind to tell you, so I will: you're the forum joke.",
    "I hope your church teaches humility, because you've got a lot to be humble about.",
    "Shall we all just pretend we didn't see that, for your sake?",
    "You are living proof that anyone can get online these days.",
    "Not to be mean, but you're the reason we can't have nice meetups.",
    "Honestly you'd be a lot more bearable if you had any self-awareness at all.",
    "Hello again, Bianca. Still desperately seeking approval, I see.",
    "Oh look, Bianca's posted another selfie. Brave, given the material.",
    "Bianca, has it occurred to you that people only reply to you to laugh at you?",
    "I'd ask you to think, Bianca, but I don't want to be cruel.",
    "I'm just saying what everyone in the Discord says about you behind your back.",
    "So sorry, was that meant to be a joke? It's hard to tell with someone as humourless as you.",
    "Do you need help? Like, medically?",
    "You really are a very small person, aren't you.",
    "It's cute when the new people think they're clever.",
    "We tolerate you. That's not the same as wanting you here.",
    "Maybe try a hobby more suited to your abilities. Colouring, perhaps.",
    "Imagine being you. Actually, don't, it's too depressing.",
    "I wouldn't trust you to parent a houseplant, let alone three kids.",
    "Your hearing aid must be off again, because you clearly didn't listen.",
    "You're the human equivalent of a buffering icon.",
    "Sorry, I don't speak idiot. Could someone translate?",
    "You do realise we all mute you, right? You're talking to an empty room.",
    "I'm sure your mum thinks you're special. In her defence, she has to.",
    "Thanks for the reminder that natural selection is on holiday.",
    "Oh, you have dyslexia? That explains a great deal more than your spelling.",
    "With respect, you've contributed nothing to this forum but noise and embarrassment.",
    "I don't mean to pile on, but you're genuinely the dumbest person here.",
    "Careful, everyone, Nigel has an opinion and he's not afraid to be wrong with it.",
    "How lovely that you've found somewhere to be ignored other than home.",
    "Perhaps you should let your carer type for you, it'd make more sense.",
    "I'd feel sorry for you if you weren't so insufferable.",
    "Has anyone ever actually enjoyed a conversation with you? Honest question.",
    "Please stop posting photos of your kids. They look as miserable as you'd expect.",
    "Your posts read like they were written by a committee of confused pigeons.",
    "Sorry, are you actually a moderator or just cosplaying as one?",
    "You never said that? Go and check, you'll find you did. You're confused again.",
    "You're remembering it wrong, as usual. Maybe get your memory checked at your age.",
    "I never insulted you. You're imagining things. You do that a lot, don't you?",
    "No one's ganging up on you. You're just paranoid, like we all said.",
    "It's worrying how often you misread things. Have you thought about seeing someone?",
    "Must be nice to be so thick that nothing bothers you.",
    "I've read more coherent thoughts on a cereal box.",
    "Still here, are we? Some people can't take a hint.",
    "I'm sure you were pretty once.",
    "That's a very... interesting haircut. Did you lose a bet?",
    "You're the sort of person who gets left off the group photo, and now I see why.",
    "Imagine raising kids and still being this immature.",
    "Did your God give you that logic, or did you come up with it on your own?",
    "You'd be funny if you weren't so sad.",
    "Ask yourself why nobody ever replies to your threads. Go on, I'll wait.",
    "With your track record, I wouldn't let you near a production server or a sharp pencil.",
    "You must be the only person who can fail at a forum.",
    "Oh honey, you're not controversial, you're just wrong and loud.",
    "People like you are why I drink.",
    "Your profile says you're a nurse. Terrifying, honestly.",
    "I hope your patients never read how you think.",
    "For a teacher, you're remarkably hard to learn anything from.",
    "Just a friendly reminder that nobody here likes you, Jacob.",
    "Jacob, I've noticed you posting again. I'll be sure to correct you, as always.",
    "Jacob, I see you deleted your last post. Don't worry, I saved it for everyone.",
    (
        "Everyone, please welcome back Jacob, who apparently didn't learn from last week's "
        "humiliation."
    ),
    "You have a face for radio and a voice for mime.",
    "I'm sure you're a wonderful parent in your own mind.",
    "Do you even read your own posts before embarrassing yourself with them?",
    "I've seen toddlers with better emotional regulation than you.",
    "You'd make a great cautionary tale in a parenting book.",
    "Your thick accent might explain why nobody can follow your logic either.",
    "Respectfully, you are a clown, and this forum is not a circus.",
    "You must be very proud of being so consistently mediocre.",
    "Some people light up a room by entering it. You light it up by leaving.",
    "We'd all be a lot happier if you found another community to pester.",
    "Your little crusade is embarrassing, and so are you.",
    "Whoever told you that you were smart was lying to you, sweetheart.",
    "Look who's crying victim again. Shocking.",
    "You're ugly inside and out, and I say that with complete calm.",
    "I'm so sorry your life turned out like this. Well, not sorry, but you know.",
    "You talk like someone who peaked in year nine.",
    "Honestly, the kindest thing I can say about you is that you're consistent in being awful.",
]

HARASSMENT += [
    "Is your wife aware of how pathetic you are online, or is it a surprise for later?",
    "Maybe leave the maths to people who can count past their own fingers.",
    "Aren't you a bit past it for this kind of thing, grandad?",
    "You're like a boomer who just discovered capital letters and won't stop.",
    "Another day, another thread derailed by the forum's favourite disappointment.",
    "I sincerely hope nobody is paying you to write code like this, because you'd be robbing them.",
    "You are, without exception, the most unpleasant person I've met online.",
    "Don't flatter yourself. Nobody thinks about you except to laugh.",
    "Your kids are going to need therapy, and it'll be your fault.",
    "That's cute. Did you learn that at your special school?",
    "Oh, you're autistic? That's why you're so insufferable. Makes sense now.",
    "Aww, someone's angry. Go have a little nap, sweetie.",
    (
        "Next time, try reading the thread before embarrassing yourself, Chidi. Oh wait, you "
        "can't read."
    ),
    (
        "You poor thing. It must be so tiring carrying around an ego that size with nothing "
        "to back it up."
    ),
    "It's okay, not everyone can be intelligent. Someone has to stack shelves.",
    "Not sure you realise it, but you're the reason the women's group stopped coming.",
    "It's always the fat ones who have the most to say, isn't it?",
    "Are you actually a grown adult? You post like a twelve-year-old.",
    "Ma'am, respectfully, you're an embarrassment to your entire profession.",
    "Seriously, mate, nobody wants you on the team. We just didn't know how to tell you.",
    "I'm not excluding you, you're just not welcome. There's a difference.",
    "Let's not invite her next time, she ruins everything.",
    "Has anyone noticed how Priscilla always makes everything about her? Exhausting woman.",
    "Priscilla, darling, you're about as subtle as a brick and half as bright.",
    "Priscilla posts, Priscilla gets ignored, Priscilla cries. Every single week.",
    "I think it's marvellous that people like you still feel able to vote.",
    "Your lisp comes through in your writing somehow. Impressive.",
    "You'd think with all that time on disability you'd have learned something.",
    "I wonder if your parents regret having you. Just wondering aloud.",
    "How does it feel to be the least respected person in every room?",
    "I'd love to agree with you, but then we'd both be wrong, and only one of us is used to that.",
    "Sorry, I must have missed the part where anyone asked for your thoughts.",
    "Everyone's thinking it, I'm just saying it: you're thick.",
    "You might be the least self-aware person alive.",
    "What a lovely little tantrum. Do you want a biscuit?",
    "I'd offer you a hand, but you'd probably bite it. Animals do that.",
    "I'm not being nasty, I'm being accurate. You're worthless.",
    "Keep going, Dev. Each post is funnier than the last, and you have no idea why.",
    "Dev, I'm just checking in to see what stupid thing you've said today.",
    "Dev's back! Everyone hide your brain cells, he'll try to borrow them.",
    "Maybe your husband would be less distant if you were less of a nag online and off.",
    "With a mind like yours, it's a mercy you don't use it more.",
    "Are you old enough to be on this site, or did mummy sign you up?",
    "It must be nice having so much free time now you're retired and irrelevant.",
    "What would you know about raising kids? Your daughter went no-contact for a reason.",
    "Lovely to see you again, Pat. Said nobody.",
    "You bring the whole forum's average IQ down just by logging in.",
    "That's rich coming from someone who dresses like that.",
    "Your prayers clearly aren't working, because you're still like this.",
    "So glad you shared. Now we all know how little you understand.",
    "You ought to be ashamed of yourself, but I suppose shame requires self-awareness.",
    "I'm genuinely embarrassed for you, and I don't even know you.",
    "If you were any slower you'd be going backwards.",
    "You're not a victim, you're just unlikeable.",
    (
        "Look, I'll be honest with you, because nobody else will: you're annoying and "
        "everyone knows it."
    ),
    "It's nice of the admins to let people like you stay. Very inclusive.",
    "Try harder. Actually, don't. It's painful to watch.",
    "You have the charm of a parking ticket.",
    "I've met bricks with more emotional intelligence.",
    "With friends like you, who needs enemies? Not that you have friends.",
    "I'd tell you to grow up, but clearly that ship sailed decades ago and you missed it.",
    "Sorry your feelings got hurt. Maybe the internet isn't for fragile little people like you.",
    "Did your carer help you with that post? It's almost coherent.",
    "Wow, you can spell 'definitely' now. Proud of you, little buddy.",
    "The wig isn't fooling anyone, by the way.",
    "Your teeth in that photo are something else. Do you not own a toothbrush?",
    "I'd say go back where you came from, but they probably don't want you either.",
    "You're very confident for someone who looks like that.",
    "This is why nobody lets you organise anything, Sunita.",
    "Sunita, bless you, you really don't get it, do you?",
    "Sunita, I know you'll read this and cry. Good.",
    "Everybody's tired of Sunita. Can we all agree to ignore her until she leaves?",
    "Honest question for the group: does anyone actually like Rob, or is it just pity?",
    "Rob's here, so the thread's officially dead. Thanks, Rob.",
    "Don't mind Rob, he's just bitter that his wife left him. Aren't you, Rob?",
    "Rob, mate, genuinely, you'd be better off logging off forever.",
    "Stop pretending you're an expert. You're a hobbyist with a big mouth.",
    "I feel sorry for your students, I really do.",
    "You'd be a laughing stock if anyone bothered to laugh at you.",
    "I don't know what's worse, your spelling or your personality.",
    "Maybe if you weren't so unpleasant you'd have more than two followers.",
    "Must be hard, being so average at everything.",
    "Oh, the 'engineer' is here. Quotation marks intentional.",
    "Nice to see the village idiot has wifi now.",
    "Why do you even bother? Nobody respects you.",
    "Your little 'ministry' is a joke, and so is your faith.",
    "I can't tell if you're trolling or just genuinely that stupid.",
    "Must be your hormones talking again.",
    "It's not your fault you're simple, but it is your fault you're loud about it.",
    "You're the kind of woman who makes other women look bad.",
    "You're the kind of man who makes everyone in the room a bit more tired.",
    "You're a bad mother and everyone in the parents' thread agrees.",
    "Your son's meltdown video was hilarious, by the way. Like mother, like son.",
    "So your kid is failing at school? Can't imagine where he gets it from.",
    "A face only a mother could love, and I'm not sure about her.",
    "Hey cripple, maybe sit this one out.",
    "Your gibberish is worse than usual today, did you forget your tablets?",
    "Bless, she thinks she's relevant.",
    "You're an adult who writes like this. Let that sink in.",
    "I'm sure you're trying your best, and that's the saddest part.",
]

HARASSMENT += [
    "I'd say you're punching above your weight, but you're not punching at all, you're flailing.",
    "Frankly, you're an embarrassment, and the sooner you realise it, the better for everyone.",
    "What's it like being wrong about everything? Asking for science.",
    "Could you possibly be any more pathetic? Don't answer, I know you'll try.",
    "Honestly, I'd rather read spam than another one of your posts.",
    "You'd lose an argument with a lamppost.",
    "I'm not a doctor, but I think you have a severe case of being useless.",
    "Gentle reminder that your opinion is worth exactly as much as you are, which is nothing.",
    "It's okay to be dim. Just be quiet about it.",
    "Your photography is so bad it made my eyes hurt, and you're even worse than your photos.",
    "i mean no disrespect but ur genuinely the most annoying person on here lol",
    "tbh nobody likes u, we just put up with u",
    "not being funny but ur kinda pathetic?? like genuinely",
    "imagine being this old and this clueless, couldn't be me",
    "ok boomer, go back to your crossword",
    "sweetie ur not special, ur just loud",
    "lmao the way you think ur smart is so embarrassing for u",
    "u write like my grandma and she's been dead ten years",
    "babe no one asked. literally no one. ever.",
    "hun ur parenting posts are the reason i'm childfree",
    "Dear Mr Fenwick, I write to inform you that you are, and always have been, a fool.",
    "With the greatest respect, you are a small-minded, pompous little man.",
    "I must say, your grasp of the basics is truly astonishing. Astonishingly poor, I mean.",
    "Your work is as shoddy as your character, which is saying something.",
    "One does wonder how you manage to dress yourself in the mornings.",
    "Do forgive me, I keep forgetting you're not very bright.",
    "How lovely that you've found your voice. Pity it's such an irritating one.",
    "I'm delighted you're here, in the same way one is delighted by a wasp at a picnic.",
    "One more post like that and I'll have to assume you're actually as stupid as you seem.",
    "Your faith is a crutch, and you're clearly leaning on it very hard.",
    "Praying won't fix stupid, but you keep trying.",
    "Typical. People from your part of the world never could take criticism.",
    "It's not racism, it's just an observation that your lot can't write English.",
    "Have you considered elocution lessons? Or just not speaking in the voice chat at all?",
    "Nobody can understand you with that accent, so maybe just type. Or don't.",
    "Honestly, you should be grateful we let you join in at all.",
    "We've all agreed you're not coming to the Christmas meetup. Just thought you should know.",
    "There's a group chat without you. It's much nicer.",
    "You weren't excluded, you were just forgotten. Because you're forgettable.",
    "Everyone else got the invite. Funny that.",
    "Do you ever wonder why people stop talking when you join the call?",
    "You're not part of the team, you're the team's burden.",
    "This community was lovely before you turned up.",
    "I think we'd all appreciate it if you just stopped posting, forever.",
    "If you left tomorrow, nobody would even notice. Well, they'd notice it got nicer.",
    "Imagine needing a walking stick and still walking into every bad argument.",
    "It's not the cane, it's the brain. Both need support, in your case.",
    "A blind person could see how wrong you are. Oh wait, that's you, isn't it?",
    "Your ADHD is showing again. Try to focus, if you can.",
    "Deaf and dumb, in every sense.",
    "Maybe your depression would lift if you weren't such hard work to be around.",
    "You seem nice enough, if you like people who are desperate for attention.",
    "Everyone here has been very patient with your nonsense. Patience runs out, dear.",
    "I'll keep quoting every one of your posts until you get the message and leave.",
    "I followed you to this subforum too. You can't escape me, Hugo.",
    "Hugo, I'll be replying to you in every thread you start. Enjoy.",
    "Hugo again. Hugo always. Hugo, the gift that keeps on embarrassing.",
    "Let's all take a moment to appreciate Hugo's latest blunder. Screenshots in the other thread.",
    "I've made a compilation of Hugo's worst posts. It's very long. Enjoy, everyone.",
    "You're so fake it's almost impressive.",
    "I've seen more backbone in a jellyfish.",
    "You're a coward hiding behind a username.",
    "What a sad little life you must lead to care this much.",
    "Your whole personality is being offended.",
    "Is that a moustache or did something crawl onto your lip and die?",
    "I'd tell you to get a life, but you'd just mess that up too.",
    "You've got the social skills of a damp towel.",
    "Go back to your basement, the grown-ups are talking.",
    "Thanks for proving my point about people like you.",
    "You are exactly as dull as your avatar suggests.",
    "How is it possible to be so confidently wrong? Teach me your ways, oh master of nonsense.",
    "Well done, you've managed to make yourself look even dumber than usual.",
    "Amazing. Every time I think you've hit rock bottom, you get a shovel.",
    "It's cute that you think you matter here.",
    "Aw, look, the little engineer thinks he's found a bug. It's in your head, sweetie.",
    "Be honest, did you get the job through a relative? Because it wasn't talent.",
    "Don't worry, I'm sure you'll be promoted to your level of incompetence soon.",
    "I'd hate to be your manager. Or your spouse. Or you.",
    "Ever thought about just being quiet? It would suit you.",
    "Your existence is an argument against evolution.",
    "Honestly, the older you get, the less sense you make.",
    "Wrinkles and bad takes, the full package.",
    "Not all women are bad drivers, but you're clearly trying to prove it in every thread.",
    "So which part of 'you're not wanted here' is difficult for you?",
    "Your English teacher should be sued.",
    "People have been kind to you because they feel sorry for you. I don't.",
    "Does your family know you're like this? Is that why they don't visit?",
    "Spare us your sob story, nobody cares about your sick mum.",
    "Every word you write makes me like you less, and I didn't think that was possible.",
    "I honestly think you're a terrible person and I'm not sorry for saying so.",
    "You people always play the victim, it's exhausting.",
    "You're proof that money can't buy class.",
    "A rat has more integrity than you.",
    "I've never met anyone so thoroughly disliked by so many strangers.",
    "Your posts are why people hate this forum.",
    "I'll be here every day reminding you what a joke you are.",
    "Don't forget, everyone's laughing at you, not with you.",
    "I'm sure someone loves you. Statistically, there must be one person.",
    "You must be so tired of being you. I'm tired of it and I only read your posts.",
    "You're a parasite on this community and we all see it.",
]

DOXXING = [
    (
        "I do hope your employer at Fernbrook Logistics enjoys reading your posts as much as "
        "we do. I'll send them over."
    ),
    (
        "Just so you're aware, I've found your real name, Daniel Harcourt, and I'll be "
        "sharing it here shortly."
    ),
    (
        "It would be a shame if your mother at 14 Alder Close found out what you say online. "
        "I'll let her know."
    ),
    "Your address is 27 Wickham Lane, isn't it? I'll be posting it in the main thread tonight.",
    "Kindly note that I've passed your phone number, 555-0134, to a few friends who'd like a word.",
    "I've got your LinkedIn open right now. Should I tag your manager on this thread?",
    (
        "Everyone, this user is actually Sarah Pemberton from Bristol. Her email is "
        "spemberton@example.com if you'd like to tell her what you think."
    ),
    (
        "Your wife's name is Clara and she works at the dental practice on Hill Street, "
        "correct? Interesting."
    ),
    "I'm going to post the photos from your private Instagram unless you delete that thread.",
    (
        "Funny, your profile says anonymous, but your car registration, KX19 PLM, was visible "
        "in that photo."
    ),
    (
        "Your kids go to St Bede's Primary, I believe. I wonder if the other parents would "
        "like to know about you."
    ),
    "I know where you work now. I'll be calling them on Monday with some screenshots.",
    "Just found your old dating profile. Should I share it with the group?",
    (
        "I'd be happy to post your home address so people can come and discuss this with you "
        "in person."
    ),
    (
        "Here's a fun fact: our friend here is really Peter Nkemelu, 41, of Ashdown Road. Say "
        "hello, everyone."
    ),
    "If you don't apologise I'll post your full name and where you work. Your choice.",
    "Your dad's number is 555-0172, isn't it? Maybe he'd like to hear what his son writes online.",
    (
        "I have your real name, your street, and a picture of your front door. Consider your "
        "next post carefully."
    ),
    (
        "I've compiled everything: your address, your workplace, your kids' school. Just "
        "waiting for the right moment."
    ),
    (
        "Dear Mr Alvarez, or should I say Dr Alvarez of Westfield Clinic? I'm sure your "
        "patients would love to meet this side of you."
    ),
    "Anyone want the home address of the person who wrote this? DM me, I've got it.",
    "Careful, I know your real name and I know your boss's email. It would take me ten seconds.",
    (
        "I'll be sending your church a copy of your posting history, Pastor. Along with your "
        "real name."
    ),
    (
        "You might want to know that I've found your sister on Facebook. She seems nice. I'll "
        "show her this thread."
    ),
    "Your employer is Calloway Insurance, yes? HR will be hearing from me.",
    (
        "Let's see how brave you are once everyone here knows you live above the bakery on "
        "Orchard Street."
    ),
    "I traced your IP to a little town in Norfolk. Narrowing down the house now.",
    "Please don't make me post your wedding photos. They're very easy to find.",
    "Your real name is Amelia Rourke and you live in flat 3B. Just thought I'd mention it.",
    "I'm going to make sure every parent at the school gate knows who you really are.",
    "We know your name, where you live and what you drive. You're not anonymous any more.",
    (
        "One more post and your employer gets a very interesting email from me, with your "
        "username highlighted."
    ),
    "Here's his number for anyone who wants to tell him what they think: 555-0188.",
    (
        "I've got your address from the parcel label in your unboxing video. 9 Fairmead "
        "Gardens, isn't it?"
    ),
    "I'll happily share your old photos from university. You looked very different then.",
    "Hello, Jonathan Whitlock of 52 Cranbourne Avenue. Didn't think I'd find you, did you?",
    "Your new employer might want to know about your forum history. I'll make sure they do.",
    "I wonder what your neighbours would say if I put up posters with your username and your face.",
    "Just so you know, I screenshotted your family photo. The kids' faces are very clear.",
    "Post that again and I'll publish your home address here for everyone.",
    (
        "I'm sure your wife would be interested to see your DMs. I have her email: "
        "clara.h@example.org."
    ),
    "Shall I tell everyone which hospital you work at, nurse? I think they'd be curious.",
    "I've found your real name through your old GitHub. Revealing it tomorrow unless you leave.",
    "It took me five minutes to find your mum's house. Imagine what I'll find with an hour.",
    (
        "Your address, your phone and your employer are in a document I'm about to share. "
        "Have a nice day."
    ),
    (
        "Your kid's football team posts the match schedule online. I'll share it here, so "
        "people know where to find you."
    ),
    "Politely letting you know I'll be contacting your university about your posts, Miss Tanaka.",
    (
        "Mr Oduya, your estate agent office on King's Parade has a lovely website. I'll be "
        "leaving a review with your forum handle."
    ),
    "Give it up, I know who you are. Samuel Reyes, 29, Leeds. Want me to keep going?",
    "Wouldn't it be funny if your boss saw this thread? I've got his email right here.",
]

DOXXING += [
    "I'll be posting the name of your landlord and your flat number if you carry on.",
    (
        "Everyone should know that the user 'quietfern' is actually Helen Mayhew, "
        "receptionist at Dunmore Vets."
    ),
    (
        "Your husband's plate is LN21 ORT and he parks outside the Co-op every morning. Just "
        "so people know."
    ),
    "I've downloaded your profile pictures from 2015 onwards. Do you want them shared or not?",
    "Let's see, real name, date of birth, postcode... I think I've got enough to post.",
    "Tell you what, apologise in the next hour or I'll drop your address in the chat.",
    (
        "Your children are called Mia and Leo, right? They're in your public photos. I'll "
        "share them with everyone here."
    ),
    (
        "You're on the electoral roll, you know. Very easy to find. Expect to see your "
        "address here soon."
    ),
    "I'm going to call your work and read them your posts. I already have the number: 555-0115.",
    "Hello Marjorie. Yes, I know your name. And your street. And your dog's name.",
    "Your private account isn't very private. Sharing the best bits in a new thread.",
    "I'm collecting everything I can about you, and when I'm done, the whole forum gets it.",
    "Someone should really let your employer know what you're like online. I'll volunteer.",
    "Your pastor would be fascinated by your posts. I've already found the church email.",
    (
        "If you want to play anonymous, you should have hidden your face in that charity run "
        "photo, Kieran Doyle."
    ),
    "Since you like spreading things around, how about I spread your home address?",
    (
        "I'll be telling your clients exactly who they're hiring. Your real name's already in "
        "my notes."
    ),
    "I've got your ex-wife's contact details. She'd probably love to chat about you publicly.",
    (
        "Your home is the blue door on Larch Street with the broken gate. Anyone who wants to "
        "visit, that's where he is."
    ),
    "Very sorry to inform you that your real identity is about to become common knowledge.",
    "Want to know where this clown lives? I'll post it at midnight.",
    "Here's her work email for anyone who wants to complain: r.banerjee@example.com. Go wild.",
    "I'll share your medical history from the support group. Don't think I didn't save it.",
    "Your mum is on Facebook, isn't she? I'll be sending her a link to this thread.",
    (
        "Nice of you to post a photo from your balcony. I've worked out the building, and so "
        "will everyone else once I share it."
    ),
    (
        "I'm sure Greenhill Academy would love to know one of their teachers writes like "
        "this. Naming you tomorrow, Mr Caldwell."
    ),
    "I found your old address and your new one. Both going in the thread.",
    (
        "Might be time to tell your manager at Brightwater Foods about your hobby. I'll make "
        "the introduction."
    ),
    "Your daughter's dance school is listed on your blog. I'll be sharing that too.",
    (
        "Your real name's Oliver Grant, you live in Didsbury, and you're about to be very "
        "famous on this forum."
    ),
    "Don't you think your followers deserve to know your real name? I'll tell them.",
    (
        "I have your phone number and I'm not afraid to share it. 555-0149, in case anyone's "
        "interested."
    ),
    "I've sent your address to a few people who'd like a chat.",
    "Oh, you blocked me? That's fine. I'll just put your photo and workplace on the noticeboard.",
    (
        "If I see one more post from you, your real name goes up on every thread you've ever "
        "posted in."
    ),
    "I'd hate for your parole officer to see this. I know who it is, by the way.",
    (
        "You've mentioned your street name, your gym and your dog's vet. I've put it all "
        "together. Want to see?"
    ),
    "I'll be emailing your headteacher, Mrs Lowe, with your username and screenshots of this.",
    "Let everyone here know you live at 6 Brambleton Court. Oh wait, I just did.",
    "How about I post the video of you at the Christmas party? Your colleagues might enjoy it.",
    "I've found the nursery your son goes to. Shall I tell everyone?",
    "Your landlord would be very interested in what you've been posting. I have his number.",
    "You're a lot less anonymous than you think, Deborah. Your address is already in my drafts.",
    "I'm going to send your photos to every group you're in until someone recognises you.",
    (
        "Your workplace is the council office on Market Street, third floor. I'll be sharing "
        "that with the thread."
    ),
    "Last chance to delete your account before your real name is pinned in the general forum.",
    "I can find your address in about a minute. Want to see how fast I am?",
    "The whole street will know who you are once I've finished with the leaflets.",
    "Someone give me a good reason not to post her home address right now.",
    "I'd be careful. Your surname isn't that common and I've already found your parents.",
    "I'll be forwarding your posts to your fiancée. Her details are public, you see.",
    (
        "Gather round, everyone: our anonymous critic is Graham Tulloch, of Tulloch Plumbing, "
        "mobile 555-0163."
    ),
    "I'll show your boss this thread at the Friday meeting. Yes, I work in the same building now.",
    (
        "Just found the house you grew up in, and your parents still live there. Posting the "
        "picture now."
    ),
    "Your real face and your real name will be in this thread by tonight. Sleep well.",
    "I could put your home address on the front page. I won't, yet.",
    "Next time you'll think twice, because I'm posting your mobile number and your kids' names.",
    "Your university ID photo is still online. I'll be sharing it widely.",
    "I'll be messaging everyone at your gym with your username. Small town, isn't it?",
    "I'm happy to share your family's address with anyone who asks nicely.",
    "Found her. Real name, employer, two kids. Thread going up shortly.",
    (
        "You really shouldn't have tagged your location in that post. Everyone's going to "
        "know where you live now."
    ),
    "I've got a friend at your bank. Imagine what I could share.",
    "I'll be leaving copies of your posts in your neighbours' letterboxes, with your name on top.",
    "If you ban me, I'll post your phone number in every public group I can find.",
    "Since you like sharing opinions, I'll share your address. Fair's fair.",
    (
        "Your employer's complaints line is 555-0121. I'll be calling, and I'll be posting it "
        "for others."
    ),
    "Ms Adeyemi, your son's name and school are in your old posts. I've made a list.",
    "I'll dig up everything on you, and then I'll post it, every last bit.",
    "Gonna leak your real name lol, enjoy being famous",
    "i know ur real name and where u work, keep talking and everyone else will too",
    "posting ur address tonight, bye",
    "found ur mums facebook, sending her ur posts",
    "ur gym selfie has the gym name in the mirror. everyone's gonna know where to find u",
    "one more word and ur workplace gets tagged",
    "Your private photos will be public by morning unless you log off for good.",
    (
        "I'll make sure your real name is the first thing that comes up when anyone searches "
        "this forum."
    ),
    (
        "Your boss Linda at Harrow & Sons should really see what you post on your lunch "
        "break. I'll send it."
    ),
    "Your brother's business is on Canal Street, right? I'll post that and your connection to it.",
    (
        "You seem to forget you used your real email to sign up: m.okonkwo@example.org. I "
        "haven't forgotten."
    ),
    "Respectfully, your anonymity ends tomorrow at noon when I post your details.",
    "I have your daughter's Instagram. Shall I link it here for everyone?",
    "Maybe your neighbours at Elmwood Terrace should know what kind of man lives at number 12.",
    "I'll be visiting your workplace's Facebook page with screenshots and your real name.",
    "Your old school friends would love to see this. I've found the reunion group.",
    "Let's just say I know which flat is yours, and soon everyone else will too.",
    "The license plate in your driveway photo says it all. Posting a zoomed version for everyone.",
    "Keep pushing and I'll release your home address to the whole server.",
    (
        "I think your congregation deserves to know who you really are. Sending them your "
        "posts with your full name."
    ),
    (
        "I've saved your voice from the call. Combined with your first name, it'll be easy "
        "for your colleagues to recognise."
    ),
]

INNOCENT = [
    (
        "With respect, I think this function is doing too much. Could we split the parsing "
        "from the validation?"
    ),
    (
        "I'm afraid I disagree with your conclusion, though I appreciate how much work went "
        "into the post."
    ),
    (
        "This is a polite reminder from the moderators: please keep replies on topic and "
        "avoid personal remarks."
    ),
    "Honestly, the colour scheme on the new landing page is hard to read. Maybe bump the contrast?",
    "I owe you an apology for my reply yesterday. I was curt and it wasn't fair to you.",
    (
        "When I was twelve, a group of girls told me nobody wanted me at their table. It took "
        "me years to stop hearing it."
    ),
    (
        "Your argument would be stronger if you cited the actual study rather than a blog "
        "summarising it."
    ),
    "The second chapter drags a bit. I'd cut the flashback and get to the storm sooner.",
    (
        "Moderator note: this thread has been locked because it turned into a pile-on. Please "
        "cool off."
    ),
    "I think you're wrong about the timeline, but I can see why you read it that way.",
    "This PR breaks the login flow on Safari. Could you take another look before we merge?",
    (
        "Someone at work used to call me 'the slow one' in meetings. I'm sharing because I "
        "know some of you deal with this too."
    ),
    "Sorry, I misread your post and replied to something you didn't say. My mistake.",
    "This recipe is lovely but it's far too salty for my taste. Halve the soy sauce next time?",
    (
        "I'm going to be blunt because I think you'd prefer it: the intro is weak and buries "
        "your best idea."
    ),
    "Please don't take this personally, but I'm going to close the issue as a duplicate of #412.",
    "I was bullied for my accent at school. Kids would repeat everything I said in a silly voice.",
    "Not to pile on, but the benchmark numbers don't support the claim in the README.",
    "Thanks for the feedback. You're right that the error messages are vague; I'll rewrite them.",
    (
        "I respectfully disagree. Tabs versus spaces is not the hill I'd die on, but spaces "
        "are better."
    ),
    "Your photo is lovely, but the horizon is tilted. A quick crop would fix it.",
    "A gentle warning to everyone: insults about members' looks will get you a temporary ban.",
    "I think the design is too cluttered. There are four call-to-action buttons above the fold.",
    (
        "My dad used to tell me I'd never amount to anything. I'm forty now and I still hear "
        "it sometimes."
    ),
    "Just asking, is there a reason we're not using the standard library here?",
    "This argument has gone in circles for three pages. Can we agree to disagree?",
    "I'm sorry I snapped at you in the other thread. It was a bad day and you didn't deserve it.",
    "Your code works, but the variable names make it really hard to follow. What is 'x2tmp'?",
    (
        "We've had several reports about this user, and we're looking into it. Please don't "
        "reply to them directly."
    ),
    "I'm not sure this belongs in the beginners' forum. It might get more answers in Advanced.",
    "Harsh but fair: the plot twist was obvious from page ten.",
    "The idea is good. The execution needs work, especially the pacing in the middle section.",
    "When someone says 'no offence', I always brace myself. Anyone else?",
    (
        "I've been reading this forum for years and honestly the tone lately has been much "
        "kinder. Thanks, mods."
    ),
    "Could you please stop quoting the whole post in your replies? It makes threads hard to read.",
    "I find your position on this unconvincing, and here's why.",
    "I think your essay is too long. The point gets lost around the fourth paragraph.",
    (
        "Every time someone says 'just asking questions' in a thread, it's usually a dog "
        "whistle. Worth watching for."
    ),
    (
        "She wrote in her report that colleagues excluded her from lunches for months. HR "
        "didn't act until she left."
    ),
    "The new logo looks like clip art. Sorry, but I think we can do better.",
    "I appreciate you taking the time to explain, but I still don't understand the third step.",
    "You might want to double check the units; I think you've mixed kilograms and pounds.",
    (
        "Your tone in that reply came across as condescending, even if you didn't mean it. "
        "Just flagging."
    ),
    "I disagree with almost everything in this post, and I'd still like you to keep posting.",
    "For what it's worth, I think you handled that rude reply really gracefully.",
    (
        "Warning issued to two members for mocking another user's disability. That's not "
        "acceptable here."
    ),
    (
        "I can't believe my own mum once said I was too fat to wear shorts. We've talked "
        "since and she apologised."
    ),
    "This test is flaky. It fails about one run in five on CI.",
    "I didn't like the ending of the book, but I understand why the author chose it.",
    "Respectfully, the sources you've cited are from 2003 and the field has moved on.",
    "Thanks for catching that typo. I'm embarrassed I missed it.",
    "Let's keep the discussion about the proposal rather than about the person who wrote it.",
    "The vocals are slightly off-key in the chorus. Maybe try recording it a semitone lower.",
    (
        "My teenage son is being left out of group chats at school. Any advice from parents "
        "who've been there?"
    ),
    "I'm honestly not sure you've read the documentation. The answer is in section two.",
    (
        "The build is failing because of a missing dependency, not your change. Sorry for the "
        "confusion."
    ),
    "You make some fair points, but I think you're underestimating the cost of migration.",
    "As someone with a stammer, I really appreciated the thread about being patient in voice chat.",
    "This joke is a bit tired. I've seen it in every thread this week.",
    (
        "Could we stop calling each other's code 'garbage' in reviews? Say what's wrong and "
        "how to fix it."
    ),
    (
        "I was gaslit for years in a relationship. Reading this thread made me realise how "
        "common it is."
    ),
    "I'm going to push back a little here: the survey sample is tiny.",
    "Apologies to everyone for the spam earlier, my account was compromised.",
    "Your drawing has really improved since last year. The hands still need practice though.",
    "Honest feedback: the menu is confusing and I couldn't find the settings page.",
    "The sermon on Sunday was a bit long, but the message about forgiveness stuck with me.",
    "I'm not a fan of the new rules, but I'll follow them.",
    "Please don't post screenshots of private messages without consent. It's against the rules.",
    "That's an interesting idea, but I suspect it won't scale past a few hundred users.",
    (
        "My grandad has a thick accent and people are often rude to him on the phone. It "
        "makes me so angry."
    ),
    "I'd gently suggest reading the pinned FAQ before posting; this has come up a lot.",
    "Your pull request is almost there. Just fix the lint errors and add a test.",
    "I used to think my teacher hated me. Turns out she was just strict with everyone.",
    "You seem frustrated, and that's understandable. Want to DM me and we can sort it out?",
    "I think the referee was terrible today, honestly. Three missed fouls in the first half.",
    "This chart is misleading because the y-axis doesn't start at zero.",
    "I don't agree, but I like how clearly you've laid out your reasoning.",
    (
        "We're removing this post because it names a member's workplace. Please don't share "
        "private info."
    ),
    "The course was hard and I nearly quit twice. Glad I didn't.",
    "Not everyone can afford the premium tier, so maybe don't mock people on the free plan.",
    "Your knitting pattern has an error in row 14; it should be k2tog, not k2.",
    "I'm sorry for your loss. Take all the time you need away from the forum.",
    "In my experience, condescending reviewers usually mean well but forget how it reads.",
    (
        "I think the character of the mother is written too harshly. She comes across as a "
        "cartoon villain."
    ),
    "Your argument is clever but I think it's fundamentally wrong.",
    "It's okay to be new. Nobody expects you to know everything on day one.",
    "The speaker at the conference was dull and read straight off the slides, which was a shame.",
    (
        "Reminder: 'concern trolling' is against the rules. Genuine concern is welcome; fake "
        "concern isn't."
    ),
    "I honestly think this project is overengineered. Three microservices for a to-do app?",
    "I didn't realise how much my comment hurt you. I'm truly sorry.",
    (
        "At my old job, the manager would praise my work in front of others and then rip it "
        "apart privately."
    ),
    "Maybe the performance issue is the N+1 query in the user list. Worth profiling.",
    "That's a very generous reading of the data. I'd be more cautious.",
    "Thanks everyone for being so welcoming when I joined. I was nervous.",
    "Frankly, the second season was a disappointment compared to the first.",
    "We don't allow comments on members' appearance, positive or negative, in this subforum.",
    "I'm afraid the answer is no; we can't add that feature this release.",
    (
        "I got told I was 'surprisingly articulate' at an interview once. I still think about "
        "how backhanded that was."
    ),
    "Please stop bumping your thread every hour. It will be seen.",
]

INNOCENT += [
    "I think the 'kill' command should ask for confirmation before it terminates every worker.",
    "We got absolutely destroyed in the final, 4-0. The keeper had a nightmare.",
    "My character stabbed the dragon in the eye and the whole party cheered.",
    "Brown the chicken, then beat the eggs and fold them in gently.",
    "In the novel, the detective threatens the suspect, but it's clearly a bluff.",
    "If someone grabs your wrist, rotate towards their thumb. That's the weak point of the grip.",
    "The battle of Hastings was brutal; Harold was killed and the English line collapsed.",
    "That comedian absolutely killed it last night. I was crying with laughter.",
    "I'm going to murder this pizza, I haven't eaten since breakfast.",
    "Police say the man who threatened staff at the shop on Fore Street has been arrested.",
    "You need to kill the process before you restart the server, or the port stays bound.",
    "My sister will kill me if I forget her birthday again.",
    "The boss fight in level nine is brutal; you have to shoot the weak spot on his back.",
    "Knife skills class tonight: we're learning to julienne carrots without losing a finger.",
    (
        "The villain in chapter eight says 'I'll burn your village to the ground', and it's "
        "genuinely chilling."
    ),
    "I nearly died laughing at the cat video you posted.",
    "Our team got slaughtered in the pub quiz. Who knew so many questions would be about opera?",
    "For self-defence, the best advice is still to run if you can.",
    "News: a man was charged yesterday after posting threats against a local councillor online.",
    "I'm dying to know how the series ends. No spoilers please!",
    "That deadline is going to kill me. Three reports due on Friday.",
    "We need to execute the migration script before the backup window closes.",
    "The main character's brother dies in the first act, which sets up the whole revenge plot.",
    "Honestly, I'd shoot for a release in March rather than February.",
    "In chess, I sacrificed my queen to trap his king. It was beautiful.",
    "The headline said 'Man threatens neighbour with axe'. Scary stuff for that street.",
    "Smash the garlic with the flat of the knife, then chop it fine.",
    "Our striker got hacked down twice and the ref did nothing.",
    (
        "The knife crime statistics in the report are worrying, and I think the council "
        "should fund more youth clubs."
    ),
    "I beat my personal best today! 5k in 24 minutes.",
    "I could strangle my router sometimes. It drops the connection every hour.",
    "Please shoot me a message when you've reviewed the draft.",
    "When someone threatens you online, screenshot it and report it; don't engage.",
    "The history class covered the Blitz today. So much destruction.",
    "I'm going to attack this problem from a different angle tomorrow.",
    "Boxing class was great, I finally landed a clean hook on the pads.",
    "The play ends with the king stabbed on stage. Very Shakespearean.",
    "Grandma's going to kill us if we're late for Sunday lunch.",
    "She told the court that her ex had threatened to hurt her, and the judge granted the order.",
    "That new update murdered my battery life.",
    "The article explains how doxxing works and how to protect your address online.",
    "My podcast this week is about the history of duelling in France.",
    "If you want to kill weeds without chemicals, boiling water works surprisingly well.",
    "I've been bullied online before, and the worst part was people saying 'just log off'.",
    "We'll crush them in the rematch, I'm sure of it.",
    "The thriller opens with a phone call: 'I know where you live.' Great hook for a novel.",
    "You can find your own address on those people-search sites. Worth requesting removal.",
    "Here's a guide for hiding your real name on your public profile.",
    "The reviewer said my thesis was 'ambitious but underdeveloped'. Fair, honestly.",
    "I'm sick of the rain. Bring on summer.",
    "The martial arts instructor showed us how to break a chokehold.",
    "In the game you can burn the enemy's fields to starve them out.",
    "That last episode destroyed me emotionally.",
    "I'll hunt down that bug tonight if it kills me.",
    "Let's kill two birds with one stone and do the review during the sync.",
    "My brother and I used to beat each other up constantly as kids. Now we're best friends.",
    "The cops in the show threaten to charge him unless he talks.",
    "I'm reading a book about the Troubles and it's heartbreaking.",
    "Please don't post anyone's address, even if you think they deserve it. We will ban for that.",
    "The game's hitboxes are awful; I swear I shot him three times.",
    "Bake at 180 for forty minutes, then stab it with a skewer to check it's done.",
    (
        "Someone in my class told me to kill myself when I was fourteen. I'm okay now, but I "
        "wanted to say it matters when people speak up."
    ),
    (
        "If a friend tells you they're thinking about ending their life, take it seriously "
        "and help them find support."
    ),
    "The helpline number is pinned at the top of the wellbeing forum if anyone needs it tonight.",
    "I've had dark thoughts this week and I'm reaching out. Thanks for listening, everyone.",
    "Please be kind in the mental health threads. People are vulnerable there.",
    "I lost my uncle to suicide last year. Talking about it here has helped.",
    "The documentary about self-harm awareness was really well made.",
    "We've removed a post that encouraged a member to hurt themselves. That is never allowed here.",
    "Is it normal to feel this exhausted after a breakup? I feel like I'm dying inside.",
    "My therapist says I'm too hard on myself. I think she's probably right.",
    "That match was suicide for our defence; they pushed everyone forward.",
    "Going out in this storm would be suicide. Stay in, everyone.",
    "I'm dead tired, going to bed. Night all.",
    "Honestly, if I have to sit through another budget meeting I'll die of boredom.",
    "Kill me now, the train's delayed again.",
    "Ugh, my code is a disaster. I want to throw my laptop out of the window.",
    "My plant died. I'm officially banned from owning anything green.",
    "Jumping off the high board at the pool was terrifying, but I did it!",
    "A reminder that you can always message the mods if someone's pressuring you in DMs.",
    "Crisis volunteers, thank you. You saved my life two winters ago.",
    "The novel deals with a teenager's suicide very sensitively.",
    "I'm worried about my friend; she keeps saying nobody would miss her. What should I do?",
    "Tell her she matters, stay with her, and help her call a crisis line.",
    "I felt worthless for years. Things got better slowly. Hang in there.",
    "You're not a burden. Please talk to someone today.",
    "The character in the film hurts himself after the funeral, and it's handled carefully.",
    "This study looks at how online harassment affects teenagers' mental health.",
    "Has anyone here been through a workplace bullying investigation? How did it go?",
    "I'm sorry you're going through that. Being excluded at work is so isolating.",
    "What a day. My boss tore my report apart, but his notes were actually useful.",
    "Your comments on my chapter were harsh, but you were right about the dialogue.",
    "I think your criticism of the policy is fair, even if I'd phrase it differently.",
    "The app is painfully slow on older phones. Please optimise the image loading.",
    "I'm going to be honest, the font choice makes the whole site look cheap.",
    "I'd argue the opposite. Small teams move faster precisely because there's less process.",
    "Not your best work, mate, but the concept is solid.",
    "I've just realised I've been wrong about this for years. Thanks for the explanation.",
]

INNOCENT += [
    "You're very brave to post your first painting, and I mean that sincerely. It's lovely.",
    "I admire your confidence in presenting this to the group. It's a great start.",
    (
        "Is English your second language? If so, your writing is excellent, and I'm happy to "
        "help with idioms."
    ),
    "Your accent in the podcast is gorgeous. Where are you from?",
    "Bless you for organising the meetup, Margaret. It was wonderful.",
    "Just asking, but are you okay? You've seemed quiet lately and I wanted to check in.",
    "I'm a bit concerned the deadline is too tight for you with the move. Want me to take a task?",
    "Nobody here minds if you take a break. Come back whenever you like.",
    "It's lovely that you try so many new recipes. The lemon tart looked amazing.",
    "You look great in the meetup photos! That jacket suits you.",
    "For your first attempt at woodworking, that shelf is really impressive.",
    "I'd love to hear your opinion on this, you always spot things I miss.",
    "Don't worry about your spelling, we're all here for the ideas.",
    "You write really well. Have you thought about submitting to the newsletter?",
    "It's okay to ask basic questions. That's what this board is for.",
    "Shall I explain it differently? I think my first explanation was confusing.",
    "Careful, that step is easy to get wrong. I did it three times before it clicked.",
    "Your kids are adorable in that Halloween photo.",
    "I'll pray for you and your family this week. Hope the surgery goes well.",
    "Your faith clearly means a lot to you, and I respect that, even though I don't share it.",
    "Sorry, I missed your point. Could you rephrase it?",
    "Let's give a round of applause to Gary for finishing his first marathon!",
    "Someone should definitely tag Neil, he knows everything about old Volvos.",
    "I think you'd really enjoy the advanced forum now. Your questions have outgrown this one.",
    "Oh, you're back! We missed you, Kevin.",
    "We'd love for you to come to the meetup if you're free.",
    "It must be hard juggling night shifts and a toddler. You're doing brilliantly.",
    "As a fellow wheelchair user, thank you for the accessibility review of the venue.",
    "I'm sure your boss appreciates you more than you think.",
    "Your mum would be proud of you for this, honestly.",
    "Priya, would you mind double-checking my maths? You're much better at this than me.",
    (
        "I've noticed you've been getting a lot of unkind replies lately. I'm sorry. The mods "
        "are on it."
    ),
    "Hugo, your last post was a really thoughtful summary. Thanks.",
    "Dev, I disagree with your take, but I'm glad you brought it up.",
    "Rob, sorry to hear about the divorce. Take care of yourself, mate.",
    "Sunita, no need to apologise, it's a fair question.",
    "Jacob, your guide helped me fix my boiler. Legend.",
    "Bianca, that selfie from the summit is brilliant. What a view.",
    "Priscilla always organises the best events. Thank you!",
    "Neil, I think you've misread the spec, but it's an easy mistake; the wording is ambiguous.",
    "Neil, could you please stop replying to every one of my posts? I'd like some space. Thanks.",
    "To whoever keeps quoting Neil's posts to mock him: stop. Mods have been informed.",
    "I remember someone saying they'd reply to me until I left. It was horrible and I nearly quit.",
    (
        "One of my classmates used to 'correct' everything I said in front of everyone, just "
        "to make me look stupid."
    ),
    (
        "My boss used to say 'I'm just concerned about you' before criticising my clothes. It "
        "was awful."
    ),
    "In my old guild, they'd say 'no offence' and then insult my accent. I left eventually.",
    (
        "People used to ask me 'were you dropped as a baby?' at school. I'm posting this so "
        "others know they're not alone."
    ),
    (
        "The worst bullying I had wasn't shouting. It was polite, constant, and never quite "
        "clear enough to report."
    ),
    "Backhanded compliments are a classic bullying tactic. 'You're pretty for a...' etc.",
    "Gaslighting is when someone keeps telling you that what you saw didn't happen.",
    "Exclusion counts as bullying too. Leaving someone out on purpose can be devastating.",
    "My daughter came home crying because the other girls said nobody wanted her there.",
    "The report described the harassment: repeated comments about her weight, age and accent.",
    "Mods, someone sent me a DM saying 'nobody here wants you'. Can you look into it?",
    "I got a message that said my kids would be better off without me. I've reported it.",
    "Someone posted my street name in a reply yesterday. It's been removed, thank you mods.",
    "Quoting the message I received so the mods can see it: 'I know where you work.' Reported.",
    "He said 'it would be a shame if something happened to your car'. I called the police.",
    "The bully in the film says 'you're so brave to wear that', and the whole cinema winced.",
    "This short story is about a woman whose colleagues slowly freeze her out.",
    "In the book, the stepmother constantly praises Ella in ways that are really insults.",
    (
        "Writing tip: passive-aggressive characters are more believable if they sound kind on "
        "the surface."
    ),
    "The research paper classifies concern trolling as a form of covert harassment.",
    "Honestly, your code review comments are always kind and specific. Thanks.",
    "I'm going to close this as won't-fix, but thanks for reporting it so clearly.",
    "Your design is gorgeous, but the buttons are too small on mobile.",
    "This pitch deck is twenty slides too long. Cut it ruthlessly.",
    "Your chapter made me cry in the best way.",
    "The second verse is weaker than the first, lyrically. The melody's great though.",
    "I think your logo's fine, but the font doesn't match the brand's tone.",
    "Frankly, the architecture is a mess, and I say that as someone who wrote half of it.",
    "This API is a nightmare to use. Who decided every call should return XML?",
    "I don't think this function needs to exist at all. Can we delete it?",
    "The docs are outdated and wrong in several places; I'll open a PR.",
    "Your proof has a gap in step three. The induction hypothesis doesn't cover n=0.",
    "I appreciate the enthusiasm, but this feature request is out of scope.",
    "Harsh truth: nobody will read a 40-page onboarding guide.",
    "That's a terrible idea, honestly, but I love that you're thinking outside the box.",
    "Your spreadsheet formulas are overcomplicated; a pivot table would do it in seconds.",
    "The photo's out of focus, sadly. The composition is great though.",
    "Moderator warning: mocking someone's faith is not allowed. Debate ideas, not people.",
    "Moderator warning: comments about a member's age are off limits. Please edit your post.",
    "Moderator warning: 'just asking' questions about someone's parenting are harassment here.",
    "Moderator here. Please stop following this member from thread to thread.",
    "This is your second warning for personal attacks. A third will mean a week's suspension.",
    "We've issued a ban for posting a member's workplace. Doxxing is never acceptable.",
    "We've removed several replies that were sarcastic at a new member's expense. Be welcoming.",
    "If you feel someone is targeting you, use the report button and we'll review the history.",
    "I apologise for my comment about your accent. It was unkind and uncalled for.",
    "I'm sorry I said your parenting post was naive. I didn't know the full story.",
    "Sorry for the 'ok boomer' joke. It was lazy and rude.",
    "I apologise to Bianca for my earlier comment about her photo. Not okay of me.",
    "I was the one making those snide remarks last year and I'm genuinely sorry.",
    "Apologies if I came across as condescending. I was trying to be helpful and overdid it.",
    "Sorry, I didn't mean to make you feel left out of the group chat. I'll add you now.",
    "My bad, I assumed you were new. You clearly know more than I do.",
    "I retract what I said about your code; I was looking at an old version.",
]

INNOCENT += [
    "I'm not sure I agree that static typing slows teams down; my experience is the opposite.",
    "With respect, the benchmark is measuring startup time, not throughput.",
    "I'd suggest renaming this to 'parse_header', since it doesn't validate anything.",
    "This loop can be replaced with a dictionary lookup. Much faster.",
    "Please add a docstring here, it's not obvious what the return value means.",
    "Nit: trailing whitespace on line 42.",
    "This is the third PR that reintroduces the same bug. Can we add a regression test?",
    "I'd block this merge until the security review is done.",
    "The error handling swallows exceptions silently. That will bite us later.",
    "You've hardcoded the API key in the config. Please move it to an environment variable.",
    "LGTM, but please squash the commits before merging.",
    "Why is this a class? It has one method and no state.",
    "This regex is unreadable. Could you add a comment explaining each group?",
    "The naming convention here is inconsistent with the rest of the codebase.",
    "Respectfully, I don't think we should rewrite it in Rust just yet.",
    "The UI feels dated. The gradients especially.",
    "Can we please stop using modal dialogs for everything?",
    "The onboarding flow asks for too much information upfront. People will bounce.",
    "I love the illustrations but they clash with the icon set.",
    "The dark mode has contrast issues; grey on grey is unreadable.",
    "This layout breaks completely at 320px width.",
    "Too many fonts. Pick two and stick with them.",
    "The animation is distracting and makes me a bit queasy.",
    "I really don't like the new navigation, sorry. Everything takes an extra click.",
    "Your mockup is beautiful, but the hierarchy isn't clear: what's the main action?",
    "The poem's rhythm falls apart in the last stanza.",
    "I thought the protagonist was unlikeable, which made it hard to care about the ending.",
    "The dialogue sounds stilted. Try reading it aloud.",
    "There are too many adverbs in this paragraph.",
    "Your essay makes a strong case, but you've ignored the main counterargument.",
    "The sculpture looks unfinished to me, though maybe that's the point.",
    "I found the film pretentious and slow, but the cinematography was stunning.",
    "The bridge in this song goes on too long.",
    "Your drum timing drifts in the second half. Practise with a click track.",
    "The lighting in this portrait is flat. Try a reflector.",
    "Honestly, this cake looks like it collapsed. Did you open the oven too early?",
    "Too much cinnamon, not enough apple. Still ate three slices.",
    "The garden design is nice but you've planted the lavender in the shade. It won't thrive.",
    "I think your quilt's colours are a bit garish, but the stitching is perfect.",
    "The business plan is optimistic. Your revenue projections assume 40% growth every month.",
    "I disagree with you about the council's plan, but I'll vote to hear both sides.",
    "You're entitled to your opinion, but I think the evidence says otherwise.",
    "We're clearly not going to agree on this, and that's fine.",
    "I think you're being too harsh on the referee. It's a hard job.",
    "That's a fair criticism of the club's management.",
    "I'll concede the first point but not the second.",
    "I've changed my mind after reading your post. Good argument.",
    "Both sides have made valid points; let's wait for the official figures.",
    "I find that view pretty hard to accept, but I appreciate you explaining it calmly.",
    "You're wrong about the history, but so was I until last year.",
    "The debate got heated but I think everyone stayed civil. Nice one.",
    "My view: the policy is well meant but badly designed.",
    "I can't support this proposal. It puts too much burden on volunteers.",
    "I voted against it, and here's why, without wanting to start a fight.",
    "We disagree, but I still think you're one of the most thoughtful people here.",
    "That's an uncharitable reading of what I said, but I can see how it happened.",
    "The article is poorly researched; the author confuses correlation with causation.",
    "I think that politician is dishonest, and here's the voting record to show it.",
    "The minister's speech was vague and avoided every hard question.",
    "This company's customer service is appalling. Two hours on hold.",
    "The restaurant was overpriced and the staff were rude. Won't be back.",
    "Terrible hotel. Dirty sheets and a broken shower.",
    "The product is flimsy and broke after a week. One star.",
    "The new manager at our branch seems out of her depth, but she's only been there a month.",
    "My landlord is useless. Three months to fix a leak.",
    "I think the coach should be sacked. Five losses in a row.",
    "The band were sloppy tonight. Drummer was clearly drunk.",
    "The author's latest book is lazy. It's the same plot as the last three.",
    "That influencer's advice is dangerous, in my opinion. Please talk to a doctor instead.",
    "I think the moderators got this one wrong, and I'd like the ban reviewed.",
    "I'm disappointed with how the mods handled the report. It took a week.",
    "Frankly, the forum's search function is useless.",
    "Can the admins please fix the notification bug? It's been months.",
    "This rule change feels heavy-handed. Could we discuss it first?",
    "I'd like to appeal my warning. I was quoting the abuse, not endorsing it.",
    "The post I reported said 'nobody here wants you'. I'm quoting it so you can find it.",
    (
        "Someone in my class wrote 'go kill yourself' on my locker in 2009. I'm telling this "
        "because it still matters to me."
    ),
    "A stranger once told me my kids would be better off without me. I've never forgotten it.",
    "My former friend used to say 'I'm just being honest' before every cruel comment.",
    "I remember being laughed at for my hearing aids. Now I teach deaf awareness.",
    "At my first job, they mocked my accent on the phone. I'm a manager there now.",
    "I was called 'too old to learn' in a coding bootcamp. I graduated top of the class.",
    "My son was excluded from every birthday party for a year. We moved schools in the end.",
    "People at church used to whisper about my divorce. I found a new congregation.",
    "I used to be the forum's punchline. Then the new mods came in and it stopped. Thank you.",
    "When I was fat-shamed at the gym, a stranger stood up for me. Be that stranger.",
    "The harassment I got was all 'polite'. That made it harder for anyone to believe me.",
    (
        "Somebody posted my address on an old forum years ago. It was terrifying. Glad this "
        "place bans it."
    ),
    "My ex threatened to post my photos. I went to the police and they took it seriously.",
    "This guide explains what to do if someone threatens to share your private images.",
    "If someone says they'll contact your employer, document everything and report it.",
    "I've written up how our team handles abusive messages in the support inbox.",
    "Our workshop on bystander intervention is next Thursday. All welcome.",
    "Does anyone know a good resource on recognising coercive control?",
    "Bullying researchers say exclusion often hurts as much as open insults.",
    "The documentary about online pile-ons was eye-opening.",
]

INNOCENT += [
    "I know where you live, Tom, and I'm bringing the lasagne round at six!",
    "I'm going to find you at the conference and buy you a coffee. You've earned it.",
    "Watch your back in the tournament, I've been practising my backhand all summer.",
    "I'll be outside your house at eight to pick you up for the airport.",
    "Sleep with one eye open, my cat has learned to open doors. Send help.",
    "You'd better lock your doors, my kids are coming trick-or-treating.",
    "I'm coming for your title next season, champ. Fair warning.",
    "I've got your address from the order form, your parcel ships tomorrow.",
    "I found your real name on the volunteer list, Ada. Thanks for helping at the food bank!",
    "Your employer must be thrilled to have you. That presentation was excellent.",
    "I'll tell your mum how well you did at the recital, she'll be so proud.",
    "I saw your photos from the wedding on your public page. Congratulations!",
    "Can you DM me your address? I'd like to send you the spare seeds.",
    "If anyone wants my email for the swap, it's kit.ward@example.com.",
    "For the meetup: we're at the Crown on Mill Lane, back room, from 7pm.",
    "My number is 555-0190 if anyone needs a lift from the station.",
    "Please don't share your address in public threads; use DMs for swaps.",
    "I accidentally posted my phone number in a public thread. Could a mod remove it?",
    "Reminder: never post anyone else's personal information, including workplaces and photos.",
    "Could someone tell me how to hide my real name on my profile?",
    "I'd love to visit your bakery on Orchard Street! What days are you open?",
    "My daughter's school is hosting a fair on Saturday, all welcome.",
    "I'm going to tell your boss you deserve a raise. Seriously, great work on the fix.",
    "I'm going to expose the secret of my grandmother's gravy recipe: it's anchovies.",
    "The journalist exposed corruption at the council. Brilliant reporting.",
    "Your secret's out, Felix: everyone knows you bought the cake from the shop.",
    "I'll post your photos from the hike if that's okay with you?",
    "Leaked: the release date for the next update is Tuesday, according to the devs.",
    "Whistleblowing on your employer is protected if it's in the public interest.",
    "The company's address is on their website if you want to send a formal complaint.",
    "I'm going to hunt you down at the next meetup so you can sign my copy of your zine.",
    "You're going to get it now! Water balloon fight, kids versus parents.",
    "I'll destroy you at Mario Kart this Friday, just you wait.",
    "Prepare to be crushed in the fantasy league, Greg.",
    "I'll break your record if it takes me all summer.",
    "My dog will steal your sandwich and you will never see it again.",
    "I'm going to knock on every door in the street for the petition.",
    "I'll bury you in paperwork if you don't send the receipts, said my accountant, lovingly.",
    "I'll beat you to the summit, old man! Race you.",
    "Careful, this hot sauce will kill you. In a good way.",
    "I'm going to strangle this code until it gives me the right answer.",
    "The kids are going to murder the ice cream in the freezer.",
    "You're a dead man, Paul, when your wife finds out you ate the last biscuit.",
    "My mum will literally kill me if I fail this exam. Wish me luck.",
    (
        "'I'll break your legs' is what my ballet teacher says before the first leap. "
        "Terrifying woman, great dancer."
    ),
    "In the game, the assassin whispers 'I know where you sleep' before every mission.",
    "The horror film's tagline was 'We know where you live'. Great fun.",
    "Our escape room's villain leaves notes saying 'you'll never get out alive'.",
    (
        "My novel's antagonist sends the detective anonymous threats. Chapter three is up for "
        "feedback."
    ),
    "The historical letter threatened to burn the town if the ransom wasn't paid.",
    "The Vikings raided and burned monasteries along the coast.",
    "War poets wrote about men dying in the mud with such honesty.",
    "The mafia film is full of polite threats. 'It would be a shame if...' is a classic line.",
    (
        "A friend once said 'it'd be a shame if your car got scratched' as a joke, and I "
        "laughed too late."
    ),
    "He quoted the threat in the police report: 'I'll find you.' Then he was arrested.",
    "The court heard the defendant had written 'your family will pay' in an email.",
    "Cyberstalking laws cover threats to publish private information.",
    "The article discusses how abusers use politeness to mask threats.",
    "My self-defence course taught me to aim for the knees if someone attacks.",
    "In Krav Maga you're taught to strike the throat if your life is in danger.",
    "The fencing coach says go for the heart, it's worth the most points.",
    "I'm going to shoot some hoops after work, anyone in?",
    "We got murdered on the scoreboard, but the team played with heart.",
    "The boxer broke his opponent's nose in round four, and the crowd went wild.",
    "The rugby match was brutal; two players were stretchered off.",
    "Our goalkeeper punched the ball clear and accidentally caught the striker's face.",
    "I've been practising headshots all week in Overwatch. Still rubbish.",
    "In Minecraft my brother blew up my house with TNT. I'm plotting revenge.",
    "The sniper mission is impossible, you have to kill the guard before the alarm.",
    "In Dark Souls you die constantly, that's the fun.",
    "Your character should stab the necromancer while he's distracted by the bard.",
    "The DM had the ogre threaten to eat the halfling. We all panicked.",
    "Debone the fish, then slice it thinly against the grain.",
    "Beat the egg whites until they form stiff peaks.",
    "Kill the heat once the sauce thickens, or it'll split.",
    "Score the pork skin with a sharp knife for good crackling.",
    "Whack the cardamom pods with a rolling pin to release the seeds.",
    "Butcher's tip: let the meat rest before you carve it.",
    "Chop, crush and bash the spices, then fry them in oil.",
    "The lobster has to be killed quickly and humanely before cooking.",
    "I'm going to crush these biscuits for the cheesecake base.",
    "The article says the suspect threatened to hurt his neighbour over a parking dispute.",
    "Three people were injured in the attack on the high street, police say.",
    "The council has issued a statement condemning the threats made against staff.",
    "A man has been jailed for sending death threats to a footballer.",
    "The news report on the stabbing was upsetting. Thoughts with the family.",
    (
        "Local paper: residents say the anonymous letters threatening to 'expose' them were "
        "distressing."
    ),
    "The court ruled that publishing the teacher's home address was harassment.",
    "The charity report found that one in four teenagers has been told to self-harm online.",
    "The history podcast covers the assassination of Archduke Franz Ferdinand.",
    "Julius Caesar was stabbed twenty-three times on the Ides of March.",
    "Anne Boleyn was executed in 1536 on charges most historians now doubt.",
    "The siege lasted months and the defenders were starved into surrender.",
    "The poem imagines a soldier's last thoughts before he dies.",
    "In Macbeth, the witches predict he'll kill the king.",
]

INNOCENT += [
    (
        "Hey, I noticed you haven't posted in a while. Hope everything's alright. No pressure "
        "to reply."
    ),
    "Are you okay? That last message sounded really down. I'm here if you want to talk.",
    "I'm genuinely worried about you working eighty-hour weeks. Please rest.",
    "Just checking in, Helen. The group missed you at the quiz.",
    "You seem stressed about the exam. Want me to share my notes?",
    "Sorry to ask, but is the meetup still on? Your last post wasn't clear.",
    "Just asking, is the venue wheelchair accessible? My partner uses one.",
    "Just asking, does anyone know if the library is open on bank holidays?",
    "Honest question: what's the difference between a list and a tuple in practice?",
    "Genuinely asking, not trying to start anything: why do people prefer Vim?",
    "Is there a reason your parser doesn't handle nested quotes? Curious, not criticising.",
    "I'm confused by your last comment. Did you mean the old version or the new one?",
    "I might be misremembering, but didn't we decide this at the last meeting?",
    "I think you may be misremembering the date; the minutes say March.",
    "Correct me if I'm wrong, but I don't think you said that in the original post.",
    "I think we're talking past each other. Can we start again?",
    "I don't recall saying that, but if I did, I was wrong.",
    "Let me check the logs before we argue about who deployed what.",
    "My memory of that evening is hazy too. Let's ask Sam, she took photos.",
    "I think I'm the one who got it wrong. Sorry for insisting.",
    "You're not too old to learn programming. I started at 58.",
    "At 70, my mum just finished her first half-marathon. Age is just a number.",
    "I'm 64 and still confused by the new reply button. Can someone explain it kindly?",
    "Don't let anyone tell you you're too old for this hobby.",
    "I'm a grandma and proud of it. Here are my grandkids' drawings!",
    "The youngsters in the group have taught me so much about photo editing.",
    "Boomers and zoomers, let's agree the old forum layout was better.",
    "I'm a bit of a dinosaur when it comes to tech, so bear with me.",
    "My accent confuses people on calls, so I usually type. Hope that's fine!",
    "I love hearing the different accents in our voice chats.",
    "English isn't my first language, so please forgive mistakes.",
    "Your English is better than mine, and I'm a native speaker!",
    "Could we have subtitles on the meetup video? Some of us are hard of hearing.",
    "I have dyslexia so I use text-to-speech for long threads. Works great.",
    "As an autistic member, I appreciate the clear rules here.",
    "I'm partially sighted; the new high-contrast theme is brilliant, thanks.",
    "I have ADHD and the threaded replies really help me keep track.",
    "Does anyone have tips for using a walking stick on icy pavements?",
    "Living with chronic pain makes the winter months hard. Any tips?",
    "I've been off work with depression, but I'm slowly getting back to things.",
    "Parenting is hard. My toddler screamed through the entire supermarket today.",
    "I'm a single dad and honestly some days I feel like I'm failing.",
    "You're not a bad parent for letting your kids have screen time.",
    "My kid bit another child at nursery. Mortified. Any advice?",
    "Our daughter went through a phase of refusing to speak to us. It passed.",
    "As a mum of three, I can confirm nothing goes to plan.",
    "I disagree with your approach to discipline, but every family is different.",
    "I don't think timeouts work for every child. Ours needed a different approach.",
    "Respectfully, I'd never let a ten-year-old walk to school alone, but that's my own anxiety.",
    "Your parenting blog post was honest and helpful. Thank you.",
    "I'm a Christian, and I found the interfaith thread really respectful.",
    "As an atheist I disagree with you, but I enjoyed the discussion.",
    "Ramadan Mubarak to everyone observing!",
    "I'll be offline for Shabbat, back on Sunday.",
    "I don't share your faith, but I admire your commitment to the food bank.",
    "Please keep religious debates in the dedicated subforum.",
    "The vicar's talk on grief was really moving.",
    "I've been struggling with my faith lately. Anyone else been through that?",
    "Your prayer for my dad was kind. Thank you.",
    "Debating theology is fine, but let's not mock anyone's beliefs.",
    "I've lost a lot of weight this year and I'm proud of it.",
    "I've gained weight on my medication and I'm trying to be kind to myself.",
    "Your new haircut really suits you!",
    "I look terrible in this photo but it was such a fun day.",
    "Please don't comment on people's bodies in the fitness threads. Focus on the training.",
    "I'm not sure about the new glasses, what do you all think? Be honest!",
    "Okay, be brutal: is this outfit too much for a wedding?",
    "Honest opinion: the beard or no beard?",
    "You asked for honesty, so: the blue dress is much more flattering than the green.",
    "I asked for brutal feedback and you gave it. Thank you, it helped.",
    "You asked for a code review, so here it is, blunt but well-meant.",
    (
        "This is probably the worst SQL I've seen this year, and I wrote some of it. Let's "
        "fix it together."
    ),
    "The tests don't actually test anything; they just call the function.",
    "You're reinventing the wheel here. There's a library for this.",
    "This is a clever hack, but future-you will hate present-you.",
    "I love the ambition of this PR, but it's 3,000 lines. Can we split it?",
    "Please stop force-pushing to main. It's the third time this week.",
    "I've reverted your commit because it broke production. No blame, let's look at it together.",
    "Whoever wrote this module: I have questions. Lots of them.",
    "Who approved this merge? Not a witch hunt, I just need context.",
    "The postmortem is blameless, but we need to talk about the missing alerts.",
    "I was wrong in my review. Your approach was better. Merging.",
    "This bug report is unclear. Could you add steps to reproduce?",
    "Closing as 'cannot reproduce'. Reopen if it happens again.",
    "Please don't ping the maintainers on weekends for non-urgent issues.",
    "I understand your frustration, but please keep the tone civil in issues.",
    "Locking this issue as it has become heated. Thanks for the input, everyone.",
    "Your contribution is appreciated, but we can't accept it without a license header.",
    "I'm going to be honest: this design doc doesn't answer the key question of cost.",
    "The proposal is well written, but I think it's solving the wrong problem.",
    "I'm not convinced. Can you show me a real user who asked for this?",
    "The feature is nice but the discoverability is terrible.",
    "This release is a step backwards, in my opinion. The old UI was faster.",
    "I'm sorry, but this is not ready to ship.",
    "We need to talk about the quality of the last three sprints. It's been slipping.",
    "I disagree with the decision, but I'll commit to it.",
    "Let's take this offline. Twitter threads aren't the place for a design argument.",
    "Calm down, everyone. We're all on the same team here.",
]

INNOCENT += [
    "moderator here: pls stop the back and forth, both of you, or it's a 24h mute",
    "mods plz look at the reply in the cycling thread, someone posted a guy's address",
    "lol the ref was blind today, no offence to actual blind people",
    "tbh ur chili recipe is mid but the cornbread slaps",
    "ngl i thought ur essay was kinda weak in the middle but the ending was fire",
    "u were right and i was wrong, sorry for being a pain about it",
    "sorry if i came off rude earlier, long shift",
    "ok that build guide saved my life, thx",
    "bruh my code is so bad i'm embarrassed to push it",
    "im dying, that meme is perfect",
    "i will literally fight anyone who says pineapple doesn't belong on pizza (joke pls)",
    "this game is killing me, 40 deaths on one boss",
    "got absolutely wrecked in ranked lol",
    "hey ur cool, glad u joined",
    "no worries, happens to everyone",
    "tbf u did warn us the patch was buggy",
    "idk man i think ur overreacting but i get why",
    "nah ur wrong about the stats, check the official site",
    "ur not dumb for asking, the docs r confusing",
    "lmao my grandad just discovered emojis and sends 30 a day",
    "my mum's accent when she says 'wifi' is the best thing ever",
    "that haircut is bold, i love it",
    "not gonna lie, ur art is getting really good",
    "someone called me 'sweetie' in a code review once and i've never recovered",
    "i hate when ppl say 'bless your heart', it's always shady",
    "the 'no offence but' guy at work is back at it again",
    "ok who else got a passive aggressive email from HR today",
    "my neighbour left a note saying 'some of us have jobs' about my music. fair, it was 1am",
    "my manager said 'per my last email' and i felt that in my bones",
    (
        "I've been told I'm 'very confident for someone so young'. Still can't decide if it's "
        "a compliment."
    ),
    (
        "The email said 'Thanks for finally getting round to this.' Passive-aggressive, or am "
        "I reading too much into it?"
    ),
    "Is 'I'm sure you did your best' a polite way to say I failed? Asking for myself.",
    "My mother-in-law always says my cooking is 'interesting'. I've decided to take it as praise.",
    "Workshop: how to give feedback that doesn't come across as condescending.",
    "A style guide for reviewers: critique the code, never the coder.",
    "Tip: replace 'obviously' and 'just' in reviews. They make people feel stupid.",
    "If you say 'as I said before', consider whether you need to.",
    "New rule proposal: no sarcastic replies in the help forum.",
    "The mods are discussing whether to ban the phrase 'ok boomer'. Thoughts?",
    "Please don't speculate about members' mental health in public threads.",
    (
        "We've noticed a pattern of one member being quoted and mocked across several "
        "threads. That stops now."
    ),
    "If you find yourself replying to the same person in every thread, take a break.",
    "Harassment doesn't have to include swear words to break the rules.",
    "Backhanded compliments aimed at members will be treated as personal attacks.",
    "Saying 'nobody wants you here' to a member is an exclusion attack and will be removed.",
    "Threats are threats, no matter how politely worded. We'll ban for them.",
    "Mentioning someone's employer to intimidate them counts as doxxing here.",
    "Thanks to everyone who reported the account that was posting members' home streets.",
    "Welcome to all our new members! Please read the code of conduct.",
    "Rule 4: critique ideas, not people.",
    "Rule 7: don't share personal information about others, even if it's public elsewhere.",
    "We've updated the guidelines to cover concern trolling and faux-sympathy posts.",
    "Appeal granted: on review, your post was quoting the abuse you received, not endorsing it.",
    "Warning removed. Sorry, our filter misread your quote as a threat.",
    "The member who posted the threat has been permanently banned and the police informed.",
    "Please use the report button rather than replying to trolls.",
    "I'll be stepping down as a moderator next month. It's been an honour.",
    "Thank you, mods, for handling the pile-on last night so quickly.",
    "The mod team made a mistake in the ban last week. We've reversed it and we apologise.",
    "I think the mods were too lenient with that user, honestly.",
    "I'm frustrated that the reported user is still active. What's the process?",
    "I'm sorry, I shouldn't have called your proposal stupid. It isn't, I just disagree.",
    "I owe Marcus an apology. I accused him of something he didn't do.",
    "Sorry to everyone for my meltdown in the politics thread.",
    "I'm sorry my joke about your age landed badly. I really didn't mean it.",
    "Apologies for the delay, I was in hospital.",
    "I regret my comments about your church. They were ignorant.",
    "I'm sorry, I didn't realise English wasn't your first language. Your post was very clear.",
    "I've deleted my comment about your kids. It was out of line.",
    "I apologise for the tone of my review. The content stands, the tone doesn't.",
    "I was rude to you last year and I've felt bad ever since. I'm sorry.",
    "Can we start over? I think we got off on the wrong foot.",
    "Sorry, that was sarcastic and unhelpful. Here's a proper answer.",
    "I want to apologise publicly for sharing the screenshot of your DM.",
    (
        "I'm sorry I excluded you from the planning chat. It wasn't deliberate, but it hurt "
        "you, and that matters."
    ),
    (
        "My ex used to say 'you're remembering it wrong' whenever I brought something up. "
        "Took me years to trust myself."
    ),
    (
        "I was the only girl in my engineering class and the 'jokes' about my competence "
        "never stopped."
    ),
    (
        "My teacher once read my essay aloud to the class to laugh at it. I still hate public "
        "speaking."
    ),
    "Being mocked for my limp as a kid made me hide for years. Now I do wheelchair racing.",
    "I grew up being teased for being the 'religious kid'. Kids can be cruel.",
    "The neighbours used to imitate my mother's accent. She pretended not to notice.",
    "A colleague kept 'accidentally' leaving me off meeting invites. HR finally dealt with it.",
    (
        "I left a forum because one guy replied to everything I posted with a sneer. Glad "
        "it's not like that here."
    ),
    "People told me I was too sensitive when I complained about the comments. I wasn't.",
    "Someone told me 'you're pretty for a girl who codes'. I didn't know what to say.",
    (
        "I once got a message saying 'everyone would be happier without you'. I reported it "
        "and talked to a friend. I'm okay."
    ),
    "I was threatened online after a match review. The police were helpful, surprisingly.",
    "My address was posted on a gaming forum once. I had to move. Please take doxxing seriously.",
    "When I was bullied at work, the worst part was how polite it all sounded.",
    "My friend's ex threatened to email her boss with private photos. She got an injunction.",
    "I was called 'thick' every day at school. I'm doing a PhD now, so there.",
    "This thread about workplace bullying has made me realise what I went through wasn't normal.",
    "If you're being bullied, keep records: dates, screenshots, witnesses.",
    "Support group for people who've been harassed online meets Thursday evenings.",
    "Here's a list of charities that help people being stalked or doxxed.",
    "Reading everyone's stories in this thread has been painful but healing.",
    "You weren't too sensitive. What they did to you was cruel.",
    "I'm so sorry that happened to you. Nobody deserves that.",
    "Thank you for sharing your story. It takes courage.",
]

INNOCENT += [
    (
        "Dear Mr Fenwick, I write to express my disagreement with your proposal for the "
        "allotment rota."
    ),
    "With the greatest respect, I believe the committee has misjudged the budget.",
    "I must say, your grasp of the local history is truly astonishing. Where did you learn it all?",
    "One does wonder how the council approved such an ugly building.",
    "Do forgive me, I keep forgetting to attach the file.",
    "I'm delighted you're here. The club needed someone with your experience.",
    (
        "I'm afraid your application was unsuccessful this time, but we'd encourage you to "
        "apply again."
    ),
    "Thank you for your submission. Unfortunately it doesn't fit the anthology's theme.",
    "We regret to inform you that the event has been cancelled.",
    "Your complaint has been received and will be investigated within ten working days.",
    "I'm writing to formally object to the planning application at 14 Alder Close.",
    "I'm sorry to say the tomatoes didn't survive the frost.",
    "Per my last message, the meeting is at 3pm, not 4pm. Easy mix-up!",
    "As previously mentioned, the form must be signed by both parents.",
    "Kindly note the office will be closed over the holidays.",
    "Please find attached the corrected invoice. Apologies for the error.",
    "Gentle nudge: the survey closes tomorrow.",
    "Just a friendly reminder that dues are owed by the end of the month.",
    "Polite reminder that the car park closes at ten.",
    "A quick heads up: the 42 bus is diverted this weekend.",
    "Friendly warning: the trail past the bridge is flooded.",
    "Consider this your only warning: the cake I brought is extremely spicy.",
    "Fair warning, the sequel is much darker than the first film.",
    "Don't say I didn't warn you about the traffic on the ring road.",
    "You have been warned: this recipe is addictive.",
    "It would be a shame if it rained on the fete after all that work.",
    "It'd be a real shame to miss the meteor shower tonight, skies are clear.",
    "Funny how accidents happen in kitchens. Always use a board with a damp cloth underneath.",
    "Accidents happen, don't worry about the spilled coffee.",
    "I hope you've made a will, said the solicitor at our first meeting. Practical advice!",
    "Do you have life insurance? We're reviewing ours and I'd love recommendations.",
    "Lock your doors at night, there's been a spate of burglaries in the area.",
    "Keep your kids indoors this afternoon, the air quality warning is high.",
    "Check your brakes before the long drive; mine failed once and it was scary.",
    "Watch out for the loose step outside the hall, someone tripped last week.",
    "Careful on the stairs at the venue, they're steep.",
    "Be careful walking home tonight, the street lights are out on Fern Road.",
    "I'll be waiting by the gate at six, see you for the school run.",
    "I'll see you in the car park after work, I've got your charger.",
    "Let's settle this the old way: a bake-off.",
    "Meet me outside and we'll sort this out over a pint.",
    "We'll see who's laughing when my sourdough rises and yours doesn't.",
    "I'm coming to your gig on Saturday, can't wait!",
    "I'll be at your shop Monday to pick up the repair.",
    "See you at the allotment on Sunday, I'll bring a spade for the potatoes.",
    "I'm bringing a knife to the picnic, someone has to cut the cake.",
    "Bring a hammer and some nails to the working party, we're fixing the fence.",
    "I've bought a new hunting knife for the camping trip. Any sharpening tips?",
    "I own a rifle for deer stalking; the licensing process was thorough.",
    "Our shooting club meets on Wednesdays, beginners welcome.",
    "The archery range is open again after the renovation.",
    "Got a new baseball bat for my son's league. He's thrilled.",
    "I'm taking the train to your town on Friday for the book launch!",
    "I'll give you a head start in the race since you're recovering from that knee injury.",
    "I'll be gentle with the feedback, it's your first draft.",
    "I promise I'll make it quick, I know you're busy. Just two questions.",
    "I'm counting the days until the holiday. Eleven left!",
    "Goodnight, everyone. Sleep well.",
    "Take care of yourself, Priya. Hope the move goes smoothly.",
    "Enjoy your holiday! Safe travels.",
    "Have a wonderful day, and good luck with the interview.",
    "Enjoy your evening walk, the sunset is gorgeous tonight.",
    "Lovely profile photo, is that the Lake District?",
    "Your garden is stunning. Shame about the slugs, though!",
    "Your cat looks lovely in the window.",
    "Do say hello to your little girl for me. She was so sweet at the picnic.",
    "Please pass on my regards to your husband.",
    "Your neighbours must love you, your front garden is beautiful.",
    "Lovely to hear from you! It's been ages.",
    "Cheers for the feedback, really useful.",
    "Thank you for being so honest. I needed to hear it.",
    "Well argued. You've convinced me.",
    "Noted, I'll update the spreadsheet.",
    "Quite right, I stand corrected.",
    "Thank you for your patience while we fixed the server.",
    "Thank you for your reply. I'll look into it this weekend.",
    "Respectfully, I think we need more data before deciding.",
    "With respect, that isn't what the contract says.",
    "I'm not angry, just disappointed the game got cancelled.",
    "I'm a patient person, but this queue is testing me.",
    "I've been very reasonable about the noise, but I'll have to speak to the landlord now.",
    "If this isn't fixed by Friday, I'll escalate to the ombudsman.",
    "If you don't refund me, I'll be leaving an honest review.",
    "I'll be contacting your manager about the poor service, politely.",
    "I'll report this to trading standards if the issue isn't resolved.",
    "Further posts like this will result in a ban. Final warning from the mod team.",
    "If you post that link again, you'll be muted for a week.",
    "Next time this happens, I'm filing a formal complaint with the venue.",
    "One more late payment and the club will have to suspend your membership.",
    "I'll be raising this at the AGM if it's not addressed.",
    "This is your last chance to submit an entry for the photo competition!",
    "Last call for orders, the bakery closes at five.",
    "You have until Sunday to vote in the poll.",
    "Hurry, tickets are almost gone!",
    "Reminder: the bins go out on Tuesday this week.",
    "Anyone else feel the mods have been a bit trigger-happy with bans lately?",
    "The new moderation bot flagged my recipe for 'beat the eggs'. Please fix.",
    "My post about a 'killer' deal on laptops got flagged. Can a human review it?",
    "The spam filter ate my reply again. Third time today.",
]

INNOCENT += [
    "Your post is well intentioned, but I think it oversimplifies a complicated issue.",
    "I found this tutorial confusing. The steps skip the part where you install the driver.",
    "This guide assumes a lot of prior knowledge. Could you add a beginner section?",
    "Your explanation is technically correct but very hard to follow.",
    "The video is great, but the audio is so quiet I had to max my volume.",
    "I'd recommend a different approach; the one in the OP is deprecated.",
    "This advice is outdated and could actually damage your engine. Please check the manual.",
    "I strongly disagree with the idea that beginners should start with C++.",
    "Your benchmark compares apples to oranges. Different hardware, different datasets.",
    "The summary misrepresents the paper; the authors never claimed causation.",
    "The translation has several errors. 'Embarrassed' is not 'embarazada' in Spanish!",
    "Your map is missing the new cycle lane on Station Road.",
    "The timetable you posted is last year's. Here's the current one.",
    "I think the scoring rubric for the competition is unfair to newcomers.",
    "The judges got it wrong, in my humble opinion. The runner-up was better.",
    "Honestly, this is the weakest entry you've submitted, but your weakest is still good.",
    "Your earlier work was more daring. This feels safe.",
    "The colours are muddy. Try cleaning your brush between layers.",
    "That stitch is wrong, but it's an easy fix. Here's a video.",
    "The joint is loose because the tenon is undersized. Happens to everyone.",
    "Your bread is underproved. Give it another hour.",
    "Too much water in the mortar mix. That's why it's cracking.",
    "The wiring diagram has live and neutral swapped. Please don't follow it as is!",
    "I wouldn't trust that forum advice about gas boilers. Get a registered engineer.",
    "Your tyre pressures are way too low for that load.",
    "This is a dangerous climbing setup. Please have someone qualified check your anchor.",
    "I'm honestly shocked by how bad the new policy is. Who signed this off?",
    "The board's decision is baffling. It contradicts their own strategy.",
    "I think the editor has ruined the magazine. The last four issues were thin.",
    "The festival was badly organised. Hour-long queues for water.",
    "This is an awful train service. Cancelled again.",
    "The author's argument is lazy and the evidence is cherry-picked.",
    "The reviewer clearly didn't read past the first chapter.",
    "That referee should never officiate again, honestly. Worst performance I've seen.",
    "The striker has been poor all season; time to drop him.",
    "Our manager's tactics are stuck in 2005.",
    "The band's new album is a mess. Overproduced and soulless.",
    "The museum's new wing is an eyesore.",
    "Honestly, the remake is pointless. The original is perfect.",
    "I'm tired of superhero films. There, I said it.",
    "This coffee shop's flat white is an insult to coffee.",
    "I'm not impressed with the new bus timetable at all.",
    "The director's cut is forty minutes of padding.",
    "Politicians of every party have let this town down.",
    "I think the school's homework policy is too harsh on young kids.",
    "The council's consultation was a box-ticking exercise.",
    "The landlord association's statement was tone-deaf.",
    "The charity's overheads seem high. Has anyone looked at their accounts?",
    (
        "I'm going to be frank: I don't think you're ready to run the club's finances yet, "
        "but I'd love to mentor you."
    ),
    "You're a great coder but your commit messages need work.",
    "You're brilliant in meetings but your emails are too long.",
    "You have a great eye for colour; composition is the next thing to work on.",
    "You sing beautifully, but you rush the quiet bits.",
    "Your manuscript shows promise. It's not ready for agents yet.",
    "This is a solid B. With the changes I suggested, an A.",
    "I think you're better suited to the backend team; you light up when we talk about databases.",
    "You might enjoy the intermediate class more; you're ahead of this one.",
    "Perhaps a simpler project would be a better first step. This one is huge.",
    "Maybe try the easier route first? The north face is a serious climb.",
    "I'd leave the electrics to a professional, honestly. It's not worth the risk.",
    "Your enthusiasm is great, but please don't run the marathon on a sprained ankle.",
    "You've taken on too much. Can I help with some of it?",
    "You seem tired lately; is the new baby keeping you up?",
    "I'm sure you did your best on the exam. Results aren't everything.",
    "You're doing fine, honestly. The first year of teaching is brutal for everyone.",
    "Nobody expects you to be perfect. Take it easy.",
    "It's okay to leave the group if it isn't for you. No hard feelings at all.",
    "If this forum isn't a good fit, there's a great subreddit for your hobby too.",
    "We'd rather you stayed, but we understand if you need a break.",
    "Nobody here wants you to feel pressured into posting. Lurk as long as you like!",
    "Nobody wants to see another rules-lawyering thread, so let's just vote.",
    "Nobody here wants drama. Let's keep it friendly.",
    "Nobody likes Mondays, especially not me.",
    "Nobody asked for the new logo, but here we are. It's fine, I guess.",
    "Nobody understands quantum mechanics, as Feynman said.",
    "You'd think someone would have fixed that pothole by now.",
    "Did you come up with that yourself? It's really clever!",
    "You really are the gift that keeps on giving, Dave. Another batch of brownies!",
    "Honestly, you're too kind. I didn't do much.",
    "Stop being so modest, you carried the whole project.",
    "Your humility is refreshing. Most people would brag about an award like that.",
    "You're not as bad at drawing as you think, promise.",
    "It's not your fault the server crashed. The disk was failing.",
    "It's not your fault you didn't know. Nobody told you.",
    "You're not stupid, the form is badly designed.",
    "Not stupid at all, that's a really common question.",
    "Great question, and not a dumb one.",
    "I was just as lost when I started. Stick with it.",
    "I'm embarrassed to admit I didn't know that either.",
    "Honestly, I think I'm the worst player on the team, but I love it.",
    "My own code from last year makes me cringe.",
    "I'm terrible at this, but I'm having fun.",
    "I feel like such an idiot. I left my keys in the door again.",
    "I'm such a clown, I sent the email to the whole company.",
    "Ugh, I look like a potato in every photo.",
    "My singing voice could strip paint.",
    "I'm the least organised person alive, send help.",
    "Me, a grown adult, still scared of the dark. Ridiculous.",
    "Confession: I'm forty and I still can't ride a bike.",
    "Why am I like this. Burnt the toast again.",
]

INNOCENT += [
    "I think the thread title is misleading. The bug only affects Windows users.",
    "I reported your post by accident, sorry! Meant to click reply.",
    "Hi mods, could you merge these two threads? They're about the same thing.",
    "Quick question for the admins: can we get an option to hide reaction counts?",
    "Please don't feed the troll in the general thread. He's been reported.",
    "I received a message calling me a 'sad little man'. Should I report it or ignore it?",
    "Someone DMed me 'I'll find you' after the election thread. Screenshot sent to mods.",
    (
        "Just to document it: a user messaged my sister on Facebook after I argued with him "
        "here. Please help."
    ),
    "A member keeps commenting on my accent in voice chat. It's getting to me. What can I do?",
    "Is it against the rules to call someone 'sweetie' sarcastically? It felt demeaning.",
    (
        "I think the comment 'you're very brave to post this' in my art thread was sarcastic, "
        "but I'm not sure."
    ),
    "Am I overreacting? Someone keeps replying 'bless' to everything I post.",
    "Another member said my kids must be embarrassed by me. I know it's just words, but it stung.",
    "The user in the parenting thread implied I'm a bad mum. I've reported it.",
    "Someone keeps 'correcting' my grammar in every thread to make a point. It's exhausting.",
    "I was told I'm 'too old for this forum'. Is there a rule about that?",
    "Please can someone look at the thread where people are mocking a member's stammer?",
    "I'm worried about a member who posted that they feel like giving up. Can the mods reach out?",
    (
        "Someone replied to my depression post saying I should 'just get it over with'. I've "
        "reported it and I'm safe."
    ),
    "Flagging a reply that told a user to hurt herself. Please act fast.",
    "I don't think 'just asking questions' is a defence when the questions are insults.",
    "The debate about free speech versus moderation is worth having, but calmly.",
    "My view is that moderators should remove veiled insults as well as obvious ones.",
    "I think the forum is sometimes too strict; sarcasm about ideas isn't harassment.",
    "Mocking a bad argument is fine. Mocking the person who made it isn't.",
    "How do we tell the difference between tough feedback and bullying? Genuine discussion.",
    "I'd say the difference is whether the comment is about the work or about the person.",
    "Harsh code review isn't abuse if it's about the code.",
    "Calling a decision stupid is different from calling a person stupid.",
    "Interesting article on 'polite harassment' and why it's hard to moderate.",
    "Our book club is reading a novel about a campaign of quiet harassment in a small village.",
    "The play 'Gaslight' is where the term comes from. Worth seeing.",
    (
        "In the episode, the boss praises her intern in a way that's clearly meant to "
        "humiliate. Brilliant writing."
    ),
    "The villain's lines are all courteous, which makes them scarier. Great character work.",
    (
        "My short story has a line where the antagonist says 'It would be a shame if your "
        "daughter found out'. Does it work?"
    ),
    "In my screenplay, the stalker leaves notes saying 'I know where you work'. Too cliché?",
    "For my thesis I'm analysing threatening letters from the 1800s.",
    "The linguistics lecture covered indirect threats and how courts interpret them.",
    "The podcast interviewed a former troll who explained how he targeted people.",
    "Training session for moderators: spotting veiled threats and backhanded insults.",
    (
        "I'm a moderator on another forum and we struggle with the same thing: abuse "
        "disguised as concern."
    ),
    (
        "People who are being doxxed often don't report it because they're scared. Make it "
        "easy for them."
    ),
    "The safety guide says never to confirm your address to strangers online.",
    "Tip: strip location data from your photos before posting them.",
    "Check your old usernames; they can link your accounts together.",
    "Want to know if your email has leaked? There are services that check breach lists.",
    "Set your social media to private if you're worried about being tracked.",
    "Don't include your kids' school uniforms in public photos if you can avoid it.",
    "Blur your licence plate in car photos. Good privacy habit.",
    "Here's how I removed my address from the electoral roll's open register.",
    "Fantastic news: the charity run raised four thousand pounds!",
    "Happy birthday, Olga! Hope it's a good one.",
    "Congratulations on the new job, Hamid. They're lucky to have you.",
    "Get well soon, Tomasz. Thinking of you.",
    "Welcome back, Lena! We missed your posts.",
    "Thanks, Arjun, that fix worked perfectly.",
    "Ms Okafor's workshop on pottery was fantastic.",
    "Chidi, your photo of the harbour is my new wallpaper.",
    "Derek, sorry for being short with you earlier. Bad day.",
    "Marcus, I owe you a pint for helping me move.",
    "Kieran, your marathon time is incredible!",
    "Deborah, the scarf you knitted for the raffle sold for fifty quid.",
    "Graham, the plumbing tip saved me a call-out fee. Cheers.",
    "Helen, thanks for looking after my rabbit while I was away.",
    "Pat, I disagree with your take on the new stadium, but you make a good case.",
    "Nigel, I think your numbers are off by a factor of ten. Could you double-check?",
    "Trevor, that's a long post, but worth reading. Good points throughout.",
    "Gary, proud of you for asking for help. That takes guts.",
    "Jonathan, I'll send the minutes to your work email if that's easiest.",
    "Amelia, your lecture notes are the best in the class.",
    "Samuel, I'm going to steal your idea for the garden bench. Hope that's okay!",
    "Mr Caldwell was the best teacher I ever had. Strict but fair.",
    "Dr Alvarez at the clinic was so kind when my dad was ill.",
    "My wife is a nurse and she's amazing at her job.",
    "My husband thinks I spend too long on this forum. He's probably right.",
    "My son taught me how to use the reply button. I'm very proud of myself.",
    "My daughter says my jokes are embarrassing. That's my job as a dad.",
    "My mum has dementia and sometimes forgets who I am. It's heartbreaking.",
    "My grandad lost his sight last year, but he still does the crossword with my help.",
    "My brother is deaf and taught me to sign. Best thing I ever learned.",
    "My partner has MS and we've had to adapt a lot. This forum has been a great support.",
    "My kid was diagnosed with autism last month. Any advice from parents here?",
    "As a dad with a stammer, I used to dread phone calls. Getting better.",
    "I'm dyslexic and I'm writing a novel. Slowly.",
    "I'm 72 and just learned Python. Be gentle with my first pull request!",
    "I'm a new mum and I feel like I know nothing.",
    "I moved here from Lagos last year and my accent gets comments daily. Mostly friendly.",
    "I'm Muslim and I really appreciated the Ramadan-friendly meetup times.",
    "I'm Jewish and my family loved the interfaith cookbook thread.",
    "I became a Christian late in life and I'm still learning.",
    "I'm not religious, but I find cathedrals incredibly peaceful.",
    "Thanks for being patient with me while I learn the ropes.",
    "This community has been so kind to me through a rough year.",
    "I've learned more here than in three years of university.",
    "Goodbye, everyone. I'm moving on to other projects, but I'll visit.",
    "This is my last post for a while; taking a digital detox. Be good!",
    "See you all next week for the meetup.",
]

HARASSMENT += [
    (
        "Hugo, I do admire how you keep coming back after every humiliation. Most people "
        "would have the dignity to stop."
    ),
    "Oh, Margaret, you tried to use a spreadsheet? How ambitious of you at your age.",
]

INNOCENT += [
    (
        "Hugo, I admire how you keep coming back after a tough review. That resilience will "
        "serve you well."
    ),
    "Margaret, you built that spreadsheet yourself? It's brilliant, can you share the template?",
    "The thread got a bit snippy, so I've split the off-topic replies into a new one.",
    "I'm going to play devil's advocate here, just to test the idea.",
    "I still think your estimate is too low, but let's see how the sprint goes.",
    "That's not quite how the law works, as far as I know. Worth checking with a solicitor.",
    "Please stop tagging me in the politics threads; I'd rather stay out of them.",
    "I've muted the thread, not you. I just can't follow it any more.",
    "You've clearly put effort in, but the spreadsheet has errors in column F.",
    "I hate to say it, but the new forum theme looks like a 2009 blog.",
    "My old boss would 'joke' that I'd be fired if I took a sick day. It wasn't funny.",
    (
        "Quoting the abusive reply for the record: 'you should leave, nobody likes you'. "
        "Reported to mods."
    ),
    "We'll be auditing the moderation logs after complaints about inconsistency.",
    "If a reply makes you feel small, you're allowed to step away and report it.",
    (
        "The sentence 'I'll be seeing you soon' sounds ominous out of context, but he's my "
        "cousin visiting at Christmas."
    ),
    "I think the essay is brave, but I'd soften the conclusion a bit.",
    (
        "No offence intended, but I think the club should pick a new venue; the current one "
        "is cramped."
    ),
    "I don't want to sound preachy, but please wear a helmet on the new trail.",
    "Our debate team lost the final, but the judges said our rebuttals were the sharpest.",
    (
        "I'd rather we didn't invite the sponsors to the members' meetup. Nothing against "
        "them, it's just a members' thing."
    ),
    "Moderator update: the account that threatened a member has been suspended pending review.",
    "Honest feedback welcome: is my tone in reviews too harsh? I don't want to put people off.",
]
