/**
 * The permission policy, role × action: one row per role, one column per action, for a resource
 * in regeling A, in regeling B, and (for creating a regeling) no resource at all. A new action or
 * role that is missing from the table fails the completeness test below.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Actie,
  acties,
  mag,
  type Resource,
  type Rol,
  rollen,
  type RolToekenning,
  type Subject,
} from './policy';

const REGELING_A = '00000000-0000-4000-8000-00000000000a';
const REGELING_B = '00000000-0000-4000-8000-00000000000b';
const GEMEENTE = '00000000-0000-4000-8000-000000000001';
const ANDERE_GEMEENTE = '00000000-0000-4000-8000-000000000002';

const rolVan = (rol: Rol, scope: Partial<RolToekenning> = {}): Subject => ({
  gebruikerId: `gebruiker-${rol}`,
  rollen: [{ rol, organisatieId: null, regelingId: null, ...scope }],
});

/** The subjects of the table; null is a visitor who is not signed in. */
const subjecten = {
  beheerder: rolVan('beheerder'),
  griffie: rolVan('griffie', { organisatieId: GEMEENTE }),
  raadslid: rolVan('raadslid', { organisatieId: GEMEENTE }),
  'secretariaat van regeling A': rolVan('secretariaat', { regelingId: REGELING_A }),
  'secretariaat van een organisatie': rolVan('secretariaat', { organisatieId: GEMEENTE }),
  toezicht: rolVan('toezicht', { organisatieId: GEMEENTE }),
  anoniem: null,
} satisfies Record<string, Subject | null>;
type Wie = keyof typeof subjecten;

/**
 * The resources an action is judged on: 'A' and 'B' are regelingen, 'nieuw' is no regeling yet.
 * GEMEENTE takes part in A and the action concerns GEMEENTE there (e.g. its request); B is a
 * regeling of other organisations.
 */
type Waar = 'A' | 'B' | 'nieuw';
const resources: Record<Waar, Resource> = {
  A: { regelingId: REGELING_A, organisatieId: GEMEENTE, deelnemers: [GEMEENTE, ANDERE_GEMEENTE] },
  B: { regelingId: REGELING_B, organisatieId: ANDERE_GEMEENTE, deelnemers: [ANDERE_GEMEENTE] },
  nieuw: {},
};

const J = true;
const N = false;

/**
 * Expected answers. Columns per action: [regeling A, regeling B, no regeling].
 * The register is public to read; the history needs any sign-in; writing a regeling needs its own
 * secretariaat or a beheerder; registering a new one a beheerder or a secretariaat of an organisation.
 */
const verwacht: Record<Actie, Record<Wie, [boolean, boolean, boolean]>> = {
  'register.lezen': {
    beheerder: [J, J, J],
    griffie: [J, J, J],
    raadslid: [J, J, J],
    'secretariaat van regeling A': [J, J, J],
    'secretariaat van een organisatie': [J, J, J],
    toezicht: [J, J, J],
    anoniem: [J, J, J],
  },
  'historie.lezen': {
    beheerder: [J, J, J],
    griffie: [J, J, J],
    raadslid: [J, J, J],
    'secretariaat van regeling A': [J, J, J],
    'secretariaat van een organisatie': [J, J, J],
    toezicht: [J, J, J],
    anoniem: [N, N, N],
  },
  'regeling.maken': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [J, J, J],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'regeling.wijzigen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'deelnemers.wijzigen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'bestuur.wijzigen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'vergaderingen.wijzigen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'organisatie.wijzigen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'feestdagen.beheren': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // Judged on the organisation: in A that is GEMEENTE, everyone who works for it.
  'herinneringen.instellen': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [J, N, N],
    toezicht: [J, N, N],
    anoniem: [N, N, N],
  },
  'mail.lezen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // Only the regeling's own secretariaat (and the beheerder) run its procedures.
  'procedure.beheren': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // Everyone who works for a participant reads everything of the regeling's procedures.
  'procedure.lezen': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [J, N, N],
    toezicht: [J, N, N],
    anoniem: [N, N, N],
  },
  // A council's handling is recorded by its own griffie and nobody else: not even the beheerder.
  'verzoek.behandelen': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'briefsjabloon.wijzigen': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'regeling.volgen': {
    beheerder: [J, J, J],
    griffie: [J, J, J],
    raadslid: [J, J, J],
    'secretariaat van regeling A': [J, J, J],
    'secretariaat van een organisatie': [J, J, J],
    toezicht: [J, J, J],
    anoniem: [N, N, N],
  },
  // Judged on the organisation: the raadsleden and the griffie of GEMEENTE, not the beheerder.
  'raadswerkplaats.gebruiken': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // Judged on the asking organisation (GEMEENTE in A; ANDERE_GEMEENTE in B): only its raadsleden and
  // griffie, and only where it takes part.
  'inlichting.stellen': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'inlichting.beantwoorden': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'inlichting.lezen': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [J, N, N],
    toezicht: [J, N, N],
    anoniem: [N, N, N],
  },
  /** Every raadslid and griffie fills in their own card, wherever. */
  'contactkaart.invullen': {
    beheerder: [N, N, N],
    griffie: [J, J, J],
    raadslid: [J, J, J],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  /** Only raadsleden and griffies of a participant, not the beheerder nor the secretariaat. */
  'contacten.lezen': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'adviescommissie.voorstellen': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'adviescommissie.raadsbesluit': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'adviescommissie.instellen': {
    beheerder: [J, J, J],
    griffie: [N, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'adviescommissie.leden': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'adviescommissie.stukken': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [J, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // The griffie keeps the accounts of her own council (the organisation of the resource), nobody else's.
  'raadsgebruikers.beheren': {
    beheerder: [J, J, J],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  // The shared table: only raadsleden and griffies of a participant on the day; not the beheerder,
  // not the secretariaat, not the toezicht, not the public.
  'tafel.lezen': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'tafel.schrijven': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'tafel.modereren': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'tafel.ondertekenen.raad': {
    beheerder: [N, N, N],
    griffie: [J, N, N],
    raadslid: [N, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
  'tafel.ondertekenen.fractie': {
    beheerder: [N, N, N],
    griffie: [N, N, N],
    raadslid: [J, N, N],
    'secretariaat van regeling A': [N, N, N],
    'secretariaat van een organisatie': [N, N, N],
    toezicht: [N, N, N],
    anoniem: [N, N, N],
  },
};

const waar: Waar[] = ['A', 'B', 'nieuw'];

describe('mag(): rol × actie', () => {
  test('de tabel noemt elke actie en elke rol', () => {
    assert.deepEqual(Object.keys(verwacht).sort(), [...acties].sort());
    const rollenInTabel = new Set(
      Object.values(subjecten).flatMap((s) => (s ? s.rollen.map((r) => r.rol) : [])),
    );
    assert.deepEqual([...rollenInTabel].sort(), [...rollen].sort());
    for (const actie of acties)
      assert.deepEqual(Object.keys(verwacht[actie]).sort(), Object.keys(subjecten).sort(), actie);
  });

  for (const actie of acties) {
    describe(actie, () => {
      for (const [wie, subject] of Object.entries(subjecten) as [Wie, Subject | null][]) {
        const antwoorden = verwacht[actie][wie];
        const beschrijving = waar.map((w, i) => `${w}: ${antwoorden[i] ? 'ja' : 'nee'}`).join(', ');
        test(`${wie} — ${beschrijving}`, () => {
          waar.forEach((w, i) => {
            assert.equal(mag(subject, actie, resources[w]), antwoorden[i], `${wie} ${actie} op ${w}`);
          });
        });
      }
    });
  }
});

describe('mag(): bijzondere gevallen', () => {
  test('een secretariaat van regeling A mag regeling B niet wijzigen, ook niet haar deelnemers of bestuur', () => {
    const s = subjecten['secretariaat van regeling A'];
    for (const actie of ['regeling.wijzigen', 'deelnemers.wijzigen', 'bestuur.wijzigen'] as const) {
      assert.equal(mag(s, actie, { regelingId: REGELING_A }), true, actie);
      assert.equal(mag(s, actie, { regelingId: REGELING_B }), false, actie);
    }
  });

  test('zonder resource is een regelinggebonden rol nergens voor geldig', () => {
    assert.equal(mag(subjecten['secretariaat van regeling A'], 'regeling.wijzigen'), false);
    assert.equal(
      mag(subjecten['secretariaat van regeling A'], 'regeling.wijzigen', { regelingId: null }),
      false,
    );
  });

  test('een gebruiker zonder rollen mag lezen, de historie zien en regelingen volgen, maar niets wijzigen', () => {
    const kaal: Subject = { gebruikerId: 'kaal', rollen: [] };
    assert.equal(mag(kaal, 'register.lezen'), true);
    assert.equal(mag(kaal, 'historie.lezen', { regelingId: REGELING_A }), true);
    assert.equal(mag(kaal, 'regeling.volgen', { regelingId: REGELING_A }), true);
    const open = ['register.lezen', 'historie.lezen', 'regeling.volgen'];
    for (const actie of acties.filter((a) => !open.includes(a))) {
      assert.equal(mag(kaal, actie, { regelingId: REGELING_A }), false, actie);
    }
  });

  test('herinneringen instellen: wie een rol bij de organisatie heeft, en de beheerder', () => {
    const gemeente = { organisatieId: GEMEENTE };
    const andere = { organisatieId: ANDERE_GEMEENTE };
    for (const wie of ['griffie', 'raadslid', 'secretariaat van een organisatie', 'toezicht'] as const) {
      assert.equal(mag(subjecten[wie], 'herinneringen.instellen', gemeente), true, wie);
      assert.equal(mag(subjecten[wie], 'herinneringen.instellen', andere), false, wie);
    }
    assert.equal(mag(subjecten.beheerder, 'herinneringen.instellen', andere), true);
    assert.equal(mag(subjecten['secretariaat van regeling A'], 'herinneringen.instellen', gemeente), false);
    assert.equal(mag(null, 'herinneringen.instellen', gemeente), false);
    assert.equal(mag(subjecten.griffie, 'herinneringen.instellen', { organisatieId: null }), false);
  });

  test('inlichtingen: een raadslid vraagt alleen namens de eigen organisatie, en alleen als die deelneemt', () => {
    const raadslid = subjecten.raadslid;
    const deelnemers = [GEMEENTE, ANDERE_GEMEENTE];
    assert.equal(
      mag(raadslid, 'inlichting.stellen', { regelingId: REGELING_A, organisatieId: GEMEENTE, deelnemers }),
      true,
    );
    assert.equal(
      mag(raadslid, 'inlichting.stellen', {
        regelingId: REGELING_A,
        organisatieId: ANDERE_GEMEENTE,
        deelnemers,
      }),
      false,
      'niet namens een andere deelnemer',
    );
    assert.equal(
      mag(raadslid, 'inlichting.stellen', {
        regelingId: REGELING_B,
        organisatieId: GEMEENTE,
        deelnemers: [ANDERE_GEMEENTE],
      }),
      false,
      'niet in een regeling waaraan de eigen organisatie niet deelneemt',
    );
    // The griffie of another participant may not record the answer to our question.
    const andereGriffie = rolVan('griffie', { organisatieId: ANDERE_GEMEENTE });
    assert.equal(
      mag(andereGriffie, 'inlichting.beantwoorden', {
        regelingId: REGELING_A,
        organisatieId: GEMEENTE,
        deelnemers,
      }),
      false,
    );
  });

  test('gedeelde tafel: een raadslid van een andere deelnemer leest mee en spreekt alleen namens de eigen raad', () => {
    const andere = rolVan('raadslid', { organisatieId: ANDERE_GEMEENTE });
    const deelnemers = [GEMEENTE, ANDERE_GEMEENTE];
    assert.equal(mag(andere, 'tafel.lezen', { regelingId: REGELING_A, deelnemers }), true);
    assert.equal(
      mag(andere, 'tafel.schrijven', { regelingId: REGELING_A, organisatieId: GEMEENTE, deelnemers }),
      false,
      'niet namens een andere deelnemer',
    );
    // After leaving, the organisation is no longer among the participants of the day.
    assert.equal(mag(andere, 'tafel.lezen', { regelingId: REGELING_A, deelnemers: [GEMEENTE] }), false);
    // The griffie of any participant moderates the whole table, also posts of other participants.
    const andereGriffie = rolVan('griffie', { organisatieId: ANDERE_GEMEENTE });
    assert.equal(mag(andereGriffie, 'tafel.modereren', { regelingId: REGELING_A, deelnemers }), true);
    // A beheerder who is also raadslid of a participant sits at the table as raadslid.
    const beide: Subject = {
      gebruikerId: 'beide',
      rollen: [
        { rol: 'beheerder', organisatieId: null, regelingId: null },
        { rol: 'raadslid', organisatieId: GEMEENTE, regelingId: null },
      ],
    };
    assert.equal(mag(beide, 'tafel.lezen', { regelingId: REGELING_A, deelnemers }), true);
    assert.equal(mag(beide, 'tafel.lezen', { regelingId: REGELING_B, deelnemers: [ANDERE_GEMEENTE] }), false);
  });

  test('meerdere rollen tellen samen: raadslid én secretariaat van A mag A wijzigen', () => {
    const beide: Subject = {
      gebruikerId: 'beide',
      rollen: [
        { rol: 'raadslid', organisatieId: GEMEENTE, regelingId: null },
        { rol: 'secretariaat', organisatieId: null, regelingId: REGELING_A },
      ],
    };
    assert.equal(mag(beide, 'regeling.wijzigen', { regelingId: REGELING_A }), true);
    assert.equal(mag(beide, 'regeling.wijzigen', { regelingId: REGELING_B }), false);
  });
});
