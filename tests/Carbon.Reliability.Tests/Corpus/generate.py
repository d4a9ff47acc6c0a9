#!/usr/bin/env python3
"""Writes the invalid-input corpus (see README.md beside this file).

Every case names the diagnostic it must produce: project and data-set files are called <code>__<slug>.json, batch
lists <expectation>__<slug>.csv, and the quantity cases sit in quantities.json with their parse error. The expected
code of each case is stated here by hand, from the reader's documented behaviour (docs/diagnostics.md and the
plugins' methodology pages), never copied from the program's output. Files are written byte for byte (compact JSON,
UTF-8 without BOM unless the case is about encodings), so rerunning this script reproduces the committed corpus.

Run from anywhere:  python3 tests/Carbon.Reliability.Tests/Corpus/generate.py
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DELETE = object()


class Obj(list):
    """An object written member by member, so that a case can repeat a member name."""


def dumps(value):
    if isinstance(value, Obj):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + dumps(v) for k, v in value) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + dumps(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dumps(v) for v in value) + "]"
    if isinstance(value, Raw):
        return value.text
    return json.dumps(value, ensure_ascii=False)


class Raw:
    """JSON text written as is (numbers such as 1e400 that Python cannot hold, escapes, …)."""

    def __init__(self, text):
        self.text = text


def with_(base, path, value=DELETE):
    """A deep copy of base with the member at path (keys and indices) set, or removed with DELETE."""
    doc = copy.deepcopy(base)
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


def dup(base, path, name, second):
    """A copy of base where the object at path lists member `name` twice (the second time with `second`)."""
    doc = copy.deepcopy(base)
    target = doc
    for key in path[:-1]:
        target = target[key]
    inner = target[path[-1]] if path else doc
    pairs = Obj(list(inner.items()) + [(name, second)])
    if path:
        target[path[-1]] = pairs
        return doc
    return pairs


# A valid project touching every member of schema version 1 (checked valid by CorpusReplayTests).
BASE = {
    "$schema": "../../../../docs/schemas/project.schema.json",
    "schemaVersion": "1",
    "id": "corpus-base",
    "name": {"zh": "语料基准项目", "en": "Corpus base project"},
    "nature": "new",
    "industryCodes": ["C3011"],
    "adminCode": "450800",
    "location": {"type": "Point", "coordinates": [109.6, 23.1]},
    "reviewDate": "2025-10-15",
    "reportingYear": 2026,
    "products": [{"product": "cement.clinker", "output": "155万 t", "capacity": "5000 t/d", "label": "熟料"}],
    "energy": [
        {"carrier": "coal.raw", "amount": "21万 t", "use": "fuel", "direction": "import", "stage": "production", "label": "窑用煤"},
        {"carrier": "electricity", "amount": "3600万 kWh", "origin": "grid", "renewable": False, "stage": "production"},
    ],
    "activities": [
        {"kind": "cement.clinker", "amount": "155万 t", "label": "熟料煅烧",
         "parameters": {"caoFraction": "64.5 %", "nonCarbonateCaoFraction": "1.0 %", "mgoFraction": "1.8 %", "nonCarbonateMgoFraction": "0.2 %"}},
    ],
    "pollutants": [{"pollutant": "SO2", "amount": "120 t"}],
    "facts": {"site.altitude": "50 m"},
    "options": {
        "gwpSet": "AR5",
        "electricityFactor": {"series": "mee-nbs", "year": 2023, "region": "南方"},
        "methods": {"cement": "china-2013"},
        "equalValue": [{"carrier": "electricity", "coefficient": "0.300 kgce/kWh", "source": "corpus"}],
    },
    "valueAdded": "5.2亿 元",
    "region": {"name": "示例区", "baseYearEnergy": "1200万 tce", "baseYearGdp": "800亿 元", "energyIncrementQuota": "150万 tce"},
    "existing": {"annualEnergy": "8000 tce", "siteProcessEquipmentUnchanged": False,
                 "unitConsumption": [{"product": "cement.clinker", "value": "118 kgce/t"}]},
}

MINI = {"schemaVersion": "1", "id": "p", "name": {"zh": "项目", "en": "Project"}, "nature": "new", "reportingYear": 2025}


def energy(*lines):
    return dict(MINI, energy=list(lines))


def activity(kind, amount, parameters=None, methods=None, label=None):
    line = {"kind": kind, "amount": amount}
    if label is not None:
        line["label"] = label
    if parameters is not None:
        line["parameters"] = parameters
    doc = dict(MINI, activities=[line])
    if methods is not None:
        doc["options"] = {"methods": methods}
    return doc


COAL = {"carrier": "coal.raw", "amount": "1万 t"}
CLINKER = {"caoFraction": "65 %", "mgoFraction": "2 %", "nonCarbonateCaoFraction": "1 %", "nonCarbonateMgoFraction": "0.1 %"}
CARBONATES = [{"carbonate": "calcite", "mass": "120万 t", "calcinationFraction": "100 %"}]
REPLACEMENT = [{"province": "450000", "catalogueClass": "allowed", "capacity": "4000 t/d"}]

PROJECTS = []  # (code, slug, document or bytes)


def case(code, slug, doc):
    PROJECTS.append((code, slug, doc))


def raw_case(code, slug, data):
    PROJECTS.append((code, slug, data if isinstance(data, bytes) else data.encode("utf-8")))


# ---------------------------------------------------------------------------------------------------------------
# CB1001 — not JSON, not UTF-8, nesting beyond the limit (64).
base_text = dumps(MINI)
raw_case("CB1001", "empty-file", b"")
raw_case("CB1001", "only-whitespace", b" \r\n\t \n")
raw_case("CB1001", "only-bom", b"\xef\xbb\xbf")
raw_case("CB1001", "double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + base_text.encode())
raw_case("CB1001", "utf16-le-with-bom", b"\xff\xfe" + base_text.encode("utf-16-le"))
raw_case("CB1001", "utf16-be-with-bom", b"\xfe\xff" + base_text.encode("utf-16-be"))
raw_case("CB1001", "utf16-le-without-bom", base_text.encode("utf-16-le"))
raw_case("CB1001", "utf32-le-with-bom", b"\xff\xfe\x00\x00" + base_text.encode("utf-32-le"))
raw_case("CB1001", "gb18030-chinese-name", base_text.encode("gb18030"))
raw_case("CB1001", "invalid-utf8-continuation-in-member-name", base_text.encode().replace(b'"schemaVersion"', b'"schemaVersi\x87on"'))
raw_case("CB1001", "invalid-utf8-lone-lead-byte", base_text.encode().replace(b'"id":"p"', b'"id":"p\xe7"'))
raw_case("CB1001", "invalid-utf8-overlong-slash", base_text.encode().replace(b'"id":"p"', b'"id":"\xc0\xaf"'))
raw_case("CB1001", "invalid-utf8-encoded-surrogate", base_text.encode().replace(b'"id":"p"', b'"id":"\xed\xa0\x80"'))
raw_case("CB1001", "invalid-utf8-ff-byte", base_text.encode().replace(b'"id":"p"', b'"id":"\xff"'))
raw_case("CB1001", "lone-surrogate-escape-in-id", base_text.replace('"id":"p"', '"id":"\\ud800"'))
raw_case("CB1001", "lone-low-surrogate-escape-in-name", base_text.replace('"zh":"项目"', '"zh":"\\udc00x"'))
raw_case("CB1001", "lone-surrogate-escape-in-member-name", base_text[:-1] + ',"\\ud83d":1}')
raw_case("CB1001", "lone-surrogate-escape-in-parameter", dumps(activity("cement.cement", "1 t", Obj([("clinkerFraction", "90 %"), ("cementType", Raw('"P\\ud800O"'))]))))
raw_case("CB1001", "surrogate-pair-split-by-text", base_text.replace('"id":"p"', '"id":"\\ud83dx\\ude00"'))
raw_case("CB1001", "raw-nul-in-string", base_text.encode().replace(b'"id":"p"', b'"id":"p\x00"'))
raw_case("CB1001", "raw-tab-in-string", base_text.replace('"id":"p"', '"id":"p\tq"'))
raw_case("CB1001", "raw-newline-in-string", base_text.replace('"id":"p"', '"id":"p\nq"'))
raw_case("CB1001", "invalid-escape", base_text.replace('"id":"p"', '"id":"\\x41"'))
raw_case("CB1001", "truncated-unicode-escape", base_text.replace('"id":"p"', '"id":"\\u12"'))
raw_case("CB1001", "single-quoted-strings", base_text.replace('"id":"p"', "'id':'p'"))
raw_case("CB1001", "unquoted-member-name", base_text.replace('"id":"p"', 'id:"p"'))
raw_case("CB1001", "unterminated-string", base_text[:30])
raw_case("CB1001", "unterminated-object", base_text[:-1])
raw_case("CB1001", "missing-comma", base_text.replace('"id":"p",', '"id":"p" '))
raw_case("CB1001", "leading-zero-number", base_text.replace('2025', '02025'))
raw_case("CB1001", "plus-sign-number", base_text.replace('2025', '+2025'))
raw_case("CB1001", "hex-number", base_text.replace('2025', '0x7E9'))
raw_case("CB1001", "fraction-without-integer-part", base_text.replace('2025', '.5'))
raw_case("CB1001", "exponent-without-digits", base_text.replace('2025', '2e'))
raw_case("CB1001", "infinity-literal", base_text.replace('2025', 'Infinity'))
raw_case("CB1001", "negative-infinity-literal", base_text.replace('2025', '-Infinity'))
raw_case("CB1001", "undefined-literal", base_text.replace('2025', 'undefined'))
raw_case("CB1001", "python-true", base_text[:-1] + ',"facts":{"a.b":True}}')
raw_case("CB1001", "second-value-after-object", base_text + "{}")
raw_case("CB1001", "garbage-after-object", base_text + " x")
raw_case("CB1001", "unclosed-block-comment", base_text[:-1] + "/* note }")
raw_case("CB1001", "depth-65-in-facts", dumps(dict(MINI, facts={"a.b": Raw("[" * 64 + "]" * 64)})))
raw_case("CB1001", "depth-10000-arrays", "[" * 10000 + "]" * 10000)
raw_case("CB1001", "depth-10000-objects", '{"a":' * 10000 + "1" + "}" * 10000)
raw_case("CB1001", "depth-10000-unclosed", "[" * 10000)
raw_case("CB1001", "depth-10000-in-parameters", dumps(activity("cement.clinker", "1 t", Raw('{"x":' + "[" * 10000 + "]" * 10000 + "}"))))

# CB1002 — the top level is not an object.
for slug, text in [("root-is-string", '"project"'), ("root-is-number", "1"), ("root-is-null", "null"), ("root-is-true", "true"),
                   ("root-is-false", "false"), ("root-is-empty-array", "[]"), ("root-is-array-of-project", "[" + base_text + "]")]:
    raw_case("CB1002", slug, text)

# CB1003 — a required member is missing (or null, which counts as missing).
case("CB1003", "missing-schema-version", with_(MINI, ["schemaVersion"]))
case("CB1003", "missing-name-zh", with_(MINI, ["name", "zh"]))
case("CB1003", "null-id", with_(MINI, ["id"], None))
case("CB1003", "null-name", with_(MINI, ["name"], None))
case("CB1003", "empty-object", {})
case("CB1003", "product-without-product", with_(BASE, ["products", 0, "product"]))
case("CB1003", "product-without-output", with_(BASE, ["products", 0, "output"]))
case("CB1003", "energy-without-carrier", with_(BASE, ["energy", 0, "carrier"]))
case("CB1003", "energy-amount-null", with_(BASE, ["energy", 0, "amount"], None))
case("CB1003", "activity-without-kind", with_(BASE, ["activities", 0, "kind"]))
case("CB1003", "activity-without-amount", with_(BASE, ["activities", 0, "amount"]))
case("CB1003", "pollutant-without-name", with_(BASE, ["pollutants", 0, "pollutant"]))
case("CB1003", "pollutant-without-amount", with_(BASE, ["pollutants", 0, "amount"]))
case("CB1003", "equal-value-without-source", with_(BASE, ["options", "equalValue", 0, "source"]))
case("CB1003", "equal-value-without-coefficient", with_(BASE, ["options", "equalValue", 0, "coefficient"]))
case("CB1003", "equal-value-without-carrier", with_(BASE, ["options", "equalValue", 0, "carrier"]))
case("CB1003", "existing-unit-consumption-without-product", with_(BASE, ["existing", "unitConsumption", 0, "product"]))
case("CB1003", "existing-unit-consumption-without-value", with_(BASE, ["existing", "unitConsumption", 0, "value"]))
case("CB1003", "location-without-type", with_(BASE, ["location", "type"]))

# CB1004 — a member has the wrong JSON type.
case("CB1004", "schema-version-as-number", with_(MINI, ["schemaVersion"], 1))
case("CB1004", "id-as-number", with_(MINI, ["id"], 42))
case("CB1004", "id-as-object", with_(MINI, ["id"], {"value": "p"}))
case("CB1004", "name-zh-as-number", with_(MINI, ["name", "zh"], 1))
case("CB1004", "name-as-array", with_(MINI, ["name"], ["项目", "Project"]))
case("CB1004", "nature-as-array", with_(MINI, ["nature"], ["new"]))
case("CB1004", "reporting-year-as-string", with_(MINI, ["reportingYear"], "2025"))
case("CB1004", "reporting-year-fractional", with_(MINI, ["reportingYear"], 2025.5))
case("CB1004", "reporting-year-1e400", with_(MINI, ["reportingYear"], Raw("1e400")))
case("CB1004", "reporting-year-beyond-int32", with_(MINI, ["reportingYear"], 4294967296))
case("CB1004", "admin-code-as-number", with_(BASE, ["adminCode"], 450800))
case("CB1004", "review-date-as-number", with_(BASE, ["reviewDate"], 20251015))
case("CB1004", "industry-codes-as-string", with_(BASE, ["industryCodes"], "C3011"))
case("CB1004", "products-as-object", with_(BASE, ["products"], {"product": "cement.clinker", "output": "1 t"}))
case("CB1004", "product-item-as-string", with_(BASE, ["products", 0], "cement.clinker"))
case("CB1004", "energy-item-as-number", with_(BASE, ["energy", 0], 21))
case("CB1004", "activities-as-object", with_(BASE, ["activities"], {}))
case("CB1004", "activity-item-as-array", with_(BASE, ["activities", 0], ["cement.clinker", "1 t"]))
case("CB1004", "parameters-as-string", with_(BASE, ["activities", 0, "parameters"], "caoFraction=65%"))
case("CB1004", "parameters-as-array", with_(BASE, ["activities", 0, "parameters"], [CLINKER]))
case("CB1004", "energy-amount-as-boolean", with_(BASE, ["energy", 0, "amount"], True))
case("CB1004", "energy-amount-as-object", with_(BASE, ["energy", 0, "amount"], {"value": 21, "unit": "万t"}))
case("CB1004", "energy-amount-as-array", with_(BASE, ["energy", 0, "amount"], [21, "万t"]))
case("CB1004", "energy-use-as-boolean", with_(BASE, ["energy", 0, "use"], True))
case("CB1004", "energy-renewable-as-string", with_(BASE, ["energy", 1, "renewable"], "false"))
case("CB1004", "energy-stage-as-number", with_(BASE, ["energy", 0, "stage"], 1))
case("CB1004", "energy-label-as-array", with_(BASE, ["energy", 0, "label"], ["煤"]))
case("CB1004", "activity-label-as-number", with_(BASE, ["activities", 0, "label"], 7))
case("CB1004", "pollutants-as-object", with_(BASE, ["pollutants"], {"SO2": "120 t"}))
case("CB1004", "facts-as-array", with_(BASE, ["facts"], [{"site.altitude": "50 m"}]))
case("CB1004", "options-as-string", with_(BASE, ["options"], "AR5"))
case("CB1004", "gwp-set-as-number", with_(BASE, ["options", "gwpSet"], 5))
case("CB1004", "electricity-factor-as-string", with_(BASE, ["options", "electricityFactor"], "mee-nbs"))
case("CB1004", "electricity-factor-year-as-string", with_(BASE, ["options", "electricityFactor", "year"], "2023"))
case("CB1004", "methods-as-array", with_(BASE, ["options", "methods"], ["china-2013"]))
case("CB1004", "method-as-number", with_(BASE, ["options", "methods", "cement"], 2013))
case("CB1004", "equal-value-as-object", with_(BASE, ["options", "equalValue"], {"carrier": "electricity"}))
case("CB1004", "equal-value-item-as-string", with_(BASE, ["options", "equalValue", 0], "0.3 kgce/kWh"))
case("CB1004", "region-as-string", with_(BASE, ["region"], "示例区"))
case("CB1004", "region-name-as-number", with_(BASE, ["region", "name"], 1))
case("CB1004", "existing-as-array", with_(BASE, ["existing"], []))
case("CB1004", "existing-unchanged-as-string", with_(BASE, ["existing", "siteProcessEquipmentUnchanged"], "no"))
case("CB1004", "existing-unit-consumption-item-as-number", with_(BASE, ["existing", "unitConsumption", 0], 118))
case("CB1004", "value-added-as-boolean", with_(BASE, ["valueAdded"], False))

# CB1005 — an unknown member (a warning: the project is still assessed).
case("CB1005", "unknown-root-member", with_(BASE, ["Id"], "x"))
case("CB1005", "unknown-name-member", with_(BASE, ["name", "fr"], "Projet"))
case("CB1005", "unknown-energy-member", with_(BASE, ["energy", 0, "price"], "800 元/t"))
case("CB1005", "unknown-options-member", with_(BASE, ["options", "gwp"], "AR5"))
case("CB1005", "unknown-location-member", with_(BASE, ["location", "properties"], {}))
case("CB1005", "fullwidth-member-name", with_(BASE, ["ｎotes"], "全角 n"))

# CB1006 — unsupported schemaVersion.
for slug, version in [("schema-version-1-0", "1.0"), ("schema-version-01", "01"), ("schema-version-v1", "v1"),
                      ("schema-version-fullwidth-1", "１"), ("schema-version-with-space", " 1")]:
    case("CB1006", slug, with_(MINI, ["schemaVersion"], version))

# CB1007 — a value is not one of the allowed words.
for slug, path, value in [
    ("nature-upper-case", ["nature"], "NEW"),
    ("nature-in-chinese", ["nature"], "新建"),
    ("energy-use-capitalised", ["energy", 0, "use"], "Fuel"),
    ("energy-direction-in", ["energy", 0, "direction"], "in"),
    ("energy-origin-solar", ["energy", 1, "origin"], "solar"),
    ("geometry-type-linestring", ["location", "type"], "LineString"),
    ("geometry-type-feature", ["location", "type"], "Feature"),
    ("geometry-type-lower-case", ["location", "type"], "point"),
    ("gwp-set-lower-case", ["options", "gwpSet"], "ar5"),
    ("gwp-set-digit", ["options", "gwpSet"], "2"),
    ("gwp-set-ar7", ["options", "gwpSet"], "AR7"),
    ("gwp-set-comma-list", ["options", "gwpSet"], "AR4,AR5"),
    ("gwp-set-padded", ["options", "gwpSet"], " AR5 "),
    ("grid-series-upper-case", ["options", "electricityFactor", "series"], "MEE-NBS"),
    ("equal-value-carrier-coal", ["options", "equalValue", 0, "carrier"], "coal.raw"),
]:
    case("CB1007", slug, with_(BASE, path, value))

# CB1008 — dates.
for slug, date in [("date-without-padding", "2025-1-5"), ("date-with-slashes", "2025/10/15"), ("date-day-first", "15-10-2025"),
                   ("date-with-time", "2025-10-15T00:00:00"), ("date-fullwidth-digits", "２０２５-10-15"), ("date-month-13", "2025-13-01"),
                   ("date-february-29-non-leap", "2025-02-29"), ("date-year-zero", "0000-01-01")]:
    case("CB1008", slug, with_(BASE, ["reviewDate"], date))

# CB1009 — numbers out of range.
for slug, year in [("reporting-year-1989", 1989), ("reporting-year-2101", 2101), ("reporting-year-negative", -2025), ("reporting-year-zero", 0)]:
    case("CB1009", slug, with_(MINI, ["reportingYear"], year))
case("CB1009", "grid-year-1999", with_(BASE, ["options", "electricityFactor", "year"], 1999))
case("CB1009", "grid-year-2101", with_(BASE, ["options", "electricityFactor", "year"], 2101))

# CB1011 — arrays beyond their limit (equalValue: 16; the others 10 000).
case("CB1011", "equal-value-17-items", with_(BASE, ["options", "equalValue"], [BASE["options"]["equalValue"][0]] * 17))
case("CB1011", "industry-codes-10001", with_(BASE, ["industryCodes"], ["C3011"] * 10001))
case("CB1011", "pollutants-10001", with_(BASE, ["pollutants"], [1] * 10001))
# Arrays the reader never visits are held to the same limit, anywhere in the file (finding F7).
case("CB1011", "fact-array-10001-strings", with_(BASE, ["facts", "site.flag"], ["x"] * 10001))
case("CB1011", "notes-array-10001", with_(BASE, ["notes"], [0] * 10001))
case("CB1011", "replaces-kilns-10001", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "replacesKilns": ["earth"] * 10001}))
case("CB1011", "carbonates-10001", activity("cement.clinker", "1万 t", {"carbonates": [1] * 10001}, methods={"cement": "ipcc-tier3"}))
# Members over the whole file (50 000 by default) and strings over 10 000 characters (finding F7).
case("CB1026", "facts-50001-members", with_(MINI, ["facts"], {f"f{i}": 1 for i in range(50001)}))
case("CB1026", "unknown-members-over-several-objects", dict(MINI, activities=[{"kind": "cement.clinker", "amount": "1 t", "parameters": {f"p{i}": 1 for i in range(10000)}}] * 6))
case("CB1025", "id-10001-characters", with_(MINI, ["id"], "项" * 10001))
case("CB1025", "label-10001-characters", with_(BASE, ["energy", 0, "label"], "x" * 10001))
case("CB1025", "member-name-10001-characters", with_(MINI, ["n" * 10001], 1))
case("CB1025", "escaped-string-10001-characters", with_(MINI, ["notes"], Raw('"' + "\\u9879" * 10001 + '"')))

# CB1012 — a product listed twice.
case("CB1012", "duplicate-product-other-label", with_(BASE, ["products"], [BASE["products"][0], dict(BASE["products"][0], label="二线")]))

# CB1014 — blank strings.
for slug, path, value in [("blank-name-zh", ["name", "zh"], ""), ("blank-name-en-spaces", ["name", "en"], "   "),
                          ("blank-carrier", ["energy", 0, "carrier"], ""), ("blank-kind", ["activities", 0, "kind"], " "),
                          ("blank-schema-version", ["schemaVersion"], ""), ("blank-nature", ["nature"], "\t"),
                          ("ideographic-space-id", ["id"], "\u3000"), ("blank-energy-label", ["energy", 0, "label"], ""),
                          ("blank-review-date", ["reviewDate"], ""), ("blank-grid-region", ["options", "electricityFactor", "region"], " ")]:
    case("CB1014", slug, with_(BASE, path, value))

# CB1015 — invalid geometry.
for slug, location in [
    ("location-as-string", "109.6,23.1"),
    ("location-as-array", [109.6, 23.1]),
    ("point-with-four-numbers", {"type": "Point", "coordinates": [109.6, 23.1, 0, 1]}),
    ("point-with-strings", {"type": "Point", "coordinates": ["109.6", "23.1"]}),
    ("point-nested", {"type": "Point", "coordinates": [[109.6, 23.1]]}),
    ("point-without-coordinates", {"type": "Point"}),
    ("point-coordinates-object", {"type": "Point", "coordinates": {"lon": 109.6, "lat": 23.1}}),
    ("point-with-null", {"type": "Point", "coordinates": [None, 23.1]}),
    ("polygon-empty", {"type": "Polygon", "coordinates": []}),
    ("polygon-ring-three-positions", {"type": "Polygon", "coordinates": [[[109.6, 23.1], [109.7, 23.1], [109.6, 23.1]]]}),
    ("polygon-ring-not-array", {"type": "Polygon", "coordinates": [{"ring": 1}]}),
    ("polygon-flat-positions", {"type": "Polygon", "coordinates": [[109.6, 23.1], [109.7, 23.1], [109.7, 23.2], [109.6, 23.1]]}),
    ("multipolygon-empty", {"type": "MultiPolygon", "coordinates": []}),
    ("multipolygon-of-rings", {"type": "MultiPolygon", "coordinates": [[[109.6, 23.1], [109.7, 23.1], [109.7, 23.2], [109.6, 23.1]]]}),
    ("multipolygon-second-ring-unclosed", {"type": "MultiPolygon", "coordinates": [[[[109.6, 23.1], [109.7, 23.1], [109.7, 23.2], [109.6, 23.1]]],
                                                                                     [[[110.6, 23.1], [110.7, 23.1], [110.7, 23.2], [110.6, 23.2]]]]}),
]:
    case("CB1015", slug, with_(BASE, ["location"], location))

# CB1016 — coordinates out of range (including numbers JSON can write but doubles cannot hold).
for slug, coordinates in [("longitude-181", [181, 23.1]), ("longitude-below-minus-180", [-180.0001, 23.1]), ("latitude-minus-91", [109.6, -91]),
                          ("longitude-1e400", [Raw("1e400"), 23.1]), ("latitude-minus-1e400", [109.6, Raw("-1e400")]), ("longitude-1e308", [1e308, 23.1])]:
    case("CB1016", slug, with_(BASE, ["location"], {"type": "Point", "coordinates": coordinates}))

# CB1017 — outside China (warning: swapped coordinates).
case("CB1017", "swapped-lon-lat-urumqi", with_(BASE, ["location", "coordinates"], [43.8, 87.6]))

# CB1018, CB1019 — administrative and industry codes.
for slug, code in [("admin-code-five-digits", "45080"), ("admin-code-seven-digits", "4508001"), ("admin-code-fullwidth-digits", "４５０８００"),
                   ("admin-code-with-dash", "450-800")]:
    case("CB1018", slug, with_(BASE, ["adminCode"], code))
for slug, codes in [("industry-code-six-chars", ["C30111"]), ("industry-code-no-letter", ["3011"]), ("industry-code-two-letters", ["CC301"]),
                    ("industry-code-letter-only", ["C"]), ("industry-code-number", [3011]), ("industry-code-null", [None]),
                    ("industry-code-fullwidth-letter", ["Ｃ3011"]), ("industry-code-one-bad-of-two", ["C3011", "C30-11"])]:
    case("CB1019", slug, with_(BASE, ["industryCodes"], codes))

# CB1020 — a member twice, at every level (JSON allows it; Carbon does not guess which one is meant).
case("CB1020", "duplicate-root-id", dup(BASE, [], "id", "other"))
raw_case("CB1020", "duplicate-id-spelled-with-escape", base_text[:-1] + ',"\\u0069d":"again"}')
case("CB1020", "duplicate-name-zh", dup(BASE, ["name"], "zh", "另一个"))
case("CB1020", "duplicate-product-member", dup(BASE, ["products", 0], "output", "1 t"))
case("CB1020", "duplicate-energy-amount", dup(BASE, ["energy", 0], "amount", "22万 t"))
case("CB1020", "duplicate-activity-kind", dup(BASE, ["activities", 0], "kind", "cement.cement"))
case("CB1020", "duplicate-parameter", dup(BASE, ["activities", 0, "parameters"], "caoFraction", "66 %"))
case("CB1020", "duplicate-location-type", dup(BASE, ["location"], "type", "Polygon"))
case("CB1020", "duplicate-gwp-set", dup(BASE, ["options"], "gwpSet", "AR6"))
case("CB1020", "duplicate-method", dup(BASE, ["options", "methods"], "cement", "ipcc-tier1"))
case("CB1020", "duplicate-grid-year", dup(BASE, ["options", "electricityFactor"], "year", 2022))
case("CB1020", "duplicate-fact", dup(BASE, ["facts"], "site.altitude", "60 m"))
case("CB1020", "duplicate-region-name", dup(BASE, ["region"], "name", "乙"))
case("CB1020", "duplicate-existing-member", dup(BASE, ["existing"], "annualEnergy", "1 tce"))
case("CB1020", "duplicate-pollutant-member", dup(BASE, ["pollutants", 0], "amount", "1 t"))
case("CB1020", "duplicate-equal-value-member", dup(BASE, ["options", "equalValue", 0], "source", "again"))
case("CB1020", "duplicate-unit-consumption-member", dup(BASE, ["existing", "unitConsumption", 0], "value", "1 kgce/t"))

# CB1022, CB1023 — facts.
for slug, value in [("fact-null", None), ("fact-1e16", 1e16), ("fact-1e400", Raw("1e400")), ("fact-array-of-numbers", [1, 2]),
                    ("fact-mixed-array", ["a", 1]), ("fact-nested-array", [["a"]])]:
    case("CB1022", slug, with_(BASE, ["facts", "site.flag"], value))
for slug, key in [("fact-key-starts-with-digit", "1site"), ("fact-key-empty", ""), ("fact-key-with-space", "site altitude"),
                  ("fact-key-with-slash", "site/altitude"), ("fact-key-101-chars", "a" * 101), ("fact-key-chinese", "站点.海拔"),
                  ("fact-key-starts-with-dash", "-site"), ("fact-key-upper-case-inside", "site.Altitude")]:
    case("CB1023", slug, with_(BASE, ["facts", key], "1 m"))

# CB1024 — review date long after the reporting year (warning).
case("CB1024", "review-date-2040-reporting-2026", with_(BASE, ["reviewDate"], "2040-01-01"))

# CB1201 … CB1211 — energy lines against the carrier catalogue.
for slug, carrier in [("carrier-capitalised", "Coal.Raw"), ("carrier-coal", "coal"), ("carrier-in-chinese", "原煤"), ("carrier-trailing-space", "coal.raw ")]:
    case("CB1201", slug, energy(dict(COAL, carrier=carrier)))
for slug, line in [("natural-gas-in-tonnes", {"carrier": "natural-gas", "amount": "100 t"}), ("diesel-in-cubic-metres", {"carrier": "diesel", "amount": "100 m³"}),
                   ("heat-in-tonnes", {"carrier": "heat", "amount": "100 t"}), ("electricity-in-tce", {"carrier": "electricity", "amount": "100 tce"}),
                   ("coal-in-gigajoules", {"carrier": "coal.raw", "amount": "100 GJ"}), ("steam-in-gigajoules", {"carrier": "steam", "amount": "100 GJ", "enthalpy": "2777 kJ/kg"})]:
    case("CB1202", slug, energy(line))
for slug, ncv in [("natural-gas-ncv-per-tonne", "20 GJ/t"), ("natural-gas-ncv-energy-only", "20 GJ"), ("natural-gas-ncv-pure-number", "0.5 %")]:
    case("CB1203", slug, energy({"carrier": "natural-gas", "amount": "100万 Nm³", "ncv": ncv}))
case("CB1204", "steam-with-null-enthalpy", energy({"carrier": "steam", "amount": "100 t", "enthalpy": None}))
for slug, line in [("ncv-on-electricity", {"carrier": "electricity", "amount": "1 kWh", "ncv": "1 GJ/kWh"}),
                   ("carbon-content-on-heat", {"carrier": "heat", "amount": "1 GJ", "carbonContent": "26 tC/TJ"}),
                   ("oxidation-on-electricity", {"carrier": "electricity", "amount": "1 kWh", "oxidation": "98 %"}),
                   ("emission-factor-on-coal", {"carrier": "coal.raw", "amount": "1 t", "emissionFactor": "0.09 tCO2/GJ"}),
                   ("enthalpy-on-electricity", {"carrier": "electricity", "amount": "1 kWh", "enthalpy": "2777 kJ/kg"}),
                   ("origin-on-steam", {"carrier": "steam", "amount": "1 t", "enthalpy": "2777 kJ/kg", "origin": "waste-heat"}),
                   ("feedstock-steam", {"carrier": "steam", "amount": "1 t", "enthalpy": "2777 kJ/kg", "use": "feedstock"}),
                   ("on-site-renewable-heat", {"carrier": "heat", "amount": "1 GJ", "origin": "on-site-renewable"})]:
    case("CB1205", slug, energy(line))
for slug, coefficient in [("equal-value-per-tonne", "0.3 kgce/t"), ("equal-value-mass-per-energy", "0.3 kg/kWh")]:
    case("CB1210", slug, with_(BASE, ["options", "equalValue", 0, "coefficient"], coefficient))
for slug, output in [("product-output-per-day", "5000 t/d"), ("product-output-energy", "100 GJ"), ("product-output-percent", "50 %"), ("product-output-tce", "1 tce")]:
    case("CB1211", slug, with_(BASE, ["products", 0, "output"], output))

# CB13xx — activity lines against their plugin's descriptor.
for slug, kind in [("kind-capitalised", "cement.Clinker"), ("kind-without-plugin-prefix", "clinker"), ("kind-of-unknown-sector", "steel.blast-furnace"),
                   ("kind-in-chinese", "水泥熟料")]:
    case("CB1301", slug, activity(kind, "1 t"))
for slug, kind, amount, params in [("clinker-in-cubic-metres", "cement.clinker", "100 m³", CLINKER),
                                   ("lime-kiln-in-tonnes", "lime.kiln", "300 t", {"kilnType": "twin-shaft"}),
                                   ("ready-mix-in-tonnes", "concrete.ready-mix", "100 t", {}),
                                   ("lime-production-per-day", "lime.production", "300 t/d", {"limeType": "high-calcium"}),
                                   ("alternative-fuel-in-gigajoules", "cement.alternative-fuel", "100 GJ", {"heatingValue": "20 GJ/t", "emissionFactor": "0.08 tCO2/GJ", "nonBiomassCarbonShare": "50 %"})]:
    case("CB1302", slug, activity(kind, amount, params))
case("CB1303", "unknown-clinker-parameter", activity("cement.clinker", "1万 t", dict(CLINKER, caoFraktion="65 %")))
case("CB1303", "unknown-ready-mix-parameter", activity("concrete.ready-mix", "1 m³", {"colour": "grey"}))
for slug, kind, amount, params in [("cement-without-clinker-fraction", "cement.cement", "1万 t", {}),
                                   ("raw-meal-without-carbon-fraction", "cement.raw-meal-carbon", "1万 t", {}),
                                   ("alternative-fuel-without-heating-value", "cement.alternative-fuel", "100 t", {"emissionFactor": "0.08 tCO2/GJ", "nonBiomassCarbonShare": "50 %"}),
                                   ("carbonate-input-without-carbonate", "lime.carbonate-input", "1万 t", {"calcinationFraction": "98 %"}),
                                   ("carbonate-input-without-calcination", "lime.carbonate-input", "1万 t", {"carbonate": "calcite"}),
                                   ("lime-kiln-without-kiln-type", "lime.kiln", "300 t/d", {}),
                                   ("carbonate-input-with-null-carbonate", "lime.carbonate-input", "1万 t", {"carbonate": None, "calcinationFraction": "98 %"}),
                                   ("alternative-fuel-with-null-heating-value", "cement.alternative-fuel", "100 t", {"heatingValue": None, "emissionFactor": "0.08 tCO2/GJ", "nonBiomassCarbonShare": "50 %"})]:
    case("CB1304", slug, activity(kind, amount, params))
for slug, kind, amount, params in [("boolean-parameter-as-string", "cement.cement", "1万 t", {"clinkerFraction": "90 %", "grindingStationOnly": "true"}),
                                   ("text-parameter-as-number", "cement.cement", "1万 t", {"clinkerFraction": "90 %", "cementType": 42.5}),
                                   ("choice-parameter-as-number", "lime.kiln", "300 t/d", {"kilnType": 3}),
                                   ("choice-parameter-as-array", "cement.clinker", "1万 t", dict(CLINKER, kilnType=["shaft"])),
                                   ("boolean-parameter-as-number", "concrete.ready-mix", "1 m³", {"inPark": 1})]:
    case("CB1305", slug, activity(kind, amount, params))
for slug, kind, amount, params in [("kiln-type-nsp", "cement.clinker", "1万 t", dict(CLINKER, kilnType="NSP")),
                                   ("lime-type-quicklime", "lime.production", "1万 t", {"limeType": "quicklime"}),
                                   ("technology-modern", "lime.production", "1万 t", {"limeType": "dolomitic", "technology": "modern"}),
                                   ("carbonate-limestone", "lime.carbonate-input", "1万 t", {"carbonate": "limestone", "calcinationFraction": "98 %"}),
                                   ("strength-class-lower-case", "concrete.ready-mix", "1 m³", {"strengthClass": "c30"}),
                                   ("dust-basis-estimated", "concrete.ready-mix", "1 m³", {"dustEmission": "1 t/a", "dustEmissionBasis": "estimated"}),
                                   ("ckd-carbonate-chalk", "cement.clinker", "1万 t", dict(CLINKER, ckdCarbonate="chalk")),
                                   ("lime-kiln-type-tunnel", "lime.kiln", "300 t/d", {"kilnType": "tunnel"}),
                                   ("lost-dust-carbonate-x", "lime.carbonate-input", "1万 t", {"carbonate": "calcite", "calcinationFraction": "98 %", "lostDustCarbonate": "x"})]:
    case("CB1306", slug, activity(kind, amount, params))
for slug, kind, amount, params in [("cao-fraction-101-percent", "cement.clinker", "1万 t", dict(CLINKER, caoFraction="101 %")),
                                   ("cao-fraction-negative", "cement.clinker", "1万 t", dict(CLINKER, caoFraction="-1 %")),
                                   ("cao-fraction-1-5", "cement.clinker", "1万 t", dict(CLINKER, caoFraction=1.5)),
                                   ("ckd-correction-below-one", "cement.clinker", "1万 t", {"caoFraction": "65 %", "ckdCorrectionFactor": 0.9}),
                                   ("lkd-correction-half", "lime.production", "1万 t", {"limeType": "high-calcium", "lkdCorrection": 0.5}),
                                   ("lime-kiln-count-zero", "lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "count": 0}),
                                   ("mixing-lines-zero", "concrete.ready-mix", "1 m³", {"mixingLines": 0}),
                                   ("distance-negative", "concrete.ready-mix", "1 m³", {"distanceToHomes": "-5 m"}),
                                   ("kiln-head-dust-negative", "cement.clinker", "1万 t", dict(CLINKER, kilnHeadDust="-1 t")),
                                   ("clinker-capacity-negative", "cement.clinker", "1万 t", dict(CLINKER, clinkerCapacity="-1 t/d")),
                                   ("oxide-content-150-percent", "lime.production", "1万 t", {"limeType": "high-calcium", "oxideContent": "150 %"}),
                                   ("replaced-capacity-negative", "lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "replacedCapacity": "-1 t/d"}),
                                   ("clinker-fraction-permille-over", "cement.cement", "1万 t", {"clinkerFraction": "1001 ‰"}),
                                   ("calcination-fraction-over-one", "lime.carbonate-input", "1万 t", {"carbonate": "calcite", "calcinationFraction": "100.1 %"})]:
    case("CB1307", slug, activity(kind, amount, params))
case("CB1310", "method-for-capitalised-plugin", activity("cement.clinker", "1万 t", CLINKER, methods={"Cement": "china-2013"}))
case("CB1310", "method-for-steel-not-loaded", activity("cement.clinker", "1万 t", CLINKER, methods={"steel": "worldsteel"}))
case("CB1311", "lime-method-tier4", activity("lime.production", "1万 t", {"limeType": "high-calcium"}, methods={"lime": "ipcc-tier4"}))
case("CB1311", "concrete-method-unknown", activity("concrete.ready-mix", "1 m³", {}, methods={"concrete": "gb36888-2019"}))
case("CB1311", "cement-method-upper-case", activity("cement.clinker", "1万 t", CLINKER, methods={"cement": "CHINA-2013"}))

# CB2001 — quantities that cannot be read (the parser's cases are in quantities.json; these show each member path).
for slug, path, text in [
    ("product-output-without-unit", ["products", 0, "output"], "1550000"),
    ("product-capacity-unknown-unit", ["products", 0, "capacity"], "5000 tpd"),
    ("energy-amount-empty", ["energy", 0, "amount"], ""),
    ("energy-amount-too-long", ["energy", 0, "amount"], "1" + " " * 200 + "t"),
    ("energy-amount-infinite-unit-multipliers", ["energy", 0, "amount"], "1 t·" + "亿" * 39 + "1"),
    ("oxidation-nan-from-multipliers", ["energy", 0, "oxidation"], "1 1·" + "亿" * 39 + "1/1·" + "亿" * 39 + "1"),
    ("product-output-1e-300", ["products", 0, "output"], "1e-300 t"),
    ("energy-amount-1e-40-tonnes", ["energy", 0, "amount"], "1e-40 t"),
    ("ncv-chinese-numeral", ["energy", 0, "ncv"], "二十 GJ/t"),
    ("ncv-number-with-underscore", ["energy", 0, "ncv"], "20_908 GJ/t"),
    ("value-added-exponent-five-digits", ["valueAdded"], "1e00005 元"),
    ("region-energy-decimal-comma", ["region", "baseYearEnergy"], "1200,5万 tce"),
    ("existing-value-unit-typo", ["existing", "unitConsumption", 0, "value"], "118 kgce/tt"),
    ("activity-amount-nan", ["activities", 0, "amount"], "NaN t"),
    ("parameter-fraction-without-unit-as-string", ["activities", 0, "parameters", "caoFraction"], "65"),
    ("pollutant-amount-1e16", ["pollutants", 0, "amount"], "1e16 t"),
    ("equal-value-coefficient-unit-only", ["options", "equalValue", 0, "coefficient"], "kgce/kWh"),
    ("fraction-as-number-1e16", ["activities", 0, "parameters", "mgoFraction"], Raw("1e16")),
]:
    case("CB2001", slug, with_(BASE, path, text))
case("CB2001", "count-as-string-number", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "count": "2"}))

# CB2002 — quantities of the wrong dimension.
for slug, path, text in [("carbon-content-per-tonne", ["energy", 0, "carbonContent"], "26 tC/t"), ("oxidation-in-tonnes", ["energy", 0, "oxidation"], "0.94 t"),
                         ("region-energy-in-tonnes", ["region", "baseYearEnergy"], "1200万 t"), ("region-gdp-in-tonnes", ["region", "baseYearGdp"], "800亿 t"),
                         ("energy-quota-in-gigajoules", ["region", "energyIncrementQuota"], "150 GJ"), ("existing-energy-in-tonnes", ["existing", "annualEnergy"], "8000 t"),
                         ("pollutant-in-cubic-metres", ["pollutants", 0, "amount"], "12 m³"), ("cao-fraction-in-tonnes", ["activities", 0, "parameters", "caoFraction"], "65 t"),
                         ("emission-factor-on-electricity-per-tonne", ["energy", 1, "emissionFactor"], "0.5 kgCO2/t")]:
    case("CB2002", slug, with_(BASE, path, text))
case("CB2002", "enthalpy-without-per-mass", energy({"carrier": "steam", "amount": "1 t", "enthalpy": "2777 kJ"}))
case("CB2002", "heating-value-energy-only", activity("cement.alternative-fuel", "100 t", {"heatingValue": "35 GJ", "emissionFactor": "0.08 tCO2/GJ", "nonBiomassCarbonShare": "50 %"}))
case("CB2002", "ckd-correction-in-tonnes", activity("cement.clinker", "1万 t", {"caoFraction": "65 %", "ckdCorrectionFactor": "1.02 t"}, methods={"cement": "ipcc-tier2"}))

# CB2003 — negative where it cannot be.
for slug, path, text in [("ncv-negative", ["energy", 0, "ncv"], "-20 GJ/t"), ("ncv-zero", ["energy", 0, "ncv"], "0 GJ/t"),
                         ("carbon-content-negative", ["energy", 0, "carbonContent"], "-26 tC/TJ"), ("product-output-negative", ["products", 0, "output"], "-1 t"),
                         ("capacity-negative", ["products", 0, "capacity"], "-5000 t/d"), ("value-added-negative", ["valueAdded"], "-1 元"),
                         ("pollutant-negative", ["pollutants", 0, "amount"], "-12 t"), ("equal-value-negative", ["options", "equalValue", 0, "coefficient"], "-0.3 kgce/kWh"),
                         ("existing-energy-negative", ["existing", "annualEnergy"], "-1 tce"), ("activity-amount-negative", ["activities", 0, "amount"], "-1 t"),
                         ("energy-amount-unicode-minus", ["energy", 0, "amount"], "\u22125 t"), ("energy-amount-fullwidth-minus", ["energy", 0, "amount"], "－5 t")]:
    case("CB2003", slug, with_(BASE, path, text))
case("CB2003", "enthalpy-negative", energy({"carrier": "steam", "amount": "1 t", "enthalpy": "-2777 kJ/kg"}))
case("CB2003", "grid-emission-factor-negative", energy({"carrier": "electricity", "amount": "1 kWh", "emissionFactor": "-0.5 kgCO2/kWh"}))

# CB2004 — fractions above 100 %.
for slug, text in [("oxidation-100-5-percent", "100.5 %"), ("oxidation-two", 2), ("oxidation-just-above-one", "1.0000001 1")]:
    case("CB2004", slug, with_(BASE, ["energy", 0, "oxidation"], text))

# CB3103 (warning), CB4001, CB4002 — accounting and factors.
case("CB3103", "product-output-zero", with_(BASE, ["products", 0, "output"], "0 t"))
case("CB4001", "washed-coal-without-ncv", energy({"carrier": "coal.washed", "amount": "1万 t"}))
case("CB4002", "grid-factor-carbon-market-2010", with_(BASE, ["options", "electricityFactor"], {"series": "carbon-market", "year": 2010}))
case("CB4002", "grid-factor-region-mars", with_(BASE, ["options", "electricityFactor", "region"], "火星"))

# Cement plugin (CB71xx, docs/methodology/cement.md).
# A required parameter given as null is missing: the core says so (CB1304) before the plugin sees the line (it used to
# pass the core's check and reach the plugin, which answered CB7103).
case("CB1304", "cement-with-null-clinker-fraction", activity("cement.cement", "1万 t", {"clinkerFraction": None}))
case("CB7103", "china-2013-without-cao", activity("cement.clinker", "1万 t", {"mgoFraction": "2 %"}))
case("CB7103", "china-2013-without-mgo", activity("cement.clinker", "1万 t", {"caoFraction": "65 %"}))
case("CB7103", "tier2-without-cao", activity("cement.clinker", "1万 t", {}, methods={"cement": "ipcc-tier2"}))
case("CB7103", "tier3-without-carbonates", activity("cement.clinker", "1万 t", {}, methods={"cement": "ipcc-tier3"}))
case("CB7106", "non-carbonate-cao-above-total", activity("cement.clinker", "1万 t", dict(CLINKER, nonCarbonateCaoFraction="70 %")))
case("CB7106", "non-carbonate-mgo-above-total", activity("cement.clinker", "1万 t", dict(CLINKER, nonCarbonateMgoFraction="3 %")))
case("CB7108", "tier2-with-mgo-unused", activity("cement.clinker", "1万 t", {"caoFraction": "65 %", "mgoFraction": "2 %"}, methods={"cement": "ipcc-tier2"}))
case("CB7113", "tier2-ckd-lost-alone", activity("cement.clinker", "1万 t", {"caoFraction": "65 %", "ckdLost": "100 t"}, methods={"cement": "ipcc-tier2"}))
case("CB7113", "tier2-ckd-factor-and-dust", activity("cement.clinker", "1万 t", {"caoFraction": "65 %", "ckdCorrectionFactor": 1.01, "ckdLost": "100 t",
                                                                                   "ckdCarbonateFraction": "50 %", "ckdCalcinationFraction": "100 %"}, methods={"cement": "ipcc-tier2"}))
case("CB7114", "clinker-imports-above-clinker-in-cement", activity("cement.cement", "1万 t", {"clinkerFraction": "90 %", "clinkerImports": "2万 t"}))
case("CB7117", "replacement-not-array", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement={"province": "450000"})))
case("CB7117", "replacement-item-string", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=["450000"])))
case("CB7117", "replacement-province-four-digits", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=[dict(REPLACEMENT[0], province="4500")])))
case("CB7117", "replacement-class-banned", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=[dict(REPLACEMENT[0], catalogueClass="banned")])))
case("CB7117", "replacement-capacity-in-tonnes", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=[dict(REPLACEMENT[0], capacity="4000 t")])))
case("CB7117", "replacement-unknown-member", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=[dict(REPLACEMENT[0], year=2020)])))
case("CB7117", "replacement-capacity-infinite", activity("cement.clinker", "1万 t", dict(CLINKER, capacityReplacement=[dict(REPLACEMENT[0], capacity="1 t/d·" + "亿" * 39 + "1")])))
case("CB7119", "carbonates-empty", activity("cement.clinker", "1万 t", {"carbonates": []}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonates-object", activity("cement.clinker", "1万 t", {"carbonates": CARBONATES[0]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-limestone", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], carbonate="limestone")]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-mass-negative", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], mass="-1 t")]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-mass-in-cubic-metres", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], mass="1 m³")]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-calcination-missing", activity("cement.clinker", "1万 t", {"carbonates": [{"carbonate": "calcite", "mass": "1 t"}]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-calcination-over-one", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], calcinationFraction="120 %")]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-unknown-member", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], purity="96 %")]}, methods={"cement": "ipcc-tier3"}))
case("CB7119", "carbonate-mass-nan-multipliers", activity("cement.clinker", "1万 t", {"carbonates": [dict(CARBONATES[0], mass="1 t·" + "亿" * 39 + "1/1·" + "亿" * 39 + "1")]}, methods={"cement": "ipcc-tier3"}))

# Lime plugin (CB72xx, docs/methodology/lime.md).
TIER2 = {"lime": "ipcc-tier2"}
case("CB7202", "tier3-for-lime-production", activity("lime.production", "1万 t", {"limeType": "high-calcium"}, methods={"lime": "ipcc-tier3"}))
case("CB7210", "tier2-without-lime-type", activity("lime.production", "1万 t", {}, methods=TIER2))
case("CB7211", "dolomitic-without-technology", activity("lime.production", "1万 t", {"limeType": "dolomitic"}))
case("CB7212", "technology-for-high-calcium", activity("lime.production", "1万 t", {"limeType": "high-calcium", "technology": "developed"}))
TIER1 = {"lime": "ipcc-tier1"}
case("CB7213", "oxide-content-under-tier1", activity("lime.production", "1万 t", {"limeType": "high-calcium", "oxideContent": "95 %"}, methods=TIER1))
case("CB7214", "hydrated-share-without-water", activity("lime.production", "1万 t", {"limeType": "high-calcium", "hydratedLimeShare": "10 %"}, methods=TIER2))
case("CB7215", "water-without-hydrated-share", activity("lime.production", "1万 t", {"limeType": "high-calcium", "hydratedLimeWaterContent": "28 %"}, methods=TIER2))
case("CB7216", "lkd-factor-and-dust", activity("lime.production", "1万 t", {"limeType": "high-calcium", "lkdCorrection": 1.01, "lkdMass": "10 t",
                                                                            "lkdCarbonateFraction": "50 %", "lkdCalcinationFraction": "50 %"}, methods=TIER2))
case("CB7217", "lkd-mass-alone", activity("lime.production", "1万 t", {"limeType": "high-calcium", "lkdMass": "10 t"}, methods=TIER2))
case("CB7218", "tier1-without-lime-type", activity("lime.production", "1万 t", {}, methods=TIER1))
case("CB7221", "lost-dust-mass-alone", activity("lime.carbonate-input", "1万 t", {"carbonate": "calcite", "calcinationFraction": "98 %", "lostDustMass": "10 t"}))
case("CB7222", "lost-dust-exceeds-gross", activity("lime.carbonate-input", "1 t", {"carbonate": "calcite", "calcinationFraction": "1 %", "lostDustMass": "1万 t",
                                                                                     "lostDustCarbonateFraction": "100 %", "lostDustCalcinationFraction": "0 %"}))
case("CB7230", "replaces-kilns-string", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "replacesKilns": "ordinary-shaft"}))
case("CB7230", "replaces-kilns-unknown-type", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "replacesKilns": ["tunnel"]}))
case("CB7230", "replaces-kilns-numbers", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "replacesKilns": [1, 2]}))
case("CB7231", "kiln-count-fractional", activity("lime.kiln", "300 t/d", {"kilnType": "twin-shaft", "count": 1.5}))

# Concrete plugin (CB73xx, docs/methodology/concrete.md).
def mix(parameters, amount="1万 m³"):
    return activity("concrete.ready-mix", amount, parameters)


case("CB7302", "ready-mix-zero-output", mix({}, "0 m³"))
case("CB7304", "mixing-lines-fractional", mix({"mixingLines": 1.5}))
case("CB7307", "dust-without-basis", mix({"dustEmission": "1 t/a"}))
case("CB7308", "basis-without-dust", mix({"dustEmissionBasis": "measured"}))
case("CB7310", "embodied-string", mix({"embodied": "materials"}))
case("CB7310", "embodied-array", mix({"embodied": [{"cementPerM3": "300 kg"}]}))
case("CB7311", "embodied-unknown-member", mix({"embodied": {"cementPerM3": "300 kg", "waterPerM3": "170 kg"}}))
case("CB7311", "embodied-duplicate-member", mix({"embodied": Obj([("cementPerM3", "300 kg"), ("cementPerM3", "320 kg")])}))
case("CB7312", "embodied-basis-unknown", mix({"embodied": {"basis": "volume"}}))
case("CB7313", "strength-basis-without-class", mix({"embodied": {"basis": "strength-class"}}))
case("CB7314", "strength-basis-class-without-factor", mix({"strengthClass": "C15", "embodied": {"basis": "strength-class"}}))
case("CB7315", "strength-basis-with-contents", mix({"strengthClass": "C30", "embodied": {"basis": "strength-class", "cementPerM3": "300 kg"}}))
case("CB7316", "cement-content-negative", mix({"embodied": {"cementPerM3": "-300 kg"}}))
case("CB7316", "cement-content-in-cubic-metres", mix({"embodied": {"cementPerM3": "0.1 m³"}}))
case("CB7317", "embodied-empty", mix({"embodied": {}}))
case("CB7318", "others-not-array", mix({"embodied": {"cementPerM3": "300 kg", "others": {"name": "fly ash"}}}))
case("CB7318", "others-item-without-name", mix({"embodied": {"cementPerM3": "300 kg", "others": [{"perM3": "50 kg", "factor": "0.01 tCO2e/t", "source": "x"}]}}))

# Warnings that must be raised on otherwise valid input.
case("CB4100", "coke-coal-equivalent-unconfirmed", energy({"carrier": "coke", "amount": "1000 t"}))
case("CB4105", "renewable-grid-electricity", energy({"carrier": "electricity", "amount": "100 kWh", "renewable": True}))


# ---------------------------------------------------------------------------------------------------------------
# Quantity texts: the parser's answer (QuantityParseError) for each; the replay also writes each into a project's
# energy amount, where any error is CB2001.
QUANTITIES = [
    ("", "Empty", "nothing at all"), ("   ", "Empty", "blanks"), ("\u3000", "Empty", "an ideographic space"),
    ("1" * 201, "TooLong", "201 characters"), ("1 " + "t" * 199, "TooLong", "201 characters with a unit"),
    ("t", "InvalidNumber", "a unit alone"), ("kgce/t", "InvalidNumber", "a ratio unit alone"), ("1.2.3 t", "InvalidNumber", "two points"),
    ("1,00 t", "InvalidNumber", "a decimal comma"), ("1,5 t", "InvalidNumber", "a decimal comma, one digit"), ("1234,567 t", "InvalidNumber", "a comma after four digits"),
    ("1,2345 t", "InvalidNumber", "a group of four"), (",100 t", "InvalidNumber", "a leading comma"), ("NaN t", "InvalidNumber", "NaN"),
    ("Infinity t", "InvalidNumber", "Infinity"), ("-Infinity t", "InvalidNumber", "negative infinity"), ("∞ t", "InvalidNumber", "the infinity sign"),
    ("0x10 t", "UnknownUnit", "hexadecimal reads 0, then the unit x10 t"), ("1e99999 t", "InvalidNumber", "a five-digit exponent"), ("1e400 t", "InvalidNumber", "an exponent beyond double"),
    ("十 t", "InvalidNumber", "a Chinese numeral"), ("一万 t", "InvalidNumber", "a Chinese numeral before 万"), ("万 t", "InvalidNumber", "万 without a number"),
    ("+-1 t", "InvalidNumber", "two signs"), ("--1 t", "InvalidNumber", "double minus"), ("1.5.t", "InvalidNumber", "a point before the unit"),
    (". t", "InvalidNumber", "a point alone"), ("1_000 t", "UnknownUnit", "an underscore separator reads 1, then '_000 t'"),
    ("1", "MissingUnit", "a bare number"), ("155万", "MissingUnit", "a number with 万 and no unit"), ("2.5亿", "MissingUnit", "亿 and no unit"),
    ("1e5", "MissingUnit", "an exponent and no unit"), ("1 tonnes", "UnknownUnit", "an English word"), ("1 T", "UnknownUnit", "upper-case T"),
    ("1 KG", "UnknownUnit", "upper-case KG"), ("1 kwh", "UnknownUnit", "lower-case kwh"), ("1 t/", "UnknownUnit", "a trailing slash"),
    ("1 /t", "UnknownUnit", "a leading slash"), ("1 (t", "UnknownUnit", "an unclosed group"), ("1 t)", "UnknownUnit", "a stray closing bracket"),
    ("1 ()", "UnknownUnit", "an empty group"), ("1 t//d", "UnknownUnit", "a double slash"), ("1 t··d", "UnknownUnit", "a double dot"),
    ("1 t t", "UnknownUnit", "t followed by t"), ("1 kg CO2 CH4", "UnknownUnit", "two substances"), ("1 GJ CO2", "UnknownUnit", "a substance after an energy"),
    ("1 tCO3", "UnknownUnit", "an unknown substance"), ("1 万", "MissingUnit", "万 as the unit"), ("1 t·万", "UnknownUnit", "万 alone in a unit term"),
    ("1 t·" + "亿" * 39 + "1", "UnknownUnit", "39 亿 in a unit: scale +∞"), ("1 1·" + "亿" * 39 + "1/1·" + "亿" * 39 + "1", "UnknownUnit", "∞/∞: scale NaN"),
    ("1 t/1·" + "亿" * 40 + "1", "UnknownUnit", "1/∞: scale 0"), ("1 PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ·PJ", "UnknownUnit", "PJ⁵³: scale 1e318"),
    ("1e16 t", "OutOfRange", "beyond 1e15 as written"), ("-1e16 t", "OutOfRange", "beyond -1e15"), ("10000万亿 t", "OutOfRange", "1e4 × 1e4 × 1e8 = 1e16"),
    ("100000亿亿 t", "OutOfRange", "1e5 × 1e16"), ("1e-300 t", "OutOfRange", "below 1e-30 t canonical"), ("1e-25 g", "OutOfRange", "1e-31 t canonical"),
    ("1e15 Mt/g·g", "OutOfRange", "1e33 canonical"), ("1e15 Mt", "OutOfRange", "1e21 t canonical, beyond 1e15 (N1: its text 1E+21 t would not read back)"),
    ("1.5e9 Mt", "OutOfRange", "1.5e15 t canonical"),
    ("1 t·t·t·t·t", "UnknownUnit", "the fifth power of a mass: powers of at most 4 (N1)"),
    ("1 t·t·t·t·t/t", "UnknownUnit", "a fifth power on the way, even if divided back"),
    ("1 " + "·".join(["m²"] * 66), "UnknownUnit", "66 × m²: the 132nd power of a length, read as m⁻¹²⁴ (sbyte wrap) before N1"), ("1e15 TWh·TWh/J", "OutOfRange", "a sane unit (GJ, 3.6e6 × 3.6e6 / 1e-9 = 1.3e22 per unit), but 1e15 of it is 1.3e37 GJ"),
    ("1\u00a0t\u00a0t", "UnknownUnit", "no-break spaces between two units"), ("１．５ ｔ/ｄ ｘ", "UnknownUnit", "full-width with a trailing x"),
]


# ---------------------------------------------------------------------------------------------------------------
# Data sets (DataSetReader): code per docs/diagnostics.md CB90xx.
DS = {"id": "corpus.set", "version": "1", "title": {"zh": "语料数据集", "en": "Corpus data set"},
      "source": {"document": "Corpus document", "clause": "1", "url": "https://example.org/doc", "edition": "2020"},
      "records": [{"id": "corpus.r1", "subject": "coal.raw", "parameter": "ncv", "value": 20.908, "unit": "GJ/t", "status": "confirmed"}],
      "benchmarks": [{"id": "corpus.b1", "title": {"zh": "表", "en": "Table"}, "status": "confirmed",
                      "indicators": [{"id": "corpus.i1", "name": {"zh": "指标", "en": "Indicator"}, "product": "cement.clinker", "unit": "kgce/t",
                                      "basis": "comprehensive-energy",
                                      "levels": [{"level": "limit", "name": {"zh": "限额", "en": "Limit"}, "value": 117, "status": "confirmed"}],
                                      "corrections": [{"id": "corpus.c1", "description": {"zh": "海拔", "en": "Altitude"}, "kind": "linear",
                                                       "fact": "site.altitude", "factUnit": "m", "reference": 1000, "status": "confirmed"}]}]}]}
DATASETS = []
ds_text = dumps(DS)


def ds(code, slug, doc):
    DATASETS.append((code, slug, doc if isinstance(doc, bytes) else (doc.encode("utf-8") if isinstance(doc, str) else dumps(doc).encode("utf-8"))))


ds("CB9001", "empty-file", b"")
ds("CB9001", "truncated", ds_text[:40])
ds("CB9001", "nan-value", ds_text.replace("20.908", "NaN"))
ds("CB9001", "depth-33", dumps(dict(DS, note=Raw("[" * 32 + "]" * 32))))
ds("CB9001", "depth-10000", "[" * 10000 + "]" * 10000)
ds("CB9001", "invalid-utf8", ds_text.encode().replace(b'"coal.raw"', b'"coal\x87raw"'))
ds("CB9001", "lone-surrogate-escape", ds_text.replace('"coal.raw"', '"coal\\ud800"'))
ds("CB9001", "utf16", b"\xff\xfe" + ds_text.encode("utf-16-le"))
ds("CB9002", "root-array", "[]")
ds("CB9002", "records-object", with_(DS, ["records"], {"r": 1}))
ds("CB9002", "record-string", with_(DS, ["records", 0], "corpus.r1"))
ds("CB9003", "missing-id", with_(DS, ["id"]))
ds("CB9003", "missing-version", with_(DS, ["version"]))
ds("CB9003", "title-without-en", with_(DS, ["title", "en"]))
ds("CB9003", "record-value-string", with_(DS, ["records", 0, "value"], "20.908"))
ds("CB9003", "record-value-1e400", with_(DS, ["records", 0, "value"], Raw("1e400")))
ds("CB9003", "record-without-subject", with_(DS, ["records", 0, "subject"]))
ds("CB9003", "record-blank-parameter", with_(DS, ["records", 0, "parameter"], " "))
ds("CB9003", "level-value-missing", with_(DS, ["benchmarks", 0, "indicators", 0, "levels", 0, "value"]))
ds("CB9003", "correction-coefficient-string", with_(DS, ["benchmarks", 0, "indicators", 0, "corrections", 0, "coefficients"], {"a": "0.1"}))
ds("CB9003", "source-without-document", with_(DS, ["source", "document"]))
ds("CB9004", "record-without-status", with_(DS, ["records", 0, "status"]))
ds("CB9004", "record-status-project-supplied", with_(DS, ["records", 0, "status"], "project-supplied"))
ds("CB9004", "record-status-capitalised", with_(DS, ["records", 0, "status"], "Confirmed"))
ds("CB9004", "record-without-any-source", with_(with_(DS, ["source"]), ["records", 0, "id"], "corpus.r1"))
ds("CB9004", "table-without-status", with_(DS, ["benchmarks", 0, "status"]))
ds("CB9005", "duplicate-record-id", with_(DS, ["records"], [DS["records"][0], dict(DS["records"][0], value=21)]))
ds("CB9006", "record-unit-unknown", with_(DS, ["records", 0, "unit"], "GJ/tonne"))
ds("CB9006", "record-unit-infinite-scale", with_(DS, ["records", 0, "unit"], "t·" + "亿" * 39 + "1"))
ds("CB9006", "indicator-unit-unknown", with_(DS, ["benchmarks", 0, "indicators", 0, "unit"], "kgce/tonne"))
ds("CB9007", "gas-so2", with_(DS, ["records", 0, "gas"], "SO2"))
ds("CB9007", "gas-lower-case", with_(DS, ["records", 0, "gas"], "co2"))
ds("CB9007", "gas-digit", with_(DS, ["records", 0, "gas"], "1"))
ds("CB9007", "gas-comma-list", with_(DS, ["records", 0, "gas"], "CO2,CH4"))
ds("CB9007", "gas-padded", with_(DS, ["records", 0, "gas"], " CO2"))
ds("CB9008", "basis-unknown", with_(DS, ["benchmarks", 0, "indicators", 0, "basis"], "energy"))
ds("CB9009", "correction-kind-unknown", with_(DS, ["benchmarks", 0, "indicators", 0, "corrections", 0, "kind"], "quadratic"))
ds("CB9010", "valid-from-slashes", with_(DS, ["records", 0, "validFrom"], "2020/01/01"))
ds("CB9010", "valid-to-number", with_(DS, ["records", 0, "validTo"], 2020))
ds("CB9010", "effective-from-impossible", with_(DS, ["benchmarks", 0, "effectiveFrom"], "2021-02-30"))


# ---------------------------------------------------------------------------------------------------------------
# Batch lists (carbon batch list.csv): <expectation>__<slug>.csv where the expectation is a code that must appear in
# a result row's errors, or exit2 when the list itself is refused (no code: the message names the problem).
VALID_PROJECT = dumps(MINI | {"energy": [COAL]})
BATCH = [
    ("exit2", "empty-list", ""),
    ("exit2", "header-without-path", "file,label\nfiles/ok.json,x\n"),
    ("exit2", "no-header-only-paths", "files/ok.json\n"),
    ("exit2", "path-header-in-other-case", "Path\nfiles/ok.json\n"),
    ("CB8001", "missing-file", "path\nfiles/ok.json\nfiles/does-not-exist.json\n"),
    ("CB8001", "path-is-a-folder", "path\nfiles/ok.json\nfiles\n"),
    ("CB8001", "row-shorter-than-header", "label,path\nfirst,files/ok.json\nsecond\n"),
    ("CB8001", "empty-path-cell", "path,label\nfiles/ok.json,first\n,second\n"),
    ("CB8001", "quoted-path-with-comma-missing", 'path\n"files/ok.json"\n"files/no,such.json"\n'),
    ("CB8001", "nul-in-path", "path\nfiles/ok.json\nfiles/bad\x00name.json\n"),
    ("CB8001", "line-feed-inside-quotes", 'path\nfiles/ok.json\n"files/a\nb.json"\n'),
    ("CB8001", "path-outside-is-missing", "path\nfiles/ok.json\n../../no-such-folder/x.json\n"),
    ("CB1001", "row-names-a-non-json-file", "path\nfiles/ok.json\nfiles/not-json.json\n"),
    ("CB1002", "row-names-an-array-file", "path\nfiles/ok.json\nfiles/array.json\n"),
    ("CB1003", "bom-header-and-invalid-project", "\ufeffpath\nfiles/ok.json\nfiles/invalid.json\n"),
]
BATCH_FILES = {"ok.json": VALID_PROJECT, "not-json.json": "{", "array.json": "[]", "invalid.json": dumps(with_(MINI, ["id"]))}


# ---------------------------------------------------------------------------------------------------------------
# Zoning (docs/zoning-pack.md, docs/rules.md). Packs are cut from the small district the fuzzer also uses
# (tests/Carbon.Fuzz/Seeds/zoning-pack/small-district.json) and loaded from bytes; expressions replace the `when` of
# its first rule; layer files replace one file of the shapefile demo pack (docs/samples/zoning/shapefile-demo).
SMALL = json.load(open(os.path.join(HERE, "..", "..", "Carbon.Fuzz", "Seeds", "zoning-pack", "small-district.json"), encoding="utf-8"))
PACKS = []


def pack(code, slug, doc):
    PACKS.append((code, slug, doc if isinstance(doc, bytes) else (doc.encode("utf-8") if isinstance(doc, str) else dumps(doc).encode("utf-8"))))


small_text = dumps(SMALL)
rule0 = SMALL["rules"][0]
pack("CB6002", "not-json", "{")
pack("CB6002", "empty", b"")
pack("CB6002", "depth-10000", "[" * 10000 + "]" * 10000)
pack("CB6002", "nan-literal", small_text.replace('"schemaVersion":"1"', '"schemaVersion":NaN', 1))
pack("CB6005", "missing-id", with_(SMALL, ["id"]))
pack("CB6005", "rule-without-id", with_(SMALL, ["rules", 0, "id"]))
pack("CB6006", "units-as-object", with_(SMALL, ["units"], {"u": 1}))
pack("CB6006", "rules-as-string", with_(SMALL, ["rules"], "none"))
pack("CB6007", "rule-effect-forbid", with_(SMALL, ["rules", 0, "effect"], "forbid"))
pack("CB6007", "rule-level-galactic", with_(SMALL, ["rules", 0, "level"], "galactic"))
pack("CB6008", "duplicate-rule-id", with_(SMALL, ["rules", 1, "id"], rule0["id"]))
pack("CB6009", "unit-ring-unclosed", with_(SMALL, ["units", 0, "geometry", "coordinates"], [[[112.0, 28.0], [113.0, 28.0], [113.0, 29.0], [112.0, 29.5]]]))
pack("CB6009", "unit-coordinates-strings", with_(SMALL, ["units", 0, "geometry", "coordinates"], [[["112", "28"], ["113", "28"], ["113", "29"], ["112", "28"]]]))
pack("CB6012", "unknown-rule-member", with_(SMALL, ["rules", 0, "whenn"], "true"))
pack("CB6014", "rule-cites-missing-document", with_(SMALL, ["rules", 0, "citation", "documentId"], "no-such-document"))
pack("CB6017", "schema-version-2", with_(SMALL, ["schemaVersion"], "2"))
pack("CB6023", "layers-in-a-byte-pack", with_(SMALL, ["layers"], [{"file": "units.shp", "as": "units"}]))
pack("CB6101", "when-unclosed-call", with_(SMALL, ["rules", 0, "when"], "site.within('no-farming'"))
pack("CB6006", "when-blank-string", with_(SMALL, ["rules", 0, "when"], " "))
# F10 (tests/Carbon.Fuzz/README.md): text that is not UTF-8, or a \u escape that is not UTF-16, threw when read.
pack("CB6002", "invalid-utf8-in-member-name", small_text.encode("utf-8").replace(b'"schemaVersion"', b'"schemaVersi\x87on"', 1))
pack("CB6002", "invalid-utf8-lone-lead-byte-in-title", small_text.encode("utf-8").replace("示例区".encode("utf-8"), b"\xe7", 1))
pack("CB6002", "gbk-chinese-title", small_text.encode("gbk"))
pack("CB6002", "utf16-le-with-bom", b"\xff\xfe" + small_text.encode("utf-16-le"))
pack("CB6002", "lone-surrogate-escape-in-rule-id", small_text.replace(dumps(rule0["id"]), '"\\ud800"', 1))
pack("CB6002", "lone-low-surrogate-escape-in-member-name", small_text.replace('"version"', '"\\udc00version"', 1))
REGRESSIONS = os.path.join(HERE, "..", "Regressions", "Inputs")
pack("CB6002", "f10-fuzzer-input", open(os.path.join(REGRESSIONS, "F10-pack-invalid-utf8.json"), "rb").read())

EXPRESSIONS = [
    ("site.within('no-farming'", "CB6101", "a call not closed"),
    ("facts.livestock.scale-class == 'scale-farm", "CB6102", "a string not closed"),
    ("energy.total > 1.2.3 tce", "CB6103", "a number with two points"),
    ("energy.total > 5 furlongs", "CB6104", "an unknown unit"),
    ("planet.mars.distance > 0 m", "CB6105", "an unknown fact"),
    ("site.teleport('no-farming')", "CB6106", "an unknown function"),
    ("site.within()", "CB6107", "a function without its argument"),
    ("energy.total and region.keyRegion", "CB6108", "a quantity used as a boolean"),
    ("energy.total > 5 t", "CB6109", "tce compared with t"),
    ("(" * 40 + "region.keyRegion" + ")" * 40, "CB6110", "nesting deeper than 32"),
    ("region.keyRegion or " * 110 + "region.keyRegion", "CB6111", "longer than 2 000 characters"),
    ("true or " * 200 + "true", "CB6112", "more than 256 syntax nodes in 1 600 characters"),
    ("site.within('moon-base')", "CB6113", "an unknown zone kind"),
    ("site.within(project.nature)", "CB6114", "a fact where a literal is needed"),
    ("params.nothing > 1", "CB6115", "an undeclared parameter"),
    ("energy.total > 1 tce # comment", "CB6116", "a character the language does not have"),
    ("region.keyRegion && region.keyRegion", "CB6119", "&& instead of and"),
    ("project.nature = 'new'", "CB6120", "= instead of =="),
    ("0 tce < energy.total < 5 tce", "CB6121", "a chained comparison"),
    ("energy.total", "CB6122", "a condition that is not a boolean"),
    ("region.air.attains('CO9')", "CB6123", "a pollutant the function does not know"),
    ("", "CB6006", "nothing at all: a blank condition is not an expression string"),
    ("region.keyRegion\u0000", "CB6116", "a NUL character"),
    ("site.within('no-farming') or site.within('no-farming') and", "CB6101", "a dangling and"),
]

LAYERS = []  # (code, slug, replaced file, bytes)
demo = os.path.join(HERE, "..", "..", "..", "docs", "samples", "zoning", "shapefile-demo")
shp = open(os.path.join(demo, "units.shp"), "rb").read()
dbf = open(os.path.join(demo, "units.dbf"), "rb").read()
zones = open(os.path.join(demo, "zones.geojson"), "rb").read()
LAYERS += [
    ("CB6016", "shp-empty", "units.shp", b""),
    ("CB6014", "shp-header-only-no-units", "units.shp", shp[:100]),  # a valid empty layer: the rules' units are then missing
    ("CB6016", "shp-truncated-record", "units.shp", shp[:len(shp) // 2]),
    ("CB6016", "shp-wrong-file-code", "units.shp", b"\x00\x00\x00\x00" + shp[4:]),
    ("CB6016", "shp-random-bytes", "units.shp", bytes((i * 37 + 11) % 256 for i in range(1148))),
    ("CB6016", "dbf-empty", "units.dbf", b""),
    ("CB6016", "dbf-truncated", "units.dbf", dbf[:64]),
    ("CB6016", "dbf-is-text", "units.dbf", b"HJZHGKDYBM,HJZHGKDYMC\n1,2\n"),
    ("CB6002", "geojson-not-json", "zones.geojson", b"{\"type\":\"FeatureCollection\""),
    ("CB6002", "geojson-depth-10000", "zones.geojson", b"[" * 10000 + b"]" * 10000),
    ("CB6009", "geojson-unclosed-ring", "zones.geojson", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"z","name":"z","kind":"no-farming"},"geometry":{"type":"Polygon","coordinates":[[[112.8,28.1],[113.0,28.1],[113.0,28.3],[112.9,28.4]]]}}]}'),
    ("CB6009", "geojson-coordinates-out-of-range", "zones.geojson", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"z","name":"z","kind":"no-farming"},"geometry":{"type":"Polygon","coordinates":[[[912.8,28.1],[913.0,28.1],[913.0,28.3],[912.8,28.1]]]}}]}'),
    ("CB6006", "geojson-feature-collection-as-array", "zones.geojson", b"[]"),
    # F10: a layer saved in the bureau's GBK instead of UTF-8, a stray byte, a lone-surrogate escape.
    ("CB6002", "geojson-gbk-chinese-names", "zones.geojson", zones.decode("utf-8").encode("gbk")),
    ("CB6002", "geojson-invalid-utf8-in-member-name", "zones.geojson", zones.replace(b'"properties"', b'"prop\x87erties"', 1)),
    ("CB6002", "geojson-lone-surrogate-escape-in-name", "zones.geojson", zones.replace('"示例区'.encode("utf-8"), b'"\\ud800', 1)),
    ("CB6002", "geojson-lone-surrogate-escape-with-bom", "zones.geojson", b"\xef\xbb\xbf" + zones.replace('"示例区'.encode("utf-8"), b'"\\ud800', 1)),
    ("CB6002", "geojson-f10-fuzzer-input-0", "zones.geojson", open(os.path.join(REGRESSIONS, "F10-invalid-utf8-0.geojson"), "rb").read()),
    ("CB6002", "geojson-f10-fuzzer-input-2", "zones.geojson", open(os.path.join(REGRESSIONS, "F10-invalid-utf8-2.geojson"), "rb").read()),
]


def write_all():
    for sub in ("projects", "datasets", "batch"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    names = set()
    for code, slug, doc in PROJECTS:
        name = f"{code}__{slug}.json"
        assert name not in names, name
        names.add(name)
        data = doc if isinstance(doc, bytes) else dumps(doc).encode("utf-8")
        with open(os.path.join(HERE, "projects", name), "wb") as f:
            f.write(data)
    for code, slug, data in DATASETS:
        with open(os.path.join(HERE, "datasets", f"{code}__{slug}.json"), "wb") as f:
            f.write(data)
    os.makedirs(os.path.join(HERE, "batch", "files"))
    for name, text in BATCH_FILES.items():
        with open(os.path.join(HERE, "batch", "files", name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    for expectation, slug, text in BATCH:
        with open(os.path.join(HERE, "batch", f"{expectation}__{slug}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    zoning = os.path.join(HERE, "zoning")
    shutil.rmtree(zoning, ignore_errors=True)
    os.makedirs(os.path.join(zoning, "packs"))
    os.makedirs(os.path.join(zoning, "layers"))
    for code, slug, data in PACKS:
        with open(os.path.join(zoning, "packs", f"{code}__{slug}.json"), "wb") as f:
            f.write(data)
    for code, slug, replaced, data in LAYERS:
        with open(os.path.join(zoning, "layers", f"{code}__{slug}{os.path.splitext(replaced)[1]}"), "wb") as f:
            f.write(data)
    with open(os.path.join(zoning, "expressions.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump([{"text": t, "code": c, "why": w} for t, c, w in EXPRESSIONS], f, ensure_ascii=False, indent=1)
        f.write("\n")
    manifest = [{"text": t, "error": e, "why": w} for t, e, w in QUANTITIES]
    with open(os.path.join(HERE, "quantities.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(PROJECTS)} projects, {len(QUANTITIES)} quantities, {len(DATASETS)} data sets, {len(BATCH)} batch lists, "
          f"{len(PACKS)} zoning packs, {len(EXPRESSIONS)} rule expressions, {len(LAYERS)} layer files")


if __name__ == "__main__":
    write_all()
