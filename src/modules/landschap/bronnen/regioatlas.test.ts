/** Regioatlas 2016: the 34 real files (shared data `regioatlas-2016/`) and small malformed files. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BronFout } from './bron';
import { gedeeldeData, ontbreekt } from './gedeelde-data';
import { leesRegioatlasBestand, leesRegioatlasMap, type RegioIndeling } from './regioatlas';

const MAP = gedeeldeData('regioatlas-2016');
let cache: RegioIndeling[] | undefined;
const echt = async () => (cache ??= await leesRegioatlasMap(MAP, { jaargang: 2016 }));

function perIndeling(rijen: RegioIndeling[]) {
  const uit: Record<string, [rijen: number, regios: number, gemeenten: number]> = {};
  const regios = new Map<string, Set<string>>();
  const gemeenten = new Map<string, Set<string>>();
  for (const r of rijen) {
    const t = (uit[r.indeling] ??= [0, 0, 0]);
    t[0]++;
    (regios.get(r.indeling) ?? regios.set(r.indeling, new Set()).get(r.indeling)!).add(r.regioSleutel);
    (gemeenten.get(r.indeling) ?? gemeenten.set(r.indeling, new Set()).get(r.indeling)!).add(r.gemeenteCode);
  }
  for (const [k, t] of Object.entries(uit)) {
    t[1] = regios.get(k)!.size;
    t[2] = gemeenten.get(k)!.size;
  }
  return uit;
}

describe('leesRegioatlasMap: de echte bestanden (1-1-2016, 390 gemeenten)', { skip: ontbreekt(MAP) }, () => {
  test('34 indelingen, 12.995 rijen, 390 gemeenten; derived/ niet meegelezen', async () => {
    const rijen = await echt();
    assert.equal(rijen.length, 12995);
    const t = perIndeling(rijen);
    assert.equal(Object.keys(t).length, 34);
    assert.equal(new Set(rijen.map((r) => r.gemeenteCode)).size, 390);
    assert.ok(rijen.every((r) => r.bron === 'regioatlas' && r.jaargang === 2016 && r.regioCode === null));
    assert.ok(rijen.every((r) => !r.herkomst.bestand.startsWith('derived/')));
  });

  test('rijen, regio’s en gemeenten per indeling zoals in PROVENANCE.md', async () => {
    const t = perIndeling(await echt());
    assert.deepEqual(t['veiligheidsregio'], [390, 25, 390]);
    assert.deepEqual(t['ggd_regio'], [390, 25, 390]);
    assert.deepEqual(t['jeugdzorgregio'], [390, 42, 390]);
    assert.deepEqual(t['arbeidsmarktregio'], [390, 35, 390]);
    assert.deepEqual(t['omgevingsdienst'], [390, 29, 390]);
    assert.deepEqual(t['rud_brzo'], [390, 6, 390]);
    assert.deepEqual(t['veilig_thuis_regio'], [390, 26, 390]);
    assert.deepEqual(t['wmo_regio'], [390, 43, 390]);
    assert.deepEqual(t['sociale_werkvoorziening'], [392, 87, 390]);
    assert.deepEqual(t['intergemeentelijke_sociale_dienst'], [107, 29, 107]);
    assert.deepEqual(t['passend_onderwijs_vo'], [393, 74, 390]);
    assert.deepEqual(t['corop'], [394, 40, 390]);
    assert.deepEqual(t['provincie'], [390, 12, 390]);
    assert.deepEqual(t['politie_eenheid'], [390, 10, 390]);
  });

  test('een gemeente in drie regio’s; namen zonder spaties aan het eind; regel en bestand', async () => {
    const rijen = await echt();
    assert.deepEqual(
      rijen
        .filter((r) => r.indeling === 'sociale_werkvoorziening' && r.gemeenteCode === 'GM1771')
        .map((r) => r.regioNaam),
      ['Atlant Groep', 'Ergon', 'Ergon / Atlant Groep'],
    );
    const ggd = rijen.filter((r) => r.indeling === 'ggd_regio' && r.gemeenteCode === 'GM0482')[0]!;
    assert.equal(ggd.regioNaam, 'Dienst Gezondheid & Jeugd Zuid-Holland Zuid');
    assert.equal(ggd.regioSleutel, 'ggd_regio:dienst-gezondheid-jeugd-zuid-holland-zuid');
    assert.equal(ggd.regioInwoners, 483290);
    const aa = rijen.find((r) => r.indeling === 'veiligheidsregio')!;
    assert.deepEqual(
      [aa.gemeenteCode, aa.gemeenteNaam, aa.regioNaam, aa.indelingNaam, aa.herkomst],
      [
        'GM1680',
        'Aa en Hunze',
        'Drenthe',
        "Veiligheidsregio's",
        { bestand: 'Veiligheid/veiligheidsregios.csv', regel: 2 },
      ],
    );
  });
});

describe('leesRegioatlasBestand: kleine bestanden', () => {
  const KOP = '\ufeff"Gemeente";"CBS";"GGD\'s";"Inwoneraantal van regio"';
  const lees = (...regels: string[]) =>
    leesRegioatlasBestand(regels.join('\n'), 'Sociaal/ggds.csv', { jaargang: 2016 });
  const fout = (regel: number, reden: string | RegExp, ...regels: string[]) =>
    assert.throws(
      () => lees(...regels),
      (e: unknown) => {
        assert.ok(e instanceof BronFout, String(e));
        assert.equal(e.regel, regel);
        if (typeof reden === 'string') assert.equal(e.reden, reden);
        else assert.match(e.reden, reden);
        return true;
      },
    );

  test('de indeling volgt de bestandsnaam; een korte CBS-code wordt aangevuld', () => {
    const r = lees(KOP, '"Amsterdam";"363";"GGD Amsterdam ";""');
    assert.deepEqual(
      r.map((x) => [x.indeling, x.gemeenteCode, x.regioNaam, x.regioInwoners]),
      [['ggd_regio', 'GM0363', 'GGD Amsterdam', null]],
    );
  });

  test('fouten met regel', () => {
    fout(1, /^de kopregel heeft 3 kolommen/, '"Gemeente";"CBS";"GGD\'s"');
    fout(1, 'tweede kolom is "Code", verwacht CBS', '"Gemeente";"Code";"GGD\'s";"Inwoneraantal van regio"');
    fout(
      3,
      'CBS-code "GM0363" van Amsterdam is geen gemeentecode (4 cijfers)',
      KOP,
      '"Aa en Hunze";"1680";"Drenthe";"1"',
      '"Amsterdam";"GM0363";"X";"1"',
    );
    fout(2, "GGD's van Amsterdam is leeg", KOP, '"Amsterdam";"0363";" ";"1"');
    fout(2, 'inwoneraantal "1.000" is geen getal', KOP, '"Amsterdam";"0363";"X";"1.000"');
    fout(2, 'regel heeft 3 velden, verwacht 4', KOP, '"Amsterdam";"0363";"X"');
  });
});
