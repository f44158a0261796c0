#!/usr/bin/env python3
"""Writes the machine-readable register of T/CAS 612 items (clauses 4-10) from the item-level
register in Markdown (shared/spec/tcas612-items.md): one row per item, in the standard's order.

Usage: scripts/register-from-markdown.py ../shared/spec/tcas612-items.md \
           > cnms-core/src/main/resources/org/cnms/core/conformity/register.tsv
"""
import re
import sys

REQUIREMENT_VERBS = ('应', '不应', '应当', '应考虑', '需')


def is_requirement(item, verb):
    if item.startswith('注') or '(注' in item:
        return False
    v = verb.split('(')[0].strip().split(';')[0].strip()
    return v in REQUIREMENT_VERBS


def main(path):
    clause = None
    out = []
    heading = re.compile(r'^#{2,4} (\d+(?:\.\d+)*) (.*)$')
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        m = heading.match(line)
        if m:
            clause = m.group(1)
            continue
        if clause is None or clause.split('.')[0] in ('3',) or not line.startswith('| '):
            continue
        cells = [c.strip() for c in line.strip('|').split('|')]
        if len(cells) != 6 or not cells[0].isdigit():
            continue
        number, item, verb, term, paraphrase, evidence = cells
        beyond = ''
        b = evidence.find('(beyond T/CAS 612)')
        if b >= 0:
            beyond = evidence[b + len('(beyond T/CAS 612)'):].strip()
            evidence = evidence[:b].strip().rstrip('.')
        out.append([clause, number, item, verb, 'requirement' if is_requirement(item, verb)
                    else 'other', term, paraphrase, evidence, beyond])
    print('# The item-level register of T/CAS 612-2022, clauses 4 to 10, in the standard\'s order:'
          ' written by scripts/register-from-markdown.py from the project\'s register (the'
          ' standard\'s text is not reproduced; paraphrases are the project\'s own words).')
    print('clause\trow\titem\tverb\tkind\tkey_term\tparaphrase\tevidence\tbeyond')
    for r in out:
        print('\t'.join(c.replace('\t', ' ') for c in r))


if __name__ == '__main__':
    main(sys.argv[1])
