import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { algemeenErkendeFeestdagen } from './feestdagen';
import { GELIJKGESTELDE_DAGEN } from './gelijkgestelde-dagen';
import { isDatum } from './datum';

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Reads "28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018" as a list of dates. */
function datumsInTitel(titel: string): string[] {
  const uit: string[] = [];
  let dagen: number[] = [];
  let open: [number, number][] = [];
  for (const w of titel.replace(/,/g, ' ').split(/\s+/)) {
    if (/^\d{1,2}$/.test(w)) dagen.push(Number(w));
    else if (MAANDEN.includes(w)) {
      open.push(...dagen.map((d): [number, number] => [d, MAANDEN.indexOf(w) + 1]));
      dagen = [];
    } else if (/^\d{4}$/.test(w)) {
      uit.push(
        ...open.map(([day, month]) => Temporal.PlainDate.from({ year: Number(w), month, day }).toString()),
      );
      open = [];
    }
  }
  return uit;
}

describe('Met een feestdag gelijkgestelde dagen (Atw art. 3 lid 3)', () => {
  it('bevat de bekende dagen 2017–2019, 2022 en 2023–2028, op volgorde', () => {
    const data = GELIJKGESTELDE_DAGEN.map((d) => d.datum);
    assert.equal(data.length, 18);
    assert.deepEqual([...data].sort(), data);
    for (const d of ['2022-05-27', '2023-04-28', '2024-12-27', '2026-01-02', '2026-05-15', '2028-05-26']) {
      assert.ok(data.includes(d), d);
    }
  });
  it('elke dag is een geldige werkdag (ma–vr) die niet zelf al een feestdag is', () => {
    for (const { datum } of GELIJKGESTELDE_DAGEN) {
      assert.ok(isDatum(datum), datum);
      const dag = Temporal.PlainDate.from(datum);
      assert.ok(dag.dayOfWeek <= 5, `${datum} valt in het weekend`);
      assert.ok(
        !algemeenErkendeFeestdagen(dag.year).some((f) => f.datum === datum),
        `${datum} is al een feestdag`,
      );
    }
  });
  it('per besluit zijn het precies de dagen die in de titel van dat besluit staan', () => {
    const metTitel = GELIJKGESTELDE_DAGEN.filter((d) => d.besluit.startsWith('Besluit gelijkstelling'));
    assert.equal(metTitel.length, 17);
    for (const besluit of new Set(metTitel.map((d) => d.besluit))) {
      const inTabel = metTitel.filter((d) => d.besluit === besluit).map((d) => d.datum);
      assert.deepEqual(inTabel, datumsInTitel(besluit), besluit);
    }
  });
  it('alleen het besluit uit 2016 is in de officiële tekst gezien; de vindplaatsen van de andere zijn nog OPEN', () => {
    for (const d of GELIJKGESTELDE_DAGEN) {
      assert.equal(d.status, d.datum < '2020-01-01' ? 'bevestigd' : 'onbevestigd', d.datum);
      if (d.status === 'onbevestigd') assert.match(d.bron, /OPEN/);
    }
  });
  it('de tabel kan niet per ongeluk worden gewijzigd', () => {
    assert.ok(Object.isFrozen(GELIJKGESTELDE_DAGEN) && GELIJKGESTELDE_DAGEN.every((d) => Object.isFrozen(d)));
  });
});
