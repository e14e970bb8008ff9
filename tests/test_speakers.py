"""Speaker attribution on short real-news passages: who said each quote, as the reader sees it.

Each case checks the resolved name, the party, the mention text, the cue and the quote kind,
and that every span sits at its offsets.
"""
from __future__ import annotations

import pytest

from engine_checks import run
from tui.model import Annotations, Quote


def quote(ann: Annotations, words: str) -> Quote:
    """The one quote whose text contains `words`."""
    found = [q for q in ann.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in ann.quotes]
    return found[0]


def who(ann: Annotations, q: Quote) -> tuple[str | None, str | None, str | None]:
    """(resolved name, party name, mention text) of a quote's speaker."""
    if q.speaker is None:
        return None, None, None
    party = ann.party(q.speaker.party)
    return q.speaker.name, party.name if party else None, q.speaker.text


# -- cue positions ------------------------------------------------------------

def test_quote_then_name_said():
    ann = run("“There’s tremendous energy in terms of potential in a whole host of races,” "
              "Rep. Earl Blumenauer said.")
    q = quote(ann, "tremendous energy")
    assert who(ann, q)[0] == "Earl Blumenauer"
    assert q.speaker.text == "Rep. Earl Blumenauer"
    assert q.cue.text == "said"
    assert q.kind == "direct"


def test_quote_then_said_name():
    ann = run("“We are not going to allow that to happen,” said Sen. Mitch McConnell.")
    q = quote(ann, "allow that to happen")
    assert who(ann, q)[0] == "Mitch McConnell"
    assert q.speaker.text == "Sen. Mitch McConnell"
    assert q.kind == "direct"


def test_name_said_colon_then_quote():
    ann = run("Sen. Bernie Sanders said: “The system is rigged.”")
    q = quote(ann, "The system is rigged")
    assert who(ann, q)[0] == "Bernie Sanders"
    assert q.cue.text == "said"
    assert q.kind == "direct"


def test_name_told_reporters_colon_then_quote():
    ann = run("Hillary Clinton told reporters: “I am very proud of the campaign we ran.”")
    q = quote(ann, "very proud")
    assert who(ann, q)[0] == "Hillary Clinton"
    assert q.speaker.text == "Hillary Clinton"
    assert q.cue.text == "told"


def test_according_to_name():
    ann = run("“The plan is dead on arrival,” according to Senate Majority Leader Harry Reid.")
    q = quote(ann, "dead on arrival")
    assert q.speaker.name == "Harry Reid"
    assert q.speaker.text == "Senate Majority Leader Harry Reid"
    assert q.cue.text == "according to"


# -- appositives and party-state tags ----------------------------------------

def test_appositive_between_name_and_verb():
    ann = run("“I have never seen anything like it,” Maria Lopez, a nurse at the clinic, said.")
    q = quote(ann, "never seen")
    assert q.speaker.name == "Maria Lopez"
    assert q.speaker.text == "Maria Lopez"
    assert q.cue.text == "said"


def test_appositive_short_name_that_is_also_an_outlet_alias():
    ann = run("“I have never seen anything like it,” Hugh Hill, a doctor, said.")
    q = quote(ann, "never seen")
    assert q.speaker.name == "Hugh Hill"
    assert q.speaker.text == "Hugh Hill"
    assert ann.outlets == []


def test_multi_comma_appositive_keeps_the_name():
    ann = run("“We will see them in court,” Scott Pruitt, the Republican attorney general of Oklahoma, "
              "one of the states suing the EPA, said.")
    q = quote(ann, "see them in court")
    assert who(ann, q) == ("Scott Pruitt", "Scott Pruitt", "Scott Pruitt")  # a party label is membership


def test_said_name_then_appositive_gives_party_from_appositive():
    ann = run("“We will see them in court,” said Scott Pruitt, the Republican attorney general of Oklahoma.")
    q = quote(ann, "see them in court")
    assert who(ann, q) == ("Scott Pruitt", "Scott Pruitt", "Scott Pruitt")  # a party label is membership


def test_party_state_tag_before_said():
    ann = run("“This is a disgrace,” Rep. John Mica (R-Fla.) said.")
    q = quote(ann, "disgrace")
    # A legislator's party label is membership, not voice: he is a party of his own, with his mentions.
    assert who(ann, q) == ("John Mica", "John Mica", "Rep. John Mica")
    assert [m.text for m in ann.party(q.speaker.party).mentions] == ["John Mica"]


def test_party_state_tag_after_said():
    ann = run("“We cannot wait any longer,” said Sen. Tim Kaine (D-Va.).")
    q = quote(ann, "wait any longer")
    assert who(ann, q) == ("Tim Kaine", "Tim Kaine", "Sen. Tim Kaine")


def test_party_state_tag_with_partial_quote():
    ann = run("Rep. Zoe Lofgren (D-Calif.) said in a statement that the announcements were "
              "“important preliminary steps.”")
    q = quote(ann, "preliminary steps")
    assert q.kind == "partial"
    assert who(ann, q)[:2] == ("Zoe Lofgren", "Zoe Lofgren")


# -- split, continued and floating quotes -------------------------------------

def test_split_quote_both_halves_have_the_speaker():
    ann = run("“To all the black girls all over the world,” Bond said, "
              "“Own your magic, walk in your purpose and rock your truth.”")
    first, second = quote(ann, "black girls"), quote(ann, "Own your magic")
    assert first.speaker.name == second.speaker.name == "Bond"
    assert first.kind == "direct"
    assert second.kind in ("direct", "continuation")


def test_split_quote_with_pronoun_resolves_both_halves():
    ann = run("Donald Trump spoke to reporters in Ohio. “A deal is close,” he said, “but it is not done.”")
    first, second = quote(ann, "deal is close"), quote(ann, "not done")
    assert first.speaker.name == second.speaker.name == "Donald Trump"
    assert first.speaker.text == "he"


def test_quote_continuing_in_next_paragraph_inherits_speaker():
    ann = run("Christie speaks on the budget\n"
              "“The first part of the statement,” said Gov. Chris Christie.\n"
              "“And this is the rest of it.”")
    q = quote(ann, "rest of it")
    assert q.kind == "continuation"
    assert q.speaker.name == "Chris Christie"


def test_headline_quote_is_left_unattributed_and_the_body_quote_is_not():
    # Headlines compress attribution and repeat a body quote; PolNeAR leaves them unattributed.
    ann = run("Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n"
              "Sen. Elizabeth Warren told the bank's chief: “You should be criminally investigated.”")
    head, body = ann.quotes
    assert head.speaker is None
    assert body.speaker.name == "Elizabeth Warren"


def test_names_of_shows_and_works_are_not_quotes_with_speakers():
    ann = run("Intro line here\n"
              "On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said the tweet was a joke. "
              "The director makes this clear in her new documentary, “13th,” out Friday.")
    for q in ann.quotes:
        assert q.speaker is None, q.text


def test_second_quote_in_same_paragraph_inherits_speaker():
    ann = run("“We need a political revolution,” Sen. Bernie Sanders said. "
              "“Millions of people are tired of a rigged economy.”")
    q = quote(ann, "rigged economy")
    assert q.kind == "continuation"
    assert q.speaker.name == "Bernie Sanders"


def test_floating_quote_after_reported_speech():
    ann = run("Paul Manafort said the candidate’s appeal would transcend race. "
              "“We think those messages will resonate.”")
    q = quote(ann, "messages will resonate")
    assert q.speaker.name == "Paul Manafort"


# -- partial quotes and participial cues --------------------------------------

def test_partial_quote_takes_the_subject():
    ann = run("Trump called it “horrifying” on Tuesday.")
    q = quote(ann, "horrifying")
    assert q.kind == "partial"
    assert q.speaker.name == "Trump"
    assert q.cue.text == "called"


def test_partial_quote_subject_with_party_title():
    ann = run("Democratic candidate Hillary Clinton called the agreement “an historic step forward” "
              "in global efforts to address climate change.")
    q = quote(ann, "historic step")
    assert who(ann, q) == ("Hillary Clinton", "Hillary Clinton", "Democratic candidate Hillary Clinton")  # a candidate acts on her own account


def test_participial_saying_cue():
    ann = run("Clinton noted her years as senator representing the state, "
              "saying “we faced difficult challenges together.”")
    q = quote(ann, "difficult challenges")
    assert q.speaker.name == "Clinton"
    assert q.cue.text == "saying"


# -- pronouns -----------------------------------------------------------------

def test_he_said_resolves_to_the_person():
    ann = run("Donald Trump spoke to reporters. “We are going to win so much,” he said.")
    q = quote(ann, "win so much")
    assert q.speaker.name == "Donald Trump"
    assert q.speaker.text == "he"


def test_she_after_male_and_female_names_is_the_woman():
    ann = run("Donald Trump and Hillary Clinton debated in Ohio. "
              "“He is not fit to be president,” she said.")
    q = quote(ann, "not fit")
    assert q.speaker.name == "Hillary Clinton"
    assert q.speaker.text == "she"


def test_he_after_male_and_female_names_is_the_man():
    ann = run("Bernie Sanders met Hillary Clinton in Philadelphia. "
              "“We had a productive conversation,” he said.")
    assert quote(ann, "productive conversation").speaker.name == "Bernie Sanders"


def test_she_when_the_woman_is_named_before_a_date():
    ann = run("Marco Rubio met Elizabeth Warren on Tuesday. “We found common ground,” she said.")
    assert quote(ann, "common ground").speaker.name == "Elizabeth Warren"


def test_pronoun_not_resolved_to_a_place():
    ann = run("Donald Trump and Hillary Clinton debated in St. Louis. "
              "“He is not fit to be president,” she said.")
    q = quote(ann, "not fit")
    assert q.speaker.name == "Hillary Clinton"
    assert "St. Louis" not in [p.name for p in ann.parties]


# -- descriptions -------------------------------------------------------------

@pytest.mark.parametrize("text,mention,party", [
    ("“Netanyahu wants an even bigger war, not peace,” said a Hamas spokesperson.",
     "a Hamas spokesperson", "Hamas"),
    ("“The talks are moving forward,” said a senior U.S. official.",
     "a senior U.S. official", "United States"),
    ("“We will not agree to any truce,” said an Israeli government official.",
     "an Israeli government official", "Israel"),
    ("“There is no deal yet,” a White House official told reporters.",
     "a White House official", "United States"),
], ids=["hamas-spokesperson", "us-official", "israeli-official", "white-house-official"])
def test_description_is_kept_as_the_mention_with_its_party(text, mention, party):
    ann = run(text)
    assert len(ann.quotes) == 1
    q = ann.quotes[0]
    assert who(ann, q) == (mention, party, mention)
    assert mention in [m.name for m in ann.party(q.speaker.party).members]


# -- vox pops and titles ------------------------------------------------------

def test_vox_pop_horizontal_bar():
    ann = run("“I came here because my kids deserve a better future.” ― Jane Doe, 42, a teacher from Ohio")
    q = quote(ann, "better future")
    assert q.kind == "direct"
    assert q.speaker.name == "Jane Doe"
    assert q.speaker.text == "Jane Doe"


def test_vox_pop_em_dash():
    ann = run("“We just want our jobs back.” — Tom Baker, a steelworker in Youngstown")
    assert quote(ann, "jobs back").speaker.name == "Tom Baker"


@pytest.mark.parametrize("text", [
    "Trump appeared on NBC’s “Meet the Press” on Sunday.",
    "Christie told “Meet the Press” that he would not endorse anyone.",
], ids=["on-show", "told-show"])
def test_show_title_in_quotes_has_no_speaker(text):
    ann = run(text)
    assert quote(ann, "Meet the Press").speaker is None


@pytest.mark.parametrize("text, title", [
    # PolNeAR train: politico 2015-12-28 (Obamacare), breitbart 2016-04-29 (Larry Wilmore), west-journal
    # 2016-08-29 (Weiner), wash-post 2016-08-28 (Gary Johnson)
    ("“The Democrats are in the grip of the health-care industry,” said Steven Brill, author of “America’s "
     "Bitter Pill,” a history of the Obamacare debate.", "Bitter Pill"),
    ("Larry Wilmore is best known for the Daily Show. He is now host of “The Nightly Show with Larry Wilmore.”",
     "Nightly Show"),
    ("Anthony Weiner wrote under the pseudonym “Carlos Danger,” but it didn’t do him any good.", "Carlos Danger"),
    ('Matt Kibbe is spending $50,000 on a Web campaign. One ad, "Balanced Rebellion," stars an Abraham Lincoln '
     'impersonator.', "Balanced Rebellion"),
], ids=["author-of", "host-of", "pseudonym", "one-ad"])
def test_a_work_named_by_its_maker_or_kind_has_no_speaker(text, title):
    ann = run(text)
    assert quote(ann, title).speaker is None


def test_show_title_after_interview_with_has_no_speaker():
    ann = run("Clinton said in an interview with “Face the Nation” that she was confident.")
    assert quote(ann, "Face the Nation").speaker is None


# -- tags with phrasal verbs, coordinated descriptions, documents ------------------

@pytest.mark.parametrize("text, speaker", [
    ('"Jeb wants to be a tough guy tonight," Trump shot back. "Let me talk."', "Trump"),
    ('"And it is a bit concerning to me," she went on.', "she"),
    ('"Gun owners should leave their weapons at home," opined the Plain Dealer.', "the Plain Dealer"),
    ('"Friend, let me be blunt. I can beat Hillary Clinton," the email read.', "the email"),
    ('"A state cannot avoid the conclusion," said the ruling.', "the ruling"),
    ('"I have been warning throughout this campaign," the Florida senator and Republican '
     'presidential candidate said in a statement.',
     "the Florida senator and Republican presidential candidate"),
    ('"The simple truth is that the facts haven\'t changed," a spokesman for committee Democrats said.',
     "a spokesman for committee Democrats"),
])
def test_tag_forms_name_the_speaker_mention(text, speaker):
    ann = run("A headline for the story\n" + text)
    assert ann.quotes[0].speaker is not None and ann.quotes[0].speaker.text == speaker


def test_a_speech_noun_after_a_possessive_is_not_a_cue():
    ann = run("A headline for the story\nWith 50 days left, Minyon Moore, a senior adviser to the Clinton "
              "campaign, called Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters.")
    assert ann.quotes[0].speaker.name == "Minyon Moore"


def test_participle_after_a_tag_belongs_to_the_tags_speaker():
    ann = run("A headline for the story\nThe former secretary of state will play the \"woman card,\" "
              "Fiorina said, adding that the way to go after it \"is to attack her track record.\"")
    assert quote(ann, "track record").speaker.name == "Fiorina"


def test_an_abbreviation_can_end_a_sentence():
    ann = run("A headline for the story\nChris Cox says Obama has no plan to stop attacks in the U.S. "
              "He says Americans need no more \"emotional lectures.\"")
    q = quote(ann, "emotional lectures")
    assert q.speaker.text == "He" and q.speaker.name == "Chris Cox"


def test_a_thing_that_cannot_speak_is_not_the_speaker_of_a_partial_quote():
    ann = run("A headline for the story\nThe ongoing legal battle over the \"fraudulent scheme\" "
              "took an even uglier turn in February.")
    assert quote(ann, "fraudulent scheme").speaker is None


def test_plural_speech_noun_after_a_preposition_is_not_a_cue():
    ann = run("A headline for the story\nPolitiFact rated 32% of Republican claims as \"false\" or "
              "\"pants on fire,\" compared to 11% of Democratic claims.")
    for q in ann.quotes:
        assert q.speaker is None or q.speaker.name == "PolitiFact", q.speaker


@pytest.mark.parametrize("text, name, mention", [
    ("Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago.",
     "Donald Trump", "Donald Trump"),
    ("Madeleine Albright spoke in Ohio. Critics seized on her remark that “there’s a special place in hell.”",
     "Madeleine Albright", "her"),
])
def test_a_possessive_names_the_owner_of_quoted_words(text, name, mention):
    q = run("A headline for the story\n" + text).quotes[0]
    assert q.speaker.name == name and q.speaker.text == mention


def test_it_in_what_it_called_is_the_body_that_is_the_sentence_subject():
    ann = run("A headline for the story\nThe United Nations Security Council on Friday made a strong condemnation of North "
              "Korea's latest nuclear test and pledged sanctions against what it called \"a clear threat "
              "to international peace.\"")
    q = quote(ann, "clear threat")
    assert "Security Council" in q.speaker.name  # via "it" or via the main clause


@pytest.mark.parametrize("text, mention", [
    ('The primary requirement is a "lawful source of investment income," as a Homeland Security memo put it.',
     "a Homeland Security memo"),
    ("“So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.", "a narrator"),
    ("According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation.",
     "conservative talk radio host Rush Limbaugh"),
])
def test_more_tag_shapes(text, mention):
    q = run("A headline for the story\n" + text).quotes[0]
    assert q.speaker is not None and q.speaker.text == mention


def test_a_prepositional_phrase_before_the_cue_is_not_its_subject():
    ann = run("A headline for the story\nBeck, who has in the past described Trump as "
              "“a pathological narcissistic sociopath,” spoke in Indiana.")
    assert quote(ann, "sociopath").speaker.name == "Beck"


@pytest.mark.parametrize("text, mention", [
    # a past-tense speech verb ends the NP: "told" is the cue, not a modifier like "talk radio host"
    ("“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau.",
     "the gambling tycoon"),
    # a capitalised modal inside a name
    ('"It\'s a pretty expensive business model," said Will Doyle, a professor at Vanderbilt University.',
     "Will Doyle"),
    # a subject the NP reader cannot walk: the first cue of the tag, its subject to the left
    ("“They have to decide whether to feed themselves,” Fight for $15 organizing director "
     "Kendall Fells told Fox News 6 in Milwaukee.", "Kendall Fells"),
    # an appositive name before "told": the one told (POLITICO) is not the speaker
    ("“Eventually, positions are gonna soften on Donald Trump,” California Rep. Duncan Hunter’s chief "
     "of staff, Joe Kasper, told POLITICO before Ryan’s interview.", "Joe Kasper"),
])
def test_tags_after_the_quote_with_hard_subjects(text, mention):
    q = run("A headline for the story\n" + text).quotes[0]
    assert q.speaker is not None and mention in q.speaker.text


def test_a_quote_followed_by_a_subordinate_clause_is_not_tagged_by_it():
    ann = run("A headline for the story\nThe spot concludes with footage of Trump saying during the "
              "debate, “That makes me smart,” when Clinton blasted him for not paying income tax.")
    q = quote(ann, "makes me smart")
    assert q.speaker is None or q.speaker.name != "Hillary Clinton"


@pytest.mark.parametrize("text, mention", [
    # the cue right before the colon hands the quote over, not the main clause's
    ('"Apparently there\'s a young man who\'s having some problems," Cruz said as the heckler yelled: "You suck!"',
     "the heckler"),
    # no cue: the clause's subject, not the last name before the colon
    ('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit '
     'attacking various people that you competed with."', "Mitch McConnell"),
    ("And she is sure that keeping Santilli in jail will only make his voice louder: “They're creating a "
     "monster, as far as I'm concerned.”", "she"),
])
def test_lead_ins_ending_in_a_colon(text, mention):
    ann = run("A headline for the story\n" + text)
    q = ann.quotes[-1]
    assert q.speaker is not None and mention in q.speaker.text


def test_a_byline_after_a_dash_is_not_the_speaker_of_words_a_cue_gave():
    ann = run("A headline for the story\nRajoy said Monday that he will \"try to form a stable government\" "
              "and insisted that his party was \"still the No. 1 force in Spain.\"--Kim Hjelmgaard.")
    assert quote(ann, "No. 1 force").speaker.name != "Kim Hjelmgaard"
    signed = run("A headline for the story\n“I have four children and I worry for them.” ― Pamela Padilla")
    assert signed.quotes[0].speaker.name == "Pamela Padilla"


def test_a_continuation_points_at_the_nearest_mention_of_its_speaker():
    ann = run("A headline for the story\n\"We have bigger problems in life than focusing on somebody's gender,\" "
              "says Gloria Garcia, 34, a nurse from Brownsville, Texas. She says people should be able to use "
              "the bathroom they prefer. \"It is their life; they are not hurting anybody.\"")
    q = quote(ann, "It is their life")
    assert q.speaker.name == "Gloria Garcia" and q.speaker.text == "She" and q.cue.text == "says"


@pytest.mark.parametrize("text, words, mention", [
    ("Al Gore met Al From in 1985. Many Americans then saw the Democrats as \"the party of overwhelming "
     "government,\" From said.", "overwhelming government", "From"),
    ("People should provide evidence for their accusations and not wave around speculative words like "
     "“maybe” and “perhaps”, he told reporters.", "maybe", "he"),
    # a collective noun heads the tag's NP: "the editorial board", not "the editorial"
    ("Haley, who delivered the GOP response, is an “articulate conservative” who has won two "
     "gubernatorial elections in the state, the editorial board writes.", "articulate", "the editorial board"),
])
def test_a_tag_closing_the_sentence_reports_the_words_quoted_inside_it(text, words, mention):
    ann = run("A headline for the story\n" + text)
    assert quote(ann, words).speaker.text == mention


def test_a_possessor_is_not_the_speaker_of_the_description_it_owns():
    ann = run("A headline for the story\nDonald Trump spoke in Ohio. “We’ll see,” Trump’s campaign manager said.")
    q = quote(ann, "We’ll see")
    assert q.speaker.text == "Trump’s campaign manager"
    assert q.speaker.name != "Donald Trump"


def test_an_appositive_name_beside_a_description_is_the_speaker():
    ann = run("A headline for the story\n“Eventually, positions are gonna soften on Donald Trump,” California Rep. "
              "Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before Ryan’s interview.")
    assert ann.quotes[0].speaker.name == "Joe Kasper"


def test_openers_in_a_row_are_skipped_to_find_the_subject():
    ann = run("A headline for the story\nOn Thursday, after remaining neutral throughout the primary process, "
              "Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think "
              "having a fighter in the lead is exactly what this country needs.”")
    assert ann.quotes[0].speaker.name == "Warren"


def test_a_participle_after_a_tag_with_an_adjunct_belongs_to_the_tags_speaker():
    ann = run("A headline for the story\nTrump’s “excesses” are sickening, Hollande said Tuesday in Paris, "
              "noting the Republican nominee “makes you want to retch.”")
    assert quote(ann, "retch").speaker.name == "Hollande"


def test_a_number_can_open_the_speakers_noun_phrase():
    ann = run("A headline for the story\n“The president’s rationales to veto JASTA don’t hold weight. They are "
              "100 percent wrong,” said 9/11 widow Terry Strada.")
    q = ann.quotes[0]
    assert q.speaker.name == "Terry Strada"
    assert q.speaker.text == "9/11 widow Terry Strada"


def test_a_new_clause_after_comma_and_has_its_own_speaker():
    ann = run("A headline for the story\nShe said fathers would not be eligible, and when pressed on why the "
              "plan leaves out dads, the 34-year-old mother of three replied, \"It's meant to benefit the "
              "mother who has given birth.\"")
    assert ann.quotes[0].speaker.text == "the 34-year-old mother of three"


@pytest.mark.parametrize("text, words, mention", [
    # a list's last item is not a new clause
    ("Rhodes noted that U.S. officials have long been talking with Chinese, Japanese, and South Korean "
     "officials, and \"we're in discussions about the deployment of additional missile defense.\"",
     "in discussions", "Rhodes"),
    # "and I quote" is an aside, not a new speaker
    ("No wonder Trump said, and I quote, \"We love the poorly educated.\"", "poorly educated", "Trump"),
])
def test_a_list_item_or_an_aside_after_comma_and_keeps_the_first_speaker(text, words, mention):
    ann = run("A headline for the story\n" + text)
    assert quote(ann, words).speaker.text == mention


def test_a_prepositional_phrase_is_not_the_subject_it_modifies():
    ann = run("A headline for the story\nProtesters marching through the streets chanted \"What curfew?\" and kept "
              "going until nearly 2 a.m. Friday in defiance of the curfew.")
    assert ann.quotes[0].speaker.text == "Protesters marching through the streets"


def test_a_participle_in_the_opening_phrase_belongs_to_the_main_subject():
    ann = run("A headline for the story\nHillary Clinton fell ill in 2012. After saying her right foot was “so "
              "swollen I could barely get my shoe on,” she was “whisked … off to Bethesda Naval Hospital” for tests.")
    assert [(q.speaker.text, q.speaker.name) for q in ann.quotes] == [("she", "Hillary Clinton")] * 2


def test_a_nickname_inside_an_appositive_does_not_hide_the_tag():
    ann = run("A headline for the story\n\"This is a big year for our potential United States senator, Bobby Scott!\" "
              "Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.")
    assert len(ann.quotes) == 1
    assert ann.quotes[0].speaker.text == "Scott's niece"
    assert ann.quotes[0].cue.text == "shouted"


def test_a_contracted_pronoun_before_a_participle_is_a_subject_not_a_possessor():
    ann = run("A headline for the story\nBut despite the kind words, Trump says he goes “back to war tomorrow.” "
              "He’s predicting he will do “very, very well” in the next Republican contest in Nevada.")
    q = quote(ann, "very, very well")
    assert q.cue.text == "predicting"
    assert q.speaker.text.startswith("He")


def test_concludes_with_is_no_speech_cue():
    ann = run("A headline for the story\nThe spot concludes with footage of Trump saying during the debate last "
              "week, “That makes me smart,” when Clinton blasted him for not paying income tax.")
    q = ann.quotes[0]
    assert q.speaker.text == "Trump"
    assert q.cue.text == "saying"


def test_they_in_a_clause_is_the_body_that_is_the_sentence_subject():
    ann = run("A headline for the story\nHillary Clinton spoke in Ohio. Clinton’s campaign is seeking to contrast "
              "her approach with what they call Republican Donald Trump’s “self-centered message.”")
    q = ann.quotes[0]
    assert q.speaker.text == "they"
    assert q.speaker.name == "Clinton’s campaign"


@pytest.mark.parametrize("text, mention", [
    ('However, 63 percent said Clinton was "justified" in keeping her diagnosis private.', "63 percent"),
    ('However, 63% said Clinton was "justified" in keeping her diagnosis private.', "63%"),
])
def test_a_share_of_those_polled_is_a_speaker(text, mention):
    ann = run("A headline for the story\n" + text)
    assert ann.quotes[0].speaker.text == mention


def test_began_to_introduces_no_words():
    ann = run("A headline for the story\nHere, among the hoodlums, I learned how to see in the dark, and through "
              "this “night vision” I began to see politics very differently.")
    q = ann.quotes[0]
    assert q.cue is None or q.cue.text != "began"


def test_a_sentence_adverb_is_no_subject():
    ann = run("A headline for the story\nIronically, Harry Byrd pursued a strategy of “massive resistance” to the ruling.")
    assert ann.quotes[0].speaker.text == "Harry Byrd"


TRANSCRIPT = ("Mike Pence spoke to Chris Wallace on Fox News Sunday. Partial transcript as follows:\n"
              "\"WALLACE: Will Gennifer Flowers be there? As “The Wall Street Journal” wrote, people worry.\n"
              "\"PENCE: Well, look, Hillary Clinton thinks this is an episode of “Shark Tank.”\n"
              "\"(CROSSTALK.)\n"
              "\"UPDATE: The debate went ahead as planned on Monday.\"")


def test_a_quoted_transcripts_turns_are_said_by_their_labels():
    ann = run("A headline for the story\n" + TRANSCRIPT)
    turns = {q.text.split(":")[0]: q for q in ann.quotes}
    assert turns["WALLACE"].speaker.text == "WALLACE"
    assert turns["WALLACE"].speaker.name == "Wallace"
    assert turns["PENCE"].speaker.text == "PENCE"
    assert turns["PENCE"].speaker.name == "Mike Pence"


def test_a_transcripts_asides_and_section_labels_have_no_speaker():
    ann = run("A headline for the story\n" + TRANSCRIPT)
    asides = [q for q in ann.quotes if q.text.startswith(("(CROSSTALK", "UPDATE"))]
    assert len(asides) == 2
    assert all(q.speaker is None for q in asides)


def test_a_dash_before_a_common_noun_phrase_is_no_byline():
    ann = run("A headline for the story\nWhen Trump finally wrapped up — “I will fight for you, and I will win "
              "for you!” — the balloons cascaded down on the crowd.")
    q = ann.quotes[0]
    assert q.speaker is None or "balloons" not in q.speaker.text


def test_a_partial_quote_takes_the_tagged_speaker_of_its_sentence():
    ann = run("A headline for the story\nGuns are “the ultimate public health crisis” and “stunt children’s "
              "growth,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.")
    assert [q.speaker.name for q in ann.quotes] == ["Howard Dean"] * 2


def test_partial_quotes_in_a_sentence_without_a_tag_stay_unattributed():
    ann = run("A headline for the story\nFor conservatives the week was a “lifeboat” and a “reckoning” at once.")
    assert [q.speaker for q in ann.quotes] == [None, None]


def test_the_agent_of_a_passive_cue_speaks():
    ann = run("A headline for the story\nSanders was asked by host Bill Maher, who is supporting Sanders, “Now, "
              "you famously said, in one of the first debates, oh, I’m tired of hearing about the emails.”")
    q = ann.quotes[0]
    assert q.speaker.text.endswith("Bill Maher")
    assert q.cue.text == "asked"


def test_a_prepositions_object_before_an_appositive_name_is_no_subject():
    ann = run("A headline for the story\nTuesday, after winning Ohio in the Republican presidential primary, "
              "Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”")
    assert ann.quotes[0].speaker.text == "Gov. John Kasich"


@pytest.mark.parametrize("when", ["", " Wednesday", " on Wednesday"])
def test_the_issuer_of_a_statement_saying_speaks(when):
    ann = run(f"A headline for the story\nThe town released a statement{when} saying Trump’s comments “are based "
              "on his opinion, not actual facts.”")
    assert ann.quotes[0].speaker.text == "The town"


def test_words_a_relative_clause_says_someone_called_something_are_theirs():
    from engine_checks import run
    ann = run("Contempt vote\nKerri Kupec, spokeswoman for the Department of Justice, sharply criticized the "
              "House's decision, which Ross has referred to as \"gamesmanship\" and a \"stunt\".")
    assert [q.speaker.name for q in ann.quotes] == ["Ross", "Ross"]


# -- a role noun after a person's name ----------------------------------------

@pytest.mark.parametrize("text,words,expected", [
    # PolNeAR train: politico 2016-09-01 (debating Clinton), wash-post 2015-11-10 (Carson fibbing)
    ("Hillary Clinton prepared for the debate. “That doesn’t mean no response,” one Clinton aide said late last month.",
     "no response", ("Clinton aide", "Hillary Clinton", "one Clinton aide")),
    ("Donald Trump answered at once. “What does Ford know about it?” said a Trump supporter who runs the account.",
     "Ford know", ("Trump supporter", None, "a Trump supporter")),
])
def test_an_aide_speaks_for_the_person_a_supporter_for_themselves(text, words, expected):
    ann = run(text)
    assert who(ann, quote(ann, words)) == expected


def test_a_sentence_initial_a_is_no_initial_of_a_name():
    # PolNeAR dev, politico 2016-09-22 (judge rejects New York Times request)
    ann = run("A New York judge has rejected a media request to make public the contents of a court file.")
    assert "A New York" not in {p.name for p in ann.parties}
    assert ann.demands and ann.demands[0].holder.name == "A New York judge"


def test_words_quoted_after_rejecting_someones_statement_are_the_rejecters():
    # Wikinews dev, world-leaders-call-address
    ann = run("French President Emmanuel Macron called for G7 action. Brazilian President Jair Bolsonaro opposed "
              "Macron's statement: \"The French president's suggestion evokes a colonialist mentality.\"")
    assert who(ann, quote(ann, "colonialist")) == ("Jair Bolsonaro", "Brazil", "Brazilian President Jair Bolsonaro")


def test_the_owner_of_a_call_is_the_name_before_it_not_the_clause():
    # PolNeAR train, politico 2015-12-11
    ann = run("Led by Council Speaker Melissa Mark-Viverito, the rally denounced Republican presidential candidate "
              "Donald Trump’s call for “a total and complete shutdown of Muslims entering the United States.”")
    assert who(ann, quote(ann, "total and complete"))[::2] == ("Donald Trump", "Donald Trump")


# -- who "he" is: the one who acts, not a name after a preposition --------------

@pytest.mark.parametrize("text,words,name", [
    # PolNeAR train, wash-post 2016-05-25 (fundraisers scorned)
    ("Just a few months ago, Florida developer Mel Sembler expressed dismay at the thought of Trump as the party's "
     "nominee. \"I kept telling myself that won't happen,\" he said.", "kept telling", "Mel Sembler"),
    # Wikinews dev, khashoggi-fiancee-demands-justice: and "Speaking to Martin Smith …, he" is not Smith
    ("The previous day, PBS revealed that Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility "
     "for the murder of journalist Jamal Khashoggi. Speaking to Martin Smith of PBS, he said, \"It happened under "
     "my watch.\"", "under my watch", "Mohammad bin Salman"),
])
def test_he_is_the_one_who_acts_not_a_name_after_a_preposition(text, words, name):
    ann = run(text)
    assert who(ann, quote(ann, words))[0] == name


def test_a_new_sentence_that_leads_into_the_next_quote_is_not_a_tag_of_the_last():
    # Wikinews dev, paris-court-jails-two; PolNeAR train, breitbart 2015-11-19 ("Brafman said, …” He added, “…")
    ann = run("Sophie Obadia, another lawyer for the victim, told reporters \"Women don't have to justify their "
              "private life.\" The head of the police's internal investigators told the court \"Basic "
              "investigations weren't done.\" She also said \"I regret we weren't called immediately.\"")
    assert who(ann, quote(ann, "Basic investigations"))[0] != "Sophie Obadia"
    assert who(ann, quote(ann, "Basic investigations"))[1] == "Police's internal investigators"
    ann = run("Ben Brafman, my lawyer, spoke first. Brafman said, “The zeal with which this case was brought is "
              "uncharacteristic of any case that we have found.” He added, “In this case things happened that are "
              "not ordinary.”")
    assert who(ann, quote(ann, "The zeal"))[0] == "Ben Brafman"


def test_quoted_x_as_saying_is_x():
    # PolNeAR train, breitbart 2016-01-05 ("An early tweet quoted the president as saying “…”")
    ann = run("The state news agency IRNA quoted Foreign Minister Javad Zarif as saying “Iran will respond.”")
    assert who(ann, quote(ann, "Iran will respond"))[0] == "Javad Zarif"


def test_one_said_and_said_another_are_of_the_group_named_before():
    # the issue's "one said", "said another"; PolNeAR train, wash-post 2016-05-19 ("…,” tweeted another.)
    ann = run("Protesters gathered in the square. “We will not leave,” one said. “This is our city,” said another.")
    assert who(ann, quote(ann, "not leave"))[:2] == ("one of the protesters", "Protesters")
    assert who(ann, quote(ann, "our city"))[:2] == ("another of the protesters", "Protesters")
    ann = run("“Yet another state we would’ve won,” one supporter wrote on Reddit. “Better watch out for illegal "
              "conduct by Grimes,” tweeted another.")
    assert who(ann, quote(ann, "Better watch out"))[0] == "another supporter"


def test_the_statement_said_is_who_issued_it_a_sentence_before():
    # the issue's "a statement said" → its issuer; PolNeAR dev, huff-post 2016-10-07 ("a group … sent a
    # letter …. “…,” the letter reads")
    ann = run("Hamas released a statement on Sunday. “We will not yield,” the statement read.")
    assert who(ann, quote(ann, "not yield"))[:2] == ("Hamas", "Hamas")


def test_a_resident_of_a_place_is_described_not_a_party_of_their_own():
    ann = run("“It was terrible,” said a resident of Rafah, who declined to give her name.")
    assert who(ann, quote(ann, "terrible"))[:2] == ("a resident of Rafah", None)
    assert not ann.parties


@pytest.mark.parametrize("text", [
    # the issue's "A spokesperson for the agency, Jane Roe, said"; PolNeAR train, nyt 2015-12-14 ("the director
    # of the Federal Bureau of Investigation, James B. Comey, said")
    "The World Health Organization warned of shortages. “We are running out of time,” a spokesperson for the "
    "organization, Jane Roe, said.",
    "“We are running out of time,” a spokesperson for the World Health Organization, Jane Roe, said.",
])
def test_a_name_after_a_role_for_a_body_speaks_for_the_body(text):
    ann = run(text)
    assert who(ann, quote(ann, "running out"))[:2] == ("Jane Roe", "World Health Organization")


@pytest.mark.parametrize("text,words,expected", [
    # Wikinews dev, paris-court-jails-two ("The head of the police's internal investigators told the court")
    ("Russia's foreign ministry issued a warning. A spokesman for the ministry told reporters “we are ready.”",
     "we are ready", ("Russia", "A spokesman for the ministry")),
    ("The WHO met on Monday. “We are ready,” the head of the agency said.",
     "We are ready", ("World Health Organization", "the head of the agency")),
])
def test_a_role_for_or_of_a_body_is_the_speaker_of_the_bodys_party(text, words, expected):
    ann = run(text)
    assert who(ann, quote(ann, words))[1:] == expected


def test_they_is_not_the_one_person_named_just_before_but_the_people_named_together():
    # Wikinews dev, cairo-summit-denounces-turkish
    ann = run("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, "
              "Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday. The Italian "
              "foreign minister, Luigi Di Maio, joined the talks as an observer. They concluded that the agreement "
              "is \"null and void\".")
    assert who(ann, quote(ann, "null and void"))[0] == \
        "Sameh Shoukry, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian"


def test_words_quoted_in_a_passive_clause_with_an_agent_are_not_the_subjects():
    # PolNeAR dev, politico 2016-09-15 (Trump's favorite TV doctor)
    ann = run("Trump's favorite TV doctor has a history.\n\nMehmet Oz — Ivy League-trained surgeon and daytime TV star — "
              "has been called a charlatan by fellow physicians for promoting “quack” medical cures.")
    assert who(ann, quote(ann, "quack"))[0] != "Mehmet Oz"


def test_a_so_called_term_is_no_ones_words():
    # GUIDE.md: 'words discussed as words ("the so-called "deal"")' are not quotes; PolNeAR train, politico
    # 2016-01-29 ("The analysis relied on thousands of so-called “independent expenditure” ads")
    ann = run("The analysis relied on thousands of so-called “independent expenditure” ads.")
    assert all(q.speaker is None for q in ann.quotes)


def test_he_carries_on_as_the_subject_of_the_sentences_before():
    # PolNeAR dev, politico 2016-09-12 (former DNC chairman): the he of "he argued" is Fowler,
    # and so is the he of the next quote, though Biden and Sanders were named in between
    ann = run("Former DNC chairman calls for Clinton contingency plan\n\n"
              "Former DNC chairman Don Fowler is calling for a process to identify a potential successor.\n\n"
              "Fowler noted that at one of his first-ever DNC meetings, in 1972, he supported a decision to "
              "nominate Sargent Shriver. Though that transition was relatively seamless, he said, replacing "
              "Clinton would be much more acrimonious and could lead to intense lobbying by loyalists to Joe "
              "Biden and Bernie Sanders. That’s why, he argued, the party should be prepared.\n\n"
              "“This is a different time, with a lot more people who like to express themselves,” he said.")
    assert who(ann, quote(ann, "a different time"))[0] == "Don Fowler"


@pytest.mark.parametrize("text, words, name", [
    # PolNeAR train, breitbart 2016 (Trump at an Austin rally): "he told Hannity" is not Hannity
    ("Trump to Hannity: the wall will be built\n\nSean Hannity interviewed Donald Trump in Austin.\n\nHannity asked Trump how high the wall would be.\n\n“I think the height could be 35 to 45 feet,” he told "
     "Hannity, to cheers from the crowd.\n\n“It’s not a question of wanting. We have no choice,” he said.",
     "no choice", "Donald Trump"),
    # PolNeAR train, 2016 (Trump's NDA with Nunberg): "He said Nunberg was bound …" is not Nunberg
    ("Trump’s attorney, Alan Garten, said Nunberg was “looking for free publicity.” He said Nunberg was bound by "
     "an agreement that is “standard practice for all major businesses.”", "standard practice", "Alan Garten"),
])
def test_a_pronoun_is_not_the_person_its_own_verb_is_said_to(text, words, name):
    ann = run(text)
    assert who(ann, quote(ann, words))[0] == name


def test_she_is_the_womans_description_that_is_her_sentences_subject():
    # PolNeAR dev, usa-today 2016-10-03 (my father would have loved Trump): not President Obama
    ann = run("My father would have loved Trump\n\nLike President Obama, I believe in the good sense of the "
              "American people.\n\nMy father died 22 years ago of brain cancer. My mother has softened with age, "
              "but even now at 86 she still says things such as, \"We're not all meant to be equal, you know.\"")
    assert who(ann, quote(ann, "not all meant to be equal"))[0] == "My mother"


def test_a_name_with_a_misdecoded_letter_is_still_one_name():
    # PolNeAR dev, wash-post 2016-09-18 (E.U. leaders weigh plans): "François" as UTF-8 read as
    # Latin-1 twice, decomposed, with a C1 control (replaced at ingest) inside the word
    ann = run("E.U. leaders weigh plans for greater defense\n\n\"Let everyone know that if the United States "
              "makes a choice to pull back, Europe must be able to defend itself,\" French President "
              "FranA\u0303\x83A\u0302\u00a7ois Hollande said Friday as he entered the talks.")
    name = who(ann, quote(ann, "Let everyone know"))[0]
    assert name is not None and name.endswith(" Hollande") and name.startswith("Fran")


def test_an_opener_split_by_a_comma_is_skipped_whole():
    # PolNeAR dev, wash-post 2016-09-10 (outrage but few options on North Korea)
    ann = run("Outrage but few options on North Korea\n\nFollowing a swiftly called, late-afternoon meeting, the "
              "Security Council issued a statement calling the overnight nuclear test \"a clear violation and in "
              "flagrant disregard\" of five previous Security Council resolutions.")
    assert who(ann, quote(ann, "a clear violation"))[0] == "UN Security Council"
    # PolNeAR dev, nyt 2016-09-08: the tag after the opener is still the speaker
    ann = run("Obama on climate change\n\nDuring his seven and a half years in office, Mr. Obama said, a majority "
              "of Americans have come to believe \"that climate change is real, that it's important and we should "
              "do something about it.\"")
    assert who(ann, quote(ann, "climate change is real"))[0] == "Obama"


def test_he_is_the_person_the_sentence_before_describes():
    # PolNeAR dev, usa-today 2016-10-03 (my father would have loved Trump): not Donald Trump
    ann = run("My father would have loved Trump\n\nDonald Trump is capitalizing on an unintegrated mentality. "
              "Donald Trump will not be the next president.\n\nThe paranoia remained but found other points of "
              "focus. \"We live in Satan's kingdom,\" my father often said.\n\nHe also told one of his young John "
              "Birch Society proteges on a regular basis that \"terrorism is the answer.\"")
    assert who(ann, quote(ann, "terrorism is the answer"))[0] == "my father"


@pytest.mark.parametrize("text, words, name", [
    # PolNeAR train, politico 2016 (GOP economic message)
    ("“I think you focus entirely on the growth in the standard of living, median household incomes,” American "
     "Action Forum’s Douglas Holtz-Eakin said at the POLITICO event in Iowa.", "focus entirely", "Douglas Holtz-Eakin"),
    # PolNeAR train, breitbart 2015 (Rubio's expectations): a one-word possessor
    ("“It’ll annoy Rubio detractors that his expectations management worked,” Commentary’s Noah Rothman wrote.",
     "annoy Rubio detractors", "Noah Rothman"),
])
def test_the_name_after_a_possessor_is_the_persons(text, words, name):
    ann = run("Headline\n\n" + text)
    assert who(ann, quote(ann, words))[0] == name


def test_bill_is_a_first_name_before_a_surname():
    # PolNeAR dev, breitbart 2016-10-04 (Bill Clinton calls Obamacare 'crazy system'): "Bill" is
    # a not-name ("the Farm Bill") but not before a surname
    ann = run("Bill Clinton calls Obamacare ‘crazy system’ during campaign stop.\n\nFLINT, Mich., Oct. 4 (UPI) — "
              "Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a "
              "presidential campaign stop in Flint, Mich., for his wife Hillary Clinton.\n\n“It doesn’t make any "
              "sense. The insurance model doesn’t work here,” Clinton said.")
    assert who(ann, quote(ann, "doesn’t make any sense"))[0] == "Bill Clinton"
    assert any(p.name == "Bill Clinton" and p.mentions for p in ann.parties)


def test_a_based_adjective_before_a_name_is_not_part_of_it():
    # PolNeAR train, politico 2015 (the POLITICO Caucus): "Texas-based Matt Mackowiak said"
    ann = run("Headline\n\n\"Carson is cratering,\" Texas-based Matt Mackowiak said. \"Support was soft to "
              "begin with.\"")
    assert who(ann, quote(ann, "Carson is cratering"))[0] == "Matt Mackowiak"


def test_a_coordinated_verb_after_quoted_words_has_the_first_verbs_subject():
    # PolNeAR train, wash-post 2016-09-01 (Trump appeared to break with his own positions)
    ann = run("Trump in Mexico\n\nDonald Trump visited Mexico City.\n\nAnd the North American Free Trade Agreement, "
              "which Trump had called a \"disaster\" and promised to \"rip up\"? This doppelganger said nothing.")
    assert who(ann, quote(ann, "rip up"))[0] == "Donald Trump"
    # PolNeAR dev, huff-post 2016-09-20 (Warren hammers Wells Fargo): the object's possessor is not the subject
    ann = run("Warren hammers Wells Fargo\n\nIn a statement issued Tuesday morning, presidential nominee Hillary "
              "Clinton was more circumspect. Though she called Wells Fargo’s behavior “outrageous” and called for "
              "compensation to be “clawed back” for responsible executives, Clinton restricted her comments.")
    assert who(ann, quote(ann, "clawed back"))[0] == "Hillary Clinton"


def test_a_label_in_what_is_called_is_the_writers_term():
    # PolNeAR train, west-journal 2016-08-25 and politico 2015-11-29: 'what had been called',
    # 'what has been described as': a label the writer quotes, not the subject's words
    ann = run("Democrats had sued after Ohio eliminated what had been called the “Golden Week,” saying "
              "that wiping out that extra week hurt voters.\n\n"
              "Walsh helped Clinton by sending what has been described as a “political army” into the state.")
    assert who(ann, quote(ann, "Golden Week"))[0] is None
    assert who(ann, quote(ann, "political army"))[0] is None


def test_a_thing_called_a_name_does_not_speak_it():
    # PolNeAR train, wash-post 2016-03-30 and 2015-11-13: the noun a naming participle follows is
    # not the speaker of the name ('an inflation formula called the "chained CPI"')
    ann = run('On Social Security, both oppose an inflation formula called the "chained CPI" that would '
              'lead to lower monthly payments.\n\n'
              'Rubio\'s campaign tweeted a YouTube.com video Thursday afternoon from an account called '
              '"Hypo-Cruz" that showed Cruz discussing his amendments to the bill.')
    assert who(ann, quote(ann, "chained CPI"))[0] is None
    assert who(ann, quote(ann, "Hypo-Cruz"))[0] is None


def test_an_active_naming_verb_keeps_its_speaker():
    # PolNeAR train, politico 2016-05-23: 'which he called “…”' is his word, and so is a relative
    # clause's named subject (politico 2016-03-10: 'whom one Obama insider described as “his brother”')
    ann = run("Ron DeSantis backed legislation that would target regional accreditation bodies, which he "
              "called “a cartel for higher education.”")
    assert who(ann, quote(ann, "a cartel"))[0] == "Ron DeSantis"


def test_the_one_labelled_in_the_passive_does_not_speak():
    # PolNeAR dev, west-journal 2016-09-26: 'it was labeled “Mostly True”' — the statement was
    # labelled by PolitiFact, it says nothing; and wash-post 2016-09-25: 'in what is being
    # criticized as a "use it or lose it" approach'
    ann = run("When PolitiFact examined the senator’s statement, it was labeled “Mostly True.”\n\n"
              'Ohio purges voters who have not cast a ballot since 2008, in what is being criticized as a '
              '"use it or lose it" approach to voting.')
    assert who(ann, quote(ann, "Mostly True"))[0] is None
    assert who(ann, quote(ann, "use it or lose it"))[0] is None


def test_one_questioned_in_the_passive_answers():
    # PolNeAR train, huff-post 2016-08-03: the one questioned gives the response that is quoted
    ann = run("When Trump was questioned about the dispute on ABC News, his response focused on how Khan’s "
              "wife, Ghazala, remained silent during the DNC speech, as if she “wasn’t allowed to have "
              "anything to say.”")
    assert who(ann, quote(ann, "allowed to have"))[0] == "Trump"


def test_a_name_opening_an_aside_between_dashes_is_the_speaker():
    # PolNeAR train, usa-today 2015-12-07: 'A former Republican presidential candidate -- John McCain,
    # who lost the 2008 election to Obama -- said': the reader shows the name
    ann = run('A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama '
              '-- said the president "offered no changes to his reactive, indirect approach."')
    assert who(ann, quote(ann, "offered no changes"))[0] == "John McCain"


def test_a_quote_paragraph_signed_by_the_next_is_the_signers():
    # PolNeAR train, wash-post 2016-02-05 (the Democrats' debate fact check): each claim is its own
    # paragraph, signed "- Sanders." below; a byline after prose ("- Amber Phillips.") signs nothing
    ann = run('In the Democrats\' debate, some familiar claims. Bernie Sanders and Hillary Clinton sparred.\n\n'
              '"[Americans are] worried about the future of their kids, and yet almost all new income and wealth '
              'is going to the top 1 percent."\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated '
              'figure.\n\n"I will look into it [releasing transcripts of her speeches]. I don\'t know the status, '
              'but I will certainly look into it."\n\n- Hillary Clinton.\n\nClinton has certainly been looking '
              'into it.\n\n"Boeing and GE and other multinationals . . . pay zero taxes."\n\n- Sanders.\n\n'
              'The House Speaker has no plans, she wrote in "a note."\n\n- Amber Phillips.')
    assert who(ann, quote(ann, "worried about the future"))[0] == "Bernie Sanders"
    assert who(ann, quote(ann, "I will look into it"))[0] == "Hillary Clinton"
    assert who(ann, quote(ann, "pay zero taxes"))[0] == "Bernie Sanders"
    assert who(ann, quote(ann, "a note"))[0] != "Amber Phillips"


def test_a_tag_that_opens_the_next_quote_with_a_colon_is_not_the_partial_quotes():
    # PolNeAR train, wash-post 2016-02-14 (Scalia's seat): "less advanced schools" is what Scalia
    # said, in the clause before; "Trump said:" introduces Trump's own quote
    ann = run('Justice Antonin Scalia died on Saturday. Donald Trump weighed in. After Scalia said that minority '
              'students who did not qualify for elite universities might do better at "less advanced schools," '
              'Trump said: "I don\'t like what he said, no, I don\'t like what he said."')
    assert who(ann, quote(ann, "less advanced schools"))[0] == "Antonin Scalia"
    assert who(ann, quote(ann, "I don't like"))[0] == "Donald Trump"


def test_a_signature_line_may_go_on_after_the_name():
    # PolNeAR train, wash-post 2016-07-29 (convention notebook): "-President Obama, tweeting after
    # Clinton's speech." and "-Michelle Marks, Philadelphia." sign the quote paragraphs above them
    ann = run('"He can have intelligence briefings," Harry Reid said. "But I hope they are fake."\n\n@potus.\n\n'
              '"Great speech. She\'s tested. She\'s ready. She never quits. That\'s why Hillary should be our next '
              '@POTUS. (She\'ll get the Twitter handle, too)."\n\n-President Obama, tweeting after Clinton\'s '
              'speech.\n\nquotable.\n\n"The whole idea of a \'Crooked Hillary\' is something that we hear about '
              'all the time, and it needs to stop."\n\n-Michelle Marks, Philadelphia.')
    assert who(ann, quote(ann, "Great speech"))[0] == "Obama"
    assert who(ann, quote(ann, "Crooked Hillary"))[0] == "Michelle Marks"


@pytest.mark.parametrize("text, words, name", [
    # PolNeAR train, wash-post 2016-03-24 (Senate firewall): "who added that …" is Scott Reed's
    ('Advocacy groups such as the U.S. Chamber of Commerce plan to provide Senate Republicans with air cover.\n\n'
     '"We think early money sets the terms of the debate, and we\'re gearing up," said Scott Reed, the '
     'Chamber\'s chief political strategist, who added that his organization plans to zero in on local issues '
     '"like folks are running for sheriff."', "running for sheriff", "Scott Reed"),
    # PolNeAR train, politico 2015-12-09 (candidates' favourite shows)
    ('Bernie Sanders, the independent Vermont senator who is challenging Clinton and former Maryland Gov. Martin '
     'O’Malley for the Democratic nomination, enjoys “Modern Family.”', "Modern Family", "Bernie Sanders"),
])
def test_a_role_after_a_name_and_its_comma_is_that_person(text, words, name):
    assert who(run(text), quote(run(text), words))[0] == name


def test_a_role_opening_its_own_clause_after_a_name_is_not_that_person():
    # PolNeAR train, politico 2016-09-01: "Clinton, a top aide said, “is very confident …”": the aide
    # speaks, about Clinton
    ann = run('Hillary Clinton is preparing for the debate.\n\nClinton, a top aide said, "is very confident, very '
              'confident in the contrast" between her and Trump.')
    assert who(ann, quote(ann, "very confident"))[0] != "Hillary Clinton"


@pytest.mark.parametrize("text, words, name", [
    # PolNeAR train, wash-post 2016-06-13 (Orlando responses): "Hours later," is a time phrase, not the
    # subject; she (Clinton) issued the statement
    ('Hillary Clinton responded to the shooting on Twitter.\n\nHours later, she issued a statement calling on the '
     'United States "to redouble our efforts to defend our country from threats at home and abroad" while also '
     'imposing restrictions on firearms.', "to redouble our efforts", "Hillary Clinton"),
    # PolNeAR train, breitbart 2015-12-20 (Adelson and Trump)
    ('Sheldon Adelson met Donald Trump last week.\n\nHours later, Trump returned the compliment to Adelson, telling '
     'Reuters, “Sheldon and I have been friends for a long time. He is a great guy.”', "Sheldon and I",
     "Donald Trump"),
])
def test_a_relative_time_phrase_opening_the_clause_is_no_subject(text, words, name):
    ann = run(text)
    assert who(ann, quote(ann, words))[0] == name


def test_a_named_relative_before_the_colon_speaks_rather_than_an_earlier_infinitive():
    # PolNeAR train, wash-post 2016-03-03 (Clinton's email staffer): "to charge" is no speaker's cue;
    # Lynch, "who told Congress …:", is; but "coming from a candidate who promised …:" (train, huff-post
    # 2016-07-18) leaves the quote to the one tweeting
    ann = run('Any decision to charge someone would involve Attorney General Loretta E. Lynch,  who told Congress '
              'when asked last month about the email inquiry: "That matter is being handled by career independent '
              'law enforcement agents."')
    assert who(ann, quote(ann, "That matter"))[0] == "Loretta E. Lynch"
    ann = run("A Plus reporter Isaac Saul tweeted back at Trump pointing out how ironic the statement was coming from "
              "a candidate who promised mass deportation: “Uh.. your unrealistic proposal is to spend billions "
              "deporting families.”")
    assert who(ann, quote(ann, "unrealistic proposal"))[0] == "Isaac Saul"


def test_a_sentence_opener_run_into_is_is_no_part_of_the_name_after_it():
    # PolNeAR train, huff-post 2016-03-23 (the Democratic elite): "Here’s Clinton in December 1992:"
    # names Clinton, whose words follow the colon
    ann = run("Frank teases out an elitist ideology underpinning Clintonism. Bill Clinton was elected in 1992.\n"
              "Here’s Clinton in December 1992:\u00a0“Our new direction must rest on an understanding of the new "
              "realities of global competition.”")
    assert who(ann, quote(ann, "Our new direction"))[0] == "Bill Clinton"


def test_a_dash_hands_a_person_subjects_clause_over_to_the_quote():
    # PolNeAR train, usa-today 2015-11-23 (Trump leads the pack); but "Kasich’s speech was interrupted by
    # a protester wearing … — “Make America Great Again”" (breitbart 2016-03-15) is not Kasich's
    ann = run('Donald Trump spoke on ABC\'s This Week.\n\nTrump also embraced enhanced interrogation techniques -- '
              '"I think waterboarding is peanuts compared to what they\'d do to us."')
    assert who(ann, quote(ann, "waterboarding"))[0] == "Donald Trump"
    ann = run("John Kasich won Ohio.\n\nKasich’s speech was interrupted by a protester wearing clothes with Trump’s "
              "campaign logo — “Make America Great Again.”")
    assert who(ann, quote(ann, "Make America"))[0] != "John Kasich"


def test_speculating_reports_speech_for_the_quote_after_it():
    # PolNeAR train, politico 2015-11-19 (Trump on the Syrians at the border)
    ann = run('Donald Trump continued his push on Twitter and Instagram.\n\nIn an Instagram video Thursday, Trump '
              'speculated that the men detained could be part of the Islamic State.\n\n"Syrians are now being '
              'caught at the southern border, just like I said. They\'re going to be pouring in."')
    assert who(ann, quote(ann, "Syrians are now"))[0] == "Donald Trump"


def test_a_verb_coordinated_inside_a_relative_clause_is_its_antecedents():
    # PolNeAR train, wash-post 2016-03-03 (Clinton's email staffer): "who oversaw … and described …
    # as “…”" is the official's, not "U.S." inside his description
    ann = run('Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," said a former '
              'U.S. law enforcement official who oversaw counterintelligence investigations and described the email '
              'controversy as "a lesser set of circumstances."')
    assert who(ann, quote(ann, "a lesser set"))[0] == "a former U.S. law enforcement official"


def test_a_lowercase_role_of_an_office_is_a_whole_subject():
    # PolNeAR train, wash-post 2016-05-19 (Sanders's supporters): "the secretary of state said she was
    # “…”" inside a relative clause; "state" had cut the phrase short and the quote fell to "The source"
    ann = run('Hillary Clinton campaigned in Kentucky.\n\nThe source for the last claim was a video clip from a rally '
              'with Clinton and Grimes, where the secretary of state said she was "not only here to do my job" but '
              'also to back her candidate.')
    assert who(ann, quote(ann, "not only here"))[0] == "the secretary of state"


def test_a_colon_hands_over_the_pronoun_after_a_fronted_adverbial():
    # PolNeAR train, wash-post 2016-09-01 (Trump in Mexico): "But back on American soil, he returned to
    # his familiar lines: “…”"; as any clause's subject the pattern misleads ("Only six years earlier,
    # he was a tea party favorite who crushed the GOP’s “establishment” candidate")
    ann = run('Donald Trump spoke in Mexico City.\n\nBut back on American soil, he returned to his familiar lines: '
              '"It\'s called America First! ... There will be no amnesty!"')
    assert who(ann, quote(ann, "America First"))[0] == "Donald Trump"
    ann = run("Marco Rubio quit the race.\n\nOnly six years earlier, he was a tea party favorite who crushed the "
              "GOP’s “establishment” candidate to win a seat in the U.S. Senate.")
    assert who(ann, quote(ann, "establishment"))[0] != "Marco Rubio"


def test_state_before_a_title_is_no_inverted_tag_verb():
    # PolNeAR train, wash-post 2016-03-10 (the Missouri filibuster): “…,” state Sen. Jason Holsman (D)
    # said; "state" read as the verb of an inverted tag left the quote to the Democrats
    ann = run('They spoke about how they believed future generations would frown on this bill.\n\n"By putting this '
              'in the constitution, we are tying their hands," state Sen. Jason Holsman (D) said about halfway '
              'through the filibuster.')
    assert who(ann, quote(ann, "By putting this"))[0] == "Jason Holsman"


def test_a_partial_quote_reported_before_it_takes_no_later_clause_as_its_tag():
    # PolNeAR train, huff-post 2016-04-27 (Clinton wins Delaware): "While Sanders admitted … that it would
    # be “very hard” …, his campaign has argued that …": Sanders's words; but a participle before the
    # quote leaves the tag after it ("And in explaining why many of those “common-sense solutions” had
    # not been passed already, Clinton described …", huff-post 2016-08-12)
    ann = run("Hillary Clinton won Delaware.\n\nWhile Sanders admitted Tuesday that it would be “very hard” for his "
              "campaign to win if he has fewer pledged delegates when the primaries conclude, his campaign has "
              "argued that it could still bag the nomination.")
    assert who(ann, quote(ann, "very hard"))[0] == "Sanders"
    ann = run("Hillary Clinton spoke in Detroit.\n\nAnd in explaining why many of those “common-sense solutions” had "
              "not been passed already, Clinton described a rigged system.")
    assert who(ann, quote(ann, "common-sense"))[0] == "Hillary Clinton"


def test_an_inverted_tag_names_a_person_after_a_bare_lowercase_role():
    # PolNeAR train, usa-today 2015-12-29 (Syrians in Clarkston): "said master of ceremonies Asab
    # Al-Tabchi, a Syrian engineer …"
    ann = run('"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian '
              'engineer who immigrated to Clarkston decades ago.')
    assert who(ann, quote(ann, "Thanks, Clarkston"))[0] == "Asab Al-Tabchi"


def test_a_tag_runs_over_a_quoted_modifier_and_a_long_appositive():
    # PolNeAR train, breitbart 2016-07-21 (Trump fever at the convention): the tag's own “Ted Cruz” had
    # ended it before "said", and the appositive put "said" beyond the tag's reach
    ann = run("Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas "
              "delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as "
              "confetti fluttered down around him.")
    assert who(ann, quote(ann, "more successful conventions"))[0] == "Bill Eastland"


def test_a_bare_speech_verb_after_a_and_an_adjective_is_a_noun():
    # PolNeAR train, wash-post 2016-01-18 (a sharper tone): "Sanders delivered a snappy retort: “…”" had
    # "a snappy" as the speaker of the verb "retort"; also "a similar statement" (huff-post 2016-02-02)
    ann = run("Hillary Clinton defended the Affordable Care Act.\n\nSanders delivered a snappy retort: \"No one is "
              "tearing this up. We're going to go forward.\"")
    assert who(ann, quote(ann, "No one is tearing"))[0] == "Sanders"


def test_as_x_suggested_after_a_comma_tags_the_partial_quote():
    # PolNeAR train, huff-post 2016-04-27 (Clinton wins Delaware): "rather than just a “regional”
    # candidate, as Sanders’ campaign manager suggested"; "in states across the country" had been a cue
    # before the quote ("states"), so only a sentence-closing tag could count
    ann = run("Clinton led Sanders.\n\nClinton’s wins Tuesday in Maryland and Pennsylvania as well solidify her "
              "argument that she is popular in states across the country, rather than just a “regional” candidate, "
              "as Sanders’ campaign manager suggested after she swept the contests in the South.")
    assert who(ann, quote(ann, "regional"))[0] == "Sanders’ campaign manager"


def test_a_participle_cue_needs_a_subject_that_can_speak():
    # PolNeAR train, breitbart 2016-04-01 (Clinton gets testy): "The first incident came during a speech
    # …, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”" had shown "The
    # first incident came" as the speaker
    ann = run("Hillary Clinton got testy on the campaign trail.\n\nThe first incident came during a speech at the "
              "State University of New York at Purchase, when Sanders protesters interrupted her speech, shouting "
              "“she wins, we lose!”")
    assert who(ann, quote(ann, "she wins"))[0] != "The first incident came"


def test_a_name_inside_the_previous_tag_does_not_stop_a_continuation():
    # PolNeAR train, breitbart 2016-07-27 (Obama to frame the election): "said Clinton’s top foreign policy
    # aide Jake Sullivan." then a quote paragraph of his: "Clinton" in his own tag had counted as
    # another actor named between the quotes
    ann = run("Hillary Clinton accepted the nomination.\n\n“This has to be the first time that a major presidential "
              "candidate has actively encouraged a foreign power to conduct espionage against his political "
              "opponent,” said Clinton’s top foreign policy aide Jake Sullivan.\n\n“This has gone from being a "
              "matter of curiosity, and a matter of politics, to being a national security issue.”")
    assert who(ann, quote(ann, "This has gone"))[0] == "Jake Sullivan"


def test_he_after_a_possessive_goes_to_the_person_named_before_it_in_that_sentence():
    # PolNeAR dev, west-journal 2016-09-15 (retired general on Obama): "According to Ham, … many
    # disagreed with Obama’s policies." then "“…,” he said": Ham, not the possessor "Obama’s" (train,
    # huff-post 2016-07-18: "To Florida consultant Wilson, … Trump’s weakness …" is the same)
    ann = run("Retired Air Force Gen. Norman Ham spoke with a radio host about President Barack Obama.\n\n"
              "According to Ham, the current administration has shuffled through military leaders because many "
              "disagreed with Obama’s policies.\n\n“We’re on our fourth secretary of defense,” he said.")
    assert who(ann, quote(ann, "fourth secretary"))[0] == "Norman Ham"


def test_surmising_reports_speech():
    # PolNeAR train, wash-post 2016-08-28 (Gary Johnson's moment): "“People are afraid of wasting their
    # votes,” he surmised."
    ann = run("Her father, a retired engineer, plans to vote for Gary Johnson.\n\n\"People are afraid of wasting "
              "their votes,\" he surmised.")
    assert who(ann, quote(ann, "People are afraid"))[0] == "Her father"
