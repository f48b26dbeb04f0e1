/**
 * The network graph of the strongest co-memberships: nodes (gemeenten) and edges (pairs sharing at least
 * k regelingen), laid out deterministically on the server. Pure.
 *
 * Layout: where a position is given (the centroid of the gemeente on the map, kaart.ts) the node stands
 * there; otherwise all nodes stand on a circle in the order of their codes. Never random, so the same
 * data always gives the same picture. Edge width grows with the number of shared regelingen.
 */
import type { Paar } from './medelidmaatschap';

export interface Knoop {
  code: string;
  x: number;
  y: number;
  /** Number of edges in the graph. */
  graad: number;
}

export interface Verbinding extends Paar {
  breedte: number;
}

export interface Netwerk {
  breedte: number;
  hoogte: number;
  knopen: Knoop[];
  verbindingen: Verbinding[];
  indeling: 'kaart' | 'cirkel';
}

/**
 * The graph of `paren` (strongest first), at most `maximum` edges. With `posities` for every node the map
 * layout (scaled into the same box), else a circle of diameter `grootte`.
 */
export function netwerk(
  paren: readonly Paar[],
  opties: {
    maximum?: number;
    posities?: ReadonlyMap<string, { x: number; y: number }> | null;
    breedte?: number;
    hoogte?: number;
  } = {},
): Netwerk {
  const breedte = opties.breedte ?? 560;
  const hoogte = opties.hoogte ?? 560;
  const gekozen = paren.slice(0, opties.maximum ?? 60);
  const graad = new Map<string, number>();
  for (const p of gekozen) {
    graad.set(p.a, (graad.get(p.a) ?? 0) + 1);
    graad.set(p.b, (graad.get(p.b) ?? 0) + 1);
  }
  const codes = [...graad.keys()].sort();
  const pos = opties.posities;
  const opKaart = Boolean(pos && codes.length && codes.every((c) => pos.has(c)));
  const plek = new Map<string, { x: number; y: number }>();
  if (opKaart) for (const c of codes) plek.set(c, pos!.get(c)!);
  else {
    const r = Math.min(breedte, hoogte) / 2 - 20;
    codes.forEach((c, i) => {
      const hoek = (2 * Math.PI * i) / codes.length - Math.PI / 2;
      plek.set(c, {
        x: Math.round((breedte / 2 + r * Math.cos(hoek)) * 10) / 10,
        y: Math.round((hoogte / 2 + r * Math.sin(hoek)) * 10) / 10,
      });
    });
  }
  const sterkst = Math.max(1, ...gekozen.map((p) => p.gedeeld));
  const zwakst = Math.min(sterkst, ...gekozen.map((p) => p.gedeeld));
  return {
    breedte,
    hoogte,
    indeling: opKaart ? 'kaart' : 'cirkel',
    knopen: codes.map((code) => ({ code, ...plek.get(code)!, graad: graad.get(code)! })),
    verbindingen: gekozen.map((p) => ({
      ...p,
      breedte:
        sterkst === zwakst ? 2 : Math.round((1 + (4 * (p.gedeeld - zwakst)) / (sterkst - zwakst)) * 10) / 10,
    })),
  };
}
