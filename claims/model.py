"""The claim fixture, version 1, as pydantic models: the single source of the JSON Schema."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_VERSION = 1

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{2,99}$")]
ClaimId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=100)]
# `claim-id` for this article, `article-id:claim-id` for another.
ClaimRef = Annotated[str, StringConstraints(pattern=r"^([a-z0-9][a-z0-9-]{2,99}:)?[a-z0-9][a-z0-9-]*$")]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")]
Measure = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
# A date expression as written ("on Wednesday"), or a TOML date: the editor's own dating.
When = Union[dt.date, Text]
Vague = Literal["a few", "several", "a handful", "dozens", "scores", "hundreds", "thousands", "tens of thousands",
                "hundreds of thousands", "millions"]
Qualifier = Literal["exact", "at_least", "more_than", "at_most", "fewer_than", "about", "almost"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Strict):
    id: Slug = Field(description="Unique in the corpus; equals the fixture file's stem.")
    title: Text = Field(description="Headline.")
    published: Union[dt.date, AwareDatetime] = Field(
        description="Publication date (TOML local date or offset date-time); relative dates resolve against it."
    )
    outlet: Text | None = Field(None, description="Publisher.")
    url: Text | None = Field(None, description="Where it was published.")
    text: Text | None = Field(
        None,
        description="Path of the article text relative to the corpus root, inside seeds/. "
        "Default: seeds/<id>.txt if that file exists.",
    )
    links: list[Slug] = Field(default_factory=list, description="Prior reports this article cites (article ids).")
    # Addition of this implementation: spans an editor leaves out on purpose (the report's coverage).
    not_claims: list[Text] = Field(
        default_factory=list,
        description="Spans of the text (quoted verbatim) that state a number or date deliberately not encoded "
        "as a claim; the report's coverage does not count them as missing. Each must be in the text.",
    )

    @property
    def day(self) -> dt.date:
        return self.published.date() if isinstance(self.published, dt.datetime) else self.published


class ClaimBase(Strict):
    id: ClaimId = Field(description="Unique within the article.")
    quote: Text | None = Field(
        None, description="Verbatim span of the article text or title; required when the article has text."
    )
    key: Key | None = Field(
        None, description="Cross-report identity: claims with the same key in different articles state the same fact."
    )
    source: Text | None = Field(None, description="To whom the article attributes the claim.")
    note: str | None = Field(None, description="Free text for editors.")
    # Extension to format v1: order relations on any dated claim (vetoes and decisions too).
    before: list[ClaimId] = Field(default_factory=list, description="Ids of dated claims this one precedes.")
    after: list[ClaimId] = Field(default_factory=list, description="Ids of dated claims this one follows.")


class CountClaim(ClaimBase):
    type: Literal["count"]
    measure: Measure = Field(description="What is counted (killed, wounded, displaced, fled, towns-attacked).")
    value: Annotated[int, Field(ge=0)] | Vague = Field(
        description="The number as written, or a vague amount as written."
    )
    qualifier: Qualifier = Field("exact", description="How the words bound the number.")
    who: Measure | None = Field(None, description="Whom (people, civilians, children).")
    place: Text | None = Field(None, description="Place name as written.")
    event: ClaimId | None = Field(None, description="Id of the event claim this count belongs to.")
    part_of: ClaimId | None = Field(None, description="Id of the count this one is a component of.")
    subset_of: ClaimId | None = Field(None, description="Id of the count whose members include this one's.")
    cumulative: bool = Field(False, description="A running total that can only grow as time passes.")
    as_of: When | None = Field(None, description="When a cumulative total was reached; default publication.")


class EventClaim(ClaimBase):
    type: Literal["event"]
    what: Text = Field(description="Short description.")
    when: When = Field(description="Date expression as written in the quote, or a TOML date.")
    date: dt.date | None = Field(None, description="The editor's reading of `when`; must fall inside it.")
    status: Literal["occurred", "scheduled"] = Field("occurred")
    relative_to: ClaimId | None = Field(
        None, description="Id of the event, veto or extension of this article a relative `when` counts from."
    )
    place: Text | None = Field(None, description="Place name as written.")


class VetoClaim(ClaimBase):
    type: Literal["veto"]
    body: Text = Field(description="The deciding body (UN Security Council).")
    by: list[Text] = Field(min_length=1, description="States that cast the veto, as written.")
    subject: Text = Field(description="What was vetoed.")
    when: When = Field(description="Date expression.")
    resolution: Text | None = Field(None, description="Draft or document symbol.")
    relative_to: ClaimId | None = Field(
        None, description="Id of the event, veto or extension of this article a relative `when` counts from."
    )


class ExtensionClaim(ClaimBase):
    # "extended until 31 December 2026" gives an end and no length: one of the two is enough
    model_config = ConfigDict(extra="forbid", frozen=True,
                              json_schema_extra={"anyOf": [{"required": ["length"]}, {"required": ["until"]}]})

    type: Literal["extension"]
    subject: Text = Field(description="What was extended.")
    length: Text | None = Field(
        None, description='Duration as written ("six-month", "12 months", "P6M"); required unless `until` is given.'
    )
    when: When = Field(description="Date expression: when it was decided.")
    starts: dt.date | None = Field(None, description="Date the extension runs from; default the decision date.")
    until: dt.date | None = Field(None, description="Date the extended mandate ends; must equal starts + length.")
    by: Text | None = Field(None, description="The deciding body.")
    relative_to: ClaimId | None = Field(
        None, description="Id of the event, veto or extension of this article a relative `when` counts from."
    )

    @model_validator(mode="after")
    def _length_or_until(self):
        if self.length is None and self.until is None:
            raise ValueError("an extension needs its length or its end: 'length' or 'until' is required")
        return self


Claim = Annotated[Union[CountClaim, EventClaim, VetoClaim, ExtensionClaim], Field(discriminator="type")]


class Accept(Strict):
    rule: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z-]*$")] = Field(description="The rule id.")
    claims: list[ClaimRef] = Field(min_length=1, description="`claim-id`, or `article-id:claim-id` for another.")
    reason: Annotated[str, StringConstraints(pattern=r"\S")] = Field(description="Why an editor accepts it.")


class Fixture(Strict):
    """One article's claims: the contents of fixtures/<article-id>.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="crosscheck claim fixture")
    schema_version: Literal[1] = Field(description="Format version of this file.")
    article: Article
    claim: list[Claim] = Field(default_factory=list)
    accept: list[Accept] = Field(default_factory=list)
