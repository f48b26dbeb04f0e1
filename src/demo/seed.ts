/**
 * Demo data for an empty database: the fictional region Polderland (province "Voorbeeldland",
 * PV99) with eight municipalities (GM9901–GM9908, codes CBS never uses), a waterschap and seven
 * regelingen of every form and type, with boards and members, one account per role, two more raadsleden
 * (of Gravenpolder, which takes part in the Regionale Rekenkamer with Bremmerdam, and of Coevering, which
 * does not) and two topics on the shared table of the Rekenkamer.
 * Everything goes through the same use cases as real input, so the audit log shows it too.
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client';
import { systeem } from '../platform/audit/audit';
import { hashWachtwoord } from '../platform/auth/crypto';
import type { Rol } from '../platform/auth/policy';
import { registreerGebruiker } from '../modules/accounts/service';
import { inwonertal, organisatie } from '../modules/organisaties/schema';
import { maakOrganisatie } from '../modules/organisaties/service';
import { regeling } from '../modules/regelingen/schema';
import type { BestuurslidInput, DeelnameInput, RegelingInput } from '../modules/regelingen/model';
import { planVergadering } from '../modules/begrotingscyclus/service';
import type { VergaderingInput } from '../modules/begrotingscyclus/model';
import { maakRegeling, voegBestuurslidToe, voegDeelnameToe } from '../modules/regelingen/service';
import { reageer, startDraad } from '../modules/raadswerkplaats/tafel-service';

export const DEMO_WACHTWOORD = 'grip-demo-2026';
const actor = systeem('voorbeeldgegevens');

export async function isLeeg(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(organisatie);
  return (r?.n ?? 0) === 0;
}

export async function heeftVoorbeeldgegevens(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(regeling).where(eq(regeling.isVoorbeeld, true));
  return (r?.n ?? 0) > 0;
}

const gemeenten = [
  ['GM9901', 'Aldewolde', 84210],
  ['GM9902', 'Bremmerdam', 41875],
  ['GM9903', 'Coevering', 23540],
  ['GM9904', 'Dijkhuizen', 17320],
  ['GM9905', 'Eemsterland', 30995],
  ['GM9906', 'Folkerzijl', 12780],
  ['GM9907', 'Gravenpolder', 56430],
  ['GM9908', 'Hollumervaart', 9815],
] as const;

const demoAccounts: { email: string; naam: string; rol: Rol; scope?: string; regeling?: string }[] = [
  { email: 'beheerder@voorbeeld.nl', naam: 'Bea Beheer', rol: 'beheerder' },
  { email: 'griffie@voorbeeld.nl', naam: 'Gijs Griffier', rol: 'griffie', scope: 'GM9902' },
  { email: 'raadslid@voorbeeld.nl', naam: 'Roos Raadslid', rol: 'raadslid', scope: 'GM9902' },
  { email: 'raadslid2@voorbeeld.nl', naam: 'Ruben Raadslid', rol: 'raadslid', scope: 'GM9907' },
  { email: 'raadslid3@voorbeeld.nl', naam: 'Rosa Raadslid', rol: 'raadslid', scope: 'GM9903' },
  {
    email: 'secretariaat@voorbeeld.nl',
    naam: 'Sem Secretaris',
    rol: 'secretariaat',
    regeling: 'GGD Polderland',
  },
  { email: 'toezicht@voorbeeld.nl', naam: 'Tara Toezicht', rol: 'toezicht', scope: 'PV99' },
];

interface DemoRegeling {
  input: RegelingInput;
  deelnemers: (DeelnameInput & { ab?: [string, BestuurslidInput['functie']][] })[];
  db?: { naam: string; functie: BestuurslidInput['functie']; van: string | null; vanBuitenAb?: boolean }[];
  voorzitter?: { naam: string; functie: BestuurslidInput['functie']; van: string };
  bestuur?: { naam: string; functie: BestuurslidInput['functie']; van: string }[];
  vergaderingen?: VergaderingInput[];
}

const alle = gemeenten.map(([code]) => code);
const perInwoner = { soort: 'per_inwoner', peildatum: '2024-01-01' } as const;

const regelingen: DemoRegeling[] = [
  {
    input: {
      naam: 'Gemeenschappelijke regeling Veiligheidsregio Polderland',
      korteNaam: 'VR Polderland',
      belang:
        'Brandweerzorg, rampenbestrijding, crisisbeheersing en geneeskundige hulpverlening in de regio Polderland.',
      vorm: 'openbaar_lichaam',
      vestiging: 'GM9901',
      vestigingsplaats: 'Aldewolde',
      beleidsterreinen: ['Openbare orde en veiligheid'],
      taken: 'Brandweer, GHOR, meldkamer, risico- en crisisbeheersing.',
      bevoegdheden: [
        {
          omschrijving: 'Taken en bevoegdheden van het bestuur van de veiligheidsregio',
          grondslag: 'Wet veiligheidsregio’s art. 10',
        },
      ],
      datumInwerkingtreding: '2010-10-01',
      afspraken: {
        zienswijzeBesluiten: [
          { besluit: 'Regionaal risicoprofiel en beleidsplan', termijnWeken: 8, atwVanToepassing: null },
        ],
        zienswijzeWijze: 'Schriftelijk aan het dagelijks bestuur, binnen de gestelde termijn.',
        participatie: 'Inspraak volgens afdeling 3.4 Awb bij het beleidsplan.',
        evaluatieWijze: 'Evaluatie door een extern bureau, besproken in alle raden.',
        evaluatieIntervalJaren: 4,
        uittredingVoorwaarden: null,
        opzegtermijnMaanden: null,
      },
    },
    deelnemers: alle.map((code) => ({
      organisatie: code,
      organen: ['college'],
      datumToetreding: '2010-10-01',
      kostenverdeling: perInwoner,
      stemmen: 1,
    })),
    voorzitter: { naam: 'E. (Els) van Aldewolde-Mastenbroek', functie: 'burgemeester', van: '2021-03-01' },
    vergaderingen: [
      {
        datum: '2026-06-30',
        stukken: ['begroting', 'jaarrekening'],
        verzendDatum: '2026-04-01',
        omschrijving: 'Begroting 2027',
      },
      {
        datum: '2027-06-29',
        stukken: ['begroting', 'jaarrekening'],
        verzendDatum: null,
        omschrijving: 'Begroting 2028',
      },
    ],
    db: [
      { naam: 'K. Brouwer', functie: 'burgemeester', van: '2022-06-01' },
      { naam: 'M. Dijkstra', functie: 'burgemeester', van: '2019-01-15' },
    ],
  },
  {
    input: {
      naam: 'Gemeenschappelijke regeling GGD Polderland',
      korteNaam: 'GGD Polderland',
      belang:
        'Publieke gezondheidszorg: jeugdgezondheidszorg, infectieziektebestrijding, medische milieukunde.',
      vorm: 'openbaar_lichaam',
      vestiging: 'GM9907',
      vestigingsplaats: 'Gravenpolder',
      beleidsterreinen: ['Volksgezondheid', 'Jeugd'],
      taken: 'Taken uit de Wet publieke gezondheid en de jeugdgezondheidszorg 0–18 jaar.',
      datumInwerkingtreding: '2015-01-01',
      referenties: { cvdrId: 'CVDR900001', publicaties: ['bgr-2024-101'] },
      afspraken: {
        zienswijzeBesluiten: [
          { besluit: 'Meerjarenbeleidsplan', termijnWeken: 8, atwVanToepassing: null },
          {
            besluit: 'Oprichting van of deelneming in een rechtspersoon',
            termijnWeken: 6,
            atwVanToepassing: null,
          },
        ],
        zienswijzeWijze: 'De raden brengen hun zienswijze schriftelijk uit bij het dagelijks bestuur.',
        participatie: 'Klantpanels en een jaarlijkse openbare avond; afdeling 3.4 Awb bij beleidsplannen.',
        informatievoorziening: 'Kwartaalrapportages aan de raden; het AB-lid informeert de raad op verzoek.',
        evaluatieWijze: 'Evaluatie van de regeling elke vier jaar.',
        evaluatieIntervalJaren: 4,
        uittredingVoorwaarden:
          'Uittreding per 1 januari, na een besluit van de deelnemer en toestemming van de raad.',
        opzegtermijnMaanden: 24,
        uittredingKosten: 'Uittreedsom: het aandeel in de frictiekosten over vijf jaar, bepaald door het AB.',
        pcAfspraken: [
          {
            stap: 'kaders_voorlopige_jaarrekening',
            uiterlijk: '02-01',
            omschrijving: 'Kaderbrief uiterlijk 1 februari',
          },
          {
            stap: 'ontwerpbegroting_naar_raden',
            wekenVoorVergadering: 14,
            omschrijving: 'Ontwerpbegroting 14 weken vóór het AB',
          },
        ],
      },
      gekwalificeerdeMeerderheid: 0.6667,
    },
    deelnemers: alle.map((code, i) => ({
      organisatie: code,
      organen: ['raad', 'college'],
      datumToetreding: '2015-01-01',
      kostenverdeling: perInwoner,
      stemmen: i === 0 || i === 6 ? 3 : i === 1 ? 2 : 1,
      ab: [[`Wethouder ${gemeenten[i]![1]}`, 'wethouder']],
    })),
    voorzitter: { naam: 'H. Veenstra', functie: 'wethouder', van: '2022-06-01' },
    vergaderingen: [
      { datum: '2026-03-26', stukken: ['kaders'], verzendDatum: null, omschrijving: 'Kaderbrief 2027' },
      {
        datum: '2026-07-02',
        stukken: ['begroting', 'jaarrekening'],
        verzendDatum: '2026-04-08',
        omschrijving: 'Begroting 2027, jaarrekening 2025',
      },
      {
        datum: '2027-06-24',
        stukken: ['begroting', 'jaarrekening'],
        verzendDatum: '2027-04-15',
        omschrijving: 'Begroting 2028, jaarrekening 2026',
      },
    ],
    db: [
      { naam: 'P. de Graaf', functie: 'wethouder', van: '2022-06-01' },
      { naam: 'S. Bakker', functie: 'wethouder', van: '2022-06-01' },
    ],
  },
  {
    input: {
      naam: 'Omgevingsdienst Polderland',
      korteNaam: 'ODP',
      belang: 'Uitvoering van vergunningverlening, toezicht en handhaving in het omgevingsrecht.',
      vorm: 'openbaar_lichaam',
      vestiging: 'GM9902',
      vestigingsplaats: 'Bremmerdam',
      beleidsterreinen: ['Milieu', 'Ruimtelijke ordening'],
      datumInwerkingtreding: '2013-04-01',
      afspraken: { evaluatieIntervalJaren: null, evaluatieWijze: null },
    },
    deelnemers: [
      ...alle.map((code) => ({
        organisatie: code,
        organen: ['college'] as DeelnameInput['organen'],
        datumToetreding: '2013-04-01',
        kostenverdeling: {
          soort: 'anders',
          omschrijving: 'Naar afgenomen producten (werkprogramma)',
        } as const,
      })),
      {
        organisatie: 'PV99',
        organen: ['gedeputeerde_staten'],
        datumToetreding: '2013-04-01',
        kostenverdeling: { soort: 'percentage', percentage: 35 },
      },
    ],
    voorzitter: { naam: 'J. Wiersma', functie: 'gedeputeerde', van: '2023-07-01' },
    db: [{ naam: 'A. Kuipers', functie: 'wethouder', van: '2022-06-01' }],
  },
  {
    input: {
      naam: 'Belastingsamenwerking Polderland',
      korteNaam: 'BSP',
      belang: 'Heffing en invordering van gemeentelijke belastingen en uitvoering van de Wet WOZ.',
      vorm: 'bedrijfsvoeringsorganisatie',
      vestiging: 'GM9905',
      vestigingsplaats: 'Eemsterland',
      beleidsterreinen: ['Financiën'],
      datumInwerkingtreding: '2018-01-01',
    },
    deelnemers: ['GM9903', 'GM9904', 'GM9905', 'GM9906'].map((code) => ({
      organisatie: code,
      organen: ['college'],
      datumToetreding: '2018-01-01',
      kostenverdeling: { soort: 'percentage', percentage: 25 },
      stemmen: 1,
    })),
    bestuur: [
      { naam: 'R. Hoekstra', functie: 'wethouder', van: '2022-06-01' },
      { naam: 'T. Mulder', functie: 'wethouder', van: '2022-06-01' },
      { naam: 'W. Smit', functie: 'wethouder', van: '2022-06-01' },
      { naam: 'L. Bosman', functie: 'wethouder', van: '2022-06-01' },
    ],
  },
  {
    input: {
      naam: 'Regionale Rekenkamer Polderland',
      belang:
        'Onderzoek naar de doelmatigheid, doeltreffendheid en rechtmatigheid van het gemeentelijk bestuur.',
      vorm: 'gemeenschappelijk_orgaan',
      vestiging: 'GM9901',
      beleidsterreinen: ['Bestuur'],
      datumInwerkingtreding: '2016-01-01',
    },
    deelnemers: ['GM9901', 'GM9902', 'GM9907'].map((code) => ({
      organisatie: code,
      organen: ['raad'],
      datumToetreding: '2016-01-01',
      kostenverdeling: perInwoner,
    })),
    bestuur: [
      { naam: 'F. Jansen', functie: 'raadslid', van: '2022-04-01' },
      { naam: 'G. de Vries', functie: 'raadslid', van: '2022-04-01' },
      { naam: 'N. Visser', functie: 'raadslid', van: '2022-04-01' },
    ],
  },
  {
    input: {
      naam: 'Regeling leerplicht en RMC Aldewolde',
      belang:
        'Uitvoering van de Leerplichtwet en de regionale meld- en coördinatiefunctie voortijdig schoolverlaten.',
      vorm: 'centrumgemeente',
      vestiging: 'GM9901',
      beleidsterreinen: ['Onderwijs'],
      datumInwerkingtreding: '2019-08-01',
    },
    deelnemers: [
      {
        organisatie: 'GM9901',
        organen: ['college'],
        datumToetreding: '2019-08-01',
        dienstverlenend: true,
        kostenverdeling: perInwoner,
      },
      {
        organisatie: 'GM9904',
        organen: ['college'],
        datumToetreding: '2019-08-01',
        kostenverdeling: perInwoner,
      },
      {
        organisatie: 'GM9908',
        organen: ['college'],
        datumToetreding: '2019-08-01',
        kostenverdeling: perInwoner,
      },
    ],
  },
  {
    input: {
      naam: 'Recreatieschap De Plassen',
      korteNaam: 'De Plassen',
      belang: 'Beheer en ontwikkeling van het recreatiegebied De Plassen.',
      vorm: 'openbaar_lichaam',
      vestiging: 'GM9906',
      beleidsterreinen: ['Recreatie', 'Natuur'],
      datumInwerkingtreding: '1987-05-01',
    },
    deelnemers: [
      {
        organisatie: 'GM9906',
        organen: ['raad', 'college', 'burgemeester'],
        datumToetreding: '1987-05-01',
        ab: [
          ['D. Meijer', 'raadslid'],
          ['O. Post', 'raadslid'],
        ],
      },
      {
        organisatie: 'GM9908',
        organen: ['raad', 'college'],
        datumToetreding: '1987-05-01',
        ab: [['Y. Kramer', 'raadslid']],
      },
      { organisatie: 'WS9901', organen: ['waterschap_db'], datumToetreding: '1995-01-01' },
    ],
    voorzitter: { naam: 'B. Hendriks', functie: 'burgemeester', van: '2020-09-01' },
    db: [
      { naam: 'C. Prins', functie: 'wethouder', van: '2022-06-01' },
      { naam: 'Z. Dekker', functie: 'anders', van: '2023-01-01', vanBuitenAb: true },
    ],
  },
];

/** Loads the demo data in one transaction: a failed start leaves an empty database, never half a region. */
export async function laadVoorbeeldgegevens(db: Db): Promise<void> {
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  await db.transaction(async (tx) => {
    const dag = '2026-01-01';
    await maakOrganisatie(
      tx,
      actor,
      { soort: 'provincie', code: 'PV99', naam: 'Voorbeeldland', geldigVan: '1970-01-01' },
      dag,
    );
    for (const [code, naam] of gemeenten) {
      await maakOrganisatie(
        tx,
        actor,
        { soort: 'gemeente', code, naam, provincie: 'PV99', geldigVan: '2001-01-01' },
        dag,
      );
    }
    await maakOrganisatie(
      tx,
      actor,
      {
        soort: 'waterschap',
        code: 'WS9901',
        naam: 'Waterschap Polderland',
        provincie: 'PV99',
        geldigVan: '2005-01-01',
      },
      dag,
    );
    const ids = await tx.select({ id: organisatie.id, code: organisatie.code }).from(organisatie);
    const idVan = (code: string) => ids.find((o) => o.code === code)!.id;
    const bron = 'Voorbeeldgegevens (verzonnen)';
    await tx.insert(inwonertal).values([
      ...gemeenten.map(([code, , n]) => ({
        organisatieId: idVan(code),
        peildatum: '2024-01-01',
        aantal: n,
        bron,
      })),
      {
        organisatieId: idVan('PV99'),
        peildatum: '2024-01-01',
        aantal: gemeenten.reduce((s, g) => s + g[2], 0),
        bron,
      },
    ]);
    const regelingIds = new Map<string, string>();
    for (const r of regelingen) {
      const id = await maakRegeling(tx, actor, r.input, { isVoorbeeld: true });
      regelingIds.set(r.input.korteNaam ?? r.input.naam, id);
      for (const v of r.vergaderingen ?? []) await planVergadering(tx, actor, id, v);
      const deelnameIds: string[] = [];
      for (const { ab, ...d } of r.deelnemers) {
        const did = await voegDeelnameToe(tx, actor, id, d);
        deelnameIds.push(did);
        for (const [naam, functie] of ab ?? []) {
          await voegBestuurslidToe(tx, actor, id, {
            orgaan: 'ab',
            naam,
            functie,
            deelname: did,
            aangewezenDoor: functie === 'raadslid' ? 'raad' : 'college',
            vanaf: '2022-06-01',
            mandaatTot: functie === 'raadslid' ? '2030-03-27' : null,
            // De Plassen gives its members individual weights, as the former Drechtraad did.
            stemgewicht: r.input.korteNaam === 'De Plassen' ? (naam.length % 3) + 1 : null,
          });
        }
      }
      if (r.voorzitter) {
        await voegBestuurslidToe(tx, actor, id, {
          orgaan: 'voorzitter',
          ...r.voorzitter,
          vanaf: r.voorzitter.van,
          deelname: deelnameIds[0] ?? null,
          aangewezenDoor: 'ab',
        });
      }
      for (const [i, lid] of (r.db ?? []).entries()) {
        await voegBestuurslidToe(tx, actor, id, {
          orgaan: 'db',
          naam: lid.naam,
          functie: lid.functie,
          vanaf: lid.van,
          vanBuitenAb: lid.vanBuitenAb ?? false,
          deelname: lid.vanBuitenAb ? null : (deelnameIds[i + 1] ?? null),
          aangewezenDoor: 'ab',
        });
      }
      for (const [i, lid] of (r.bestuur ?? []).entries()) {
        await voegBestuurslidToe(tx, actor, id, {
          orgaan: 'bestuur',
          naam: lid.naam,
          functie: lid.functie,
          vanaf: lid.van,
          deelname: deelnameIds[i] ?? null,
          aangewezenDoor: lid.functie === 'raadslid' ? 'raad' : 'college',
        });
      }
    }
    const gebruikers = new Map<string, { gebruikerId: string; label: string }>();
    for (const a of demoAccounts) {
      const org = a.scope
        ? (await tx.select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.code, a.scope)))[0]
            ?.id
        : null;
      const gid = await registreerGebruiker(tx, actor, {
        email: a.email,
        naam: a.naam,
        wachtwoordHash: hash,
        rol: a.rol,
        organisatieId: org ?? null,
        regelingId: a.regeling ? (regelingIds.get(a.regeling) ?? null) : null,
      });
      gebruikers.set(a.email, { gebruikerId: gid, label: `${a.naam} <${a.email}>` });
    }
    // The shared table of the Regionale Rekenkamer (Aldewolde, Bremmerdam, Gravenpolder).
    const rekenkamer = regelingIds.get('Regionale Rekenkamer Polderland')!;
    const roos = gebruikers.get('raadslid@voorbeeld.nl')!;
    const ruben = gebruikers.get('raadslid2@voorbeeld.nl')!;
    const draad = await startDraad(tx, roos, rekenkamer, {
      organisatieId: idVan('GM9902'),
      soort: 'gesprek',
      titel: 'Onderzoeksagenda 2027: welke onderwerpen dragen wij samen aan?',
      tekst:
        'De rekenkamer vraagt de raden om onderwerpen voor 2027. Bremmerdam denkt aan **de inkoop van jeugdhulp**. Wat leeft er bij u?',
      procedureId: null,
      verwijzingen: [],
      peildatum: dag,
    });
    await reageer(tx, ruben, draad, {
      organisatieId: idVan('GM9907'),
      tekst: 'In Gravenpolder speelt hetzelfde. Zullen we het samen voorstellen?',
      peildatum: dag,
    });
    await startDraad(tx, ruben, rekenkamer, {
      organisatieId: idVan('GM9907'),
      soort: 'notitie',
      titel: 'Verslag van de regionale raadsledenavond',
      tekst:
        'Een korte samenvatting van de avond van 12 november: de rekenkamer presenteerde haar jaarverslag.',
      procedureId: null,
      verwijzingen: [],
      peildatum: dag,
    });
  });
}

export { demoAccounts };
