/**
 * Boundaries of gemeenten, provincies and veiligheidsregio's from TopoJSON or GeoJSON (shared data
 * `grenzen-cbs-2023-vws/`: CBS/PDOK generalised boundaries of 2023 via the VWS corona dashboard, CC BY 4.0,
 * "CBS / PDOK, bewerking VWS"; indeling 2023 = 2024 = 2025).
 *
 * A TopoJSON Topology is converted with topojson-client (`feature`), object by object; a GeoJSON
 * FeatureCollection is read as it is. Each feature becomes a GeoJSON feature with properties
 * `{ code, naam, soort, bron, jaargang, herkomst }`: `code` normalised (`GM0363`, `PV27`, `VR13`; also from
 * `gm0363`, `363` under `gm_code`, or PDOK's `statcode`), `naam` when the source has one, `soort` from the
 * code. When a feature carries several codes (a gemeente with its `pv_code` and `vr_code`), its own code is
 * the finest: gemeente before veiligheidsregio before provincie. Only Polygon and MultiPolygon geometry.
 * An object without any code (the outline of the Netherlands) is skipped and listed in `overgeslagen`.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BronFout, type Herkomst, leesJson } from './bron';

export type GrensSoort = 'gemeente' | 'provincie' | 'veiligheidsregio';

export interface GrensEigenschappen {
  code: string;
  naam: string | null;
  soort: GrensSoort;
  bron: 'grenzen';
  jaargang: number;
  herkomst: Herkomst;
}

export type GrensFeature = Feature<Polygon | MultiPolygon, GrensEigenschappen>;

export interface Grenzen {
  bron: 'grenzen';
  jaargang: number;
  bestand: string;
  features: GrensFeature[];
  /** Collections without codes that were skipped, with the reason. */
  overgeslagen: { pad: string; reden: string }[];
}

const PREFIX: Record<string, { soort: GrensSoort; cijfers: number }> = {
  GM: { soort: 'gemeente', cijfers: 4 },
  VR: { soort: 'veiligheidsregio', cijfers: 2 },
  PV: { soort: 'provincie', cijfers: 2 },
};
const SOORT_PREFIX: Record<GrensSoort, string> = { gemeente: 'GM', veiligheidsregio: 'VR', provincie: 'PV' };

/** Property keys that hold a code, finest first; with the key of the matching name and the kind they imply. */
const CODE_SLEUTELS: { code: string; naam: string[]; soort: GrensSoort | null }[] = [
  { code: 'gm_code', naam: ['gm_naam'], soort: 'gemeente' },
  { code: 'gemeentecode', naam: ['gemeentenaam'], soort: 'gemeente' },
  { code: 'vr_code', naam: ['vr_naam'], soort: 'veiligheidsregio' },
  { code: 'pv_code', naam: ['pv_naam'], soort: 'provincie' },
  { code: 'provinciecode', naam: ['provincienaam'], soort: 'provincie' },
  { code: 'statcode', naam: ['statnaam'], soort: null },
  { code: 'code', naam: ['naam', 'name'], soort: null },
];

/**
 * A code as GM0363 / PV27 / VR13: the prefix in capitals and the number padded; plain digits need the
 * kind (`soort`). Null when the value is not such a code.
 */
export function normaliseerGrensCode(waarde: unknown, soort: GrensSoort | null = null): string | null {
  if (typeof waarde !== 'string' && typeof waarde !== 'number') return null;
  const t = String(waarde).trim().toUpperCase();
  const m = /^(GM|PV|VR)\s*(\d{1,4})$/.exec(t);
  if (m) {
    const p = PREFIX[m[1]!]!;
    return m[2]!.length <= p.cijfers ? `${m[1]}${m[2]!.padStart(p.cijfers, '0')}` : null;
  }
  if (soort && /^\d{1,4}$/.test(t)) {
    const prefix = SOORT_PREFIX[soort];
    return t.length <= PREFIX[prefix]!.cijfers
      ? `${prefix}${t.padStart(PREFIX[prefix]!.cijfers, '0')}`
      : null;
  }
  return null;
}

/** Finds a property case-insensitively. */
function eigenschap(props: Record<string, unknown>, sleutel: string): unknown {
  if (sleutel in props) return props[sleutel];
  const k = Object.keys(props).find((x) => x.toLowerCase() === sleutel);
  return k === undefined ? undefined : props[k];
}

function codeEnNaam(props: Record<string, unknown> | null): { code: string; naam: string | null } | null {
  if (!props) return null;
  for (const s of CODE_SLEUTELS) {
    const code = normaliseerGrensCode(eigenschap(props, s.code), s.soort);
    if (!code) continue;
    for (const n of s.naam) {
      const naam = eigenschap(props, n);
      if (typeof naam === 'string' && naam.trim()) return { code, naam: naam.trim() };
    }
    return { code, naam: null };
  }
  return null;
}

const isCollection = (x: unknown): x is FeatureCollection<Geometry | null> =>
  !!x &&
  typeof x === 'object' &&
  (x as { type?: unknown }).type === 'FeatureCollection' &&
  Array.isArray((x as { features?: unknown }).features);

/**
 * Reads parsed TopoJSON or GeoJSON. `jaargang` is the vintage of the boundaries (2023 for the shared-data
 * files); `objecten` limits a Topology to some objects (default: all).
 */
export function leesGrenzen(
  json: unknown,
  bestand: string,
  opties: { jaargang: number; objecten?: string[] },
): Grenzen {
  const { jaargang } = opties;
  const uit: Grenzen = { bron: 'grenzen', jaargang, bestand, features: [], overgeslagen: [] };
  const type = json && typeof json === 'object' ? (json as { type?: unknown }).type : undefined;

  const collecties: { pad: string; fc: FeatureCollection<Geometry | null> }[] = [];
  if (type === 'Topology') {
    const topo = json as Topology;
    if (!topo.objects || typeof topo.objects !== 'object' || !Array.isArray(topo.arcs)) {
      throw new BronFout(bestand, undefined, 'ongeldige TopoJSON: objects of arcs ontbreekt');
    }
    const namen = opties.objecten ?? Object.keys(topo.objects);
    for (const naam of namen) {
      const object = topo.objects[naam];
      if (!object) throw new BronFout(bestand, undefined, `TopoJSON-object ${naam} bestaat niet`);
      let fc: FeatureCollection<Geometry | null>;
      try {
        const f = feature(topo, object) as Feature<Geometry | null> | FeatureCollection<Geometry | null>;
        fc = f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] };
      } catch (e) {
        throw new BronFout(
          bestand,
          undefined,
          `ongeldige TopoJSON in object ${naam} (${e instanceof Error ? e.message : String(e)})`,
        );
      }
      const pad = object.type === 'GeometryCollection' ? `objects.${naam}.geometries` : `objects.${naam}`;
      collecties.push({ pad, fc });
    }
  } else if (isCollection(json)) {
    collecties.push({ pad: 'features', fc: json });
  } else if (type === 'Feature') {
    collecties.push({
      pad: '',
      fc: { type: 'FeatureCollection', features: [json as Feature<Geometry | null>] },
    });
  } else {
    throw new BronFout(
      bestand,
      undefined,
      'geen TopoJSON (Topology) en geen GeoJSON (FeatureCollection of Feature)',
    );
  }

  const gezien = new Map<string, string>();
  for (const { pad, fc } of collecties) {
    const gevonden = fc.features.map((f) => codeEnNaam(f.properties));
    if (gevonden.every((g) => g === null)) {
      uit.overgeslagen.push({
        pad: pad || 'feature',
        reden: 'geen gemeente-, provincie- of veiligheidsregiocode in de eigenschappen',
      });
      continue;
    }
    for (const [i, f] of fc.features.entries()) {
      const plek = pad ? `${pad}[${i}]` : 'feature';
      const g = gevonden[i];
      if (!g)
        throw new BronFout(
          bestand,
          undefined,
          `${plek}: geen code in de eigenschappen (${JSON.stringify(f.properties)})`,
        );
      const geometrie = f.geometry;
      if (!geometrie || (geometrie.type !== 'Polygon' && geometrie.type !== 'MultiPolygon')) {
        throw new BronFout(
          bestand,
          undefined,
          `${plek} (${g.code}): geometrie is ${geometrie?.type ?? 'leeg'}, verwacht Polygon of MultiPolygon`,
        );
      }
      const eerder = gezien.get(g.code);
      if (eerder !== undefined)
        throw new BronFout(bestand, undefined, `${plek}: code ${g.code} komt twee keer voor (ook ${eerder})`);
      gezien.set(g.code, plek);
      uit.features.push({
        type: 'Feature',
        geometry: geometrie,
        properties: {
          code: g.code,
          naam: g.naam,
          soort: PREFIX[g.code.slice(0, 2)]!.soort,
          bron: 'grenzen',
          jaargang,
          herkomst: { bestand, pad: plek },
        },
      });
    }
  }
  return uit;
}

/** `leesGrenzen` on the text of a .json / .topojson / .geojson file; malformed JSON is a BronFout with its line. */
export function leesGrenzenTekst(
  tekst: string,
  bestand: string,
  opties: { jaargang: number; objecten?: string[] },
): Grenzen {
  return leesGrenzen(leesJson(tekst, bestand), bestand, opties);
}
