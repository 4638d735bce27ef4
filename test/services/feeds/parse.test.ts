import { describe, expect, it } from 'vitest';
import { discoverFeedLinks } from '../../../src/services/feeds/discover.ts';
import { htmlToParagraphs } from '../../../src/services/feeds/html-text.ts';
import { parseFeed } from '../../../src/services/feeds/parse.ts';
import { isUserFacingError } from '../../../src/services/errors.ts';

describe('parseFeed', () => {
  it('reads RSS 2.0 with CDATA, entities, content:encoded, dc:creator and media:thumbnail', () => {
    const xml = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Daily &amp; Nightly</title><link>https://news.example/</link>
<item>
  <title><![CDATA[Storm hits coast &amp; towns]]></title>
  <link>https://news.example/storm?utm_source=rss</link>
  <guid isPermaLink="false">storm-123</guid>
  <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <description>Short &lt;b&gt;teaser&lt;/b&gt;&amp;nbsp;text</description>
  <content:encoded><![CDATA[<p>First paragraph &mdash; with entity.</p><p>Second paragraph.</p>]]></content:encoded>
  <media:thumbnail url="https://news.example/storm.jpg" />
</item>
<item><title>Relative link</title><link>/local/2</link></item>
</channel></rss>`;
    const feed = parseFeed(xml, 'https://news.example/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Daily & Nightly');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first?.title).toBe('Storm hits coast & towns');
    expect(first?.guid).toBe('storm-123');
    expect(first?.publishedAt).toBe('2026-03-03T10:00:00.000Z');
    expect(first?.author).toBe('Jane Doe');
    expect(first?.imageUrl).toBe('https://news.example/storm.jpg');
    expect(htmlToParagraphs(first?.contentHtml ?? '')).toEqual([
      'First paragraph — with entity.',
      'Second paragraph.',
    ]);
    expect(htmlToParagraphs(first?.summaryHtml ?? '')).toEqual(['Short teaser text']);
    expect(second?.link).toBe('https://news.example/local/2');
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel, with dc:date', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF News</title><link>https://rdf.example/</link></channel>
<item rdf:about="https://rdf.example/a"><title>Item A</title><link>https://rdf.example/a</link><dc:date>2026-01-02T03:04:05+01:00</dc:date><description>About A</description></item>
<item rdf:about="https://rdf.example/b"><title>Item B</title></item>
</rdf:RDF>`;
    const feed = parseFeed(xml, 'https://rdf.example/rss');
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('RDF News');
    expect(feed.items.map((item) => item.title)).toEqual(['Item A', 'Item B']);
    expect(feed.items[0]?.publishedAt).toBe('2026-01-02T02:04:05.000Z');
    expect(feed.items[1]?.link).toBe('https://rdf.example/b');
  });

  it('reads Atom with alternate links, xhtml content and author names', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Times</title>
<link rel="self" href="https://atom.example/feed"/><link href="https://atom.example/"/>
<entry><id>tag:atom.example,2026:1</id><title type="html">Rates &lt;em&gt;rise&lt;/em&gt;</title>
<link rel="replies" href="https://atom.example/1#comments"/><link rel="alternate" type="text/html" href="https://atom.example/1"/>
<published>2026-02-01T12:00:00Z</published><updated>2026-02-02T12:00:00Z</updated>
<author><name>Sam Roe</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body one.</p><p>Body two.</p></div></content></entry>
</feed>`;
    const feed = parseFeed(xml, 'https://atom.example/feed');
    expect(feed.format).toBe('atom');
    const entry = feed.items[0]!;
    expect(entry.title).toBe('Rates rise');
    expect(entry.guid).toBe('tag:atom.example,2026:1');
    expect(entry.link).toBe('https://atom.example/1');
    expect(entry.publishedAt).toBe('2026-02-01T12:00:00.000Z');
    expect(entry.author).toBe('Sam Roe');
    expect(htmlToParagraphs(entry.contentHtml ?? '')).toEqual(['Body one.', 'Body two.']);
  });

  it('reads JSON Feed 1.1', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON Post',
      home_page_url: 'https://json.example/',
      items: [
        {
          id: 42,
          url: '/posts/42',
          title: 'Hello',
          content_html: '<p>Hi there.</p>',
          date_published: '2026-04-01T08:00:00-04:00',
          authors: [{ name: 'Ann' }],
        },
      ],
    });
    const feed = parseFeed(json, 'https://json.example/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      guid: '42',
      link: 'https://json.example/posts/42',
      title: 'Hello',
      author: 'Ann',
      publishedAt: '2026-04-01T12:00:00.000Z',
    });
  });

  it('survives broken XML: unclosed tags, HTML entities, junk dates, a BOM', () => {
    const xml = `\uFEFF<rss><channel><title>Broken &nbsp; feed</title>
<item><title>Fine &hellip; item</title><link>https://b.example/1</link><pubDate>not a date</pubDate><description>Unclosed <b>bold</description></item>
<item><title>Second & unescaped</title><link>https://b.example/2</link>
</channel>`;
    const feed = parseFeed(xml, 'https://b.example/rss');
    expect(feed.items.map((item) => item.link)).toEqual(['https://b.example/1', 'https://b.example/2']);
    expect(feed.items[0]?.title).toBe('Fine … item');
    expect(feed.items[0]?.publishedAt).toBeNull();
    expect(feed.items[1]?.title).toContain('unescaped');
  });

  it('refuses a web page and random JSON with a not_a_feed error people can read', () => {
    for (const body of [
      '<!doctype html><html><body><p>Hello</p></body></html>',
      '{"hello":"world"}',
      'plain text',
    ]) {
      let caught: unknown;
      try {
        parseFeed(body, 'https://x.example/');
      } catch (error) {
        caught = error;
      }
      expect(isUserFacingError(caught) && caught.code === 'not_a_feed').toBe(true);
    }
  });
});

describe('discoverFeedLinks', () => {
  it('finds advertised feeds, absolute, RSS/Atom first', () => {
    const html = `<html><head>
<link rel="alternate" type="application/json" href="/feed.json">
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/atom+xml" href="https://site.example/atom.xml">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<link rel="alternate" hreflang="fr" href="/fr/">
</head><body></body></html>`;
    expect(discoverFeedLinks(html, 'https://site.example/news/')).toEqual([
      'https://site.example/news/rss.xml',
      'https://site.example/atom.xml',
      'https://site.example/feed.json',
    ]);
  });
});
