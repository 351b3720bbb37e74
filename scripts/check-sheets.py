#!/usr/bin/env python3
"""Checks the demo town's procedure sheets (server/demo/sheets) without building anything:
every French sheet has its facts and both versions with every part, every translation
has the parts of the French one. The Rust test server/tests/suite/procedures.rs checks
the same through the real loader."""
import sys, tomllib, pathlib, re

ROOT = pathlib.Path(__file__).resolve().parent.parent / "server" / "demo" / "sheets"
SERVICES = {"accueil-general", "etat-civil", "urbanisme", "funeraire", "affaires-scolaires", "ccas"}
MOTIFS = {"renseignement", "cni-passeport-depot", "cni-passeport-retrait", "recensement-citoyen",
          "acte-naissance", "reconnaissance-anticipee", "mariage-dossier", "pacs",
          "permis-construire-info", "declaration-prealable", "certificat-urbanisme", "obseques",
          "concession", "inscription-scolaire", "cantine-periscolaire", "aide-sociale"}
AGENTS = {"Camille Martin", "Karim Haddad", "Sofia Almeida", "Élise Bernard", "Thomas Leroy",
          "Daria Kovalenko", "Nadia Rahimi", "Julien Moreau"}
LANGS = ["ar", "en", "es", "fa", "pt", "ro", "ru", "tr", "uk", "zh"]
DATE = re.compile(r"^2026-(09|10|11|12)-\d\d$")
errors = []

def err(path, msg):
    errors.append(f"{path.relative_to(ROOT)}: {msg}")

def text(path, d, key):
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        err(path, f"missing text `{key}`")

def version(path, v, name):
    if not isinstance(v, dict):
        err(path, f"missing [{name}]"); return None
    for k in ["title", "summary", "audience", "online"]:
        text(path, v, k)
    for k in ["keywords", "steps"]:
        if not isinstance(v.get(k), list) or not v[k] or not all(isinstance(s, str) and s.strip() for s in v[k]):
            err(path, f"[{name}] needs a non-empty list `{k}` of texts")
    d = v.get("delay")
    if not isinstance(d, dict) or not isinstance(d.get("min_days"), int) or not isinstance(d.get("max_days"), int) or d["min_days"] > d["max_days"]:
        err(path, f"[{name}.delay] needs min_days <= max_days")
    else:
        text(path, d, "text")
    for part, keys, need in [("situations", ["case", "text"], True), ("documents", ["name"], True),
                             ("costs", ["condition"], True), ("notes", ["text"], False)]:
        items = v.get(part, [])
        if need and not items:
            err(path, f"[{name}] needs at least one [[{name}.{part}]]")
        for i in items:
            for k in keys:
                text(path, i, k)
            if part == "costs" and not isinstance(i.get("cents"), int):
                err(path, f"[{name}.costs] needs integer cents")
            if part == "notes" and i.get("kind") not in ("know", "warning"):
                err(path, f"[{name}.notes] kind is know or warning")
    return v

def shape(v):
    return (len(v.get("situations", [])), [c.get("cents") for c in v.get("costs", [])],
            len(v.get("documents", [])), len(v.get("notes", [])),
            (v.get("delay", {}).get("min_days"), v.get("delay", {}).get("max_days")), len(v.get("steps", [])))

french = {}
for path in sorted((ROOT / "fr").glob("*.toml")):
    try:
        d = tomllib.loads(path.read_text())
    except Exception as e:
        err(path, f"not TOML: {e}"); continue
    if d.get("service") not in SERVICES: err(path, "unknown service")
    if "motif" in d and d["motif"] not in MOTIFS: err(path, "unknown motif")
    if d.get("appointment") not in ("required", "recommended", "none"): err(path, "appointment?")
    if d.get("owner") not in AGENTS: err(path, "owner is not a demo agent")
    for k in ["reviewed", "falc_checked_on"]:
        if not DATE.match(str(d.get(k, ""))): err(path, f"`{k}` is not a date of autumn 2026")
    for k in ["staff_notes", "falc_checked_by"]:
        text(path, d, k)
    if not d.get("legal"): err(path, "needs [[legal]]")
    for l in d.get("legal", []): text(path, l, "label")
    if not d.get("sources"): err(path, "needs [[sources]]")
    for s in d.get("sources", []):
        text(path, s, "label")
        if not str(s.get("url", "")).startswith("https://"): err(path, "a source needs an https url")
    s, f = version(path, d.get("standard"), "standard"), version(path, d.get("falc"), "falc")
    if s and f:
        a, b = shape(s), shape(f)
        if a[:5] != b[:5]:
            err(path, f"the FALC version's parts differ from the standard one: {a[:5]} vs {b[:5]}")
    french[path.stem] = d

for lang in LANGS:
    for path in sorted((ROOT / lang).glob("*.toml")) if (ROOT / lang).exists() else []:
        if path.stem not in french:
            err(path, "no French sheet of that name"); continue
        try:
            d = tomllib.loads(path.read_text())
        except Exception as e:
            err(path, f"not TOML: {e}"); continue
        extra = set(d) - {"standard", "falc"}
        if extra: err(path, f"a translation holds only [standard] and [falc], not {extra}")
        for name in ["standard", "falc"]:
            v = version(path, d.get(name), name)
            if v and french[path.stem].get(name) and shape(v) != shape(french[path.stem][name]):
                err(path, f"[{name}] parts differ from French: {shape(v)} vs {shape(french[path.stem][name])}")

for e in errors:
    print(e)
counts = {lang: len(list((ROOT / lang).glob('*.toml'))) if (ROOT / lang).exists() else 0 for lang in LANGS}
print(f"{len(french)} French sheets; translations: {counts}; {len(errors)} problems")
sys.exit(1 if errors else 0)
