#!/usr/bin/env python3
"""Regenerates {Name}.nl.resx and {Name}.fr.resx from the translations.tsv beside them (key = English text).

Usage: python3 Resources/generate-resx.py Resources/Shared SharedResource
       python3 Resources/generate-resx.py Resources/Features/Shared AdminResource
       (likewise Resources/Features/Actions ActionsResource, Reminders RemindersResource, Audit AuditResource)
"""
import os
import sys
from xml.sax.saxutils import escape, quoteattr

here, name = os.path.abspath(sys.argv[1]), sys.argv[2]
rows = []
with open(os.path.join(here, "translations.tsv"), encoding="utf-8") as source:
    for line in source:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        key, dutch, french = line.split("\t")
        rows.append((key, dutch, french))

header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for index, language in ((1, "nl"), (2, "fr")):
    seen = set()
    with open(os.path.join(here, f"{name}.{language}.resx"), "w", encoding="utf-8") as target:
        target.write(header)
        for row in sorted(rows):
            if row[0] in seen:
                continue
            seen.add(row[0])
            target.write(f'  <data name={quoteattr(row[0])} xml:space="preserve"><value>{escape(row[index])}</value></data>\n')
        target.write("</root>\n")
print(f"{len(rows)} strings")
