"""Cleaning and metadata on the real scraped samples and on constructed edge cases."""
from __future__ import annotations

import pytest

from chronicle.clean import clean, fingerprint
from chronicle.clean.extract import lost_marks
from chronicle.clean.lines import continues, split_lines, strip_markdown
from chronicle.clean.metadata import byline, infer_published, outlet_from_text
from chronicle.ingest import read
from chronicle.records import RawDocument

from .conftest import SAMPLES


def _samples():
    if not SAMPLES.exists():
        pytest.skip("sample corpus not beside the checkout")
    return {raw.source.rsplit("/", 1)[-1][:3]: clean(raw) for raw in read([SAMPLES])}


@pytest.fixture(scope="module")
def samples():
    return _samples()


def test_sample_metadata(samples):
    a = samples["000"]
    assert a.title == "In wake of Venezuela coup fiasco, US military threats mount"
    assert a.authors == ["Bill Van Auken"] and a.published == "2019-05-07" and a.published_basis == "stated"
    assert a.outlet == "World Socialist Web Site"
    b = samples["002"]
    assert b.title.startswith("Juan Guaido’s coup fails in Venezuela")
    assert b.authors == ["Alistair Farrow"] and b.outlet == "Socialist Worker"
    assert b.published is None and b.published_basis == "unknown"  # no date anywhere in the text
    c = samples["003"]
    assert (c.authors, c.published) == (["Alexander Fangmann"], "2018-09-10")
    d = samples["004"]
    assert d.outlet == "In Defence of Marxism" and d.authors == []
    # "Today is May Day" plus the coup it describes on 30 April, which the
    # reference coup list places in 2019 only.
    assert (d.published, d.published_basis) == ("2019-05-01", "inferred")
    assert "Today is May Day" in d.published_evidence and "Cline" in d.published_evidence
    assert all(a.language == "en" for a in samples.values())


def test_boilerplate_removed_and_recorded(samples):
    text = samples["002"].text
    for junk in ("Downloading PDF", "This article is over", "Sign up for our daily", "Make a donation", "(Pic:"):
        assert junk not in text
    kinds = {r.kind for r in samples["002"].removed}
    assert {"age-notice", "caption", "call-to-action"} <= kinds
    assert "Join us" not in samples["004"].text and "fill in this form" not in samples["004"].text
    assert "Image: fair use" not in samples["004"].text
    assert "wsws.org/contact" not in samples["000"].text
    # Section headings inside the body are content, not furniture.
    assert "\n\nWhy did the coup fail?\n\n" in samples["004"].text


def test_broken_sentences_and_quotes_rejoined(samples):
    assert "machine-gun positions on an overpass near the targeted air base" in samples["000"].text
    assert "“I’ll leave that to your imagination. All options are on the table.”" in samples["000"].text
    assert "calling for the army to \"reestablish democracy.\"" in samples["001"].text
    assert "saying in an interview with Univision" in samples["003"].text
    # ...while real paragraph breaks stay.
    assert samples["000"].text.count("\n\n") >= 15


def test_markdown_stripped():
    assert strip_markdown("# A *big* **day** in [Caracas](https://x.org/a_(b))") == ("A big day in Caracas", True)
    assert strip_markdown("![photo](http://x/y.jpg) Troops *tanquetazo* revolt")[0] == "Troops tanquetazo revolt"


def test_line_continuation_rules():
    assert continues("heavily armed civilians set up machine-gun positions on an overpass", "near the air base.")
    assert continues("He said the meeting would take place in the capital with", "President Trump attending.")
    assert not continues("The coup failed on Tuesday after the army stayed loyal.", "Meanwhile, the opposition regrouped.")
    assert not continues("A pitiful defeat", "As dawn approached in Caracas, the soldiers fled.")


def test_byline_shapes():
    assert byline("By Jane Doe and John Smith", None)[0] == ["Jane Doe", "John Smith"]
    authors, when, used = byline("Bill Van Auken 22 January 2019", None)
    assert authors == ["Bill Van Auken"] and when.isoformat() == "2019-01-22" and used == 1
    authors, when, used = byline("Alexander Fangmann", "10 September 2018")
    assert used == 2 and when.isoformat() == "2018-09-10"
    assert byline("Latest News", None) is None
    assert byline("The army moved in", None) is None


def test_published_inferred_only_from_evidence():
    value, words = infer_published("The coup failed yesterday, on 30 April 2019. Today is May Day, and marches are planned.")
    assert value == "2019-05-01" and words.startswith("Today is May Day")
    assert infer_published("Today is May Day, and there will be demonstrations.") is None  # no year anywhere
    assert infer_published("The army said on Tuesday it was loyal.") is None
    # A coup the day before, but no country the reference list knows: no year.
    assert infer_published("Today is May Day. The coup on 30 April failed in the capital.") is None
    assert infer_published("Today is May Day. The coup on 30 April failed in Venezuela.")[0] == "2019-05-01"


def test_outlet_from_furniture_not_from_body_citations():
    assert outlet_from_text(["To contact us visit: wsws.org/contact"]) == "World Socialist Web Site"
    assert outlet_from_text(["Make a donation to Socialist Worker"]) == "Socialist Worker"
    assert outlet_from_text(["Share this article"]) is None


def test_encoding_repair_keeps_accents():
    latin1 = "Juan Guaidó spoke in Caracas on Tuesday about the coup attempt against Nicolás Maduro, which failed.".encode("latin-1")
    art = clean(RawDocument("x.txt", latin1, "text"))
    assert "Guaidó" in art.text and "Nicolás" in art.text
    mojibake = "Juan GuaidÃ³ spoke in Caracas on Tuesday about the coup attempt against the government, which failed.".encode()
    assert "Guaidó" in clean(RawDocument("y.txt", mojibake, "text")).text


def test_fingerprint_ignores_spacing_and_case():
    assert fingerprint("The coup  failed.\n\nTroops fled") == fingerprint("the coup failed. troops fled")
    assert fingerprint("The coup failed.") != fingerprint("The coup succeeded.")


def test_template_lines_recurring_across_documents_are_removed():
    body = "The opposition leader called for a general strike on Thursday, and thousands of people marched in the capital."
    footer = "This page is produced by the network's partner stations in twelve countries across the region."
    raw = RawDocument("a.txt", f"A headline about a strike\n\n{body}\n\n{footer}".encode(), "text")
    from chronicle.clean import template_keys
    from chronicle.clean.lines import line_key

    assert line_key(footer) in template_keys(raw)[1]
    art = clean(raw, templates={line_key(footer)})
    assert footer not in art.text and [r.kind for r in art.removed] == ["template"]
    assert footer in clean(raw).text  # seen in one document only, it is content


def test_removed_spans_point_into_the_decoded_text(samples):
    raw = next(r for r in read([SAMPLES]) if "002_" in r.source)
    decoded = raw.data.decode("utf-8")
    for r in samples["002"].removed:
        assert decoded[r.start:r.end].strip() == r.text


def test_a_timestamp_is_dated_in_the_outlets_newsroom():
    from chronicle.clean.metadata import parse_field_date

    # Late evening in New York is already the next day in UTC.
    assert parse_field_date("2024-11-06 02:30:00Z", "The New York Times") == "2024-11-05"
    assert parse_field_date("2024-11-06T02:30:00+00:00", "nytimes.com") == "2024-11-05"
    assert parse_field_date("Wed, 06 Nov 2024 02:30:00 GMT", "The New York Times") == "2024-11-05"
    # East of UTC the local day can be the later one.
    assert parse_field_date("2024-11-05T20:10:00Z", "Dawn") == "2024-11-06"
    # No known zone (a wire service, an unknown site): the date as written.
    assert parse_field_date("2024-11-06 02:30:00Z", "Reuters") == "2024-11-06"
    assert parse_field_date("2024-11-06 02:30:00Z") == "2024-11-06"
    assert parse_field_date("2024-11-06", "The New York Times") == "2024-11-06"


def test_a_stated_date_keeps_its_words_and_names_the_zone_it_was_read_in():
    from chronicle.clean.metadata import date_evidence

    assert date_evidence("2024-06-30T23:40:00-04:00", "The Guardian") == "2024-06-30T23:40:00-04:00 (Europe/London time)"
    assert date_evidence("2024-06-30T23:40:00-04:00", "Reuters") == "2024-06-30T23:40:00-04:00"  # no one newsroom
    assert date_evidence("30 June 2024", "The Guardian") == "30 June 2024"



# -- furniture run into the prose (a scrape that flattened the page into one paragraph)

def _flat(text: str):
    return clean(RawDocument("flat.txt", text.encode(), "text"))


def test_furniture_inside_a_paragraph_is_removed_or_set_apart():
    prose = [
        "However, security sources say the military rescued all the passengers freed so far.",
        "Although just around 150 kilometers from the provincial capital Quetta, the scene of the attack, located in barren mountains, is hard to reach.",
        "The army said it had killed 33 militants.",
        "Pakistani authorities reported the convoy was passing through Kalat when it came under attack, resulting in injuries to eight security personnel.",
    ]
    text = (f"QUETTA, March 12. /TASS/. {prose[0]} Difficult terrain {prose[1]} READ MORE: Pakistan train siege ends "
            f"after a day {prose[2]} Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine "
            f"Permalink http://dw.com/p/2aHRQ {prose[3]} Murtaza Zehri of VOA's Urdu Service contributed to this report "
            f"from Quetta. Follow Jane Roe on Twitter: @jroe Source:-Al Jazeera and news agencies")
    art = _flat(text)
    # The subheading is the article's own words, and the dateline and credits name the story's
    # place, writers and agencies: each set apart as a paragraph, not removed.
    credits = ("Murtaza Zehri of VOA's Urdu Service contributed to this report from Quetta.\n\n"
               "Follow Jane Roe on Twitter: @jroe\n\nSource: Al Jazeera and news agencies")  # "-": a space
    assert art.text == (f"QUETTA, March 12. /TASS/.\n\n{prose[0]}\n\nDifficult terrain\n\n" + " ".join(prose[1:])
                        + "\n\n" + credits)
    assert [r.kind for r in art.removed] == ["teaser", "share"]
    assert art.removed[0].text == "READ MORE: Pakistan train siege ends after a day"
    assert all(text[r.start:r.end] == r.text for r in art.removed)  # spans point into the decoded text
    assert art.authors == ["Jane Roe"]  # no byline: the follow-me line names the writer


def test_a_teaser_headline_ends_where_a_sentence_plainly_starts():
    base = "The talks collapsed on Tuesday, officials said. "
    cases = {
        "RELATED: Erdogan compares Germany rally ban to 'Nazi practices' Turkish officials have been further angered.":
            "Turkish officials have been further angered.",
        "READ MORE: Egypt renews detention of a journalist On March 1, the speaker of parliament filed a complaint.":
            "On March 1, the speaker of parliament filed a complaint.",
        "OPINION: Are the sanctions working? Once, the embargo was total.": "Once, the embargo was total.",
        'READ MORE: Coup plotters \'acted early\' in fear of arrests "I believe the army knew," he said.':
            '"I believe the army knew," he said.',
    }
    for furniture, kept in cases.items():
        assert _flat(base + furniture).text == base + kept


def test_a_teaser_headline_glued_to_a_sentence_that_starts_with_a_name_goes():
    base = "The talks collapsed on Tuesday, officials said. "
    art = _flat(base + "READ MORE: The night the prime minister was toppled Sharif had his removal confirmed by "
                "the supreme court on Friday.")
    assert art.text == base + "Sharif had his removal confirmed by the supreme court on Friday."
    # a name after a function word is the headline's own ("talks with Iran"): only the label goes
    art = _flat(base + "READ MORE: Washington holds talks with Iran Trump said the deal was dead.")
    assert art.text == base + "Washington holds talks with Iran Trump said the deal was dead."


def test_dated_teasers_of_related_stories_go():
    lead = ("Prosecutors in Madrid opened a case against nine officials on Monday, the first such case accepted "
            "by a foreign court.")
    teasers = ("Investigators say the army shelled a hospital convoy near the border and used banned munitions. "
               "Rebels were also accused of abuses. (01.03.2017) Rights groups say some armed factions are holding "
               "prisoners in secret jails. The groups urged foreign backers to stop sending weapons. (05.07.2016)")
    rest = "The case was brought by the sister of a man who died in custody in 2013."
    art = _flat(f"{lead} {teasers} {rest}")
    assert art.text == f"{lead} {rest}"
    assert [r.kind for r in art.removed] == ["teaser", "teaser"]
    assert art.removed[0].text.startswith("Investigators say") and art.removed[1].text.endswith("(05.07.2016)")
    # The box may cut a sentence of the article in two, its second half after the date. Its
    # first half, glued to the first teaser, is too long for one: both stay (less is taken).
    half = ("The court will hear the sister of the dead man and the photographer who smuggled the images out "
            "of the country, and its decision on whether the case is")
    art = _flat(f"{lead} {half} {teasers} admissible is expected in April.")
    assert half in art.text and "Rebels were also accused" not in art.text
    assert art.text.endswith("used banned munitions. admissible is expected in April.")
    # a date in parentheses inside a sentence is the article's
    inside = "The study, released on Friday (27.01.2017), found the bank's lending favoured coal plants."
    assert _flat(f"{lead} {inside}").text == f"{lead} {inside}"


def test_signatures_name_the_author_and_are_set_apart():
    prose = "South Korea has also accused its northern neighbor of planning the killing as part of a state-sponsored plot."
    # set apart from the prose, the agencies and writers they name kept as mentions
    art = _flat(f"{prose} cmb/kms (AFP, dpa, AP, Reuters)")
    assert art.text == f"{prose}\n\ncmb/kms (AFP, dpa, AP, Reuters)" and art.authors == []
    art = _flat(f"{prose} Martina Schikowski/cm/sh")
    assert art.text.startswith(f"{prose}\n\n") and art.authors == ["Martina Schikowski"]
    art = _flat(f"{prose} Author: Kathleen Schuster")
    assert art.text.startswith(f"{prose}\n\n") and art.authors == ["Kathleen Schuster"]
    # A byline wins over a signature.
    art = _flat(f"By John Smith\n\n{prose} Martina Schikowski/cm/sh")
    assert art.authors == ["John Smith"]


def test_a_correction_notice_goes_but_the_facts_it_restates_stay():
    fact = "A court has ordered her arrest, but she is not yet in police custody."
    art = _flat("Correction: A previous version of this story incorrectly described the status of the case against "
                f"Sen. Leila de Lima. {fact} She is accused of having abetted the illegal drug trade in a prison.")
    assert art.text.startswith(fact) and [r.kind for r in art.removed] == ["correction"]


def test_a_caption_glued_before_a_quotation_goes():
    art = _flat('Government forces and rebels have clashed for months. The president has been accused of wanting to cling '
                'to power "The increasing trend of military-political alliances is also worrying," Ames told DW.')
    assert art.text == ('Government forces and rebels have clashed for months. "The increasing trend of military-political '
                        'alliances is also worrying," Ames told DW.')
    assert [r.kind for r in art.removed] == ["caption"]


def test_prose_that_looks_like_furniture_stays():
    for sentence in (
        "Sweden is not a NATO member but it has contributed to NATO-led operations.",
        "Forecasts by Oxford Economics, which contributed to the report, estimate the economy will grow by 1.6% in 2017.",
        "Thousands of people gathered in The Hague on Sunday to protest against the ruling.",
        'Under the slogan "Make Poland Great," thousands marched through the capital on Saturday.',
        "The law applies to any citizen and/or resident who took part in the protests last year.",
        "Presidential spokesman Ernesto Abella said the allegations were baseless and politically motivated.",
        "Protesters who want to follow the rally on Twitter used the hashtag of the opposition movement.",
    ):
        art = _flat("The opposition called for a general strike on Thursday. " + sentence)
        assert art.text.endswith(sentence) and not art.removed, sentence
    # A share widget flattened before the first sentence goes; the sentence stays.
    art = _flat("Share this with Derry City captain Ryan McBride has died at the age of 27, his club said on Monday.")
    assert art.text == "Derry City captain Ryan McBride has died at the age of 27, his club said on Monday."


def test_subheadings_glued_to_the_next_sentence_are_set_apart_in_a_voa_story():
    text = ("Khalil has been ordered to appear in front of an immigration judge on March 27 at the Lasalle Detention "
            "Facility in Louisiana. The court In immigration court, the burden of proof is on the government; it must "
            "show the person violated immigration laws. VOA White House correspondent Anita Powell contributed to this report.")
    art = _flat(text)
    assert art.text == ("Khalil has been ordered to appear in front of an immigration judge on March 27 at the Lasalle "
                        "Detention Facility in Louisiana.\n\nThe court\n\nIn immigration court, the burden of proof is on "
                        "the government; it must show the person violated immigration laws.\n\nVOA White House "
                        "correspondent Anita Powell contributed to this report.")
    assert art.removed == []


def test_a_subheading_ending_in_a_name_or_before_a_sentence_adverb_is_set_apart():
    first = "The ceasefire collapsed on Sunday, the army said."
    for head, sentence in (
            ("Unrest spreads to Mosul", "The fighting has displaced thousands of families, aid groups said."),
            ("Talks stall in Geneva", "Meanwhile, the opposition called for a general strike on Monday."),
            ("President Ahmed Sharif", "However, the president denied that troops had fired on the crowd.")):
        assert _flat(f"{first} {head} {sentence}").text == f"{first}\n\n{head}\n\n{sentence}", head
    # a title of a work capitalises the word after its article; an adverb without its comma is no restart
    for sentence in ("The minister told The Associated Press that the vote would go ahead as planned.",
                     "Peace Now, a rights group, said the settlement plan would be challenged in court.",
                     "The general said Still Water Bridge had been closed to civilian traffic since March."):
        assert _flat(f"{first} {sentence}").text == f"{first} {sentence}", sentence


def test_wire_datelines_in_their_printed_variants_are_set_apart():
    prose = "The foreign minister said the talks would resume next week."
    for dateline in ("MURMANSK. February 7. /TASS/.", "MOSCOW, February 7, /TASS/.", "TOKYO, March 2. /TASS /.",
                     "MOSCOW, March 17. /TASS, Ivan Petrov/.", "INCHEON /Republic of Korea/, February 9. /TASS/.",
                     "KUMERTAU (Bashkiria), March 30. /TASS/.", "St PETERSBURG, March 28. /TASS/.",
                     "AUSTIN, Texas, Feb. 8, 2017 /PRNewswire/.", "KINSHASA, Congo —", "MARANCHON, SPAIN —",
                     "ISLAMABAD/PENTAGON —", "SOFIA, Bulgaria -"):
        assert _flat(f"{dateline} {prose}").text == f"{dateline}\n\n{prose}", dateline
    for dateline in ("(CNN)", "Washington (CNN)", "HONG KONG (CNN Business)"):  # closed against the first word
        assert _flat(f"{dateline}{prose}").text == f"{dateline}\n\n{prose}", dateline
    # an acronym before a dash, or a dash before a lowercase word, is the sentence itself
    for sentence in ("US — China trade talks resumed in Geneva on Monday after a pause of a year.",
                     "UNICEF — the UN children's agency — said the camps were overcrowded and unsafe.",
                     "International Olympic Committee (IOC) President Thomas Bach said the games would go ahead."):
        assert _flat(sentence).text == sentence


def test_a_space_turned_into_a_hyphen_between_two_words_is_a_space_again():
    art = _flat("The ministers met in-Brussels on Monday, said-Maria Lopez, a spokeswoman for the-European Commission. "
                "The anti-Trump and pro-Russian rallies, the al-Assad government and the all-Ireland final were not discussed.")
    assert art.text == ("The ministers met in Brussels on Monday, said Maria Lopez, a spokeswoman for the European Commission. "
                        "The anti-Trump and pro-Russian rallies, the al-Assad government and the all-Ireland final were not discussed.")


def test_a_space_the_scrape_made_a_hyphen_is_told_from_a_real_compound():
    # where no English compound could stand: after a comma, bracket or apostrophe, after a
    # year range, next to a word that never opens (closes) a compound, before an adverb
    art = _flat("A court has ordered the arrest of Ana de Souza,-an opposition senator, who was-responsible for the "
                "2012-2016-reform of the prisons. The Workers'-Party (PT)-report said the government-exclusively blames "
                "her, and Brazil is-seeking her extradition-from the US. Senator Rui Lopes-had called the case "
                "political. He-said the court acted on Friday.- \"This is persecution,\" he said. President Luiz Costa-continued "
                "his attacks on the Kremlin-backed separatists.")
    assert art.text == ("A court has ordered the arrest of Ana de Souza, an opposition senator, who was responsible for the "
                        "2012-2016 reform of the prisons. The Workers' Party (PT) report said the government exclusively blames "
                        "her, and Brazil is seeking her extradition from the US. Senator Rui Lopes had called the case "
                        "political. He said the court acted on Friday. \"This is persecution,\" he said. President Luiz Costa "
                        "continued his attacks on the Kremlin-backed separatists.")
    # compounds, ranges, names and prefixes keep their hyphens
    real = ("The pro-government and anti-drug rallies of 2010-2015, the U.S.-led talks, a so-called would-be leader, "
            "a state-of-the-art in-depth report, the sit-in by passers-by, Kim Jong-un, Hwang Kyo-ahn and Lee Jae-an, "
            "the IS-Somalia faction, an A-list guest, the bill as-is and the newly-elected to-do list were all discussed.")
    assert _flat(real).text == real


def test_a_space_the_scrape_made_a_hyphen_after_a_closing_quote_is_a_space_again():
    art = _flat('The rebel commander known as "Sparta,"-was killed in a blast in October. Officials called the '
                'truce "fragile"-and "unworkable." "We will not stop,"-Ivanova said. "It is over."-Petrov left.')
    assert art.text == ('The rebel commander known as "Sparta," was killed in a blast in October. Officials called the '
                        'truce "fragile" and "unworkable." "We will not stop," Ivanova said. "It is over." Petrov left.')


def test_a_run_of_dashes_between_sections_parts_paragraphs():
    first = "The Senate confirmed the nominee by a vote of 52 to 47 after a long and bitter debate on Tuesday."
    second = "Democrats said the nominee was unqualified and vowed to fight the next nomination as well."
    for sep in (" - - - - - - ", "- - - ", " ------------ ", " --- "):  # ".- - -": a glued one
        art = _flat(first + sep + second)
        assert art.text == first + "\n\n" + second, sep
    dash = "The vote was -- to no one's surprise --- along party lines, the clerk said after the session ended."
    assert _flat(dash).text == dash


def test_a_writers_follow_line_naming_the_outlet_is_a_credit():
    prose = ("For the Syrian opposition, the only route for lasting peace remains a political transition that ensures "
             "the president's removal. The government in Damascus has consistently refused to consider it an option, "
             "and the talks in Geneva ended on Friday without a date for the next round.")
    art = _flat(f"{prose} Follow Dana Collins on Al Jazeera: @dcollins Source:-Al Jazeera News")
    assert art.authors == ["Dana Collins"]
    assert art.text == f"{prose}\n\nFollow Dana Collins on Al Jazeera: @dcollins\n\nSource: Al Jazeera News"


def test_the_pages_words_to_its_reader_after_the_last_sentence_go():
    prose = "Police said the protest had ended peacefully by nightfall and that no arrests were made."
    tails = (
        "Do you have information you want to share with the Daily Planet? Here's how. How will the new law impact you? "
        "Subscribe, choose the topics you care about most and we'll send you the news that matters once a week. Learn more",
        "Were you at the march? Please include a contact number if you are willing to speak to one of our journalists.",
        "If you have a story suggestion email newsdesk@example.org.",
        "Media playback is not supported on this device",
    )
    for tail in tails:
        art = _flat(f"{prose} {tail}")
        assert art.text == prose, tail
        assert {r.kind for r in art.removed} == {"call-to-action"} and " ".join(r.text for r in art.removed) == tail
        assert all(f"{prose} {tail}"[r.start:r.end] == r.text for r in art.removed)
    # a scrape that lost the space after a closing quote ('."?') still ends the quotation there,
    # the quote mark restored (``extract.lost_marks``)
    quote = '"We will not give up," the organiser said. "The streets are ours."?'
    art = _flat(f"{prose} {quote}Do you have information you want to share with the Daily Planet? Here's how.")
    assert art.text == f"{prose} {quote[:-1]}"
    # advice in the story, a question in it, and the writer's credit stay
    for ending in ("Officers urged parents: don't share photos of your children with strangers online.",
                   "Will you vote for change? That is the question the opposition put to the crowd.",
                   "Follow Jane Roe at http://twitter.com/jroe"):
        assert _flat(f"{prose} {ending}").text.replace("\n\n", " ") == f"{prose} {ending}", ending
    assert _flat(f"{prose} Follow Jane Roe: http://twitter.com/jroe").authors == ["Jane Roe"]


def test_a_long_caption_glued_to_the_next_sentence_is_set_apart():
    art = _flat("The court sentenced the opposition leader to 15 days in jail for his role in the protests The verdict "
                "drew criticism from rights groups, who called it politically motivated.")
    assert art.text == ("The court sentenced the opposition leader to 15 days in jail for his role in the protests\n\nThe verdict "
                        "drew criticism from rights groups, who called it politically motivated.")


def test_disclaimers_and_print_edition_references_go():
    prose = "The central bank kept its main interest rate unchanged on Thursday, citing weak growth."
    for notice in ("The views expressed in this article are the author's own and do not necessarily reflect the "
                   "editorial policy of the Daily Planet.",
                   "The views do not necessarily reflect those of the Daily Planet.",
                   "The Planet Agency is not responsible for the material quoted in the press reviews.",
                   "(Daily Planet Weekly 01/27/2017 page25)"):
        art = _flat(f"{prose} {notice}")
        assert art.text == prose and [r.text for r in art.removed] == [notice], notice
    # someone's words in the story stay
    said = "The views of the minister do not necessarily reflect government policy, a spokesman said."
    assert _flat(f"{prose} {said}").text == f"{prose} {said}"


@pytest.mark.parametrize("scraped, repaired", [
    # after the quotation's punctuation: its closing mark
    ('"We will not negotiate,"?Minister Tanaka told reporters.', '"We will not negotiate," Minister Tanaka told reporters.'),
    ('"The count is over."?"Now we wait," she said.', '"The count is over." "Now we wait," she said.'),
    ('Voters were told to "stay home!"?Turnout fell.', 'Voters were told to "stay home!" Turnout fell.'),
    # after a word: a quotation's end when one is open, else a possessive's apostrophe
    ('He called the vote a "sham"?and walked out.', 'He called the vote a "sham" and walked out.'),
    ('Protesters blocked the ministers"?convoy near the port.', "Protesters blocked the ministers' convoy near the port."),
    ('"We hear the farmers"?demands, but the law stands," the governor said.',
     '"We hear the farmers\' demands, but the law stands," the governor said.'),
    # standing apart after a space: a dash (a parenthesis, a dateline)
    ('The ruling could settle "?at least for now "?the fate of the strike.',
     'The ruling could settle — at least for now — the fate of the strike.'),
    ('NAIROBI, Kenya "?Police fired tear gas at marchers.', 'NAIROBI, Kenya — Police fired tear gas at marchers.'),
    ('The plan was branded "reform"?"?a word the unions reject.', 'The plan was branded "reform" — a word the unions reject.'),
    # a question mark of the sentence, after or inside a quotation, stays
    ('He asked "why?" and left.', 'He asked "why?" and left.'),
    ('Did the general say "never"? Nobody knows.', 'Did the general say "never"? Nobody knows.'),
    ('Did the envoy really say "no"?', 'Did the envoy really say "no"?'),
    ('"Who ordered the curfew?" the mayor asked.', '"Who ordered the curfew?" the mayor asked.'),
    ('Voters who were unsure could tick a "?" on the ballot.', 'Voters who were unsure could tick a "?" on the ballot.'),
    # a contraction's apostrophe made a quote
    ('"We haven"t been paid, and I"m not going back," a miner said.',
     '"We haven\'t been paid, and I\'m not going back," a miner said.'),
    # the mark lost to the replacement character: after a space and glued to a word, an opening quote
    ('The minister said, "\ufffdWe will not resign,"?and left.', 'The minister said,  “We will not resign," and left.'),
    ('Officials were "\ufffd[deeply] concerned,"?a diplomat said.', 'Officials were  “[deeply] concerned," a diplomat said.'),
    ('"The vote is over."?"\ufffdNow we count," she said.', '"The vote is over."  “Now we count," she said.'),
    # between spaces, a dash; after a word it stays, as which mark it was cannot be told
    ('Several unions "\ufffd\u00a0and the teachers among them', 'Several unions — \u00a0and the teachers among them'),
    ('the party"\ufffdled coalition', 'the party"\ufffdled coalition'),
    # a letter lost inside a word: a letter-like placeholder, the word stays one
    ('Senator Ant\ufffd\ufffdnio Costa met the garda\ufffd\ufffd-on Monday.', 'Senator Antəənio Costa met the gardaəə-on Monday.'),
])
def test_lost_mark_debris_is_restored_in_place(scraped, repaired):
    """'"?' glued to a word is a curly mark and a space a scrape lost: restored, at the
    same length (gold offsets into the text hold), as what its place says it was."""
    fixed = lost_marks(scraped)
    assert fixed == repaired and len(fixed) == len(scraped)
    assert lost_marks(fixed) == fixed


def test_a_word_with_a_lost_letter_stays_one_token():
    """'Jo\ufffd\ufffdo Lourenço' would tokenize as 'Jo', two symbols and 'o': the name is lost;
    a full stop after the placeholder still ends the sentence."""
    from chronicle.nlp import parse

    doc = parse(lost_marks("President Jo\ufffd\ufffdo Louren\ufffd\ufffdo signed the decree, said Anna Strejcov\ufffd\ufffd. He left."))
    words = [t.text for t in doc]
    assert words[:3] == ["President", "Joəəo", "Lourenəəo"] and words[-5:-3] == ["Strejcovəə", "."]


def test_cleaning_restores_lost_marks_so_the_quotation_and_its_speaker_part():
    text = ('Parliament rejected the budget on Friday. "This is a betrayal of the regions,"?Senator Okafor said '
            'after the vote. The opposition walked out of the chamber "?a first since the war.')
    art = _flat(text)
    assert '"This is a betrayal of the regions," Senator Okafor said' in art.text
    assert "chamber — a first" in art.text and '"?' not in art.text


def test_a_titles_lost_marks_are_restored_as_the_texts_are():
    body = ("The foreign ministry said on Monday that talks on the border dispute would resume next week "
            "in Geneva, after a pause of three months.")
    raw = RawDocument("x.json", b"", "json", fields={"text": body, "title": 'Border talks to resume in Geneva "?ministry'})
    assert clean(raw).title == "Border talks to resume in Geneva — ministry"


# -- picture galleries run into the prose --------------------------------------

_LEAD = ("The Kenyan opposition has rejected the election commission's final tally, saying it was doctored. "
         "Thousands of supporters gathered in Nairobi on Tuesday as police fired tear gas.")
_CAPTIONS = ("Kenya won independence from Britain in December 1963, with Jomo Kenyatta as its first prime minister. "
             "Daniel arap Moi took over in 1978 and ruled for 24 years, banning rival parties in 1982. "
             "Violence after the disputed 2007 vote killed more than 1,100 people. Kofi Annan brokered a "
             "power-sharing deal in February 2008. A new constitution was approved in a referendum in 2010.")
_AFTER = "Calls for calm The two camps were urged by the African Union to settle their dispute in court."


def test_a_picture_gallery_set_apart_by_a_dash_goes_with_its_signature():
    art = _flat(f"{_LEAD} - {_CAPTIONS} Author: Jane Mwangi {_AFTER}")
    assert "independence" not in art.text and "Jane Mwangi" not in art.text
    # the article's next subheading, glued after the signature, is set apart as after any furniture
    assert art.text == f"{_LEAD}\n\nCalls for calm\n\nThe two camps were urged by the African Union to settle their dispute in court."
    assert [r.kind for r in art.removed] == ["gallery"] and art.removed[0].text.endswith("Author: Jane Mwangi")
    assert art.authors == []  # the gallery's author wrote none of the article


def test_a_picture_gallery_after_the_wire_signature_goes_and_the_signature_stays():
    art = _flat(f"{_LEAD} ls/jr (AFP, Reuters) {_CAPTIONS} Author: Jane Mwangi / sms")
    assert art.text == f"{_LEAD}\n\nls/jr (AFP, Reuters)" and art.authors == []


def test_a_gallery_with_no_mark_where_it_begins_keeps_its_captions():
    # captions and an article's background prose read alike: nothing goes
    art = _flat(f"{_LEAD} {_CAPTIONS} Author: Jane Mwangi {_AFTER}")
    assert f"{_CAPTIONS} Author: Jane Mwangi" in art.text and art.removed == []
    # a dash in the article's prose, with one of its subheadings after it, marks no gallery
    section = ("Opposition cries foul The commission said the count was fair. Odinga's camp said "
               "the servers had been hacked.")
    art = _flat(f"{_LEAD} - {section} {_CAPTIONS} Author: Jane Mwangi {_AFTER}")
    assert section.split(" The ")[1] in art.text and _CAPTIONS in art.text
    # news of the story's own day is no caption's: the gallery begins after it
    art = _flat(f"{_LEAD} - {_CAPTIONS} The commission will publish the results on Friday. "
                f"{_CAPTIONS} Author: Jane Mwangi {_AFTER}")
    assert "on Friday." in art.text


def test_the_pages_pointers_to_its_pictures_and_their_teasers_go():
    base = "The talks collapsed on Tuesday, officials said. "
    art = _flat(base + "Click through the gallery above for a look back at his career. He was 81.")
    assert art.text == base + "He was 81."
    art = _flat(base + "IN PICTURES: Flooded villages wait for aid Rescue teams reached the valley on Wednesday.")
    assert art.text == base + "Rescue teams reached the valley on Wednesday."
    art = _flat(base + "INTERACTIVE: Mapping the drought The government said it would send more water trucks.")
    assert art.text == base + "The government said it would send more water trucks."
