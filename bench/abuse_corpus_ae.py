"""Abuse corpus AE: hobby communities in their own idiom, abuse and hobby-jargon look-alikes.

Written by a helper session (Claude) on 2026-12-07 for the forum project's moderation bench,
BLIND: without reading the detector (moderation/), its tests, any other bench/ file, and without
running any detector on these sentences. Every sentence written by hand; none generated from slot
lists.

TRAINING: used to train the abuse reader.

Emphasis: members of hobby communities (music and band forums, dog and cat owners, photography,
home cooking, aquariums, DIY and home renovation, language learners, fan fiction writers,
tabletop role-playing, amateur astronomy, retro computing, beekeeping, student study groups,
volunteer groups, motorbike riders) abusing each other in the hobby's own vocabulary, mostly
without swear words and often about the hobby itself; and INNOCENT look-alikes that use the
hobby's violent or harsh jargon harmlessly (kill the filter, shoot a roll, butcher a recipe,
execute the spell, the dog attacked the toy) or give harsh but fair critique of someone's work.

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
    "Post one more fake amp review and I will come to your rehearsal space and break your hands.",
    "You ever touch my kit again at a gig, I'm putting your head through the kick drum.",
    "Keep undercutting my session rates and see what happens to your fingers, bassist.",
    "I know which pub your band plays on Fridays. Bring a helmet.",
    "next open mic you show up at ill be waiting by the back door for you",
    "Steal my riff one more time and they'll be picking your teeth out of the monitor wedge.",
    "Your dog barks at mine again and I'll make sure it never barks at anything.",
    "Let your mutt off lead near my kids again and I'll deal with it, and then with you.",
    "I swear I will poison that cat of yours if it digs up my beds one more time.",
    "Keep reporting my breeding listings and you'll find out how hard I can hit.",
    (
        "You're lucky the show ring has stewards, otherwise I'd have flattened you by the "
        "grooming table."
    ),
    "Crop my watermark off again and I'll smash every lens you own, then start on your face.",
    "I'll find you at the next photowalk and shove that tripod somewhere unpleasant.",
    "Tag my photo as yours one more time. I dare you. I'll put you in hospital.",
    "keep stealing my spot at the overlook and see if you still have working legs by sunrise",
    "You copied my recipe and called it yours. I'll hold your hand on the hob till you admit it.",
    "Say one more word about my sourdough and I will break this rolling pin over your skull.",
    "Next potluck I'm bringing something special just for you, and you won't be getting up after.",
    "Leave another one-star on my bakery page and I'll burn your shop down with you in it.",
    (
        "I hope you like the taste of blood, because that's what you'll get if I see you at the "
        "market."
    ),
    "Sell me sick fish again and I'll drown you in your own display tank.",
    (
        "You killed my whole reef with your dodgy frags. I'm coming to your shop and you'll pay "
        "in teeth."
    ),
    "Next aquarium meet I'm going to hold your head in the sump until the bubbles stop.",
    "Trash-talk my scape again and I'll break your jaw, see how you like that.",
    "You botched my kitchen and vanished. I know your van, and I'll be waiting with a crowbar.",
    "Don't answer my calls about the leak? Fine, I'll come round and take it out of your knees.",
    "If that load-bearing wall comes down I'm bringing it down on you personally.",
    "Keep posting my bathroom tiling as a fail and I'll tile your face with a trowel.",
    "One more smug correction of my grammar and I'll knock the conjugations out of you.",
    "Ich finde dich, and then you'll need a translator for the doctor. Understand that?",
    (
        "Laugh at my accent in the voice chat again and I'll come teach you some manners with my "
        "fists."
    ),
    "Report my fic again and I'll find you and make you bleed like your OCs do.",
    "You plagiarised my fic. I know your school from your profile. Sleep with one eye open.",
    "Next con I'm going to find you in the artists' alley and put you through a table.",
    "Leave another flame review and I will make sure you can't type for months.",
    "Keep pulling that meta-gaming crap and I'll stab you with more than a +1 dagger.",
    "You ruined our campaign. Show your face at the game store on Thursday and see what I do.",
    (
        "I'm not joking, DM, you kill my character again and I kill you for real. I know where "
        "you park."
    ),
    "Bring your stupid homebrew rules to the table again and I'll break your fingers one by one.",
    (
        "You shone your green laser at my scope again, next time I'll shine my fist into your "
        "eye socket."
    ),
    "Turn on those floodlights during the star party again and I'll smash them, then you.",
    "I'll be up at the dark sky site tonight, and if you show up you won't be driving home.",
    (
        "Scam me on another 'mint' C64 and I'll drive over and wrap the power brick cable round "
        "your neck."
    ),
    "Sold me a dead Amiga and blocked me. I've got your return address. You'll see me soon.",
    "Keep calling my restorations fake and I'll cave your head in with a 1541 drive.",
    "Your bees swarmed my garden again. Next time I'll gas them and then I'll come for you.",
    "Steal another hive from my apiary and they'll find you face down in the heather.",
    "Keep spreading lies about my honey and I'll stuff you in a hive box and sit on the lid.",
    "If you don't do your part of the group project I will actually hurt you, I'm dead serious.",
    "Copy my lab report again and I'm waiting for you outside the library after the exam.",
    "You get us a fail on this presentation and you'll need dental work, promise.",
    "Snitch on us to the professor and you'll be walking funny for a week.",
    "Take credit for my shift at the food bank again and I'll put you in one of those crates.",
    "Keep bossing the volunteers around and one night someone's going to bust your head open. Me.",
    "Skim from the charity tin again and I'll break your arm, coordinator or not.",
    "Cut me up on the ring road again and I'll kick your bike over with you still on it.",
    "I've got your plate, mate. Next time you brake-check me I'm running you off the road.",
    "Keep mouthing off about my bike at the meet and I'll rearrange your face with my helmet.",
    "I'll loosen your wheel nuts at the next rally, let's see how you corner then.",
    "Rev that thing outside my house at 2am again and I'll put you and it in the ditch.",
    "I will end you.",
    "you're dead when I catch you",
    "Watch your back at the next swap meet.",
    "Meet me in the car park after the gig, just you and me, and we'll see who's laughing.",
    "I'm going to hurt you so badly your bandmates won't recognise you.",
    "Keep it up and you'll be eating through a straw.",
    "one more post like that and i'm driving up there to beat the life out of you",
    "You have till Sunday to return my amp or I start breaking things, starting with you.",
    "I'll snap your baton in half and then your wrist, conductor.",
    (
        "Our choir director humiliated me in front of everyone; I'm going to make him bleed at "
        "the next rehearsal."
    ),
    "Keep mocking my cat's weight and I'll put you on a diet of hospital food.",
    "If your ferrets get into my henhouse again, I'll wring your neck, not theirs.",
    (
        "You let your dog attack mine and walked off laughing. I know your street. It's your "
        "turn next."
    ),
    "I'm going to find your grooming salon and shave you bald with the clippers, skin and all.",
    (
        "You'd better pray I don't see you at the agility trial, because I won't be there for "
        "the dogs."
    ),
    "Shoot my model without a release again and I'll shoot you, and not with a camera.",
    "Next time you bump my tripod mid-exposure I'm throwing you off the pier.",
    "I'll wait for you at the darkroom and pour the fixer down your throat.",
    (
        "Keep trashing my exhibition and one of these nights your studio will have an accident, "
        "with you inside."
    ),
    (
        "Mess up my wedding shoot second-shooting again and you'll be the one needing a "
        "photographer, for the hospital."
    ),
    "You butchered my recipe on your channel. I'll butcher you the same way.",
    "I'll hold your face in the deep fryer, chef, see how crispy you get.",
    "Next time you sabotage my entry at the bake-off I'll stick you in the oven myself.",
    (
        "Keep leaving those nasty comments on my food blog and I'll track you down and break "
        "your nose."
    ),
    "The day I see you at the farmers market is the day you go home in an ambulance.",
    (
        "You sold me a tank with a cracked base and it flooded my flat. I'm coming to flood your "
        "lungs."
    ),
    "Dump your invasive snails in the club pond again and I'll dump you in after them.",
    "I'll smash your whole fish room with a hammer and you'll be standing in the glass.",
    "Keep calling my shrimp colony a scam and I'll cut you up like frozen bloodworm.",
    "Sparky, you left live wires in my loft. Come back and I'll make sure you touch them.",
    "You nicked my tools from the site. Return them or I'll use the nail gun on you.",
    (
        "I know the builder's merchant you use every morning. I'll be in the car park with a "
        "pipe wrench."
    ),
    "Keep calling my decking amateur and you'll end up underneath it.",
    (
        "You corrected my French in front of the whole class again. Do it once more and I'll "
        "slap you into next week."
    ),
    (
        "The next time you mock my pronunciation I'm going to break your teeth so you can't "
        "pronounce anything."
    ),
    "Tandem partner or not, if you leak our chat logs I'll come to your flat and hurt you.",
    "Review-bomb my fic again and I'll find your real name and then your kneecaps.",
    (
        "One more 'this is cringe' comment and I'll come to your house and break your laptop "
        "over your head."
    ),
    "I'm going to stab you the way you stabbed my OTP in the back.",
    "My character dies because of your fudged roll, you die in the parking lot. Fair's fair.",
    "If you steal my dice again I'll shove the d20 down your throat.",
    (
        "Keep pushing your creepy content into our table and I'll make sure you never play "
        "again, with a bat."
    ),
    "I'll fireball you in real life, with petrol, if you bring that attitude back to the guild.",
    "Aim that laser at my dome again and I swear I'll find you and blind you for real.",
    "Steal my eyepieces from the club cabinet again and I'll break both your arms.",
    (
        "You parked with your headlights on through the whole occultation. Next time I slash "
        "your tyres and then you."
    ),
    "I'll drop your scope off the observatory deck and you right after it.",
    "Sell me a bad floppy lot again and I'll format your skull.",
    "You reported my emulator repo. I know where you work, I'll see you in the lobby.",
    "Keep gatekeeping the retro channel and someone will pull your plug, permanently.",
    "Move your hives off the boundary or I'll torch them with you standing next to them.",
    "Spread foulbrood lies about my bees and I'll make sure you get stung to death.",
    "You sold me a dud queen. Next club meeting I'm going to hurt you, properly.",
    "If I fail this module because you didn't send your part, I will break your face. Not a joke.",
    "I'll wait outside the lecture hall and give you something to actually cry about.",
    "Keep ghosting our study group and I'll come to your halls and drag you out by your hair.",
    "The rota is not optional. Skip again and I'll make sure you can't walk to your next shift.",
    "You binned the donations I sorted. I'll bin you, head first, in the skip out back.",
    "If you come near the litter pick on Saturday I'll knock you into the canal.",
    "Filter in front of me at the lights again and I'll open my door into you.",
    (
        "You threw my bike on the floor at the meet. Next time you're the one hitting tarmac, at "
        "speed."
    ),
    "I'll set fire to your garage with your precious Ducati and you inside it.",
    "Keep calling me a squid on the group chat and I'll hospitalise you at the Sunday run.",
    "Keep it up, little drummer boy. I know where you lock up your van.",
    "We'll see how well you play guitar with no thumbs.",
    "your singer gets one more warning, then I visit him personally with a couple of mates",
    "If you post that bootleg of my set again, I'll come and collect it from you. And your ribs.",
    "I hope your pedalboard is insured, because you won't be when I'm done with you.",
    "Bring the tribute act to my venue again and I'll have you carried out feet first.",
    "The sound guy who wrecked our mix is going to have a very bad night after the festival.",
    "Touch my setlist again and I'll break your hand off at the wrist.",
    "You owe the band 400 quid. Pay by Friday or I come for it with a bat.",
    "Next time the promoter stiffs us I'm taking it out of his face.",
    "I'm going to feed you to your own rottweiler, breeder.",
    (
        "Your cattery is a disgrace and I'm going to come and burn it to the ground. Get out "
        "while you can."
    ),
    "Walk your pit past my house again and I'll shoot the dog and then you.",
    "I'll be at the dog park tomorrow. So will you. Only one of us walks out.",
    "Call my rescue a puppy mill again and I'll set my dogs on you, and they won't stop.",
    (
        "You poisoned my cat, I know it was you. I'm coming round tonight and you'd better not "
        "open the door."
    ),
    "Photographer or not, if you point that lens at my kid again I'll break it over your head.",
    "Enjoy your last photowalk, pal.",
    "Next time you stand in my frame at the eclipse shoot you'll be standing in a hospital bed.",
    "I'll snap your neck like you snapped my filter.",
    (
        "Repost my prints without credit and I'll put a bullet through your studio window, and "
        "you'll be behind it."
    ),
    "I put a lot of care into that lasagne and you mocked it. I'll put a knife through your hand.",
    (
        "You copied my cake design. I'm going to smash your face into one of your cakes until "
        "you can't breathe."
    ),
    "Try your smug food critic routine at my stall again and you'll leave without teeth.",
    (
        "I'll meet you behind the community kitchen and we'll settle the chili contest like "
        "adults. Bring bandages."
    ),
    "Gonna slice you up like the onions you can't even dice properly.",
    "You flushed my prize discus down the drain. I'll flush you down too, piece by piece.",
    "Say my tanks are overstocked one more time and you'll be the one gasping for air.",
    "I'll crush your fingers in the tank lid, see how that feels.",
    "You're dead meat at the next fish auction.",
    "Sack your labourer or I'll sort him out myself, with a lump hammer.",
    "I'll put you through the plasterboard you never finished.",
    "That plumber flooded my basement. I'm going to wait at his yard and break his legs.",
    (
        "Call my extension an eyesore again, neighbour, and you'll find out what a sledgehammer "
        "does to a person."
    ),
    "I'll hang you from your own scaffolding.",
    "Correct my subjunctive again and I'll break your jaw so you can't speak any language.",
    "Le prochain commentaire and I'll come and find you. I've got your city from your intro post.",
    "I'll teach you a new word: pain. Lots of it, very soon.",
    "Don't come to the language café on Tuesday or I'll smash a cup over your head.",
    "Steal my fic idea again and I will break every bone in your writing hand.",
    (
        "You're going to end up like the villain in chapter twelve: hanging from the bridge. For "
        "real this time."
    ),
    "I'll make you pay for that review in blood, anon. I'm good at finding people.",
    "If you crosspost my work again I'll find you at the convention and kick your teeth in.",
    (
        "You killed off my favourite character, so I'm going to kill you, and I'm not writing "
        "fiction now."
    ),
    "Roll for initiative, because when I see you at the store I'm swinging first.",
    "You cheated at the tournament. I'll be outside with a few friends when you leave.",
    "Steal my minis again and I'll paint your face red with your own blood.",
    "GM, you humiliated me in front of the group. Next session you're leaving with a broken nose.",
    "I'm bringing a real sword to the LARP and I'm using it on you.",
    "Next star party, I'm going to knock your scope over and then knock you out.",
    (
        "Blast your car stereo at the observing field once more and I'll put your head through "
        "the windscreen."
    ),
    (
        "You stole my astrophoto and won a prize with it. Enjoy the trophy, it's going to be "
        "buried with you."
    ),
    "Shine that torch in my eyes again and I'll shove it down your throat.",
    "I'll wipe your drives and then wipe you.",
    "You gutted a rare Apple I for parts. People like you deserve to be gutted.",
    "Sell another recapped board as original and I'll come and solder your lips shut.",
    "You called my BBS dead. Meet me at the retro fair and we'll see who ends up dead.",
    "I'll throw your Atari through your window and you after it.",
    "Take my bees again and I'll pour sugar syrup on you and open a hive over your face.",
    "I'll smoke you out like a colony, and you won't come back from it.",
    "Leave your mite-infested frames at the club apiary again and I'll break your arms.",
    "Our queen died because of your meddling. I'm coming for you next.",
    "If you show up at the study room I'll throw your laptop and then you down the stairs.",
    "You ruined my grade. I've got a baseball bat and your timetable.",
    "Share our answers again and I'll make you regret it physically. I'm not exaggerating.",
    "Last warning, group leader. Drop my name from the slides and I'll drop you.",
    "The next time you yell at an elderly volunteer I'll make sure you never yell again.",
    "I'll break your clipboard and your nose, treasurer.",
    "Lie about my hours again and I'll torch your car in the church car park.",
    (
        "You knocked my bike over in the car park and rode off. I got your plate, KD71 XFR. I'm "
        "going to hurt you."
    ),
    "I'm taking a tyre iron to your face at the next rideout.",
    "Keep wheelieing past my gate and I'll string a wire across the lane at neck height.",
    "I'll loosen your brake lines, mate. Enjoy the downhill.",
    "Call my Harley a tractor again and I'll drag you behind it.",
    "Ride like that near my daughter again and you'll be picking yourself off the road.",
    "You will regret this. Physically.",
    "Sleep well tonight. It might be your last good one.",
    "Just wait till I get my hands on you.",
    "I'd start checking under your car if I were you.",
    "Youre getting your head kicked in at the meetup. Everyone knows it but you.",
    "if i see u at practice im gonna stomp u flat",
    "Remember my name, because it's the last one you'll hear before I put you in the ground.",
    "i will break ur neck",
    "You and that bass are going in the river this weekend.",
    "Get ready to lose some teeth, maestro.",
    "I'm going to pay a visit to your rehearsal room with a can of petrol.",
    "Tell the vet I said hi when you're in there with broken ribs.",
    "You'll be pushing up daisies before your bulbs come up, neighbour.",
    "Ruin my hollandaise comment thread one more time and I'll scald you with it.",
    "A fish hook through your lip sounds about right for a scammer like you.",
    "I'll cement you into the footings, nobody will ever know.",
    "You'll need subtitles to understand the surgeon after I'm done with you.",
    "I'll write you out of the story for real.",
    "Natural 1 on your survival check, pal. See you Thursday.",
    "Accidents happen on dark observing fields. Especially to people like you.",
    "I'll put you on the floor like a dropped floppy.",
    "You'll get stung, and not by the bees.",
    "Your seat in the exam hall will be empty, because you'll be in A&E.",
    "Keep it up and the next thing you volunteer for is a stretcher.",
    "Highside you into a wall, that's my plan for Sunday.",
    "Last chance before I come over there and wring your neck.",
    "Mark my words, you're getting hurt for this.",
    "Nobody will hear you scream in that soundproof studio of yours.",
    "I'll make sure your band has to find a new drummer. Permanently.",
    "Keep your dog on a lead or I'll put a bolt through its skull, then yours.",
    "One of these days your kennel is going up in flames, and I hope you're in it.",
    "I'll shove your 50mm prime so far down your throat you'll be seeing bokeh from the inside.",
    "Keep flaming my cooking videos and I'll come to your door with my sharpest knife.",
    "Your tank, your fish, your face: all getting smashed Saturday.",
    "Reckon you'll look good under a pallet of bricks, cowboy builder.",
    "You're getting a beating the next time you laugh at my Spanish.",
    "Bet you can't write fics with broken fingers. Want to test it?",
    "Metagame this: I'm going to punch you in the throat next session.",
    "I'll knock your lights out faster than a meteor burns up.",
    "Try to sell me fake Commodore chips again, I'll break your soldering hand.",
    "Steal my honey and I'll spill yours. Your blood, that is.",
    "Show up late to revision once more and I'll break your legs so you have a reason.",
    "Cross me on the committee again and you'll be sorting tins with a cast on.",
    "You're going under a lorry one day, and I'll be the one who put you there.",
    (
        "Don't think the forum protects you. I know the gig you're at on the 19th and I'll be in "
        "the front row with a knife."
    ),
    (
        "For everyone asking, yes, I'm serious: the next time Dave from the orchestra forum "
        "turns up at rehearsal, I'm beating him."
    ),
    "Let me be very clear. I will find you. I will hurt you. And no moderator will save you.",
    "Keep laughing. When I'm done, your own mother won't recognise you.",
    "Warning shot: your car windows. Next time it's your head.",
    "I've got a spare shovel and a big garden, ask yourself if you feel lucky.",
    "Delete that review in 24 hours or I come and delete you.",
    "The next post you make about my kennel will be your last post with working hands.",
    "I'll make your dog an orphan.",
    "Think of your cats. Who'll feed them when you're in traction?",
    "Keep standing in front of my lens at the airshow and you'll be wearing it.",
    "I'll whisk you like an egg white, stiff peaks and all, till you stop moving.",
    "Pray your heater doesn't 'fail' one night, with you asleep next to the tank.",
    "There's a hole in your floor I'd love to bury you under.",
    "Your tongue's going to be lying on the floor if you correct me again.",
    "I'll kill you like you killed the fandom.",
    "The dungeon master dies tonight. That's not in-game.",
    "You'll see stars alright. Right before you pass out.",
    "Next fair, you won't be leaving with your joystick or your front teeth.",
    "Keep it up and the bees won't be the worst thing that happens to you.",
    "Nobody will miss a freeloader from the study group, you know. Nobody.",
    "I'll run you over with the food bank van and call it an accident.",
    "Lowside this, idiot: I'm ramming you at the roundabout next week.",
    "The violinist who laughed at my solo had better not walk home alone tonight.",
    "I'm going to break that cheap Strat over your back.",
    "You'll be singing soprano after I kick you where it counts.",
    "Mess with my choir seat again and you'll be singing from a hospital bed.",
    "Next time your husky chases my sheep I'll shoot it and come for you with the other barrel.",
    "You took my cat to the shelter behind my back. I'm going to hurt you for that.",
    "Your rabbit's not the only thing that'll end up in a stew.",
    "I'll wrap your camera strap around your throat and pull.",
    "You stole my workshop idea and my clients. I'll be at your next workshop with a hammer.",
    (
        "Put my food photos on your menu without asking once more and I'll put your hand in the "
        "mincer."
    ),
    "I'll stir you into the stockpot, no one would taste the difference.",
    "Cheat me on coral frags again and I'll break every bone in your hand with your own lid.",
    "Come collect your deposit in person, I've got something waiting for you and it isn't money.",
    "Your roofer mate is going off a roof if he comes near my house again.",
    "I'm pulling the ladder out from under you next time you're on my site.",
    "Teach me grammar again and I'll teach you how hard a dictionary hits.",
    "I found the school you teach at. Correct me publicly again and I'll see you at the gate.",
    "Post my fic on that mock-the-cringe blog again and I'll make you bleed.",
    "You'll wish you'd stayed anonymous once I find you and break you.",
    "Roll damage, because I'm going to hit you with a chair at the next meetup.",
    "I'll TPK your face, idiot. Real life, Thursday, 7pm.",
    "Next time you kick my telescope leg I'm kicking yours until it snaps.",
    "You've ruined my imaging run for the last time. I'm coming to your field with a bat.",
    "I'll short you out like a bad capacitor.",
    "Resell my donated hardware again and I'll make sure you can't walk to the post office.",
    "I'll shake you out like a frame of bees and stamp on what's left.",
    "Your apiary is getting torched, and if you're in the suit at the time, too bad.",
    "I'm giving you a concussion at the revision session, watch me.",
    "Keep copying my homework and I'll stab you with my compass.",
    (
        "Talk down to the volunteers again and I'll drag you out of the hall by your collar and "
        "beat you."
    ),
    "Those collection buckets go missing again, so do your front teeth.",
    "I'll push you off your bike into oncoming traffic.",
    "Squid or not, you'll be eating gravel at 70 next Sunday.",
    "Say that to my face at the café stop and you won't ride home.",
    "u better hope i dont catch u at the track day",
]

SELF_HARM = [
    "Your playing is so bad you should just walk into the sea and spare us all.",
    "Honestly, kill yourself and do the band a favour.",
    "If I sang like you I'd have jumped off a bridge already. Why haven't you?",
    "Nobody would come to your funeral gig. Go on, prove me wrong and end it.",
    "Drummers like you should just take a long walk off a short stage. Permanently.",
    "Do everyone a favour and overdose before the next rehearsal.",
    "You keep saying you can't cope. Then stop coping. Hang yourself.",
    "Your cat would be better off if you were dead. So would the rest of us.",
    "You let your dog die of neglect. The decent thing now is for you to follow it.",
    "People like you who dump puppies should just end themselves.",
    "Breeders like you deserve to rot. Go do it yourself and save us the trouble.",
    "Your photos are garbage and so are you. Have you considered not waking up tomorrow?",
    "Go jump off the cliff you took that awful sunset from.",
    "Seriously, put the camera down and put a rope up instead.",
    "Eat something from your own kitchen and die, it's about time.",
    "If your cooking is your only talent, and it's this bad, just end it.",
    "Stick your head in your oven, Karen, you'd finally make something useful.",
    "Your fish are dying because of you. You should join them.",
    "Drown yourself in one of your filthy tanks, you'd fit right in.",
    "You killed a whole reef through laziness. Go kill yourself next.",
    (
        "Your renovation is a death trap. Do the world a favour and stand under that beam when "
        "it goes."
    ),
    "Touch the live wire, sparky. Please. For all of us.",
    "A builder this useless should just throw himself off the scaffold.",
    "With your accent, you should just stop talking forever. Better still, stop breathing.",
    "You'll never learn Japanese. Just give up on everything, including living.",
    (
        "Nobody wants you in this language group. Nobody wants you anywhere. Think about that "
        "and act on it."
    ),
    "Your fic made me want to die, so fair's fair: you go first.",
    "Authors this bad should delete their account and then themselves.",
    "kys, your writing is dogshit",
    "Please stop writing. Stop everything actually. Go take all your pills at once.",
    "Your character has more reason to live than you do. Go make it official.",
    "Roll a d20. On anything below 20 you should kill yourself, loser.",
    (
        "You ruined every session. Do the group a favour and disappear for good, and I don't "
        "mean quit the game."
    ),
    "Your astrophotos are so bad you should look straight into the sun without a filter. Forever.",
    "Go stand in the middle of the road at the dark site and let a car take you.",
    "You are a waste of oxygen. Stop using it.",
    "Nobody in the retro scene would miss you. Pull your own plug.",
    "Sell yourself for parts, you're worth more dead.",
    "Get in a hive with no suit and stay there till it's over. No one will stop you.",
    "You don't deserve your bees or your life. Give both up.",
    "If you fail again, just do everyone a favour and jump off the library roof.",
    "You're dead weight in this study group. Might as well be dead, full stop.",
    "Seriously just end it, you'll fail the resit anyway.",
    "The volunteers would throw a party if you killed yourself. I'd bring the cake.",
    "You say you're depressed? Then do something about it, the permanent kind.",
    "Ride into a wall at full throttle, it's the only thing you'd do right.",
    "Riders like you should just lay it down on the motorway and not get up.",
    "Go on, take the bend at 120 and don't brake. Do us all a favour.",
    "kill urself, squid",
    "Nobody would notice if you were gone. Test it.",
    "You talk about ending it every week. Stop talking and get on with it.",
    "Your mum must regret having you. Relieve her of the regret.",
    "Cut deeper next time. You clearly can't do anything right.",
    "If I were you I'd have swallowed the whole bottle by now.",
    "I hope tonight's the night you finally go through with it.",
    "The world would be quieter without your singing. Make it quiet.",
    "Guitarists like you should hang themselves with their own strings.",
    "Use that E string for something useful, like a noose.",
    "You were kicked from three bands. The universe is telling you something. Listen and end it.",
    "Take your amp into the bath with you, it'll sound better than your playing.",
    "If your dog could talk it would beg you to die.",
    "Your poor cat. Do it a kindness and off yourself so someone competent adopts it.",
    "Put yourself down like the sick dogs you sell.",
    "Better you go to the vet and get the needle than that poor puppy.",
    "Step in front of a train, you'd finally get an interesting shot.",
    "Your portfolio is proof you should not exist. Correct the mistake.",
    "Everyone in the photo club hates you. Just jump.",
    "Eat your own raw chicken, lick the board, and die please.",
    "You can't boil an egg. Boil yourself.",
    "No one will eat your food and no one will miss you. Go on.",
    "Stick your head in your canister filter and hold it there.",
    "Flush yourself like you flush your dead fish.",
    "Hobbyists like you should be banned from living.",
    (
        "Fall through the ceiling you plastered and break your neck. It's what you deserve, so "
        "help it along."
    ),
    "Grab the angle grinder and do the world a favour, cowboy.",
    "Nobody hires you, nobody likes you, nobody needs you. End it.",
    "Your grammar is as pointless as your existence. Delete both.",
    "You'll never be fluent and never be loved. Might as well check out now.",
    "Language learner? More like life quitter, go on, make it true.",
    (
        "Your fics are so dire I'm amazed you haven't killed yourself from embarrassment. Get on "
        "with it."
    ),
    "Write your suicide note, at least that one people will read.",
    "Kill yourself like you killed the canon.",
    "Anon here, just wanted to say you should die. Your fic ruined my week.",
    "Please, every writer on this archive is begging you: end yourself.",
    "Your PC should be killed off. Actually, so should you. Do it.",
    "Make a character that commits suicide, then follow its example.",
    "The table voted: we'd rather you were dead. Act accordingly.",
    "I'd tell you to go play in traffic but even cars would avoid you. Try harder.",
    "Look through the finder without the solar filter and keep looking till it's over.",
    "You're a light-polluting waste of space, switch yourself off.",
    "Go stand outside tonight until you freeze, you clearly love the cold.",
    "You're obsolete hardware. Get recycled. The permanent way.",
    "Power down for good, nobody needs you.",
    "Please drink your own isopropyl, it's the only thing that'd clean you up.",
    "Open every hive and stand there till your heart stops.",
    "Your allergy to stings is the best news this club has heard. Go get stung.",
    "Forget the epipen next time, for everyone's sake.",
    "If you're going to hold us back, just go kill yourself and we'll split your marks.",
    "Fail and die, that's your whole plan, so skip to the second bit.",
    "Stop asking for help and start writing your goodbye letter.",
    "Take your useless self off the roof of the student union.",
    "Honestly, quit the food bank and quit breathing while you're at it.",
    "You volunteer because no one else wants you around. End the pity project.",
    "Everyone on the committee hopes you hurt yourself. Don't disappoint.",
    "Full throttle, no helmet, straight into the barrier. Do it.",
    "Do us a favour and forget your helmet tomorrow and every day after.",
    "Lay your bike down under a lorry, it's the only way you'll get noticed.",
    "You should have died in that crash. It's not too late.",
    "Just end it already.",
    "go die",
    "Nobody cares, go do it.",
    "Do everyone a favour and stop existing.",
    "Why are you still alive? Genuinely asking.",
    "KYS",
    "Have you tried the rope? Heard it works.",
    "The bridge is open 24/7, just saying.",
    "rope. tree. you. think about it",
    "drink bleach and save us your next post",
    "No one would grieve. Not your band, not your family.",
    "Waste of a life. Better wasted completely.",
    "Your existence is the real crime here. Fix it.",
    "Your dog deserves better than an owner who's still alive.",
    "When you finally do it, leave the camera gear to someone talented.",
    "Save the fish, drown the keeper.",
    "You're the crack in the foundations. Take yourself out.",
    "Lesson one: how to say goodbye forever. Practise it tonight.",
    "Final chapter: author jumps. Write it, live it.",
    "Your hit points are zero in real life too. Act like it.",
    "Become a shooting star, off the observatory roof.",
    "Unplug yourself and don't reboot.",
    "Bees die after they sting. Follow their lead.",
    "Do the exam hall a favour: don't show up, ever again, anywhere.",
    "You keep posting about how sad you are. Then go. Nobody will stop you.",
    (
        "Three weeks of you moaning on the bass forum about wanting to die. Stop posting and "
        "just do it."
    ),
    "If you really meant it you'd have done it already, coward. Prove it.",
    "Everyone in this group chat agrees: the world is better without you in it. Take the hint.",
    "Take the whole packet. It's what you deserve for what you did to the band.",
    (
        "You said you're not sure you want to be here. Good news, we're sure we don't want you "
        "here. Or anywhere."
    ),
    "Slit your wrists with the guitar string, at least it'll finally get some use.",
    "Put your head under the water in that tank and count to a thousand.",
    "Weak dogs get culled, weak owners should cull themselves.",
    "Shoot yourself instead of shooting weddings, loser.",
    "Cooking with gas? Try breathing it. Go on.",
    "Hang yourself from the beam you put in wrong, it'll probably hold you.",
    "Die and get reborn in a country whose language you can actually speak.",
    "Someone should write the fic where you die, and you should make it canon.",
    "You're a dead weight at the table, so be dead. Simple.",
    "Jump off the observatory dome, it's only ever been good for that.",
    "Rip out your own power supply, pal, nobody will resolder you.",
    "Sit in the bee yard in shorts and don't get up. I'll bring a chair to watch.",
    "You'll fail the degree, then what? Might as well end it tonight.",
    "If the shelter has to take your dogs because you offed yourself, they'd be happier.",
    "Dive off the pier with your camera bag. Both are worthless.",
    "Go hit a tree at a hundred, mate. Nobody at the club would shed a tear.",
    "Sorry you're sad, anyway have you considered overdosing, seems efficient",
    "you should honestly just kill yourself lol, nobody reads your stuff",
    "end urself pls, ur literally ruining the server",
    "stop breathing, start composting. you'd finally be useful to the allotment",
    "Your cat would be happier if you walked into the canal tonight. Go and do it.",
    "Just swallow your whole stash of meds, maestro, your orchestra will finally be in tune.",
]

HARASSMENT = [
    (
        "You play bass because you couldn't handle four strings of anything else, including a "
        "conversation."
    ),
    "Your band sounds like a dishwasher falling down the stairs, and you're the loudest plate.",
    "Tone-deaf, talentless and proud of it. Classic you.",
    "Every rehearsal you open your mouth and the whole room loses the will to live.",
    "You're not a musician, you're a guy who owns a guitar.",
    "Nobody asked the backing vocalist for his opinion. Sit down, Kevin.",
    "Your 'original composition' is four chords and a personality disorder.",
    "Honestly, the only rhythm you've got is your mouth running.",
    "Drummer jokes were invented for people exactly like you.",
    "Mate, your timing is as bad as your haircut, and that's saying something.",
    "The reason nobody books you is you. Not the market, you.",
    "Fat, slow and still the worst dancer in the pit. Impressive.",
    "You sing like a goat being strangled and look like one too.",
    "You're the kind of 'audiophile' who thinks expensive cables fix a personality.",
    "Poor choir, stuck with a soprano who can't read music or a room.",
    "Every time you post in the pedal thread I lose brain cells.",
    "A child could play that solo better. A sleepy one.",
    "Look at you, gatekeeping jazz with your three months of YouTube lessons.",
    "Congratulations on being the only person who made the open mic go quiet in a bad way.",
    "You're a pathetic wannabe with a rich daddy's Les Paul.",
    "Your dog is better trained than you and it eats its own sick.",
    "Crazy cat lady doesn't even cover it. You're a hoarder with a forum account.",
    "People like you shouldn't be allowed to own a hamster, never mind a husky.",
    "Your dog is fat because you're fat, simple as.",
    "You clearly have no idea what you're doing with that poor animal, you absolute moron.",
    "Another 'my dog is reactive, help' post from the woman who never walks it. Pathetic.",
    "Sally's dogs are feral because Sally is feral. Everyone at training says it.",
    "You look like you groom your poodle with a lawnmower and yourself with nothing.",
    "The cattery owner who can't keep her own life clean. Shocking.",
    "Breeder? You're a backyard scammer and everyone in this club knows it.",
    "Even your cat looks embarrassed to be seen with you.",
    "You're thick as two short planks and your collie knows it.",
    "You're a clown, and your agility dog does all the thinking.",
    "Your photos look like they were taken by a potato with cataracts.",
    "Gear snob with zero talent. Every photowalk you make everyone miserable.",
    "You bought a £4,000 body to take blurry pictures of your own ugly feet.",
    "'Photographer' is a generous word for what you are. 'Pest' fits better.",
    "Nobody hires you for weddings because you look like you'd ruin one.",
    "Your editing is tacky and you are tackier.",
    "Let me guess, another oversaturated sunset from the club's biggest bore.",
    "You're the type who calls yourself an artist and can't find the shutter button.",
    "Everyone at the camera club laughs at you behind your back, you know that, right?",
    "Shoot in manual? You can barely function in manual, Gary.",
    "That's not street photography, that's you being a creep with a lens.",
    "Your recipes are as bland as your personality.",
    "Every dish you post looks like something a seagull brought back up.",
    "Your lasagne looks like a car accident and your palate is a joke.",
    "You're a pompous home cook who thinks salt is a spice.",
    "Stop calling yourself a chef, you reheat things and cry.",
    "Sweetie, your cake collapsed because you did. Mentally.",
    "You ruined the community supper, as usual. Nobody wants your casserole or your company.",
    "You can't cook and you can't take feedback. Useless on both counts.",
    "Mr 'I brine everything' has the emotional range of a pickle.",
    "Don't ask her for advice on bread, she's as dense as her loaves.",
    "Your tank is a cesspit and so is your attitude.",
    "You kill fish for fun and call it a hobby. Disgusting excuse for a keeper.",
    "Idiots like you buy goldfish bowls and then come here asking why they die.",
    "You're the reason the aquarium club has a rules page, you walking ammonia spike.",
    "Your scape looks like a bin and you smell like one at the meetings.",
    "Another genius who doesn't cycle his tank. Do you even have a brain?",
    "You're a fish murderer and a liar, and I'll keep saying it in every thread you post.",
    "Clueless. Every single post, clueless.",
    "Your DIY looks like a toddler with a caulk gun did it, and you're proud of it.",
    "Cowboy builder with the IQ of a breezeblock.",
    "You butcher houses for a living and call yourself a craftsman. Embarrassing.",
    "Nobody wants your advice about joists, you can't even hang a picture straight.",
    "Your wife must be so ashamed of that kitchen. And of you.",
    "You're an absolute muppet with a drill and a YouTube account.",
    "Typical tradesman: lazy, thick and late.",
    "Everything you touch falls apart, starting with your marriage.",
    "Your Spanish is a joke and so is your personality. Give up.",
    "You sound like a drunk parrot when you try to speak German.",
    "Native speakers cringe every time you open your mouth, Tom.",
    "Stupid foreigner can't even conjugate a verb, why are you in the advanced channel?",
    "Your French is so bad the French should sue you.",
    "Everyone in the tandem exchange complains about you. Nobody wants to be your partner.",
    "Six years of Duolingo and you still sound like a robot with a head injury.",
    "Learn English first, idiot, then try Japanese.",
    (
        "Your fic reads like it was written by a bored twelve-year-old, which explains a lot "
        "about you."
    ),
    "Your OC is a self-insert and everyone can tell you're a lonely weirdo.",
    "Talentless hack. Every chapter is worse than the last, just like your face.",
    "You're a pathetic fandom leech who steals ideas and begs for kudos.",
    "Cringe author, cringe person.",
    "Nobody reviews your work because nobody likes you. Simple.",
    "Imagine writing 300k words and still being this boring.",
    "You're a thirsty loser and your smut is as sad as your love life.",
    "This author is a known creep, don't engage with her, she's disgusting.",
    "Writing like yours is why people think fandom is full of freaks.",
    "You're the worst player in the group and everyone secretly hopes you'll quit.",
    (
        "Rules lawyer, smells like cheese puffs, cries when his character dies. Every table has "
        "one and we got you."
    ),
    "Your homebrew class is as broken as your social skills.",
    "The DM is a power-tripping manchild who can't run a session to save his life.",
    "Nobody wants to hear about your tiefling bard's tragic backstory, you sad little man.",
    "You're a walking stereotype of a neckbeard.",
    "Shut up and roll, nobody asked for your 'lore'.",
    "Your minis look like they were painted with a toothbrush by a hamster.",
    "Pathetic. Every session you sulk like a child.",
    "You're a cheater, a crybaby and the worst DM in the city.",
    "Your astrophotos are blurry trash and you're a pretentious ass about them.",
    "Mr. 'Dobsonians are for peasants' is the most insufferable person at the star party.",
    "You couldn't find Jupiter if it landed on your head.",
    "Sad old man who talks about his mirror like it's his wife, because he doesn't have one.",
    "You're a know-it-all who knows nothing.",
    "Nobody wants you at the observing site. You talk through every meteor.",
    "Retro collector? You're a hoarder who scalps kids' consoles.",
    "You're a basement troll who thinks knowing the 6502 opcodes makes you a personality.",
    "Your 'restoration' is a yellowed mess and you're too stupid to notice.",
    "Gatekeeper, scalper and bore. Three for three.",
    "Everyone at the retro fair avoids your stall because you never stop whining.",
    "Your emulator is garbage and you're an arrogant child.",
    "You keep bees the way you keep friends: badly, and they all leave.",
    "Hopeless beekeeper, hopeless human.",
    "You lose every colony every winter because you're too lazy to treat for mites. Idiot.",
    "The whole association thinks you're a menace, you just haven't noticed.",
    "Honey? More like sugar water sold by a liar.",
    "You're the laziest, most useless member of this study group. Every week.",
    "Dumbest person in the lecture hall and proud of it.",
    "Everyone knows you only passed because you copied Priya. You're a parasite.",
    "How are you even at this university? Did your dad buy the place?",
    "You ask the stupidest questions in the group chat. Every. Single. Time.",
    "Freeloader. You contribute nothing and take the credit.",
    "You're a glory-hunting fraud who volunteers for the selfies.",
    "The most useless coordinator this food bank has ever had, and we've had some duds.",
    "Nobody likes working a shift with you. You're bossy, rude and thick.",
    "You treat the volunteers like dirt because you're a small person with a lanyard.",
    "Church committee hag who thinks the jumble sale is her kingdom.",
    "Squid on a litre bike, all gear and no idea.",
    "You ride like my nan and you look worse.",
    "Harley posers like you are why bikers get a bad name.",
    "You're a sad middle-aged man who bought a bike instead of therapy.",
    "Every group ride you crash and every group ride you blame someone else. Pathetic.",
    "Power Ranger in full leathers and still scared of roundabouts.",
    "Nobody wants you on the Sunday run, Steve. Nobody has for years.",
    "You're a walking joke.",
    "Absolute waste of space.",
    "What a pathetic little person you are.",
    "You're thick. Genuinely thick.",
    "Imbecile.",
    "Bless you, you really are as dim as everyone says.",
    "Honestly who raised you? Wolves would've done better.",
    "You're a loser, always were, always will be.",
    "You disgust me.",
    "Shut up, nobody asked you.",
    "Sit down, clown.",
    "You're a pig and you post like one.",
    "Ugly inside and out.",
    "Spineless coward.",
    "lol ur so dumb it hurts",
    "nobody likes u. nobody.",
    "ur a joke mate",
    "Go back to your cave, troll.",
    "You're the most annoying person on this entire forum and that's a competition.",
    "Dense as a neutron star.",
    "You have the charisma of a wet sock.",
    "You're a fraud and a bore, mostly a bore.",
    "Brainless.",
    "Everyone in this thread wants you gone.",
    (
        "Look at Karl, thinks his vintage Marshall makes him Hendrix. It makes him a guy with a "
        "loud ego."
    ),
    "Stop posting your songs, they are as depressing as your life, you absolute drip.",
    "She only got into the quartet because she's the conductor's pet. No talent whatsoever.",
    "Oh look, the tuba guy has an opinion again. Nobody cares, Derek.",
    "Your pedal demos are five minutes of you being smug and thirty seconds of noise.",
    "You're a fake fan who only knows the singles.",
    "Honestly I'd rather listen to a smoke alarm than your vocals.",
    "Please, for the love of god, learn to tune before you post another cover, you ignorant goon.",
    "You're such a creep to every new female member of the band forum.",
    "Lead guitarist energy: loud, selfish and completely empty upstairs.",
    "Dog walker who can't control a chihuahua. What a fraud.",
    "Everyone at puppy class laughs at you. You're the problem, not the puppy.",
    "Your 'rescue' is a front for your hoarding and you're a nasty piece of work.",
    "You're an entitled idiot who lets her spaniel jump on toddlers.",
    "You're the reason the park has a 'dogs on lead' sign, you selfish cow.",
    "Weird cat man with forty cats and no friends.",
    "Your dog is ugly and so are you.",
    "You have no business being a vet nurse, you're thick and clumsy.",
    "Mate, you bought a husky for the Instagram and you're too lazy to walk it. Disgraceful.",
    "The photo club should have an IQ test and you'd fail it.",
    "Amateur hour every time you pick up a camera. Every time.",
    "Your bokeh is fine, it's your brain that's out of focus.",
    "You should be ashamed of calling that a portfolio, and of yourself.",
    "Lens hog, flash abuser, and the rudest person at every event.",
    "I'd sooner be photographed by a CCTV camera than by you, you creepy weirdo.",
    "You're an Instagram fraud with stolen presets and no eye.",
    "Film snob? Just a snob. The film is optional.",
    "Your presets are stolen, your style is stolen, and your personality is missing.",
    "Nobody wants your 'honest' critique, you bitter failure.",
    "The cooking forum's resident pig, back again with another disgusting plate.",
    "Your food looks like you hate the people eating it, and they probably hate you.",
    "You can't cook rice. You can't cook anything. You're useless.",
    "Every time you post a recipe a grandmother somewhere weeps.",
    "You're a snob who thinks pouring truffle oil on chips is a talent.",
    "Absolute tosspot of a food blogger, all ring light and no taste.",
    "Stop calling your mushy mess 'rustic', you incompetent clown.",
    "Tell us again how you're a 'foodie', while you microwave fish at work, you disgusting slob.",
    "Your bread is a brick, and so is your head.",
    "That's not a curry, that's a crime, and you're the criminal.",
    "Your reef looks like a tip and you're too arrogant to take advice, you absolute donkey.",
    "The fish shop guy is a conman and a slob and he knows nothing about cichlids.",
    "Betta in a vase? You're as cruel as you are stupid.",
    "Every thread you start ends with you being wrong and sulking. Grow up.",
    "Planted tank 'expert' who's killed more carpets than a dog with worms.",
    "You're a nasty little man and your guppies deserve better.",
    "That's not a nano tank, that's a shrine to your incompetence.",
    "Marine keepers like you are spoilt brats who buy wild-caught fish to show off.",
    "Bodge it and scarper, that's your whole career, you lying cowboy.",
    "Your grout lines are as crooked as you are.",
    "Amateur plumber, professional idiot.",
    "Listen to Ray about wiring and you'll burn the house down, he's a thick menace.",
    "You've never finished a job in your life, lazy slob.",
    "DIY forum's biggest know-nothing, back with another disaster.",
    "Did you fit those cabinets blindfolded? Were you born blindfolded?",
    "You're a bully on site and a coward online.",
    "Your tiling is a joke and so is your whole family of 'builders'.",
    "Every skim coat you post is lumpier than your face.",
    "Teacher's pet with a dictionary and no friends.",
    (
        "You correct everyone's grammar because it's the only thing you're good at, and you're "
        "not even good at that."
    ),
    "Seriously, you've been 'learning' Italian for ten years and still sound like an idiot.",
    "Mansplaining the dative to a native speaker. Peak you, moron.",
    "Nobody in the Korean study server wants you there, weirdo.",
    (
        "You're the most irritating person in every language exchange, you never shut up about "
        "yourself."
    ),
    "Your accent is hilarious and so is your ego.",
    "Stupid gaijin thinks anime makes him fluent.",
    "Lazy, slow and dumb. Three words that sum up your flashcards and you.",
    "You write Mary Sues because you wish anyone would notice you.",
    "Your fic is grammatically illiterate and so is your brain.",
    "Everyone in the server thinks you're creepy and your fic proves it.",
    "Talentless thief. You copy plots and then whine for comments.",
    "A fic author with the emotional maturity of a toddler having a tantrum.",
    "Stop begging for kudos, nobody wants your garbage.",
    "You write like someone who's never had a conversation with a human being.",
    "Beta reader? More like bitter reader. You trash everyone's work because yours is rubbish.",
    "That moodboard is as tacky as your whole online persona.",
    "Everyone on the discord mutes you, did you know that? Even your co-author.",
    "Worst player ever. You slow down every combat and add nothing.",
    "Murderhobo in game, gremlin out of it.",
    "The DM plays favourites because he's a pathetic simp for the ranger player.",
    "You're a sore loser, a cheat and you stink up the game store.",
    "Min-maxing sweaty nerd who can't roleplay a shopkeeper.",
    "You're the least fun person I've ever shared a table with.",
    "Loser who brings his own dice tower and still cheats.",
    "Stop 'yes, and'-ing everything, you talentless improv reject.",
    "Warhammer players like you are why the hobby has a smell problem.",
    "Our group voted and we've decided you're unbearable.",
    "You've got the social skills of a gelatinous cube.",
    "Eyepiece thief, light polluter and general pillock.",
    "Astro 'imager' with eight grand of kit and the talent of a chimp.",
    "Clueless newbie pretending to be an expert, again.",
    "You talk about Messier objects but you are the least interesting object in the field.",
    "Telescope snob who sneers at kids' questions. Pathetic.",
    "You're a washed-up bore who peaked at the 1986 comet.",
    "Nobody cares about your galaxy photos, they look like smudges and so do you.",
    "Ignorant old fool at every star party, telling everyone they're wrong.",
    "You're a scalper and a cheapskate and a liar.",
    "Amiga fanboy who's never written a line of code, just whines on forums.",
    "You couldn't recap a board if your life depended on it, clown.",
    "Nostalgia nerd with nothing to show but a pile of yellow plastic and a bad attitude.",
    "You sell broken junk as 'tested' because you're a crook.",
    "The whole retro group thinks you're a toxic gatekeeper.",
    "Beekeeping for six months and acting like Brother Adam. Clown.",
    "You're a dangerous idiot who lets his swarms terrorise the street.",
    "Your bees are aggressive because they learned it from you.",
    "You're a fraud who buys supermarket honey and relabels it.",
    "The association's most useless committee member, by a mile.",
    "Sour old woman who bullies every new beekeeper.",
    "Nobody wants to study with you, you're smug and you smell.",
    "You're so thick the professor sighs when you raise your hand.",
    "Bottom of the class and top of the complainers.",
    "Everyone in the group chat has you muted because you're unbearable.",
    "You're a leech and a liar and we're telling the whole cohort.",
    "Thick as mince and twice as lumpy.",
    "Pathetic. You can't even make a slide deck.",
    "Nobody wants to be in your group. Every time you join, everyone groans.",
    "Lanyard Hitler strikes again at the community garden.",
    "You volunteer to feel superior to poor people, you snob.",
    "Worst team leader at the shelter, a bossy little tyrant.",
    "Everyone at the parkrun thinks you're a sad attention seeker in a hi-vis.",
    "You're a nasty gossip and a useless volunteer.",
    "Your bike is fine, it's the idiot riding it.",
    "You look like a bin bag on a scooter.",
    "Sunday rider, weekday wally, full-time clown.",
    (
        "You're too scared to lean it over so you try to make up for it with loud pipes, sad "
        "little man."
    ),
    "Everyone at the café stop laughs at your 'adventure bike' that's never seen dirt.",
    "Ride-out leader? You couldn't lead a conga line, you useless twat.",
    "You're a menace on the road and a bore off it.",
    "Chicken strips on your tyres and a chicken in the saddle.",
    "You're so ugly your bike helmet is doing everyone a favour.",
    "Your husband only stays with you for the garage, admit it.",
    "What a sad, lonely life you must lead to spend it gatekeeping cover bands.",
    "Your mum should have been stricter, you turned out dreadful.",
    "Fat loser.",
    "Dimwit.",
    "You absolute weapon.",
    "Someone remind me why this clown is still a member?",
    "You're beneath contempt.",
    "Pathetic little worm.",
    "Go away, nobody likes you.",
    "You're a bully and a coward.",
    "You're not worth the pixels.",
    "You're useless, you've always been useless.",
    "What a thick, smug, boring person you are.",
    "Every thread, same idiot.",
    "I pity your family for having to live with you.",
    "I'd explain it to you but I left my crayons at home.",
    "You're about as sharp as a bowling ball.",
    "Honestly, how do you get through the day being this stupid?",
    "Hey everyone, the village idiot has posted again.",
    "Not a single original thought in that empty head.",
    "Your entire personality is being wrong loudly.",
    "ok boomer, go back to your bingo",
    "ur mum must be so disappointed",
    "absolute clown behaviour from an absolute clown",
    "imagine being this dumb and this confident",
    "stfu nobody asked u",
    "Cry more, baby.",
    "Grow a spine, you limp lettuce.",
    "You're the human equivalent of a wet fart at a funeral.",
    "Your face could curdle milk.",
    "Good grief, you're tedious.",
    "Honestly you're vile.",
    "What an absolute slug of a person.",
    "Oi, sausage fingers, stop touching the shared keyboard at the music shop.",
    (
        "Little Miss Perfect Pitch thinks she's better than the whole choir. She isn't, she's "
        "just nasty."
    ),
    "Our bassist is a lazy drunk who turns up late and ruins every set.",
    "You're an embarrassment to the orchestra and to your instrument.",
    "Sixty and still can't play a barre chord. Give up, grandad.",
    "Your band name is stupid, your songs are stupid, you're stupid.",
    "He has the stage presence of a fridge and the wit of a smaller fridge.",
    "Drum stool warmer. That's all you are.",
    "I'd rather hear nails on a chalkboard than one more of your 'jams', you tone-deaf fool.",
    "Keyboard player who hides behind presets because he has no ideas, and no friends.",
    "Mutt owner with mutt manners.",
    "You smell like a kennel and act like one.",
    "Show dog people are snobs but you're a special kind of nasty.",
    "Your kids are as badly behaved as your labrador, you clueless woman.",
    "Imagine being outsmarted by a border terrier every single day. That's you.",
    "Cat people like you are creepy weirdos.",
    "You're an irresponsible airhead and you shouldn't have animals.",
    "Look at the state of her, and the state of her poor dog.",
    "Nobody at the photo club wants you as a second shooter, you're a liability and a creep.",
    "You're a copycat with a camera and no soul.",
    "Another boring grey pier shot from the most boring man in the county.",
    "Your wedding clients deserve a refund and an apology for having to look at you.",
    "You bully every newbie in critique night because you're a miserable failure.",
    "Pixel peeper with no life.",
    "Your cooking is a war crime and your manners are worse.",
    "Chef wannabe with the palate of a goat.",
    "Your 'famous' chili is infamous, like you.",
    "You can't follow a recipe because you can't read, can you?",
    "The WI should ban you from the bake sale, you sour, talentless woman.",
    "Your fishroom stinks and you're a rude, lying scammer.",
    "The auction regular who bullies kids out of bids. Classy.",
    "Stop posting your 'aquascapes', they're ugly and so is your attitude.",
    "You're too stupid to test your water.",
    "You're the worst landlord-slash-handyman, a tight-fisted little bully.",
    "Your 'home renovation vlog' is a masterclass in being a smug idiot.",
    "Never let this man near a spirit level, or a conversation.",
    "Useless apprentice, useless son.",
    "You have the brains of the plasterboard you keep breaking.",
    "Your kanji looks like chicken scratch and your attitude is worse.",
    "You're a weeaboo creep, the whole Japanese channel thinks so.",
    "Everyone in class thinks you're slow. The teacher too.",
    "You're a pathetic show-off who uses long words wrong in five languages.",
    "Bilingual and still nothing worth saying in either language.",
    "Fic writer? You're a plagiarist in a fandom hoodie.",
    "Talentless, thirsty, tiresome. Your fics and you.",
    "Your writing is so bad it gave the canon a headache. And you're worse in person.",
    "Stop commenting on everyone's work with 'constructive criticism', you jealous troll.",
    "You're the fandom's biggest crybaby and everyone's sick of you.",
    "Rules lawyer, loudmouth, loser.",
    "Your character is annoying because you are annoying.",
    "Player one is a sweaty creep who makes every woman at the table uncomfortable.",
    "Everyone dreads Thursdays because of you, Mark.",
    "You're a baby who throws dice when he loses.",
    "Astro nerd with a superiority complex and a drinking problem.",
    "You can't polar align and you can't hold a conversation. Impressive.",
    "You're not an astronomer, you're a bloke with a credit card.",
    "Shut up about your refractor, nobody cares, you sad man.",
    "Scalping clown, go back to eBay.",
    "You're too thick to know what a capacitor is, let alone replace one.",
    "Yellowed plastic, yellowed brain.",
    "Beekeeper? Bee-killer more like, you lazy fool.",
    "You're the reason the village hates the bee club, you arrogant prat.",
    "Dunce cap suits you better than a bee veil.",
    "Group project saboteur and professional whinger.",
    "You're the dumbest person I've ever had to share a library table with.",
    "You're a fake and a crybaby, and your notes are useless.",
    "Bossy, useless, tedious. The committee chair in three words.",
    "You're only volunteering because the court told you to, and it shows.",
    "The food bank would run better without you in the way.",
    "Your bike is all chrome and no rider.",
    "Power Ranger with a learner's brain.",
    "Scooter boy thinks he's Rossi. Sad.",
    "Stop posting your dyno charts, nobody cares, you insecure little man.",
    "You look like the 'before' photo in a renovation show.",
    "Poor thing thinks his synth patches are art. They're noise, like him.",
    "You're a hopeless, snivelling little gatekeeper.",
    "Mods, why is this moron still allowed to post in the dog training section?",
    "Your students deserve a teacher who isn't a bitter, petty bully.",
    "Everybody in the Saturday ride group calls you 'the liability' behind your back.",
    "Sad little keyboard warrior with a dusty Spectrum and no friends.",
]

DOXXING = [
    (
        "I know you're the guy who runs the bass shop on Hollin Lane. Keep it up and everyone "
        "will know too."
    ),
    "Your real name is Martin Ashby and you teach at Greystone Primary. Want me to post that?",
    (
        "Found your band's rehearsal address, 14 Coldharbour Yard. Sharing it in the fan group "
        "tonight."
    ),
    (
        "I'm posting your home address so your 'fans' can come and tell you what they think of "
        "your singing."
    ),
    (
        "Everybody, the guy trolling the drum forum is Liam Crewe, 42 Moss Street, and here's "
        "his number: 555-0142."
    ),
    "Keep posting and I'll send those photos of you at the afterparty to your wife.",
    "I've got screenshots of your old account and your employer's name. Want HR to see them?",
    (
        "Your dog's microchip details have your address on them. Funny what the vet receptionist "
        "tells you."
    ),
    "I'll be sharing your breeder licence details and your home address with the rescue groups.",
    "Found your kennel on the map, 3 Barrow Farm Road. Posting it so people can pay you a visit.",
    "I know which vet practice you work at. Let's see how they feel about your posts.",
    (
        "Your cat's Instagram geotags your flat. I'll repost them here so everyone can see where "
        "you live."
    ),
    "EXIF data on your photo gives your exact house. Thanks, I'll pin it in the thread.",
    (
        "Those metadata coordinates in your sunrise shot are your back garden. Everyone, here "
        "they are."
    ),
    (
        "Your watermark has your full name. Your LinkedIn has your employer. I'm emailing them "
        "tomorrow."
    ),
    "I'll post the photos I took of you at the photowalk, the ones you didn't know about.",
    "Everyone, meet the 'anonymous' critic: Helen Doyle, works at Fernbridge Opticians.",
    (
        "I've got the wedding clients' contact list from when you second-shot for me. I'll tell "
        "them all about you."
    ),
    "I found your food blog's WHOIS. Posting your home address in the comments.",
    "I'm going to put your real name and your restaurant's address on every cooking forum I'm on.",
    (
        "Your kids are in the background of your baking videos in their school uniforms. I know "
        "the school. Careful."
    ),
    (
        "Your shop's delivery van is parked at your house every night, 22 Orchard Rise. Just so "
        "you know I know."
    ),
    (
        "I've got your phone number from the auction, 555-0178. Posting it so everyone you "
        "scammed can call you."
    ),
    (
        "Aquarium scammer exposed: real name Colin Pryor, lives above the shop on Dock Road. Go "
        "say hi."
    ),
    (
        "Your fish room is in the garage at your parents' place, right? I'll share the address "
        "with the club."
    ),
    "I'll find out where you live from the courier and post it in every fishkeeping group.",
    (
        "Everyone, this builder is Darren Shaw, his van reg is DS19 BLD, he lives at 7 Kiln "
        "Close. Go and get your money back."
    ),
    (
        "Post a bad review of me again and I'll post your house, your wife's name and where your "
        "kids go to school."
    ),
    (
        "I know your husband works at Hartley Joinery. He'll be getting a call about what his "
        "wife posts."
    ),
    "Your planning application is public, so your address is public now. Sharing it in the group.",
    "I'm going to post the photos of your kitchen disaster along with your full address and name.",
    (
        "You think being anonymous on the language forum protects you? You're Sophie Lang, Year "
        "11, St Cuthbert's."
    ),
    "Found your tandem partner profile. Real name, city, workplace. Screenshots going up tonight.",
    "I'll tell your university you write that kind of fic, and I'll send them your username.",
    (
        "Everyone should know who this 'anon' reviewer really is: Jordan Pike, "
        "jordan.pike@example.com."
    ),
    "I'm going to link your fic account to your real name so your employer finds it.",
    "Your pen name won't save you, I know your mum's Facebook. She'll love chapter 14.",
    "I have your address from the zine swap. Posting it in the discord.",
    "I'll send your fanfic to your parents and your church. I found both.",
    "Your face is in the con photos and your name is on the badge. Spreading them everywhere.",
    (
        "Our ex-player Tom Reeve lives at 58 Garnet Street, for anyone who wants to tell him "
        "what they think."
    ),
    "Keep talking smack about the group and I'll post your home address from the session invites.",
    (
        "I've got the cheat's work email from the tournament signup. Going to tell his boss "
        "everything."
    ),
    "DM, I still have the photos from your birthday party. Want them on the public channel?",
    "I'll post the Zoom screenshots of your messy flat so everyone knows where and how you live.",
    (
        "The guy who stole my eyepieces is Alan Varley, he drives a silver estate, plate AV08 "
        "KLM, lives by the reservoir. Spread the word."
    ),
    (
        "I know where your observatory is. It's a short walk from your house. Putting the "
        "coordinates up."
    ),
    (
        "Found your address from your astro photos' horizon line. Everyone, it's the house on "
        "Crane Hill."
    ),
    "I'll share your pier location so anyone can come and find you and your gear.",
    "Retro scammer alert: Gavin Holt, 555-0133, 11 Dyers Lane. Let him know how you feel.",
    "I have your PayPal name and address from the sale. Want me to post it?",
    (
        "I'll post your old forum posts from when you were fifteen along with your real name and "
        "employer."
    ),
    (
        "I know where you keep your hives, and I know your surname from the association list. "
        "Everyone will."
    ),
    (
        "I'll share your apiary location and your home address with the people whose gardens you "
        "swarm."
    ),
    "Posting the association membership list with your phone number highlighted.",
    (
        "Everyone, the girl who bailed on our project is Amy Pierce, her Insta and halls address "
        "are below."
    ),
    "I'll put your grades and your student number in the course group. See how you like it.",
    "I know your part-time job at the Co-op. I'll tell your manager what you did.",
    "I'll post the photos from your housemate's party so your parents see them.",
    "Food bank coordinator's home address coming up, for everyone she's shouted at.",
    (
        "I'll put your DBS details and your address on the town page, see if anyone wants you "
        "near kids."
    ),
    "Your charity's payroll shows where you live. Sharing it with the volunteers you cheated.",
    "I got your plate, RT16 WZF. My cousin can get your address from it. Then I'll post it.",
    (
        "Everyone, the squid who crashed into my mate is Kyle Benson, works at Apex Tyres on the "
        "bypass."
    ),
    "I'll post your bike with your number plate and home address so the lads can visit.",
    "I know which garage you keep your Ducati in. So will the whole forum soon.",
    "Your real name, your address and your phone. All going up on the biker page tonight.",
    "I'm doxxing you. Enjoy.",
    "Found you. Name, address, employer. It's all going public.",
    "I'm going to expose you. Your real identity, your family, all of it.",
    "I have your address, and soon everyone else will too.",
    "Not so anonymous now, are we, Mrs P from Elm Avenue?",
    "Your kid's school is in the background of your profile picture. Interesting.",
    "Imagine if your boss saw what you post here. I can arrange that.",
    (
        "Let's see how your students' parents feel about you once I post your username with your "
        "photo."
    ),
    "I have photos of you leaving your house every morning. Want them on the forum?",
    "Your wife doesn't know about your second account, does she? She will.",
    "I'll leak the DMs with your real name attached.",
    "Everybody meet troll 'Gr8Strat', actually Peter Moss of 9 Halton Drive, number 555-0119.",
    "Your ex gave me your new address. Just thought you should know.",
    (
        "I've traced your IP to a house on Linden Close. Which number, I wonder? I'll find out "
        "and post it."
    ),
    "Keep it up and I'll post where your daughter works.",
    "Your profile pic shows your house number and your street sign. Saving it for later.",
    "Reply one more time and your home address goes in the pinned post.",
    "I'll publish your photos from the nudes folder your ex shared. You know the ones.",
    (
        "Don't worry, I've kept screenshots of your face from the video chat. They'll find their "
        "way around."
    ),
    "I'll find your real name from the choir newsletter and plaster it everywhere.",
    "The conductor who bullied me is Richard Hale, rhale@example.org, 555-0150. Flood his inbox.",
    (
        "I'm going to post your band's old MySpace with your real names so your employers see "
        "what you were."
    ),
    "Anyone want the home address of the troll from the cat rescue thread? I have it. DM me.",
    "I'm going to post your vet records with your address to show everyone how you treat your dog.",
    "The woman who let her dog maul mine is Janet at number 31 Brook Road. Go and tell her.",
    "I know where you walk your dogs every morning at six. So will everyone else.",
    "I'll send photos of your garden to the council and your address to the forum.",
    (
        "I found your home from the background of your kitchen videos. Street view matched. "
        "Posting it."
    ),
    "Keep deleting my comments and your real identity goes up on every food page in the county.",
    "I'll email the restaurant you work at with screenshots of everything you've written.",
    "Your landlord's number is on your listing. I'll make sure he hears about you.",
    "I've found where you live from your shrimp shipping label. Guess who's getting a visit.",
    "I'll post your sale listings with your home address and phone so everyone knows who to avoid.",
    "I have the receipts with your address, I'll publish them if you don't pay.",
    "I'll put your face and address on the builders' blacklist page along with your kids' names.",
    "Here's the address of the guy who botched my roof: 19 Pelham Road. Feel free to knock.",
    "Your wife's Facebook has your whole family on it. Wouldn't want anyone to share that.",
    (
        "You live with your parents in Ashford, your dad's a dentist. Keep going and I post the "
        "surgery."
    ),
    "Guess who found the language teacher's home address? Posting it so the class can 'thank' her.",
    "Your old school photos are on a reunion site. Posting them with your real name.",
    "I'll out you to your family. I found your sister's account.",
    "I'll tell everyone at your work what you write on AO3.",
    (
        "Your author notes mention your job, your town and your cat's name. I'll connect the "
        "dots for everyone."
    ),
    "The 'mysterious' flamer is Kelsey from the Tuesday writing group. Here's her Facebook.",
    "I'll post the group photos from the game night so people can see what you look like, weirdo.",
    (
        "Everyone meet the DM: Callum Hart, lives on Sandpit Lane, works at the council. Go tell "
        "him how you feel."
    ),
    "I'll post your character sheets with your home address on, since you left it on the back.",
    "I'll tell your church friends about your LARP habits, with photos.",
    "Publishing the star party attendee list with your address ticked.",
    "Your dome is visible on satellite view. Your front door too. Sharing both.",
    "I'll post your work email so everybody you sold dud scopes to can complain.",
    "I've got your mobile from the club phone tree. 555-0166. Should I share it?",
    "Spammer exposed: real name, home and work below. Have fun.",
    "The retro seller who ripped me off lives at 5 Foundry Row, photos of his house attached.",
    "I'll post the whole association's contact sheet with notes on who lives alone.",
    "I know you keep your bees on your mum's farm. I'll share the farm's location.",
    "I've got your student ID from the shared doc. Going to post it with your address.",
    "Your dad's name is on the group chat contact card. I'll tell him everything.",
    "I'll put your face on the class page with 'this is the cheat' and your halls room number.",
    "The volunteer who stole from the tin is Brenda Fox, 2 Chapel Walk, 555-0104.",
    "I'll post where the coordinator's kids go to school so people know what kind of family it is.",
    (
        "I found the rider who cut me up on the club photos, his name's on his helmet. Everyone, "
        "go find him."
    ),
    "I'll post your dashcam footage with your plate, your address and your workplace.",
    (
        "Your bike's parked outside your house in your profile pic, with the house number "
        "visible. Noted."
    ),
    "I'll follow you home from the next meet and post your address. Easy.",
    "Your real name is on your insurance documents you showed off. It's going everywhere.",
    "If anyone wants to know where the squid lives, I'll DM you his address and shift pattern.",
    (
        "The bassist who quit on us is Joe Lindqvist, he's at the call centre on Mill Road every "
        "day 9 to 5. Make his day."
    ),
    "I'm sharing your ex's photos of you with every forum you post on.",
    "I found your dating profile. Your band mates are going to love it.",
    "Posting your home address in the breed club newsletter under 'people to watch'.",
    "I'll make sure everyone at the photo club sees the pictures I have of you from that night.",
    "dm me for this clown's address lol, got it from the delivery",
]

INNOCENT = [
    "That solo absolutely killed last night, the whole room lost it.",
    "We murdered the closer, best gig we've had all year.",
    "Kill the reverb on the vocal bus and the mix opens right up.",
    "Try killing the low end below 80Hz on the guitars, it'll stop fighting the bass.",
    "Our drummer beats the hell out of his snare, we go through heads every month.",
    "The bridge section is weak, honestly. The verses carry the song and then it just sags.",
    (
        "Your timing drifts in the second chorus; practise with a click at 80 before you go back "
        "to 120."
    ),
    (
        "Brutal feedback incoming: the lyrics are clichéd and the melody is forgettable. The "
        "production's lovely though."
    ),
    "That breakdown is an absolute face-melter.",
    "I'm going to strangle this pedal until it stops humming, I swear. Probably a ground loop.",
    "Choke the cymbal right after the hit for that stabby effect.",
    "Slaughter was playing at the fest, anyone catch their set?",
    "My bandmate threatened to quit if we play Wonderwall one more time. Fair, honestly.",
    "The guitarist smashed his guitar at the end of the set, classic rock move.",
    (
        "Someone posted 'I'll kill you' to me in another thread after I beat them in the riff "
        "challenge. Mods, is that allowed? Screenshot attached."
    ),
    (
        "Honest opinion: the vocals are flat in most of the track. Could be the monitor mix, "
        "could be technique, worth getting a lesson."
    ),
    "I'd cut the intro entirely. Thirty seconds of pad noise kills the momentum.",
    "That bassline is sick, dude.",
    "Our singer is dying of a cold, so we're pulling the gig on Saturday.",
    "The crowd went absolutely mental, someone crowd-surfed into the lighting rig.",
    (
        "Sorry guys, I totally butchered the chords to the new song at practice. Will woodshed "
        "this week."
    ),
    "Attack time on the compressor is too fast, it's squashing every transient.",
    "Cut the decay on the gate, the snare tail is getting chopped.",
    "Death metal isn't my thing but the musicianship on that album is insane.",
    "I hate this song so much, the chorus makes me want to scream.",
    "The song's about a murder in 1890s Kentucky, it's a traditional ballad.",
    "My teacher told me my scales were sloppy. She's right, I've been lazy.",
    "If you're going to cover Jolene, at least change the key, it's killing your voice.",
    "I'll fight anyone who says the Beatles were overrated (kidding, but seriously).",
    "Pull the fader down, it's clipping. Then shoot me the bounce.",
    "The audience was dead tonight. Tuesday crowds, what can you do.",
    "Bad take. Kill it and go again from bar 16.",
    (
        "This venue is a death trap, one fire exit and it's always blocked. Someone should "
        "report it to the council."
    ),
    "Your cover lacks energy. The original has a swing you've ironed out. Loosen up the hi-hat.",
    "The dog attacked the squeaky toy for twenty minutes straight and then fell asleep on it.",
    "She absolutely destroyed her new bed within an hour. Terriers.",
    "My cat murdered a mouse and left it on my pillow, lovely.",
    "He bit me during nail trimming, so I've gone back to desensitising him with treats first.",
    "Reactive dog tips: keep distance, reward calm, never punish the growl.",
    (
        "Someone in this group threatened my dog at the park last week. I reported it to the "
        "police, just a heads up to be careful near the pond."
    ),
    "My vet had to put down our old collie yesterday. Hug your dogs tonight.",
    "The shelter is euthanising dogs due to overcrowding, please share and adopt if you can.",
    (
        "Training tip: don't yell 'kill' as a recall word, obviously. Use something boring like "
        "'here'."
    ),
    (
        "Harsh truth: your puppy pulls because you've rewarded pulling for months. It's fixable, "
        "but it's on us owners."
    ),
    "Your dog is overweight, and I say this kindly: cut the treats and weigh the food.",
    "My Maine Coon destroys cardboard boxes like they owe him money.",
    "Puppy's in the bitey land shark phase, my hands look like I've fought a blender.",
    "Tug-of-war is great, let them win sometimes and they love you forever.",
    "The cat knocked my coffee off the table while staring me in the eye. Pure evil.",
    "My dog would die for a cheese cube.",
    "Killer kitten, eighteen months old, terrorises my ankles daily.",
    "Guarding dogs need careful handling, not punishment. Get a behaviourist in.",
    "Anyone else's dog lose its mind at the postman? Mine wants him dead.",
    "We had to muzzle train him after he nipped a jogger, and honestly it's been great for him.",
    "That agility run was a disaster from start to finish, but she enjoyed it, so who cares.",
    "Grooming this doodle is like shearing a sheep that wants to murder you.",
    "Don't feed grapes, they can kill dogs. Onions and chocolate too.",
    "Flea treatment that actually kills them? The supermarket stuff does nothing.",
    "The rabbit thumped at me all night, I think I'm dead to her now.",
    "Shot two rolls of Portra at the coast today, can't wait to develop them.",
    "I'm going to shoot the wedding on Saturday, anyone have tips for dark churches?",
    "Kill the flash, it's flattening everything. Bounce it off the ceiling instead.",
    "Crop it harder. The subject is drowning in dead space.",
    (
        "Honest critique: it's overexposed, the horizon's wonky and the subject is cut off. The "
        "idea is good though."
    ),
    "Shooting with a 50mm prime forces you to move your feet, it's a great exercise.",
    "Blow out the highlights on purpose for a high-key look.",
    "This photo is killer, the light is unreal.",
    "Aim slightly below the eye line for portraits of kids.",
    "I got attacked by seagulls while shooting the pier at sunset, lost a lens cap.",
    "Capture the decisive moment, as the old master said.",
    "I'd execute the composition differently, but the timing here is perfect.",
    "This is over-processed to death. Pull back the clarity and the HDR, let it breathe.",
    "Someone stole my photo and put their watermark on it, how do I file a DMCA?",
    "The stranger I shot on the street gave me a model release after, lovely chat.",
    "Macro shot of a wasp killing a caterpillar. Nature is metal.",
    "Burn and dodge in the darkroom, old-school magic.",
    "Expose for the sky and shoot bracketed, you'll thank yourself later.",
    (
        "Honestly, the composition is boring. Central subject, flat light, nothing guiding the "
        "eye. Try again at golden hour."
    ),
    "I butchered a perfectly good recipe by forgetting the baking powder. Flat as a pancake.",
    "Kill the heat once it boils and let it simmer for an hour.",
    "Beat the eggs until stiff peaks form.",
    "Smash the garlic with the flat of the knife, then mince.",
    "Murder on the waistline, but this brownie recipe is worth it.",
    (
        "Ok I'll be brutally honest: the sauce is too salty and the pasta is overcooked. Great "
        "photo though."
    ),
    (
        "Never bring a knife to a dinner party, my nan says, you'll cut the friendship. "
        "Superstitions, eh."
    ),
    "Butterfly the chicken, then hit it with the rolling pin till it's even.",
    "The chef threatened to quit if we took the lamb off the menu, ha.",
    "Blanch and shock the beans in ice water.",
    "Chop, slice, dice, julienne. Knife skills video in the pinned post.",
    "This curry will blow your head off, use half the chillies if you're a wimp like me.",
    "Skin the fish, debone it, and you're ready to poach.",
    "My sourdough starter died while I was on holiday, RIP Doughy.",
    "You've killed the yeast with water that's too hot, keep it under 40C.",
    "Whip the cream, fold it in gently, don't knock the air out.",
    "Sharp knives are safer than blunt ones, keep them honed.",
    "Cut against the grain or it'll be like chewing a shoe.",
    "The gravy was a crime, I'll own it. Too much flour.",
    "Your recipe instructions are unclear. Step 4 says 'add the rest', rest of what?",
    "Bash the lemongrass to release the flavour.",
    "Roast it till it's charred and smoky, that's the whole point.",
    "Kill the filter for ten minutes while you feed so the food doesn't get sucked in.",
    "My new cichlid is attacking everything in the tank, rehoming him to a species tank.",
    "Ich killed half my tetras, quarantine your new fish, people.",
    "Nuke the tank with bleach, rinse like crazy, and start over.",
    "The assassin snails wiped out the pest snails in about a month.",
    "Honestly your stocking is way too heavy for a 60 litre, you'll be fighting ammonia forever.",
    "The betta flared and went for his reflection. Normal, just put some plants in.",
    "Cycling a tank kills the impatience in you, takes weeks.",
    "Bristle worms in my rock! Kill them or keep them?",
    "Blast the algae with the hydrogen peroxide spot treatment.",
    "Lost my entire shrimp colony overnight, think it was copper in a new decoration.",
    (
        "Harsh but fair: your scape has no focal point and the hardscape looks like rubble. "
        "Plants look healthy though."
    ),
    "The puffer murdered my snails, which was the plan.",
    "Dead fish in the filter intake, that's why the ammonia spiked.",
    "Don't overdose the Prazi, it can kill inverts.",
    "The ich treatment nearly killed my loaches, use half dose for scaleless fish.",
    "Smash through the old tiles with a bolster and a lump hammer, wear goggles.",
    "Kill the power at the consumer unit before you touch any wiring.",
    "Gut the whole kitchen, it's the only way to sort the plumbing properly.",
    "Rip out the old carpet and you might find lovely boards underneath.",
    "Blow the insulation into the loft, it's quicker than rolls.",
    "My builder absolutely butchered the skirting, I'm calling him back to redo it.",
    "Tear down that stud wall and you'll open up the whole ground floor.",
    "Shoot the nails in at an angle for a stronger hold.",
    "Demolition day! Sledgehammers at the ready.",
    "Honest review of this contractor: late every day, left a mess, but the work itself is solid.",
    "That joist is dead, rotted right through. Sister a new one alongside.",
    "Bash the plaster off, hack back to brick, let it dry out.",
    "The wiring in this house is a death trap, get an electrician in before you do anything.",
    "Your tiling is uneven, sorry. Get spacers and a proper level and it'll be night and day.",
    "Nail gun kicked back and nearly took my eye out. Wear the glasses, kids.",
    "We're hanging the door tomorrow, wish me luck.",
    "Kill the spider mites with neem oil before they take over the greenhouse.",
    "I murdered the subjunctive in my essay today, my teacher was not impressed.",
    "I keep butchering the pronunciation of 'Eichhörnchen', send help.",
    "Native speakers are brutal with corrections, but it's the fastest way to learn.",
    (
        "'Kill two birds with one stone' in German is 'zwei Fliegen mit einer Klappe schlagen', "
        "hitting two flies."
    ),
    "Be honest with me: is my Italian essay as bad as I think it is?",
    (
        "It's pretty rough, yes. Your verb agreement is wrong in most sentences. But the "
        "vocabulary is rich, so the basis is good."
    ),
    "My flashcards are killing me, 400 reviews due today.",
    "Japanese keigo is going to be the death of me.",
    "In Spanish, 'me muero de hambre' literally means 'I'm dying of hunger'.",
    (
        "The word 'attentat' in French means an attack or assassination attempt, careful with "
        "false friends."
    ),
    (
        "Can someone explain why 'I could kill for a coffee' is fine but my teacher flagged "
        "'kill' in my essay?"
    ),
    "My tutor tore my essay apart, red ink everywhere. Fair enough, I rushed it.",
    "Shadowing native audio for twenty minutes a day destroyed my accent problems.",
    (
        "How do you say 'to hang someone' versus 'to hang a picture' in Russian? Asking for my "
        "history homework."
    ),
    "In Polish 'zabić czas' means to kill time, same as English!",
    "I killed off the main character in chapter 30 and the comments are on fire.",
    "The villain finally slits the king's throat in this chapter, trigger warning for violence.",
    "Content warning: this fic contains character death and graphic violence.",
    "Concrit welcome! I know the pacing drags in the middle.",
    (
        "Okay, honest feedback: your dialogue is stiff and everyone sounds the same. The plot's "
        "fun though."
    ),
    "My beta ripped the draft to shreds and I'm so grateful, it's much better now.",
    "Whump fic where the hero gets stabbed and his partner has to stitch him up.",
    (
        "'I'll kill you,' he whispered, knife at the traitor's throat. Chapter 12 excerpt, "
        "feedback welcome!"
    ),
    "I'm going to murder this plot hole if it's the last thing I do.",
    "Anyone else absolutely destroyed by the finale? I cried for an hour.",
    "The author killed my favourite character and I'm in mourning.",
    "Your tenses keep slipping between past and present, it's distracting. Pick one.",
    "This fic is a masterpiece of angst, I want to die (affectionate).",
    "Writing prompt: your character has one hour to escape before the assassin arrives.",
    "Beta reading is hard, I worry I'm too harsh. Is 'this scene doesn't work' okay to say?",
    "Yes, as long as you explain why and focus on the text rather than the writer.",
    (
        "Someone left a comment on my fic telling me to kill myself. I've reported it to the "
        "archive. Please don't pile on them, just report."
    ),
    "My paladin executed the bandit leader after a trial, whole table argued about it for an hour.",
    "The wizard casts fireball and wipes the goblin camp.",
    "TPK last night, the dragon murdered all five of us. Best session ever.",
    "Roll for damage, you hit the orc with your greataxe.",
    "I'm going to backstab the guard and steal the key.",
    "Our DM is ruthless, we've lost three characters this month.",
    "The necromancer raises the dead villagers and sends them at the party.",
    "My rogue assassinated the duke, now the whole city guard wants us dead.",
    "Execute the spell at the start of your turn, the reaction triggers after.",
    "Honest feedback on my homebrew class? I think the damage numbers are broken.",
    "They are. A level 3 dealing 4d10 per turn is way above curve, halve it.",
    "Kill the lights and play the thunder sound effect, my players jumped.",
    (
        "Nat 20 on the intimidation check: 'tell me where the artefact is or I'll drop you in "
        "the lava'. The merchant folded."
    ),
    "Crit on a sneak attack, the assassin never saw it coming.",
    "Session zero rule: no PvP, no killing other players' characters without consent.",
    "The lich threatens to destroy the village unless the heroes hand over the amulet.",
    "Mini painting tip: drybrush the armour and wash the recesses with a dark shade.",
    "The warband slaughtered my army in three turns, dice hated me.",
    (
        "Our game store got robbed last night, someone smashed the window and took the cash box. "
        "Police are looking into it."
    ),
    "I cut my thumb on the mould line of a resin mini, always scrape away from yourself.",
    "Kill the tracking on the mount, slew to Jupiter, and then re-align.",
    "Shot Orion through the refractor, 200 subs stacked, still noisy.",
    "Never look at the sun through a scope without a proper filter, it will blind you instantly.",
    "The light pollution in my area is murdering my deep-sky images.",
    "A bright meteor exploded over the field last night, a fireball for sure.",
    "The star died in a supernova and left a black hole behind.",
    (
        "Honest critique of your M31: the stars are bloated and the background is blotchy. Your "
        "guiding needs work, processing's fine."
    ),
    "Collimate the Newtonian, your stars look like comets.",
    "Kill the red torch, you're wrecking my dark adaptation.",
    "The dew killed my session, need a heater band.",
    (
        "Someone shone a laser at a plane near our dark site, the police came and took "
        "statements from us."
    ),
    "Jupiter's moons occulting each other tonight, don't miss it.",
    "Star party rules: red lights only, no white torches, no car headlights after dusk.",
    "Saturn's rings are killer right now.",
    "My old scope is dead, the mirror coating is ruined.",
    "Kill the process with task manager if the emulator hangs.",
    "Blow out the dust with compressed air before you power it on.",
    "The capacitors on this board are dead, they've leaked everywhere.",
    "I bricked my C64 trying to flash a new ROM, RIP.",
    "Smash the old cart open carefully with a spudger and you can replace the battery.",
    "The power supply on the original C64 can fry your machine, replace it with a modern one.",
    "Execute the BASIC program with RUN.",
    "Terminate the SCSI chain properly or the Amiga won't see the drive.",
    "Killer game, Turrican 2 still holds up.",
    (
        "Honestly, your restoration guide is hard to follow. Missing photos, vague steps. The "
        "info's good though."
    ),
    "Retrobrite killed the plastic, it went blotchy. Not doing that again.",
    "The Atari ST monitor has lethal voltage in it even when unplugged, discharge it first.",
    (
        "Demoscene productions from '92 are absolutely savage in what they squeeze out of the "
        "hardware."
    ),
    "Kill -9 the daemon and restart it.",
    "The bees killed the wasps at the entrance, good strong colony.",
    "Smoke the hive gently before you open it.",
    "Squash the queen cells if you don't want them to swarm.",
    "I had to kill the old queen and requeen the aggressive hive.",
    "Varroa can kill a colony in one winter if you don't treat.",
    "Got stung eleven times today, that hive is absolutely furious.",
    "My first colony died over winter, I'm gutted.",
    "Burn the frames if you suspect foulbrood, and report to the bee inspector.",
    "Shake the bees into the new box and let them walk in.",
    (
        "Harsh but true: your hive management is lazy. You're leaving supers on too long and not "
        "checking for queen cells. Fix it and they'll do better."
    ),
    "Drones get kicked out in autumn and die. Brutal, but that's bees.",
    "The hornets attacked my apiary, Asian hornets confirmed, reporting it.",
    "This exam is going to kill me.",
    "I bombed the chemistry midterm, need to study harder.",
    "We murdered the presentation, the prof loved it.",
    "Cramming all night for the exam, wish me luck, I'm dying.",
    "Let's crush this group project and be done by Friday.",
    (
        "Harsh feedback on the draft: the introduction doesn't state the research question and "
        "the citations are a mess. Can you fix before Thursday?"
    ),
    "Someone in our group chat said a really nasty thing to Priya, I've told the course rep.",
    "The history lecture on the French Revolution was grim, so many executions.",
    "Our lab demonstration literally exploded, the beaker shattered, nobody hurt.",
    "The prof destroyed my thesis argument in the viva. Fair, it had holes.",
    "Procrastination is killing my GPA.",
    "Break a leg at the audition!",
    "The food bank is absolutely slammed today, we need more hands.",
    "We smashed our fundraising target, thank you everyone!",
    (
        "Volunteer training covers how to deal with aggressive visitors, de-escalation and when "
        "to call the police."
    ),
    "A volunteer was threatened at the drop-in last week. Management have put in a panic button.",
    (
        "Honestly the rota system is a disaster and needs rethinking. Not blaming anyone, it's "
        "just grown messy."
    ),
    "We gutted the old community hall and it's looking brilliant.",
    "Litter picking today, someone dumped a dead fox in the hedge, council's collecting it.",
    "The charity shop is killing it this month.",
    "I'm dead tired after the soup run but it was worth it.",
    "Kill the engine before you fill up, obviously.",
    "Lowsided at the hairpin, just pride hurt.",
    "Highsided on a cold tyre, broke my collarbone, recovery going well.",
    "That bike is a widowmaker, respect the throttle.",
    "Ride like everyone's trying to kill you, that's the defensive riding mantra.",
    "I murdered the back tyre on the track day, worth it.",
    "Shot up the A-road this morning, the bike was flying.",
    "Blip the throttle on downshift and it smooths it right out.",
    "A van driver cut me up and nearly killed me, dashcam footage reported to police.",
    (
        "Honest opinion on your custom build: the wiring is a hazard and the welds look weak. "
        "Get it checked before riding."
    ),
    "Chain's dead, sprockets too, full kit time.",
    "The corner at Devil's Elbow kills riders every summer, take it easy.",
    "Wheelie practice in the car park, ended up on my backside.",
    "The lads gave me loads of stick for dropping the bike at the lights. Fair.",
    "Ride safe everyone, the roads are lethal with leaves.",
    "Rest in peace to Mike, killed in a crash on the A38 yesterday. Ride-out in his memory Sunday.",
    "You're dead to me if you buy a Harley. (Kidding, buy what you love.)",
    "My sister will kill me when she sees I borrowed her bike.",
    "Ugh, I could murder a pizza right now.",
    "That lecture was death by PowerPoint.",
    "My boss will kill me if I'm late again, gotta run.",
    "The mix is mush, everything's fighting in the low mids. Carve some space for the vocal.",
    "You hit like a truck on that snare, love it.",
    "That's a killer tone, what amp?",
    "We're going to shoot a music video in the woods next month, anyone want to help?",
    "The band's first album is called 'Executioner's Song'.",
    "Crowd killers: tracks that make the pit go wild.",
    (
        "Harsh review of our EP in the local paper. They said the vocals were weak and they're "
        "not wrong."
    ),
    "Your string bending is sharp, you're overshooting the pitch. Use a tuner to check.",
    "The trumpet section got absolutely hammered in the review, fair play, we weren't tight.",
    "Record label dropped us. Gutted, but we'll go independent.",
    "The cat attacked the Christmas tree again.",
    "My dog destroyed the sofa cushion. I'm going to kill him. (I love him.)",
    "The hound went for the squirrel and nearly took my arm off with the lead.",
    "Put the old dog to sleep today. 16 years. Heartbroken.",
    (
        "Warning: someone is leaving poisoned meat in Eastfield Park. Keep dogs on lead, police "
        "informed."
    ),
    "Guard dog training is a specialist thing, please don't try it from YouTube.",
    "Cat brought in a live bird and released it in the kitchen, chaos.",
    "Help, my dog keeps attacking my other dog over food. Separate bowls?",
    "Yes, separate rooms for meals, and see a behaviourist if it escalates.",
    (
        "Honestly the breeder you're considering has red flags: no health tests, always puppies "
        "available. Walk away."
    ),
    "Your kitten photos are killing me, too cute.",
    "Flea comb of death, every flea caught.",
    "That shot is sharp as a tack, great panning.",
    (
        "Street photographer got punched by someone he photographed in the news today. Always "
        "ask, folks."
    ),
    "Shoot wide open at f1.4 for dreamy backgrounds.",
    "Portrait tip: have them push their forehead forward to kill the double chin.",
    (
        "Wedding was a nightmare to shoot, rain, dark venue, drunk uncle. Pictures came out okay "
        "though."
    ),
    "The critique session was brutal, they picked apart every frame. Learnt a lot.",
    "Your white balance is off and the skin tones look sickly. Try a grey card.",
    "Hit the shutter at the peak of the jump.",
    "Film's dead, long live film.",
    "Knife skills workshop this Saturday, bring your own chef's knife.",
    "The risotto was dead on arrival, too starchy, oh well.",
    "Massacre of the tomatoes: blight took the whole crop.",
    "Sear the steak hard, then rest it.",
    "Slaughterhouse tour for the butchery course was intense but educational.",
    "Crush the cardamom pods before adding.",
    (
        "This recipe's instructions are a mess. Wrong oven temp, missing ingredient, and the "
        "photo isn't even the same dish."
    ),
    "Bread ended up a brick. I'm my own harshest critic, but wow.",
    "Poison control number is worth having on the fridge if you forage mushrooms.",
    "Fish tank attacked by hydra, the little horrors are everywhere.",
    "I drowned my plants with too much fertiliser, algae bloom.",
    "Killed the canister filter by running it dry, motor's dead.",
    "The mantis shrimp smashed my glass, they're savage.",
    "Your nitrate is through the roof, that's what's killing your fish. Bigger water changes.",
    "The oscar is a little monster, he bites my fingers during feeding.",
    "Breaking news in the reef world: new rules on importing wild corals.",
    "Tear it out and replant, the carpet never took.",
    "Aquarium shop down the road is a fish graveyard, I'd avoid it. Sick stock every visit.",
    (
        "I was threatened by a seller over a late payment, has anyone else dealt with this guy? "
        "I've reported him to the marketplace."
    ),
    "Strip the wallpaper with a steamer, it'll save you hours.",
    "Hammer drill through the lintel? Don't, you'll crack it.",
    "The previous owner butchered the electrics. Spaghetti junction behind every socket.",
    "Rip the plasterboard off and check for damp.",
    "Cut the pipe with a hacksaw, deburr, and push-fit the new one.",
    "Kill the water at the stopcock first or you'll flood the kitchen.",
    "This tile saw will take your finger off if you're careless.",
    "Your grout's a mess, sorry. Wipe it earlier next time and use a proper float.",
    "We demolished the old shed and found a wasp nest, fun times.",
    "I'm shooting the final coat of varnish tomorrow.",
    "The word 'killjoy' in Spanish is 'aguafiestas', literally water-the-party.",
    "Fun idiom: in Dutch you say 'it's raining pipe stems' for heavy rain.",
    "I'm practising my Russian by reading crime novels, lots of murder vocab.",
    "The teacher said my essay was 'strong but unfocused', I'll take it.",
    "Le vocabulaire de la violence: tuer, frapper, menacer. Useful for reading the news in French.",
    "Mi profesor dice que mi gramática es un desastre. He's right, tbh.",
    (
        "Honestly, your translation loses the meaning. 'He died of laughter' isn't literal in "
        "the original."
    ),
    "Learning Finnish is slowly killing me, 15 cases!",
    "Can someone explain the difference between 'töten' and 'umbringen'?",
    "Both mean to kill; 'umbringen' is more colloquial.",
    "A kind native speaker just demolished my essay, 40 corrections. I'm thrilled honestly.",
    "Story idea: a detective investigating a string of poisonings in a small village.",
    "My villain's monologue: 'I will burn your kingdom to ashes.' Too much?",
    "It's classic, but maybe give him a personal motive so it doesn't read as cardboard.",
    "Death fic tag: remember to put it in your warnings.",
    "Reviewers are savage on this archive, but some of the harsh ones are fair.",
    "Your fic has potential but the pacing is glacial. Cut the first three chapters.",
    "I killed my darlings today, deleted 5k words. Painful but better.",
    "The final battle chapter is a bloodbath, in the best way.",
    "Hurt/comfort, angst, major character death. You've been warned.",
    "Rolling to stabilise my dying cleric, come on, come on.",
    "The barbarian rages and cleaves through two skeletons.",
    "I think our DM wants us dead, the encounter was CR 12 at level 5.",
    "Character death doesn't have to be the end, bring them back as a revenant.",
    (
        "Hot take: your campaign setting is derivative, it's just Forgotten Realms with the "
        "names changed. Still, the politics are fun."
    ),
    "The bard seduced the dragon. The dragon ate the bard. Dice are cruel.",
    "Our game master killed off an NPC we loved and we were actually sad. Great writing.",
    "Poisoned dagger, 2d4 extra damage, con save DC 13.",
    "Tonight the party storms the castle. Bring snacks.",
    "'Surrender or die,' said the orc chieftain. We chose violence.",
    "I told my group I'd murder whoever ate the last slice of pizza. Nobody did. Respect.",
    "Wargaming club tournament: I got crushed in round one and had a great time.",
    "Shoot the moon tonight, it's a supermoon.",
    "Kill the autoguider, it's oscillating.",
    "Messier marathon this weekend, all-nighter, bring coffee.",
    "Black holes are terrifying, they just rip stars apart.",
    (
        "Honest: your processing is too aggressive, the colours look fake and the noise "
        "reduction has turned it to plastic."
    ),
    "Somebody's car alarm killed the whole observing session at 1am, ugh.",
    "The comet broke apart, sadly.",
    "Fire up the old Spectrum, let's play Manic Miner.",
    "Your SD2IEC guide killed it, worked first time.",
    "Defender of the Crown, the jousting still kills me.",
    "Dead keyboard on my 800XL, any tips for fixing the membrane?",
    "Harsh truth: that 'rare' Atari is common as dirt. Don't pay £300.",
    "The seller sent a box of dead floppies, reported to eBay and got a refund.",
    "Sinclair QL was a commercial disaster but I love it.",
    "I abused the serial port trying to get a null modem link, fried the UART.",
    "Shoot 'em up week on the retro stream: R-Type, Gradius, Xenon 2.",
    "Requeen or die, that hive has laying workers.",
    "A mouse got in over winter and destroyed the comb.",
    "I squashed a few bees by accident putting the lid back, always do, feel terrible.",
    "Bee suits aren't sting-proof, wear gloves.",
    "The colony absconded, total mystery.",
    "I'm killing it at this beekeeping lark, three hives survived winter.",
    "Propolis glues everything shut, hive tool is your best friend.",
    "Robbing frenzy in the apiary, reduce the entrances.",
    "Our club secretary is stepping down, thanks for years of hard work, Margaret.",
    "Group project meeting at 4? I'm swamped, can we do 6?",
    "The professor slaughtered half the class on that exam, average was 42%.",
    "I'm going to kill this essay tonight and sleep tomorrow.",
    "Anyone got past papers for the stats module? They're brutal.",
    "Your code is correct but impossible to read. Comment it and break the big function up.",
    "Exam stress is real, if anyone's struggling the student wellbeing line is open 24/7.",
    "The debate team destroyed the opposition in the final.",
    "Revision group: bring snacks and past papers. Phones away.",
    "Food bank update: we're out of pasta and tinned tomatoes, donations welcome.",
    "Charity shop stocktake was carnage, but we got through it.",
    "Volunteers, please don't argue with clients about eligibility, pass it to the supervisor.",
    "A volunteer at the shelter got bitten by a stray, reminder to wear gloves.",
    "I'll be dead on my feet after the marathon water station shift.",
    (
        "Constructive feedback on the volunteer newsletter: too long, too many fonts, and the "
        "dates are wrong."
    ),
    "The rider who died at the TT this year was a legend, thoughts with his family.",
    "Lane splitting is legal here, just don't be reckless.",
    "This bike is a beast, 200 horsepower of murder.",
    "Kill switch is on the right bar, check it's not flipped if it won't start.",
    "Dropped it at walking pace, bent the brake lever. Embarrassing.",
    (
        "Honest take on your first ride report: you were way too fast for the conditions. Glad "
        "you're okay."
    ),
    "Ride out on Sunday, meeting at the Ace Cafe at 9.",
    "I crashed into a hedge avoiding a deer. Me, bike and deer all fine.",
    "Watch out for diesel spills on the roundabout, it'll put you down in a heartbeat.",
    "Murder mystery night at the bike club, dress up!",
    "I'm going to slaughter my personal best at the track day.",
    "The new guitarist absolutely shreds.",
    "Kill your darlings, the producer said, and cut my favourite verse.",
    "Our drummer beat cancer and is back on the kit, so proud.",
    "Vocal warm-up: lip trills, sirens, then murder a few scales.",
    "The amp blew up mid-set, smoke everywhere, show must go on.",
    "Your band photo is lovely but the logo is unreadable, black metal style isn't for posters.",
    "Strangled cat noises from my violin this morning, beginner life.",
    "Dead string, replace all at once or they'll sound uneven.",
    "Tonight's gig was a massacre, we were rubbish, the sound was rubbish, lessons learnt.",
    "Brutal but fair: the ending of your song just stops. It needs a resolution.",
    "Please stop calling my dog 'the killer', he's a chihuahua.",
    "The puppy assassinated my slippers.",
    "Anyone know a good trainer for dog aggression? Mine lunges at other dogs.",
    "Dog fighting ring busted near Leeds, awful news, RSPCA has the dogs.",
    "My cat is a serial killer, three mice this week.",
    "Please be careful with antifreeze, it kills cats and they like the taste.",
    "Dogs die in hot cars. Don't leave them, not even for five minutes.",
    "My dog's 'attack' command is a trick: he jumps on the sofa and licks your face.",
    "The cat attacked my hand for daring to stop petting her.",
    "The grooming was a bloodbath, he hates his nails done.",
    "That lens is a killer for wildlife.",
    "Shoot in RAW and save yourself grief.",
    "Camera fell in the sea, it's dead, I'm dead inside.",
    "My photos got slaughtered at the club comp, judge said they lacked impact. He's right.",
    "Aim for the eyes with autofocus.",
    "The hunter's gun went off just as I was photographing the deer, scared me to death.",
    "Gun-shy dogs make terrible photo subjects in the field.",
    "Honest feedback: your portfolio has 40 images and 10 good ones. Cut it down hard.",
    "Shoot first, ask questions later, that's street photography for you.",
    "Cut the pork belly into chunks and blast it in a hot oven.",
    "Brine your turkey or it'll be dry as a bone.",
    "This knife is lethal, be careful when you unpack it.",
    "I killed my cast iron pan with dish soap, apparently.",
    "Actually soap is fine on cast iron, it's soaking it that kills the seasoning.",
    "The chilli competition was a bloodbath, my mouth is still on fire.",
    "Beat the dough into submission, knead for ten minutes.",
    "The recipe is good, but your photos make it look grey. Natural light next time.",
    "My mum always says I massacre her stew recipe. She's right.",
    "That cake is to die for.",
    "The trout were hit hard by the heatwave, lost three in the pond.",
    "Shoot the probe into the tank and check the temp.",
    "The pleco is a vandal, uprooted every plant.",
    "New tank syndrome killed my first fish, I know better now.",
    "Your water parameters are a disaster, but it's fixable. Test kit, water changes, patience.",
    "Assassin bug in my flower bed, fascinating creature.",
    "Hammering out the old lintel was brutal, two days of work.",
    "I shot the ceiling with texture spray and it looks amazing.",
    "The old bathroom was ripped out in a day.",
    "Butchered the first cut on the worktop, ordering another.",
    "Don't let anyone near the table saw without training, it'll take a hand off.",
    (
        "Critique: the new decking looks great, but your post spacing is too wide and it'll sag. "
        "Add a post."
    ),
    "We're going to kill the damp once and for all with a proper membrane.",
    (
        "A contractor threatened me when I refused to pay for unfinished work. Trading Standards "
        "are involved now. Anyone been through this?"
    ),
    "This Spanish podcast is about a famous murder case, great for listening practice.",
    "'Tirer' in French can mean to pull or to shoot, context matters.",
    "I nearly died laughing when I said 'I'm pregnant' instead of 'I'm embarrassed' in Spanish.",
    (
        "The teacher slaughtered my accent in front of the class. It stung, but she offered "
        "extra sessions."
    ),
    "Your essay structure is weak and the conclusion doesn't follow. Plan before writing.",
    "Korean swear words list for context? Just so I understand K-dramas, not to use.",
    (
        "Writing a thriller, the antagonist stalks the heroine and leaves threatening notes. Is "
        "it too dark for the prompt?"
    ),
    "Trigger warning: this chapter depicts a suicide attempt. Resources at the end.",
    (
        "My fic was savaged in the review exchange, but the reviewer made good points about my "
        "worldbuilding."
    ),
    "The hero kills the dragon, wins the crown, and the fandom riots.",
    "Your OC is overpowered, she wins every fight without effort. Give her a weakness.",
    "Knife fight choreography for writers: thread below.",
    "The villain threatens to expose the hero's secret identity. Classic.",
    (
        "I'm going to kill off the love interest and there's nothing you can do about it. "
        "Mwahaha. (Chapter 40 drops Friday.)"
    ),
    "Necromancer in my campaign is a delight, the players hate him.",
    "The goblin threatens the party: 'Give me your shinies or I stab!'",
    "Fudged the rolls to save a player's character. Do you think that's wrong?",
    (
        "Playing a serial-killer villain in a horror one-shot tonight. Everyone at the table "
        "agreed to the content."
    ),
    "'Your days are numbered,' said the dark lord. Cue dramatic music.",
    "Kill the telescope fan before imaging, the vibration shows up.",
    "A meteorite nearly hit a house in Poland, incredible.",
    "Dark site neighbours complained about our car lights. Fair, we'll use red filters.",
    "Star death, stellar collapse and neutron stars: tonight's club lecture.",
    "Killed the PC battery, now the BIOS resets every boot.",
    "The Commodore 1541 is a beast of a drive, heavy as a brick.",
    "Loading tapes took ages, you'd go make a sandwich.",
    (
        "Someone in the retro discord threatened a seller after a dispute. Please take disputes "
        "to PayPal, not DMs."
    ),
    "Nuke and pave, reinstall the OS from scratch.",
    "Queen excluder or death, my supers are full of brood.",
    "Combine the weak colony with a strong one, newspaper method.",
    "My neighbour panicked about the swarm. I collected it in ten minutes and she was fine.",
    "The exam board butchered the marking scheme this year, everyone's complaining.",
    "Group project is dead in the water, two members dropped the module.",
    "We crushed it in the quiz, study group FTW.",
    "I'll kill for a decent coffee in this library.",
    (
        "Feedback on your poster: the text is too small and there's no clear conclusion. Good "
        "data though."
    ),
    "Sorting donations is brutal on the back, lift with your knees.",
    "The homeless shelter had a fight last night, police called, no volunteers hurt.",
    "Our charity got savaged in the local paper for admin costs. We're putting out a response.",
    "Let's smash it at the sponsored walk!",
    "A squid passed me on the bypass at 90, absolute lunatic, hope he's alright.",
    "Motorcycle deaths are up this year, please do advanced training.",
    "Rev it, feel the torque, it's a monster.",
    "The engine's dead, seized solid.",
    "Track day instructor tore my lines apart. I braked too early everywhere.",
    "Dragged a knee for the first time!",
    "Honestly your bike is lovely but those pipes are illegal and you'll get pulled.",
    "That high note nearly killed me but I hit it.",
    "Bass players are the unsung heroes, don't @ me.",
    "Someone said my singing would make a dog howl. My dog agreed, she howled along.",
    (
        "Mods, a user DM'd me saying they'd find me at my gig. Screenshots attached. Not sure "
        "how serious it is."
    ),
    "The news says a man was stabbed outside the venue last night. Stay safe, everyone.",
    "Your songwriting is lazy. Every track is verse-chorus-verse at the same tempo. Push yourself.",
    "My cat hisses at the vacuum like it's a mortal enemy.",
    "Shelter dog training, day 3: she stopped growling when I walk past her bowl.",
    "Please stop posting dog fight videos, even to condemn them. Link the news story instead.",
    "Stray cats are getting killed on the main road, we're setting up a TNR group.",
    (
        "Honest: your kennel setup is too cramped. Bigger runs, more enrichment. Not a dig, it's "
        "welfare."
    ),
    "I shot the Milky Way over the castle ruins last night.",
    "Brutal lighting at the venue, the photos are grainy as hell.",
    "That 'horror' photoshoot with fake blood looks amazing!",
    "Shooting a murder-mystery party for a client on Saturday, costumes and props.",
    "Your photo of the crash scene is powerful, but I'd blur the number plate before posting.",
    "My souffle committed suicide in the oven. Flat as a pancake.",
    (
        "Please don't put 'kill yourself' jokes in recipe comments, even as banter. Some people "
        "are struggling."
    ),
    "The knife I bought cuts through a tomato like nothing, scary sharp.",
    "Burnt the garlic, had to start over. Classic.",
    "My sister says my pavlova is a crime against meringue. Sisters.",
    "Kill the extractor fan while you flambé or it'll pull the flame.",
    "The fish tank heater stuck on and cooked my plants. Fish survived, thank god.",
    "Guppies breed like crazy, I'm drowning in fry.",
    "Catfish went on a rampage and ate the neons. My fault for stocking them together.",
    "Sorry, but that tank is too small for a goldfish. Think 100 litres minimum for fancies.",
    "The wall came down in one hit, it was barely attached.",
    "Hanging the ceiling light, wish me luck with the wiring.",
    "Angle grinder kickback is what kills DIYers, use both hands.",
    "My dad says I murdered his workbench. I did put a hole in it.",
    "The roofers smashed three tiles walking on them, replacing at their cost.",
    "I'm killing time on Duolingo during my commute.",
    "In Japanese, 'shinu hodo' means 'to death', as in 'I'm so tired I could die'.",
    "My Chinese tones are a disaster, my tutor flinches every time.",
    "Your Spanish accent is actually lovely, it's just your vowels are too long.",
    "Horror fic with a killer clown, comments welcome!",
    "The author's note threatens a sequel, I'm so excited.",
    "'I'll destroy you,' she said, grinning over the chessboard. Fluff, I promise.",
    "Read your draft: it's rough. Clunky sentences, too many adverbs. But the ending got me.",
    "Tabletop horror night: Call of Cthulhu, someone's going insane for sure.",
    "My ranger's pet wolf mauled the bandit, we got a kill streak going.",
    "The DM killed the campaign after six months, real life got in the way.",
    "Rules lawyers welcome, I need help with this grapple ruling.",
    "Shoot Jupiter at high frame rate and stack the best 10%.",
    "The first time I saw Saturn through a scope, it blew my mind.",
    "Dying to get out under dark skies this weekend.",
    "Meteor shower was a washout, clouds killed it.",
    "My Amiga 500 finally died, the Agnus chip is cooked.",
    "Killer app of 1985: the spreadsheet.",
    "Strip the Spectrum down, clean the keyboard membrane, reassemble.",
    "Took a sting to the eyelid, swelled up like a balloon.",
    "Bees will sting to defend the hive, it's not personal.",
    "The smoker went out mid-inspection and the bees let me know.",
    "Anyone else have a honey harvest that's absolutely killing it this year?",
    "Exam season is a war zone in the library.",
    "My tutor destroyed my essay plan, but his notes were really helpful.",
    "I'd die for a first in this module.",
    "Study group tonight, let's go through the brutal question from the 2019 paper.",
    "The shelter is drowning in kittens this summer, please foster.",
    "Volunteer burnout is real, look after yourselves.",
    "Our Christmas appeal smashed last year's total.",
    "Crashed on ice this morning, me fine, fairing not so much.",
    "Riding in the rain is a nightmare, my visor kept fogging.",
    (
        "Honestly your ride-out route was a mess: two dead ends and a gravel lane on sports "
        "bikes. Plan it better next time, yeah?"
    ),
    "Cut the clutch, roll it in neutral, and listen for the noise.",
    "I'm going to shoot the bike for the classifieds tomorrow.",
    "A biker was killed on the bypass last night, the police are appealing for witnesses.",
    "Our bassist broke his wrist skateboarding, gig's postponed.",
    "The conductor ripped into the brass section today. Deserved it, we were a mess.",
    "Your mix is harsh in the top end, roll off above 12k and it'll sit better.",
    "I want to strangle whoever invented barre chords.",
    "This album is a total assault on the ears, I love it.",
    (
        "Someone called me a talentless hack under my video. Not gonna lie, it hurt. Anyway, new "
        "song's up."
    ),
    "Screaming vocals workshop: how to do it without wrecking your throat.",
    "The dog killed a rat in the garden and looked so proud.",
    "Vet says the lump is benign. Crying happy tears.",
    "Rescue dog came with 'bite history' in her notes. Six months later she's a sweetheart.",
    "My kitten goes feral at 3am, zoomies of doom.",
    (
        "Constructive criticism of your dog's show stance: his back legs are too far out. Stack "
        "him tighter."
    ),
    "I'd hang that print on my wall any day.",
    "The exhibit is a knockout, go see it.",
    "My sensor's dead, lines across every image.",
    "Judges destroyed my entry but their feedback was useful: too busy, no clear subject.",
    "Flash photography kills the ambience at gigs, please don't.",
    "Shoot the moon at 1/250 and f8, base ISO.",
    "Kill the heat, add the butter, stir till glossy.",
    "Chef said my knife work was sloppy. Practising julienne tonight.",
    (
        "Harsh review of my supper club: 'underseasoned and overpriced'. Ouch, but fair about "
        "the seasoning."
    ),
    "The restaurant got slaughtered in the food guide this year.",
    "Stab the potatoes with a fork before microwaving, or they explode.",
    "My pressure cooker exploded, soup on the ceiling, nobody hurt.",
    (
        "Stab the fish through the head quickly, it's the most humane way. That's how my grandad "
        "did it."
    ),
    "Killifish are gorgeous, underrated species.",
    "Zebra danios are nippy little terrors.",
    "Black beard algae is going to be the death of me.",
    "This shrimp tank is a murder scene, the dragonfly larvae got in.",
    "Honest critique of your reef: too much rock, not enough flow. Corals will suffer.",
    "Knock through the wall between kitchen and dining? Get a structural engineer.",
    "The old boiler is dead, replacing it this month.",
    "I absolutely massacred the first coat of paint, drips everywhere.",
    "Rip the old sealant out with a knife, clean with meths, reapply.",
    "I'm shooting for a September finish on the loft conversion.",
    "My German teacher's corrections are savage but she's the best teacher I've had.",
    "Hanging out in the language café Tuesday, come say hallo.",
    "'Ich bringe dich um' is 'I'll kill you', just so you recognise it in films.",
    "Failing the JLPT N3 again, going to kill it next time.",
    "Brutal review from my conversation partner: my past tense is all over the place.",
    "I'm writing a murder mystery set in a beekeeping village. Research help welcome!",
    "The hero snaps the villain's neck in the final chapter. Was that too graphic?",
    "Honestly it fits, but the lead-up is rushed. Slow the confrontation down.",
    "I think fan fiction gets too much hate from people who've never read it.",
    (
        "My fic got 'this is garbage' in the comments. I deleted it and moved on. The other 200 "
        "comments were lovely."
    ),
    "Just lost a three-year character. Dead. Gone. Doing a eulogy next session.",
    "Blackmail is a legit plot tool for villains in a noir campaign.",
    "That encounter was a meat grinder.",
    "I'm going to ambush the party with kobolds, they'll never see it coming.",
    "Trap-heavy dungeons kill players, warn them in session zero.",
    "Shoot the Orion Nebula with short exposures to avoid blowing out the core.",
    "Kill the dew by wrapping the scope in a heater strap.",
    "The club scope got damaged in transport. Insurance claim in progress.",
    "The asteroid will miss Earth by a comfortable margin, don't panic.",
    "I fried a chip static-zapping it. Ground yourself, folks.",
    "Screen burn on the CRT from leaving the game paused. Lesson learnt.",
    "That Apple II is in rough shape, I'll give it a good scrub.",
    (
        "Honest: your retro blog has great info but the site is painful to read. Bigger font, "
        "fewer ads."
    ),
    "Requeened yesterday, the old queen was laying drone brood only.",
    "Wasp traps are killing it this year, but they catch bees too, be careful.",
    "The bees went berserk when a lawnmower started nearby.",
    "I killed the module, first class mark!",
    "Don't let the imposter syndrome kill your confidence, you belong here.",
    "Professor absolutely destroyed the flat-earther in the lecture Q&A, with kindness.",
    "The charity run was murder on my knees.",
    "The mayor got heckled at the volunteer awards, awkward.",
    "Please report anyone aggressive at the drop-in to the team leader, don't engage.",
    "I nearly killed myself laughing at the volunteer Christmas quiz answers.",
    (
        "My motorbike instructor was brutal, failed me on my observation. Fair, I didn't check "
        "the mirrors."
    ),
    "The Isle of Man TT kills riders almost every year, it's a brutal race.",
    "This bike eats tyres for breakfast.",
    "Drop the clutch and pray, how I learnt wheelies.",
    "Crash bars saved my engine when I dropped it.",
    (
        "Gig review: the band was tight, the sound was muddy, the singer forgot the words twice. "
        "Three stars."
    ),
    "Killed it at the audition, got the part!",
    "You can 'kill' a note by damping with your palm.",
    "The drummer had a meltdown on stage, we carried on.",
    "Our band name, 'Slaughterhouse Five', is a Vonnegut reference, not a threat.",
    "That song is about the singer's suicidal phase and how he got through it. Powerful listen.",
    "My cat hunts like a professional assassin.",
    "Warning: there's a dog attacking sheep near the village, farmer says keep yours leashed.",
    "Heelwork training is killing my back, so much bending.",
    "Your dog's recall is terrible, and that's on training, not the dog. Long line and patience.",
    "My husky tried to eat the cat. Supervision forever.",
    "Shoot tethered in the studio, it saves heartache.",
    "Flash sync at 1/250 or you'll get a black band. Killed a whole set that way.",
    "Someone stole my camera bag at the station, gutted. Police report filed.",
    "Your edit is heavy-handed. The vignette is too strong and the skin's over-smoothed.",
    "Onion, garlic, ginger: the holy trinity. Chop them to death.",
    "The chef threatened to throw the dish at the wall, Gordon Ramsay style, then laughed.",
    "I'd kill for my grandma's pierogi recipe.",
    "Recipe was a disaster, but I'll try again with less flour.",
    "Kill the air pump at night, the noise is driving me mad.",
    "My tank crashed overnight, total wipeout.",
    "Lobsters in a reef tank are murderers, keep them separate.",
    "Honestly that filter is overkill for 30 litres, you'll blow the fish around.",
    "Smash and grab at the builder's yard, they nicked the copper pipe.",
    "The loft conversion is killing my budget.",
    "Your plastering is wavy. More practice on a board before you do a wall.",
    "Tear out the old hearth and open the chimney.",
    "Learning Arabic, my teacher's red pen is merciless.",
    "I keep mixing up 'to shoot' and 'to throw' in Spanish, 'disparar' vs 'tirar'.",
    "Brutal honesty: your Japanese handwriting is illegible. Practise stroke order.",
    "My villain poisons the king in chapter five. Nobody suspects.",
    "The fic I'm reading has a serial killer protagonist, and it's excellent.",
    "Kudos to the author for writing a realistic depiction of depression. Handled carefully.",
    "Beta notes: your fight scenes are confusing. I can't tell who's hitting whom.",
    "Our rogue poisoned the well. Whole village sick. Party morally questionable.",
    "Critical hit! The ogre goes down.",
    "Boss fight lasted four hours, we nearly died twice.",
    "Light pollution kills astronomy in cities, support dark-sky laws.",
    "Shoot flats at the end of every session or your dust donuts will haunt you.",
    "Retro repair stream: today we kill a dead pixel on a Game Boy.",
    "That Amstrad has a fatal flaw: the cassette deck belt perishes.",
    "Cut out the queen cells or they'll swarm.",
    "Wax moths destroyed my stored frames, freeze them next year.",
    (
        "I'll be killing myself over this dissertation until May. (Figure of speech, I'm fine, "
        "just stressed.)"
    ),
    "Group chat got heated about who does the references. We sorted it.",
    "Prof's feedback: 'unclear argument, weak evidence, promising ideas'. Harsh but fair.",
    "The drop-in centre was hit by a burglary, they took the laptop.",
    "We beat our volunteer record this year, 300 people helped!",
    "I nearly got taken out by a car pulling out of a junction. SMIDSY as usual.",
    "Brutal crosswind on the bridge, nearly got blown into the next lane.",
    "Kill the ignition if you go down, if you can.",
    "Your vocal take is pitchy in the chorus. Comp the best lines or retrack.",
    "Who's coming to the jam night? I'll bring my cajon and murder some blues standards.",
    "The keyboard solo on that track is absolute carnage, in a good way.",
    "Don't die on that hill, the Strat vs Les Paul debate is pointless.",
    "Our singer lost her voice screaming at the football. Gig's off.",
    "Honestly, the band's image is dated. The music's good but the press photos look like 2004.",
    "If you tap the mic and it's dead, check the phantom power.",
    "I'd rather die than play in 7/8 again, my brain melted.",
    "The critics tore the new album to pieces. I kind of agree, it's overproduced.",
    "Teaching my dog to 'play dead' on 'bang', she's nearly got it.",
    "The dog lunged at a cyclist and I went flying. Nobody hurt. Working on it with a trainer.",
    "My neighbour's cat is beating up my cat. Any tips for deterrents?",
    "Every time I open the cat food she attacks my legs.",
    (
        "Heartbreaking: our foster dog was returned after biting the adopter's child. Back to "
        "square one with training."
    ),
    "Stop the dog from killing the cushions with a sturdy chew toy.",
    "Tough love: if you can't afford the vet, don't get the puppy.",
    "The lighting at the gig was murder for photographers, red LEDs everywhere.",
    "Shoot through a window to get natural reflections.",
    "Your night shots are blurry because you're handholding. Tripod, 2-sec timer.",
    "My subject blinked in every frame. I could've screamed.",
    "Aim the strobe at the wall behind the subject for a halo.",
    "Shooting macro is addictive, my whole garden is a hunting ground now.",
    "Cut the butter into the flour till it looks like breadcrumbs.",
    "The bake-off judges were savage to me, soggy bottom and all.",
    "This ragu simmered for eight hours, it's absolutely lethal.",
    "Beat the crap out of the pork cutlet, it makes a great schnitzel.",
    "You overworked the dough, that's why it's tough. Less kneading for pastry.",
    "Please don't use raw eggs in the mayo for pregnant guests.",
    "Nitrite spike killed my snails, testing daily now.",
    "The discus tank is a work of art, well done.",
    "Critique: your hardscape is beautiful but the plant choice is lazy, it's all Java fern.",
    "My clown loach died suddenly. Any idea why?",
    (
        "Could be a lot of things: ich, water quality, or stress from being kept alone. They "
        "need groups."
    ),
    "Shoot some silicone round the frame, job done.",
    "We gutted the bathroom, found asbestos, now waiting for a specialist.",
    "Hammer, chisel, patience, and you'll get the old tiles off.",
    "The electrician said whoever wired this should be shot. Figure of speech, but yikes.",
    "Demolition permit approved, the extension starts Monday.",
    "Harsh but fair: if you don't know how to find a joist, don't hang a TV on a stud wall.",
    "I keep killing my Spanish streak, today's my 5th restart.",
    (
        "In Portuguese 'matar a saudade' means to kill the longing, i.e. see someone you miss. "
        "Beautiful."
    ),
    "French native here, your essay is good but you overuse the passive voice.",
    "Got a brutal score in my speaking test, 4/10. Determined to fix it.",
    "My verb drills are murdering my free time.",
    "Anyone want to critique my fic? Be merciless, I can take it.",
    (
        "Okay, you asked: the prose is purple, the plot's thin, the characters are great. Cut "
        "the adjectives in half."
    ),
    (
        "I'm plotting a heist fic where the crew threatens a corrupt mayor. Need help with the "
        "blackmail scene."
    ),
    "This fic made me cry, laugh and want to throw my phone. 10/10.",
    "Our DM threatened to unleash the tarrasque if we don't stop derailing the plot.",
    "Level drain by the wraith, my paladin is ruined.",
    "We executed the plan perfectly, the heist went off without a hitch.",
    "Slay the beholder and loot its lair.",
    "Dying to see the Perseids this year.",
    "My mount's motor died halfway through the night.",
    "Gas giants: killer targets for beginners.",
    "Crushed it at the astrophoto competition, second place!",
    "The ancient 8086 refuses to boot, probably a dead RTC battery.",
    "Blow on the cartridge, the classic fix that doesn't actually work.",
    "The retro fair was carnage, queues round the block.",
    "That game is notoriously brutal, good luck.",
    "My bees murdered a mouse and propolised it. Nature is wild.",
    "Killer bees are a myth in the UK, don't panic.",
    "My bee suit has a tear, got stung through it. Repair time.",
    "The treatment killed the mites, colony's healthy.",
    "The stats lecture killed me, understood nothing.",
    "Group project: I'm going to murder this spreadsheet today.",
    "If you're struggling in the group, say so, no shame. We'll redistribute tasks.",
    (
        "Campus safety alert: someone was assaulted near the library at night, use the safe-walk "
        "service."
    ),
    "The charity gala was a knockout success.",
    "I'm dying to volunteer at the festival again next year.",
    "Our soup kitchen got slammed by the council inspection, fair points about hygiene though.",
    "Bikers' charity toy run, 500 bikes, smashed the record.",
    "Brake failure on the descent, used engine braking, survived. Got the bike checked.",
    "My bike is a death trap until I fix the wobble, not riding it.",
    "Your bike's chain is slack enough to jump off. Tension it before you ride.",
    "The speed camera got me, points on the licence. Deserved.",
    "Kill the fuzz pedal on the quiet verses.",
    "Snare sound is dead, needs tuning up.",
    "We got destroyed in the battle of the bands, third place out of four.",
    "Honest feedback on your songwriting: good hooks, weak verses. Rewrite verse two.",
    "My German shepherd guards the house like a soldier.",
    "Cat fight outside at 4am, woke the whole street.",
    "The snake ate its mouse, no drama this time.",
    "Don't let the dog kill the hedgehog, they come out at night.",
    "Photo walk Sunday: industrial ruins, bring a wide lens.",
    "Honestly, your watermark is bigger than your subject. Shrink it.",
    "Killing the background noise in Lightroom is a pain.",
    "I'm butchering my first whole chicken tonight, wish me luck.",
    "Honest review: the tart was beautiful, but raw in the middle. Blind bake next time.",
    "Shot of espresso, shot of rum, shot of my sanity, it's been a week.",
    "My angelfish went for the tetras, rehoming.",
    "Cycling took six weeks, I nearly lost my mind.",
    "Ripping up the lino revealed a mess of glue, heat gun time.",
    "Screwed the drywall screws in too deep, popped the paper.",
    "Your joinery is sloppy, but it's your first. Sharpen the chisels and go slow.",
    "I'm murdering Mandarin tones, my tutor laughs kindly.",
    "'Tuer le temps' and 'kill time' mean the same thing, nice.",
    "The archive deleted a fic for harassment in the author notes. Good call.",
    (
        "Writing a scene where the villain threatens the heroine's family. How do I make it "
        "menacing without being gratuitous?"
    ),
    "Show the threat through what she fears, not through gore.",
    "The party's cleric raised me from the dead, I owe her a drink.",
    "Kill count this session: 14 goblins, 1 chicken (accident).",
    "The imaging rig tipped over in the wind, scope's fine, I'm not.",
    "Kill switch on the mount saved my camera from a cable snag.",
    "Floppy disk graveyard found at a car boot sale, 200 disks, some still work.",
    "Honest critique: your game has great art but the controls are terrible. Fix the jump.",
    "Swarm season is killing me, third swarm this week.",
    "Honey extractor is a beast, took four of us to lift it.",
    "Our study group smashed the mock exam.",
    "Lost my notes, I'm dead.",
    "Volunteer orientation: how to handle threats or abuse from visitors safely.",
    "Please don't leave sharp objects in the donations, someone cut their hand today.",
    "Cold tyres killed my grip on the first corner. Warm them up properly.",
    "Never ride tired, it's how people die.",
    "The torque on that new naked bike is savage.",
    "That vocalist has a voice that could wake the dead.",
    "Our band's first gig was a car crash, but we learnt heaps.",
    "My dog's a killer at fetch, never drops the ball.",
    "Grooming salon was a war zone after three doodles in a row.",
    "Shoot the eyes, everything else can be soft.",
    "Burnt to a crisp, but the smoke alarm enjoyed it.",
    "Slash the top of the loaf before it goes in the oven.",
    "Blackwater tank for my bettas, they love it.",
    "Snail massacre by the assassin snails, job done.",
    "We knocked the chimney breast out, so much dust.",
    "That staircase is a deathtrap, no handrail, fix it before you sell.",
    "My teacher beats me at every vocab quiz.",
    "I butcher Welsh place names daily, sorry Wales.",
    "The cliffhanger at the end of chapter nine killed me.",
    "Dark fic recommendations? Whump, angst, villain wins.",
    "Our DM ran a horror one-shot, my character died screaming, ten out of ten.",
    "Evil campaign: the party plays villains plotting to overthrow the king. Anyone run one?",
    "Jupiter's Great Red Spot is shrinking, kind of sad.",
    "The club's old refractor is a tank, built in 1962 and still perfect.",
    "The power supply went bang, the smell was horrific.",
    "Nectar flow is killing it right now, supers filling fast.",
    "Please stop stealing the good chairs in the study room. Kindly. From everyone.",
    "Volunteers needed for the 'Stop Knife Crime' community event.",
    "Slow down on the gravel, it'll bite you.",
    "Biker down on the A40, avoid the area, air ambulance landing.",
    "Shoot me a DM if you want to join the Sunday ride.",
    "I'm going to kill the mix tonight, final version by Friday.",
    "The pit was violent but respectful, everyone picked each other up.",
    "Drummers, stop beating your cymbals to death, let them ring.",
    "Your mastering is too loud, it's crushed. Leave some dynamics.",
    "I slapped the bass so hard I broke a string.",
    "The dog attacked the lawnmower, again.",
    "My cat tried to murder a moth for an hour.",
    "Someone's been threatening dog walkers in the woods, police have been told, walk in pairs.",
    "Shooting my first model portfolio, nervous as hell.",
    "Brutal honesty requested for my portfolio review. Go for it.",
    "Sure: weak first image, inconsistent editing, great eye for light though. Reorder and trim.",
    "My chili recipe will knock your socks off.",
    "Don't skewer the steak to check doneness, use a thermometer.",
    "The review said my bakery's bread 'lacks soul'. Hurt, but I'll work on the crust.",
    "Dead plants melting in my tank, ammonia incoming.",
    "Floating dead fish this morning, testing everything.",
    "Sledgehammer therapy, knocking down the garden wall.",
    "Drill into a pipe and you'll know about it.",
    "My landlord butchered the repairs, paint over mould.",
    "Homework: translate the newspaper article about the bank robbery.",
    "The Russian verb 'убить' means to kill, aspect pair with 'убивать'.",
    "My fic got hit by a spam bot leaving 'you suck' on every chapter, archive dealt with it.",
    "Honestly, your summary is a turn-off. Rewrite it to hook people.",
    "Our barbarian threatened the innkeeper and we got kicked out of town. In game, for clarity.",
    "I'm slaughtering the dice gods with my luck tonight.",
    "The solar filter saved my eyes and my camera.",
    "I'll shoot the eclipse from the hill, join me.",
    "My Dreamcast VMU battery died and took my saves with it.",
    "That game's final boss is a killer.",
    "Bees died of starvation in March, feed fondant, folks.",
    "Stung on the lip, looking like a trout.",
    "Murdered my sleep schedule for finals.",
    "Exams are over, time to die in bed for a week.",
    "Volunteering at the hospice is hard but rewarding.",
    "The litter pick turned up a knife, handed it to the police.",
    "Lean it in, trust the tyres, look where you want to go.",
    "The group ride got split at the lights, classic, regrouped at the café.",
    "My first track day, I was slaughtered by 60-year-olds on old Fireblades.",
    "That bass drop hits like a truck.",
    "The tenor blew a note in the Messiah and the whole choir giggled.",
    "Your tabs are wrong in bar 12, it's a hammer-on, not a slide.",
    "She's a killer of a vocalist.",
    "Dog chewed through the charger cable, thankfully unplugged.",
    "My cat bit the vet. The vet laughed. I apologised a lot.",
    "I can't believe someone would dump kittens in a bin, awful. RSPCA has them now.",
    "My lens hood got smashed, cheap fix.",
    "Shooting in harsh noon light is brutal for portraits, find shade.",
    "Honest crit: your horizon is tilted, fix in post.",
    "This pasta sauce absolutely slaps.",
    "Gut and scale the mackerel, grill it whole.",
    "Salt kills the bitterness in aubergine, sprinkle and wait.",
    "Oscar fish are puppy-like, but they'll eat anything smaller.",
    "Hydra killer: fenbendazole, use carefully around snails.",
    "Strip the old varnish with a heat gun, careful not to scorch.",
    "The shower tray cracked, bad fitting by the last plumber.",
    "The builder's quote is daylight robbery, getting three more.",
    "Exam for my A1 German is tomorrow, I'm terrified.",
    (
        "Wrote my first short story in Spanish, the teacher tore it up with corrections. "
        "Gracias, profe."
    ),
    "Character death tag applies, sorry in advance.",
    "My co-author killed my OC without asking. We're having words. Friendly words.",
    "Dragon's breath weapon wiped the front line.",
    "Smite the undead, paladin!",
    "The scope's focuser is shot, replacing it.",
    "Clouds have murdered every clear night this month.",
    "I salvaged the RAM from a dead board, rest in pieces.",
    "My BBC Micro is a tank, survived a drop off the desk.",
    "Inspect weekly in swarm season, or you'll lose half your bees.",
    "The hive beetle hasn't reached the UK, keep an eye out.",
    "Flatmate's alarm clock is going to be the death of me.",
    "Dead tired after the all-nighter, but handed it in.",
    "We killed it at the bake sale, £400 raised.",
    "The youth club got vandalised again, they smashed the windows.",
    "Ride like you're invisible, because to car drivers you are.",
    "The Triumph is a beast on B-roads.",
    "My bike won't start, battery's dead as a doornail.",
    "The new bass player slays.",
    "Mixing tip: kill everything under 30Hz, it's just mud.",
    "Your chord voicings are boring, try some inversions.",
    (
        "Anyone else think the drummer in that video is the best in the world? He destroys those "
        "fills."
    ),
    "Accordion club meeting Thursday, bring your squeezeboxes and no mercy for the polka.",
    "The guitar neck snapped in the case during the flight. Airline's paying.",
    "Whoever keeps leaving the practice room unlocked: please don't. Someone's amp got stolen.",
    "Our lead singer is battling stage fright, be kind at the open mic.",
    "My puppy attacked her own reflection in the oven door.",
    "My old cat is dying, kidney failure. Making her last weeks comfy.",
    "Is it normal for a terrier to shake toys to death?",
    "Yep, it's the ratting instinct, totally normal.",
    "Please report dog attacks to the police and the council, it helps track dangerous dogs.",
    "The feral colony is thriving since we neutered them all.",
    "I shoot Fuji, fight me. (Friendly banter, use what you like.)",
    "Photography competition results: I got absolutely trounced.",
    "Long exposure of the storm, lightning struck twice in frame!",
    "Your prints are too dark, calibrate your monitor first.",
    "The photojournalist who shot the war in Ukraine is speaking at the club next month.",
    "Shoot your friends first, strangers second. Street photography tip, I mean.",
    "Dice the onions, crush the garlic, bash the spices.",
    "My knife skills are lethal now after that course. To vegetables.",
    "The soufflé died the second it left the oven.",
    (
        "Harsh truth: that's not carbonara, it's scrambled eggs with pasta. Take it off the heat "
        "before adding the egg."
    ),
    "Food poisoning from the street stall, lesson learnt.",
    "Hammer the chicken thin with a meat mallet.",
    "Killer curry recipe, thread below.",
    "The betta killed his tankmate, so he lives alone now.",
    "Thinking of adding an assassin snail army to my planted tank.",
    "RIP to my 12-year-old pleco, he was a legend.",
    "My reef crashed because of a power cut. Battery backup next time.",
    "Constructive criticism: your aquarium YouTube videos are too long. Cut the intros.",
    "The floorboards are rotten, ripping them up tomorrow.",
    "Mixing concrete by hand nearly killed me, hire a mixer.",
    "The window fitter smashed a pane, replaced at no cost, good lads.",
    "Renovation update: the kitchen is a bomb site.",
    (
        "Honest assessment: you're out of your depth on the rewire. Get a sparky, it's not worth "
        "dying for."
    ),
    (
        "My Norwegian teacher said I sound like I'm being strangled when I try the vowels. We "
        "both cried laughing."
    ),
    "The word for 'massacre' in Italian is 'strage', learned it from the news.",
    "Language exchange tonight was brutal, my partner corrected everything. So helpful.",
    "My fic's villain makes a blood oath to destroy the hero's family. Too cliché?",
    "The fandom war over the finale is exhausting. Can we all calm down?",
    "Fic rec: dark academia, murder, secret society. You'll love it.",
    "Rules as written, the spell kills instantly if they're under 100 HP.",
    "Our warlock sold his soul, the DM is thrilled.",
    "Killed the lich, saved the kingdom, lost the bard. Good night.",
    "Player threatened to quit over a ruling. We talked it out. All good now.",
    "The Perseids were killer this year, 60 an hour at peak.",
    "Someone crashed into the observatory gate, the club's repairing it.",
    "Burnt out the stepper motor, ordered a replacement.",
    "Your guiding graph looks like a seismograph. Check the balance.",
    "The ZX81 RAM pack wobble will kill your program every time.",
    "Speedrunners absolutely murder that game, sub-10 minutes.",
    "Old hard drive click of death, data's gone.",
    "The hive scale showed a massive drop, they swarmed.",
    "Bees attacked the dog when it knocked the hive, vet says he'll be fine.",
    (
        "Honest feedback on your honey: it's delicious, but the labels don't meet trading "
        "standards. Fix that before the show."
    ),
    "Exam results day, I'm terrified.",
    "My flatmate threatened to bin my unwashed dishes, fair enough tbh.",
    "Someone posted the group's shared doc publicly by accident, we've fixed the permissions.",
    "The final project is an absolute beast, 10,000 words.",
    "Beach clean collected 50kg of rubbish, a dead seal too, reported to the marine rescue.",
    "The coordinator pushed back hard on my plan. She had good points though.",
    "The bike shop destroyed my wallet, £600 service.",
    "Near miss today: lorry drifted into my lane. Horn and swerve, all good.",
    "Ride report: amazing roads, murdered a bacon roll at the café, home by 3.",
    (
        "Please, if your bike gets stolen, post the plate in the stolen bikes thread so everyone "
        "can look out."
    ),
    "My visor was so scratched it nearly killed me in the low sun, replaced.",
    "That lyric 'I'll drag you down to hell with me' is from our new song. Thoughts?",
    "Our drummer threatened to quit if we booked another Monday gig. We won't.",
    "Getting told my tone was 'thin and weak' by a pro was the best lesson I've had.",
    "Agility trial today, my collie demolished the course, clean run!",
    "The kitten is stalking my feet under the duvet, tiny predator.",
    "Shoot with a polariser to kill reflections on water.",
    "Your colour grading makes everyone look ill. Warm it up.",
    "Knead, punch down, shape, proof, bake.",
    "Tried to flambé, nearly burnt my eyebrows off.",
    "The old tank silicone is failing, time to reseal or replace.",
    "I sledgehammered the old fireplace surround, oddly satisfying.",
    "If your Spanish teacher threatens you with a pop quiz, it's a fair threat. Study.",
    "A beta's job is to be honest. 'It's boring in the middle' is useful, 'you're boring' isn't.",
    "Meteorite hunting in the desert, found a chunk of iron!",
    (
        "Beekeeping mentor told me straight: my inspections are too rough, I'm crushing bees. "
        "Slowing down."
    ),
]
