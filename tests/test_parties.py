"""Parties and outlets on short real-news passages: states, organisations, people by title,
descriptions that refer back, and news outlets that are credited but are never parties."""
from __future__ import annotations

import pytest

from engine_checks import run
from tui.model import Annotations, Party


def party(ann: Annotations, name: str) -> Party:
    found = [p for p in ann.parties if p.name == name]
    assert len(found) == 1, [p.name for p in ann.parties]
    return found[0]


def party_names(ann: Annotations) -> set[str]:
    return {p.name for p in ann.parties}


def mentions(p: Party) -> list[str]:
    return [m.text for m in p.mentions]


def members(p: Party) -> dict[str, str]:
    return {m.name: m.role for m in p.members}


# -- states -------------------------------------------------------------------

def test_state_by_name():
    ann = run("Israel rejected the ceasefire proposal.")
    p = party(ann, "Israel")
    assert p.kind == "state"
    assert mentions(p) == ["Israel"]


def test_demonym_maps_to_state_and_titled_person_is_member():
    ann = run("Israeli Prime Minister Benjamin Netanyahu rejected the proposal.")
    p = party(ann, "Israel")
    assert p.kind == "state"
    assert "Israeli" in mentions(p)
    assert members(p) == {"Benjamin Netanyahu": "Prime Minister"}


@pytest.mark.parametrize("text,seat,state", [
    ("The Kremlin dismissed the report.", "Kremlin", "Russia"),
    ("Kyiv insists on the withdrawal of all Russian troops.", "Kyiv", "Ukraine"),
    ("Officials in Washington rejected the demand.", "Washington", "United States"),
], ids=["kremlin", "kyiv", "washington"])
def test_capital_or_institution_stands_for_the_state(text, seat, state):
    ann = run(text)
    p = party(ann, state)
    assert p.kind == "state"
    assert seat in mentions(p)
    assert seat not in party_names(ann)
    assert ann.demands and ann.party(ann.demands[0].party).name == state


def test_palestinian_authority_is_palestine():
    ann = run("The Palestinian Authority called for an immediate ceasefire.")
    assert "Palestinian Authority" in mentions(party(ann, "Palestine"))


# -- people attached by title -------------------------------------------------

def test_us_secretary_of_state_is_member_with_role():
    ann = run("“We are ready to talk,” said U.S. Secretary of State Antony Blinken.")
    p = party(ann, "United States")
    assert members(p) == {"Antony Blinken": "Secretary of State"}
    q = ann.quotes[0]
    assert q.speaker.name == "Antony Blinken"
    assert q.speaker.party == p.id
    assert q.speaker.text == "U.S. Secretary of State Antony Blinken"


def test_foreign_leader_by_demonym_and_title():
    ann = run("German Chancellor Olaf Scholz called for calm.")
    assert members(party(ann, "Germany")) == {"Olaf Scholz": "Chancellor"}


def test_party_state_tag_is_membership_not_voice():
    # Wikinews GUIDE: a person who acts on their own account is a party; a legislator's
    # party label does not make him the party's voice (its leader or spokesperson would).
    ann = run("“This is a disgrace,” Rep. John Mica (R-Fla.) said.")
    p = party(ann, "John Mica")
    assert p.kind == "person"
    ann = run("“This is a disgrace,” said Republican leader John Mica.")
    assert "John Mica" in members(party(ann, "Republican Party"))


# -- organisations: lexicon and group words -----------------------------------

def test_lexicon_organisation_and_the_bloc():
    ann = run("The European Union called for restraint. The bloc also urged both sides to return to talks.")
    p = party(ann, "European Union")
    assert p.kind == "organisation"
    assert mentions(p) == ["European Union", "The bloc"]
    assert [ann.party(d.party).name for d in ann.demands] == ["European Union", "European Union"]
    assert ann.demands[1].holder.text == "The bloc"


def test_the_militant_group_refers_back_to_hamas():
    ann = run("Hamas said it would study the proposal. The militant group has demanded the release of prisoners.")
    p = party(ann, "Hamas")
    assert "The militant group" in mentions(p)
    d = ann.demands[0]
    assert d.party == p.id
    assert d.holder.text == "The militant group"


def test_union_by_group_word_and_the_union():
    ann = run("The Transport Workers Union called a strike. The union wants higher wages.")
    p = party(ann, "Transport Workers Union")
    assert p.kind == "organisation"
    assert mentions(p) == ["Transport Workers Union", "The union"]
    assert ann.demands[0].party == p.id


def test_the_union_without_antecedent_is_no_party():
    ann = run("The union is resistant to any cuts in pensions.")
    assert ann.parties == []
    assert ann.demands[0].party is None


def test_group_word_organisation_member_with_role():
    ann = run("“We will not go back to work until the port is safe,” "
              "Dockers’ Alliance general secretary Maria Okafor said.")
    q = ann.quotes[0]
    assert q.speaker.name == "Maria Okafor"
    assert q.speaker.text == "Dockers’ Alliance general secretary Maria Okafor"
    p = ann.party(q.speaker.party)
    assert p.kind == "organisation"
    assert members(p) == {"Maria Okafor": "general secretary"}


def test_group_word_organisation_name_keeps_apostrophe():
    ann = run("Dockers’ Alliance general secretary Maria Okafor said the strike would go ahead.")
    assert "Dockers’ Alliance" in party_names(ann)


def test_organisation_after_name_with_of():
    ann = run("“We are going to fight this in every state,” said Mary Kay Henry, "
              "president of the Service Employees International Union.")
    q = ann.quotes[0]
    assert q.speaker.name == "Mary Kay Henry"
    assert ann.party(q.speaker.party).name == "Service Employees International Union"


def test_sentence_initial_organisation_keeps_first_word():
    ann = run("Service Employees International Union president Mary Kay Henry said the union would back Clinton.")
    p = party(ann, "Service Employees International Union")
    assert "Mary Kay Henry" in members(p)


def test_ukrainian_union_is_an_organisation():
    ann = run("The Federation of Trade Unions of Ukraine called for higher wages.")
    d = ann.demands[0]
    p = ann.party(d.party)
    assert p.name == "Federation of Trade Unions of Ukraine"
    assert p.kind == "organisation"


def test_ukrainian_organisation_in_appositive():
    ann = run("“Farmers cannot survive another season like this,” said Oleh Kovalenko, "
              "head of the Ukrainian Agrarian Council.")
    q = ann.quotes[0]
    assert q.speaker.name == "Oleh Kovalenko"
    assert ann.party(q.speaker.party).name == "Ukrainian Agrarian Council"


@pytest.mark.xfail(strict=True, reason="an unknown name described by an appositive 'the Ukrainian state "
                   "energy company' gets kind 'person' instead of 'organisation'")
def test_unknown_company_described_as_company_is_organisation():
    ann = run("Naftogaz, the Ukrainian state energy company, demanded compensation from Gazprom.")
    assert party(ann, "Naftogaz").kind == "organisation"


# -- outlets ------------------------------------------------------------------

def test_according_to_reuters_is_an_outlet_credit():
    ann = run("According to Reuters, Israel insists on the release of all hostages.")
    assert [o.name for o in ann.outlets] == ["Reuters"]
    assert "Reuters" not in party_names(ann)
    d = ann.demands[0]
    assert ann.party(d.party).name == "Israel"
    assert d.outlet == ann.outlets[0].id


def test_outlet_credited_passage_carries_outlet_on_quote_and_demand():
    ann = run("Newsweek reported that Hamas has rejected the proposal. "
              "“We will not surrender our weapons,” a Hamas spokesman said.")
    (newsweek,) = ann.outlets
    assert newsweek.name == "Newsweek"
    assert "Newsweek" not in party_names(ann)
    assert ann.quotes[0].outlet == newsweek.id
    assert ann.party(ann.quotes[0].speaker.party).name == "Hamas"
    assert [d.outlet for d in ann.demands] == [newsweek.id]


def test_told_cnn_credits_the_quote_to_cnn():
    ann = run("“There is no deal yet,” a White House official told CNN.")
    assert [o.name for o in ann.outlets] == ["CNN"]
    assert "CNN" not in party_names(ann)
    q = ann.quotes[0]
    assert q.outlet == "cnn"
    assert ann.party(q.speaker.party).name == "United States"


@pytest.mark.parametrize("text,outlet", [
    ("CNN reported that the talks had stalled.", "CNN"),
    ("Yahoo News reported that the Kremlin rejected the plan.", "Yahoo News"),
    ("The Washington Post reported that Russian forces shelled Kharkiv.", "Washington Post"),
], ids=["cnn", "yahoo-news", "washington-post"])
def test_outlets_are_not_parties(text, outlet):
    ann = run(text)
    assert outlet in [o.name for o in ann.outlets]
    assert outlet not in party_names(ann)
    for d in ann.demands:
        assert ann.outlet(d.outlet).name == outlet


def test_a_group_that_speaks_named_only_by_a_description_is_a_party():
    ann = run("The march ended at Parliament Square. \"Around a million people took part,\" said the event "
              "organizers.")
    q = ann.quotes[0]
    assert ann.party(q.speaker.party).name == "Event organizers"


def test_an_organisation_named_for_a_cause_is_one_name():
    ann = run("Women for America First organised the rally in Washington. Americans for Prosperity paid for it.")
    names = {p.name for p in ann.parties}
    assert {"Women for America First", "Americans for Prosperity"} <= names


def test_a_side_named_by_what_it_is_for_is_a_group_party():
    ann = run("Over 80% of the seats went to pro-democracy candidates, ousting pro-Beijing candidates. "
              "\"The government and the pro-Beijing camp have always claimed support,\" said Ma Ngok.")
    names = {p.name for p in ann.parties}
    assert {"Pro-democracy candidates", "Pro-Beijing candidates", "Pro-Beijing camp"} <= names


def test_a_word_that_case_folds_to_a_group_name_is_analysed():
    # "ſ" (long s) matches "s" case-insensitively but lower() keeps it: the lookup must not fail
    ann = run("The international mediatorſ said \"we will talk\" today. The mediators met again.")
    assert ann.quotes


@pytest.mark.parametrize("text, organisation", [
    # PolNeAR train: usa-today 2016-08-10, wash-post 2016-04-21 and 2016-04-20
    ('Priorities USA, a pro-Clinton super PAC, emailed  a link to the video with one sentence: "THIS IS NOT OK."',
     "Priorities USA"),
    ("Neil Sroka, communications director of the progressive advocacy group Democracy for America, or DFA - which "
     "was founded by former Vermont governor Howard Dean after his 2004 presidential campaign and which has "
     "endorsed Sanders - said Sanders has several options.", "Democracy for America"),
])
def test_an_organisation_named_for_a_state_is_no_state(text, organisation):
    names = {p.name for p in run(text).parties}
    assert organisation in names and "United States" not in names, names
