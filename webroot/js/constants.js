// Shared constants of the page, in one place. Kinds are data: a new kind is one entry here (label, help text,
// whether it has a before and an after side) plus its colour class `k-<ID>` in css/app.css.

// Claim changes between two versions of one article, in the order they are listed.
// sides: 'both' (before → after), 'after' (added: only the new text), 'before' (removed: only the old text).
export const CHANGE_KINDS = [
  { id: 'NUMBER_CHANGED', label: 'number changed', sides: 'both', help: 'A figure in a claim changed (e.g. 13 → 15 leaders).' },
  { id: 'QUOTE_CHANGED', label: 'quote changed', sides: 'both', help: 'The words inside a quotation changed.' },
  { id: 'QUOTE_ADDED', label: 'quote added', sides: 'after', help: 'A new quotation appeared.' },
  { id: 'QUOTE_REMOVED', label: 'quote removed', sides: 'before', help: 'A quotation was taken out.' },
  { id: 'ATTRIBUTION_CHANGED', label: 'attribution changed', sides: 'both', help: 'Who said or reported it changed.' },
  { id: 'HEDGE_CHANGED', label: 'hedge changed', sides: 'both', help: 'How certain the wording is changed (e.g. "said" → "allegedly").' },
  { id: 'CLAIM_ADDED', label: 'claim added', sides: 'after', help: 'A new claim appeared.' },
  { id: 'CLAIM_REMOVED', label: 'claim removed', sides: 'before', help: 'A claim was taken out.' },
  { id: 'CLAIM_REWORDED', label: 'claim reworded', sides: 'both', help: 'A claim was reworded without a typed change.' },
  { id: 'HEADLINE_CHANGED', label: 'headline changed', sides: 'both', help: 'The article\'s headline changed (read like a claim: numbers, quotes, hedges). A headline back to one it had the same day (A/B test) is shown but never alerts.' },
  { id: 'CORRECTION_ADDED', label: 'correction added', sides: 'after', help: 'The outlet added a correction, clarification, editor\'s or update note.' },
  { id: 'CORRECTION_REMOVED', label: 'correction removed', sides: 'before', help: 'An editorial note was taken out.' },
];

// What a change may add to its kind: the kinds found inside a headline change, a headline back to an earlier one.
export const RETURNING_LABEL = 'back to an earlier headline';

// Story-level events a webhook may also be filtered on.
export const STORY_KINDS = [
  { id: 'STORY_CLAIM_NEW', label: 'story: new claim', sides: 'after', help: 'An outlet reports a claim first seen in the story.' },
  { id: 'STORY_CLAIM_DISPUTED', label: 'story: claim disputed', sides: 'both', help: 'Outlets now disagree on a claim.' },
  { id: 'STORY_CLAIM_UPDATED', label: 'story: claim updated', sides: 'both', help: 'Outlets moved to a new value together.' },
];

const BY_ID = new Map([...CHANGE_KINDS, ...STORY_KINDS].map((k) => [k.id, k]));

export const KINDS = CHANGE_KINDS.map((k) => k.id);
export const ALERT_KINDS = [...CHANGE_KINDS, ...STORY_KINDS].map((k) => k.id);

export function kindInfo(id) {
  return BY_ID.get(id) || { id, label: String(id || 'change').toLowerCase().replace(/_/g, ' '), sides: 'both', help: '' };
}

// Claim kinds of a sentence (the claims list of a version).
export const CLAIM_KINDS = {
  QUANTITY: 'number', QUOTE: 'quote', ATTRIBUTION: 'attribution', HEDGE: 'hedge', STATEMENT: 'statement',
};

// Significance 0–1 in words. The server alerts from 0.5 on (VersionDiff.ALERT_THRESHOLD).
export const SIGNIFICANCE = [
  { word: 'major', min: 0.8, help: 'major (0.8–1): a changed figure, a removed or reversed claim' },
  { word: 'notable', min: 0.5, help: 'notable (0.5–0.8): worth a look; webhooks and notifications start here' },
  { word: 'minor', min: 0, help: 'minor (below 0.5): wording that barely changes the claim' },
];

export function significanceWord(value) {
  const v = Number(value) || 0;
  return SIGNIFICANCE.find((s) => v >= s.min).word;
}

export const ROLES = ['viewer', 'editor', 'admin'];
export const ROLE_HELP = {
  viewer: 'reads everything, changes nothing',
  editor: 'manages feeds, stories and webhook alerts',
  admin: 'also manages users',
};

export const STORY_STATUS_ORDER = { DISPUTED: 0, UPDATED: 1, AGREED: 2, SINGLE: 3 };
