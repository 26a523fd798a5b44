import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');

describe('extractHtml: furniture inside <main> and <article>', () => {
  it('drops teasers, share bars, newsletter boxes, "read more" lines and link lists inside <main>, keeping every body paragraph', () => {
    expect(extractHtml(fixture('teasers-in-main.html'))).toBe(
      'Harbour ferry fares to rise in spring\n\nBy Rosa Lindqvist\n\n' +
        'Ferry fares across the harbour will rise by a fifth in April, the transport board said on Tuesday.\n\n' +
        'The board said the increase would pay for two new electric boats, according to its published budget, and for longer evening service.\n\n' +
        'Commuter groups said the rise was not related to the new boats at all and blamed rising wages, a claim the board denied.\n\n' +
        'A board spokesperson said discounts for students would stay in place.\n\n' +
        'The new timetable is expected to be published next month, officials said.\n',
    );
  });

  it('reads the one story when teaser cards are <article>s of their own, dropping its promo and share links', () => {
    expect(extractHtml(fixture('article-cards.html'))).toBe(
      'Reservoir levels fall to record low\n\nWater use restrictions may follow, engineers say\n\n' +
        'The northern reservoir fell to 31 per cent of capacity this week, the lowest level since records began, the water company said.\n\n' +
        'Engineers said a hosepipe ban could be announced within days if the dry weather continued.\n\n' +
        'Farmers in the valley said they had already cut irrigation by half.\n',
    );
  });

  it('drops related lists, share bars, subscribe boxes and ad widgets inside the <article>', () => {
    expect(extractHtml(fixture('inside-article.html'))).toBe(
      'Clinic opening delayed by inspection\n\n' +
        'The new health clinic on Mill Road will open six weeks late after a fire inspection found faulty alarms, the health trust said.\n\n' +
        'The trust said patients already booked would be seen at the old surgery until then.\n\n' +
        'Local councillor Amir Haddad said the delay was "deeply disappointing" and called for an inquiry into the contractor.\n\n' +
        'The contractor did not respond to a request for comment.\n',
    );
  });

  it.each([
    ['class', '<div class="related-stories">'],
    ['id', '<div id="moreStories">'],
    ['aria-label', '<section aria-label="Read more">'],
    ['data-component', '<div data-component="NewsletterSignup">'],
    ['data-testid', '<div data-testid="share-tools">'],
  ])('drops a block named as furniture by its %s', (_, open) => {
    const close = open.startsWith('<section') ? '</section>' : '</div>';
    const html = page(`<main><p>The dam will be inspected, engineers said.</p>${open}<p>The pier may close, officials said.</p>${close}</main>`);
    expect(extractHtml(html)).toBe('Page\n\nThe dam will be inspected, engineers said.\n');
  });

  it('drops an unnamed block that is mostly links, and a "Read more:" line, by their links alone', () => {
    const html = page(
      '<main><p>The dam will be inspected, engineers said.</p>' +
        '<div><h3>Elsewhere</h3><ul><li><a href="/1">Pier may close</a></li><li><a href="/2">Tram fares frozen</a></li><li><a href="/3">Park gates repaired</a></li></ul></div>' +
        '<p><strong>Read more:</strong> <a href="/4">Officials said the pier may close</a></p><p>Related: <a href="/5">Canal to be dredged</a></p></main>',
    );
    expect(extractHtml(html)).toBe('Page\n\nThe dam will be inspected, engineers said.\n');
  });

  it('never drops the article\'s own paragraphs: links in prose, "related" in the text, a linked headline', () => {
    const body =
      '<h1><a href="/self">Dam to be inspected</a></h1>' +
      '<p>The dam will be inspected, <a href="/report">engineers said in a report</a>.</p>' +
      '<p>The cracks are related to last winter\'s frost, the report said.</p>' +
      '<p><a href="/a">Engineers</a>, <a href="/b">the council</a> and <a href="/c">the water board</a> agreed.</p>' +
      '<p>Work will start in May, she said. <a href="/more">More</a></p>' +
      '<blockquote><a href="/q">"It is safe," the engineer said.</a></blockquote>';
    expect(extractHtml(page(`<main>${body}</main>`))).toBe(
      'Page\n\nDam to be inspected\n\nThe dam will be inspected, engineers said in a report.\n\n' +
        "The cracks are related to last winter's frost, the report said.\n\nEngineers, the council and the water board agreed.\n\n" +
        'Work will start in May, she said. More\n\n"It is safe," the engineer said.\n',
    );
  });

  it('keeps a story whose own wrapper has a furniture-like name', () => {
    const html = page('<main><div class="story share-enabled"><p>The dam will be inspected, engineers said.</p><p>Work starts in May.</p></div><div class="share"><a href="#">Email</a></div></main>');
    expect(extractHtml(html)).toBe('Page\n\nThe dam will be inspected, engineers said.\n\nWork starts in May.\n');
  });

  it('keeps names that only contain a furniture word', () => {
    const html = page('<main><p class="shared-quote">The dam is safe.</p><div id="unrelated-notes"><p>Work starts in May.</p></div></main>');
    expect(extractHtml(html)).toBe('Page\n\nThe dam is safe.\n\nWork starts in May.\n');
  });

  it('gives text the annotator keeps its promises on, with the teasers\' claims gone', () => {
    const text = extractHtml(fixture('teasers-in-main.html'));
    const report = annotate(text);
    expectContract(text, report);
    expect(report.statements.map((s) => s.text).join(' ')).not.toMatch(/pier|Bus drivers|Lighthouse|Subscribe|Share on/);
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
