"""The intake on releases written for these tests (in the project's own words): the dateline and date, the place,
countries, people in any case and script with their positions and sides, commitments split one per action, and
the sentence each proposal came from."""

import datetime as dt

from app.domain.vocab import CommittedBy, Level, Side
from app.intake.dates import dates_in
from app.intake.read import KnownPerson, read_release
from app.intake.text import language, sentences

EN = (
    "Kazakhstan and Kenya open political consultations\n"
    "ASTANA, March 9 – Ambassador of Kazakhstan to Kenya Barlybay Sadykov held talks with the Principal Secretary "
    "of the State Department for Foreign Affairs of Kenya Abraham Korir Sing'Oei in Nairobi. "
    "The diplomats discussed trade, grain logistics and the visits planned for the year. "
    "The sides agreed to hold the first round of consultations in the autumn, as well as to set up joint working "
    "groups on trade. "
    "Sing'Oei invited the Kazakh delegation to visit the port of Mombasa."
)

RU = (
    "АСТАНА, 5 марта. Президент Казахстана Касым-Жомарт Токаев провёл встречу с президентом Кении "
    "Уильямом Руто. Стороны договорились расширить торговлю зерном, а также открыть прямое авиасообщение. "
    "Встреча прошла в Акорде."
)


def test_an_english_release_becomes_a_draft_with_its_evidence():
    draft = read_release(EN, dt.date(2024, 3, 10))
    assert draft.language == "en"
    assert draft.title == "Kazakhstan and Kenya open political consultations"
    assert draft.summary.startswith("Ambassador of Kazakhstan to Kenya"), "the dateline stays out of the summary"
    assert draft.date == dt.date(2024, 3, 9), "the dateline's day, the year from the publication"
    assert draft.place == "Nairobi", "where the text puts the meeting, not the dateline's city"
    assert draft.countries == ["KZ", "KE"]
    people = {p.name: p for p in draft.participants}
    assert set(people) >= {"Barlybay Sadykov", "Abraham Korir Sing'Oei"}
    assert people["Barlybay Sadykov"].side is Side.OURS and people["Barlybay Sadykov"].country == "KZ"
    assert people["Barlybay Sadykov"].position == "Ambassador of Kazakhstan to Kenya"
    singoei = people["Abraham Korir Sing'Oei"]
    assert singoei.side is Side.COUNTERPART and "Principal Secretary" in singoei.position
    assert draft.level is Level.AMBASSADOR
    joint = [a for a in draft.actions if a.committed_by is CommittedBy.JOINT]
    assert len(joint) == 2, "'as well as' makes two commitments"
    assert any("invited the Kazakh delegation" in a.description for a in draft.actions)
    for a in draft.actions:
        assert a.evidence is not None and EN[a.evidence.start : a.evidence.end] == a.evidence.sentence
    date_evidence = draft.evidence["date"]
    assert EN[date_evidence.start : date_evidence.end].startswith("ASTANA, March 9")


def test_a_russian_release_gives_names_in_the_nominative():
    draft = read_release(RU, dt.date(2024, 3, 6))
    assert draft.language == "ru" and draft.date == dt.date(2024, 3, 5)
    names = {p.name: p for p in draft.participants}
    assert "Уильям Руто" in names, names
    assert names["Уильям Руто"].side is Side.COUNTERPART and names["Уильям Руто"].country == "KE"
    assert names["Касым-Жомарт Токаев"].side is Side.OURS
    assert len(draft.actions) == 2 and all(a.committed_by is CommittedBy.JOINT for a in draft.actions)


def test_known_people_are_matched_in_any_spelling():
    ruto = KnownPerson("person-ruto", ("William Ruto", "Уильям Руто"), "KE", Side.COUNTERPART, "President of Kenya")
    draft = read_release(RU, dt.date(2024, 3, 6), known=[ruto])
    [match] = [p for p in draft.participants if p.person_id == "person-ruto"]
    assert match.name == "Уильям Руто", "written as the release writes him"


def test_no_date_in_the_text_takes_the_publication_date_and_says_so():
    draft = read_release("Foreign Minister of Kazakhstan met the Ambassador of Japan in Astana.", dt.date(2025, 1, 7))
    assert draft.date == dt.date(2025, 1, 7)
    assert draft.notes == ["no date in the text: the publication date is used"]
    assert "JP" in draft.countries


def test_dates_in_three_languages_and_no_false_ireland():
    found = [d.value for d in dates_in("On 19 қыркүйек, then 9 фев and May 20, 2023; also 27.02.2026.",
                                       dt.date(2024, 3, 1))]  # fmt: skip
    assert found == [dt.date(2023, 9, 19), dt.date(2024, 2, 9), dt.date(2023, 5, 20), dt.date(2026, 2, 27)]
    draft = read_release("The Ambassador of the United Kingdom of Great Britain and Northern Ireland Jane Doe met "
                         "Foreign Minister of Kazakhstan Murat Nurtleu.", dt.date(2024, 4, 4))  # fmt: skip
    assert set(draft.countries) == {"KZ", "GB"}


def test_sentences_keep_their_place_and_languages_are_told_apart():
    text = "Mr. Ruto arrived. R. Zhumabek spoke.\nТараптар келісті."
    parts = sentences(text)
    assert [p.text for p in parts] == ["Mr. Ruto arrived.", "R. Zhumabek spoke.", "Тараптар келісті."]
    assert all(text[p.start : p.end] == p.text for p in parts)
    assert language("Тараптар ынтымақтастықты дамыту мәселесін талқылады") == "kk"
    assert language("Стороны обсудили сотрудничество") == "ru"


def test_the_draft_as_json_follows_the_command_lines_contract():
    data = read_release(EN, dt.date(2024, 3, 10)).as_json()
    assert set(data) >= {"language", "meeting", "participants", "statements", "actions", "evidence"}
    assert set(data["meeting"]) == {"title", "date", "end_date", "place", "countries", "format", "level", "topics",
                                    "summary", "source"}  # fmt: skip
    assert set(data["participants"][0]) == {"name", "position", "organisation", "country", "side", "person_id",
                                            "evidence"}  # fmt: skip
    assert set(data["actions"][0]) == {"description", "committed_by", "owner", "due_date", "evidence"}
    assert set(data["actions"][0]["evidence"]) == {"sentence", "start", "end"}


def test_direct_speech_is_not_a_commitment_and_an_invitation_is():
    text = (
        "Astana, 2 June – Foreign Minister of Kazakhstan Murat Nurtleu met the Ambassador of Japan Ken Sato.\n"
        "– We will always value our friendship, – the minister said.\n"
        "Nurtleu extended an invitation to the Japanese side to visit the Astana International Forum.\n"
        "The ministers discussed energy and transport."
    )
    draft = read_release(text, dt.date(2025, 6, 3))
    assert [a.evidence.sentence.split()[0] for a in draft.actions if a.evidence] == ["Nurtleu"]
    assert draft.actions[0].committed_by is CommittedBy.OURS


def test_a_city_outside_the_table_in_a_case_form_and_one_letter_off():
    ru = read_release("Встреча министров прошла в Туркестане. Стороны обсудили транзит.", dt.date(2025, 3, 3))
    assert ru.place == "Туркестан", "GeoNames' city, back in the nominative"
    misspelt = read_release("Переговоры прошли в Чолпан-Ате. Министры обсудили транзит.", dt.date(2025, 3, 3))
    assert misspelt.place == "Чолпон-Ата", "one letter off the gazetteer's spelling, where the text puts the meeting"
    council = read_release("ASTANA, May 5 – The question was raised in Central Asia and at the Security Council. "
                           "The ministers met in Kokshetau.", dt.date(2025, 5, 6))  # fmt: skip
    assert council.place == "Kokshetau", "'in Central Asia' names a region, not a misspelt city"


def test_one_title_for_two_people_and_names_in_the_genitive():
    en = read_release("The foreign ministers of Kazakhstan and Mongolia Murat Nurtleu and Batmunkh Battsetseg "
                      "met in Astana.", dt.date(2025, 1, 1))  # fmt: skip
    people = {p.name: p for p in en.participants}
    assert people["Murat Nurtleu"].position == "Foreign minister of Kazakhstan"
    assert people["Murat Nurtleu"].side is Side.OURS
    assert people["Batmunkh Battsetseg"].country == "MN" and people["Batmunkh Battsetseg"].side is Side.COUNTERPART
    ru = read_release("Министр передал послание президента Узбекистана Шавката Мирзиёева и приветствие советника "
                      "Президента Узбекистана Саиды Мирзиёевой.", dt.date(2025, 1, 1))  # fmt: skip
    names = {p.name for p in ru.participants}
    assert {"Шавкат Мирзиёев", "Саида Мирзиёева"} <= names, names


def test_a_kazakh_position_keeps_its_organisation_and_side():
    kk = read_release("Астанада ҚР Сыртқы істер министрінің орынбасары Ерлан Сейітов пен Моңғолия Сыртқы істер "
                      "министрінің бірінші орынбасары Батболд Доржийн кездесті.", dt.date(2025, 1, 1))  # fmt: skip
    people = {p.name: p for p in kk.participants}
    assert people["Ерлан Сейітов"].position == "ҚР Сыртқы істер министрінің орынбасары"
    assert people["Ерлан Сейітов"].side is Side.OURS
    assert people["Батболд Доржийн"].side is Side.COUNTERPART


def test_the_meetings_countries_are_its_parties_and_the_head_of_state_comes_from_the_directory():
    text = (
        "The Head of State received the Prime Minister of Vietnam Pham Minh Chinh. Vietnam is the second trading "
        "partner of Kazakhstan in the region after Thailand and Malaysia. Tokayev’s proposals were discussed."
    )
    president = KnownPerson("p-head", ("Kassym-Jomart Tokayev",), "KZ", Side.OURS, "President of Kazakhstan")
    draft = read_release(text, dt.date(2025, 1, 1), known=[president])
    assert draft.countries == ["KZ", "VN"], "countries spoken of are not parties"
    [head] = [p for p in draft.participants if p.person_id == "p-head"]
    assert head.side is Side.OURS and head.name == "Kassym-Jomart Tokayev"
    alone = read_release(text, dt.date(2025, 1, 1))
    assert all("Tokayev’s" not in p.name for p in alone.participants)


def test_positions_from_a_demonym_a_dash_and_two_people_side_by_side():
    en = read_release("ASTANA, May 2 – The Minister met Kenyan President William Ruto and his Tanzanian counterpart "
                      "President Samia Suluhu Hassan.", dt.date(2025, 5, 3))  # fmt: skip
    positions = {p.name: p.position for p in en.participants}
    assert positions["William Ruto"] == "President of Kenya"
    assert positions["Samia Suluhu Hassan"] == "President of Tanzania"
    ru = read_release("Заместитель премьер-министра – министр иностранных дел Казахстана Мурат Нуртлеу провёл "
                      "переговоры.", dt.date(2025, 5, 3))  # fmt: skip
    assert ru.participants[0].position == "Заместитель премьер-министра – министр иностранных дел Казахстана"
    kk = read_release("Ерлан Қошанов Сахиба Гафарованы Қазақстанға ресми сапармен келуге шақырды.", dt.date(2025, 5, 3))
    assert [p.name for p in kk.participants] == ["Ерлан Қошанов", "Сахиба Гафарова"]
