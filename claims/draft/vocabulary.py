"""The draft's word tables: what a count counts, whom, and the words that make a number no count.

Data only, so an editor's wording can be added without touching the drafting code. Keys are lower case.
"""
from __future__ import annotations

# the counted verb or noun -> `measure` (the vocabulary: killed, injured, displaced, freed ...)
MEASURES = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed",
    "died": "killed", "die": "killed", "dying": "killed", "deaths": "killed", "death": "killed", "victims": "killed",
    "fatalities": "killed", "lives": "killed", "perished": "killed", "toll": "killed", "bodies": "killed",
    "deceased": "killed",  # ("Among the deceased were 241 passengers and crew")
    "martyred": "killed", "martyrs": "killed",  # (a minister's word for the dead: "over 1,000 people martyred")
    "massacred": "killed", "massacres": "killed", "massacre": "killed",  # ("massacred 460 people")
    "murdered": "killed", "slain": "killed",  # ("Nearly 100 get murdered in terror attack")
    "succumbed": "killed",  # ("21 others succumbed to burns")
    "affected": "affected", "impacted": "affected",  # ("200,000 people affected in Burundi": no dead)
    "hostage": "taken-hostage", "captive": "taken-hostage",  # ("240 people taken hostage"; "hostages" are persons, freed or held)
    "wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured",
    "injuries": "injured", "hurt": "injured", "hurting": "injured",
    "displaced": "displaced", "displacing": "displaced", "uprooted": "displaced",
    "fled": "fled", "flee": "fled", "flees": "fled", "fleeing": "fled",
    "freed": "freed", "free": "freed", "frees": "freed", "freeing": "freed", "released": "freed",
    "release": "freed", "releases": "freed", "releasing": "freed",
    "missing": "missing", "unaccounted": "missing", "unlocated": "missing", "identified": "identified", "arrested": "arrested", "arrests": "arrested", "detained": "detained",
    "homeless": "homeless", "evacuated": "evacuated", "rescued": "rescued", "abducted": "abducted",
    "kidnapped": "abducted", "executed": "executed", "infected": "infected", "hospitalized": "hospitalized",
    "hospitalised": "hospitalized", "besieged": "besieged", "trapped": "trapped", "stranded": "stranded",
    "sheltering": "sheltered", "sheltered": "sheltered",
    "survived": "survived", "survive": "survived", "survives": "survived", "survivors": "survived",
    "aboard": "aboard", "onboard": "aboard",  # ("181 people on board": see counts)
}

# bodies found, identified or buried are a count of their own, never the death toll (a subset of the dead,
# which grows at its own pace): the handling verb after a body or death noun -> `measure`
BODY_NOUNS = ("bodies", "body", "corpses", "remains", "deaths", "fatalities", "victims", "dead")
BODY_HANDLING = {"recovered": "recovered", "found": "recovered", "retrieved": "recovered", "pulled": "recovered",
                 "collected": "recovered", "identified": "identified", "buried": "buried",
                 # bodies brought to a morgue or hospital, or examined there: "36 bodies received so far",
                 # "36 bodies have been kept at the teaching hospital", "nine bodies undergoing post-mortem"
                 "received": "received", "reached": "received", "kept": "received", "transported": "received",
                 "brought": "received", "taken": "received",
                 "handed": "returned", "returned": "returned",  # ("20 bodies have been handed over to families")
                 "post-mortem": "examined", "postmortem": "examined", "autopsy": "examined", "autopsied": "examined"}

# whom a count counts -> `who`
PERSONS = {
    "people": "people", "persons": "people", "person": "people", "civilians": "civilians", "civilian": "civilians",
    "children": "children", "child": "children", "kids": "children", "women": "women", "men": "men",
    "residents": "residents", "soldiers": "soldiers", "troops": "troops", "fighters": "fighters",
    "personnel": "personnel", "rescuers": "rescuers",
    "rebels": "rebels", "militants": "militants", "refugees": "refugees", "migrants": "migrants",
    "patients": "patients", "doctors": "doctors", "medics": "medics", "journalists": "journalists",
    "students": "students", "workers": "workers", "protesters": "protesters", "protestors": "protesters", "demonstrators": "demonstrators",
    "villagers": "villagers", "families": "families", "babies": "babies", "infants": "infants",
    "prisoners": "prisoners", "inmates": "inmates", "detainees": "detainees", "police": "police", "officers": "officers",
    "passengers": "passengers", "staff": "staff", "members": "members", "volunteers": "volunteers", "volunteer": "volunteers",
    "hostages": "hostages", "captives": "hostages", "teenagers": "teenagers", "rescuers": "rescuers",
    "nationals": "nationals", "citizens": "citizens", "individuals": "people", "males": "men", "females": "women",
    "adults": "adults", "girls": "girls", "boys": "boys", "campers": "campers", "crew": "crew",
    "pilots": "pilots", "pilot": "pilots", "national": "nationals",  # ("two pilots", "one Canadian national")
    "soldier": "soldiers",  # ("including one Lebanese soldier")
}

# money: the counted thing is the currency ("$10 million" is 10,000,000 dollars, whatever the verb)
CURRENCIES = {"$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "dollars": "dollars",
              "euros": "euros", "pounds": "pounds", "lira": "lira", "liras": "lira", "dirhams": "dirhams",
              "shekels": "shekels", "rupees": "rupees", "yuan": "yuan", "RS": "rupees", "RS.": "rupees",
              "₹": "rupees"}

# words that say the same fact in other words: compared when a draft looks for the key of an earlier report
SAME_FACT = {"dead": "killed", "died": "killed", "deaths": "killed", "death": "killed", "toll": "killed",
             "wounded": "injured", "hurt": "injured", "released": "freed", "release": "freed", "releases": "freed",
             "releasing": "freed", "captives": "hostages",
             "quake": "earthquake", "tremor": "earthquake", "temblor": "earthquake", "ceasefire": "truce",
             "pause": "truce", "lorries": "trucks", "begins": "begin", "began": "begin", "starts": "begin",
             "started": "begin", "start": "begin", "declares": "declare", "declared": "declare",
             "frees": "freed", "free": "freed", "assault": "attack", "assaults": "attack", "cease-fire": "truce",
             "arrangement": "deal", "agreement": "deal", "extension": "extended"}

# a verb before a number that names what it counts only there: "a landslide buried more than 2,000 people" (the
# buried, not yet counted dead); "2,530 of them were buried" tells what became of the dead
VERB_MEASURES = {**MEASURES, "buried": "buried"}

# a number before these is a measurement, not a count of things ("72 kilometres", "a 6.8-magnitude quake")
NOT_COUNTED_AFTER = ("kilometres", "kilometers", "km", "miles", "mi", "metres", "meters", "feet", "ft", "degrees",
                     "magnitude", "celsius", "fahrenheit", "gmt", "utc", "am", "pm", "a.m", "p.m",
                     "mph", "km/h", "kph", "kmh", "knots", "millimetres", "millimeters", "mm", "inches", "cm",
                     "centimetres", "centimeters",  # a storm's winds and rain are measurements, not counts
                     "times", "stories", "storeys",
                     "threshold", "milestone")  # ("past the 50,000 threshold": a mark passed, no count of its own)  # ("three times the UN's estimate", "debris two stories high")
NOT_COUNTED_BEFORE = ("magnitude", "magnitude of", "depth of", "aged", "age")

# "a four-day truce", "seven days of national mourning": a length that is itself the count of a thing's days
DURATION_NOUNS = {
    "truce": "truce", "ceasefire": "truce", "cease-fire": "truce", "pause": "truce", "mourning": "mourning",
    "state of emergency": "state-of-emergency", "curfew": "curfew", "lockdown": "lockdown", "siege": "siege",
    "offensive": "offensive", "strike": "strike", "hunger strike": "hunger-strike", "visit": "visit",
    "trip": "trip", "tour": "tour", "mandate": "mandate", "ban": "ban", "search": "search",
}

# a country's other name -> the one a key and a story are compared by ("Burma" is "Myanmar")
OTHER_NAMES = {"burma": "myanmar", "türkiye": "turkey", "turkiye": "turkey", "swaziland": "eswatini",
               "holland": "netherlands"}

# the verb of someone saying something: its date is the day of saying, not of an event
DEMONYM_END = r"(?:ians?|ans?|ese|is|ish)"  # how a people's name ends: Jordanians, Egyptian, Japanese, Pakistanis
SPEECH_VERBS = ("said", "says", "told", "reported", "added", "stated", "tweeted", "wrote", "warned")

# a count that is a step, not the total ("a further 30", "another 50", "39 more")
INCREMENT_BEFORE = ("another", "a further", "an additional", "additional", "further", "a fresh", "new",
                    "an increase of", "a rise of", "a jump of", "up by",  # "39, an increase of 12": the step
                    "after",  # "the toll rises to 229 after one person dies": the day's step, not the total
                    "grew by", "rose by", "risen by", "increased by", "climbed by", "jumped by",  # ("grew by eight")
                    "rising by", "growing by", "increasing by", "climbing by", "jumping by")  # ("rising by 13")
INCREMENT_AFTER = ("more", "additional", "further", "new")

# a count that is a projection, not a figure reached ("could rise to 3,000", "may reach")
PROJECTION = ("could", "may", "might", "would", "will", "expected to", "likely to", "feared", "fear", "warned",
              "estimate", "projected", "forecast", "due to", "set to", "scheduled to", "plans to", "to be",
              "whether")  # ("checking whether four other deaths were caused by the rains": not yet counted)

# a number of people in a state, which falls as well as rises (the missing are found, the homeless housed):
# never a running total, whatever toll the clause also names ("11,300 dead, with 10,000 still missing")
STOCKS = ("missing", "homeless", "trapped", "stranded", "besieged", "sheltered", "hospitalized")
# places counted ("across several districts", "in 11 districts"): no running total of the dead, whatever the clause's
# toll
PLACES = frozenset({"districts", "provinces", "villages", "towns", "cities", "states", "countries", "regions", "areas",
                    "communities", "municipalities", "counties", "parishes", "islands"})

# a running total: the words that say so, in the count's clause
RUNNING = ("death toll", "toll", "so far", "in total", "total of", "to date", "overall", "number of dead",
           "number of deaths", "number of fatalities", "number of injured", "number of wounded", "death count", "number of people killed", "brought the number",
           "has risen", "have risen", "now known", "combined")

# The words around a count that say nothing of what it counts (the drafter reads past them):
AUXILIARIES = {"have", "has", "had", "been", "were", "was", "are", "is", "being", "be", "get", "got", "gets",
               "reportedly", "now", "also",
               "all", "of", "them", "whom", "among", "the", "were", "who",
               # a state's verbs and adverbs, never part of the measure ("thousands remained missing", "still missing")
               "still", "remain", "remained", "remains", "remaining", "listed", "considered", "believed", "presumed",
               "others",
               # how the dead were counted: "19 people had been found dead", "pronounced dead at the scene"
               "found", "pronounced", "declared",
               # what befell them: "188 individuals sustained injuries"
               "sustained", "sustaining", "suffered", "suffering"}
LEAD_WORDS = {"has", "have", "had", "been", "was", "were", "is", "are", "rose", "risen", "climbed", "reached", "to",
              "at", "of", "stands", "stood", "now", "reportedly", "some", "least", "another", "further", "additional",
              "more", "than", "about", "nearly", "almost", "over", "up", "a", "an", "also"}
FUNCTION_WORDS = {"in", "and", "or", "to", "as", "at", "on", "by", "for", "with", "from", "than", "that", "which", "out",
                  "when", "while", "after", "before", "since", "amid", "following", "over", "into", "per", "a",
                  "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "it", "they", "we",
                  "he", "she", "more", "less", "fewer", "said", "says", "were", "was", "earlier", "later",
                  "already", "then", "now", "today", "yesterday", "tonight", "ago", "so", "alone", "each", "apiece",
                  "late", "early",  # ("rose to 25 late Friday": a part of the day, no measure)
                  "respectively", "whose", "due", "because", "despite", "across", "according", "throughout",
                  "nationwide", "overall", "through", "via"}  # ("254 through DNA tests": how, not what)
COUNT_ADJECTIVES = {"confirmed", "reported", "known", "more", "other", "further", "additional", "new", "estimated",
                    "palestinian", "israeli", "thai", "foreign", "local", "civilian", "unidentified",
                    "possible", "suspected", "probable", "presumed", "unarmed",  # ("24 possible deaths", "179 Presumed Dead")
                    "living", "surviving", "remaining"}  # ("the 20 remaining hostages", "all 20 living hostages")

TOTAL_NOUNS = {"total", "tally", "toll", "figure", "count", "mark"}  # a total whose measure the sentence gives
# ("the toll crossed the 450 mark": the toll passed 450)
# a plural noun after a year that names that year's event ("the 2011 floods"), not a count of them
YEAR_EVENTS = {"floods", "elections", "games", "olympics", "riots", "protests", "attacks", "bombings", "talks",
               "polls", "events", "massacres", "killings", "clashes"}  # ("the 2023 events in Geneina")

# the nouns of an event a date can name ("Monday's earthquake", "the Jan. 1 temblor"), as a pattern's alternation
EVENT_NOUNS = (r"earthquakes?|quakes?|attacks?|tremors|temblors|storms|bombings|explosions|blasts|strike|strikes|election|"
               r"vote|bombing|explosion|blast|storm|flood|floods|fire|"
               r"crash|raid|raids|shooting|ceasefire|meeting|summit|talks|offensive|assault|protest|protests|speech|"
               r"decision|ruling|announcement|deal|agreement|resolution|session|visit|incident|eruption|collapse|"
               r"temblor|tremor|stampede|landslide|landslides|wildfire|wildfires|cease-fire|truce")
