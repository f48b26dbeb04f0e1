/**
 * Who may do what: one declarative table, pure, tested role × action in policy.test.ts.
 *
 * Roles are scoped: to an organisation (a griffie or raadslid of a gemeente, a secretariaat of
 * the organisation that runs regelingen), to one regeling (its secretariaat), or to nothing
 * (a beheerder of the whole installation). The register itself is public to read.
 */

export const rollen = ['beheerder', 'griffie', 'raadslid', 'secretariaat', 'toezicht'] as const;
export type Rol = (typeof rollen)[number];

export interface RolToekenning {
  rol: Rol;
  organisatieId: string | null;
  regelingId: string | null;
}

export interface Subject {
  gebruikerId: string;
  rollen: RolToekenning[];
}

/** What an action is about: the regeling it concerns and, for a new one, nothing. */
export interface Resource {
  regelingId?: string | null;
  organisatieId?: string | null;
  /** The organisations taking part in the regeling (for reading what concerns its participants). */
  deelnemers?: readonly string[];
}

export const acties = [
  'register.lezen',
  'historie.lezen',
  'regeling.maken',
  'regeling.wijzigen',
  'deelnemers.wijzigen',
  'bestuur.wijzigen',
  'vergaderingen.wijzigen',
  'organisatie.wijzigen',
  'feestdagen.beheren',
  'herinneringen.instellen',
  'mail.lezen',
  'procedure.beheren',
  'procedure.lezen',
  'verzoek.behandelen',
  'briefsjabloon.wijzigen',
  'regeling.volgen',
  'raadswerkplaats.gebruiken',
  'inlichting.stellen',
  'inlichting.beantwoorden',
  'inlichting.lezen',
  'tafel.lezen',
  'tafel.schrijven',
  'tafel.modereren',
  'tafel.ondertekenen.raad',
  'tafel.ondertekenen.fractie',
  'contactkaart.invullen',
  'contacten.lezen',
  'adviescommissie.voorstellen',
  'adviescommissie.raadsbesluit',
  'adviescommissie.instellen',
  'adviescommissie.leden',
  'adviescommissie.stukken',
  'raadsgebruikers.beheren',
] as const;
export type Actie = (typeof acties)[number];

type Regel = (s: Subject | null, r: Resource) => boolean;

const iedereen: Regel = () => true;
const aangemeld: Regel = (s) => s !== null;
const heeft =
  (rol: Rol, scope: (t: RolToekenning, r: Resource) => boolean = () => true): Regel =>
  (s, r) =>
    s?.rollen.some((t) => t.rol === rol && scope(t, r)) ?? false;
const beheerder = heeft('beheerder');
/** Secretariaat of exactly this regeling. */
const secretariaatVanRegeling = heeft(
  'secretariaat',
  (t, r) => t.regelingId !== null && t.regelingId === r.regelingId,
);
/** Secretariaat for an organisation (e.g. the host or the GR's own body) may register new regelingen. */
const secretariaatVanOrganisatie = heeft('secretariaat', (t) => t.organisatieId !== null);
/** Any role scoped to exactly this organisation (griffie, raadslid, secretariaat, toezicht). */
const rolBijOrganisatie: Regel = (s, r) =>
  s?.rollen.some((t) => t.organisatieId !== null && t.organisatieId === r.organisatieId) ?? false;
/** Any role scoped to an organisation that takes part in the regeling. */
const rolBijDeelnemer: Regel = (s, r) =>
  s?.rollen.some((t) => t.organisatieId !== null && (r.deelnemers ?? []).includes(t.organisatieId)) ?? false;
/** The griffie of exactly this organisation. */
const griffieVanOrganisatie = heeft(
  'griffie',
  (t, r) => t.organisatieId !== null && t.organisatieId === r.organisatieId,
);
/** A raadslid of exactly this organisation. */
const raadslidVanOrganisatie = heeft(
  'raadslid',
  (t, r) => t.organisatieId !== null && t.organisatieId === r.organisatieId,
);
/** A raadslid or the griffie of an organisation that takes part in the regeling (resource's deelnemers). */
const raadslidOfGriffieBijDeelnemer = (s: Subject | null, r: Resource) =>
  s?.rollen.some(
    (t) =>
      (t.rol === 'raadslid' || t.rol === 'griffie') &&
      t.organisatieId !== null &&
      (r.deelnemers ?? []).includes(t.organisatieId),
  ) ?? false;
/** A raadslid or griffie of any organisation. */
const raadslidOfGriffie = (s: Subject | null) =>
  s?.rollen.some((t) => (t.rol === 'raadslid' || t.rol === 'griffie') && t.organisatieId !== null) ?? false;
/** The griffie of an organisation that takes part in the regeling. */
const griffieBijDeelnemer = (s: Subject | null, r: Resource) =>
  s?.rollen.some(
    (t) => t.rol === 'griffie' && t.organisatieId !== null && (r.deelnemers ?? []).includes(t.organisatieId),
  ) ?? false;
const of =
  (...regels: Regel[]): Regel =>
  (s, r) =>
    regels.some((regel) => regel(s, r));
const en =
  (...regels: Regel[]): Regel =>
  (s, r) =>
    regels.every((regel) => regel(s, r));
/** The organisation the action is about takes part in the regeling. */
const organisatieIsDeelnemer: Regel = (_s, r) =>
  r.organisatieId !== null && r.organisatieId !== undefined && (r.deelnemers ?? []).includes(r.organisatieId);

const policy: Record<Actie, Regel> = {
  'register.lezen': iedereen,
  'historie.lezen': aangemeld,
  'regeling.maken': of(beheerder, secretariaatVanOrganisatie),
  'regeling.wijzigen': of(beheerder, secretariaatVanRegeling),
  'deelnemers.wijzigen': of(beheerder, secretariaatVanRegeling),
  'bestuur.wijzigen': of(beheerder, secretariaatVanRegeling),
  'vergaderingen.wijzigen': of(beheerder, secretariaatVanRegeling),
  'organisatie.wijzigen': beheerder,
  'feestdagen.beheren': beheerder,
  /** Reminders for the deadlines of an organisation: for those who work for it, and the beheerder. */
  'herinneringen.instellen': of(beheerder, rolBijOrganisatie),
  /** The outbox holds the mail of every user. */
  'mail.lezen': beheerder,
  /** Create, send, attach documents, record the board's responses and the decision (Wgr art. 35, 10). */
  'procedure.beheren': of(beheerder, secretariaatVanRegeling),
  /** Everything of a procedure, also what is not public: the regeling's own people and its participants'. */
  'procedure.lezen': of(beheerder, secretariaatVanRegeling, rolBijDeelnemer),
  /** A council's handling and zienswijze: its own griffie only, nobody else's. */
  'verzoek.behandelen': griffieVanOrganisatie,
  'briefsjabloon.wijzigen': of(beheerder, griffieVanOrganisatie),
  'regeling.volgen': aangemeld,
  /** Mijn regelingen and the instruments of our council: its raadsleden and griffie, per organisation. */
  'raadswerkplaats.gebruiken': of(raadslidVanOrganisatie, griffieVanOrganisatie),
  /**
   * Ask a question (Wgr art. 16–19) on behalf of an organisation: its raadsleden and its griffie, and only
   * while it takes part. The resource's organisation is the asking one.
   */
  'inlichting.stellen': en(of(raadslidVanOrganisatie, griffieVanOrganisatie), organisatieIsDeelnemer),
  /** Record the answer: the griffie of the asking organisation, the regeling's secretariaat, the beheerder. */
  'inlichting.beantwoorden': of(beheerder, secretariaatVanRegeling, griffieVanOrganisatie),
  /** Internal questions: everyone working for a participant, the regeling's own people. Public ones: everyone. */
  'inlichting.lezen': of(beheerder, secretariaatVanRegeling, rolBijDeelnemer),
  /**
   * De gedeelde tafel: read it and report a post. Only raadsleden and griffies of the organisations that
   * take part on the day; nobody else, not the beheerder, the secretariaat or the toezicht.
   */
  'tafel.lezen': raadslidOfGriffieBijDeelnemer,
  /** Start a thread or post on behalf of an organisation: its own raadsleden and griffie, while it takes part. */
  'tafel.schrijven': en(of(raadslidVanOrganisatie, griffieVanOrganisatie), organisatieIsDeelnemer),
  /** Hide a post or let it stand: the griffie of any participant. */
  'tafel.modereren': griffieBijDeelnemer,
  /** Co-sign a joint zienswijze as the council: its griffie records it, while the organisation takes part. */
  'tafel.ondertekenen.raad': en(griffieVanOrganisatie, organisatieIsDeelnemer),
  /** Co-sign on behalf of a faction in the council: a raadslid of that organisation. */
  'tafel.ondertekenen.fractie': en(raadslidVanOrganisatie, organisatieIsDeelnemer),
  /** One's own card in the directory: raadsleden and griffies. */
  'contactkaart.invullen': raadslidOfGriffie,
  /**
   * The directory of a regeling: the raadsleden and griffies of the organisations that take part on the day
   * (the resource's deelnemers), nobody else — the beheerder and the secretariaat included.
   */
  'contacten.lezen': raadslidOfGriffieBijDeelnemer,
  /** File a proposal for a gemeenschappelijke adviescommissie (Wgr art. 24a lid 1) for its own council. */
  'adviescommissie.voorstellen': en(griffieVanOrganisatie, organisatieIsDeelnemer),
  /** Record its own council's decision on the proposal. */
  'adviescommissie.raadsbesluit': en(griffieVanOrganisatie, organisatieIsDeelnemer),
  /** Record that the algemeen bestuur installed the commission (the regeling's secretariaat). */
  'adviescommissie.instellen': of(beheerder, secretariaatVanRegeling),
  /** Designate or end the members of its own council (art. 24a lid 3–4). */
  'adviescommissie.leden': en(griffieVanOrganisatie, organisatieIsDeelnemer),
  /** Meetings and advices: the regeling's secretariaat, the griffies of the participants. */
  'adviescommissie.stukken': of(beheerder, secretariaatVanRegeling, griffieBijDeelnemer),
  /**
   * Who has an account as raadslid or griffie of an organisation: its own griffie (who keeps the list of the
   * council's members), and the beheerder.
   */
  'raadsgebruikers.beheren': of(beheerder, griffieVanOrganisatie),
};

/** Whether the subject (null: not signed in) may perform the action on the resource. */
export function mag(subject: Subject | null, actie: Actie, resource: Resource = {}): boolean {
  return policy[actie](subject, resource);
}
