/**
 * ROO export (exportOO.xml): no real file is available, so the fixtures follow the documented structure
 * (shared docs ankers-ecosysteem.md §1.2–1.3; element paths from Polder's roo_field_map.md).
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { leesRooXml, leesRooXmlAlles, type RooXmlRecord } from './roo-xml';
import { EXPORT_20, EXPORT_269, NS_269 } from './roo-xml.voorbeeld';

/** The 1-based line of the first line of `tekst` that contains `stuk`. */
const regelMet = (tekst: string, stuk: string) => tekst.split('\n').findIndex((r) => r.includes(stuk)) + 1;

/** Yields `tekst` as UTF-8 byte chunks of `grootte` bytes (splitting multi-byte characters). */
function* inStukken(tekst: string, grootte: number) {
  const b = Buffer.from(tekst, 'utf8');
  for (let i = 0; i < b.length; i += grootte) yield b.subarray(i, i + grootte);
}

describe('leesRooXml: export 2.6.9 met prefix', () => {
  test('regelingen, deelnemers met toe- en uittreding, verdeelsleutel, organen, vorm, grondslag; organisaties met TOOI', async () => {
    const x = await leesRooXmlAlles([EXPORT_269], 'exportOO.xml', { peildatum: '2026-05-16' });
    assert.equal(x.namespace, NS_269);
    assert.equal(x.schemaVersie, '2.6.9');
    assert.equal(x.peildatum, '2026-05-16');
    assert.equal(x.regelingen.length, 2);
    assert.equal(x.deelnames.length, 3);
    const [wmo, oud] = x.regelingen as [(typeof x.regelingen)[number], (typeof x.regelingen)[number]];
    assert.equal(wmo.bron, 'roo');
    assert.equal(wmo.rooId, '29494998');
    assert.equal(wmo.doel, 'Samenwerken aan Wmo & beschermd wonen.');
    assert.equal(wmo.samenwerkingsvorm, 'Regeling zonder meer');
    assert.equal(wmo.vorm, 'regeling_zonder_meer');
    assert.deepEqual(wmo.bevoegdheidsverkrijgingen, ['Mandaat']);
    assert.deepEqual(wmo.bevoegdheden, [
      { kop: 'Artikel 6: Bevoegdheden', inhoud: '1. De colleges geven mandaat <aan> de centrumgemeente.' },
    ]);
    assert.deepEqual(wmo.wettelijkeGrondslagen, [
      {
        opschrift: 'Wet gemeenschappelijke regelingen',
        referentie: 'http://wetten.overheid.nl/jci1.3:c:BWBR0003740',
      },
    ]);
    assert.deepEqual(wmo.instellingsbesluiten, ['https://lokaleregelgeving.overheid.nl/CVDR702345/1']);
    assert.deepEqual(wmo.beleidsterreinen, [
      { naam: 'zorg en gezondheid', tooi: 'https://identifier.overheid.nl/tooi/def/thes/top/c_d0463fb7' },
    ]);
    assert.equal(wmo.bronhouder?.cbsCode, 'GM0828');
    assert.deepEqual(wmo.vorigeVersie, {
      rooId: '24967448',
      naam: 'Centrumregeling Wmo Brabant Noordoost-oost 2015',
    });
    assert.equal(wmo.datumVerificatie, '2025-02-20');
    assert.deepEqual(wmo.herkomst, {
      bestand: 'exportOO.xml',
      regel: regelMet(EXPORT_269, '<p:regeling p:systeemId="29494998">'),
      pad: '/overheidsorganisaties/gemeenschappelijkeRegelingen/regeling[1]',
    });
    assert.deepEqual(
      wmo.deelnames.map((d) => [
        d.deelnemer.naam,
        d.deelnemer.cbsCode,
        d.toetredingsdatum,
        d.uittredingsdatum,
        d.verdeelsleutel,
        d.organen.map((o) => o.orgaan),
        d.herkomst.regel,
      ]),
      [
        [
          'Gemeente Oss',
          'GM0828',
          '2015-01-01',
          null,
          33,
          ['college'],
          regelMet(EXPORT_269, 'deelnemendeOrganisatie p:systeemId="37907"'),
        ],
        // No TOOI URI: the CBS code comes from the organisation with the same systeemId.
        [
          'Gemeente Boekel',
          'GM0755',
          '2015-01-01',
          '2023-12-31',
          4,
          ['raad', 'burgemeester'],
          regelMet(EXPORT_269, 'deelnemendeOrganisatie p:systeemId="26635"'),
        ],
        // Unknown participant: kept with its name.
        [
          'Gemeinde Kranenburg',
          null,
          '2016-05-01',
          null,
          null,
          [],
          regelMet(EXPORT_269, 'deelnemendeOrganisatie p:systeemId="99999"'),
        ],
      ],
    );
    assert.equal(oud.vorm, 'openbaar_lichaam');
    assert.equal(oud.datumUitwerkingtreding, '2024-01-03');
    assert.deepEqual(oud.volgendeVersie, {
      rooId: '29494998',
      naam: 'Centrumregeling Wmo Brabant Noordoost-oost 2024',
    });

    assert.deepEqual(
      x.organisaties.map((o) => [o.rooId, o.naam, o.soort, o.tooi, o.cbsCode, o.onderdeelVan]),
      [
        ['37908', 'Gemeenteraad Oss', 'overig', null, null, '37907'],
        [
          '37907',
          'Gemeente Oss',
          'gemeente',
          'https://identifier.overheid.nl/tooi/id/gemeente/gm0828',
          'GM0828',
          null,
        ],
        ['26635', 'Gemeente Boekel', 'gemeente', null, 'GM0755', null],
      ],
    );
    const oss = x.organisaties[1]!;
    assert.equal(oss.oin, '00000001001597744000');
    assert.equal(x.organisaties[2]!.kvk, '17272738');
    assert.equal(x.organisaties[2]!.geldigTot, '2029-01-01');
  });

  test('als stroom van bytes in stukken van 7 (ook midden in een teken): hetzelfde resultaat', async () => {
    const heel = await leesRooXmlAlles([EXPORT_269], 'exportOO.xml');
    const stroom = await leesRooXmlAlles(Readable.from(inStukken(EXPORT_269, 7)), 'exportOO.xml');
    assert.deepEqual(stroom, heel);
  });

  test('een regeling komt vrij zodra haar element sluit, vóór het einde van de invoer', async () => {
    let gelezen = 0;
    const stukken = [...inStukken(EXPORT_269, 256)];
    function* bron() {
      for (const s of stukken) {
        gelezen++;
        yield s;
      }
    }
    for await (const r of leesRooXml(bron(), 'exportOO.xml')) {
      if (r.soort === 'regeling') {
        assert.ok(gelezen < stukken.length, `${gelezen} van ${stukken.length} stukken gelezen`);
        break;
      }
    }
  });
});

describe('leesRooXml: andere namespace en versie', () => {
  test('standaardnamespace almanak 2.0, gemeenschappelijkeRegeling met titel, attributen zonder prefix', async () => {
    const x = await leesRooXmlAlles([EXPORT_20], 'oud.xml');
    assert.equal(x.schemaVersie, '2.0');
    assert.equal(x.peildatum, null);
    assert.equal(x.regelingen.length, 1);
    const r = x.regelingen[0]!;
    assert.deepEqual(
      [
        r.rooId,
        r.titel,
        r.vorm,
        r.datumUitwerkingtreding,
        r.deelnames[0]!.deelnemer.cbsCode,
        r.deelnames[0]!.verdeelsleutel,
      ],
      [
        '12345',
        'Gemeenschappelijke regeling Drechtsteden',
        'openbaar_lichaam',
        '2019-01-01',
        'GM0505',
        35.53,
      ],
    );
  });

  test('een ander prefix en versie 2.4.11 geeft hetzelfde als 2.6.9', async () => {
    const ns = 'https://almanak.overheid.nl/static/schema/oo/export/2.4.11';
    const anders = EXPORT_269.replace(/(<\/?|\s)p:/g, '$1oo:')
      .replace('xmlns:p=', 'xmlns:oo=')
      .replace(NS_269, ns);
    assert.ok(anders.includes('<oo:regeling oo:systeemId="29494998">') && !anders.includes('<p:'));
    const a = await leesRooXmlAlles([anders], 'x.xml');
    const b = await leesRooXmlAlles([EXPORT_269], 'x.xml');
    assert.equal(a.schemaVersie, '2.4.11');
    assert.deepEqual(a.regelingen, b.regelingen);
    assert.deepEqual(a.organisaties, b.organisaties);
  });
});

describe('leesRooXml: fouten met regelnummer', () => {
  async function fout(xml: string | Uint8Array[], regel: number | undefined, reden: RegExp) {
    const stukken = typeof xml === 'string' ? [xml] : xml;
    await assert.rejects(
      async () => {
        const records: RooXmlRecord[] = [];
        for await (const r of leesRooXml(stukken, 'exportOO.xml')) records.push(r);
      },
      (e: unknown) => {
        assert.ok(e instanceof BronFout, String(e));
        assert.equal(e.bestand, 'exportOO.xml');
        assert.equal(e.regel, regel);
        assert.match(e.reden, reden);
        return true;
      },
    );
  }

  test('onjuist gesloten element', async () => {
    const kapot = EXPORT_269.replace(
      '<p:titel>Centrumregeling Wmo Brabant Noordoost-oost 2015</p:titel>',
      '<p:titel>Centrumregeling</p:naam>',
    );
    await fout(
      kapot,
      regelMet(kapot, '<p:titel>Centrumregeling</p:naam>'),
      /^ongeldige XML \(unexpected close tag/,
    );
  });

  test('afgebroken bestand: de laatste regel, met het open element', async () => {
    const half = EXPORT_269.slice(0, 2000);
    await fout(half, half.split('\n').length, /^ongeldige XML \(unclosed tag: p:/);
  });

  test('onbekend namespace-prefix', async () => {
    await fout('<?xml version="1.0"?>\n<x:a>\n</x:a>\n', 2, /^ongeldige XML \(unbound namespace prefix/);
  });

  test('ongeldige datum, verdeelsleutel, regeling zonder systeemId, geen UTF-8', async () => {
    const datum = EXPORT_269.replace('<p:toetredingsDatum>2015-01-01', '<p:toetredingsDatum>1-1-2015');
    await fout(datum, regelMet(datum, '1-1-2015'), /^toetredingsDatum "1-1-2015" is geen geldige datum/);
    const sleutel = EXPORT_269.replace('<p:verdeelsleutel>33,0', '<p:verdeelsleutel>veel');
    await fout(sleutel, regelMet(sleutel, '>veel<'), /^verdeelsleutel: "veel" is geen percentage/);
    const zonderId = EXPORT_269.replace('<p:regeling p:systeemId="24967448">', '<p:regeling>');
    await fout(zonderId, regelMet(zonderId, '<p:regeling>'), /^regeling 2 heeft geen systeemId$/);
    await fout(
      [Buffer.from('<?xml version="1.0"?>\n<a>'), Buffer.from([0xff, 0xfe]), Buffer.from('</a>')],
      2,
      /^geen geldige UTF-8$/,
    );
  });
});

describe('leesRooXml: omvang van de echte export', () => {
  test('een gegenereerde export van ± 40 MB als stroom', async (t) => {
    const aantal = 9_000;
    function* genereer() {
      yield `<?xml version="1.0" encoding="UTF-8"?>\n<p:overheidsorganisaties xmlns:p="${NS_269}"><p:gemeenschappelijkeRegelingen>\n`;
      const deelnemer = (i: number) =>
        `<p:deelnemendeOrganisatie p:systeemId="${i}" p:resourceIdentifierTOOI="https://identifier.overheid.nl/tooi/id/gemeente/gm${String(i).padStart(4, '0')}">` +
        `<p:naam>Gemeente ${i}</p:naam><p:toetredingsDatum>2015-01-01</p:toetredingsDatum>` +
        `<p:bestuursorganen><p:bestuursorgaan>College van burgemeester en wethouders</p:bestuursorgaan></p:bestuursorganen></p:deelnemendeOrganisatie>\n`;
      for (let r = 0; r < aantal; r++) {
        const delen = [`<p:regeling p:systeemId="${r + 1}"><p:titel>Regeling ${r}</p:titel>`];
        delen.push(`<p:doel>${'Het belang van de regeling is de samenwerking. '.repeat(30)}</p:doel>`);
        delen.push(
          '<p:samenwerkingsvorm p:afkorting="OL">Openbaar lichaam</p:samenwerkingsvorm><p:deelnemendeOrganisaties>\n',
        );
        for (let d = 0; d < 8; d++) delen.push(deelnemer((r * 8 + d) % 400));
        delen.push(
          '</p:deelnemendeOrganisaties><p:datumInwerkingtreding>2020-01-01</p:datumInwerkingtreding></p:regeling>\n',
        );
        yield Buffer.from(delen.join(''), 'utf8');
      }
      yield '</p:gemeenschappelijkeRegelingen></p:overheidsorganisaties>\n';
    }
    let bytes = 0;
    function* geteld() {
      for (const s of genereer()) {
        bytes += typeof s === 'string' ? Buffer.byteLength(s) : s.length;
        yield s;
      }
    }
    const start = performance.now();
    let regelingen = 0;
    let deelnames = 0;
    for await (const r of leesRooXml(geteld(), 'groot.xml')) {
      if (r.soort === 'regeling') {
        regelingen++;
        deelnames += r.regeling.deelnames.length;
      }
    }
    const ms = performance.now() - start;
    t.diagnostic(
      `${(bytes / 1e6).toFixed(1)} MB, ${regelingen} regelingen, ${deelnames} deelnames in ${Math.round(ms)} ms`,
    );
    assert.equal(regelingen, aantal);
    assert.equal(deelnames, aantal * 8);
    assert.ok(bytes > 35e6, `${bytes} bytes`);
  });
});
