"""Where a count happened, as the text places it: "in Idlib city", "in rebel-held areas", "were reported in
Rukum West", or the place a sentence opens with ("In Syria, ...", "Similarly, in Rukum West, ...")."""
from __future__ import annotations

import re

__all__ = ["NAMED_ACRONYM", "RECORDED", "RESPECTIVELY", "clause_place", "leading_place", "name_in_quote", "place_after",
           "region_before", "region_scope", "subject_place"]

# a headline capitalizes every word: "92 Deaths in Valencia Following Catastrophic Floods" names Valencia
_HEADLINE_WORD = (r"(?!(?:Following|After|Amid|As|Over|Despite|Due|Before|With|While|From|To|For|Since|During|Across|"
                  r"Near|On|At|And|Or|But|Rises|Rose|Climbs|Hits|Reaches|Tops|Passes|Jumps|Soars|Nears|"
                  # ("72 in Noto Peninsula Earthquake": the place, not its event)
                  r"Earthquakes?|Quakes?|Floods?|Fires?|Wildfires?|Storms?|Hurricane|Typhoon|Cyclone|Landslides?|"
                  r"Attacks?|Blasts?|Explosions?|Tsunami)\b)")
_MONTH = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
          r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# ("232 confirmed dead in Jan 1 earthquake", "killed in Saturday's quake": a date, no place)
# ("in St. Lucie County", "in St. Petersburg": the dot of a saint's or a fort's short name is part of it; "in
# southern Thailand": a part of the country, its compass word kept)
_PLACE = re.compile(r"\s+in\s+(?:neighbou?ring\s+)?" + _MONTH + r"((?:(?:north|south|east|west|central)(?:ern|eastern|western)?\s+)?"
                    r"(?:al-|el-|ad-|as-|ar-|(?:St|Ste|Mt|Ft|Pt)\.\s+)?[A-Z][\w’'-]*(?:\s+" + _HEADLINE_WORD +
                    r"(?:al-|el-)?[A-Z][\w’'-]*)*"
                    r"(?:\s+(?:city|town|village|province|district|camp|governorate|region))?)")
# a place's words before its name: "the hardest-hit eastern Valencia region", "the eastern region of Valencia"
_HIT = r"(?:(?:hardest|worst|hard|badly)-hit\s+|(?:north|south|east|west)\w*\s+){0,2}"
# ("were injured in the Jajarkot district": "the" before a place that a place noun ends)
_THE_PLACE = re.compile(r"\s+in\s+the\s+" + _HIT +
                        r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:district|province|region|governorate|"
                        r"county|prefecture|state|strip))\b"
                        # ("were in the hardest-hit region of Valencia": the name)
                        r"|\s+in\s+the\s+" + _HIT + r"(?:[A-Z][a-z]+\s+)?"  # ("in the Iranian city of Ahvaz")
                        r"(?:district|province|region|governorate|county|prefecture|state|city|town)\s+of\s+([A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*)*)"
                        # ("in the neighbouring provinces of Nangarhar and Laghman": the two, as the text names them)
                        r"|\s+in\s+the\s+(?:neighbou?ring\s+)?" + _HIT + r"(?:districts|provinces|regions|states)\s+of\s+"
                        r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+"
                        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
                        # a country or region named with "the": "in the Dominican Republic", "in the Philippines"
                        r"|\s+in\s+the\s+((?:[A-Z][a-z]+\s+){1,3}(?:Republic|States|Kingdom|Emirates|Islands|Strip|"
                        r"Bank|Territories)(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?|Philippines|Netherlands|Bahamas|"
                        r"Maldives|Caribbean|Balkans|Sahel|Gambia|Congo|UK|US|UAE|U\.S\.)(?![\w’'-])")
# ("lost in the Thai capital, Bangkok": the capital by its name, else by its country's adjective)
_CAPITAL = re.compile(r"\s+in\s+the\s+(?:[A-Z][a-z]+\s+capital,\s+((?:al-|el-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|"
                      r"([A-Z][a-z]+\s+capital)\b)")
# ("Death toll in Jajarkot earthquake": the quake's name, not where all its dead died; "killed in Gaza strikes" is)
_AND_PLACE = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][a-z]")
_DISASTER_NEXT = re.compile(r"(?i:\s+(?:(?:festival|religious|temple|crowd|building|factory|mine|hospital)\s+)?(?:earthquakes?|quakes?|temblors?|tremors?|floods?|flooding|landslides?|mudslides?|"
                            r"stampede|cyclone|storm|wildfires?|eruption|tsunami|"
                            # ("in Air India plane crash", "in Milestone jet crash": the crash's name, an airline's or
                            # a school's, no place)
                            r"(?:plane|jet|air|aircraft|airliner|helicopter|bus|train|ferry|boat)\s+(?:crash|accident|disaster))\b)")
_REPORTED = re.compile(r"\s+(?:(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:reported|recorded|"
                       r"registered|confirmed|lost)|were|was|(?:(?:have|has|had)\s+)?occurred|(?:by|from|during)\s+the\s+[a-z]+)(?=\s+in\s)")  # ("Of the 72 deaths, 39 were in Wajima",
                                                                          # "10 lives were also lost in Bangkok",
                                                                          # "68 were killed by the flooding in Kerr County")
# ("brought the toll for Cebu to 76"; not "the toll for Typhoon Kalmaegi": the storm's, no place)
_FOR_PLACE = re.compile(r"\s+for\s+" + _MONTH + r"(?!(?:Typhoon|Hurricane|Cyclone|Storm|Tropical|Super|Gen)\b)"
                        r"((?:al-|el-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
# the count coordinated with one, up to the place that ends their clause: "... killed and 3,124 people were injured"
_AND_COUNT = re.compile(r"\s+and\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost|another)\s+)?"
                        r"(?:\d[\d,]*|dozens|hundreds|thousands|scores)(?:\s+[a-z]+){1,4}?(?=\s+in\s)")
_FROM_NAMED = re.compile(r"\s+from\s+(?:the\s+)?(?:(?:recent|latest|deadly|heavy|flash|monsoon|torrential)\s+)*"
                         r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|floods?|flooding|rains?|earthquakes?|quakes?|storms?|"
                         r"landslides?)(?=\s+in\s)")
_DAY_BETWEEN = re.compile(r"\s+(?:on\s+)?(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s+in\s)")
_HELD = re.compile(r"\s+in\s+((?:the\s+)?(?:rebel|government|opposition|regime|army|militia|Kurdish)[-\s]held\s+"
                   r"(?:areas?|parts?(?:\s+of\s+the\s+country)?|territor(?:y|ies)|regions?|north\w*|south\w*))")
_LEADING = re.compile(r"(?:(?:Similarly|Meanwhile|Elsewhere|Separately|Likewise|Also),\s+in|In)\s+"
                      # (the city a country's capital names: "Meanwhile, in Thailand's capital, Bangkok, ...")
                      r"(?:[A-Z][\w-]*(?:’s|'s)\s+(?:capital|(?:second[- ])?largest\s+city|commercial\s+capital),\s+)?"
                      r"((?:al-|el-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),\s")  # "Similarly, in Rukum West, 52 ..."


def place_after(text: str, pos: int, end: int, reported: bool = False, toll: bool = False) -> tuple[str, int] | None:
    """The place named right after ``pos`` (with ``reported``, also after "were reported", or after the count
    coordinated with this one, which ends then at ``pos``; with ``toll``, after a toll's "for": "the toll for
    Cebu"), and where it ends."""
    if reported and (other := _AND_COUNT.match(text, pos, end)) and (named := place_after(text, other.end(), end)):
        return named[0], pos  # "1,411 were killed and 3,124 injured in Kunar": both in Kunar, each quoting its own
    at = found.end() if reported and (found := _REPORTED.match(text, pos, end)) else pos
    if (toll or reported) and (between := (_FROM_NAMED if toll else _DAY_BETWEEN).match(text, at, end)):
        at = between.end()  # "the toll from Hurricane Melissa in Jamaica", "rose to 32 on Monday afternoon in Jamaica"
    if m := _PLACE.match(text, at, end) or _HELD.match(text, at, end) or _THE_PLACE.match(text, at, end) or \
            _CAPITAL.match(text, at, end) or (toll and _FOR_PLACE.match(text, at, end)):
        if _DISASTER_NEXT.match(text, m.end(), end) or _AND_PLACE.match(text, m.end(), end):
            return None  # (and "in Myanmar and Thailand": two places' toll, no one place's)
        name = _POSSESSIVE.sub("", next(g for g in m.groups() if g))  # ("in Spain's worst floods": Spain)
        if _ADJECTIVE.fullmatch(name) and _NOUN_AFTER.match(text, m.end(), end) or _WHOSE_UNIT.fullmatch(name) or \
                _COMPASS_ADJECTIVE.fullmatch(name) and _LOWER_NEXT.match(text, m.end(), end):
            return None  # "injured in Israeli attacks": whose attacks, not where; "in Philippine province": which;
            # "181 aboard in South Korean plane crash": whose crash
        return name, m.end()
    return None


_ADJECTIVE_ENDS = "ian|ese|ish"  # a country's adjective: Ukrainian, Chinese, Turkish (and Israeli, Philippine)
_ADJECTIVE = re.compile(rf"[A-Z][a-z]+(?:i|{_ADJECTIVE_ENDS})")
_POSSESSIVE = re.compile(r"(?:'s|’s)\Z")
_WHOSE_UNIT = re.compile(rf"[A-Z][a-z]+(?:ine|{_ADJECTIVE_ENDS})\s+(?:city|town|village|province|district|region)")
_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
_COMPASS_ADJECTIVE = re.compile(r"(?:North|South|East|West)\s+[A-Z][a-z]+(?:ean|ian|ican|ese|ish)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")


# "Suzu recorded 99 deaths": a town records its dead, it is where they died (no source: attribution asks here);
# "Pakistan, with about 150,000 pilgrims, recorded 58 deaths"
RECORDED = re.compile(r"([A-Z][a-z]+(?:\s+(?:City|Town|Village|Prefecture|Province|District|County))?)"
                      r"(?:,\s+(?:with|which|where|home\s+to)\b(?:[^,.;]|(?<=\d)[,.](?=\d)){1,60},)?(?:\s+alone)?\s+"
                      r"(?:recorded|registered)\s+(?:[a-z]+\s+){0,2}\d")
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_SAINT = r"(?:(?:St|Ste|Mt|Ft|Pt)\.\s+)?"  # ("St. Lucie County")
_UNITS = r"Province|District|Prefecture|County|Region|State|Governorate|Municipality|City|Island"
# a sentence whose subject is a place: "Yen Bai Province has ...", "Dak Lak province has recorded ...", "The
# mountainous region of Cao Bang reported ..."
_PLACE_SUBJECT = re.compile(rf"\s*(?:The\s+)?((?:al-|el-)?{_NAME}\s+(?i:{_UNITS}))\s+(?:has|have|had|is|are|was|were|"
                            r"reported|recorded|registered|confirmed|documented|saw|suffered|experienced|accounted)\b")
# a place's own toll: "The St. Lucie County death toll from Hurricane Milton stood at six"
_PLACE_TOLL = re.compile(rf"\s*(?:The\s+)?({_SAINT}{_NAME}\s+(?:{_UNITS}))(?:’s|'s)?\s+"
                         r"(?:[a-z-]+\s+){0,2}(?:toll|tally)\b")
# "Haiti, the country hardest hit, has seen its death toll rise to 30": a place sees its own toll rise
_ITS_TOLL = re.compile(rf"\s*({_SAINT}{_NAME})(?:,[^,.;]{{1,60}},)?\s+(?:has\s+|have\s+|had\s+)?(?:seen|saw|sees)\s+"
                       r"its\s+(?:[a-z-]+\s+){0,2}(?:toll|tally)\b")
_REGION_OF = re.compile(rf"\s*(?:The|A)\s+(?:[a-z]+\s+){{0,3}}(?:{_UNITS.lower()})\s+of\s+({_NAME})\s+(?!of\b)[a-z]")
# "The majority of the death toll is in the province of Lao Cai, with 124 dead"; "Typhoon Yagi, which struck the
# northern regions of the Philippines on Sept. 3, ... resulting in 20 deaths": another place's dead
_MOST_IN = re.compile(rf"\s*(?:The\s+)?(?:majority|most|bulk)\b[^.;]*?\bin\s+the\s+(?:[a-z]+\s+){{0,3}}"
                      rf"(?:{_UNITS.lower()})\s+of\s+({_NAME}),\s+with\s")
# (a part of a country named: "the northern regions of the Philippines", "China's Hainan province"; never the
# storm's own country alone, "which hit Vietnam on Saturday, has killed 87", the story's toll)
_WHICH_HIT = re.compile(rf",\s+which\s+(?:also\s+)?(?:struck|hit|battered|lashed|slammed|swept\s+through)\s+(?:the\s+)?"
                        rf"(?:(?:[a-z]+\s+){{0,2}}(?:regions?|parts?|provinces?|areas?)\s+of\s+(?:the\s+)?({_NAME})|"
                        rf"((?:[A-Z][\w’'-]*(?:’s|'s))\s+{_NAME})\s+(?i:province|region|state|island))")
_NAME_PAREN = re.compile(rf"(?<![\w’'-])({_NAME})\s+\(\s*\Z")
_HIGHEST = re.compile(rf"(?:{_UNITS.lower()})\s+of\s+({_NAME})\s+(?:has|had|have|recorded|reported|saw|suffered)\s+"
                      r"the\s+(?:highest|largest|most|heaviest)\b[^.;()]*\(\s*\Z")
# "Buner has emerged as the hardest-hit district, with 204 deaths", "Buner was the worst-affected district ... with 208"
_WORST_HIT = re.compile(rf"\s*({_SAINT}{_NAME})\s+(?:was|is|has\s+been|had\s+been|(?:has\s+)?emerged\s+as|remains)\s+"
                        r"the\s+(?:hardest|worst)[-\s](?:hit|affected)\s+(?:district|province|region|area|state|county|"
                        r"city|town|country)\b|"
                        rf"\s*({_SAINT}{_NAME})\s+(?:has|had)\s+suffered\s+the\s+(?:most|greatest|heaviest|highest|worst)\b")
# "The recent flash floods in KP have claimed 325 lives": the disaster's toll in that place
_EVENT_IN = re.compile(rf"\s*(?:The\s+)?(?:[\w-]+\s+){{0,3}}?(?i:floods?|flooding|rains|earthquakes?|quakes?|storms?|"
                       rf"landslides?|wildfires?|fires?)\s+in\s+({_SAINT}{_NAME})\s+(?:has|have|had)\s+(?:so\s+far\s+)?"
                       r"(?:claimed|killed|left)\b")
# a list of places' figures after the first's: "Shangla reported 36 deaths, Mansehra 23, Swat 22"
_NAME_LIST_AFTER = re.compile(rf",\s+(?:and\s+)?{_NAME}\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_LISTED = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)({_SAINT}{_NAME})\s+\Z")
_NAME_REPORTED = re.compile(rf"\s*({_NAME})\s+(?:(?:has|have|had)\s+)?(?:reported|recorded|registered|confirmed|"
                            r"suffered)\s+(?:[a-z]+\s+){0,4}\d")  # ("North Sumatra has suffered the heaviest losses with 166")


_COMPASS_NAME = re.compile(r"(?:North|South|East|West|Central)(?:ern)?\s+[A-Z]")


def _named_place(text: str, name: str) -> bool:
    """Whether the text places something in ``name`` or calls it a province, district, ... (one of a list too:
    "Cao Bang, Lao Cai, Yen Bai and Thai Nguyen provinces", "across North Sumatra, West Sumatra and Aceh"), or
    names its people."""
    units = f"(?i:{_UNITS})s?"
    if re.search(rf"\s{units}\Z", name) or _COMPASS_NAME.match(name):
        return True  # ("Aceh Province", "North Sumatra")
    name = re.escape(name)
    # (or its people's name: "Jamaica has confirmed 32 deaths, but Jamaican officials ...")
    return re.search(rf"(?i:\bin)\s+{name}\b|\b{name}\s+{units}\b|\b{name}(?:n|an|i)\b|\b{name}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+{units}\b|"
                     rf"(?i:\b(?:in|across|throughout))\s+(?:{_NAME},\s+)*(?:{_NAME},?\s+and\s+)?{name}\b",  # (a list's)
                     text) is not None


# who speaks for a place gives its dead: "Emergency services in Valencia, the hardest-hit region, confirmed 202
# fatalities", "The agency in the hard-hit eastern Valencia region reported 202 confirmed fatalities there"
_SUBJECT_IN = re.compile(rf"\s*(?:(?:The|An?)\s+)?(?:[\w-]+\s+){{0,5}}?in\s+(?:the\s+)?{_HIT}"
                         rf"(?:[\w-]+-(?:run|held|controlled|led)\s+)?({_SAINT}{_NAME})"
                         rf"(?:\s+(?i:region|province|district|county|state))?(?:,[^,.;]{{1,60}},)?\s+"
                         r"(?:has\s+|have\s+|had\s+)?(?:said|reported|confirmed|announced|recorded|registered)\b")


# a place a relative clause opens on: "communities like Paiporta, where at least 62 people died", "Kunar province,
# where 2,205 people died"
# (and the count after the first it gives: "Kunar province, where 2,205 people died and 3,640 were injured")
_WHERE_BEFORE = re.compile(rf"({_SAINT}{_NAME}(?:\s+(?:province|district|county|region|state|prefecture))?),\s+where\s+"
                           r"(?:\d[\d,]*(?:\s+[a-z]+){1,4}\s+and\s+)?"
                           r"(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost)\s+)?\Z")


_NATIONWIDE = re.compile(r"(?i:\b(?:nationwide|countrywide|national|across\s+the\s+(?:country|nation))\b[^,.;]*\Z)")
RESPECTIVELY = re.compile(r"(?i:\brespectively\b)")


def subject_place(text: str, start: int, end: int, at: int) -> str | None:
    """The place of the count's clause when the count has none of its own: the relative clause's it opens
    ("Paiporta, where at least 62 people died"), or the sentence's subject's (see _SUBJECT_IN)."""
    m = (None if RESPECTIVELY.search(text, at, end) else _WHERE_BEFORE.search(text, max(start, at - 80), at)) or \
        _SUBJECT_IN.match(text, start, end)
    return m.group(1) if m else None


# a clause naming its own place before its count: "In Jamaica, 19 deaths were confirmed, while Haiti reports 30"
# (and the counts it gives before this one: "while West Sumatra has reported 90 dead and 85 missing")
_COUNTS_BEFORE = r"(?:\d[\d,]*\s+(?:[a-z]+\s+){0,2}[a-z]+(?:,\s+(?:and\s+)?|\s+(?:and|alongside)\s+)){0,2}"
_CLAUSE_SUBJECT = re.compile(rf"(?:(?:,\s+|;\s+)(?:while|whereas|and|but)|\bthat|\bwith)\s+({_SAINT}{_NAME})"
                             r"(?:\s+alone)?\s+(?:(?:has|have|had)\s+)?"
                             r"(?:reports|reported|records|recorded|registers|registered|confirms|confirmed|counts|"
                             r"counted|documenting|recording|reporting)\s+(?:[a-z]+\s+){0,3}" + _COUNTS_BEFORE + r"\Z|"
                             # "followed by West Sumatra at 165 deaths and Aceh with 156", "battered North Sumatra
                             # hardest with 283 fatalities"
                             # "include Kegalle with nine deaths, Matale with eight"
                             rf"(?:\b(?:followed\s+by|and|include|includes|including)|,)\s+({_NAME})\s+(?:at|with)\s+"
                             + _COUNTS_BEFORE + r"\Z|"
                             rf"\b(?:battered|hit|struck|ravaged)\s+({_NAME})\s+(?:hardest|worst)\s+(?:at|with)\s+"
                             + _COUNTS_BEFORE + r"\Z")


def clause_place(text: str, start: int, end: int, at: int) -> str | None:
    """The place of a count's clause when the count has none of its own: the one its clause names ("...,
    while Haiti reports 30 deaths", "told the radio that Cebu alone recorded 49 fatalities", "Haiti, where 20
    are missing"), before the sentence's (leading_place, subject_place)."""
    if _NATIONWIDE.search(text, max(start, at - 40), at):
        return None  # ("floods in KP have claimed 325 lives, contributing to the nationwide death toll of 657")
    if (m := _WHERE_BEFORE.search(text, max(start, at - 80), at)) and not RESPECTIVELY.search(text, at, end):
        return m.group(1)  # (not "in Gilgit-Baltistan and Azad Jammu and Kashmir, where at least 12 and nine people
        # have died, respectively": each its own place, which the list's "and" hides)
    if (m := _CLAUSE_SUBJECT.search(text, max(start, at - 80), at)) and \
            (m.group(1) is None or _named_place(text, m.group(1))):  # (a subject: one the text places things in)
        return next(g for g in m.groups() if g)
    colon = text.rfind(": ", start, at)  # ("Other districts also suffered losses: Shangla reported 36 deaths, ...")
    return (colon > start and leading_place(text, colon + 2, end, at)) or leading_place(text, start, end, at) or \
        subject_place(text, start, end, at)


# a paragraph labelled with its place, as a round-up by state is: "Georgia: the governor said 11 had died"
_LABEL = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*):\s")
_NOT_PLACES = {"update", "updates", "breaking", "note", "video", "photo", "photos", "watch", "read", "related", "live",
               "analysis", "opinion", "correction", "warning", "summary", "background", "context", "timeline", "editor",
               "q", "a",
               # a headline's lead-in: "New Orleans Tragedy: Truck Attack Leaves 15 Dead"
               "tragedy", "horror", "terror", "attack", "disaster", "crash", "shooting", "blast", "explosion",
               # a storm's name: "Cyclone Ditwah: Sri Lanka death toll rises to 123"
               "cyclone", "typhoon", "hurricane", "storm", "tropical",
               # a source's label: "Gaza's Health Ministry: 50,000 Killed"
               "ministry", "agency", "office", "department", "authority", "authorities", "council", "committee",
               "army", "police", "government", "commission", "officials", "spokesperson", "spokesman"}


def leading_place(text: str, start: int, end: int, at: int | None = None) -> str | None:
    """The place a sentence opens with: "In Syria, the toll rose to 3,317", "Florida: eight deaths ...", "Suzu
    recorded 99 deaths", "Yen Bai Province has experienced landslides", "The mountainous region of Cao Bang
    reported ...", "Cao Bang has reported 29 deaths" (a name the text places elsewhere: "in Cao Bang")."""
    if at is not None and text[max(start, at - 3):at].rstrip().endswith("(") and \
            (m := _NAME_PAREN.search(text, start, at) or _HIGHEST.search(text, start, at)):
        return m.group(1)  # ("followed by Taroudant (452)", "the province of Al Haouz has the highest death toll (1,293)")
    if (m := RECORDED.match(text, start, end) or _NAME_REPORTED.match(text, start, end)) and at is not None and \
            at > m.end() and _NAME_LIST_AFTER.search(text, m.end(), end) and (listed := _LISTED.search(text, m.end(), at)):
        return listed.group(1)  # ("Shangla reported 36 deaths, Mansehra 23": 23 in Mansehra)
    if m := _LEADING.match(text, start, end) or RECORDED.match(text, start, end) or _ITS_TOLL.match(text, start, end) or \
            _PLACE_SUBJECT.match(text, start, end) or _PLACE_TOLL.match(text, start, end) or \
            _REGION_OF.match(text, start, end) or \
            _MOST_IN.match(text, start, end) or "which" in text[start:end] and _WHICH_HIT.search(text, start, end):
        return next(g for g in m.groups() if g)
    if (m := _NAME_REPORTED.match(text, start, end)) and (_named_place(text, m.group(1)) or
                                                          _NAME_LIST_AFTER.search(text, m.end(), end)):
        return m.group(1)
    if m := _WORST_HIT.match(text, start, end) or _EVENT_IN.match(text, start, end):
        return next(g for g in m.groups() if g)
    if (m := _LABEL.match(text, start, end)) and not {w.lower() for w in m.group(1).split()} & _NOT_PLACES \
            and not m.group(1).isupper():  # (not a dateline's city: "NEW DELHI: The toll ...")
        return m.group(1)
    return None


# a toll over a region wider than a country: "floods in several Asian countries", "across Asia", "Asia's flood
# disaster toll". Its place is the region, so that a key of one country's or island's running toll does not take it
_PART = r"(?:(?:South|Southeast|East|West|Central|North|Latin)\s+)?"
_REGION = re.compile(rf"\b(?P<many>several|many|multiple|numerous|various|some|a\s+dozen|\w+)\s+"
                     rf"(?P<adj>{_PART}(?:Asian|African|European|(?<=Latin\s)American|(?<=South\s)American|"
                     r"(?<=Central\s)American))\s+(?:countries|nations)\b|"
                     rf"\bacross\s+(?P<across>{_PART}(?:Asia|Africa|Europe))\b|"
                     rf"\b(?P<own>{_PART}(?:Asia|Africa|Europe))(?:'s|’s)\s")
# a country or a place named between the region and the count is the count's ("across Asia, Indonesia's toll")
_NAMED_BETWEEN = re.compile(r"[A-Z][a-z]+(?:'s|’s)|\bin\s+[A-Z]")
_REGION_NAME = {"Asian": "Asia", "African": "Africa", "European": "Europe", "American": "America"}


def region_before(text: str, start: int, at: int) -> str | None:
    """The region a toll's clause names before its figure at ``at`` (see _REGION), when no place comes after."""
    found = list(_REGION.finditer(text, start, at))
    if not found or _NAMED_BETWEEN.search(text, found[-1].end(), at):
        return None
    m = found[-1]
    if m.group("adj"):
        *part, adjective = m.group("adj").split()
        return " ".join([*part, _REGION_NAME[adjective]])
    return " ".join((m.group("across") or m.group("own")).split())


def region_scope(text: str, start: int, end: int) -> bool:
    """Whether the amount at start..end is how many countries a region's phrase names ("several Asian
    countries"): the toll's scope, not a count of its own."""
    m = _REGION.match(text, start)
    return m is not None and m.group("adj") is not None and m.start("many") == start and m.end("many") == end


# a name and the acronym the text goes on to call it by: "the Provincial Disaster Management Authority (PDMA)"
_CONNECTOR = re.compile(r"\s+(?:of|for|and|on)\s+(?:the\s+)?")
NAMED_ACRONYM = re.compile(r"\b(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){1,8})\s+"
                           r"\((?P<short>[A-Z]{2,8})\)")


def name_in_quote(text: str, stmts: list) -> None:
    """A listed count's quote takes the place named right before it: "Mansehra 23", not "23"; a place the text
    shortens is named in full ("Khyber Pakhtunkhwa (KP)" ... "floods in KP": Khyber Pakhtunkhwa)."""
    spelled = None  # (read from the text only when a place is an acronym: the report drafts every article)
    for st in stmts:
        place = st.claim.get("place") if st.kind == "count" and st.claim is not None else None
        if place and place.isupper() and spelled is None:
            # (the place's own words: those after the name's last "of", "for", "on", "and" and without "The")
            spelled = {m["short"]: re.sub(r"\AThe\s+", "", _CONNECTOR.split(m["name"])[-1])
                       for m in NAMED_ACRONYM.finditer(text)}
        if spelled and place in spelled:
            st.claim["place"] = spelled[place]
        at = st.span[0] - len(place or "") - 1
        if place and st.claim["quote"] == text[st.span[0]:st.span[1]] and text[at:st.span[0]] == place + " ":
            st.span = (at, st.span[1])
            st.claim["quote"] = text[at:st.span[1]]
