import { describe, expect, it } from 'vitest';
import {
  isAcceptedMediaType,
  parseContentType,
  sniffMediaType,
} from '../../../src/services/fetch/content-type.ts';

describe('parseContentType', () => {
  it('splits the media type from its charset, case-insensitively', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-2"')).toEqual({
      mediaType: 'text/html',
      charset: 'iso-8859-2',
    });
    expect(parseContentType('application/rss+xml')).toEqual({
      mediaType: 'application/rss+xml',
      charset: null,
    });
    expect(parseContentType('')).toBeNull();
    expect(parseContentType('garbage')).toBeNull();
  });
});

describe('isAcceptedMediaType', () => {
  it('accepts pages for articles and feeds (plus HTML for autodiscovery) for feeds', () => {
    for (const type of ['text/html', 'application/xhtml+xml', 'text/plain']) {
      expect(isAcceptedMediaType(type, 'page')).toBe(true);
      expect(isAcceptedMediaType(type, 'feed')).toBe(true);
    }
    const feedTypes = [
      'application/rss+xml',
      'application/atom+xml',
      'application/rdf+xml',
      'application/xml',
      'text/xml',
      'application/feed+json',
      'application/json',
    ];
    for (const type of feedTypes) {
      expect(isAcceptedMediaType(type, 'feed')).toBe(true);
      expect(isAcceptedMediaType(type, 'page')).toBe(false);
    }
    for (const type of ['application/pdf', 'image/png', 'application/octet-stream', 'video/mp4']) {
      expect(isAcceptedMediaType(type, 'feed')).toBe(false);
    }
  });
});

describe('sniffMediaType', () => {
  const sniff = (text: string, kind: 'page' | 'feed' = 'page') => sniffMediaType(Buffer.from(text), kind);

  it('recognises HTML, XHTML, XML feeds and JSON feeds', () => {
    expect(sniff('  <!DOCTYPE html><html>')).toBe('text/html');
    expect(sniff('\ufeff<html lang="en">')).toBe('text/html');
    expect(sniff('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).toBe(
      'application/xhtml+xml',
    );
    expect(sniff('<?xml version="1.0"?><rss>', 'feed')).toBe('application/xml');
    expect(sniff('<feed xmlns="http://www.w3.org/2005/Atom">', 'feed')).toBe('application/xml');
    expect(sniff('{"version":"https://jsonfeed.org/version/1.1"}', 'feed')).toBe('application/json');
  });

  it('does not take feeds or binary for pages', () => {
    expect(sniff('<?xml version="1.0"?><rss>')).toBeNull();
    expect(sniff('%PDF-1.7')).toBeNull();
    expect(sniff('{"a":1}')).toBeNull();
  });
});
