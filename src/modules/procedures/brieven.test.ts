import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { raadsvoorstel, zienswijzeBrief, type BriefGegevens, type Briefsjabloon } from './brieven';

const sjabloon: Briefsjabloon = {
  afzender: 'De raad van de gemeente Polderdam',
  adresregels: ['Postbus 100', '9999 ZZ Polderdam'],
  plaats: 'Polderdam',
  ondertekening: [
    { naam: 'mr. A. de Griffier', functie: 'de griffier' },
    { naam: 'B. Burgemeester', functie: 'de voorzitter' },
  ],
  aanhef: 'Geacht bestuur,',
  slot: 'Hoogachtend,',
  voettekst: 'Gemeente Polderdam · Raadhuisplein 1 · www.polderdam.example',
};

const vijandig = '<script>alert(1)</script> & "quotes" € ë';

const gegevens: BriefGegevens = {
  organisatieNaam: 'Gemeente Polderdam',
  regelingNaam: 'GGD Polderland',
  ontvanger: {
    naam: 'Het dagelijks bestuur van de GGD Polderland',
    adresregels: ['Postbus 200', '9998 YY Bremmerdam'],
  },
  procedureTitel: 'Ontwerpbegroting 2027',
  procedureSoortLabel: 'ontwerpbegroting',
  artikel: 'art. 35 lid 3 Wgr',
  verzondenOp: '2026-04-02',
  uiterlijk: '2026-06-25',
  datumBrief: '2026-06-12',
  kenmerk: 'RV-2026-042',
  strekking: 'met_opmerkingen',
  zienswijzeTekst: [
    'De raad vraagt aandacht voor de stijging van de bijdrage per inwoner.',
    '',
    'De raad vraagt het bestuur:',
    '- de indexering te onderbouwen;',
    '- de reserves te betrekken.',
    '',
    vijandig,
    '',
    '# Geen kop, *geen nadruk* en [geen link](http://evil.example)',
  ].join('\n'),
  raadsvergadering: '2026-06-18',
  commissievergadering: '2026-06-04',
  documenten: [{ titel: 'Ontwerpbegroting 2027 GGD Polderland' }, { titel: 'Aanbiedingsbrief' }],
};

async function tekstVan(buf: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: buf });
  return value;
}

/** The zip parts of the DOCX; every XML part must parse. */
async function onderdelen(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const uit: Record<string, string> = {};
  for (const naam of Object.keys(zip.files)) {
    const bestand = zip.file(naam);
    if (bestand && /\.(xml|rels)$/.test(naam)) uit[naam] = await bestand.async('string');
  }
  return uit;
}

function parseXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** Word paragraphs in document order, with their style, from word/document.xml. */
function alineaStijlen(xml: string): { stijl: string | null; tekst: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const inhoud = m[1] ?? m[2] ?? '';
    return {
      stijl: /<w:pStyle w:val="([^"]+)"/.exec(inhoud)?.[1] ?? null,
      tekst: [...inhoud.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    };
  });
}

describe('Zienswijzebrief', () => {
  test('is een DOCX waarvan word/document.xml en de andere delen geldige XML zijn', async () => {
    const buf = await zienswijzeBrief(gegevens, sjabloon);
    assert.deepEqual([...buf.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    const delen = await onderdelen(buf);
    assert.ok(delen['word/document.xml'], 'word/document.xml bestaat');
    for (const [naam, xml] of Object.entries(delen)) assert.doesNotThrow(() => parseXml(xml), naam);
  });

  test('bevat afzender, geadresseerde, plaats en datum, kenmerk en onderwerp', async () => {
    const tekst = await tekstVan(await zienswijzeBrief(gegevens, sjabloon));
    for (const verwacht of [
      'De raad van de gemeente Polderdam',
      'Postbus 100',
      '9999 ZZ Polderdam',
      'Het dagelijks bestuur van de GGD Polderland',
      '9998 YY Bremmerdam',
      'Polderdam, 12 juni 2026',
      'Ons kenmerk: RV-2026-042',
      'Uw brief van: 2 april 2026',
      'Onderwerp: Zienswijze op Ontwerpbegroting 2027 van GGD Polderland',
      'Geacht bestuur,',
      'Hoogachtend,',
      'mr. A. de Griffier',
      'de voorzitter,',
      'B. Burgemeester',
    ]) {
      assert.ok(tekst.includes(verwacht), `verwacht: ${verwacht}`);
    }
    assert.ok(tekst.indexOf('Postbus 100') < tekst.indexOf('Postbus 200'), 'afzender vóór geadresseerde');
  });

  test('noemt ontvangst, artikel, termijn, vergadering en strekking in het Nederlands', async () => {
    const tekst = await tekstVan(await zienswijzeBrief(gegevens, sjabloon));
    assert.ok(
      tekst.includes('Bij uw brief van 2 april 2026 heeft u ons ‘Ontwerpbegroting 2027’ toegezonden.'),
    );
    assert.ok(
      tekst.includes(
        'Op grond van art. 35 lid 3 Wgr kan de raad daarover zijn zienswijze naar voren brengen, uiterlijk op donderdag 25 juni 2026.',
      ),
    );
    assert.ok(tekst.includes('in zijn vergadering van donderdag 18 juni 2026'));
    assert.ok(
      tekst.includes(
        'De raad stemt in met ‘Ontwerpbegroting 2027’, met de opmerkingen die hieronder volgen.',
      ),
    );
    assert.doesNotMatch(tekst, /\d{4}-\d{2}-\d{2}/, 'geen ISO-datums in de brief');
  });

  test('neemt de zienswijzetekst letterlijk over, ook HTML, & en aanhalingstekens', async () => {
    const buf = await zienswijzeBrief(gegevens, sjabloon);
    const tekst = await tekstVan(buf);
    assert.ok(tekst.includes(vijandig));
    assert.ok(tekst.includes('# Geen kop, *geen nadruk* en [geen link](http://evil.example)'));
    const xml = (await onderdelen(buf))['word/document.xml'] ?? '';
    assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp;'), 'ge-escapet in de XML');
    assert.doesNotMatch(xml, /<script/);
    assert.doesNotMatch(xml, /<w:hyperlink/, 'geen link uit gebruikerstekst');
  });

  test('maakt alinea’s en opsommingstekens van de tekst, verder niets', async () => {
    const xml = (await onderdelen(await zienswijzeBrief(gegevens, sjabloon)))['word/document.xml'] ?? '';
    const alineas = alineaStijlen(xml);
    const opsomming = alineas.filter((a) => a.stijl === 'ListParagraph').map((a) => a.tekst);
    assert.deepEqual(opsomming, ['de indexering te onderbouwen;', 'de reserves te betrekken.']);
    assert.ok(alineas.some((a) => a.tekst === 'De raad vraagt het bestuur:'));
    assert.ok(
      alineas.some((a) => a.tekst === '# Geen kop, *geen nadruk* en [geen link](http://evil.example)'),
    );
  });

  test('heeft een koptekst met de organisatie en een voettekst met paginanummers', async () => {
    const delen = await onderdelen(await zienswijzeBrief(gegevens, sjabloon));
    const koppen = Object.entries(delen).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
    const voeten = Object.entries(delen).filter(([n]) => /^word\/footer\d*\.xml$/.test(n));
    assert.ok(koppen.some(([, x]) => x.includes('Gemeente Polderdam')));
    assert.ok(voeten.some(([, x]) => x.includes('Raadhuisplein 1') && /PAGE/.test(x) && /NUMPAGES/.test(x)));
  });

  test('zet tijdelijke tekst tussen haken waar nog niets bekend is', async () => {
    const tekst = await tekstVan(
      await zienswijzeBrief(
        {
          ...gegevens,
          strekking: null,
          zienswijzeTekst: null,
          kenmerk: null,
          verzondenOp: null,
          uiterlijk: null,
          raadsvergadering: null,
        },
        { ...sjabloon, voettekst: null, ondertekening: [] },
      ),
    );
    assert.ok(tekst.includes('[Strekking van de zienswijze'));
    assert.ok(tekst.includes('[Tekst van de zienswijze]'));
    assert.ok(tekst.includes('U heeft ons ‘Ontwerpbegroting 2027’ toegezonden.'));
    assert.ok(tekst.includes('zijn zienswijze naar voren brengen.'));
    assert.ok(!tekst.includes('Ons kenmerk'));
    assert.ok(!tekst.includes('null') && !tekst.includes('undefined'));
  });

  test('een instemmende zienswijze zonder tekst heeft geen lege plek voor tekst', async () => {
    const tekst = await tekstVan(
      await zienswijzeBrief({ ...gegevens, strekking: 'instemmend', zienswijzeTekst: null }, sjabloon),
    );
    assert.ok(tekst.includes('De raad stemt in met ‘Ontwerpbegroting 2027’.'));
    assert.ok(!tekst.includes('['));
  });

  test('laat tekens weg die in XML niet mogen, zodat Word het bestand opent', async () => {
    const buf = await zienswijzeBrief({ ...gegevens, zienswijzeTekst: 'voor\u0000\u0007na' }, sjabloon);
    const xml = (await onderdelen(buf))['word/document.xml'] ?? '';
    assert.doesNotThrow(() => parseXml(xml));
    assert.ok((await tekstVan(buf)).includes('voorna'));
  });
});

describe('Raadsvoorstel', () => {
  test('is een DOCX met geldige XML', async () => {
    const delen = await onderdelen(await raadsvoorstel(gegevens, sjabloon));
    assert.ok(delen['word/document.xml']);
    for (const [naam, xml] of Object.entries(delen)) assert.doesNotThrow(() => parseXml(xml), naam);
  });

  test('heeft de titel en de secties als echte Word-koppen', async () => {
    const xml = (await onderdelen(await raadsvoorstel(gegevens, sjabloon)))['word/document.xml'] ?? '';
    const koppen = alineaStijlen(xml).filter((a) => a.stijl && /^(Title|Heading\d)$/.test(a.stijl));
    assert.deepEqual(koppen, [
      { stijl: 'Title', tekst: 'Zienswijze op Ontwerpbegroting 2027 van GGD Polderland' },
      { stijl: 'Heading1', tekst: 'Onderwerp' },
      { stijl: 'Heading1', tekst: 'Voorgesteld besluit' },
      { stijl: 'Heading1', tekst: 'Aanleiding' },
      { stijl: 'Heading1', tekst: 'Argumenten' },
      { stijl: 'Heading1', tekst: 'Procedure' },
      { stijl: 'Heading1', tekst: 'Bijlagen' },
      { stijl: 'Heading1', tekst: 'Besluit' },
    ]);
  });

  test('noemt het besluit, de aanleiding met data, de procedure en de bijlagen', async () => {
    const tekst = await tekstVan(await raadsvoorstel(gegevens, sjabloon));
    for (const verwacht of [
      'Raadsvoorstel',
      'Datum: 12 juni 2026',
      'Kenmerk: RV-2026-042',
      'De raad wordt voorgesteld in te stemmen met ‘Ontwerpbegroting 2027’, met de opmerkingen in de zienswijze',
      'Het dagelijks bestuur van de GGD Polderland heeft op 2 april 2026 ‘Ontwerpbegroting 2027’ aan de raad toegezonden (soort procedure: ontwerpbegroting).',
      'Op grond van art. 35 lid 3 Wgr',
      'uiterlijk op donderdag 25 juni 2026 bij het bestuur van GGD Polderland',
      'Commissie: donderdag 4 juni 2026',
      'Raadsvergadering: donderdag 18 juni 2026',
      'Uiterste datum zienswijze: donderdag 25 juni 2026',
      'Ontwerpbegroting 2027 GGD Polderland',
      'Aanbiedingsbrief',
      'De raad van de gemeente Polderdam,',
      'gelet op art. 35 lid 3 Wgr;',
      'besluit:',
      'In te stemmen met ‘Ontwerpbegroting 2027’',
      'Aldus besloten in de openbare vergadering van donderdag 18 juni 2026.',
      'mr. A. de Griffier',
      vijandig,
    ]) {
      assert.ok(tekst.includes(verwacht), `verwacht: ${verwacht}`);
    }
  });

  test('zonder data, strekking, tekst en bijlagen: tijdelijke tekst en "nog niet gepland"', async () => {
    const tekst = await tekstVan(
      await raadsvoorstel(
        {
          ...gegevens,
          strekking: null,
          zienswijzeTekst: '   ',
          verzondenOp: null,
          uiterlijk: null,
          raadsvergadering: null,
          commissievergadering: null,
          documenten: [],
        },
        sjabloon,
      ),
    );
    for (const verwacht of [
      '[voorgesteld besluit',
      '[Argumenten voor het voorgestelde besluit]',
      'Commissie: nog niet gepland',
      'Raadsvergadering: nog niet gepland',
      'Uiterste datum zienswijze: onbekend',
      'De uiterste datum voor de zienswijze is nog niet bekend.',
      'Geen.',
      'Aldus besloten in de openbare vergadering van [datum].',
    ]) {
      assert.ok(tekst.includes(verwacht), `verwacht: ${verwacht}`);
    }
    assert.ok(!tekst.includes('null') && !tekst.includes('undefined'));
  });

  test('elke strekking geeft een eigen besluit', async () => {
    const instemmend = await tekstVan(
      await raadsvoorstel({ ...gegevens, strekking: 'instemmend' }, sjabloon),
    );
    assert.ok(
      instemmend.includes('In te stemmen met ‘Ontwerpbegroting 2027’ en dit met de bijgevoegde brief'),
    );
    const bezwaar = await tekstVan(await raadsvoorstel({ ...gegevens, strekking: 'bezwaar' }, sjabloon));
    assert.ok(
      bezwaar.includes('Over ‘Ontwerpbegroting 2027’ een zienswijze te geven waarin de raad bezwaar maakt'),
    );
  });
});
