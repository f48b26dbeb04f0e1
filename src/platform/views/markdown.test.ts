import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsx } from 'hono/jsx';
import { Opgemaakt, renderMarkdown } from './markdown';

/** Every href in the output, decoded as a browser would read the attribute. */
const hrefs = (html: string) =>
  [...html.matchAll(/\shref="([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<'),
  );

/** The real tags of the output, each with its attribute names; every attribute value must be quoted. */
function tagsMetAttributen(html: string): { tag: string; attributen: string[] }[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map((m) => {
    const rest = m[2] ?? '';
    assert.match(rest, /^(\s+[a-z-]+="[^"<>]*")*\s*\/?$/i, `ongeldige attributen in ${m[0]}`);
    return {
      tag: (m[1] ?? '').toLowerCase(),
      attributen: [...rest.matchAll(/\s([a-z-]+)="/gi)].map((a) => (a[1] ?? '').toLowerCase()),
    };
  });
}

/** The tags in the output. */
const tags = (html: string) =>
  [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => (m[1] ?? '').toLowerCase());

const TOEGESTANE_TAGS = new Set([
  'p',
  'br',
  'a',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const TOEGESTANE_ATTRIBUTEN = new Set(['class', 'href', 'rel', 'title', 'start']);

/** What must hold for any input: only harmless tags and attributes, only http(s) and mailto links. */
function assertVeilig(html: string, invoer: string): void {
  const bij = `bij invoer ${JSON.stringify(invoer)}: ${html}`;
  assert.doesNotMatch(html, /<script/i, bij);
  assert.doesNotMatch(html, /<(img|svg|iframe|object|embed|style|form|input|math)\b/i, bij);
  for (const t of tags(html)) assert.ok(TOEGESTANE_TAGS.has(t), `tag ${t} ${bij}`);
  for (const { attributen } of tagsMetAttributen(html)) {
    for (const a of attributen) {
      assert.ok(!a.startsWith('on'), `event-handler ${a} ${bij}`);
      assert.ok(TOEGESTANE_ATTRIBUTEN.has(a), `attribuut ${a} ${bij}`);
    }
  }
  for (const h of hrefs(html)) assert.match(h, /^(https?:\/\/|mailto:)/i, bij);
  for (const m of html.matchAll(/<a\s[^>]*>/g)) {
    assert.match(m[0], /\srel="nofollow noopener noreferrer"/, bij);
    assert.match(m[0], /\sclass="utrecht-link utrecht-link--html-a"/, bij);
  }
}

const vijandig = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](  javascript:alert(1)  )',
  '[x](java\nscript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript&colon;alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1)) [y](file:///etc/passwd)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '![x](http://evil/x.png)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x" onerror="alert(1)](http://evil/x.png)',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=https://example.nl>raw</a>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  '[ok](https://example.nl "titel\\" onmouseover=\\"alert(1)")',
  '[<img src=x onerror=alert(1)>](https://example.nl)',
  'https://example.nl/"onmouseover="alert(1)',
  '<http://example.nl/?a=1&b="2">',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '<!-- <script>alert(1)</script> -->',
  '<style>body{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '| a | b |\n|--:|---|\n| <b>1</b> | 2 |',
];

describe('Vijandige invoer wordt onschadelijk weergegeven', () => {
  for (const invoer of vijandig) {
    test(JSON.stringify(invoer), () => {
      assertVeilig(renderMarkdown(invoer), invoer);
    });
  }

  test('ruwe HTML wordt ge-escapet, niet weggegooid: de tekst blijft staan', () => {
    assert.equal(
      renderMarkdown('<script>alert(1)</script>'),
      '<p class="utrecht-paragraph">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
    assert.equal(
      renderMarkdown('<img src=x onerror=alert(1)>'),
      '<p class="utrecht-paragraph">&lt;img src=x onerror=alert(1)&gt;</p>\n',
    );
    assert.equal(
      renderMarkdown('"><svg onload=alert(1)>'),
      '<p class="utrecht-paragraph">&quot;&gt;&lt;svg onload=alert(1)&gt;</p>\n',
    );
    assert.ok(
      renderMarkdown('<a href="javascript:alert(1)">x</a>').includes(
        '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;',
      ),
    );
  });

  test('een link met een verboden schema blijft gewone tekst', () => {
    for (const invoer of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html;base64,AAAA)',
    ]) {
      const html = renderMarkdown(invoer);
      assert.doesNotMatch(html, /<a\s/, invoer);
      assert.equal(html, `<p class="utrecht-paragraph">${invoer}</p>\n`);
    }
  });

  test('relatieve en protocol-relatieve links worden geen link', () => {
    for (const invoer of ['[x](/beheer)', '[x](//evil.example)', '[x](#anker)']) {
      assert.doesNotMatch(renderMarkdown(invoer), /<a[\s>]/, invoer);
    }
    // An empty destination is parsed as a link without address; only its text remains.
    assert.equal(renderMarkdown('[x]()'), '<p class="utrecht-paragraph">x</p>\n');
  });

  test('een afbeelding wordt een gewone link naar de afbeelding, nooit <img>', () => {
    assert.equal(
      renderMarkdown('![Logo van de GGD](http://evil/x.png)'),
      '<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="http://evil/x.png" rel="nofollow noopener noreferrer">Logo van de GGD</a></p>\n',
    );
    assert.ok(renderMarkdown('![](https://evil/x.png)').includes('>https://evil/x.png</a>'));
    const metAanhalingstekens = renderMarkdown('![x" onerror="alert(1)](http://evil/x.png)');
    assert.ok(metAanhalingstekens.includes('>x&quot; onerror=&quot;alert(1)</a>'));
  });
});

describe('Gewone opmaak', () => {
  test('alinea’s en regeleinden blijven zoals geschreven', () => {
    assert.equal(
      renderMarkdown('Eerste regel\ntweede regel\n\nNieuwe alinea'),
      '<p class="utrecht-paragraph">Eerste regel<br>\ntweede regel</p>\n<p class="utrecht-paragraph">Nieuwe alinea</p>\n',
    );
  });

  test('links krijgen de Utrecht-klasse en rel="nofollow noopener noreferrer"', () => {
    assert.equal(
      renderMarkdown('[GGD](https://ggd.example/begroting?jaar=2027&x=1)'),
      '<p class="utrecht-paragraph"><a href="https://ggd.example/begroting?jaar=2027&amp;x=1" class="utrecht-link utrecht-link--html-a" rel="nofollow noopener noreferrer">GGD</a></p>\n',
    );
    assert.deepEqual(hrefs(renderMarkdown('[mail](mailto:griffie@polderdam.example)')), [
      'mailto:griffie@polderdam.example',
    ]);
  });

  test('autolinks en losse adressen worden links (linkify)', () => {
    const html = renderMarkdown('Zie <https://example.nl>, www.example.nl en griffie@polderdam.nl.');
    assert.deepEqual(hrefs(html), [
      'https://example.nl',
      'http://www.example.nl',
      'mailto:griffie@polderdam.nl',
    ]);
    assertVeilig(html, 'autolinks');
    assert.doesNotMatch(renderMarkdown('ftp://example.nl/bestand'), /<a\s/);
  });

  test('HTML-entiteiten worden als tekst getoond, niet als opmaak', () => {
    assert.equal(
      renderMarkdown('&lt;script&gt; &amp; &copy; &#60;b&#62;'),
      '<p class="utrecht-paragraph">&lt;script&gt; &amp; © &lt;b&gt;</p>\n',
    );
  });

  test('koppen worden twee niveaus lager: nooit h1 of h2', () => {
    const html = renderMarkdown('# Een\n## Twee\n### Drie\n#### Vier\n###### Zes\n\nTitel\n=====');
    assert.doesNotMatch(html, /<h[12][\s>]/);
    assert.deepEqual(
      [...html.matchAll(/<(h\d) class="utrecht-heading-(\d)">([^<]*)<\/(h\d)>/g)].map((m) => [
        m[1],
        m[2],
        m[3],
        m[4],
      ]),
      [
        ['h3', '3', 'Een', 'h3'],
        ['h4', '4', 'Twee', 'h4'],
        ['h5', '5', 'Drie', 'h5'],
        ['h6', '6', 'Vier', 'h6'],
        ['h6', '6', 'Zes', 'h6'],
        ['h3', '3', 'Titel', 'h3'],
      ],
    );
  });

  test('lijsten krijgen de Utrecht-klassen, ook genest', () => {
    const html = renderMarkdown('- a\n  1. een\n  2. twee\n- b');
    assert.equal(
      html,
      '<ul class="utrecht-unordered-list">\n' +
        '<li class="utrecht-unordered-list__item">a\n' +
        '<ol class="utrecht-ordered-list">\n' +
        '<li class="utrecht-ordered-list__item">een</li>\n' +
        '<li class="utrecht-ordered-list__item">twee</li>\n' +
        '</ol>\n' +
        '</li>\n' +
        '<li class="utrecht-unordered-list__item">b</li>\n' +
        '</ul>\n',
    );
  });

  test('geneste nadruk', () => {
    assert.equal(
      renderMarkdown('***vet en schuin*** _a *b **c** d* e_'),
      '<p class="utrecht-paragraph"><em><strong>vet en schuin</strong></em> <em>a <em>b <strong>c</strong> d</em> e</em></p>\n',
    );
    const diep = `${'*'.repeat(200)}x${'*'.repeat(200)}`;
    assertVeilig(renderMarkdown(diep), 'diep geneste nadruk');
  });

  test('Nederlandse tekens en lege invoer', () => {
    assert.equal(
      renderMarkdown('Reële kosten: € 1.234,56'),
      '<p class="utrecht-paragraph">Reële kosten: € 1.234,56</p>\n',
    );
    assert.equal(renderMarkdown(''), '');
  });
});

describe('Opgemaakt', () => {
  test('zet de opgemaakte tekst in div.grip-opgemaakt, zonder dubbel te escapen', async () => {
    const html = await jsx(Opgemaakt, { tekst: '*Let op* <script>alert(1)</script> & co' }).toString();
    assert.equal(
      html,
      '<div class="grip-opgemaakt"><p class="utrecht-paragraph"><em>Let op</em> &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>\n</div>',
    );
  });
});
