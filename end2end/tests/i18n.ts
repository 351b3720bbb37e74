// Interface texts for assertions, read from the same Fluent files the app uses
// (locales/<lang>/*.ftl), so that a reworded message does not break the tests.
// Only simple one-line messages (`id = value`) are supported, which is all tests need.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server';

type Catalog = { messages: Map<string, string>; terms: Map<string, string> };
const catalogs = new Map<string, Catalog>();

function catalog(lang: string): Catalog {
  let c = catalogs.get(lang);
  if (!c) {
    c = { messages: new Map(), terms: new Map() };
    const dir = path.join(repoRoot, 'locales', lang);
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const line of source.split(/\r?\n/)) {
      const m = /^(-?)([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)\s*$/.exec(line);
      if (m && m[3] !== '') (m[1] ? c.terms : c.messages).set(m[2], m[3]);
    }
    catalogs.set(lang, c);
  }
  return c;
}

/**
 * The text of message `id` in `lang`, with `{ $var }` placeables replaced by `vars` and
 * `{ -term }` references by the term's value. Throws when the message is missing, not on
 * one line, or needs a variable that was not given.
 */
export function t(lang: string, id: string, vars: Record<string, string> = {}): string {
  const c = catalog(lang);
  const value = c.messages.get(id);
  if (value === undefined) throw new Error(`no one-line message "${id}" in locales/${lang}/*.ftl`);
  return value.replace(/\{\s*(\$|-)([A-Za-z][A-Za-z0-9_-]*)\s*\}/g, (_, sigil: string, name: string) => {
    const v = sigil === '$' ? vars[name] : c.terms.get(name);
    if (v === undefined) throw new Error(`message "${id}" (${lang}) needs ${sigil}${name}`);
    return v;
  });
}

/** The static text of message `id` before its first placeable, e.g. "Bonjour," for staff-hello. */
export function tPrefix(lang: string, id: string): string {
  t(lang, id, new Proxy({}, { get: () => '' })); // same checks as t()
  return catalog(lang).messages.get(id)!.split('{')[0].trim();
}

/** Page text without Fluent's bidi isolation marks (U+2068, U+2069). */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/**
 * A regular expression matching `text` in page text even where Fluent put isolation marks
 * around placeables, and with any run of white space. Whole text by default; with
 * `{ exact: false }` anywhere in the text. Usable with toHaveText, getByText and
 * getByRole({ name }).
 */
export function loose(text: string, { exact = true }: { exact?: boolean } = {}): RegExp {
  const marks = '[\\u2068\\u2069]*';
  const body = Array.from(clean(text).replace(/\s+/g, ' ').trim())
    .map((ch) => (ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join(marks);
  return new RegExp(exact ? `^\\s*${marks}${body}${marks}\\s*$` : body);
}
