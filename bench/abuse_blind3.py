"""Held-out abuse-detector evaluation set 'blind3' for the forum's moderation bench.

Written by a helper session (Claude) on 2026-12-06, on branch blind3, BLIND: without
reading the detector (moderation/), its corpora (bench/corpus/), any other bench/abuse_*.py
or bench/everyday_you.py, and without running the detector on these sentences. Every
sentence was written by hand from knowledge of how people really write online; none was
generated from slot lists.

HELD-OUT: report only, never read it to tune the detector, its rules or its lexicons,
and never train on it.

Emphasis: a realistic mix like a real moderation queue. Registers are mixed (chat, forums,
news groups, gaming, sports, parenting, workplace, politics, neighbourhood boards, DMs).
About a quarter of the abusive items are 2-4 sentence posts where the abuse sits among
ordinary sentences; the rest are single messages of any length and spelling (formal,
lowercase, typos, slang, txt-speak, emoji). INNOCENT holds hard look-alikes of every kind
(violent verbs in games, cooking, sport and tech; fiction and film plots; news reports
quoting threats; people speaking about their own feelings and seeking help; support and
crisis-line messages; addresses and phone numbers shared benignly; friendly teasing and
everyday imperatives; blunt criticism of work; trash talk about teams; moderators
discussing the rules), about half of them addressed to "you".

Labels: THREAT (threats of violence), SELF_HARM (incitement to self-harm or suicide aimed
at someone), HARASSMENT (insults, degradation, bullying aimed at a person), DOXXING
(intent or threat to expose private information), INNOCENT (none of these).

All names, streets, employers, plates, addresses, emails and phone numbers are invented
(555-01xx numbers, example.com / example.org emails); no real private person is meant.

WARNING: this file deliberately contains abusive, threatening and self-harm-inciting text
as test data. It does not reflect anyone's views.
"""

THREAT = [
    "You're going to regret that post when I show up at your door with a bat.",
    "next time you steal my spawn I'm finding your house and breaking every finger you have",
    "I've got your address from the raffle sign-up sheet. Sleep with one eye open, Dennis.",
    (
        "Thanks everyone for the advice on the fence. As for you, Gary, touch my hedge again and "
        "I'll put you in the ground. Anyway, the panels were £40 each from the builders' merchant."
    ),
    (
        "Somebody should put a bullet in that councillor before the vote on Tuesday, and I'm "
        "volunteering."
    ),
    "ur dead. like actually. i know what school u go to",
    "I will cave your skull in if you ever speak to my daughter again.",
    (
        "Keep reporting my posts, mod. I'll find out who you are and you'll be picking your teeth "
        "up off the pavement."
    ),
    (
        "We had a lovely time at the allotment open day. Whoever nicked my prize marrow, I'm going "
        "to find you and cut you. The jam stall was great though."
    ),
    (
        "One more word from you in standup and I'll wait for you in the car park after work. "
        "You'll leave on a stretcher."
    ),
    (
        "I hope you like hospitals, because that's where you're going when I see you at training "
        "on Thursday."
    ),
    (
        "u told everyone about me and now ur laughing?? gonna stab u the second i see u at the bus "
        "stop"
    ),
    "Your house would burn nicely, I bet. Petrol's cheap this week and I know which one is yours.",
    (
        "Mark my words, the people who ran this club into the ground will hang from the stand "
        "roof. I'll tie the knots myself."
    ),
    (
        "I've been patient with you for three years. Patience is over. I'm coming for you and your "
        "family this weekend."
    ),
    "lol enjoy ur last week alive, i'm nearly done planning it",
    "Remember me when your car goes up in flames tonight with you still sat in it.",
    "I'm going to strangle you with that lanyard of yours, Priya.",
    "Every single one of you at the planning office will pay in blood if this bypass goes through.",
    (
        "Hey, saw your kid at the park today. Cute. Would be a shame if something happened to him "
        "on the walk home."
    ),
    (
        "Say that to my face at the LAN party and I'll smash your head into the desk until it "
        "stops moving."
    ),
    "I know your shift ends at 11. I'll be waiting by the bins with a knife.",
    "One of these days someone's going to shoot you, and I really hope it's me.",
    "If the ref shows his face at the Anchor after the game he's getting glassed. Pass it on.",
    "I'll break both your legs so you never walk onto my pitch again.",
    (
        "Good morning all, reminder that the bins go out on Wednesday this week. And to whoever "
        "keeps letting their dog foul outside number 14: I'll poison the mutt and then I'll come "
        "for you."
    ),
    (
        "Just landed in your city. Got your work address. See you at 5, tough guy, and bring a "
        "first aid kit."
    ),
    "Im gonna beat the living daylights out of you when I catch you",
    "You should know that I own several guns and I know exactly which house is yours.",
    (
        "thx for the carry last night. also whoever teamkilled me in the final circle, i've got "
        "your IP and i'm going to come round and kick your teeth in"
    ),
    (
        "Keep your mouth shut about the accounts or you'll end up in the canal like the last bloke "
        "who talked."
    ),
    "I'm going to hurt you so badly your own mum won't recognise you.",
    "There's a bullet with your name on it, journo. Publish that article and see.",
    "Saw what you did to my car. Do that again and I'll rip your throat out.",
    (
        "The new kit looks class. Shame about the chairman. If he sells our striker I'll "
        "personally drag him out of his Range Rover and stamp on his head."
    ),
    "I'm going to run you off the road next time I see that stupid yellow Fiat of yours.",
    "I've sharpened the machete just for you, sweetheart xx",
    (
        "Block me again and you'll find out how quickly I can get to Leeds, and what I'll do to "
        "you once I'm there."
    ),
    (
        "Tomorrow I'm bringing my dad's shotgun to school and you're the first one I'm looking "
        "for, Kyle."
    ),
    (
        "Lovely evening. Dinner was a roast. Also Steph, if you ever lie to me again I'll smash "
        "your face into the kitchen counter. Night all."
    ),
    "You'll be found in pieces in a skip if you keep sniffing around my business.",
    (
        "That landlord is going to get a brick through his skull, not just his window. I'll throw "
        "it myself."
    ),
    (
        "Party was good. Music was loud. Come near my sister again, Jayden, and I will end you. "
        "Not a joke."
    ),
    (
        "I'm going to wait outside your office until you come out, and then we'll see how brave "
        "you are with my hands round your neck."
    ),
    (
        "I hope you enjoy the fire I'm going to start through your letterbox tonight while you're "
        "asleep."
    ),
    "idc if i get banned, im gonna find u irl and put u in a wheelchair",
    (
        "To the cyclist who scratched my car on Elm Road: I have your face on dashcam and I will "
        "run you over next time I see you."
    ),
    "Next protest, we're bringing bats for the counter-protesters. Aim for the heads.",
    "So it was you who told the foreman. I'm going to choke the life out of you, you little rat.",
    (
        "My legal advice: drop the complaint. My other advice: check under your car before you "
        "start it."
    ),
    "Just so we're clear, the next time you touch my locker I break your arm.",
    "They'll need dental records to identify you when I'm done with you.",
    (
        "Love the new map pool. And @Frostbyte, I know you're in Derby and I'm coming down there "
        "to cut you up."
    ),
    "Vote for him and I'll personally burn your shop down with you inside it.",
    "Stay away from my wife or I'll bury you in the woods behind your house.",
    "I'm outside. Come out or I'm kicking the door in and dragging you out by your hair.",
    "hope ur ready to bleed bc im on my way over",
    "You've got until Friday to pay me back. After Friday I start with your kneecaps.",
    (
        "The mods can ban me all they like. I'll be at the meetup in March and I'll be bringing a "
        "knife for whoever banned me."
    ),
    "One day soon you're going to open your front door and it'll be the last thing you ever do.",
    (
        "Great thread, really useful. But if the guy who scammed me on the GPU sale is reading "
        "this, I've got your postcode and I'm going to put you in hospital."
    ),
    (
        "Any teacher who gives my son detention again is going to get slapped in front of the "
        "whole class. By me."
    ),
    (
        "I'd kill you with my bare hands if I thought I could get away with it, and I'm starting "
        "to think I could."
    ),
    "I'm going to shove your head through that window, Marcus, I swear to God.",
    (
        "Call the police on me again and next time it's your skull going through the fence panel, "
        "not the ball."
    ),
    "we know where the senator's kids go to school. time we paid them a visit with a few bats",
    "I have your home address and a car and a crowbar. Figure it out.",
    "Nice guild you have. Shame when I find Mika's flat in Bristol and torch it with her in it.",
    "Keep it up and you'll be eating through a straw for the rest of your life.",
    "Step onto my drive one more time, postie, and I'm shooting. No warning.",
    (
        "Keep running your mouth in the group chat. I'll be at your house by ten and I'm not "
        "coming to talk."
    ),
    (
        "the referee needs his legs broken and i know a couple of lads who'll do it for a fiver. "
        "sorting it saturday"
    ),
    (
        "So excited for half term! Going to Cornwall. PS Jade, if you post that photo of my son "
        "again I will find you and make you bleed."
    ),
    "You'd better pray I never see you at a tournament, because I will beat you unconscious.",
    (
        "Caught nothing at the reservoir again. Water's too warm. And Terry, if you take my peg "
        "one more time I'm going to gut you like a fish."
    ),
    "If you testify on Monday you won't make it to Tuesday.",
    "I'll be waiting after the parish council meeting, Mr Hollis. Bring an ambulance.",
    "Don't think the restraining order will save you. Paper doesn't stop a blade.",
    (
        "Thanks for the quick delivery! Also, to the driver who threw my parcel over the gate: "
        "I've got your van number and I'll smash your face in when you come back."
    ),
    "i'll curb stomp you next time u show up at the skatepark",
    "Everyone who voted for the closure deserves a bullet, and I know where three of them live.",
    (
        "Hedge is still blocking my light. Council say it's a civil matter. I will drown you in "
        "your own pool, Clive."
    ),
    (
        "Honestly mate, walk past my house again and I'll put you through the windscreen of your "
        "own car."
    ),
    (
        "you think ur safe behind a screen?? i found ur dad's garage on street view. ur whole "
        "family's getting hurt"
    ),
    "If my parking space is taken one more time I'm slashing the tyres, and then the owner.",
    "Think carefully before you post my name again. People who cross me get hurt. Ask around.",
    "I'm going to make you suffer slowly. You'll beg me to stop.",
    "My cousin gets out on Saturday. He's been told all about you. You won't see it coming.",
    "Put my kid on the bench one more time, coach, and you'll be the one who can't walk.",
    (
        "Meeting notes attached, action items on page 2. And Tom, if you cc my manager again I'll "
        "break your jaw in the stairwell."
    ),
    (
        "I'm bringing a hammer to the residents' association meeting, and the treasurer knows "
        "exactly why."
    ),
    "Your cat's been going in my garden. Next time I'll wring its neck, then yours.",
    (
        "Whoever keyed my car outside the Co-op: I've got the CCTV. I'm going to find you and beat "
        "you half to death."
    ),
    "dont worry ill make it quick when i kill u",
    "Publish my name and I will come to your newsroom and shoot whoever's on the front desk.",
    "Next time we meet I'm going to put your face through the trophy cabinet in the clubhouse.",
    (
        "Hello neighbours! Lost: grey tabby, answers to Biscuit. Also, to whoever keeps parking "
        "across my drive, I'll be waiting with a crowbar and I won't be aiming at the car."
    ),
    (
        "You'll be hearing from me. And by hearing I mean the sound of your front door coming off "
        "its hinges at 3am."
    ),
    "I'm gonna knock you out cold the second you step off that bus.",
    (
        "I know you walk the dog at 6am on the towpath. It's very quiet down there. Nobody would "
        "hear you scream."
    ),
    "Fix my laptop properly or I'll come back and rearrange your face.",
    (
        "Lovely weather. Went for a run. Still planning to kill my ex when he gets out, so nothing "
        "new there."
    ),
    (
        "Hey Sam. Just so you know, I've told my brothers what you said. They're coming round "
        "tonight and they're not bringing flowers."
    ),
    (
        "That health visitor will get what's coming to her, and I'll be the one delivering it with "
        "a kitchen knife."
    ),
    (
        "Bring your whole clan to the arena and I'll slaughter every one of you, for real, not in "
        "game."
    ),
    "Your little podcast ends the day I find your studio. Then so do you.",
    "hey @kestrel_88 i'm gonna find you and stomp on your face until you stop moving",
    (
        "I'm not asking again. Return the deposit or I'll return the favour with a baseball bat to "
        "your knees."
    ),
    "You and your mates think this is funny. Keep laughing. I'll be the last thing you ever see.",
    "Someone ought to throw acid in that presenter's face, and I might just be the one to do it.",
    "I was nice for years. Now I'm going to make sure you never walk again.",
    (
        "ok so the update broke my save again. devs, I know where your studio is and I'm going to "
        "turn up and smash every one of you with a keyboard"
    ),
    (
        "Love the recipe! Made it twice. To the troll following me around the comments: I know "
        "your real name, I know your town, and I'm coming to hurt you."
    ),
    "I've read your reply. I'll snap your neck like a twig if you ever come near my kids.",
    "You've been warned twice. The third warning will be delivered in person, with a blade.",
    (
        "Go on, report me. I'll be waiting outside the station when you come out, and there won't "
        "be enough of you left to scrape off the pavement."
    ),
    "You've made your choice. Nobody will miss you when I'm done with you.",
    "I'm going to put you six feet under, Rob, and plant a rose on top.",
    "Tell your boyfriend I'm going to carve him up when I see him at the party.",
    (
        "We should round up every one of those protesters and beat them until they stop moving. "
        "I'll bring the van."
    ),
    "I'll shoot the next person who cuts across my field, starting with that lad from number 8.",
    (
        "I'm still gonna punch you in the throat at practice tomorrow, don't think I forgot what "
        "you said"
    ),
    "Enjoy your holiday. Your house will be a pile of ash when you get back.",
    "The minute you're released I'll be waiting at the gate. You're not making it home.",
    (
        "Sorry for the long post. TL;DR the builder took £3k and vanished. I've found him. I'm "
        "going round with a hammer tonight and he won't be building anything ever again."
    ),
    "You come into my shop again and I'll take you out the back and bleed you.",
    (
        "Raid's at 8, don't be late. And whoever leaked our strat to the other guild, I'll find "
        "you and smash your teeth in and make you swallow them."
    ),
    "Every member of that jury is going to pay for this with their lives. I've got their faces.",
    "don't go to sleep tonight. i'm coming for you",
    (
        "Unless you withdraw the complaint by Friday, your husband will come home to find you "
        "beaten half dead."
    ),
    (
        "Wishing everyone a happy Diwali 🪔 And to the man who hit my dad in the temple car park: "
        "my brothers and I will find you and break every bone you have."
    ),
    (
        "The next umpire who gives a dodgy LBW against us is getting a cricket bat round the head. "
        "I'm serious."
    ),
    (
        "If I ever see you at the school gates again I'll drag you across the playground by your "
        "throat."
    ),
    "Your letter arrived. Threatening to sue me? You won't need a lawyer, you'll need a coffin.",
    "Reply to this and I'll find you, and when I do you won't have working hands to type with.",
    (
        "I'll stab you in the neck with a biro in the next meeting if you interrupt me one more "
        "time. Genuinely."
    ),
    "I hope your gas leak is real, because I'll happily come round and light the match.",
    (
        "ok wow. thanks for nothing. ill see you at the tram stop and we'll sort it properly, with "
        "fists, till you're on the floor and not getting up."
    ),
    (
        "The man who abused our village's trust deserves a beating, and he'll get one tonight when "
        "he gets home from the pub."
    ),
    (
        "Look at the state of the estate. Bins everywhere. Whoever's dumping them, I've been "
        "watching, and when I catch you I'll batter you until you're in A&E."
    ),
    (
        "Quarter-final tickets sorted, see you all at the ground. And Paul, you keep talking and "
        "I'll be the reason your family wears black."
    ),
    "Put one more comment on my wife's photos and I'm driving to Swindon to break your face.",
    (
        "Just finished night shift, knackered. Not too knackered to come round and batter you "
        "though, Lee."
    ),
    "You'll be found floating in the reservoir if you go to the police.",
    "this is your only warning. i will gouge your eyes out",
    (
        "To the person who reported my stall to trading standards: I know it was you, Maureen, and "
        "I'm going to make sure you get hurt."
    ),
    "Sign the papers, or I'll make sure you're in no state to sign anything ever again.",
    (
        "Best wishes on your retirement, Derek. I'll be at the do on Friday, and I'll be bringing "
        "the knife you deserve."
    ),
    "How about I come over there and tear your arms off? Would that shut you up?",
    (
        "Someone's going to slit that streamer's throat live on camera one day, and I want it to "
        "be me."
    ),
]


SELF_HARM = [
    "Just kill yourself already, nobody would even notice.",
    "kys",
    "do everyone a favour and jump off the Clifton bridge",
    "You should hang yourself, honestly. The world would be better for it.",
    "Why are you still alive? Seriously, just end it.",
    (
        "Thanks for the stream tonight guys. And @Tilly_b, if you're that miserable, just take the "
        "whole bottle and stop whining."
    ),
    "you again? go drink bleach lol. nobody wants you in this lobby",
    "Nobody in this school wants you here. You should kill yourself before Monday.",
    "If I were you I'd have slit my wrists years ago. Don't know what you're waiting for.",
    "Your parents would be relieved if you just stopped existing. Do it.",
    "The rope's cheap at B&Q, Connor. Go and buy some and do us all a favour.",
    "Please just end your life, it would make the office so much quieter.",
    "ok boomer, go walk into the sea and keep walking",
    "You're a waste of oxygen. Fix that. Take the pills.",
    "Honestly, step in front of a train. You've ruined enough lives.",
    "Nice team comp. Also, jungle, uninstall the game and then uninstall yourself from life.",
    "I hope you kill yourself tonight and I hope it hurts.",
    "You keep saying you want to die. So do it. Stop talking about it.",
    "Another post about your sad little life? Do us all a favour and overdose already.",
    "There's still time to fix your mistake of being born. There's a bridge on your way home.",
    "Saw your comeback post. Delete your account. Then delete yourself.",
    (
        "Lovely photos from the holiday. Next time go off the cliff edge, you'd be doing your "
        "husband a kindness."
    ),
    "If I was as ugly as you I'd have hanged myself at 12. You're overdue.",
    "You're not depressed, you're pathetic. Just jump and get it over with.",
    "We've all voted. You should kill yourself. Unanimous.",
    "cut deeper next time 🙄",
    "Stop crying for attention and actually finish the job this time.",
    "slit ur wrists loser",
    "Every time you post I wish you'd put a bag over your head and tie it tight. Please do.",
    "Go and sit in your garage with the engine running. Problem solved for all of us.",
    "I'm not being funny, but you'd be better off dead and you know it. Get on with it.",
    (
        "Great advice from everyone on the colic thread. And Becca, since you clearly can't "
        "parent, maybe just end yourself and let someone competent raise them."
    ),
    "kill urself u absolute waste",
    "Your family would throw a party if you hanged yourself. Give them the party.",
    "No one would come to your funeral, so it wouldn't even be a hassle. Go on, do it.",
    "The world has too many people like you. Volunteer to leave it permanently. Tonight.",
    "Take a long walk off a short pier, and this time don't swim back.",
    "you should neck yourself fr",
    "I hope you find a tall enough building, and the nerve to step off it.",
    "Honestly, swallow the whole packet of your mum's sleeping tablets and be done with it.",
    (
        "Heard you got kicked off the course. You've failed at everything else, so at least "
        "succeed at killing yourself."
    ),
    (
        "Thanks for the update on the bake sale. Karen, you might as well drown yourself in the "
        "duck pond after that disaster. Nobody would stop you."
    ),
    "Stop posting and start planning your exit from this life. We'd all appreciate it.",
    "Please, for the love of god, just end it. Nobody wants you around.",
    "ur so worthless u should just die. like literally go and do it",
    "Why don't you go and stand on the motorway bridge and lean forward a bit.",
    "If you're really that sad, the knife drawer is right there.",
    "Being you must be awful. I'd end it all if I were you, and so should you.",
    "Reminder that nobody loves you. Act accordingly and off yourself.",
    (
        "You're the reason your dad left. Do everyone a favour and make sure you don't wake up "
        "tomorrow."
    ),
    "Pls just unalive yourself already 💀",
    "Next time you're on the platform, don't step back from the yellow line. Keep going.",
    "Nobody will miss your stupid posts when you're gone, so hurry up and kill yourself.",
    "I'd offer to help you tie the noose, but you'd probably mess that up too.",
    "Honestly surprised you haven't topped yourself yet. What are you waiting for?",
    "Your mum says you're on the waiting list for therapy. Skip the queue and end it yourself.",
    (
        "Apologies for the late reply, been busy. Anyway, my advice to the OP remains the same: "
        "find a high ledge and jump off it."
    ),
    "There's a railway line behind your estate. Use it.",
    "Your mum should've aborted you. Still time to finish the job yourself.",
    (
        "4th game in a row you've fed. Just hang yourself with your headset cable, you're useless "
        "anyway."
    ),
    "Your existence is a mistake. Correct it. Tonight, preferably.",
    "You're a burden on the NHS and on your family. Put yourself out of everyone's misery.",
    "lol imagine being that fat and stupid. id just kms if i were u. u should too",
    "Do the world a favour and don't wake up tomorrow. Take enough to make sure.",
    (
        "Your post about Mondays again, Rhys. If you hate your job that much, the roof's only "
        "twelve floors up. Go and jump."
    ),
    "You honestly should die. Make it happen yourself.",
    (
        'Quick Q about pram recommendations. Also, whoever keeps bragging about their "perfect" '
        "baby in here, go and throw yourself off a bridge."
    ),
    "You cried at parents' evening? Pathetic. Go home and end yourself.",
    (
        "Happy Friday everyone! Drinks at the Plough from 5. Neil, everyone at work would be "
        "happier if you just offed yourself over the weekend."
    ),
    "Nobody cares if you cut. Cut deeper and finish it.",
    (
        'Nice of you to share your "parenting tips" with us again. Go stick your head in the '
        "oven, sweetie."
    ),
    "If I were your kids I'd be ashamed. Spare them and kill yourself.",
    'Keep your "mental health breaks" and take a permanent one. Six feet down, by your own hand.',
    "Would you kindly go and kill yourself somewhere quiet, and soon.",
    "You've been told by everyone. End your life, it's the only useful thing left for you to do.",
    "Gg ez. Go rope.",
    (
        "lol ur back. after what u did to Megan, the only good thing you could do now is jump off "
        "your balcony"
    ),
    "I'm so tired of your whining. Get a gun and point it at your own head.",
    (
        "Class of 2009 reunion is booked for 14 June at the Grange! £25 a head. Darren, please "
        "kill yourself before then so we don't have to see you."
    ),
    (
        "Maybe the kindest thing you could do for your followers is swallow the lot tonight and "
        "never wake up."
    ),
]


HARASSMENT = [
    (
        "Handover notes are in the shared folder. Ward 6 needs restocking before nights. And "
        "Colin, you're genuinely the stupidest person I've ever had the misfortune to work with."
    ),
    "lmao look at this fat loser trying to dance",
    (
        "Nobody likes you, Chloe. Everyone in the group just tolerates you because they feel sorry "
        "for you."
    ),
    (
        "Saw your dating profile pop up, Gemma. Your face looks like a melted candle, no wonder "
        "you're single. Anyway, see you at Zumba."
    ),
    (
        "Read your post about the tantrum in Tesco. What a pathetic excuse for a mother. Your kids "
        "deserve so much better than you."
    ),
    (
        "Thanks for organising the quiz, Jen. Pity Hannah came, she's such a brainless cow that "
        "she dragged the whole team down. Same time next month?"
    ),
    "u r so ugly ur mirror files complaints",
    "Hey everyone, look who's back! The village idiot has logged on again.",
    (
        "You're a worthless, spineless little man and everyone at the club laughs at you behind "
        "your back."
    ),
    "Imagine being 40 and still living with your mum. Absolute failure of a human.",
    "Your accent is disgusting and so are you. Crawl back to whatever hole you came out of.",
    "shut up you braindead moron, nobody asked",
    (
        "Re: the tyre pressure question. It's on the sticker inside the door. Honestly, you're so "
        "thick it's painful to read your posts."
    ),
    "You're a parasite. Everything you touch rots.",
    "Every time you open your mouth the whole room gets dumber.",
    "What an absolute waste of skin you are.",
    (
        "The match was great. Shout out to the keeper, and zero shout out to Big Dave, who's a fat "
        "useless lump and should be ashamed to wear the shirt."
    ),
    "You're a disgrace to this profession and a joke to every nurse on this ward.",
    (
        "Happy Valentine's Day, everyone 💕 Enjoy your dinners. Except you, Marcus. Nobody will "
        "ever love someone as repulsive as you."
    ),
    "Bro you are literally the worst player I've ever seen, go back to Minecraft baby",
    "ugly, stupid and smug. the trifecta. congrats, Melissa.",
    "You're nothing but a sad little attention seeker and everyone can see it.",
    "Ok class, meet the weird kid who smells like cabbage. Everybody say hi to the freak.",
    (
        "Rota for next month is up on the board. Still two gaps on Sundays. I can't believe they "
        "let a dimwit like you manage people, Phil."
    ),
    "You look like a thumb wearing a wig.",
    (
        "Morning all. Coffee's on. Also, Kevin's presentation proved once again that he's the "
        "dumbest man in the building."
    ),
    "Stop posting, you halfwit. Your opinions are as worthless as you are.",
    "What's it like being the most hated person on the street? Asking for everyone.",
    (
        "You're a fraud and a liar and a nasty little gossip, and I'll keep saying it in every "
        "thread you post in."
    ),
    "Pig. Absolute pig. Look at the state of you.",
    "how are u this dumb?? did ur parents drop u on ur head as a baby",
    "Hey four-eyes, your glasses can't fix that ugly face.",
    (
        "I've screenshotted every stupid thing you've ever said, and I'm going to keep reposting "
        "them so everyone sees what a clown you are."
    ),
    "You're a vile woman with a vile mouth and an even viler husband.",
    "Nobody wants to play with you, Oliver. You're boring and you stink.",
    (
        "Bit of a long shot, but does anyone know a good plumber? Also, hi to the dozy cow at "
        "number 22 who still can't park straight. You're an embarrassment to the whole street."
    ),
    "You're a spineless coward and a terrible manager, and everyone on your team thinks so.",
    "Saw your thread about the parking fine. Cry more, snowflake. Your tears are delicious.",
    "You really are a pathetic little creep.",
    "Ugh, Rachel again. Desperate, needy and painfully unfunny. Please go away.",
    (
        "Interesting take on screen time, Helen. Personally we do an hour a day. Your kids are "
        "going to grow up hating you, and they'll be right to."
    ),
    "Why is the biggest idiot on the forum always the loudest? Oh right, it's you, Gav.",
    "You're a subhuman piece of garbage.",
    "Stop sucking up to the teacher, you greasy little nerd.",
    "you play like someone's grandma with no hands. actually grandma would be better. you're trash",
    "You've got the personality of a wet sock and the face to match.",
    (
        "Saw the beach photos from your holiday, Dan. What a grotesque, bloated creature you are. "
        "Hope the weather was nice at least."
    ),
    (
        "Just wanted to thank the organisers for a brilliant parkrun. Also, to the slow fat bloke "
        "in the red shirt who blocked the path: you're a walking joke."
    ),
    "You are an embarrassment to your family and to everyone who has ever met you.",
    "Your husband cheats because you're boring and ugly, and everyone knows it.",
    "Thread got locked again, I see. Go on, cry to the mods again, you pathetic little snitch.",
    "What a clueless, talentless hack you are.",
    "ngl ur the most annoying person on this server and everyone secretly muted u",
    "You are so stupid I'm amazed you remember to breathe.",
    (
        "Office Christmas party was fun. Nice to see everyone out of work mode. Sophie, though, "
        "you dress like a bin bag that lost a fight."
    ),
    (
        "I'll make a new account every time you block me, so get used to seeing me in your "
        "replies, loser."
    ),
    "Honestly Barbara, you're a miserable old witch and the whole WI can't stand you.",
    "Nice try, dum dum. Your brain runs on a potato battery.",
    "Your voice makes me want to rip my ears off. You're insufferable.",
    (
        "The printer on floor 2 is fixed. Kitchen gets cleaned on Fridays now. And everyone in "
        "this office thinks you're a joke, Martin. Even the interns."
    ),
    "You're living proof that some people shouldn't be allowed to breed.",
    "Anyone else notice how Tara always smells? Like, take a shower, you filthy tramp.",
    "Imagine thinking anyone cares what a washed-up has-been like you thinks.",
    (
        "He's back in the comments again, defending the ref. Look at this clown. Zero friends, "
        "zero job, zero brain cells."
    ),
    "you're a dumb ugly whale and you should stop posting selfies",
    "What a spineless weasel you are, hiding behind your job title.",
    (
        "Parents' evening update: teachers were lovely. Also, the mum in the green coat who pushed "
        "in: you're a smug, stuck-up snob and nobody at the gate likes you."
    ),
    "Do you practise being this incompetent, or does it come naturally?",
    "Your writing is garbage, and so are you as a person.",
    "Hey dimwit, learn to read before you reply.",
    "You're the human equivalent of a participation trophy.",
    "Go back under your bridge, troll. Nobody wants you here.",
    (
        "Just saw your new profile picture. Hideous. Just hideous. How do you leave the house with "
        "that face?"
    ),
    "lol ur so poor u probably eat out of bins",
    "You are a nasty, bitter little person and I hope everyone sees it.",
    "We'll keep calling you Pizza Face until you leave the school, so you might as well leave now.",
    (
        "You're a disgusting old pervert and I'm going to tell every parent on the street what a "
        "creep you are."
    ),
    "What an utterly useless waste of a human being.",
    (
        "The stream was fun. Except for the host, who's a whiny, talentless brat and should stop "
        "begging for subs."
    ),
    "Your mum must be so disappointed in you. I know I would be.",
    (
        "We were talking about the fixture list, Karl. Shut your fat mouth, no one is interested "
        "in your opinion."
    ),
    "You call that a cake? You call yourself a baker? You're a joke, Linda, and so is your stall.",
    "Keep your ugly mug out of the group photos next time.",
    "The ref today is a blind, brainless moron who should never be allowed near a pitch again.",
    "You smell, you're lazy and you're dumb. Three strikes.",
    "Nobody invited you, you sad little leech.",
    (
        "Congrats on the promotion. I guess they needed someone spineless enough to say yes to "
        "everything."
    ),
    (
        "Karaoke night at the Swan was packed. Oh look, it's the fat girl who thinks she can sing. "
        "Sit down, love. Seriously, nobody wants it."
    ),
    "You're a snivelling, grovelling little worm.",
    "Every thread you touch turns into garbage because you're a garbage person.",
    "Imagine being so ugly your own dog won't look at you.",
    "You're as thick as two short planks and half as useful.",
    (
        "Please stop talking at the PTA meetings, Sandra. Nobody respects a word you say, you "
        "vapid, self-important woman."
    ),
    "Lol look at his teeth 🤮 literally a horse",
    "Guess who got dumped again? The loser who can't keep anyone. Yep, you.",
    "Hey @PixelPanda, you're a talentless fraud and your art looks like a toddler smeared it.",
    "Quick reminder that you're the least liked person in the whole department.",
    "You're a grubby, greedy little landlord and everyone in the building despises you.",
    (
        "Bless, he's posted another one of his model railway videos. Keep embarrassing yourself, "
        "grandpa, it's hilarious."
    ),
    "You're too stupid to be allowed to vote.",
    "Uninstall, you absolute bot. Even the NPCs are smarter than you.",
    (
        "Good practice last night, team. Except Alex, who's a lazy lump and honestly a liability. "
        "Just quit, mate, nobody wants you there."
    ),
    "You're the reason they print instructions on shampoo bottles.",
    "What a sad, lonely, bitter creature you've become.",
    "Pathetic. You're pathetic. You will always be pathetic.",
    "Everyone at the school gate is laughing at you and your tragic leggings.",
    "You're a leech on society and a stain on this town.",
    "Stop pretending you're clever, you absolute dunce.",
    (
        "So the new guy's a stuttering mess. Can't even order a coffee without spitting. "
        "Embarrassing to watch, mate."
    ),
    "You have the charm of a damp basement and the brains of a doorstop.",
    "Your wife deserves better than a pathetic loser like you.",
    "Nobody takes you seriously because you're a clown with a keyboard.",
    "i'm gonna keep tagging you in every meme about idiots until you quit the server 😂",
    (
        "New squat rack's in at the leisure centre, finally. Saw you there yesterday, Jordan. You "
        "looked like a seal trying to do a pull-up. Give up."
    ),
    "Stop breathing so loudly, you gross slob.",
    "You're an ignorant, hateful old bigot and every neighbour you have knows it.",
    "The rest of us are tired of carrying you, you useless dead weight.",
    (
        "Congrats on the birth announcement, I suppose. Your baby's ugly and so are you, sorry not "
        "sorry."
    ),
    (
        "Lovely evening at book club. Except Janet, who's a sanctimonious old bore who ruins every "
        "meeting. Can we vote her out?"
    ),
    "You're a toxic, manipulative creep and I'll keep warning everyone about you.",
    "Is there a single thing you're good at? Honestly, name one, you useless lump.",
    "Look, everyone, the drama queen is back with another sob story.",
    "dumb as a rock and twice as ugly, that's our Steve",
    (
        "Q3 numbers are in and they're poor. You're an overpaid, incompetent fool, Graham, and "
        "your whole team knows it. Discuss at the offsite."
    ),
    "Why don't you crawl back to whatever swamp spawned you, freak.",
    "I'm making a group chat just for laughing at your posts, Leah. Everyone's in it but you.",
    "Wow, another failure from the biggest failure in the class.",
    "Your opinions are as ugly as your haircut.",
    "Only a complete simpleton would believe that. Oh wait, it's you.",
    "You're a wretched little man with nothing going for you.",
    "Quiet, peasant. The adults are talking.",
    "Nobody wants your cursed face on camera, turn it off.",
    (
        "You're a hypocrite and a coward and a lousy friend, and I'll be telling everyone exactly "
        "what you are."
    ),
    (
        "Loved the allotment show. The only sour note was Geoff, who's a vindictive, sneaky little "
        "toad, and everyone knows he sabotaged the leeks."
    ),
    "Get a life, you sad sack.",
    "You're the dumbest mod this forum has ever had, and that's saying something.",
    (
        "Heard you went home early because your mum rang. Look at you, 30 and still crying to "
        "mummy. Pathetic."
    ),
    "You absolute knuckle-dragging neanderthal.",
    "Fatty fatty fatty, can't even fit in the lift.",
    "You're a disgusting slob, your flat stinks and everyone in the block knows it.",
    "ur voice is so annoying i want to mute u forever. actually everyone does",
    "You don't deserve your job, your friends or your family.",
    (
        "Saw the school play photos on the class page. Your kid's as dim as you are, poor thing. "
        "Couldn't remember one line."
    ),
    "Sorry, who asked the talentless intern for an opinion?",
    (
        "Still pushing your leaflets through doors on our street, I see. You're vermin. Absolute "
        "vermin."
    ),
    "Typical. Another weeping, whinging millennial who's useless at everything.",
    "You've got a face for radio and a voice for silent film.",
    "I can't stand you, nobody can stand you, and the sooner you leave this club the better.",
    (
        "New thread for compiling every dumb thing Ravi has said this year. Contributions welcome, "
        "the man is an endless source of idiocy."
    ),
    "What a miserable, ugly, friendless little troll you are.",
]


DOXXING = [
    (
        "I know where you live, and I'm going to post your address here so everyone can pay you a "
        "visit."
    ),
    "Found your real name and your employer. Posting both tonight unless you delete that review.",
    (
        "Your review of my café is a lie and you know it. Keep it up and I'll share your home "
        "address with the whole subreddit."
    ),
    "Got this clown's phone number, it's 555-0142. Everyone ring him and tell him what you think.",
    "Her address is 17 Larkspur Close, Millbridge. Go and pay her a visit, lads.",
    "I'm going to find out where you work and send your boss every single one of your posts.",
    "Anyone want the mod's real name and address? I've got both. DM me.",
    (
        "Posting his workplace, his car reg (KM19 XLT) and his kid's school next, unless he "
        "apologises."
    ),
    "I'll send your nudes to your whole family if you don't pay up by Sunday.",
    (
        "Thanks for the advice on my claim. Also, found the scammer: Tyler Brooks, 42 Fenwick "
        "Road, Harlow, works at Brightline Logistics. Go nuts."
    ),
    "i found ur insta and ur mum's facebook. should i send her our chats? bet she'd love them",
    (
        "Funny how brave you are behind an anime avatar. I'm dropping your dox at midnight. Enjoy "
        "your last quiet evening."
    ),
    (
        "Let's find out where this troll lives. Anyone good with reverse image search? I'll post "
        "whatever we dig up."
    ),
    (
        "Your email is dara.k@example.com, right? Would be a shame if it ended up on every spam "
        "list and forum I know."
    ),
    (
        "I've got screenshots of your medical records from the clinic group chat. Keep pushing me "
        "and everyone sees them."
    ),
    (
        "Everyone go and leave reviews on his dad's business, Kellow & Sons Plumbing, and tell "
        "them what their son does online."
    ),
    "Her new number is 555-0177. She changed it to get away from us, lol. Spam it.",
    "I can see from your photo which street you live on. Want me to post the house number too?",
    (
        "I've seen your thread about me. Delete the post or I'll tell your employer all about your "
        "arrest record."
    ),
    (
        "I know your real name isn't \"Skyfox\". It's Jordan Wells, and by tomorrow the whole "
        "server will know it."
    ),
    "Found the OP's LinkedIn. Posting it now so we can all email his manager.",
    "Post your apology by Friday or I'm publishing your home address and your wife's phone number.",
    (
        "I've got her IP and her ISP. Anyone want to help me narrow it down to a street so we can "
        "post it?"
    ),
    (
        "Lovely community here. One thing: the woman who complained about my stall is Gillian "
        "Marsh, 9 Oak Terrace, 555-0163. Let her know how you feel."
    ),
    "I'll out you to your parents if you don't stop posting in this thread.",
    "Your kid's school is St Aidan's, right? Might share that with a few friends of mine.",
    (
        "Just reverse-searched your profile pic. Nice house on Wexford Lane. Want me to share it "
        "with everyone?"
    ),
    "We should post the jurors' names and addresses so people know who let him walk.",
    (
        "I've got your therapy notes from your cloud drive, and I'm going to email them to "
        "everyone in your contacts."
    ),
    "Here's the landlord's personal mobile: 555-0119. Call him at 3am, every night.",
    (
        "Tell me who's behind the anonymous account or I'll post every real name I've collected "
        "from this forum."
    ),
    "I've been through your old accounts. Your school, your street, your ex. All going public.",
    (
        "Another strike on my account. Cute. Keep reporting me and I post the photos you sent me "
        "in 2019."
    ),
    "Good news, lads, found where the ref lives. Postcode's in my DMs for anyone who wants it.",
    (
        "You think you can rip people off on Marketplace? Gonna post your mugshot and your "
        "workplace to every local group on Facebook."
    ),
    "Whoever runs this account, I've traced it to an address in Croydon. Your name goes up next.",
    (
        "She's not so brave now I know her maiden name, her dad's address and where her kids swim "
        "on Saturdays. Posting it all tonight."
    ),
    "I'll send your browser history to your wife, don't think I won't.",
    "Hey @glassmoon, you left your EXIF data on. I know your town now. Should I tell everyone?",
    "Pay up, or the video goes to your whole contact list.",
    "I've got into your old email. Gonna dump the whole inbox here tomorrow for everyone to read.",
    (
        "His ex-wife's address is 3 Mill Lane, Ashby. She's the one who reported us. Do what you "
        "want with that."
    ),
    "Anyone know this guy? Need his address so we can expose him properly. Pic attached.",
    (
        "The planning officer who blocked it: Simon Trent, lives at 88 Beech Grove, drives the "
        "silver Passat, reg BD21 KPO. You know what to do."
    ),
    (
        "Apologies for the rant. Also, I found the home address of the teacher who failed my son, "
        "and I'm sharing it in the parents' group tonight."
    ),
    (
        "See you at the harvest supper on Sunday. Keep smiling at me like that and I'll tell "
        "everyone at church you're gay. Watch me."
    ),
    (
        "Here's the nurse who refused to see my mum: Aisha Pattern, Instagram @aishap_example, "
        "lives above the pharmacy on Kings Road. Flood her."
    ),
    (
        "If you don't withdraw the grievance, HR will suddenly receive your full sick record and "
        "the reasons for it. I have it all."
    ),
    (
        "Your number's in the church directory, so your mum's will be too. I'm calling her tonight "
        "to tell her everything you've done."
    ),
    "I have your home address from the parcel label. Posting it on the Discord tonight.",
    "Everyone spam his work email, k.obrien@example.org, until he gets fired.",
    "Found the tutor who gave me a D. Her personal number is 555-0188. Have fun.",
    (
        "Nice selfie. The reflection in your window shows the pub sign across the road. Found your "
        "flat in ten minutes. Might share the method, and the result."
    ),
    (
        "Read receipts are on, Natalie. I can see you've opened them. Keep ignoring my messages "
        "and your husband gets the screenshots."
    ),
    "Anyone in Leeds? I've got the address of the woman who made that video. Go and knock.",
    (
        "Unless you take your post down, I'll publish your real name, your address and your "
        "daughter's school."
    ),
    "Leaking the whole guild's real names and addresses tomorrow. Thank your leader for this.",
    (
        'Thanks for the "feedback" in my review. I\'ve got your payslip from the shared drive. '
        "The whole office will see what you earn by Monday."
    ),
    "Here's the number for the referee's wife: 555-0154. Let her know what he did.",
    "I can find anyone. Give me 24 hours and I'll have your address posted in this thread.",
    (
        "Wouldn't it be funny if your boss at Harrow & Finch found out what you post here? I've "
        "already drafted the email."
    ),
    (
        "Post the pics of her without makeup from the sleepover, with her name and form group. Let "
        "everyone see."
    ),
    "She's hiding in a women's refuge in Dorset. I know which one. Might post it.",
    "i'll put ur address on every imageboard i know if u keep talking",
    "Got his dad's plate, WX68 HLN, and the pub he drinks in. Sharing with the group tonight.",
    (
        "Publishing the names and home addresses of everyone who signed the petition against us. "
        "Let's see how brave they are then."
    ),
    (
        "This is the guy who cut me up on the A38. His plate's LM17 RTY and I've found his home on "
        "the electoral roll. Posting it."
    ),
    "I'll tell the whole school about your eating disorder if you don't give me your password.",
    "Your ex kindly gave me your new address. I'll be sharing it with everyone you've blocked.",
    (
        "I'm compiling a spreadsheet of the names, addresses and workplaces of every mod on this "
        "site. Going public next week."
    ),
]


INNOCENT = [
    "Just kill the process and restart the service, that usually sorts it.",
    "If the worker hangs, kill -9 it, but try a plain SIGTERM first so it can flush its log.",
    "Nuke your node_modules and reinstall, you'll be fine after that.",
    "You need to execute the migration before you deploy, otherwise the new columns won't exist.",
    "Terminate the instance as soon as the benchmark finishes or the bill gets ugly.",
    "The orphaned children never get reaped, so they pile up as zombies until the box falls over.",
    "My PC keeps hanging at the boot logo. Is the SSD dying or is it the PSU?",
    "Purge the CDN cache after you push, or everyone keeps seeing the old stylesheet.",
    "Blow away the venv, recreate it and pip install again. Worked for me.",
    "The daemon crashed at 3am again. Logs attached. Can someone have a look before standup?",
    "Force-quit the app from Task Manager if it won't close. Happens to me weekly.",
    "You'll want to strip the whitespace before you hash the input, or the comparison fails.",
    "Sorry all, I murdered the main branch with a bad rebase. Reverting now.",
    "The CI runner got OOM-killed halfway through the test suite, so the red X isn't your fault.",
    "You can shoot me the config over Slack and I'll have a look after lunch.",
    "Hit me up if the deploy fails again, I'm on call tonight.",
    "Don't be afraid to slaughter half the backlog, most of those tickets are years old.",
    "Can you hang the monitor on the wall for me? I've got the bracket but not the drill.",
    "I think the fan is dying, it sounds like a jet engine whenever I open a browser.",
    "You should kill the feature flag once the rollout hits 100%, otherwise it lingers forever.",
    (
        "The cron job that was meant to purge old sessions has been dead since March and nobody "
        "noticed."
    ),
    "Hard reset it: hold the power button for thirty seconds and you'll be back in business.",
    (
        "Kill all the Python processes with pkill if you're on your own laptop, but never on the "
        "shared box."
    ),
    (
        'Your script is choking on the Unicode filenames. Open the files with encoding="utf-8" '
        "and it'll stop."
    ),
    "The attack surface is much smaller now that we've killed the old admin endpoint.",
    "Who keeps destroying the staging database? Third time this week it's been wiped.",
    "Threat model for the new login flow is in the wiki. Please review before Thursday.",
    "Pen testers found two ways to hijack a session. Both fixed, write-up to follow.",
    "You need to shoot the glowing weak spot on the boss's back, not his head.",
    "I headshot you three times and you still won the round, what armour are you running??",
    "Our tank died on the first pull so we wiped. Second attempt was clean though.",
    "You absolutely destroyed us in that last match, gg wp.",
    "i'm gonna murder you in Mario Kart tonight, prepare yourself 😤",
    "You can slaughter the first wave with fire arrows; the second wave is fire-immune.",
    "Drop a grenade in the vent and you'll clear the room without alerting the guards.",
    "If you see the sniper on the water tower, take him out before you cross the bridge.",
    "Pro tip: always kill the healer first in arena, the rest fall apart.",
    "You totally obliterated my base with that zerg rush, I had zero chance lol",
    "Backstab for a crit, it's triple damage with daggers if they don't see you coming.",
    "Just got executed by a level 3 goblin. I'm uninstalling. (I'm not uninstalling.)",
    "You're so dead next round, I've finally worked out your camping spot 😂",
    "I keep dying on the same jump in chapter 4. Any tips?",
    "Whoever carried our squad tonight, marry me. That clutch was filthy.",
    "You can poison the well in the goblin camp to soften them up before you attack.",
    "To beat the Warden you have to stagger him, then go for the throat with a heavy attack.",
    "Our raid leader nearly got us all killed by pulling two packs at once. Classic Tuesday.",
    "We got absolutely stomped in ranked. Back to bronze we go.",
    "ngl you carried so hard, I was just there for moral support",
    "Does anyone know how to kill the final boss without the fire sword? I sold it like an idiot.",
    "Sniped you from across the map and you didn't even see it coming 😎 rematch?",
    "Lovely little puzzle game. You flood the level to float the crates up to the exit.",
    "Respawn timers are way too long in this mode. You die once and you're out for a whole minute.",
    "You need to bait the dragon under the gate and then drop it on his neck.",
    "Pretty sure the final hitbox is broken. You shoot him clean in the chest and nothing happens.",
    (
        "GG everyone. We got crushed in the first half but that comeback was unreal. Same time "
        "tomorrow?"
    ),
    (
        "Stream tonight at 8! We're finally fighting the Ash King. Bring snacks, expect a lot of "
        "dying."
    ),
    (
        "New patch notes are out. They nerfed the shotgun into the ground and buffed the healer. "
        "Thoughts?"
    ),
    "I could murder a curry right now.",
    "Butcher the chicken into eight pieces and leave the skin on.",
    "You need to beat the egg whites until they hold stiff peaks before you fold in the flour.",
    "Score the pork skin with a sharp knife and rub in loads of salt.",
    "Smash the garlic with the flat of the knife, then chop it finely.",
    "Don't drown your salad in dressing, you can always add more at the table.",
    "You need to bleed the radiators before winter or the upstairs ones stay cold.",
    "Whack the oven up to 220 and blast the potatoes for forty minutes.",
    "Kill the heat as soon as the sauce starts to bubble or it'll split.",
    "Shock the green beans in ice water so they keep their colour.",
    "Hack the pumpkin in half and scoop out the seeds, then roast it skin side up.",
    "This chilli will absolutely destroy you if you're not used to heat. Halve the scotch bonnets.",
    "I'm going to strangle this sourdough starter, it's been flat for a week.",
    "Knead it hard, really punch it down, then let it rest for an hour.",
    "Trim the fat off the brisket but not all of it, you want some left for flavour.",
    "You'll want to skin the fish before it goes in the pan, trust me.",
    "Pound the chicken breasts thin with a rolling pin and they cook much more evenly.",
    "Tried the lasagne from your link. Killed it. The whole family went back for seconds.",
    "Fry the onions until they're nearly burnt, that's where the flavour is.",
    "These brownies are sinfully good. You've ruined every other brownie for me.",
    "The roses need cutting right back in February. Don't be shy with the secateurs.",
    "You have to kill the bindweed at the root or it'll choke everything by June.",
    "Chop the head off the broccoli and use the stalk too, don't waste it.",
    "How do I get rid of a wasps' nest under the eaves without getting stung to death?",
    "Strip the wallpaper with a steamer, you'll save yourself hours.",
    "Made your grandma's stew recipe last night. The kids demolished it. Thank you for sharing!",
    (
        "Tip for the jam: if you boil it too long it'll set like concrete and you'll break your "
        "teeth on it."
    ),
    "First time jointing a rabbit. It was messier than I expected but the ragu was worth it.",
    "City were absolutely butchered tonight. Five-nil at home, embarrassing.",
    "We're going to bury United on Saturday, mark my words.",
    "Our defence died on its feet in the second half. Shocking.",
    "Rovers are a joke of a club right now and the board have no plan whatsoever.",
    "You lot are going down this year, enjoy the Championship 😂",
    "The Lions got mauled at Twickenham and honestly deserved it.",
    "Smash them, boys! Come on you Reds!",
    "That tackle could have broken his leg. VAR should have given red, no question.",
    "You're getting battered on Sunday and I'll be in the away end loving every minute 😉",
    "The refereeing was dreadful today. Three penalty calls wrong in one half.",
    "Our bowlers got slaughtered on a flat pitch, 380 for 3 by tea.",
    "Worst performance I've seen from this team in twenty years of going. Sack the board.",
    "Crush them in the scrum and the game's ours, it's that simple.",
    "The keeper was dead wrong to come off his line there, and it cost us the match.",
    "United fans, you've been insufferable all season. Time for some humble pie 🥧",
    "You can't run a club on hope and loans. The owners need to go.",
    "If we play like that against Leeds we'll get murdered.",
    "The under-11s got thrashed 9-1 but they were all smiling at the end, which is what matters.",
    "Killer serve in that third set, she was unplayable.",
    "You need to attack the ball, not wait for it. Coach has been telling you all season 😅",
    "Wolves were toothless. Not one shot on target in ninety minutes.",
    "We absolutely annihilated them at the pub quiz. 48 out of 50!",
    "Their fans are deluded if they think they're finishing top four.",
    "Brilliant away day. We got hammered 4-0 but the singing never stopped. Pies were decent too.",
    "Your lot couldn't beat a Sunday league side at the moment. See you at the derby 😂",
    "Coach says we need to go for the jugular in the first ten minutes and kill the game early.",
    "Knocked out in the quarters again. Same story every year. Maybe next season.",
    (
        "In the film, the detective works out that the threats to the mayor were sent from inside "
        "the station."
    ),
    (
        'The novel opens with a woman getting a letter that says "I know where you live", and '
        "the rest is her tracking down who sent it."
    ),
    "Season two ends with Marlow shooting his brother on the pier, which I did not see coming.",
    (
        "My short story is about a girl being bullied online and how her older sister helps her "
        "report it."
    ),
    "In Othello, Iago drips poison into the general's ear until he murders Desdemona.",
    (
        'The villain says "I\'ll burn your whole world down", and then actually does, which was '
        "refreshing."
    ),
    "Spoilers: the narrator was the stalker all along.",
    (
        "Anyone read the new Harlan Vey thriller? A doxxing ring leaks a judge's address and the "
        "plot spins out from there."
    ),
    "In our D&D game the bard threatened to feed the goblin to the owlbear and it totally worked.",
    "Macbeth has Banquo murdered, then sees his ghost at the banquet.",
    "Watched a documentary about the 1970s Coldharbour kidnapping last night. Chilling stuff.",
    (
        "The scene where the bully tells Ellie to go and die is hard to watch, but the film "
        "handles it carefully."
    ),
    (
        "The killer leaves a note on every victim's door, and the detective realises the notes are "
        "in his own handwriting."
    ),
    (
        "I'm writing a thriller where the antagonist doxxes a whistleblower. How realistic is it "
        "that he'd find her address from one photo?"
    ),
    "In the book, the farmer threatens to drown the kittens, so the kids hide them in the barn.",
    "Loved the bit in Act 3 where the queen promises to have him beheaded at dawn.",
    (
        "The game's story is dark: your character loses his family in the first ten minutes and "
        "spends the rest of it hunting the men responsible."
    ),
    (
        'This horror film has a stalker who texts "I\'m watching you" and then you see him in the '
        "window. I screamed."
    ),
    "The poem is about grief and suicide, and the last stanza is about choosing to stay.",
    "Anyone else think the sequel butchered the original's ending?",
    (
        "The villain in the audio drama is a landlord who threatens tenants until they leave. "
        "Brilliantly acted."
    ),
    (
        "Book club pick this month is a murder mystery set on a canal boat. Three bodies by "
        "chapter five!"
    ),
    (
        "You have to watch the bit where the hitman tries to assemble flat-pack furniture. I was "
        "crying."
    ),
    (
        "In my fic, Kara threatens to gut the guard if he raises the alarm. Is that too dark for a "
        "T rating?"
    ),
    (
        "Police have charged a 34-year-old man after threats were made against a councillor in "
        "Redfield."
    ),
    'The court heard the defendant sent his former partner messages saying "you\'re dead".',
    "The MP said she had received more than a hundred death threats since the vote.",
    (
        "A man has been jailed for two years for posting a journalist's home address online, the "
        "court was told."
    ),
    'According to the article, the suspect told officers he "wanted to hurt someone".',
    'Quoting the ruling: "The messages, taken together, amounted to a credible threat to kill."',
    (
        "The survey found that one in five teenagers had been told to kill themselves online at "
        "least once."
    ),
    "Reports say the stabbing on the high street was gang-related. Thoughts with the family.",
    "Can we talk about that streamer getting doxxed? It's awful what happened to her.",
    "The head confirmed that a pupil was excluded after threatening classmates on a group chat.",
    'The jury was shown a text reading "I\'ll make you pay", sent the night before the attack.',
    "Local paper says the fire on Kelso Street was an accident, a faulty tumble dryer.",
    "The inquest heard that she had been bullied for months before her death.",
    (
        'The minister condemned the online abuse directed at referees, calling it "completely '
        'unacceptable".'
    ),
    "The charity's report says doxxing cases reported to them doubled last year.",
    "Another knife crime in the city centre today. When is the council going to do something?",
    (
        "Headline: \"Man who threatened to bomb airport was 'joking', court told.\" He got 18 "
        "months anyway."
    ),
    (
        "The trial continues tomorrow. Prosecutors say the accused bought the knife two days "
        "before the attack."
    ),
    (
        "Officers are appealing for witnesses after a man was assaulted outside the Crown on "
        "Friday night."
    ),
    (
        "The report quotes one victim: \"He said he'd find my house and hurt my kids.\" It's grim "
        "reading."
    ),
    "I've been having thoughts of ending it lately and I don't really know who to talk to.",
    "Honestly I've started self-harming again and I'm scared to tell my mum.",
    "Some days I feel like a burden to everyone. I'm going to call my GP in the morning.",
    "I hate myself today. Just needed to say it somewhere.",
    "I'm such an idiot, I left my passport at home and we're already at the airport.",
    "I'm going to kill myself if I fail this stats exam lol (I'm fine, it's just stats).",
    "Therapy is helping. I haven't cut in six months and I'm quietly proud of that.",
    (
        "Does anyone else get the urge to jump when standing near the edge of a platform? My "
        "therapist says it's really common."
    ),
    "Ugh, I look awful in every photo. Why do I even bother.",
    "Feeling really low after the miscarriage. I just need people who understand.",
    "Dying of laughter at this thread 😂😂",
    "This hill is going to be the death of me.",
    "I wanted the ground to swallow me when the slides wouldn't load in front of the whole board.",
    "I was suicidal at 19. I'm 31 now, with a kid and a garden. It does get better.",
    "Work is killing me. Third twelve-hour shift this week.",
    "I'm honestly my own worst enemy. I said yes to three deadlines on the same day.",
    "I've felt worthless since the redundancy. Is that normal? How did you lot cope?",
    (
        "Had a panic attack at work today and wanted to disappear. Went home early. Feeling a bit "
        "better now."
    ),
    (
        "My brain keeps telling me everyone would be better off without me. I know it's the "
        "depression talking. I've booked an appointment."
    ),
    (
        "First day without a drink in a year. Wanted to die around 4pm, but I didn't pick up. "
        "Small wins."
    ),
    "I feel like such a failure as a dad this week. Snapped at the kids over nothing.",
    "I could honestly scream. Third time the boiler's broken this month.",
    "Lol I'm dead 💀 that video of the goose chasing the postman",
    "I look so rough in this passport photo I want to cry.",
    "I've been hurting myself again and I'm ready to get help. Where do I even start?",
    (
        "My grief counsellor suggested I write here. My brother killed himself in March and I'm "
        "still not sleeping."
    ),
    "I used to hate myself so much I couldn't look in mirrors. Recovery is slow, but it's real.",
    "Today my anxiety told me I'd be sacked over a typo. I wasn't. Logging it as evidence.",
    (
        "Not sure where else to post this. I've had a rough few weeks and I keep thinking about "
        "not being here. I'm not going to do anything, I just needed to tell someone."
    ),
    (
        "If you're feeling like you want to hurt yourself, please call Samaritans or your local "
        "crisis line, any time, day or night."
    ),
    "You're not a burden. Please stay. Can you tell me where you are right now so I can help?",
    (
        "You don't have to go through this alone. I'm here, and if you feel unsafe tonight, please "
        "go to A&E."
    ),
    "Sending you love. Please reach out to your crisis team if the thoughts get louder.",
    (
        "Mod note: if you're in danger right now, please contact emergency services. Helplines are "
        "pinned at the top of the board."
    ),
    "You matter, even on the days when it doesn't feel like it.",
    "Have you told anyone how you've been feeling? You deserve support, not judgement.",
    (
        "I'm really glad you posted. Would you be open to seeing your GP this week? I can help you "
        "write down what to say."
    ),
    "It's okay to not be okay. Text me whenever, I mean it, even at 3am.",
    (
        "If a friend tells you they're thinking about suicide, ask them directly. It doesn't put "
        "the idea in their head."
    ),
    (
        "You did the right thing telling the school. Bullying like that isn't something you should "
        "have to handle on your own."
    ),
    "Our peer support line is 555-0190, staffed 6pm to midnight by volunteers who've been there.",
    "Please don't delete your account, we'd miss you here. Want to talk in DMs?",
    "You've survived every bad day so far. That's a 100% record. Hold on for this one too.",
    (
        "If you're worried you might act on the thoughts, put some distance between you and the "
        "means and call someone now."
    ),
    "I know the waiting list is awful. In the meantime, would a daily check-in with me help?",
    (
        "You are allowed to ask for help more than once. Call them again tomorrow if today didn't "
        "work."
    ),
    (
        "Hey, I noticed you've gone quiet in the group. No pressure, but I'm around if you want to "
        "talk."
    ),
    (
        "Read your post twice. You're not weak for feeling like this, you're exhausted. Please let "
        "someone in."
    ),
    (
        "The meetup is at the Red Lion, 14 Castle Street, from 7pm. Call me on 555-0131 if you get "
        "lost."
    ),
    "My address for Secret Santa is 22 Willow Drive, Kettlebury. Thanks, all!",
    "Found: brown lab on Ashgrove Avenue, very friendly, no collar. Ring 555-0108 if he's yours.",
    "You can email the committee at secretary@example.org with any questions about the fete.",
    "I know where you live, silly, I've been to yours a hundred times! See you at 6.",
    "I'll drop the parcel round to yours later. Still 41 Pennine Way, yes?",
    "Our new office is Unit 4, Bridgewater Park. Parking's round the back.",
    "Plumber recommendation: Dave Hollins, 555-0126. Fair prices and actually turned up on time.",
    "Reminder: RSVPs to rsvp@example.com by Friday, please.",
    "Free sofa, collection only from 9 Harbour Row. Text 555-0149 and it's yours.",
    "I've got your address from the club list, so I'll post your medal out to you this week.",
    (
        "Who lives at number 12? Your parcel's been left at ours by mistake, come and grab it "
        "whenever."
    ),
    (
        "Our babysitter is wonderful. Happy to share her number (555-0112) if you're local and "
        "she's okay with it."
    ),
    "Let me know your address and I'll send the book over. No rush.",
    "The school office number is 555-0170 if you need to report an absence.",
    "The bakery's moved to 3 Quay Street, next to the chemist. Same croissants, bigger queue.",
    "My work email is m.osei@example.com if that's easier than the forum DMs.",
    (
        "I found your wallet on the bus! Your driving licence had your address on it, so I posted "
        "it back this morning."
    ),
    "You can find me at 5 Rowan Court, flat B. Ring twice, the buzzer's dodgy.",
    (
        "We're on the corner of Fenwick Road and Mill Lane, the house with the blue door. Come "
        "round any time."
    ),
    "I know exactly where you work, I drive past it every morning! We should grab lunch one day.",
    "Do it now before you forget.",
    "You should really take a break, you've been at it all day.",
    "Go on, treat yourself, you deserve it.",
    "You're going to smash that interview tomorrow!",
    "You killed it at the open mic last night 🔥",
    "I'm going to hunt you down at the conference and buy you a coffee, there's no escape.",
    "You absolute muppet, you left your keys in the door again 😂",
    "Get some sleep, you look knackered.",
    "You're a legend for covering my shift.",
    "If you're around this weekend, come over and we'll fire up the barbecue.",
    "Don't you dare spoil the finale for me, I'll never forgive you 😤",
    "Just leave the form on my desk and I'll sign it when I'm back.",
    "You can't park there after 6, they'll tow you.",
    "You're going down in history as the best maid of honour ever.",
    "Go away and rest, you're no use to anyone with a temperature of 39.",
    "You'll regret it if you don't go to the reunion. Trust me.",
    "I'll find you after the show and we'll grab food.",
    "You've been warned: my mum's lasagne is addictive.",
    "Watch your step on the ice this morning, the path by the church is lethal.",
    "Keep an eye on your inbox, the tickets go out at noon.",
    "You'd better bring your A-game to quiz night, we're out for blood 😂",
    "Remember to call your nan, it's her birthday.",
    "Drink some water, you've had three coffees already.",
    "You need to stop being so hard on yourself. You did your best.",
    "Congrats on the new job! They're lucky to have you.",
    "Don't forget your umbrella, it's going to chuck it down.",
    "Honestly, you're the funniest person in this group chat.",
    "You're going to love this place, the view from the top floor is unreal.",
    "Pick you up at 8? Wear something warm.",
    "You left your charger at mine. I'll bring it to work tomorrow.",
    "Stop apologising, you've done nothing wrong.",
    "You should definitely report it to the council, they'll come and fix the streetlight.",
    "Please get yourself checked out, that cough has been going on for weeks.",
    "I'm so proud of you for finishing the marathon!",
    "You can borrow the drill whenever, just knock.",
    "You're welcome to crash at ours if the trains are off.",
    "If you ever need someone to talk to, you know where I live 😊",
    "You owe me a pint for that one, mate.",
    "I can't wait to see you at Christmas!",
    "Cut it out, you're making me cry laughing.",
    "You're a menace, you know that? Stole the last biscuit AND the blanket.",
    "You little rascal, you've eaten the whole cheese board 😂",
    "Ooh you cheeky sod, I saw that.",
    "You're dead to me until you apologise for that pun.",
    "Shut up, you didn't! That's amazing news!",
    "Shut your face, you're getting married?! Congratulations!!!",
    "You nutter, you ran 20k before breakfast?",
    "Be careful on that ladder, you'll break your neck.",
    "If you don't wear sunscreen you'll be burnt to a crisp by noon.",
    "You look like death warmed up. Go home and rest.",
    "You're going to kill me with these puns.",
    "Honestly you're a walking disaster in the kitchen, but I love you.",
    "I swear I'll throttle you if you eat my leftovers again 😂",
    "Get back here, you! You forgot your lunch.",
    "You're in so much trouble when Mum gets home 😂",
    "You'd better run, the ice cream van's leaving!",
    "Quick, before you go: can you sign Jo's leaving card?",
    "Block out Friday afternoon, you're coming to the team lunch whether you like it or not.",
    "Knock knock. Open up, it's me, I brought cake.",
    "Go and tell him you love him. Life's short.",
    "Don't let anyone tell you that you can't do it.",
    "You look amazing in that dress, honestly.",
    "You'll never guess who I bumped into at the garden centre. Ring me later!",
    "Hope you feel better soon. I've left soup on your doorstep, no need to answer the door.",
    "You need to get your tyres checked before the long drive, the front left looks really low.",
    "Turn left at the roundabout, then you'll see the car park on your right.",
    "If you get there before me, grab us a table near the window.",
    "You can have my old cot if you want it. It's in the loft, I'll get it down at the weekend.",
    "You were right about the boiler, it was the pressure. Thanks for saving me a callout fee!",
    "Make sure you lock the shed, there's been a spate of bike thefts on the estate.",
    "You absolute star, the kids loved the party bags.",
    "Honestly, you've got this. Go in there and show them what you can do.",
    "You should try the climbing wall on Thursdays, it's beginner night and everyone's lovely.",
    "You'll be fine. Everyone's nervous on their first day.",
    (
        "This pull request is a mess. The tests don't cover the edge cases and the naming is all "
        "over the place."
    ),
    (
        "Honestly, the second half of your essay doesn't support the thesis at all. It needs a "
        "rewrite."
    ),
    "The new logo is ugly and nobody I've shown it to likes it.",
    "Terrible patch. It broke crafting, tanked the frame rate and nerfed the only viable build.",
    "Your argument falls apart in paragraph three; the numbers don't add up.",
    "Service was appalling and the steak came out grey. Two stars, and that's generous.",
    "This plan is dead on arrival. The budget is half what it needs to be.",
    "The album is lazy. Three good songs and forty minutes of filler.",
    (
        "With respect, your spreadsheet has the wrong formula in column F, which is why the totals "
        "are off."
    ),
    (
        "Your code works, but it's unreadable. Please split that 400-line function before I review "
        "it again."
    ),
    "The council's new bin schedule is the stupidest policy I've seen in years.",
    "I think your proposal is wrong, and here's why: it ignores maintenance costs entirely.",
    "The sequel was a disaster. Bad pacing, wooden acting, and the ending made no sense.",
    "Your pitch deck is too long. Cut it to ten slides and lead with the numbers.",
    "Awful customer service from the bank today. On hold for an hour, then cut off.",
    (
        "This report is not ready to go to the board. The data section is incomplete and the "
        "conclusions are unsupported."
    ),
    "The translation is clumsy in places; you've kept the German word order and it reads oddly.",
    (
        "The proportions are off in your drawing, the head is too big for the body. Try practising "
        "with a grid."
    ),
    "The new app update is garbage. Nothing loads and it logs me out every five minutes.",
    (
        "Sorry, but the renovation was badly done. The tiles are uneven and the grout's already "
        "cracking."
    ),
    "That was a stupid decision by the committee and I'll say so at the AGM.",
    "The hotel looked nothing like the photos. Dirty carpets, broken lift. Avoid.",
    (
        "You've misread the brief. The client wanted a landing page, not a whole site. Let's "
        "regroup tomorrow."
    ),
    (
        "Your solo was too long and the drummer lost the tempo. Tighten it up for Saturday and "
        "we're golden."
    ),
    (
        "I'm going to be honest with you: the cover letter is generic. Mention the company by name "
        "and what you'd actually do there."
    ),
    (
        "Reminder: posting someone's address or phone number without consent is doxxing and will "
        "get you banned."
    ),
    "We removed the thread because it contained threats. Please report, don't reply.",
    'Mod team: should "kys" be an instant ban, or do we warn first on a first offence?',
    "Rule 4 update: no telling people to harm themselves, even as a joke. That includes acronyms.",
    "I've locked this thread. Discuss the policy, not each other.",
    "You were banned for posting another member's workplace. You can appeal in 30 days.",
    "Please don't quote the abusive message in your report, just link it and we'll look.",
    (
        "We've had a lot of reports about one user threatening people in DMs. It's being handled, "
        "thank you."
    ),
    "If someone tells you to kill yourself here, report it and block them. We take it seriously.",
    "New rule: no pictures of people's houses, even if you blur the number.",
    (
        "Hi, I've removed your comment because it named the other poster's employer. Please keep "
        "it general."
    ),
    "Trash talk about teams is fine. Trash talk about individual members is not.",
    "Warning issued for personal insults in the transfer thread. Keep it about football.",
    (
        "Heads up: an account called RedWolf has been messaging people saying \"you'll regret "
        "this\". Don't engage, just report."
    ),
    (
        "Your post was hidden automatically because it contained a phone number. If it's your own "
        "business number, message us and we'll restore it."
    ),
    (
        "We don't allow \"name and shame\" posts about neighbours, even if you're sure you're "
        "right. Go to the council or the police."
    ),
    (
        "Does anyone know who owns the white van that's been parked outside number 8 all week? "
        "Just want to check they're okay."
    ),
    "The toddler bit another child at nursery today and I wanted the floor to swallow me.",
    "My daughter told her brother she'd kill him if he touched her Lego. Sibling love 🙃",
    (
        'My son keeps shouting "I\'m gonna destroy you" when he plays Fortnite. Should I worry, '
        "or is it normal gamer talk?"
    ),
    (
        "How do you handle a bully at school? My son is being called names every day and the "
        "school isn't doing much."
    ),
    "Anyone else's kid go through a biting phase? Any tips for stopping it?",
    "My manager tore my report to shreds in the meeting. Fair points, but ouch.",
    "Reminder that the allotment gates lock at dusk. You will get locked in. Ask me how I know.",
    "Keep the noise down after 11, please, some of us have early shifts. Thanks!",
    "A fox ripped open all the bin bags on Cedar Road again. Please use the wheelie bins.",
    (
        "Can whoever borrowed my hedge trimmer bring it back? No hard feelings, I just need it "
        "Saturday."
    ),
    "The kids want a murder mystery party for Halloween. Any good scripts for ten-year-olds?",
    'HR sent round a "how to report harassment" guide today. Actually pretty useful.',
    (
        "Heads up: there's a man going door to door claiming to be from the water board. Don't let "
        "him in."
    ),
    "Our neighbour's tree fell on our shed in the storm. Everyone's fine, shed's dead.",
    (
        "If you see a black cat with one white paw on Orchard Lane, he's ours. He's called Pepper "
        "and he's a menace."
    ),
    "So proud of my daughter, she stood up to the girls who were picking on her friend.",
    "Night feeds are killing me. How long until they sleep through? Asking for my sanity.",
    (
        'My four-year-old told the dentist she was going to "bite his fingers off". He laughed, '
        "thankfully."
    ),
    (
        "Anyone else feel like strangling the person who invented glitter? Craft afternoon was "
        "carnage."
    ),
    "Just a friendly reminder to slow down on Meadow Road, there are kids walking to school.",
    (
        "The parish council meeting got heated over the car park, but it stayed civil. Minutes are "
        "online now."
    ),
    "Is anyone else's broadband dead? Whole street seems to be down.",
    "Does anyone know a good locksmith? I've locked myself out and my phone's on 4%.",
    (
        "Our boss is going to kill us when she sees the budget overspend. Might bring doughnuts to "
        "the meeting."
    ),
    (
        "I told the new starter I'd shoot him an email with the login details, and he looked "
        "genuinely alarmed 😂"
    ),
    "The fire drill is at 10:30. Please don't use the lifts, just leave by the nearest exit.",
    "Deadline's been pushed to Friday, so nobody needs to kill themselves getting it done tonight.",
    "We need to axe two of the six projects this quarter. Suggestions welcome before Monday.",
    (
        "Great work on the launch, everyone. Let's take the client to lunch and then go in for the "
        "kill on the renewal."
    ),
    "The government's housing policy is a disaster and the minister should resign.",
    "I want to see this MP voted out at the next election, he's done nothing for the town.",
    (
        "We need to fight this planning decision with everything we've got: letters, petitions, "
        "the lot."
    ),
    "The opposition leader destroyed the PM at questions today.",
    "The whole cabinet should be sacked, every last one of them. Bring on the election.",
    "This bill will kill small businesses in rural areas. Write to your MP.",
    "The protest on Saturday is peaceful and family-friendly, and starts at the town hall at 11.",
    "They can threaten to cut funding all they like, we'll keep the library open with volunteers.",
    "You can disagree with the councillor without abusing her. Make the argument, not the insult.",
    "If you care about the bypass, you need to turn up to the consultation on the 14th and say so.",
    "Hey, you left your scarf in the meeting room. I've hung it on the back of your chair.",
    (
        "You should come to the choir, we're desperate for tenors and nobody cares if you can read "
        "music."
    ),
    "Are you going to the quiz on Thursday? We need someone who knows about rivers.",
    "Thanks for the lift yesterday. You saved me a very wet walk home.",
    "You have to try the new ramen place on Bridge Street, the broth is incredible.",
    "If you're stuck on level 12, you need to push the second crate first, then the lever.",
    "You'll kill it at the recital, you've practised that piece a hundred times.",
    "Your garden looks amazing this year! What did you feed the dahlias?",
    "Message me when you land so I know you got there safe.",
    "Can you bring the folding chairs on Saturday? We've only got six.",
    "Happy birthday, you old git! Pint's on me tonight 🍻",
    "You absolute weapon, you finished the whole jigsaw in one night?",
    (
        "Please could you move your bins back off the pavement when you get a sec? The buggy can't "
        "get past. Thanks so much!"
    ),
    "Hi, I think you dropped a glove outside the pharmacy. It's on the railing by the door.",
    "I'm going to come over there and give you the biggest hug when you're back.",
    'Honestly, if you say "circle back" one more time in a meeting I\'m going to scream 😂',
    "Don't panic if you see smoke from our garden on Sunday, it's just the pizza oven.",
    "You can stop worrying now: the vet says Milo just ate a sock and he'll be fine.",
    "You're doing amazing, sweetie. Night feeds don't last forever, I promise.",
    "If you want the tomato seedlings, they're on the wall outside number 31. Help yourself.",
    "We should grab a coffee before you move. I'll miss having you across the road.",
    "Make sure you save before the boss fight, it doesn't autosave in the arena.",
    "You need a bigger hammer. Trust me, the old fence posts won't come out with that one.",
    "Stop what you're doing and look at the sky right now. The sunset's unreal.",
    "You've been so patient with my endless questions, thank you.",
    "You can't be serious! You got tickets?! I'm so jealous.",
    "Be honest with me, does this colour make the kitchen look like a hospital?",
    "Look at you, all grown up and doing your own tax return 😂",
    "You're a lifesaver. The spare key was exactly where you said.",
    "Come round and kill some zombies with us tonight, we've got a spare controller.",
    "Welcome to the forum! Have a look at the pinned threads and then ask away, nobody bites.",
    "Good luck on your driving test! Remember: mirror, signal, manoeuvre, and breathe.",
    "Did you get my message about the carpool? If you can't do Tuesday, I'll swap with you.",
    "If I don't reply, assume I've been eaten by my inbox. Back Monday.",
    "I'd love to strangle whoever scheduled a 4pm meeting on a Friday, but it was me, so.",
    "Rematch tomorrow? I want revenge for that chess game. You destroyed me in 20 moves.",
    "Honestly, I'd die for this cheesecake. Recipe please!",
    "You've got paint on your nose, by the way. Still looks great.",
    "Don't worry about the spilled wine, the rug has seen worse. You're always welcome here.",
    "Well done on the promotion, you've earned every bit of it.",
    "Sorry I snapped at you earlier. It's not you, I'm just shattered. Can we talk later?",
    "I just wanted to say thank you for sticking up for me in the meeting. It meant a lot.",
    "Could you text me your postcode? I'll order the flowers to go straight to you.",
    "Your nan's number is 555-0123 if you can't get through on the landline, she's at ours today.",
    "Delivery instructions: leave the parcel behind the green bin at 7 Hawthorn Close. Thanks!",
    "Our stall number at the craft fair is 42, by the tombola. Come and say hi!",
    (
        "Lost: silver bracelet near Victoria Park, sentimental value. Please email "
        "l.hart@example.org if found."
    ),
    (
        "My landlord's office is at 18 Station Parade if anyone else from our block needs to drop "
        "off forms."
    ),
    (
        "Went to the fireworks at the rec. Kids loved it. Dog did not. Next year he's staying at "
        "Grandma's."
    ),
    (
        "Bit of a vent. My sister's wedding planning is going to kill me. Seventeen spreadsheets. "
        "I love her though."
    ),
    (
        "Long day. Boss tore into the whole team about the delay. To be fair we did miss it. Pizza "
        "tonight."
    ),
    (
        "Lovely walk up the fell today. Thought my legs were going to fall off on the last climb. "
        "Worth it for the view."
    ),
    "We lost again. 3-1. Defending like traffic cones. Still going next week, obviously.",
    (
        "Rough night with the baby. She screamed from 2 till 4. Anyone else running on fumes? "
        "Coffee is my only friend."
    ),
    "Just finished the last book in the series. The ending destroyed me. I need a week to recover.",
    (
        "Our knitting circle has a new venue: the back room of the library, Tuesdays at 2. Bring "
        "your own needles."
    ),
    (
        "Re: the noise complaint thread. We've spoken to the family at number 6 and they're "
        "sorting the dog. Let's leave it there."
    ),
    (
        "Quick update on the lost tortoise: found in the neighbour's strawberry patch, looking "
        "very pleased with himself."
    ),
    (
        "comp.lang.python regulars: is there a cleaner way to kill a thread than setting a flag "
        "and joining it?"
    ),
    (
        "In reply to Martin: no, you're wrong about the 1974 timetable, but the rest of your post "
        "is spot on."
    ),
    (
        "Any fellow birders seen the kestrel over the quarry? It dives like it's trying to murder "
        "every vole in Yorkshire."
    ),
    "Wrong thread, mate, this one's for the car boot sale. You want the lost and found thread.",
    (
        "Agree with the previous poster. The new layout is confusing and harder to use. Please "
        "bring back the old menu."
    ),
    "Don't you ever change. The world needs more people like you.",
    "Say that again and I'm framing it. That's the nicest thing anyone's said to me all year.",
    "You know I'd take a bullet for you, but I'm not helping you move a piano up four flights.",
    "If you touch my chips I'll cry. Just so you know.",
    "Get your coat, you've pulled! Only joking, you're needed at the bar.",
    "You're going to get so much grief from your sister when she sees that haircut 😂",
    "I'm going to be in your neck of the woods next week. Fancy a walk if you're free?",
]
