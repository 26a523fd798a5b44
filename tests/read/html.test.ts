import { describe, expect, it } from 'vitest';
import { extractHtml, looksLikeHtml } from '../../src/read/html.js';
import { annotate } from '../../src/index.js';
import { expectContract } from '../support/contract.js';

const page = (body: string, head = '<title>Page</title>'): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml', () => {
  it('keeps headings, paragraphs, list items, captions and quotations as blank-line separated blocks', () => {
    const html = page(
      '<h1>Bridge to reopen</h1><p>The mayor said the bridge would reopen.</p>' +
        '<figure><img src="b.jpg"><figcaption>The bridge in May. PHOTO: REUTERS</figcaption></figure>' +
        '<ul><li>First point.</li><li>Second <em>point</em>.</li></ul><blockquote><p>"It is safe," she said.</p></blockquote>',
      '<title>Bridge to reopen | The Daily</title>',
    );
    expect(extractHtml(html)).toBe(
      'Bridge to reopen\n\nThe mayor said the bridge would reopen.\n\nThe bridge in May. PHOTO: REUTERS\n\nFirst point.\n\nSecond point.\n\n"It is safe," she said.\n',
    );
  });

  it('drops scripts, styles, navigation, the masthead, footers, asides, forms, templates and hidden elements', () => {
    const html = page(
      '<header><nav><a href="/">Home</a></nav><div>The Daily</div></header><script>var p = "<p>no</p>";</script><style>p{}</style>' +
        '<noscript>Enable JavaScript</noscript><p>Kept.</p><aside>Related story</aside><form><label>Email</label><button>Subscribe</button></form>' +
        '<template><p>Template</p></template><div hidden>Hidden</div><div aria-hidden="true">Aria</div><div role="navigation">Menu</div><footer>© 2024</footer>',
    );
    expect(extractHtml(html)).toBe('Page\n\nKept.\n');
  });

  it('keeps the header inside the article (headline and byline) and reads only the one article', () => {
    const html = page('<div><a>Most read</a></div><article><header><h1>Title</h1><p>By Jane Doe</p></header><p>Body.</p></article><div>Related</div>');
    expect(extractHtml(html)).toBe('Page\n\nTitle\n\nBy Jane Doe\n\nBody.\n');
  });

  it('decodes character references and collapses whitespace, keeping NBSP and <br> line breaks', () => {
    const html = page('<p>Iran&rsquo;s   mission\n said &quot;no&quot; &amp; left&nbsp;early.<br>Next line.</p>');
    expect(extractHtml(html)).toBe('Page\n\nIran’s mission said "no" & left\u00a0early.\nNext line.\n');
  });

  it('keeps preformatted text line by line', () => {
    expect(extractHtml(page('<pre>\n  one\n  two  \n</pre>'))).toBe('Page\n\n  one\n  two\n');
  });

  it('gives an empty string for a page without text', () => {
    expect(extractHtml('<html><head><script>x()</script></head><body><nav>Home</nav></body></html>')).toBe('');
  });

  it('survives pages nested deeper than the call stack', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractHtml(html)).toBe('Deep.\n');
  });

  it('gives text the annotator keeps its promises on', () => {
    const text = extractHtml(page('<h1>Iran denies hack</h1><p>WASHINGTON &mdash; The mission denied it. Officials may respond, a source said.</p>'));
    expectContract(text, annotate(text));
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['  \n<!doctype html>', true],
    ['<html lang="en">', true],
    ['<!-- saved page --><html>', true],
    ['<p>a fragment</p>', false],
    ['Plain text mentioning <html> later', false],
    ['<htmlfoo>', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
