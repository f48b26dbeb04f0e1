import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Bevinding } from './bevinding';
import { controleerBestuur, zittingHebbend, type BestuurInput, type Lid } from './bestuur';

const PEILDATUM = '2025-06-01';
let volgnummer = 0;
/** A seated member; only what differs from the default is given. */
const lid = (orgaan: Lid['orgaan'], deelnameId: string | null, extra: Partial<Lid> = {}): Lid => ({
  id: `lid-${++volgnummer}`,
  orgaan,
  deelnameId,
  vanBuitenAb: false,
  stemgewicht: null,
  vanaf: '2022-04-01',
  tot: '2026-03-31',
  mandaatTot: null,
  ...extra,
});

/** Three gemeenten A, B, C; each two AB members; voorzitter from A; DB of two wethouders from B and C. */
const gewoonBestuur = (): Lid[] => [
  lid('voorzitter', 'A'),
  lid('ab', 'A'),
  lid('ab', 'A'),
  lid('ab', 'B'),
  lid('ab', 'B'),
  lid('ab', 'C'),
  lid('ab', 'C'),
  lid('db', 'B'),
  lid('db', 'C'),
];
const controleer = (leden: Lid[], extra: Partial<BestuurInput> = {}) =>
  controleerBestuur({
    type: 'collegeregeling',
    aantalDeelnemendeGemeenten: 3,
    leden,
    peildatum: PEILDATUM,
    ...extra,
  });
const codes = (bs: Bevinding[]) => bs.map((b) => b.code);

describe('Wie heeft zitting op de peildatum', () => {
  it('telt alleen leden die zijn begonnen en nog niet zijn gestopt, grenzen inbegrepen', () => {
    const leden = [
      lid('ab', 'A', { id: 'begint-vandaag', vanaf: PEILDATUM }),
      lid('ab', 'A', { id: 'stopt-vandaag', tot: PEILDATUM }),
      lid('ab', 'A', { id: 'begint-morgen', vanaf: '2025-06-02' }),
      lid('ab', 'A', { id: 'gestopt', tot: '2025-05-31' }),
      lid('ab', 'A', { id: 'onbekend-begin', vanaf: null, tot: null }),
    ];
    assert.deepEqual(
      zittingHebbend(leden, PEILDATUM).map((l) => l.id),
      ['begint-vandaag', 'stopt-vandaag', 'onbekend-begin'],
    );
  });

  it('een lid wiens mandaat als raadslid is geëindigd, heeft van rechtswege geen zitting meer (art. 13 lid 2)', () => {
    const leden = [lid('ab', 'A', { id: 'oud-raadslid', tot: null, mandaatTot: '2025-05-31' })];
    assert.deepEqual(zittingHebbend(leden, PEILDATUM), []);
  });
});

describe('Samenstelling van het dagelijks bestuur (Wgr art. 14)', () => {
  it('een gewoon bestuur van drie gemeenten geeft geen bevindingen', () => {
    assert.deepEqual(controleer(gewoonBestuur()), []);
  });

  it('een DB van voorzitter plus één lid is te klein (art. 14 lid 1)', () => {
    const leden = gewoonBestuur().filter((l) => !(l.orgaan === 'db' && l.deelnameId === 'C'));
    const bs = controleer(leden);
    assert.deepEqual(bs, [
      { code: 'db_te_klein', ernst: 'fout', artikel: 'Wgr art. 14 lid 1', data: { andereLeden: 1 } },
    ]);
  });

  it('een DB-lid dat al gestopt is, telt niet mee voor de omvang', () => {
    const leden = [
      ...gewoonBestuur().filter((l) => l.orgaan !== 'db'),
      lid('db', 'B'),
      lid('db', 'C', { tot: '2025-01-01' }),
    ];
    assert.deepEqual(codes(controleer(leden)), ['db_te_klein']);
  });

  it('de twee DB-leden naast de voorzitter mogen niet allebei uit dezelfde gemeente komen (art. 14 lid 1)', () => {
    const leden = [...gewoonBestuur().filter((l) => l.orgaan !== 'db'), lid('db', 'B'), lid('db', 'B')];
    const [b] = controleer(leden);
    assert.equal(b?.code, 'db_leden_uit_een_deelnemer');
    assert.deepEqual(b?.data, { deelnameId: 'B' });
  });

  it('de voorzitter telt niet mee bij de herkomst: twee DB-leden uit A naast een voorzitter uit A is fout', () => {
    const leden = [...gewoonBestuur().filter((l) => l.orgaan !== 'db'), lid('db', 'A'), lid('db', 'A')];
    assert.deepEqual(codes(controleer(leden)), ['db_leden_uit_een_deelnemer']);
  });

  it('leden van buiten het AB mogen de helft van het DB vormen, maar niet de meerderheid (art. 14 lid 2)', () => {
    const zonderDb = gewoonBestuur().filter((l) => l.orgaan !== 'db');
    const helft = [
      ...zonderDb,
      lid('db', 'B'),
      lid('db', 'C', { vanBuitenAb: true }),
      lid('db', null, { vanBuitenAb: true }),
    ];
    assert.deepEqual(
      controleer(helft),
      [],
      'voorzitter + 1 uit het AB tegen 2 van buiten: 2 van 4 is geen meerderheid',
    );
    const meerderheid = [
      ...zonderDb,
      lid('db', 'B', { vanBuitenAb: true }),
      lid('db', 'C', { vanBuitenAb: true }),
    ];
    const [b] = controleer(meerderheid);
    assert.deepEqual(b, {
      code: 'db_meerderheid_van_buiten_ab',
      ernst: 'fout',
      artikel: 'Wgr art. 14 lid 2',
      data: { vanBuiten: 2, dbGrootte: 3 },
    });
  });

  describe('het DB mag nooit de meerderheid van het AB vormen (art. 14 lid 3)', () => {
    // Five burgemeesters form the AB; one is voorzitter and three others sit in the DB: 4 of 5.
    const burgemeesters = (): Lid[] => [
      lid('voorzitter', 'A'),
      ...['B', 'C', 'D', 'E'].map((g) => lid('ab', g)),
      ...['B', 'C', 'D'].map((g) => lid('db', g)),
    ];

    it('in een collegeregeling is een DB van 4 in een AB van 5 fout', () => {
      const [b] = controleer(burgemeesters(), { aantalDeelnemendeGemeenten: 5 });
      assert.deepEqual(b, {
        code: 'db_meerderheid_in_ab',
        ernst: 'fout',
        artikel: 'Wgr art. 14 lid 3',
        data: { dbInAb: 4, abGrootte: 5 },
      });
    });

    it('in een burgemeestersregeling met minder dan zes gemeenten mag het wel', () => {
      assert.deepEqual(
        controleer(burgemeesters(), { type: 'burgemeestersregeling', aantalDeelnemendeGemeenten: 5 }),
        [],
      );
    });

    it('in een burgemeestersregeling met zes gemeenten mag het niet', () => {
      const bs = controleer(burgemeesters(), {
        type: 'burgemeestersregeling',
        aantalDeelnemendeGemeenten: 6,
      });
      assert.deepEqual(codes(bs), ['db_meerderheid_in_ab']);
    });

    it('DB-leden van buiten het AB tellen niet mee bij de omvang van het AB', () => {
      const leden = [...gewoonBestuur(), lid('db', null, { vanBuitenAb: true })];
      assert.deepEqual(controleer(leden), [], 'DB in AB is 3 van de 7');
    });
  });

  it('een bestuur zonder voorzitter krijgt een waarschuwing, twee voorzitters zijn fout', () => {
    const zonder = gewoonBestuur().filter((l) => l.orgaan !== 'voorzitter');
    assert.deepEqual(codes(controleer(zonder)), ['geen_voorzitter']);
    assert.deepEqual(codes(controleer([...gewoonBestuur(), lid('voorzitter', 'B')])), [
      'meerdere_voorzitters',
    ]);
  });

  it('een bestuurslid van een bedrijfsvoeringsorganisatie valt niet onder de regels voor AB en DB', () => {
    assert.deepEqual(controleer([lid('bestuur', 'A'), lid('bestuur', 'B')]), []);
  });
});

describe('Het lidmaatschap eindigt met het eigen mandaat (Wgr art. 13 lid 2)', () => {
  it('zonder einddatum meldt het systeem ter informatie dat het lidmaatschap eindigt met het mandaat', () => {
    const raadslid = lid('ab', 'A', { id: 'r1', tot: null, mandaatTot: '2026-03-31' });
    const bs = controleer([...gewoonBestuur(), raadslid]);
    assert.deepEqual(bs, [
      {
        code: 'lidmaatschap_eindigt_met_mandaat',
        ernst: 'info',
        artikel: 'Wgr art. 13 lid 2',
        data: { lidId: 'r1', eindeVolgensWet: '2026-03-31', tot: null },
      },
    ]);
  });

  it('een einddatum na het einde van het mandaat is een waarschuwing', () => {
    const wethouder = lid('ab', 'A', { tot: '2026-12-31', mandaatTot: '2026-03-31' });
    assert.deepEqual(
      controleer([...gewoonBestuur(), wethouder]).map((b) => b.ernst),
      ['waarschuwing'],
    );
  });

  it('een einddatum op of vóór het einde van het mandaat is in orde', () => {
    assert.deepEqual(
      controleer([...gewoonBestuur(), lid('ab', 'A', { tot: '2026-03-31', mandaatTot: '2026-03-31' })]),
      [],
    );
  });
});

describe('Stemgewicht hoort bij de gemeente, niet bij het lid (Wgr art. 13 lid 4)', () => {
  it('meervoudig stemrecht voor alle leden van één gemeente is toegestaan', () => {
    const leden = gewoonBestuur().map((l) =>
      l.deelnameId === 'A' && l.orgaan !== 'db' ? { ...l, stemgewicht: 3 } : { ...l, stemgewicht: 1 },
    );
    assert.deepEqual(controleer(leden), []);
  });

  it('verschillende gewichten binnen één gemeente geven een waarschuwing, geen fout (vgl. de Drechtraad)', () => {
    const leden = gewoonBestuur().map((l) => ({ ...l, stemgewicht: 1 }));
    const bPlus = leden.findIndex((l) => l.orgaan === 'ab' && l.deelnameId === 'B');
    leden[bPlus] = { ...leden[bPlus]!, stemgewicht: 4 };
    const bs = controleer(leden);
    assert.deepEqual(bs, [
      {
        code: 'stemgewicht_per_lid',
        ernst: 'waarschuwing',
        artikel: 'Wgr art. 13 lid 4',
        data: { deelnameId: 'B', gewichten: [4, 1] },
      },
    ]);
  });

  it('een gewicht bij het ene lid en geen gewicht bij het andere lid van dezelfde gemeente geeft ook een waarschuwing', () => {
    const leden = [lid('bestuur', 'A', { stemgewicht: 2 }), lid('bestuur', 'A'), lid('bestuur', 'B')];
    assert.deepEqual(codes(controleer(leden)), ['stemgewicht_per_lid']);
  });
});
