/** Polder YAML of the GR register: the real folder (shared data `roo-polder-2026/`) and small malformed files. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { inWerking } from './roo';
import { leesRooPolderBestand, leesRooPolderMap, type RooPolder } from './roo-polder';

const MAP = gedeeldeData('roo-polder-2026');
/** The day the dataset was read from ROO (PROVENANCE.md). */
const PEILDATUM = '2026-05-16';

let cache: { data: RooPolder; ms: number } | undefined;
async function echt() {
  if (!cache) {
    const start = performance.now();
    const data = await leesRooPolderMap(MAP);
    cache = { data, ms: performance.now() - start };
  }
  return cache;
}

const tel = <T>(lijst: T[], sleutel: (t: T) => string) => {
  const uit: Record<string, number> = {};
  for (const t of lijst) uit[sleutel(t)] = (uit[sleutel(t)] ?? 0) + 1;
  return uit;
};

describe('leesRooPolderMap: het echte register (roo-polder-2026)', { skip: ontbreekt(MAP) }, () => {
  test('1.186 regelingen, 9.516 deelnames, 1.110 organisaties uit 2.296 bestanden; de tijd staat in de diagnose', async (t) => {
    const { data, ms } = await echt();
    t.diagnostic(`${data.bestanden} YAML-bestanden gelezen in ${Math.round(ms)} ms`);
    assert.equal(data.bestanden, 2296);
    assert.equal(data.bron, 'roo-polder');
    assert.equal(data.peildatum, PEILDATUM);
    assert.equal(data.regelingen.length, 1186);
    assert.equal(data.deelnames.length, 9516);
    assert.deepEqual(
      tel(data.organisaties, (o) => o.soort),
      {
        gemeente: 613,
        provincie: 12,
        waterschap: 32,
        samenwerkingsorganisatie: 453,
      },
    );
    // Generous bound: the YAML library reads about 5 MB/s; 13 MB takes 2–3 s on a small machine.
    assert.ok(ms < 30_000, `${ms} ms`);
  });

  test('op 16 mei 2026 zijn 451 regelingen in werking met 3.551 deelnames, met de vormen uit PROVENANCE.md', async () => {
    const { data } = await echt();
    const inWerk = data.regelingen.filter((r) => inWerking(r, PEILDATUM));
    assert.equal(inWerk.length, 451);
    assert.equal(
      inWerk.reduce((n, r) => n + r.deelnames.length, 0),
      3551,
    );
    assert.deepEqual(
      tel(inWerk, (r) => String(r.vorm)),
      {
        openbaar_lichaam: 283,
        regeling_zonder_meer: 81,
        bedrijfsvoeringsorganisatie: 64,
        gemeenschappelijk_orgaan: 23,
      },
    );
    // 'Regeling zonder meer' is registered with quotes around it; they are dropped.
    assert.ok(inWerk.some((r) => r.samenwerkingsvorm === 'Regeling zonder meer'));
    assert.equal(data.regelingen.filter((r) => r.vorigeVersie).length, 637);
    assert.equal(data.regelingen.filter((r) => r.volgendeVersie).length, 637);
  });

  test('organen en gemeenten in de deelnames van regelingen in werking', async () => {
    const { data } = await echt();
    const deelnames = data.regelingen.filter((r) => inWerking(r, PEILDATUM)).flatMap((r) => r.deelnames);
    const organen = tel(
      deelnames.flatMap((d) => d.organen),
      (o) => o.naam,
    );
    assert.equal(organen['College van burgemeester en wethouders'], 2915);
    assert.equal(organen['Gemeenteraad'], 612);
    assert.equal(organen['Burgemeester'], 297);
    assert.equal(organen['Dagelijks bestuur'], 85);
    assert.equal(organen['Gedeputeerde staten'], 59);
    assert.equal(organen['Provinciale staten'], 23);
    assert.equal(organen['Minister'], 12);

    // 351 distinct gemeenten, 9 more than the 342 of today: merged gemeenten are still listed.
    const perGemeente = tel(
      deelnames.filter((d) => d.deelnemer.cbsCode?.startsWith('GM')),
      (d) => d.deelnemer.cbsCode!,
    );
    assert.equal(Object.keys(perGemeente).length, 351);
    assert.equal(Math.max(...Object.values(perGemeente)), 19);
    const huidig = new Set(
      data.organisaties.filter((o) => o.soort === 'gemeente' && !o.geldigTot).map((o) => o.cbsCode),
    );
    assert.equal(huidig.size, 342);
    assert.deepEqual(
      Object.keys(perGemeente)
        .filter((c) => !huidig.has(c))
        .sort(),
      [
        'GM0501', // Brielle
        'GM0530', // Hellevoetsluis
        'GM0614', // Westvoorne
        'GM0756', // Boxmeer
        'GM0786', // Grave
        'GM0815', // Mill en Sint Hubert
        'GM1684', // Cuijk
        'GM1685', // Landerd
        'GM1702', // Sint Anthonis
      ],
    );
  });

  test('verdeelsleutels: 46 in het hele register, 42 in werking, als getal uit de decimale komma', async () => {
    const { data } = await echt();
    const metSleutel = data.deelnames.filter((d) => d.verdeelsleutel !== null);
    assert.equal(metSleutel.length, 46);
    assert.equal(
      data.regelingen
        .filter((r) => inWerking(r, PEILDATUM))
        .flatMap((r) => r.deelnames)
        .filter((d) => d.verdeelsleutel !== null).length,
      42,
    );
    assert.ok(metSleutel.some((d) => d.verdeelsleutelTekst === '5,1' && d.verdeelsleutel === 5.1));
    const wmo = data.regelingen.find((r) => r.rooId === '29494998')!;
    assert.equal(wmo.titel, 'Centrumregeling Wmo Brabant Noordoost-oost 2024');
    assert.equal(wmo.vorm, 'regeling_zonder_meer');
    assert.deepEqual(
      wmo.deelnames.map((d) => [d.deelnemer.cbsCode, d.verdeelsleutel, d.toetredingsdatum]),
      [
        ['GM1721', 11, '2015-01-01'],
        ['GM0755', 4, '2015-01-01'],
        ['GM0828', 33, '2015-01-01'],
        ['GM1982', 32, '2024-01-03'],
        ['GM1991', 20, '2024-01-03'],
      ],
    );
    assert.deepEqual(wmo.vorigeVersie, {
      rooId: '24967448',
      naam: 'Centrumregeling Wmo Brabant Noordoost-oost 2015',
    });
    assert.deepEqual(wmo.wettelijkeGrondslagen, [
      {
        opschrift: 'Wet gemeenschappelijke regelingen',
        referentie: 'http://wetten.overheid.nl/jci1.3:c:BWBR0003740',
      },
    ]);
    const eerste = wmo.deelnames[0]!;
    assert.deepEqual(eerste.organen, [
      {
        naam: 'College van burgemeester en wethouders',
        owms: 'http://standaarden.overheid.nl/owms/terms/college_van_burgemeester_en_wethouders',
        tooi: null,
        orgaan: 'college',
      },
    ]);
    assert.deepEqual(eerste.herkomst, {
      bestand: 'gemeenschappelijke-regelingen/centrumregeling-wmo-brabant-noordoost-oost-2024.yaml',
      regel: 24,
      pad: 'gr_meta.deelnemende_organisaties[0]',
    });
  });

  test('deelnemers zonder TOOI-URI: 192 krijgen hun CBS-code via het ROO-id, 182 houden alleen hun naam', async () => {
    const { data } = await echt();
    const zonderTooi = data.deelnames.filter((d) => !d.deelnemer.tooi);
    assert.equal(zonderTooi.length, 374);
    assert.equal(zonderTooi.filter((d) => d.deelnemer.cbsCode).length, 192);
    const binnenmaas = zonderTooi.find((d) => d.deelnemer.naam === 'Gemeente Binnenmaas')!;
    assert.equal(binnenmaas.deelnemer.cbsCode, 'GM0585');
    const onbekend = zonderTooi.filter((d) => !d.deelnemer.cbsCode);
    assert.ok(onbekend.every((d) => d.deelnemer.naam));
    assert.ok(onbekend.some((d) => d.deelnemer.naam === 'Gemeente Assenede')); // Belgian
  });

  test('organisaties: identificatie met voorloopnullen, namen, opvolger', async () => {
    const { data } = await echt();
    const aalburg = data.organisaties.find((o) => o.polderId === 'org:gemeente-aalburg')!;
    assert.equal(aalburg.cbsCode, 'GM0738');
    assert.equal(aalburg.oin, '00000001002008038000');
    assert.equal(aalburg.geldigTot, '2019-01-01');
    assert.equal(aalburg.naam, 'Gemeente Aalburg');
    const hunze = data.organisaties.find((o) => o.polderId === 'org:gemeente-aa-en-hunze')!;
    assert.equal(hunze.kvk, '01140749');
    assert.equal(hunze.tooi, 'https://identifier.overheid.nl/tooi/id/gemeente/gm1680');
    const baronie = data.organisaties.find((o) => o.rooId === '30520130')!;
    assert.equal(baronie.soort, 'samenwerkingsorganisatie');
    assert.deepEqual(baronie.hoortBijRegeling, {
      rooId: '30520136',
      naam: 'Gemeenschappelijke regeling Regio De Baronie',
    });
  });
});

const KLEIN = `id: org:gr-test
type: gemeenschappelijke-regeling
identifiers:
  roo_id: '1'
names:
- value: GR Test
  valid_from: '2020-01-01'
gr_meta:
  samenwerkingsvorm:
    value: Openbaar lichaam
    afkorting: OL
  datum_inwerkingtreding: '2020-01-01'
  deelnemende_organisaties:
  - naam: Gemeente Amsterdam
    roo_id: '2'
    tooi: https://identifier.overheid.nl/tooi/id/gemeente/gm0363
    toetredings_datum: '2020-01-01'
    verdeelsleutel: 60,5
  - naam: Waterschap Amstel, Gooi en Vecht
    roo_id: '3'
    toetredings_datum: '2020-01-01'
    verdeelsleutel: '39.5'
    bestuursorganen:
    - naam: Dagelijks bestuur
sources:
- id: roo
  retrieved: '2026-05-16'
`;

function verwachtFout(tekst: string, regel: number | undefined, reden: RegExp) {
  assert.throws(
    () => leesRooPolderBestand(tekst, 'x.yaml'),
    (e: unknown) => {
      assert.ok(e instanceof BronFout, String(e));
      assert.equal(e.bestand, 'x.yaml');
      assert.equal(e.regel, regel);
      assert.match(e.reden, reden);
      assert.equal(e.message, `x.yaml:${regel}: ${e.reden}`);
      return true;
    },
  );
}

describe('leesRooPolderBestand: kleine bestanden', () => {
  test('een regeling met twee deelnemers; een deelnemer zonder TOOI-URI houdt zijn naam', () => {
    const r = leesRooPolderBestand(KLEIN, 'x.yaml');
    assert.equal(r.soort, 'regeling');
    if (r.soort !== 'regeling') return;
    assert.equal(r.regeling.peildatum, '2026-05-16');
    assert.equal(r.regeling.vorm, 'openbaar_lichaam');
    assert.deepEqual(
      r.regeling.deelnames.map((d) => [
        d.deelnemer.naam,
        d.deelnemer.cbsCode,
        d.verdeelsleutel,
        d.herkomst.regel,
      ]),
      [
        ['Gemeente Amsterdam', 'GM0363', 60.5, 14],
        ['Waterschap Amstel, Gooi en Vecht', null, 39.5, 19],
      ],
    );
    // The participant's kind is unknown without a TOOI URI: 'Dagelijks bestuur' is not mapped.
    assert.equal(r.regeling.deelnames[1]!.organen[0]!.orgaan, null);
  });

  test('ongeldige YAML: regel van de fout', () => {
    verwachtFout('id: a\ntype: b\nid: c\n', 3, /^geen geldige YAML \(kolom 1: Map keys must be unique\)$/);
    verwachtFout(
      'id: a\ntype: b\nnames:\n- value: [x\n  valid_from: y\n',
      5,
      /^geen geldige YAML \(kolom 3: Flow sequence/,
    );
  });

  test('datum die niet bestaat', () => {
    verwachtFout(
      KLEIN.replace("datum_inwerkingtreding: '2020-01-01'", "datum_inwerkingtreding: '2020-02-30'"),
      12,
      /^gr_meta\.datum_inwerkingtreding "2020-02-30" is geen geldige datum/,
    );
  });

  test('verdeelsleutel die geen percentage is', () => {
    verwachtFout(
      KLEIN.replace('verdeelsleutel: 60,5', 'verdeelsleutel: zestig'),
      18,
      /^verdeelsleutel: "zestig" is geen percentage/,
    );
  });

  test('regeling zonder roo_id', () => {
    verwachtFout(KLEIN.replace("  roo_id: '1'\n", '  owms: x\n'), 4, /^identifiers\.roo_id ontbreekt/);
  });

  test('deelnemende_organisaties is geen lijst', () => {
    verwachtFout(
      KLEIN.replace(
        / {2}deelnemende_organisaties:[\s\S]*?sources:/,
        '  deelnemende_organisaties: geen\nsources:',
      ),
      13,
      /^gr_meta\.deelnemende_organisaties is geen lijst/,
    );
  });

  test('geen map', () => {
    verwachtFout('- a\n- b\n', 1, /^het bestand is geen YAML-map/);
  });
});
