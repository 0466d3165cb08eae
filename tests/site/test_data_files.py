"""meetings.json, meetings.csv, the Atom feed and the iCalendar file parse and agree with the sheets."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import icalendar

from generator.site.exports import CSV_COLUMNS

ATOM = "{http://www.w3.org/2005/Atom}"


def test_json_holds_every_sheet_as_written(demo_site, demo_sheets):
    data = json.loads((demo_site / "data" / "meetings.json").read_text(encoding="utf-8"))
    items = {m["id"]: m for m in data["meetings"]}
    assert list(items) == [e.id for e in demo_sheets]
    for entry in demo_sheets:
        item = dict(items[entry.id])
        page = item.pop("page")
        assert (demo_site / page).exists()
        assert item == entry.sheet.model_dump(mode="json")


def test_csv_has_one_row_per_sheet(demo_site, demo_sheets):
    raw = (demo_site / "data" / "meetings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets need the BOM to read Arabic
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert [r["id"] for r in rows] == [e.id for e in demo_sheets]
    for row, entry in zip(rows, demo_sheets):
        sheet = entry.sheet
        assert row["title"] == sheet.title
        assert row["date"] == (str(sheet.date) if sheet.date else "")
        assert row["kind"] == sheet.kind
        assert row["participant_ids"].split(" | ") == [p.id for p in sheet.participants]
        assert row["participants"].split(" | ") == [p.name for p in sheet.participants]
        assert row["place_id"] == (sheet.place.id if sheet.place else "")
        assert row["review_needed"] == str(sheet.review.needed).lower()
        assert (demo_site / row["page"]).exists()


def test_atom_feed_lists_the_latest_sheets(demo_site, demo_sheets):
    root = ET.parse(demo_site / "data" / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}author/{ATOM}name").text
    dt.datetime.fromisoformat(root.find(f"{ATOM}updated").text.replace("Z", "+00:00"))
    entries = root.findall(f"{ATOM}entry")
    dated = sorted((e for e in demo_sheets if e.year), key=lambda e: e.key, reverse=True)
    assert [e.find(f"{ATOM}title").text for e in entries] == [s.sheet.title for s in dated[:50]]
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    for item, entry in zip(entries, dated):
        href = item.find(f"{ATOM}link").get("href")
        assert href.endswith(f"meetings/{entry.id}.html")
        dt.datetime.fromisoformat(item.find(f"{ATOM}updated").text.replace("Z", "+00:00"))


def test_icalendar_has_the_meetings_with_a_known_day(demo_site, demo_sheets):
    raw = (demo_site / "data" / "meetings.ics").read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    dated = [e for e in demo_sheets if e.date and e.date.as_date()]
    assert set(events) == {f"{e.id}@meeting-digest" for e in dated}
    for entry in dated:
        event = events[f"{entry.id}@meeting-digest"]
        assert event.decoded("DTSTART") == entry.date.as_date()
        assert event.decoded("DTEND") == entry.date.as_date() + dt.timedelta(days=1)
        assert str(event["SUMMARY"]) == entry.sheet.title
        if entry.sheet.place:
            assert str(event["LOCATION"]) == entry.sheet.place.name
