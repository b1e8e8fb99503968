"""Demo step 7: the PDF atlas of the diagnostic (cover, key figures, one map page per commune and theme)."""
from __future__ import annotations


def run(ctx) -> None:
    lang = getattr(ctx, "lang", "fr")
    result = ctx.run("coodiag:exportatlas", {
        "INPUT": str(ctx.gpkg),
        "ZONES": "communes",
        "TEMPLATE": 0,  # A4 landscape
        "TITLE": "Diagnostic territorial" if lang == "fr" else "Territorial diagnostic",
        "SIAE_NAME": "AI Fictive du Pays Ajaccien",
        "TERRITORY_NAME": "CA du Pays Ajaccien",
        "LANGUAGE": {"en": 1, "fr": 2}.get(lang, 0),
        "OUTPUT": str(ctx.output / "atlas.pdf"),
    })
    ctx.facts["atlas pages"] = result["PAGE_COUNT"]
    ctx.facts["atlas themes"] = result["THEMES_USED"]
    ctx.log(f"atlas: {result['PAGE_COUNT']} pages ({result['THEMES_USED']}) → {result['OUTPUT']}")
