import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { documentSoortLabels, herkenDocument } from './inhoud';

const tekst = (s: string) => new TextEncoder().encode(s);

async function docx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ text: 'Zienswijze van de raad' })] }],
  });
  return Packer.toBuffer(doc);
}

/** An OpenDocument package: the `mimetype` entry first and stored uncompressed (ODF 1.3 part 2, 3.3). */
async function odf(mimetype: string, body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', mimetype, { compression: 'STORE' });
  zip.file(
    'content.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
      ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
      `<office:body>${body}</office:body></office:document-content>`,
  );
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '</manifest:manifest>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const odt = () =>
  odf('application/vnd.oasis.opendocument.text', '<office:text><text:p>Zienswijze</text:p></office:text>');

/** A minimal valid PDF 1.4 with one empty page, with a correct cross-reference table. */
function pdf(): Uint8Array {
  const objecten = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let uit = '%PDF-1.4\n';
  const posities: number[] = [];
  objecten.forEach((o, i) => {
    posities.push(uit.length);
    uit += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = uit.length;
  uit += `xref\n0 ${objecten.length + 1}\n0000000000 65535 f \n`;
  for (const p of posities) uit += `${String(p).padStart(10, '0')} 00000 n \n`;
  uit += `trailer\n<< /Size ${objecten.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return tekst(uit);
}

/** An Office Open XML package with only [Content_Types].xml naming its main part, and that part. */
async function ooxml(hoofdtype: string, map: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${map}/hoofd.xml" ContentType="${hoofdtype}"/></Types>`,
  );
  zip.file(`${map}/hoofd.xml`, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('Documenten worden op inhoud herkend', () => {
  test('een Word-document gemaakt met docx is een DOCX', async () => {
    assert.deepEqual(await herkenDocument(await docx()), {
      soort: 'docx',
      mediatype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extensie: 'docx',
    });
  });

  test('een OpenDocument-tekst is een ODT', async () => {
    assert.deepEqual(await herkenDocument(await odt()), {
      soort: 'odt',
      mediatype: 'application/vnd.oasis.opendocument.text',
      extensie: 'odt',
    });
  });

  test('een PDF begint met %PDF- en een versie', async () => {
    assert.deepEqual(await herkenDocument(pdf()), {
      soort: 'pdf',
      mediatype: 'application/pdf',
      extensie: 'pdf',
    });
    assert.equal((await herkenDocument(tekst('%PDF-2.0\n%%EOF\n')))?.soort, 'pdf');
  });

  test('werkt op een Uint8Array die een deel van een grotere buffer is', async () => {
    const inhoud = pdf();
    const groter = new Uint8Array(inhoud.length + 20);
    groter.set(inhoud, 10);
    assert.equal((await herkenDocument(groter.subarray(10, 10 + inhoud.length)))?.soort, 'pdf');
  });

  test('elke soort heeft een Nederlands label', () => {
    assert.deepEqual(documentSoortLabels, {
      pdf: 'PDF',
      docx: 'Word-document (DOCX)',
      odt: 'OpenDocument-tekst (ODT)',
    });
  });
});

describe('Andere bestanden worden geweigerd, ook met een misleidende naam', () => {
  test('platte tekst (bijvoorbeeld hernoemd naar .pdf of .docx)', async () => {
    assert.equal(await herkenDocument(tekst('Dit is geen PDF, ook al heet het zienswijze.pdf')), null);
    assert.equal(await herkenDocument(tekst('<html><body>%PDF-1.4</body></html>')), null);
  });

  test('een leeg bestand', async () => {
    assert.equal(await herkenDocument(new Uint8Array(0)), null);
  });

  test('een afgebroken of onvolledige PDF-kop', async () => {
    for (const kop of ['%PD', '%PDF', '%PDF-', '%PDF-x.y rest', ' %PDF-1.4']) {
      assert.equal(await herkenDocument(tekst(kop)), null, kop);
    }
  });

  test('een Excel-bestand (XLSX) gemaakt met exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').addRow(['Begroting', 2027]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    assert.equal(await herkenDocument(xlsx), null);
  });

  test('een PowerPoint (PPTX), een Word-sjabloon en een Word-document met macro’s', async () => {
    const typen: [string, string][] = [
      ['application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'ppt'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml', 'word'],
      ['application/vnd.ms-word.document.macroEnabled.main+xml', 'word'],
    ];
    for (const [type, map] of typen) {
      assert.equal(await herkenDocument(await ooxml(type, map)), null, type);
    }
    // Sanity check of the helper: the same package with the word-processing type is accepted.
    const echt = await ooxml(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'word',
    );
    assert.equal((await herkenDocument(echt))?.soort, 'docx');
  });

  test('een OpenDocument-rekenblad (ODS) en -presentatie (ODP)', async () => {
    const ods = await odf(
      'application/vnd.oasis.opendocument.spreadsheet',
      '<office:spreadsheet></office:spreadsheet>',
    );
    const odp = await odf(
      'application/vnd.oasis.opendocument.presentation',
      '<office:presentation></office:presentation>',
    );
    assert.equal(await herkenDocument(ods), null);
    assert.equal(await herkenDocument(odp), null);
  });

  test('een gewone zip, ook met een map word/ maar zonder [Content_Types].xml', async () => {
    const zip = new JSZip();
    zip.file('leesmij.txt', 'hallo');
    zip.file('word/document.xml', '<w:document/>');
    assert.equal(await herkenDocument(await zip.generateAsync({ type: 'nodebuffer' })), null);
  });

  test('een beschadigde zip (afgebroken na de eerste bytes)', async () => {
    const heel = await odt();
    assert.equal(await herkenDocument(heel.subarray(0, 40)), null);
  });

  test('een afbeelding', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.equal(await herkenDocument(png), null);
  });
});
