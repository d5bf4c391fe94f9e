/** Category names used in verdicts. The first fourteen are fixed by the backbone spec; the rest cover policy items they do not. */
export const CATEGORIES = [
  'spam',
  'scam',
  'hate',
  'harassment',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
  'self-harm',
  'gambling',
  'regulated-goods',
  'weapons',
  'privacy',
  'terrorism',
  'human-exploitation',
  'misinformation',
  'impersonation',
  'intellectual-property',
  'political',
  'malware',
  'illegal-activity',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}
