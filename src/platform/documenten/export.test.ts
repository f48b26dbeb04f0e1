import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beveiligTegenFormule, geldigeBladnaam, naarCsv, naarXlsx, type Kolom } from './export';

const kolommen: Kolom[] = [
  { sleutel: 'regeling', titel: 'Regeling' },
  { sleutel: 'uiterlijk', titel: 'Uiterlijk', breedte: 14 },
  { sleutel: 'bedrag', titel: 'Bedrag (€)' },
  { sleutel: 'opmerking', titel: 'Opmerking' },
];

const rijen: Record<string, unknown>[] = [
  { regeling: 'GGD Polderland', uiterlijk: '2026-06-25', bedrag: 1234.5, opmerking: 'Geen' },
  { regeling: 'Belastingsamenwerking "Polder; Oost"', uiterlijk: null, bedrag: -12, opmerking: undefined },
  { regeling: '=HYPERLINK("http://evil","klik")', uiterlijk: '2026-07-01', bedrag: 0, opmerking: '@SUM(A1)' },
  { regeling: 'Reiniging Eëmland', bedrag: 7, opmerking: 'regel 1\nregel 2' },
];

async function leesXlsx(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  // exceljs's own Buffer type predates Node's generic Buffer; the bytes are the same.
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const blad = wb.worksheets[0];
  assert.ok(blad, 'het werkboek heeft een blad');
  return blad;
}

describe('CSV voor Nederlandse Excel', () => {
  const csv = naarCsv(kolommen, rijen);
  const regels = csv.slice(1).split('\r\n');

  test('begint met een BOM en gebruikt ; als scheidingsteken en CRLF als regeleinde', () => {
    assert.ok(csv.startsWith('\uFEFFRegeling;Uiterlijk;Bedrag (€);Opmerking\r\n'));
    assert.ok(csv.endsWith('\r\n'));
    // The only bare LF is the one inside the quoted field "regel 1\nregel 2".
    assert.equal(csv.replace('"regel 1\nregel 2"', '').replaceAll('\r\n', '').includes('\n'), false);
  });

  test('schrijft getallen met een decimale komma en leeg voor null en undefined', () => {
    assert.equal(regels[1], 'GGD Polderland;2026-06-25;1234,5;Geen');
    assert.equal(regels[2], '"Belastingsamenwerking ""Polder; Oost""";;-12;');
  });

  test('zet velden met ; " CR of LF tussen aanhalingstekens (RFC 4180)', () => {
    assert.equal(naarCsv([{ sleutel: 'a', titel: 'A' }], [{ a: 'x\ry' }]), '\uFEFFA\r\n"x\ry"\r\n');
    assert.ok(csv.includes(';"regel 1\nregel 2"\r\n'));
    assert.equal(
      naarCsv([{ sleutel: 'a', titel: 'A' }], [{ a: 'gewoon, met komma' }]).split('\r\n')[1],
      'gewoon, met komma',
    );
  });

  test('beschermt tegen formule-injectie met een apostrof', () => {
    assert.equal(regels[3], `"'=HYPERLINK(""http://evil"",""klik"")";2026-07-01;0;'@SUM(A1)`);
    const gevaarlijk = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'];
    const uit = naarCsv(
      [{ sleutel: 'a', titel: 'A' }],
      gevaarlijk.map((a) => ({ a })),
    );
    for (const g of gevaarlijk) assert.ok(uit.includes(`'${g}`), JSON.stringify(g));
    // Numbers are numbers, not text: a negative number is not prefixed.
    assert.equal(naarCsv([{ sleutel: 'a', titel: 'A' }], [{ a: -3.25 }]), '\uFEFFA\r\n-3,25\r\n');
    // Headers are protected too.
    assert.ok(naarCsv([{ sleutel: 'a', titel: '=kop' }], []).startsWith("\uFEFF'=kop\r\n"));
  });

  test('houdt Nederlandse tekens (ë, €) als UTF-8', () => {
    assert.ok(regels[4]?.startsWith('Reiniging Eëmland;;7;'));
    const bytes = Buffer.from(csv, 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.includes(Buffer.from([0xe2, 0x82, 0xac])), '€ als UTF-8');
    assert.ok(bytes.includes(Buffer.from([0xc3, 0xab])), 'ë als UTF-8');
  });

  test('zet ja/nee, datums en lijsten om naar tekst', () => {
    const uit = naarCsv(
      [
        { sleutel: 'b', titel: 'B' },
        { sleutel: 'd', titel: 'D' },
        { sleutel: 'l', titel: 'L' },
        { sleutel: 'n', titel: 'N' },
      ],
      [{ b: true, d: new Date('2026-06-24T22:30:00Z'), l: ['GGD', 'VRP'], n: Number.NaN }],
    );
    // 22:30 UTC on 24 June is 25 June in the Netherlands.
    assert.equal(uit.split('\r\n')[1], 'ja;2026-06-25;GGD, VRP;');
  });

  test('een lege lijst geeft alleen de kopregel', () => {
    assert.equal(naarCsv(kolommen, []), '\uFEFFRegeling;Uiterlijk;Bedrag (€);Opmerking\r\n');
  });
});

describe('XLSX met exceljs', () => {
  test('heeft een vette, vastgezette kopregel met autofilter en kolombreedtes', async () => {
    const blad = await leesXlsx(await naarXlsx('Zienswijzen 2027', kolommen, rijen));
    assert.equal(blad.name, 'Zienswijzen 2027');
    const kop = blad.getRow(1);
    assert.deepEqual(
      [1, 2, 3, 4].map((i) => kop.getCell(i).value),
      ['Regeling', 'Uiterlijk', 'Bedrag (€)', 'Opmerking'],
    );
    assert.equal(kop.getCell(1).font?.bold, true);
    const view = blad.views[0];
    assert.equal(view?.state, 'frozen');
    assert.equal(view?.state === 'frozen' ? view.ySplit : undefined, 1);
    assert.deepEqual(blad.autoFilter, 'A1:D5');
    assert.equal(blad.getColumn(2).width, 14);
    // Computed from the longest value: 'Belastingsamenwerking "Polder; Oost"' is 36 characters.
    assert.equal(blad.getColumn(1).width, 38);
  });

  test('houdt tekst als tekst (ook datums) en getallen als getallen', async () => {
    const blad = await leesXlsx(await naarXlsx('Blad', kolommen, rijen));
    const r2 = blad.getRow(2);
    assert.equal(r2.getCell(1).value, 'GGD Polderland');
    assert.equal(r2.getCell(2).value, '2026-06-25');
    assert.equal(r2.getCell(2).type, ExcelJS.ValueType.String);
    assert.equal(r2.getCell(2).numFmt, '@');
    assert.equal(r2.getCell(3).value, 1234.5);
    assert.equal(r2.getCell(3).type, ExcelJS.ValueType.Number);
    const r3 = blad.getRow(3);
    assert.equal(r3.getCell(2).value, null);
    assert.equal(r3.getCell(3).value, -12);
    assert.equal(r3.getCell(4).value, null);
    assert.equal(blad.getRow(5).getCell(1).value, 'Reiniging Eëmland');
    assert.equal(blad.getRow(5).getCell(4).value, 'regel 1\nregel 2');
  });

  test('schrijft nooit een formule en zet een apostrof voor gevaarlijke tekst', async () => {
    const buf = await naarXlsx('Blad', kolommen, rijen);
    const blad = await leesXlsx(buf);
    const r4 = blad.getRow(4);
    assert.equal(r4.getCell(1).value, `'=HYPERLINK("http://evil","klik")`);
    assert.equal(r4.getCell(1).type, ExcelJS.ValueType.String);
    assert.equal(r4.getCell(4).value, "'@SUM(A1)");
    blad.eachRow((rij) =>
      rij.eachCell((c) => assert.notEqual(c.type, ExcelJS.ValueType.Formula, String(c.address))),
    );
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    assert.ok(xml);
    assert.doesNotMatch(xml, /<f[ >]/);
  });

  test('laat ongeldige XML-tekens weg en maakt een geldige bladnaam', async () => {
    const blad = await leesXlsx(
      await naarXlsx(
        'Kosten [2027]: raming/realisatie en nog veel meer tekst',
        [{ sleutel: 'a', titel: 'A' }],
        [{ a: 'voor\u0000na\u0007' }],
      ),
    );
    assert.equal(blad.getRow(2).getCell(1).value, 'voorna');
    assert.equal(blad.name, 'Kosten -2027-- raming-realisati'); // 31 characters at most
    assert.equal(geldigeBladnaam("''"), 'Blad1');
    assert.equal(geldigeBladnaam('History'), 'Blad1');
  });

  test('een lege lijst geeft alleen de kopregel', async () => {
    const blad = await leesXlsx(await naarXlsx('Leeg', kolommen, []));
    assert.equal(blad.rowCount, 1);
    assert.equal(blad.getRow(1).getCell(4).value, 'Opmerking');
  });
});

describe('beveiligTegenFormule', () => {
  test('zet alleen een apostrof voor = + - @ tab en CR aan het begin', () => {
    assert.equal(beveiligTegenFormule('=1'), "'=1");
    assert.equal(beveiligTegenFormule('a=1'), 'a=1');
    assert.equal(beveiligTegenFormule(''), '');
    assert.equal(beveiligTegenFormule(' =1'), ' =1');
  });
});
