/**
 * Word drafts (DOCX) for a zienswijze procedure: the letter in which the raad gives its zienswijze to the
 * board of a gemeenschappelijke regeling, and the raadsvoorstel that proposes it. The griffie downloads them
 * and finishes them in Word, so they use real Word headings, lists and a borderless signature table, and a
 * text that is not known yet becomes a placeholder in square brackets instead of being invented.
 *
 * The sender, address, closing and signatures come from the organisation's own template (Briefsjabloon). The
 * zienswijze text is written by people: it is split into paragraphs and simple bullet lines and otherwise
 * written literally (the docx library escapes it); nothing in it is interpreted as markup.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { langeDatum, maandNamen } from '../../platform/views/datumtekst';

/** Per organisation, editable by its griffie. */
export interface Briefsjabloon {
  /** E.g. 'De raad van de gemeente Polderdam'. */
  afzender: string;
  /** Sender address lines. */
  adresregels: string[];
  /** Place for the date line, e.g. 'Polderdam'. */
  plaats: string;
  /** E.g. voorzitter and griffier. */
  ondertekening: { naam: string; functie: string }[];
  /** E.g. 'Geacht bestuur,'. */
  aanhef: string;
  /** E.g. 'Hoogachtend,'. */
  slot: string;
  voettekst: string | null;
}

export interface BriefGegevens {
  /** The participant, e.g. 'Gemeente Polderdam'. */
  organisatieNaam: string;
  /** E.g. 'GGD Polderland'. */
  regelingNaam: string;
  /** The GR board, e.g. 'Het dagelijks bestuur van de GGD Polderland'. */
  ontvanger: { naam: string; adresregels: string[] };
  /** E.g. 'Ontwerpbegroting 2027'. */
  procedureTitel: string;
  /** E.g. 'ontwerpbegroting'. */
  procedureSoortLabel: string;
  /** E.g. 'art. 35 lid 3 Wgr'. */
  artikel: string;
  /** 'YYYY-MM-DD': the date the GR sent it. */
  verzondenOp: string | null;
  /** 'YYYY-MM-DD': the deadline. */
  uiterlijk: string | null;
  /** 'YYYY-MM-DD'. */
  datumBrief: string;
  kenmerk: string | null;
  strekking: 'instemmend' | 'met_opmerkingen' | 'bezwaar' | null;
  /**
   * As written by the griffie or the raad: plain text with blank lines between paragraphs, possibly with '-'
   * bullet lines. Only paragraphs and bullets are rendered; nothing else is interpreted.
   */
  zienswijzeTekst: string | null;
  /** 'YYYY-MM-DD': the council meeting. */
  raadsvergadering: string | null;
  /** 'YYYY-MM-DD'. */
  commissievergadering: string | null;
  /** Documents the GR sent. */
  documenten: { titel: string }[];
}

// ---------------------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 forbids; written as-is they make Word call the document damaged. */
// eslint-disable-next-line no-control-regex
const ONGELDIGE_XML_TEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const schoon = (tekst: string) => tekst.replace(ONGELDIGE_XML_TEKENS, '');

/**
 * "25 juni 2026", for the date line and dates in running text. langeDatum adds the weekday ("donderdag 25 juni
 * 2026"), which this module uses for deadlines and meetings, where the day of the week helps.
 */
function datum(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const maand = m ? maandNamen[Number(m[2]) - 1] : undefined;
  return m && maand ? `${Number(m[3])} ${maand} ${m[1]}` : d;
}

const aanhalen = (titel: string) => `‘${titel}’`;

/** Placeholder for what the griffie still has to write; visible in Word, never invented content. */
const invullen = (wat: string) => `[${wat}]`;

const eersteHoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function strekkingZin(g: BriefGegevens): string {
  const titel = aanhalen(g.procedureTitel);
  switch (g.strekking) {
    case 'instemmend':
      return `De raad stemt in met ${titel}.`;
    case 'met_opmerkingen':
      return `De raad stemt in met ${titel}, met de opmerkingen die hieronder volgen.`;
    case 'bezwaar':
      return `De raad heeft bezwaar tegen ${titel}, om de redenen die hieronder volgen.`;
    case null:
      return invullen('Strekking van de zienswijze: instemmend, instemmend met opmerkingen of bezwaar');
  }
}

/** The decision as it follows "besluit:", without a capital or full stop. */
function besluitTekst(g: BriefGegevens): string {
  const titel = aanhalen(g.procedureTitel);
  const brief = `dit met de bijgevoegde brief te laten weten aan het bestuur van ${g.regelingNaam}`;
  switch (g.strekking) {
    case 'instemmend':
      return `in te stemmen met ${titel} en ${brief}`;
    case 'met_opmerkingen':
      return `in te stemmen met ${titel}, met de opmerkingen in de zienswijze, en ${brief}`;
    case 'bezwaar':
      return `over ${titel} een zienswijze te geven waarin de raad bezwaar maakt, en ${brief}`;
    case null:
      return invullen('voorgesteld besluit: instemmen, instemmen met opmerkingen of bezwaar maken');
  }
}

const BULLET = /^\s*[-*•]\s+/;

/**
 * The text as written: blocks separated by blank lines become paragraphs, lines starting with "- " (or "* ",
 * "• ") become bullets, other line breaks inside a paragraph stay line breaks.
 */
function tekstAlinea(tekst: string): Paragraph[] {
  const alineas: Paragraph[] = [];
  const blokken = schoon(tekst)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
  for (const blok of blokken) {
    let regels: string[] = [];
    const sluit = () => {
      if (regels.length === 0) return;
      alineas.push(
        new Paragraph({
          children: regels.map((r, i) => new TextRun({ text: r, break: i === 0 ? undefined : 1 })),
        }),
      );
      regels = [];
    };
    for (const regel of blok.split('\n')) {
      if (BULLET.test(regel)) {
        sluit();
        alineas.push(new Paragraph({ text: regel.replace(BULLET, ''), bullet: { level: 0 } }));
      } else {
        regels.push(regel);
      }
    }
    sluit();
  }
  return alineas;
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks

const alinea = (tekst: string, opties: IParagraphOptions = {}) =>
  new Paragraph({ ...opties, children: [new TextRun(schoon(tekst))] });

const leeg = () => new Paragraph({});

/** Lines in one paragraph, separated by line breaks (an address block). */
const blok = (regels: string[]) =>
  new Paragraph({
    children: regels.map((r, i) => new TextRun({ text: schoon(r), break: i === 0 ? undefined : 1 })),
  });

const kop = (
  tekst: string,
  heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ heading, children: [new TextRun(schoon(tekst))] });

const opsomming = (items: string[]) =>
  items.map((t) => new Paragraph({ text: schoon(t), bullet: { level: 0 } }));

/** Label and value on one line, the label bold: "Onderwerp: …". */
const veld = (label: string, waarde: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(schoon(waarde))] });

/** The signatures side by side in a borderless table, with room to sign above each name. */
function ondertekening(sjabloon: Briefsjabloon): (Paragraph | Table)[] {
  const wie = sjabloon.ondertekening;
  if (wie.length === 0) return [];
  const rij = (maak: (o: { naam: string; functie: string }) => Paragraph[]) =>
    new TableRow({
      children: wie.map(
        (o) =>
          new TableCell({
            children: maak(o),
            width: { size: Math.floor(100 / wie.length), type: WidthType.PERCENTAGE },
          }),
      ),
    });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [
        rij((o) => [alinea(`${o.functie},`)]),
        rij(() => [leeg(), leeg(), leeg()]),
        rij((o) => [alinea(o.naam)]),
      ],
    }),
  ];
}

function maakDocument(
  titel: string,
  g: BriefGegevens,
  voettekst: string | null,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const doc = new Document({
    title: schoon(titel),
    creator: 'Grip',
    description: schoon(`${g.organisatieNaam}, ${g.regelingNaam}`),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: 'nl-NL' } } },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [alinea(g.organisatieNaam, { alignment: AlignmentType.RIGHT })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              ...(voettekst ? [alinea(voettekst, { alignment: AlignmentType.CENTER })] : []),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const onderwerp = (g: BriefGegevens) => `Zienswijze op ${g.procedureTitel} van ${g.regelingNaam}`;

// ---------------------------------------------------------------------------------------------------------
// The letter

function opening(g: BriefGegevens): string {
  const titel = aanhalen(g.procedureTitel);
  const ontvangen = g.verzondenOp
    ? `Bij uw brief van ${datum(g.verzondenOp)} heeft u ons ${titel} toegezonden.`
    : `U heeft ons ${titel} toegezonden.`;
  const termijn = g.uiterlijk ? `, uiterlijk op ${langeDatum(g.uiterlijk)}` : '';
  const vergadering = g.raadsvergadering
    ? ` De raad heeft de zienswijze vastgesteld in zijn vergadering van ${langeDatum(g.raadsvergadering)}.`
    : '';
  return `${ontvangen} Op grond van ${g.artikel} kan de raad daarover zijn zienswijze naar voren brengen${termijn}.${vergadering}`;
}

/** The letter with the raad's zienswijze to the board of the regeling, as a DOCX draft. */
export function zienswijzeBrief(g: BriefGegevens, sjabloon: Briefsjabloon): Promise<Buffer> {
  const tekst = g.zienswijzeTekst?.trim()
    ? tekstAlinea(g.zienswijzeTekst)
    : g.strekking === 'instemmend'
      ? []
      : [alinea(invullen('Tekst van de zienswijze'))];
  return maakDocument(onderwerp(g), g, sjabloon.voettekst, [
    blok([sjabloon.afzender, ...sjabloon.adresregels]),
    leeg(),
    blok([g.ontvanger.naam, ...g.ontvanger.adresregels]),
    leeg(),
    alinea(`${sjabloon.plaats}, ${datum(g.datumBrief)}`),
    leeg(),
    ...(g.kenmerk ? [veld('Ons kenmerk', g.kenmerk)] : []),
    ...(g.verzondenOp ? [veld('Uw brief van', datum(g.verzondenOp))] : []),
    veld('Onderwerp', onderwerp(g)),
    leeg(),
    alinea(sjabloon.aanhef),
    leeg(),
    alinea(opening(g)),
    leeg(),
    alinea(strekkingZin(g)),
    ...(tekst.length > 0 ? [leeg(), ...tekst] : []),
    leeg(),
    alinea('Wij verzoeken u deze zienswijze bij uw verdere besluitvorming te betrekken.'),
    leeg(),
    alinea(sjabloon.slot),
    alinea(`${sjabloon.afzender},`),
    leeg(),
    ...ondertekening(sjabloon),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// The raadsvoorstel

/** The raadsvoorstel proposing the zienswijze, with the draft decision, as a DOCX draft. */
export function raadsvoorstel(g: BriefGegevens, sjabloon: Briefsjabloon): Promise<Buffer> {
  const titel = aanhalen(g.procedureTitel);
  const besluit = besluitTekst(g);
  const nogNiet = 'nog niet gepland';
  const aanleiding = [
    `${g.ontvanger.naam} heeft ${g.verzondenOp ? `op ${datum(g.verzondenOp)} ` : ''}${titel} aan de raad toegezonden (soort procedure: ${g.procedureSoortLabel}).`,
    `Op grond van ${g.artikel} kan de raad daarover een zienswijze naar voren brengen.`,
    g.uiterlijk
      ? `De zienswijze moet uiterlijk op ${langeDatum(g.uiterlijk)} bij het bestuur van ${g.regelingNaam} zijn.`
      : `De uiterste datum voor de zienswijze is nog niet bekend.`,
  ].join(' ');
  const argumenten = g.zienswijzeTekst?.trim()
    ? [alinea('De voorgestelde zienswijze luidt:'), ...tekstAlinea(g.zienswijzeTekst)]
    : [alinea(invullen('Argumenten voor het voorgestelde besluit'))];
  const bijlagen = g.documenten.length > 0 ? opsomming(g.documenten.map((d) => d.titel)) : [alinea('Geen.')];

  return maakDocument(`Raadsvoorstel: ${onderwerp(g)}`, g, null, [
    kop(onderwerp(g), HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: 'Raadsvoorstel', bold: true })] }),
    veld('Datum', datum(g.datumBrief)),
    ...(g.kenmerk ? [veld('Kenmerk', g.kenmerk)] : []),

    kop('Onderwerp'),
    alinea(`${onderwerp(g)}.`),

    kop('Voorgesteld besluit'),
    alinea(g.strekking ? `De raad wordt voorgesteld ${besluit}.` : besluit),

    kop('Aanleiding'),
    alinea(aanleiding),

    kop('Argumenten'),
    ...argumenten,

    kop('Procedure'),
    ...opsomming([
      `Commissie: ${g.commissievergadering ? langeDatum(g.commissievergadering) : nogNiet}`,
      `Raadsvergadering: ${g.raadsvergadering ? langeDatum(g.raadsvergadering) : nogNiet}`,
      `Uiterste datum zienswijze: ${g.uiterlijk ? langeDatum(g.uiterlijk) : 'onbekend'}`,
    ]),
    alinea(
      `Na het besluit stuurt de griffie de zienswijze${g.uiterlijk ? ` uiterlijk op ${datum(g.uiterlijk)}` : ''} aan het bestuur van ${g.regelingNaam}.`,
    ),

    kop('Bijlagen'),
    ...bijlagen,

    kop('Besluit'),
    alinea(`${sjabloon.afzender},`),
    alinea(`gelezen het voorstel over ${titel};`),
    alinea(`gelet op ${g.artikel};`),
    leeg(),
    new Paragraph({ children: [new TextRun({ text: 'besluit:', bold: true })] }),
    alinea(g.strekking ? `${eersteHoofdletter(besluit)}.` : besluit),
    leeg(),
    alinea(
      `Aldus besloten in de openbare vergadering van ${g.raadsvergadering ? langeDatum(g.raadsvergadering) : invullen('datum')}.`,
    ),
    leeg(),
    ...ondertekening(sjabloon),
  ]);
}
