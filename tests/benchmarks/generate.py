"""A large, varied, reproducible set of records for the benchmarks (and for trying the window at scale)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from app.domain.countries import all_countries
from app.domain.records import Action, Meeting, Participant, Statement
from app.domain.vocab import Classification, CommittedBy, Level, MeetingFormat, Priority, Side, Status

_TOPICS = ["trade", "energy", "grain", "logistics", "UN", "climate", "education", "visa regime", "investment",
           "сауда", "энергетика", "транзит", "ынтымақтастық", "digital", "health", "water", "security"]  # fmt: skip
_PLACES = ["Astana", "Almaty", "Nairobi", "New York", "Geneva", "Москва", "Ташкент", "Addis Ababa", "Brussels"]
_NAMES = ["Aigerim Nurlanova", "Данияр Ахметов", "Гүлнар Сәрсенова", "Peter Otieno", "Marie Dubois", "John Smith",
          "Ерлан Қасымов", "Wanjiru Kamau", "Олжас Бекенов", "Amina Diallo", "Chen Wei", "Sofia Rossi"]  # fmt: skip
_VERBS = ["Prepare", "Send", "Agree", "Draft", "Review", "Organise", "Подготовить", "Согласовать", "Дайындау"]
_OBJECTS = ["a memorandum", "the visit programme", "a joint statement", "trade figures", "the grain terminal study",
            "проект соглашения", "программу визита", "консультации"]  # fmt: skip
_OWNERS = ["Africa Department", "Protocol Department", "Ministry of Trade", "Embassy in Nairobi", "Legal Department",
           "Департамент Азии", "Multilateral Department", "Ministry of Agriculture"]  # fmt: skip


def generate(meetings: int, actions_per_meeting: int = 3, seed: int = 7) -> Iterator[Meeting]:
    rng = random.Random(seed)
    codes = [code for code, _ in all_countries()]
    start = dt.date(2000, 1, 1)
    for i in range(meetings):
        date = start + dt.timedelta(days=rng.randrange(9500))
        countries = ["KZ", *rng.sample(codes, rng.choice((1, 1, 2)))]
        countries = list(dict.fromkeys(countries))
        topics = rng.sample(_TOPICS, 3)
        m = Meeting(
            id=f"bench-{i:07d}",
            title=f"{rng.choice(['Talks', 'Consultations', 'Встреча', 'Кездесу', 'Call'])} on {topics[0]} #{i}",
            date=date,
            location=rng.choice(_PLACES),
            format=rng.choice(list(MeetingFormat)),
            level=rng.choice(list(Level)),
            countries=countries,
            topics=topics,
            summary=" ".join(rng.choice(_TOPICS) for _ in range(40)),
            outcomes="Agreed to continue " + topics[1],
            classification=rng.choice(list(Classification)),
        )
        m.participants = [
            Participant(id=f"{m.id}-p{k}", name=rng.choice(_NAMES), position="Director", side=rng.choice(list(Side)))
            for k in range(2)
        ]
        m.statements = [Statement(id=f"{m.id}-s0", speaker=m.participants[0].name, text=m.summary[:120])]
        for k in range(actions_per_meeting):
            status = rng.choice(list(Status))
            m.actions.append(
                Action(
                    id=f"{m.id}-a{k}",
                    meeting_id=m.id,
                    description=f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}",
                    owner=rng.choice(_OWNERS),
                    committed_by=rng.choice(list(CommittedBy)),
                    due_date=date + dt.timedelta(days=rng.randrange(10, 400)),
                    status=status,
                    priority=rng.choice(list(Priority)),
                    completed_on=date + dt.timedelta(days=5) if status is Status.DONE else None,
                )
            )
        yield m
