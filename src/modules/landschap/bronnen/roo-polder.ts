/**
 * The national GR register (ROO) as the open Polder dataset publishes it: a folder of YAML files, one
 * per organisation (shared data `roo-polder-2026/`, CC0; Polder carries every field of the ROO export).
 *
 * Layout read here:
 * - `gemeenschappelijke-regelingen/*.yaml` — a file with `gr_meta` is a regeling (including expired
 *   versions, chained by `previous_version` / `next_version`); a file without it is a cooperation body
 *   (`samenwerkingsorganisatie`, linked to its regeling by `hoort_bij_gemeenschappelijke_regeling`);
 * - `gemeenten/`, `provincies/`, `waterschappen/` — organisations, current and former, with their
 *   identifiers (TOOI URI, ROO id, OIN, KvK, organisatiecode), names with validity and successor.
 *
 * Kept: see `roo.ts` for the records. `peildatum` is the day the register was read (`sources[].retrieved`).
 * A participant's CBS code comes from its TOOI URI, or, when the register gives no TOOI URI (former
 * gemeenten), from the organisation file with the same ROO id; a participant found nowhere keeps its name.
 *
 * YAML is read as YAML 1.2 with numbers left as text: the files hold OINs, KvK numbers and ICTU codes with
 * leading zeros (`oin: 00000001806300966000`) and cost keys with a decimal comma (`verdeelsleutel: 11,0`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import {
  BronFout,
  cbsCodeUitOrganisatiecode,
  cbsCodeUitTooi,
  type Herkomst,
  isGeldigeDatum,
  leesPercentage,
  tooiSoort,
} from './bron';
import {
  orgaanUitRoo,
  organisatieSoortUitRoo,
  type RooDeelname,
  type RooOrganisatie,
  type RooOrgaan,
  type RooRegeling,
  type RooVerwijzing,
  vormUitRoo,
  vulCbsCodesAan,
  zonderAanhalingstekens,
} from './roo';

export type RooPolderRecord =
  { soort: 'regeling'; regeling: RooRegeling } | { soort: 'organisatie'; organisatie: RooOrganisatie };

export interface RooPolder {
  bron: 'roo-polder';
  /** The latest `retrieved` date over all files. */
  peildatum: string | null;
  /** All regelingen, also expired versions, sorted by file name. */
  regelingen: RooRegeling[];
  /** Every participation of every regeling, in regeling order. */
  deelnames: RooDeelname[];
  /** Gemeenten, provincies, waterschappen and cooperation bodies. */
  organisaties: RooOrganisatie[];
  /** Number of YAML files read. */
  bestanden: number;
}

type Pad = (string | number)[];

/** Numbers stay text: only map, seq, str, null and bool of the YAML 1.2 core schema. */
const zonderGetallen = (tags: unknown[]) =>
  tags.filter((t) => {
    const tag = (t as { tag?: string }).tag;
    return tag !== 'tag:yaml.org,2002:int' && tag !== 'tag:yaml.org,2002:float';
  });

const padTekst = (pad: Pad) =>
  pad.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** Reads one Polder YAML file (its text). `bestand` names it in herkomst and errors. */
export function leesRooPolderBestand(tekst: string, bestand: string): RooPolderRecord {
  const lc = new LineCounter();
  const doc = parseDocument(tekst, {
    lineCounter: lc,
    schema: 'core',
    customTags: zonderGetallen as never,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const m = /^(.*?)(?: at line \d+, column (\d+):?)?$/.exec(e.message.split('\n')[0]!)!;
    const kolom = m[2] ? `kolom ${m[2]}: ` : '';
    throw new BronFout(bestand, e.linePos?.[0].line, `geen geldige YAML (${kolom}${m[1]})`);
  }
  return new PolderLezer(doc, lc, bestand).lees();
}

class PolderLezer {
  private readonly data: unknown;
  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly bestand: string,
  ) {
    this.data = doc.toJS() as unknown;
  }

  private regel(pad: Pad): number | undefined {
    for (let p = pad; p.length > 0; p = p.slice(0, -1)) {
      const node = this.doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return this.lc.linePos(node.range[0]).line;
    }
    return this.doc.contents?.range ? this.lc.linePos(this.doc.contents.range[0]).line : 1;
  }

  private fout(pad: Pad, reden: string): BronFout {
    return new BronFout(this.bestand, this.regel(pad), reden);
  }

  private herkomst(pad: Pad): Herkomst {
    const regel = this.regel(pad);
    return {
      bestand: this.bestand,
      ...(regel !== undefined && { regel }),
      ...(pad.length && { pad: padTekst(pad) }),
    };
  }

  private waarde(pad: Pad): unknown {
    let w: unknown = this.data;
    for (const p of pad) {
      if (w === null || typeof w !== 'object') return undefined;
      w = (w as Record<string | number, unknown>)[p];
    }
    return w;
  }

  private tekst(pad: Pad): string | null {
    const w = this.waarde(pad);
    if (w === undefined || w === null) return null;
    if (typeof w === 'string') return w.trim() === '' ? null : w.trim();
    if (typeof w === 'boolean') return String(w);
    throw this.fout(pad, `${padTekst(pad)} is geen tekst`);
  }

  private datum(pad: Pad): string | null {
    const d = this.tekst(pad);
    if (d !== null && !isGeldigeDatum(d)) {
      throw this.fout(pad, `${padTekst(pad)} "${d}" is geen geldige datum (JJJJ-MM-DD)`);
    }
    return d;
  }

  private lijst(pad: Pad): unknown[] {
    const w = this.waarde(pad);
    if (w === undefined || w === null) return [];
    if (!Array.isArray(w)) throw this.fout(pad, `${padTekst(pad)} is geen lijst`);
    return w;
  }

  private isMap(pad: Pad): boolean {
    const w = this.waarde(pad);
    if (w === undefined || w === null) return false;
    if (typeof w !== 'object' || Array.isArray(w)) throw this.fout(pad, `${padTekst(pad)} is geen map`);
    return true;
  }

  private tekstLijst(pad: Pad): string[] {
    return this.lijst(pad).flatMap((_, i) => this.tekst([...pad, i]) ?? []);
  }

  private verwijzing(pad: Pad): RooVerwijzing | null {
    if (!this.isMap(pad)) return null;
    const tooi = this.tekst([...pad, 'tooi']);
    return {
      naam: this.tekst([...pad, 'naam']),
      rooId: this.tekst([...pad, 'roo_id']),
      tooi,
      owms: this.tekst([...pad, 'owms']),
      cbsCode: cbsCodeUitTooi(tooi),
    };
  }

  private versie(pad: Pad) {
    return this.isMap(pad)
      ? { rooId: this.tekst([...pad, 'roo_id']), naam: this.tekst([...pad, 'naam']) }
      : null;
  }

  /** The latest `sources[].retrieved`. */
  private peildatum(): string | null {
    let max: string | null = null;
    for (const [i] of this.lijst(['sources']).entries()) {
      const d = this.datum(['sources', i, 'retrieved']);
      if (d && (!max || d > max)) max = d;
    }
    return max;
  }

  private namen() {
    return this.lijst(['names']).map((_, i) => {
      const naam = this.tekst(['names', i, 'value']);
      if (!naam) throw this.fout(['names', i], `names[${i}].value ontbreekt`);
      return {
        naam,
        afkorting: this.tekst(['names', i, 'abbr']),
        geldigVan: this.datum(['names', i, 'valid_from']),
        geldigTot: this.datum(['names', i, 'valid_until']),
      };
    });
  }

  lees(): RooPolderRecord {
    if (!this.data || typeof this.data !== 'object' || Array.isArray(this.data)) {
      throw new BronFout(this.bestand, 1, 'het bestand is geen YAML-map met één organisatie');
    }
    if (!this.tekst(['id'])) throw this.fout([], 'id ontbreekt');
    if (!this.tekst(['type'])) throw this.fout([], 'type ontbreekt');
    return this.isMap(['gr_meta'])
      ? { soort: 'regeling', regeling: this.regeling() }
      : { soort: 'organisatie', organisatie: this.organisatie() };
  }

  private regeling(): RooRegeling {
    const rooId = this.tekst(['identifiers', 'roo_id']);
    if (!rooId) throw this.fout(['identifiers'], 'identifiers.roo_id ontbreekt bij een regeling');
    const g = (...p: Pad): Pad => ['gr_meta', ...p];
    const peildatum = this.peildatum();
    const namen = this.namen();
    const titel =
      namen.find((n) => n.geldigTot === null)?.naam ?? namen.at(-1)?.naam ?? this.tekst(g('citeertitel'));
    if (!titel) throw this.fout(['names'], 'de regeling heeft geen naam (names) en geen citeertitel');
    const vormTekst = this.tekst(g('samenwerkingsvorm', 'value'));
    const samenwerkingsvorm = vormTekst === null ? null : zonderAanhalingstekens(vormTekst);
    const afkorting = this.tekst(g('samenwerkingsvorm', 'afkorting'));

    const deelnames = this.lijst(g('deelnemende_organisaties')).map((_, i) =>
      this.deelname(g('deelnemende_organisaties', i), rooId, i + 1, peildatum),
    );
    return {
      bron: 'roo-polder',
      peildatum,
      rooId,
      polderId: this.tekst(['id']),
      titel,
      citeertitel: this.tekst(g('citeertitel')),
      doel: this.tekst(g('doel')),
      samenwerkingsvorm,
      samenwerkingsvormAfkorting: afkorting,
      vorm: vormUitRoo(samenwerkingsvorm, afkorting),
      bevoegdheidsverkrijgingen: this.tekstLijst(g('bevoegdheidsverkrijgingen')),
      bevoegdheden: this.lijst(g('bevoegdheden')).map((_, i) => ({
        kop: this.tekst(g('bevoegdheden', i, 'kop_artikel')),
        inhoud: this.tekst(g('bevoegdheden', i, 'inhoud_artikel')),
      })),
      wettelijkeGrondslagen: this.lijst(g('wettelijke_grondslagen')).map((_, i) => ({
        opschrift: this.tekst(g('wettelijke_grondslagen', i, 'opschrift')),
        referentie: this.tekst(g('wettelijke_grondslagen', i, 'referentie')),
      })),
      instellingsbesluiten: this.tekstLijst(g('instellingsbesluiten')),
      beleidsterreinen: this.lijst(['policy_areas']).flatMap((_, i) => {
        const naam = this.tekst(['policy_areas', i, 'naam']);
        return naam ? [{ naam, tooi: this.tekst(['policy_areas', i, 'tooi']) }] : [];
      }),
      regionaalSamenwerkingsorgaan: this.verwijzing(g('regionaal_samenwerkingsorgaan')),
      bronhouder: this.verwijzing(g('bronhouder')),
      archiefzorgdrager: this.verwijzing(g('archiefzorgdrager')),
      datumInwerkingtreding: this.datum(g('datum_inwerkingtreding')),
      datumUitwerkingtreding: this.datum(g('datum_uitwerkingtreding')),
      vorigeVersie: this.versie(g('previous_version')),
      volgendeVersie: this.versie(g('next_version')),
      datumMutatie: this.datum(['last_mutation']),
      datumVerificatie: this.datum(['last_verified']),
      deelnames,
      herkomst: this.herkomst(['gr_meta']),
    };
  }

  private deelname(
    pad: Pad,
    regelingRooId: string,
    volgnummer: number,
    peildatum: string | null,
  ): RooDeelname {
    if (!this.isMap(pad)) throw this.fout(pad, `${padTekst(pad)} is leeg`);
    const deelnemer = this.verwijzing(pad)!;
    if (!deelnemer.naam && !deelnemer.rooId && !deelnemer.tooi) {
      throw this.fout(pad, `deelnemer ${volgnummer} heeft geen naam, roo_id of tooi`);
    }
    const soort = tooiSoort(deelnemer.tooi);
    const organen: RooOrgaan[] = this.lijst([...pad, 'bestuursorganen']).flatMap((_, j) => {
      const naam = this.tekst([...pad, 'bestuursorganen', j, 'naam']);
      if (!naam) return [];
      return [
        {
          naam,
          owms: this.tekst([...pad, 'bestuursorganen', j, 'owms']),
          tooi: this.tekst([...pad, 'bestuursorganen', j, 'tooi']),
          orgaan: orgaanUitRoo(naam, soort),
        },
      ];
    });
    const sleutelTekst = this.tekst([...pad, 'verdeelsleutel']);
    let verdeelsleutel: number | null = null;
    if (sleutelTekst !== null) {
      const p = leesPercentage(sleutelTekst);
      if (typeof p === 'string') throw this.fout([...pad, 'verdeelsleutel'], `verdeelsleutel: ${p}`);
      verdeelsleutel = p;
    }
    return {
      bron: 'roo-polder',
      peildatum,
      regelingRooId,
      volgnummer,
      deelnemer,
      toetredingsdatum: this.datum([...pad, 'toetredings_datum']),
      uittredingsdatum: this.datum([...pad, 'uittredings_datum']),
      organen,
      verdeelsleutel,
      verdeelsleutelTekst: sleutelTekst,
      herkomst: this.herkomst(pad),
    };
  }

  private organisatie(): RooOrganisatie {
    const namen = this.namen();
    const huidig = namen.find((n) => n.geldigTot === null) ?? namen.at(-1);
    if (!huidig) throw this.fout(['names'], 'de organisatie heeft geen naam (names)');
    const tooi = this.tekst(['identifiers', 'tooi']);
    const organisatiecode = this.tekst(['identifiers', 'organisatiecode']);
    const type = this.tekst(['type'])!;
    const soort = organisatieSoortUitRoo(tooiSoort(tooi), [
      type === 'gemeenschappelijke-regeling' ? 'gemeenschappelijke regeling' : type,
    ]);
    const voorgangers = Array.isArray(this.waarde(['predecessor_id']))
      ? this.tekstLijst(['predecessor_id'])
      : [this.tekst(['predecessor_id'])].filter((v): v is string => v !== null);
    return {
      bron: 'roo-polder',
      peildatum: this.peildatum(),
      soort,
      typen: [type],
      naam: huidig.naam,
      afkorting: huidig.afkorting,
      namen,
      rooId: this.tekst(['identifiers', 'roo_id']),
      tooi,
      cbsCode: cbsCodeUitTooi(tooi) ?? cbsCodeUitOrganisatiecode(organisatiecode),
      owms: this.tekst(['identifiers', 'owms']),
      oin: this.tekst(['identifiers', 'oin']),
      kvk: this.tekst(['identifiers', 'kvk']),
      organisatiecode,
      polderId: this.tekst(['id']),
      geldigVan: this.datum(['valid_from']),
      geldigTot: this.datum(['valid_until']),
      opvolger: this.tekst(['successor_id']),
      voorgangers,
      hoortBijRegeling: this.versie(['hoort_bij_gemeenschappelijke_regeling']),
      onderdeelVan: null,
      herkomst: this.herkomst([]),
    };
  }
}

/**
 * Reads a Polder folder (`roo-polder-2026/`): every `*.yaml` below it, in sorted order. Herkomst names
 * files relative to the folder (`gemeenschappelijke-regelingen/wozl.yaml`); errors name the path as
 * joined with `map`. Fills in the CBS code of participants without TOOI URI from the organisation with
 * the same ROO id.
 */
export async function leesRooPolderMap(map: string): Promise<RooPolder> {
  const namen = (await fs.readdir(map, { recursive: true, encoding: 'utf8' }))
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  if (namen.length === 0) throw new BronFout(map, undefined, 'de map bevat geen YAML-bestanden');
  const teksten = await Promise.all(namen.map((n) => fs.readFile(path.join(map, n), 'utf8')));

  const regelingen: RooRegeling[] = [];
  const organisaties: RooOrganisatie[] = [];
  for (const [i, naam] of namen.entries()) {
    let record: RooPolderRecord;
    try {
      record = leesRooPolderBestand(teksten[i]!, naam);
    } catch (e) {
      if (e instanceof BronFout) throw new BronFout(path.join(map, naam), e.regel, e.reden);
      throw e;
    }
    if (record.soort === 'regeling') regelingen.push(record.regeling);
    else organisaties.push(record.organisatie);
  }
  return voegRooPolderSamen(regelingen, organisaties, namen.length);
}

/** Puts parsed files together: participants' CBS codes from organisations with the same ROO id (`vulCbsCodesAan`). */
export function voegRooPolderSamen(
  regelingen: RooRegeling[],
  organisaties: RooOrganisatie[],
  bestanden: number,
): RooPolder {
  vulCbsCodesAan(regelingen, organisaties);
  let peildatum: string | null = null;
  for (const r of [...regelingen, ...organisaties]) {
    if (r.peildatum && (!peildatum || r.peildatum > peildatum)) peildatum = r.peildatum;
  }
  const deelnames = regelingen.flatMap((r) => r.deelnames);
  return { bron: 'roo-polder', peildatum, regelingen, deelnames, organisaties, bestanden };
}
