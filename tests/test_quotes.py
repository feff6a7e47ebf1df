"""The quotes stage on real news sentences (VOA excerpts are public domain;
the others are short excerpts of the sample articles)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.quotes import annotate, find_quotes, lexicon
from chronicle.quotes.marks import quoted_spans
from chronicle.records import Analysis, Article, Mention


def quotes(parse, text, mentions=()):
    found = find_quotes(parse(text), mentions)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return found


def by_kind(found, kind):
    return [q for q in found if q.kind == kind]


# -- data files -------------------------------------------------------------------


def test_lexicon_files_load_and_have_no_duplicates():
    here = Path(lexicon.__file__).parent
    cues = json.loads((here / "cues.json").read_text(encoding="utf-8"))
    for key in ("verbs", "nouns", "title_markers", "title_nouns", "person_nouns"):
        assert cues[key] and len(cues[key]) == len(set(cues[key])), key
    lex = lexicon.load()
    assert {"say", "tell", "add", "tweet", "insist", "warn", "claim"} <= lex.verbs
    assert "think" not in lex.verbs  # cognition is not speech
    assert lex.outlets["BBC"] == "BBC" and lex.media["tweet"] == "Twitter"


# -- quotation marks ----------------------------------------------------------------


def test_marks_curly_straight_and_guillemets():
    text = '“One,” he said. "Two," she said. «Three», they said.'
    assert [text[q.start : q.end] for q in quoted_spans(text)] == ["One,", "Two,", "Three"]


def test_paragraph_break_inside_a_quotation_is_crossed():
    text = "Shanahan replied, “I’ll leave that to your imagination.\n\nAll options are on the table.”\n\nNext."
    (q,) = quoted_spans(text)
    assert text[q.start : q.end] == "I’ll leave that to your imagination.\n\nAll options are on the table."


def test_multi_paragraph_quotation_reopens_each_paragraph():
    text = "He said: “First paragraph.\n\n“Second paragraph.\n\n“Last one.”\n\nThe end."
    spans = quoted_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["First paragraph.", "Second paragraph.", "Last one."]
    assert len({q.group for q in spans}) == 1
    assert [q.closed for q in spans] == [False, False, True]


def test_unclosed_mark_does_not_derail_later_paragraphs():
    text = 'He wrote "this never closes\n\nA plain paragraph.\n\n"Here it is," she said.'
    assert [text[q.start : q.end] for q in quoted_spans(text)] == ["Here it is,"]


def test_apostrophes_are_not_single_quotes():
    text = "Guaido’s supporters’ march was called ‘Operation Freedom’ by him."
    assert [text[q.start : q.end] for q in quoted_spans(text)] == ["Operation Freedom"]


# -- direct quotations ------------------------------------------------------------------


def test_quote_then_speaker_and_channel(parse):
    text = ("“The president has his full range of Article 2 authorities, and I’m very confident that any "
            "action we took in Venezuela would be lawful,” Pompeo told ABC.")
    (q,) = quotes(parse, text)
    assert (q.kind, q.speaker_text, q.cue, q.channel) == ("direct", "Pompeo", "told", "ABC")
    assert q.text.startswith("The president") and q.text.endswith("lawful")


def test_continuation_after_attribution_keeps_the_speaker(parse):
    text = ("“Make no mistake, we have a full range of options that we’re preparing for,” Pompeo said. "
            "“Diplomatic options, political options, options with our allies.”")
    first, second = quotes(parse, text)
    assert second.text.startswith("Diplomatic options")
    assert second.kind == "direct" and second.speaker_text == first.speaker_text == "Pompeo"


def test_said_before_name_with_title(parse):
    text = "“If that’s what’s required, that’s what the United States will do,” said US secretary of state Mike Pompeo."
    (q,) = quotes(parse, text)
    assert q.speaker_text == "US secretary of state Mike Pompeo" and q.cue == "said"


def test_colon_and_tweet(parse):
    text = ("In a tweet this week Republican Senator Marco Rubio stated: \"We must support those members of "
            "military who have announced they will defend the constitution.\"")
    (q,) = quotes(parse, text)
    assert q.speaker_text == "Republican Senator Marco Rubio"
    assert (q.cue, q.channel) == ("stated", "Twitter")


def test_video_is_a_channel(parse):
    text = ("Its leader, who identified himself as Sgt. Alexander Bandres Figueroa, stated in a video, "
            "\"You asked to take to the streets to defend the constitution, well here we are.\"")
    (q,) = quotes(parse, text)
    assert q.channel == "video" and q.speaker_text == "Alexander Bandres Figueroa"


def test_quotation_opening_a_paragraph_after_a_colon(parse):
    text = ("Trump was so frustrated that he issued even more threats against Cuba:\n\n“If Cuban Troops and "
            "Militia do not immediately CEASE military operations, a full and complete embargo will be placed "
            "on the island of Cuba.”")
    (q,) = by_kind(quotes(parse, text), "direct")
    assert q.speaker_text == "Trump" and q.text.startswith("If Cuban Troops")


def test_quote_standing_after_a_reported_sentence(parse):
    # VOA 8011218
    text = ("The song performed by Galissa is being shared along with a report of the archaeological findings, "
            "Sirio Canos-Donnay from the Spanish National Research Council told VOA. “He’s combined all of the "
            "ways and methods and phrases that are the trade of the griot with the archaeological information.”")
    (q,) = by_kind(quotes(parse, text), "direct")
    assert "Canos-Donnay" in q.speaker_text


def test_unnamed_source_has_no_entity(parse):
    # VOA 8010476
    text = ("Responding to VOA's query about the letter, a U.S. State Department press officer said: "
            "\"We do not comment on Congressional correspondence.\"")
    (q,) = quotes(parse, text)
    assert q.speaker is None and q.speaker_text == "a U.S. State Department press officer"


def test_unbalanced_mark_in_run_on_text_keeps_later_quotes(parse):
    # VOA 6202623: the tweet's closing mark is missing in the story itself
    text = ("\"This prison break massacre is a tragic sign of the rule of law collapsing in Haiti,\" Levin tweeted. "
            "\"Jovenel Moise's antidemocratic rule is costing Haitians their lives. What's next? Exantus said three "
            "commissions have been created. \"The police will investigate,\" Exantus said.")
    found = by_kind(quotes(parse, text), "direct")
    assert [(q.text[:10], q.speaker_text) for q in found] == [("This priso", "Levin"), ("The police", "Exantus")]
    assert found[0].channel == "Twitter"


# -- partial quotations, scare quotes, titles ---------------------------------------------


def test_scare_quotes_and_titles_are_not_quotes(parse):
    text = ("One week after the abortive coup launched by Juan Guaidó, the self-proclaimed “interim president” of "
            "Venezuela, Washington has stepped up its threats. Appearing on ABC’s “This Week” news talk show on "
            "Sunday, Pompeo spoke. Guaidó outlined his so-called \"Plan Pais,\" which calls for privatization.")
    assert [q for q in quotes(parse, text) if q.kind != "indirect"] == []


def test_partial_quote_inside_reported_speech(parse):
    text = ("Meanwhile, Guaidó told the BBC that he was considering asking the US to intervene. Asked about the US "
            "“military option,” he said he would “evaluate all options,” adding that it was “responsible to "
            "evaluate” the prospects of an armed US invasion.")
    found = quotes(parse, text)
    partial = by_kind(found, "partial")
    assert [q.text for q in partial] == ["evaluate all options", "responsible to evaluate"]
    assert all(q.speaker_text == "Guaidó" for q in partial)  # "he" is the previous sentence's subject
    assert not any("military option" in q.text for q in found if q.kind != "indirect")


def test_mixed_quotation_after_that_is_direct_when_it_is_a_clause(parse):
    text = ("Guaidó, meanwhile, has insisted that a new military uprising could be coming. \"There were people who "
            "failed to follow through,\" he told the AFP in Caracas, claiming that \"it doesn't mean that they "
            "won't do it soon.\"")
    first, second = by_kind(quotes(parse, text), "direct")
    assert (first.speaker_text, first.channel) == ("Guaidó", "AFP")
    assert second.text.startswith("it doesn't mean") and second.speaker_text == "Guaidó"


# -- speakers through pronouns, chains and mentions ------------------------------------------


def test_he_added_chain(parse):
    text = ("Icon of the right Leopoldo Lopez joined Guaido outside the base. He tweeted that he had been "
            "“freed”.\n\n“We have to mobilise,” he added. “It’s time to conquer freedom.”")
    direct = by_kind(quotes(parse, text), "direct")
    assert len(direct) == 2 and all("Lopez" in q.speaker_text for q in direct)


def test_previous_quote_speaker_for_added(parse):
    # VOA 8009771: "he added" after a sentence about Putin still means the quoted analyst
    text = ("“I think it will be very difficult for the West to pull Russia away from China,” Hecker said. "
            "Putin remains antagonistic towards the West, and he has said that he wants an alternative. "
            "“Part of that alternative includes China,” he added.")
    direct = by_kind(quotes(parse, text), "direct")
    assert [q.speaker_text for q in direct] == ["Hecker", "Hecker"]


def test_speaker_is_the_actors_entity(parse):
    text = ("Afterwards, Trump’s acting defense secretary, Patrick Shanahan, told Pentagon reporters, “We have a "
            "comprehensive set of options.” Later he said, “I’ll leave that to your imagination.”")
    doc = parse(text)

    def mention(words, entity, kind="name"):
        start = text.index(words)
        return Mention(start, start + len(words), words, "PERSON", entity, words, kind)

    mentions = [mention("Trump", "e1"), mention("Patrick Shanahan", "e2")]
    first, second = find_quotes(doc, mentions)
    assert first.speaker == "e2" and first.speaker_text == "Trump’s acting defense secretary, Patrick Shanahan"
    assert second.speaker == "e2"  # "he" resolved to the previous quotation's speaker


def _mentions(text, *specs):
    """Mentions as the actors stage gives them: (words, entity, type, kind[, nth])."""
    out = []
    for words, entity, type_, kind, *nth in specs:
        start = -1
        for _ in range((nth or [1])[0]):
            start = text.index(words, start + 1)
        out.append(Mention(start, start + len(words), words, type_, entity, words, kind))
    return out


def test_statement_from_a_named_body(parse):
    # VOA 8009976
    text = ("Later, the military's media wing reiterated the assertion. “Intelligence reports have confirmed that "
            "the attack was orchestrated from Afghanistan,” a statement from the ISPR said.")
    (q,) = by_kind(quotes(parse, text, _mentions(text, ("ISPR", "e1", "ORG", "acronym"))), "direct")
    assert (q.speaker, q.speaker_text) == ("e1", "the ISPR")


def test_description_of_the_last_speaker(parse):
    # VOA 8009976: "the Pakistani envoy" right after Munir Akram spoke
    text = ("Speaking at a United Nations Security Council meeting, Pakistan's permanent representative to the "
            "United Nations, Munir Akram, said Kabul was failing to rein in Baloch separatists. “The Kabul "
            "authorities have failed to address the threat posed to the region,” the Pakistani envoy said Monday.")
    mentions = _mentions(text, ("Munir Akram", "e1", "PERSON", "name"), ("Pakistan", "e2", "GPE", "name"))
    (q,) = by_kind(quotes(parse, text, mentions), "direct")
    assert (q.speaker, q.speaker_text) == ("e1", "the Pakistani envoy")


def test_description_after_a_name_in_passing_is_someone_else(parse):
    # sample 003: "the officer" is not Trump, whose "statement" was only mentioned
    text = ("Trump said that he would not rule out a “military option” in Venezuela. Understanding Trump's "
            "statement as an invitation by the American president, the officer said, “It was the commander in "
            "chief saying this now.”")
    mentions = _mentions(text, ("Trump", "e1", "PERSON", "name"), ("he", "e1", "PERSON", "pronoun"),
                         ("Trump", "e1", "PERSON", "name", 2))
    (q,) = by_kind(quotes(parse, text, mentions), "direct")
    assert q.speaker_text == "the officer" and q.speaker is None


def test_pronoun_agrees_with_the_persons_sex(parse):
    # VOA 8011004: the man named last is not "she"
    text = ("Khoshbo's book was banned last year. The Taliban's deputy minister, Zia-ul Haq Haqmal, told media his "
            "department had identified 400 books. “I believe their hostility is directed at women,” she said.")
    mentions = _mentions(text, ("Khoshbo", "e1", "PERSON", "name"), ("Zia-ul Haq Haqmal", "e2", "PERSON", "name"),
                         ("his", "e2", "PERSON", "pronoun"), ("she", "e1", "PERSON", "pronoun"))
    (q,) = by_kind(quotes(parse, text, mentions), "direct")
    assert q.speaker == "e1" and q.speaker_text == "Khoshbo"


def test_actors_link_wins_when_its_person_was_named_later(parse):
    # VOA 8010779: Sithole, named after Boua last spoke, is the "he" who speaks
    text = ("“Long-term studies are essential,” Boua said. Boua is preparing a policy brief for the government. "
            "For Sithole, managing his diabetes has been a long journey. “What I can tell people is that they must "
            "go and check the way they eat,” he said.")
    mentions = _mentions(text, ("Boua", "e1", "PERSON", "name"), ("Boua", "e1", "PERSON", "name", 2),
                         ("Sithole", "e2", "PERSON", "name"), ("his", "e2", "PERSON", "pronoun"),
                         ("he said", "e2", "PERSON", "pronoun"))
    mentions[-1].end = mentions[-1].start + 2
    first, second = by_kind(quotes(parse, text, mentions), "direct")
    assert first.speaker == "e1" and (second.speaker, second.speaker_text) == ("e2", "Sithole")


# -- reported speech ---------------------------------------------------------------------


def test_indirect_speech_with_channel(parse):
    text = ("Meanwhile, Guaidó told the BBC that he was seriously considering asking the US to launch a military "
            "intervention.")
    (q,) = quotes(parse, text)
    assert (q.kind, q.speaker_text, q.cue, q.channel) == ("indirect", "Guaidó", "told", "BBC")
    assert q.text == "he was seriously considering asking the US to launch a military intervention"


@pytest.mark.parametrize("text, said", [
    # a past conjunct cannot share "would" or a present tense: the speaker's own second act
    ("On Tuesday, Hungary announced that it would not let the Swedish envoy return to Budapest and suspended "
     "military cooperation with Stockholm.", "it would not let the Swedish envoy return to Budapest"),
    ("The president said on Friday the nation faces a grave crisis and condemned the cabinet for passing the "
     "law in secret.", "the nation faces a grave crisis"),
    # a closing concession is the writer's fact set against what was said
    ("The minister said talks would resume next week, though rebels attacked a convoy on Sunday.",
     "talks would resume next week"),
    # a conjunct that shares the reported clause's tense and subject stays in it
    ("Officials said the rebels had stormed the town and killed three guards.",
     "the rebels had stormed the town and killed three guards"),
    # and so does one after another subject's "would not": what the rebels did, on the officials' word
    ("Officials said the rebels would not release the hostages and attacked a convoy near the border.",
     "the rebels would not release the hostages and attacked a convoy near the border"),
])
def test_indirect_speech_ends_where_the_speakers_words_end(parse, text, said):
    (q,) = quotes(parse, text)
    assert q.kind == "indirect" and q.text == said


def test_according_to(parse):
    text = ("According to the Times' account, the officer's faction reached out to the US government last year. "
            "Pompeo warned that the options were ready.")
    first, second = quotes(parse, text)
    assert first.cue == "according to" and first.speaker_text == "the Times' account"
    assert first.text == "the officer's faction reached out to the US government last year"
    assert (second.cue, second.speaker_text, second.text) == ("warned", "Pompeo", "the options were ready")


def test_cognition_and_negated_speech_are_not_reported(parse):
    text = "Analysts think the talks will fail. The ministry does not comment on intelligence matters."
    assert quotes(parse, text) == []


# -- the stage ------------------------------------------------------------------------------


def test_annotate_appends_to_the_analysis(parse):
    text = "“We must act now,” the minister said."
    article = Article(id="a", source="s", sha256="x", text=text)
    analysis = Analysis(article=article, doc=parse(text))
    annotate(analysis)
    found = [(q.kind, q.text, q.speaker_text) for q in analysis.quotes]
    assert found == [("direct", "We must act now", "the minister")]
    assert analysis.mentions == [] and analysis.events == []


def test_quoted_as_saying_and_statement_read(parse):
    text = ('"We will not surrender," the minister was quoted as saying by state media. '
            "“The army remains loyal to the constitution,” the statement read.")
    first, second = quotes(parse, text)
    assert (first.speaker_text, first.kind) == ("the minister", "direct")
    assert (second.speaker_text, second.cue, second.speaker) == ("the statement", "read", None)


# -- to whom ------------------------------------------------------------------------


@pytest.mark.parametrize("text, audience", [
    ("Pompeo told reporters on Sunday that the United States was ready to act.", "reporters"),
    ("“We will not surrender,” Maduro told a crowd of supporters in Caracas.", "a crowd of supporters"),
    ("In a letter to the Security Council, Venezuela's ambassador said the strikes were illegal.", "the Security Council"),
    ("Bolton warned Venezuelan officers that they faced sanctions.", "Venezuelan officers"),
    ("“This is a coup,” Arreaza said in a speech to the United Nations General Assembly.",
     "the United Nations General Assembly"),
])
def test_addressee_is_read_off_the_cue(parse, text, audience):
    (q,) = quotes(parse, text)
    assert q.addressee_text == audience


@pytest.mark.parametrize("text", [
    "According to the BBC, troops fired on protesters near the border.",  # the source, not an audience
    "“The time is now,” Guaidó said outside the air base in Caracas.",  # a place is not an audience
])
def test_no_addressee_where_none_is_named(parse, text):
    (q,) = quotes(parse, text)
    assert q.addressee_text is None


def test_addressee_links_to_the_actor_mentioned():
    from chronicle.pipeline import analyze

    text = "Venezuela's foreign minister told the United Nations that the sanctions were a crime."
    analysis = analyze(Article(id="a", source="a", sha256="a", text=text))
    (q,) = analysis.quotes
    heard = next(m for m in analysis.mentions if m.entity == q.addressee)
    assert heard.name == "United Nations" and q.addressee_text == "the United Nations"


def test_cli_shows_article_text_literally_not_as_markup(tmp_path, monkeypatch):
    """Quoted words are untrusted: "[link=...]" in an article must print as written."""
    from typer.testing import CliRunner

    from chronicle.cli import app, console

    monkeypatch.setenv("CHRONICLE_NO_PROGRESS", "1")
    monkeypatch.setattr(console, "width", 400)
    story = {"title": "Protest in the capital", "text": (
        "Thousands marched through the capital on Monday to demand new elections. "
        "“[link=http://evil.example]Click here[/link] and [bold]vote[/bold],” the opposition leader Ana Ruiz "
        "told reporters outside parliament. Police said the march was peaceful and no one was arrested.")}
    source = tmp_path / "story.jsonl"
    source.write_text(json.dumps(story), encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(source), "--db", db]).exit_code == 0
    shown = runner.invoke(app, ["quotes", "--db", db]).output
    assert "[link=http://evil.example]Click here[/link]" in shown and "[bold]vote[/bold]" in shown
    assert "reporters" in shown  # to whom


def test_a_speaker_phrase_whose_head_is_a_quoted_word_has_no_person_and_does_not_fail(parse):
    """A noun phrase ending inside a quotation ('the "black muse of Saint-Germain-des-Prés."')
    can leave the head word quoted and the name span empty: no person is named there."""
    from chronicle.quotes.speakers import Resolver, name_span

    doc = parse('She was soon celebrated as the "dark queen of the Left Bank clubs." "Night gives room to dreams," she said.')
    head = next(t for t in doc if t.text == "clubs")
    resolver = Resolver(doc, [], quoted={head.i})
    assert len(name_span(head, {head.i})) == 0
    assert resolver._person_in(name_span(head, {head.i}), head) is None
