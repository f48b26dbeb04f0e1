/**
 * The national GR register in the daily export of the Register van Overheidsorganisaties,
 * `https://organisaties.overheid.nl/archive/exportOO.xml` (KOOP for BZK, CC0, about 40 MB), read as a
 * stream with saxes: the file is never held whole; records are yielded as their element closes.
 *
 * Structure (shared docs `ankers-ecosysteem.md` §1.2–1.3 and Polder's field map of the export):
 * - `gemeenschappelijkeRegelingen/regeling` (older exports `gemeenschappelijkeRegeling`) with `@systeemId`
 *   (the ROO id), `titel`, `citeertitel`, `doel`, `samenwerkingsvorm` (`@afkorting`),
 *   `bevoegdheidsverkrijgingen/bevoegdheidsverkrijging`, `bevoegdheden/bevoegdheid/{kopArtikel,inhoudArtikel}`,
 *   `wettelijkeGrondslagen/wettelijkeGrondslag/{opschrift,referentie}`, `instellingsbesluiten/referentie`,
 *   `beleidsterreinen/beleidsterrein`, `regionaalSamenwerkingsorgaan` / `bronhouder` / `archiefzorgdrager`
 *   (`@systeemId`, `@resourceIdentifierTOOI`, `@resourceIdentifierOWMS`, the name as text),
 *   `datumInwerkingtreding`, `datumUitwerkingtreding`, `previousVersion` / `nextVersion` (`@systeemId`),
 *   `datumMutatie`, `datumTerVerificatie`, and
 *   `deelnemendeOrganisaties/deelnemendeOrganisatie` (`@systeemId`, `@resourceIdentifierTOOI`,
 *   `@resourceIdentifierOWMS`) with `naam`, `toetredingsDatum`, `uittredingsDatum`, `verdeelsleutel`
 *   and `bestuursorganen/bestuursorgaan` (`@resourceIdentifierOWMS`, `@resourceIdentifierTOOI`);
 * - `organisaties/organisatie` (nested for parts of an organisation) with `@systeemId`,
 *   `@resourceIdentifierTOOI` (since 2.6.9), `naam`, `afkorting`, `types/type`,
 *   `identificatiecodes/resourceIdentifier[@naam]` (systeemId, resourceIdentifierTOOI, …OWMS,
 *   Organisatiecode, OIN, KvK-nummer), `startDatum`, `eindDatum`, `hoortBijGemeenschappelijkeRegeling`.
 * Elements and attributes are matched by LOCAL name: the namespace carries the schema version and changes
 * (`…/oo/export/2.6.9`, earlier `…/2.4.x`, `http://almanak.overheid.nl/schema/export/2.0`), and the prefix
 * is free. Unknown elements are ignored. Records: see `roo.ts`; bron 'roo'.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import {
  BronFout,
  cbsCodeUitOrganisatiecode,
  cbsCodeUitTooi,
  isGeldigeDatum,
  leesPercentage,
  tooiSoort,
} from './bron';
import {
  orgaanUitRoo,
  organisatieSoortUitRoo,
  type RooDeelname,
  type RooOrganisatie,
  type RooRegeling,
  type RooVerwijzing,
  vormUitRoo,
  vulCbsCodesAan,
  zonderAanhalingstekens,
} from './roo';

/** What the stream yields: first the export's namespace, then regelingen and organisaties as they close. */
export type RooXmlRecord =
  | { soort: 'export'; namespace: string | null; schemaVersie: string | null; peildatum: string | null }
  | { soort: 'regeling'; regeling: RooRegeling }
  | { soort: 'organisatie'; organisatie: RooOrganisatie };

export interface RooXml {
  bron: 'roo';
  namespace: string | null;
  /** The version at the end of the namespace, e.g. '2.6.9'. */
  schemaVersie: string | null;
  peildatum: string | null;
  regelingen: RooRegeling[];
  deelnames: RooDeelname[];
  organisaties: RooOrganisatie[];
}

export interface RooXmlOpties {
  /** The day the export was made or downloaded ('YYYY-MM-DD'); default: a date attribute of the root element. */
  peildatum?: string | null;
}

interface Element {
  local: string;
  attrs: Record<string, string>;
  tekst: string;
  regel: number;
}

interface RegelingBouw {
  diepte: number;
  regel: number;
  volgnummer: number;
  r: Omit<RooRegeling, 'rooId' | 'titel'> & {
    rooId: string | null;
    titel: string | null;
    naam: string | null;
  };
  deelname: (Omit<RooDeelname, 'deelnemer'> & { deelnemer: RooVerwijzing; regel: number }) | null;
  bevoegdheid: { kop: string | null; inhoud: string | null } | null;
  grondslag: { opschrift: string | null; referentie: string | null } | null;
}

interface OrganisatieBouw {
  diepte: number;
  regel: number;
  o: RooOrganisatie;
  ids: Record<string, string>;
}

const attr = (e: Element, naam: string) => {
  const v = e.attrs[naam.toLowerCase()];
  return v === undefined || v.trim() === '' ? null : v.trim();
};
const tekstOfNull = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** Element paths relative to a regeling or organisation, as 'a/b/c'. */
const pad = (stapel: Element[], vanaf: number) =>
  stapel
    .slice(vanaf)
    .map((e) => e.local)
    .join('/');

const REGELING = new Set(['regeling', 'gemeenschappelijkeRegeling']);

/**
 * Streams an ROO export: chunks of text or UTF-8 bytes (a Readable, `fs.createReadStream`, any async
 * iterable). Yields `{ soort: 'export' }` at the root element, then each regeling and organisation when its
 * element closes. Malformed XML or data is a BronFout with the line.
 */
export async function* leesRooXml(
  bron: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  bestand: string,
  opties: RooXmlOpties = {},
): AsyncGenerator<RooXmlRecord, void, undefined> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const klaar: RooXmlRecord[] = [];
  let fout: BronFout | null = null;
  const stapel: Element[] = [];
  let regeling: RegelingBouw | null = null;
  const organisaties: OrganisatieBouw[] = [];
  let peildatum: string | null = opties.peildatum ?? null;
  let aantalRegelingen = 0;
  let bytesInvoer = false;

  const faal = (regel: number | undefined, reden: string): never => {
    throw new BronFout(bestand, regel, reden);
  };
  const datum = (e: Element, wat: string): string | null => {
    const t = tekstOfNull(e.tekst);
    if (t === null) return null;
    const d = t.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}($|T|[+-Z])/.test(t) || !isGeldigeDatum(d)) {
      return faal(e.regel, `${wat} "${t}" is geen geldige datum (JJJJ-MM-DD)`);
    }
    return d;
  };
  const verwijzing = (e: Element, naam: string | null): RooVerwijzing => {
    const tooi = attr(e, 'resourceIdentifierTOOI');
    return {
      naam,
      rooId: attr(e, 'systeemId'),
      tooi,
      owms: attr(e, 'resourceIdentifierOWMS'),
      cbsCode: cbsCodeUitTooi(tooi),
    };
  };

  parser.on('error', (e) => {
    const m = /^(\d+):\d+: (.*)$/s.exec(e.message);
    fout ??= new BronFout(bestand, m ? Number(m[1]) : parser.line, `ongeldige XML (${m ? m[2] : e.message})`);
  });
  parser.on('xmldecl', (d) => {
    if (bytesInvoer && d.encoding && !/^utf-?8$/i.test(d.encoding)) {
      faal(parser.line, `codering ${d.encoding} wordt niet ondersteund (alleen UTF-8)`);
    }
  });
  parser.on('text', (t) => {
    const top = stapel.at(-1);
    if (top) top.tekst += t;
  });
  parser.on('cdata', (t) => {
    const top = stapel.at(-1);
    if (top) top.tekst += t;
  });

  parser.on('opentag', (tag: SaxesTagNS) => {
    if (fout) return;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.local.toLowerCase()] = a.value;
    }
    const e: Element = { local: tag.local, attrs, tekst: '', regel: parser.line };
    const ouder = stapel.at(-1);
    stapel.push(e);

    if (stapel.length === 1) {
      const ns = tag.uri || null;
      if (peildatum === null) {
        const d = Object.entries(attrs).find(
          ([k, v]) => k.includes('datum') && isGeldigeDatum(v.slice(0, 10)),
        );
        peildatum = d ? d[1].slice(0, 10) : null;
      }
      klaar.push({
        soort: 'export',
        namespace: ns,
        schemaVersie: ns ? (/(\d+(?:\.\d+)+)\/?$/.exec(ns)?.[1] ?? null) : null,
        peildatum,
      });
      return;
    }

    if (!regeling && REGELING.has(e.local) && ouder?.local === 'gemeenschappelijkeRegelingen') {
      aantalRegelingen++;
      regeling = {
        diepte: stapel.length,
        regel: e.regel,
        volgnummer: aantalRegelingen,
        deelname: null,
        bevoegdheid: null,
        grondslag: null,
        r: {
          bron: 'roo',
          peildatum,
          rooId: attr(e, 'systeemId'),
          polderId: null,
          titel: null,
          naam: null,
          citeertitel: null,
          doel: null,
          samenwerkingsvorm: null,
          samenwerkingsvormAfkorting: null,
          vorm: null,
          bevoegdheidsverkrijgingen: [],
          bevoegdheden: [],
          wettelijkeGrondslagen: [],
          instellingsbesluiten: [],
          beleidsterreinen: [],
          regionaalSamenwerkingsorgaan: null,
          bronhouder: null,
          archiefzorgdrager: null,
          datumInwerkingtreding: null,
          datumUitwerkingtreding: null,
          vorigeVersie: null,
          volgendeVersie: null,
          datumMutatie: null,
          datumVerificatie: null,
          deelnames: [],
          herkomst: {
            bestand,
            regel: e.regel,
            pad: `/${pad(stapel.slice(0, -1), 0)}/${e.local}[${aantalRegelingen}]`,
          },
        },
      };
      return;
    }
    if (regeling) {
      const rel = pad(stapel, regeling.diepte);
      if (rel === 'deelnemendeOrganisaties/deelnemendeOrganisatie') {
        regeling.deelname = {
          bron: 'roo',
          peildatum,
          regelingRooId: regeling.r.rooId ?? '',
          volgnummer: regeling.r.deelnames.length + 1,
          deelnemer: verwijzing(e, null),
          toetredingsdatum: null,
          uittredingsdatum: null,
          organen: [],
          verdeelsleutel: null,
          verdeelsleutelTekst: null,
          herkomst: {
            bestand,
            regel: e.regel,
            pad: `${regeling.r.herkomst.pad}/deelnemendeOrganisaties/deelnemendeOrganisatie[${regeling.r.deelnames.length + 1}]`,
          },
          regel: e.regel,
        };
      } else if (rel === 'bevoegdheden/bevoegdheid') {
        regeling.bevoegdheid = { kop: null, inhoud: null };
      } else if (rel === 'wettelijkeGrondslagen/wettelijkeGrondslag') {
        regeling.grondslag = { opschrift: null, referentie: null };
      }
      return;
    }
    if (e.local === 'organisatie' && ouder?.local === 'organisaties') {
      const tooi = attr(e, 'resourceIdentifierTOOI');
      organisaties.push({
        diepte: stapel.length,
        regel: e.regel,
        ids: {},
        o: {
          bron: 'roo',
          peildatum,
          soort: 'overig',
          typen: [],
          naam: '',
          afkorting: null,
          namen: [],
          rooId: attr(e, 'systeemId'),
          tooi,
          cbsCode: null,
          owms: attr(e, 'resourceIdentifierOWMS'),
          oin: null,
          kvk: null,
          organisatiecode: null,
          polderId: null,
          geldigVan: null,
          geldigTot: null,
          opvolger: null,
          voorgangers: [],
          hoortBijRegeling: null,
          onderdeelVan: organisaties.at(-1)?.o.rooId ?? null,
          herkomst: { bestand, regel: e.regel, pad: `/${pad(stapel, 0)}` },
        },
      });
    }
  });

  parser.on('closetag', () => {
    if (fout) return;
    const e = stapel.at(-1)!;
    if (regeling && stapel.length >= regeling.diepte) sluitInRegeling(regeling, e);
    else {
      const org = organisaties.at(-1);
      if (org && stapel.length >= org.diepte) sluitInOrganisatie(org, e);
    }
    stapel.pop();
  });

  function sluitInRegeling(b: RegelingBouw, e: Element) {
    const r = b.r;
    if (stapel.length === b.diepte) {
      if (!r.rooId) faal(b.regel, `${e.local} ${b.volgnummer} heeft geen systeemId`);
      const titel = r.titel ?? r.naam ?? r.citeertitel;
      if (!titel) faal(b.regel, `${e.local} ${r.rooId} heeft geen titel`);
      const { naam: _, ...rest } = r;
      for (const d of rest.deelnames) d.regelingRooId = r.rooId!;
      klaar.push({ soort: 'regeling', regeling: { ...rest, rooId: r.rooId!, titel: titel! } });
      regeling = null;
      return;
    }
    const rel = pad(stapel, b.diepte);
    const t = tekstOfNull(e.tekst);
    const d = b.deelname;
    if (d && rel.startsWith('deelnemendeOrganisaties/deelnemendeOrganisatie')) {
      const sub = rel.slice('deelnemendeOrganisaties/deelnemendeOrganisatie'.length);
      switch (sub) {
        case '': {
          d.deelnemer.naam ??= t;
          if (!d.deelnemer.naam && !d.deelnemer.rooId && !d.deelnemer.tooi) {
            faal(
              d.regel,
              `deelnemer ${d.volgnummer} van regeling ${r.rooId ?? b.volgnummer} heeft geen naam, systeemId of TOOI-URI`,
            );
          }
          const soort = tooiSoort(d.deelnemer.tooi);
          for (const o of d.organen) o.orgaan = orgaanUitRoo(o.naam, soort);
          const { regel: _, ...deelname } = d;
          r.deelnames.push(deelname);
          b.deelname = null;
          return;
        }
        case '/naam':
          d.deelnemer.naam = t;
          return;
        case '/organisatie': {
          const v = verwijzing(e, t);
          d.deelnemer = {
            naam: d.deelnemer.naam ?? v.naam,
            rooId: d.deelnemer.rooId ?? v.rooId,
            tooi: d.deelnemer.tooi ?? v.tooi,
            owms: d.deelnemer.owms ?? v.owms,
            cbsCode: d.deelnemer.cbsCode ?? v.cbsCode,
          };
          return;
        }
        case '/toetredingsDatum':
          d.toetredingsdatum = datum(e, 'toetredingsDatum');
          return;
        case '/uittredingsDatum':
          d.uittredingsdatum = datum(e, 'uittredingsDatum');
          return;
        case '/verdeelsleutel': {
          if (t === null) return;
          const p = leesPercentage(t);
          if (typeof p === 'string') faal(e.regel, `verdeelsleutel: ${p}`);
          d.verdeelsleutel = p as number;
          d.verdeelsleutelTekst = t;
          return;
        }
        case '/bestuursorganen/bestuursorgaan':
          if (t) {
            d.organen.push({
              naam: t,
              owms: attr(e, 'resourceIdentifierOWMS'),
              tooi: attr(e, 'resourceIdentifierTOOI'),
              orgaan: null,
            });
          }
          return;
        default:
          return;
      }
    }
    switch (rel) {
      case 'systeemId':
        r.rooId ??= t;
        return;
      case 'titel':
        r.titel = t;
        return;
      case 'naam':
        r.naam = t;
        return;
      case 'citeertitel':
        r.citeertitel = t;
        return;
      case 'doel':
        r.doel = t;
        return;
      case 'samenwerkingsvorm':
        r.samenwerkingsvorm = t === null ? null : zonderAanhalingstekens(t);
        r.samenwerkingsvormAfkorting = attr(e, 'afkorting');
        r.vorm = vormUitRoo(r.samenwerkingsvorm, r.samenwerkingsvormAfkorting);
        return;
      case 'bevoegdheidsverkrijgingen/bevoegdheidsverkrijging':
        if (t) r.bevoegdheidsverkrijgingen.push(t);
        return;
      case 'bevoegdheden/bevoegdheid/kopArtikel':
        if (b.bevoegdheid) b.bevoegdheid.kop = t;
        return;
      case 'bevoegdheden/bevoegdheid/inhoudArtikel':
        if (b.bevoegdheid) b.bevoegdheid.inhoud = t;
        return;
      case 'bevoegdheden/bevoegdheid':
        if (b.bevoegdheid && (b.bevoegdheid.kop || b.bevoegdheid.inhoud)) r.bevoegdheden.push(b.bevoegdheid);
        b.bevoegdheid = null;
        return;
      case 'wettelijkeGrondslagen/wettelijkeGrondslag/opschrift':
        if (b.grondslag) b.grondslag.opschrift = t;
        return;
      case 'wettelijkeGrondslagen/wettelijkeGrondslag/referentie':
        if (b.grondslag) b.grondslag.referentie = t;
        return;
      case 'wettelijkeGrondslagen/wettelijkeGrondslag':
        if (b.grondslag && (b.grondslag.opschrift || b.grondslag.referentie))
          r.wettelijkeGrondslagen.push(b.grondslag);
        b.grondslag = null;
        return;
      case 'instellingsbesluiten/referentie':
      case 'instellingsbesluiten/instellingsbesluit':
        if (t) r.instellingsbesluiten.push(t);
        return;
      case 'beleidsterreinen/beleidsterrein':
        if (t) r.beleidsterreinen.push({ naam: t, tooi: attr(e, 'resourceIdentifierTOOI') });
        return;
      case 'regionaalSamenwerkingsorgaan':
        r.regionaalSamenwerkingsorgaan = verwijzing(e, t);
        return;
      case 'bronhouder':
        r.bronhouder = verwijzing(e, t);
        return;
      case 'archiefzorgdrager':
        r.archiefzorgdrager = verwijzing(e, t);
        return;
      case 'datumInwerkingtreding':
        r.datumInwerkingtreding = datum(e, 'datumInwerkingtreding');
        return;
      case 'datumUitwerkingtreding':
        r.datumUitwerkingtreding = datum(e, 'datumUitwerkingtreding');
        return;
      case 'datumMutatie':
        r.datumMutatie = datum(e, 'datumMutatie');
        return;
      case 'datumTerVerificatie':
        r.datumVerificatie = datum(e, 'datumTerVerificatie');
        return;
      case 'previousVersion':
        r.vorigeVersie = { rooId: attr(e, 'systeemId'), naam: t };
        return;
      case 'nextVersion':
        r.volgendeVersie = { rooId: attr(e, 'systeemId'), naam: t };
        return;
      default:
        return;
    }
  }

  function sluitInOrganisatie(b: OrganisatieBouw, e: Element) {
    const o = b.o;
    if (stapel.length === b.diepte) {
      if (!o.naam) faal(b.regel, `organisatie ${o.rooId ?? ''} heeft geen naam`.replace('  ', ' '));
      o.rooId ??= b.ids['systeemid'] ?? null;
      o.tooi ??= b.ids['resourceidentifiertooi'] ?? null;
      o.owms ??= b.ids['resourceidentifierowms'] ?? null;
      o.organisatiecode = b.ids['organisatiecode'] ?? null;
      o.oin = b.ids['oin'] ?? null;
      o.kvk = b.ids['kvk-nummer'] ?? b.ids['kvk'] ?? null;
      o.cbsCode = cbsCodeUitTooi(o.tooi) ?? cbsCodeUitOrganisatiecode(o.organisatiecode);
      o.soort = organisatieSoortUitRoo(tooiSoort(o.tooi), o.typen);
      o.namen = [{ naam: o.naam, afkorting: o.afkorting, geldigVan: o.geldigVan, geldigTot: o.geldigTot }];
      klaar.push({ soort: 'organisatie', organisatie: o });
      organisaties.pop();
      return;
    }
    const rel = pad(stapel, b.diepte);
    const t = tekstOfNull(e.tekst);
    switch (rel) {
      case 'naam':
        if (t) o.naam = t;
        return;
      case 'afkorting':
        o.afkorting = t;
        return;
      case 'types/type':
        if (t) o.typen.push(t);
        return;
      case 'identificatiecodes/resourceIdentifier': {
        const naam = attr(e, 'naam');
        if (naam && t) b.ids[naam.toLowerCase()] = t;
        return;
      }
      case 'startDatum':
        o.geldigVan = datum(e, 'startDatum');
        return;
      case 'eindDatum':
        o.geldigTot = datum(e, 'eindDatum');
        return;
      case 'hoortBijGemeenschappelijkeRegeling':
        o.hoortBijRegeling = { rooId: attr(e, 'systeemId'), naam: t };
        return;
      default:
        return;
    }
  }

  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** Throws the first XML error saxes reported (set in its error handler, hence not narrowed here). */
  const controleer = () => {
    if (fout) throw fout;
  };
  const schrijf = (tekst: string) => {
    parser.write(tekst);
    controleer();
  };
  try {
    for await (const stuk of bron) {
      if (typeof stuk === 'string') schrijf(stuk);
      else {
        bytesInvoer = true;
        schrijf(decoder.decode(stuk, { stream: true }));
      }
      if (klaar.length) yield* klaar.splice(0);
    }
    if (bytesInvoer) schrijf(decoder.decode());
    parser.close();
    controleer();
  } catch (e) {
    if (e instanceof TypeError && /encoded data|utf-?8/i.test(e.message)) {
      throw new BronFout(bestand, parser.line, 'geen geldige UTF-8');
    }
    throw e;
  }
  if (klaar.length) yield* klaar.splice(0);
}

/**
 * Reads a whole export into memory as records (the export itself is still streamed), with participants'
 * CBS codes filled in from the organisations (`vulCbsCodesAan`).
 */
export async function leesRooXmlAlles(
  bron: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  bestand: string,
  opties: RooXmlOpties = {},
): Promise<RooXml> {
  const uit: RooXml = {
    bron: 'roo',
    namespace: null,
    schemaVersie: null,
    peildatum: opties.peildatum ?? null,
    regelingen: [],
    deelnames: [],
    organisaties: [],
  };
  for await (const r of leesRooXml(bron, bestand, opties)) {
    if (r.soort === 'export') {
      uit.namespace = r.namespace;
      uit.schemaVersie = r.schemaVersie;
      uit.peildatum = r.peildatum;
    } else if (r.soort === 'regeling') uit.regelingen.push(r.regeling);
    else uit.organisaties.push(r.organisatie);
  }
  vulCbsCodesAan(uit.regelingen, uit.organisaties);
  uit.deelnames = uit.regelingen.flatMap((r) => r.deelnames);
  return uit;
}
