/**
 * Parses the platform's policy document (Acceptable Use Policy + Korean appendix + Community Guidelines)
 * into the list of its items with stable ids. The catalogue (catalogue.json) must hold every id this
 * parser finds; test/services/policy/catalogue.test.ts enforces that.
 *
 * Ids:
 *  - AUP sections `aup-2`, numbered sub-sections `aup-1.2`, lettered items `aup-2.a`, `aup-1.2.a`, `aup-7.1.a`;
 *    the Korean appendix `aup-kr`, `aup-kr.1`, `aup-kr.2`.
 *  - CG headings `cg-<slug>` (e.g. `cg-spam`), their lettered items `cg-spam.b`, numbered sub-items
 *    `cg-fraud-or-scams.a.1`; when one heading holds several lettered lists, the second is `.ii`, the
 *    third `.iii` (`cg-nudity.ii.a`).
 */

export type PolicyPart = 'aup' | 'cg';

export interface PolicyItem {
  readonly id: string;
  readonly part: PolicyPart;
  /** 'section' for a numbered section or a heading, 'item' for a lettered or numbered entry. */
  readonly kind: 'section' | 'item';
  /** Human-readable location, e.g. "AUP 2(a)" or "CG › Spam (b)". */
  readonly section: string;
  /** The heading the item stands under. */
  readonly heading: string;
  /** The item's text (first sentence-ish, whitespace collapsed). */
  readonly text: string;
  /** Id of the section or heading holding this item. */
  readonly parent: string | null;
}

const ROMAN = ['', 'ii', 'iii', 'iv', 'v', 'vi'];

export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\*/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function clean(s: string): string {
  return s
    .replace(/\\([.()\-*])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstSentence(s: string, max = 80): string {
  const end = s.search(/[.:;](\s|$)/);
  const cut = end > 0 ? s.slice(0, end) : s;
  return cut.length > max ? `${cut.slice(0, max - 1).trimEnd()}…` : cut;
}

function isUnderline(line: string | undefined): boolean {
  return line !== undefined && /^\s*-{2,}\s*$/.test(line);
}

/** Headings that the document runs into the end of a paragraph instead of giving them a line. */
const EMBEDDED_HEADINGS = ['Violence and threats', 'Violation of personal data privacy'];

/** Bold titles the document leaves open and runs into the next sentence, and where they end. */
const UNCLOSED_TITLES: readonly [string, string][] = [['technological subversion of WeChatWe prohibit', 'technological subversion of WeChat** We prohibit']];

/** Splits lines so that each heading stands on its own line, and closes known unclosed bold titles. */
function normaliseLines(doc: string): string[] {
  const out: string[] = [];
  for (const raw of doc.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw;
    for (const [broken, fixed] of UNCLOSED_TITLES) line = line.replace(broken, fixed);
    let moved: string | undefined;
    for (const h of EMBEDDED_HEADINGS) {
      const idx = line.indexOf(h);
      if (idx > 0 && line.slice(0, idx).trim().length > 0 && line.trimEnd().endsWith(h)) {
        moved = h;
        line = line.slice(0, idx);
      }
    }
    out.push(line);
    if (moved) out.push(moved);
  }
  return out;
}

/** Heading text of a CG heading line: bold repeats and stray asterisks removed. */
function headingText(line: string): { text: string; bold: boolean } {
  const bold = /\*\*/.test(line);
  const m = /\*\*([^*]+?)\*\*/.exec(line);
  const text = clean((m ? m[1]! : line).replace(/\*+/g, ''));
  return { text, bold };
}

export function parsePolicy(doc: string): PolicyItem[] {
  const lines = normaliseLines(doc);
  const cgStart = lines.findIndex((l, i) => /^\s*WeChat Community Guidelines\s*$/.test(l) && isUnderline(lines[i + 1]));
  if (cgStart < 0) throw new Error('policy document: "WeChat Community Guidelines" heading not found');
  return [...parseAup(lines.slice(0, cgStart)), ...parseCg(lines.slice(cgStart))];
}

function parseAup(lines: string[]): PolicyItem[] {
  const items: PolicyItem[] = [];
  const text = lines.join('\n');
  // Sections: "N\. Title" followed by an underline; the Korean appendix likewise.
  const sectionRe = /^(\d+)\\?\.\s+(.+?)\s*\n\s*-{2,}\s*$/gm;
  const marks: { id: string; num: string; title: string; start: number; bodyStart: number }[] = [];
  for (let m = sectionRe.exec(text); m; m = sectionRe.exec(text)) {
    marks.push({ id: `aup-${m[1]}`, num: m[1]!, title: clean(m[2]!), start: m.index, bodyStart: m.index + m[0].length });
  }
  const kr = /^Appendix for Users Subject to Korean Jurisdiction\s*\n\s*-{2,}\s*$/m.exec(text);
  if (kr) marks.push({ id: 'aup-kr', num: 'kr', title: 'Appendix for Users Subject to Korean Jurisdiction', start: kr.index, bodyStart: kr.index + kr[0].length });
  marks.sort((a, b) => a.start - b.start);
  for (let i = 0; i < marks.length; i++) {
    const s = marks[i]!;
    const body = text.slice(s.bodyStart, marks[i + 1]?.start ?? text.length);
    const sectionLabel = s.num === 'kr' ? 'AUP Korean appendix' : `AUP ${s.num}`;
    items.push({ id: s.id, part: 'aup', kind: 'section', section: sectionLabel, heading: s.title, text: s.title, parent: null });
    if (s.num === 'kr') {
      // "1. ... 2. ..." numbered paragraphs; the document repeats item 1, the ids are kept once each.
      const seen = new Set<string>();
      for (const m of body.matchAll(/(?:^|\s)(\d)\.\s+(.+?)(?=\s\d\.\s|\n|$)/gm)) {
        const id = `aup-kr.${m[1]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        items.push({ id, part: 'aup', kind: 'item', section: `AUP Korean appendix ${m[1]}`, heading: s.title, text: clean(m[2]!), parent: s.id });
      }
      continue;
    }
    // Numbered sub-sections "N\.M **Title** ..." split the body; letters inside belong to them.
    const subRe = new RegExp(`^${s.num}\\\\?\\.(\\d+)\\s+(.*)$`, 'gm');
    const subs: { num: string; title: string; start: number }[] = [];
    for (let m = subRe.exec(body); m; m = subRe.exec(body)) {
      const titleMatch = /^\*\*(.+?)\*\*/.exec(m[2]!.trim());
      const title = titleMatch ? clean(titleMatch[1]!) : firstSentence(clean(m[2]!));
      subs.push({ num: m[1]!, title, start: m.index });
    }
    const chunks = subs.length
      ? [{ id: s.id, label: `AUP ${s.num}`, heading: s.title, body: body.slice(0, subs[0]!.start) }, ...subs.map((sub, j) => ({
          id: `aup-${s.num}.${sub.num}`,
          label: `AUP ${s.num}.${sub.num}`,
          heading: sub.title,
          body: body.slice(sub.start, subs[j + 1]?.start ?? body.length),
        }))]
      : [{ id: s.id, label: `AUP ${s.num}`, heading: s.title, body }];
    for (const c of chunks) {
      if (c.id !== s.id) items.push({ id: c.id, part: 'aup', kind: 'section', section: c.label, heading: c.heading, text: c.heading, parent: s.id });
      for (const m of c.body.matchAll(/\*\s+([a-z])\.\s+([^\n]*)/g)) {
        items.push({ id: `${c.id}.${m[1]}`, part: 'aup', kind: 'item', section: `${c.label}(${m[1]})`, heading: c.heading, text: clean(m[2]!), parent: c.id });
      }
    }
  }
  return items;
}

function parseCg(lines: string[]): PolicyItem[] {
  const items: PolicyItem[] = [];
  const ids = new Set<string>();
  let top: { id: string; title: string } | null = null;
  let cur: { id: string; title: string; lists: number; lastLetter: string | null; lastItemId: string | null } | null = null;
  const add = (item: PolicyItem): void => {
    if (ids.has(item.id)) return; // the document repeats some headings ("**Cyberbullying** **Cyberbullying**")
    ids.add(item.id);
    items.push(item);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const embedded = EMBEDDED_HEADINGS.includes(line.trim()) && !isUnderline(next);
    if ((isUnderline(next) && line.trim() && !isUnderline(line)) || embedded) {
      const { text, bold } = headingText(line);
      const slug = slugify(text);
      const id = `cg-${slug}`;
      if (!bold && !embedded) top = { id, title: text };
      const parent = bold || embedded ? (top?.id ?? null) : null;
      cur = { id, title: text, lists: 0, lastLetter: null, lastItemId: null };
      add({ id, part: 'cg', kind: 'section', section: parent && top ? `CG › ${top.title} › ${text}` : `CG › ${text}`, heading: text, text, parent });
      if (!embedded) i++;
      continue;
    }
    if (!cur) continue;
    const letter = /^\s*\(?([a-z])\)\s+(.*)$/.exec(line);
    if (letter) {
      const l = letter[1]!;
      if (l === 'a' || cur.lastLetter === null || l <= cur.lastLetter) cur.lists++;
      cur.lastLetter = l;
      const listTag = cur.lists > 1 ? `.${ROMAN[cur.lists - 1] ?? String(cur.lists)}` : '';
      const id = `${cur.id}${listTag}.${l}`;
      cur.lastItemId = id;
      add({ id, part: 'cg', kind: 'item', section: `CG › ${cur.title}${listTag ? ` list ${cur.lists}` : ''} (${l})`, heading: cur.title, text: clean(letter[2]!), parent: cur.id });
      continue;
    }
    const num = /^\s*(\d+)\\?\)\s+(.*)$/.exec(line);
    if (num && cur.lastItemId) {
      const id = `${cur.lastItemId}.${num[1]}`;
      add({ id, part: 'cg', kind: 'item', section: `CG › ${cur.title} (${cur.lastLetter})(${num[1]})`, heading: cur.title, text: clean(num[2]!), parent: cur.lastItemId });
    }
  }
  return items;
}
