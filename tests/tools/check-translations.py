#!/usr/bin/env python3
"""The Simplified Chinese catalogue is complete and consistent with its source strings.

    check-translations.py translations/ktdesk_zh_CN.ts

Every message has a finished translation (every plural form filled) that keeps the source's
placeholders (%1, %n, ...), its HTML tags, its keyboard accelerator (&X, written as "(&X)" in
Chinese menus) and its trailing ellipsis. Whether the catalogue lists every string of the code
is lupdate's business (cmake --build build --target update_translations).
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ACCELERATOR = re.compile(r"&(?!amp;|lt;|gt;|quot;|apos;|#|&)(\w)")


def problems(source, translation):
    found = []
    if not translation.strip():
        found.append("empty")
        return found
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        found.append("placeholders %s vs %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                 sorted(set(PLACEHOLDER.findall(translation)))))
    source_tags = sorted(t.lower() for t in TAG.findall(source) if t.lower() in HTML_TAGS)
    translated_tags = sorted(t.lower() for t in TAG.findall(translation) if t.lower() in HTML_TAGS)
    if source_tags != translated_tags:
        found.append("HTML tags %s vs %s" % (source_tags, translated_tags))
    keys = ACCELERATOR.findall(source)
    if keys and [k.lower() for k in ACCELERATOR.findall(translation)][:1] != [keys[0].lower()]:
        found.append("accelerator &%s lost" % keys[0])
    if source.endswith("…") and not translation.endswith("…"):
        found.append("ellipsis lost")
    return found


HTML_TAGS = {"b", "i", "p", "br", "h1", "h2", "h3", "tt", "ul", "li", "a", "code", "pre", "span"}


def main(path):
    root = ET.parse(path).getroot()
    failures = 0
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            issues = []
            if translation is None:
                issues.append("no translation")
            else:
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    issues.append("marked %s" % translation.get("type"))
                if message.get("numerus") == "yes":
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                    if not forms:
                        issues.append("no plural forms")
                    for form in forms:
                        issues += problems(source, form)
                else:
                    issues += problems(source, translation.text or "")
            if issues:
                failures += 1
                print("%s: %r: %s" % (name, source[:80], "; ".join(issues)))
    print("%d of %d messages have problems" % (failures, count))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
