/**
 * The DomHandler the extractor builds pages with: the tree htmlparser2's own handler builds, less
 * what no reader ever looks at, so that a page made mostly of it costs its parse and no more
 * (issue 18: a megabyte of scripts, styles and comments between short paragraphs). Comments are
 * not made into nodes (the parser then does not even copy their text out); <style> bodies and the
 * bodies of scripts that are not JSON are dropped. JSON scripts keep their text: JSON-LD and a
 * framework's app state are read from it (jsonld.ts, embedded-body.ts). Text around a comment
 * stays two text nodes, as before, so the rest of the tree is unchanged.
 */
import type { Element } from 'domhandler';
import { DomHandler } from 'domhandler';

const JSON_TYPE = /json/i;

export class PageHandler extends DomHandler {
  // htmlparser2 calls an optional callback only when present, and slices the comment's text for it.
  override oncomment = undefined as unknown as DomHandler['oncomment'];

  override ontext(data: string): void {
    if (this.keepsText()) super.ontext(data);
  }

  /** Whether text in the element open now becomes part of the tree (the parser asks too). */
  keepsText(): boolean {
    const parent = this.tagStack[this.tagStack.length - 1] as Element;
    return !(parent.type === 'style' || (parent.type === 'script' && !isJsonScript(parent)));
  }
}

function isJsonScript(script: Element): boolean {
  const type = script.attribs['type'];
  return type !== undefined && JSON_TYPE.test(type);
}
