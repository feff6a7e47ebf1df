"""The time stage on short news excerpts, anchored the way articles are."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chronicle import nlp
from chronicle.records import Analysis, Article
from chronicle.time import annotate, date_for, find_times
from chronicle.time.timex import SEASON_MONTHS, Anchor, to_contract

CONTRACT_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$")


def times(parse, text, anchor):
    return {t.text: t for t in find_times(parse(text), anchor)}


def test_lexicon_covers_the_calendar():
    lexicon = json.loads((Path(__file__).parents[1] / "chronicle" / "time" / "lexicon.json").read_text())
    assert set(lexicon["months"].values()) == set(range(1, 13))
    assert set(lexicon["weekdays"].values()) == set(range(7))
    assert set(lexicon["seasons"].values()) == set(SEASON_MONTHS)


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value", "precision"),
    [
        ("Last Tuesday's coup attempt collapsed within hours.", "2019-05-07", "Last Tuesday", "2019-04-30", "day"),
        ("Soldiers seized weapons in the pre-dawn hours Monday.", "2019-01-22", "Monday", "2019-01-21", "day"),
        ("The meetings began last fall and continued this year.", "2018-09-10", "last fall",
         "2017-09-01/2017-11-30", "season"),
        ("It marks the anniversary of the 1958 overthrow of the dictator.", "2019-01-22", "1958", "1958", "year"),
        ("His inauguration earlier this month was illegitimate, they said.", "2019-01-22", "earlier this month",
         "2019-01", "month"),
        ("The claim rests on last May's election.", "2019-01-22", "last May", "2018-05", "month"),
        ("In a tweet this week the senator warned the army.", "2019-01-22", "this week",
         "2019-01-21/2019-01-27", "week"),
        ("Just before dawn on 30 April, the opposition launched a coup.", "2019-05-01", "30 April", "2019-04-30", "day"),
        ("He proclaimed himself president on 24 January at a rally.", "2019-05-01", "24 January", "2019-01-24", "day"),
        ("He proclaimed himself president on 24 January at a rally.", "2019-01-10", "24 January", "2018-01-24", "day"),
        ("The junta ruled for the next 16 years.", "2019-05-07", "the next 16 years", None, "duration"),
        # a counted stretch that ends now covers the days up to the anchor; an uncounted one does not
        ("Over the past month, the rebels have shelled the port.", "2024-10-04", "the past month",
         "2024-09-04/2024-10-04", "range"),
        ("Police have detained dozens of activists in the last two weeks.", "2024-03-08", "the last two weeks",
         "2024-02-23/2024-03-08", "range"),
        ("Prices have soared in the past few days.", "2024-03-08", "the past few days", None, "duration"),
        ("Officials said Friday that the vote would be delayed.", "2013-03-22", "Friday", "2013-03-22", "day"),
        ("The assembly will vote Friday on the measure.", "2019-01-22", "Friday", "2019-01-25", "day"),
        ("Markets will stay closed until Friday.", "2008-09-18", "Friday", "2008-09-19", "day"),
        ("The rally had been planned for 2 May.", "2019-05-01", "2 May", "2019-05-02", "day"),
        ("Hundreds have been killed since July in the province.", "2017-03-18", "July", "2016-07", "month"),
        ("Since the July 15 coup attempt, Turkey has accused the cleric.", "2017-03-25", "July 15",
         "2016-07-15", "day"),
        ("The talks are scheduled for July 15, officials said.", "2017-03-25", "July 15", "2017-07-15", "day"),
        ("Dealers whose franchises lapse after October of next year will be told.", "2009-05-15",
         "October of next year", "2010-10", "month"),
        ("Prices have doubled since the 1990s.", "2019-01-22", "the 1990s", "1990-01-01/1999-12-31", "decade"),
        ("The storm hit last winter.", "2019-03-15", "last winter", "2018-12-01/2019-02-28", "season"),
        ("The storm hit last winter.", "2019-01-15", "last winter", "2017-12-01/2018-02-28", "season"),
        ("The case went before the court in mid-March, though Kenya refused to attend.", "2021-04-02",
         "mid-March", "2021-03", "month"),
        ("He was detained in mid-January 2019 and freed in late March.", "2021-04-02", "mid-January 2019",
         "2019-01", "month"),
        # a month name qualifying a noun, after a determiner; a past "set up" is no plan
        ("The October agreement set up a transitional council.", "2021-04-14", "October", "2020-10", "month"),
        ("Its March elections were marred by fraud.", "2021-11-20", "March", "2021-03", "month"),
        # "that year" after a day-month is the narrative's year; a bare day-month after one in
        # the same sentence that names its year is in that year
        ("The vote was held on 11 May 2014. On 12 May that year, the rebels declared independence.", "2017-03-20",
         "12 May that year", "2014-05-12", "day"),
        ("Fighting began in April 2014, and in June of the same year the army retook the city.", "2017-03-20",
         "June of the same year", "2014-06", "month"),
        ("The accord was signed on March 18, 2014, and on March 21 it was ratified by parliament.", "2017-03-20",
         "March 21", "2014-03-21", "day"),
        ("The accord was signed in 2014. On March 21 it was ratified by parliament.", "2017-03-25",
         "March 21", "2017-03-21", "day"),
        ("The leader was ousted in December 2024, and violence began March 6 in the coastal region.", "2025-03-14",
         "March 6", "2025-03-06", "day"),
        # what a modal says is yet to be: the nearest such day, not the last one
        ("The president said the tariffs would take effect Wednesday morning.", "2025-03-11",
         "Wednesday morning", "2025-03-12", "day"),
    ],
)
def test_resolves_news_expressions(parse, text, anchor, expression, value, precision):
    found = times(parse, text, anchor)
    assert expression in found, found
    assert (found[expression].value, found[expression].precision) == (value, precision)
    assert found[expression].rule


@pytest.mark.parametrize(
    "text",
    [
        "Appearing on ABC’s “This Week” news talk show, the secretary said nothing new.",
        "Officials may resign if the talks fail.",
        "March on Caracas, the opposition leader urged his supporters.",
        "The Women's March drew crowds, and Theresa May spoke.",
        "About 28 percent of 5,000 voters backed it, according to Issue 2653 of the bulletin.",
        "Some 2000 soldiers defected.",
        "The May government collapsed after the vote.",
        "The Arab Spring toppled rulers; the fall of Maduro was predicted.",
    ],
)
def test_rejects_things_that_are_not_times(parse, text):
    assert find_times(parse(text), "2019-01-22") == []


def test_offsets_point_at_the_words(parse):
    text = ("Guaidó said on Tuesday, 30 April, that the army backed him. Two days later he went quiet.\n\n"
            "By the end of the day, at 8.24pm, he spoke again, three years after 2016.")
    for t in find_times(parse(text), "2019-05-07"):
        assert text[t.start : t.end] == t.text
        assert t.value is None or CONTRACT_VALUE.match(t.value), t


def test_without_an_anchor_relative_times_stay_unresolved(parse):
    found = times(parse, "Troops rebelled on Monday, weeks after the 2018 election.", None)
    assert found["Monday"].value is None
    assert "no publication date" in found["Monday"].rule
    assert found["2018"].value == "2018"


def test_a_month_precise_anchor_never_yields_a_day(parse):
    found = times(parse, "Protests grew this week after the army fired on crowds last Tuesday.", "2019-05")
    assert (found["this week"].value, found["this week"].precision) == ("2019-05", "month")
    assert found["last Tuesday"].value is None
    assert "only 2019-05" in found["last Tuesday"].rule


def test_relative_offsets_count_from_the_paragraph(parse):
    text = "He fled on Jan. 5. Two days later, he returned.\n\nTwo days later, he left again."
    first, later, orphan = find_times(parse(text), "2019-01-22")
    assert (first.value, later.value) == ("2019-01-05", "2019-01-07")
    assert orphan.value is None and "does not state" in orphan.rule


@pytest.mark.parametrize(("text", "anchor", "value"), [
    # Thursday story: the Friday promised is the coming one, not last week's
    ("The speaker agreed to hand over the documents Friday morning.", "2017-02-23", "2017-02-24"),
    ("The two delegations decided to resume the talks on Saturday.", "2021-05-20", "2021-05-22"),
    # the nearest such day when it lies behind
    ("The junta promised to release the detainees Monday.", "2021-05-20", "2021-05-17"),
    # an attempt is narrated: the day gone by
    ("Protesters tried to storm the parliament building Saturday.", "2021-05-19", "2021-05-15"),
])
def test_a_day_promised_in_the_past_is_the_nearest_one(parse, text, anchor, value):
    (found,) = find_times(parse(text), anchor)
    assert found.value == value


def test_a_weekday_fixed_once_keeps_its_date(parse):
    text = "Last Tuesday's coup attempt failed. The failure of Tuesday's coup was followed by arrests."
    values = [t.value for t in find_times(parse(text), "2019-05-07")]
    assert values == ["2019-04-30", "2019-04-30"]


def test_timex_values_become_contract_ranges():
    anchor = Anchor.parse("2013-03-22")
    assert to_contract("2013-W12", "DATE", anchor) == ("2013-03-18/2013-03-24", "week")
    assert to_contract("2018-WI", "DATE", anchor) == ("2018-12-01/2019-02-28", "season")
    assert to_contract("2013-Q1", "DATE", anchor) == ("2013-01-01/2013-03-31", "range")
    assert to_contract("P3D", "DURATION", anchor) == (None, "duration")
    assert to_contract("PRESENT_REF", "DATE", Anchor.parse("2019-05")) == ("2019-05", "month")


def test_date_for_prefers_the_nearest_evidence(parse):
    text = ("By Ana Ruiz 1 May 2019\n"
            "Troops clashed with protesters on Tuesday. Later the crowd dispersed.\n\n"
            "Police made arrests, days after the vote in 2018 and before dawn on Monday.\n\n"
            "The government denied everything.")
    article = Article(id="a", source="t", sha256="0", text=text, published="2019-05-01", published_basis="stated")
    analysis = Analysis(article=article, doc=parse(text))
    annotate(analysis)

    def span(words):
        start = text.index(words)
        return start, start + len(words)

    own = date_for(analysis, *span("Troops clashed with protesters on Tuesday."))
    assert (own.value, own.basis) == ("2019-04-30", "expression")
    nearest = date_for(analysis, *span("Police made arrests"))
    assert (nearest.value, nearest.basis) == ("2018", "sentence")
    paragraph = date_for(analysis, *span("the crowd dispersed"))
    assert (paragraph.value, paragraph.basis) == ("2019-04-30", "paragraph")
    fallback = date_for(analysis, *span("The government denied"))
    assert (fallback.value, fallback.precision, fallback.basis) == ("2019-05-01", "day", "publication")


def test_now_in_a_hyphenated_compound_is_no_time(parse):
    found = find_times(parse("The detainees were moved to the now-shuttered camp. Talks are under way now."),
                       "2025-03-13")
    assert [t.text for t in found] == ["now"]


# Event dates (the events stage's use of the time stage) ------------------------------

def _event_dates(text: str, published: str, **article) -> dict:
    from chronicle.events import annotate as events

    doc = nlp.parse(text)
    a = Analysis(article=Article(id="t", source="t", sha256="", text=text, published=published,
                                 published_basis="stated", **article), doc=doc)
    annotate(a)
    events(a)
    return {e.trigger: e.date for e in a.events}


def _stamped_event_dates(text: str, stamp: str, url: str) -> dict:
    """Event dates of a JSON record carrying a UTC timestamp, through the clean stage."""
    from chronicle.clean import clean
    from chronicle.events import annotate as events
    from chronicle.records import RawDocument

    fields = {"text": text, "published": stamp, "url": url}
    article = clean(RawDocument(source=url, data=text.encode(), format="json", fields=fields))
    a = Analysis(article=article, doc=nlp.parse(article.text))
    annotate(a)
    events(a)
    return {e.trigger: e.date for e in a.events}


def test_the_publication_day_is_the_newsrooms():
    # 01:30 UTC on 6 November is the evening of the 5th in New York: "yesterday" is the 4th.
    text = "The senator criticised the ruling on the new election law. Protesters marched yesterday."
    dates = _stamped_event_dates(text, "2024-11-06 01:30:00Z", "https://www.nytimes.com/2024/11/05/us/a.html")
    assert dates["criticised"].value == "2024-11-05" and "America/New_York" in dates["criticised"].text
    assert dates["marched"].value == "2024-11-04"
    # With no zone known for the outlet, the date as given.
    dates = _stamped_event_dates(text, "2024-11-06 01:30:00Z", "https://www.reuters.com/world/a")
    assert (dates["criticised"].value, dates["marched"].value) == ("2024-11-06", "2024-11-05")


def test_a_temporal_adjunct_clause_dates_its_main_clause():
    text = ("The tribunal opened in May 2021. After hearing the last witness late last month, "
            "the judge criticised the prosecution.")
    assert _event_dates(text, "2024-11-06")["criticised"].value == "2024-10"
    # Before or after a single day is not that day; neither the paragraph's older time nor the
    # publication day steps in.
    text = "The tribunal opened in May 2021. Before leaving on Monday, the judge criticised the prosecution."
    assert _event_dates(text, "2024-11-06")["criticised"] is None
    # The clause frames a conjoined second act as well.
    text = ("The tribunal opened in May 2021. Before adjourning last week, the judge read out the charges "
            "and accused the defence of lying.")
    assert _event_dates(text, "2024-11-20")["accused"].value == "2024-11-11/2024-11-17"


def test_a_paragraphs_old_time_does_not_reach_past_a_later_one_in_the_sentence():
    text = ("Rebels seized the town in June. An offensive launched by the army earlier this month has met with "
            "success, pushing the rebels out of the hills.")
    pushing = _event_dates(text, "2024-11-20")["pushing"]
    assert pushing is not None and pushing.value.startswith("2024-11")
    # A time after the act ("a trial for 2026") is no narrative time it follows.
    text = "Rebels seized the town in June. Soldiers arrested the rebel leader and scheduled his trial for 2026."
    assert _event_dates(text, "2024-11-20")["arrested"].value == "2024-06"


def test_a_pluperfect_saying_and_what_it_reported_get_no_publication_date():
    dates = _event_dates("The army spokesman had earlier said the rebels attacked a convoy.", "2024-11-06")
    assert dates and all(d is None for d in dates.values()), dates


def test_a_time_before_the_calendar_has_no_value_and_no_crash():
    (t,) = find_times("Humans settled the valley 10,000 years ago.", "2025-03-13")
    assert t.text == "10,000 years ago" and t.value is None


def test_a_bare_month_with_no_tense_is_the_nearest_one():
    text = "The arrest is related to his interviews with the politician in November and January."
    assert [(t.text, t.value) for t in find_times(text, "2025-03-13")] == [("November", "2024-11"), ("January", "2025-01")]
    (t,) = find_times("Elections will be held in November.", "2025-03-13")
    assert t.value == "2025-11"
