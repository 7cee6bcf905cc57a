#!/usr/bin/env python3
"""Registers a namespace written as src/domain/i18n/{en,es,fr,de,pt-BR}/<name>.ts: one line in each list.
Usage: python3 scripts/i18n-add-namespace.py <name>   (the en file exports <name>, <Name>Messages, <name>Text)"""
import sys
name = sys.argv[1]
type_name = name[0].upper() + name[1:] + 'Messages'
base = 'src/domain/i18n/'

def insert_after_last(path, prefix, line):
    lines = open(path).read().split('\n')
    if line in lines:
        return
    at = max(i for i, l in enumerate(lines) if l.startswith(prefix))
    lines.insert(at + 1, line)
    open(path, 'w').write('\n'.join(lines))

insert_after_last(base + 'catalogue.ts', 'import type {', f"import type {{ {type_name} }} from './en/{name}';")
insert_after_last(base + 'catalogue.ts', '  ', f"  {name}: {type_name};")
insert_after_last(base + 'english.ts', 'import {', f"import {{ {name} }} from './en/{name}';")
insert_after_last(base + 'english.ts', '  ', f"  {name},")
insert_after_last(base + 'index.ts', 'export {', f"export {{ {name}Text }} from './en/{name}';")
for lang in ['es', 'fr', 'de', 'pt-BR']:
    insert_after_last(base + lang + '/index.ts', 'import {', f"import {{ {name} }} from './{name}';")
    insert_after_last(base + lang + '/index.ts', '  ', f"  {name},")
