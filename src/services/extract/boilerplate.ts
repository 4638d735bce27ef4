/** Lines inside an article body that are never part of the story (ad labels, bylines, datelines). */
import { isPageNote } from './page-notes.ts';

const AD_OR_PROMPT =
  /^(advertisement|advertising|advert|comments?|sponsored( content)?|ad|skip advertisement|(story|article) continues (below|after) (this )?(advertisement|ad)|more from [\w .'’-]{1,30}|continue reading( below)?|read more|scroll to continue( with content)?|related( articles| stories| coverage)?|recommended( stories)?|share( this( article| story)?)?|sign up( now)?|subscribe( now)?|follow us|click here|loading\.*)\s*[:.!…]*$/i;

const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
// "Updated 3:45 PM ET, May 17, 2023" / "Published 17 May 2023" / "2023-05-17 10:00".
const DATELINE = new RegExp(
  `^((published|updated|posted|last updated|first published)( on| at)?:?\\s*)?([a-z]+day,?\\s*)?` +
    // An optional time before the date ("Updated 3:45 PM ET, May 17, 2023").
    `(\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?,?\\s*)?` +
    `(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s*(\\d{4})?|\\d{1,2}\\s+${MONTH},?\\s*(\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})` +
    `([,\\s]*(at\\s*)?\\d{1,2}([:.]\\d{2})?\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?` +
    `(\\s*[|,/·-]?\\s*(updated|published)?.*\\d{1,2}:\\d{2}.*)?$`,
  'i',
);
const BYLINE =
  /^([Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3})*(\s*[,|]\s*[\p{L} ]{0,40})?$/u;

// Photo captions that sit in the body without a <figcaption>: "... (Image: GETTY)".
const CAPTION_CREDIT =
  /\((image|photo|picture|pictured|credit|source|video)s?\s*:[^)]*\)\s*$|\b(getty images|afp via getty|ap photo)\s*\)?\.?$/i;
// Newsletter and app prompts.
const PROMPT =
  /^(get|sign up|subscribe|join)\b.{0,120}\b(newsletters?|inbox)\b|this (slideshow|video|content) requires javascript/i;

// Page notes that follow a story, not part of it: copyright notices, republication and
// contribution notes, links back to the original, caption and "read more" toggles.
const NOTES: readonly RegExp[] = [
  /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i,
  /^(?:this (?:story|article|post|piece|report)(?: was)?|(?:story|article)) (?:originally|first) (?:published|appeared|ran)\b/i,
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i,
  /^read the original (?:article|story|post) (?:on|at)\b/i,
  /^(?:(?:show|hide|toggle|view) caption|read ?more|shop (?:similar|the) look|enlarge this image)\s*[:.!…]*$/i,
];
const MAX_NOTE = 200;

function isNote(text: string): boolean {
  // A loop, not NOTES.some(…): a closure made per line loses its optimized code to every full
  // collection (see insideAny in content.ts), and this runs once per paragraph.
  for (const pattern of NOTES) if (pattern.test(text)) return true;
  return false;
}

export function isBoilerplateLine(text: string): boolean {
  if (text.length <= MAX_NOTE && isNote(text)) return true;
  if (text.length <= 250 && (CAPTION_CREDIT.test(text) || PROMPT.test(text))) return true;
  if (isPageNote(text)) return true;
  if (text.length > 120) return false;
  if (AD_OR_PROMPT.test(text)) return true;
  if (text.length <= 80 && DATELINE.test(text)) return true;
  return BYLINE.test(text);
}
