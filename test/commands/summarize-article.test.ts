import { describe, expect, it } from 'vitest';
import type { Message } from 'discord.js';
import { firstLinkOf } from '../../src/commands/summarize-article.ts';

const message = (content: string, embedUrls: (string | null)[] = []) =>
  ({ content, embeds: embedUrls.map((url) => ({ url })) }) as unknown as Pick<Message, 'content' | 'embeds'>;

describe('firstLinkOf', () => {
  it('takes the first http(s) link in the text, without trailing punctuation or markdown', () => {
    expect(firstLinkOf(message('Read this: https://news.example/a/b?x=1. Then https://other.example'))).toBe(
      'https://news.example/a/b?x=1',
    );
    expect(firstLinkOf(message('(see https://news.example/story)'))).toBe('https://news.example/story');
    expect(firstLinkOf(message('wiki https://en.example.org/wiki/Foo_(bar) is good'))).toBe(
      'https://en.example.org/wiki/Foo_(bar)',
    );
    expect(firstLinkOf(message('no embed please <https://news.example/quiet>'))).toBe(
      'https://news.example/quiet',
    );
    expect(firstLinkOf(message('**https://news.example/bold**'))).toBe('https://news.example/bold');
  });

  it("falls back to the embeds' URLs, and finds nothing in plain chat", () => {
    expect(firstLinkOf(message('look at this', [null, 'https://news.example/embed']))).toBe(
      'https://news.example/embed',
    );
    expect(
      firstLinkOf(message('ftp://files.example/a and javascript:alert(1)', ['javascript:alert(1)'])),
    ).toBeNull();
    expect(firstLinkOf(message(''))).toBeNull();
  });
});
