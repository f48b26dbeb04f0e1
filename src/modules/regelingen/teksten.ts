/** Dutch texts for the codes of the register (the domain speaks in codes only). */
import type { Bevinding } from './domain/bevinding';
import type { Bestuursorgaan, DeelnemendOrgaan, Functie, RegelingType, Vorm } from './domain/types';

export const vormLabel: Record<Vorm, string> = {
  openbaar_lichaam: 'Openbaar lichaam',
  gemeenschappelijk_orgaan: 'Gemeenschappelijk orgaan',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie',
  centrumgemeente: 'Centrumgemeenteconstructie',
  regeling_zonder_meer: 'Regeling zonder meer',
  onbekend: 'Onbekend (de bron noemt geen vorm)',
};

export const typeLabel: Record<RegelingType, string> = {
  raadsregeling: 'Raadsregeling',
  collegeregeling: 'Collegeregeling',
  burgemeestersregeling: 'Burgemeestersregeling',
  gemengde_regeling: 'Gemengde regeling',
  onbekend: 'Nog onbekend (geen deelnemers)',
};

export const orgaanLabel: Record<DeelnemendOrgaan, string> = {
  raad: 'Gemeenteraad',
  college: 'College van B&W',
  burgemeester: 'Burgemeester',
  provinciale_staten: 'Provinciale Staten',
  gedeputeerde_staten: 'Gedeputeerde Staten',
  commissaris_koning: 'Commissaris van de Koning',
  waterschap_ab: 'Algemeen bestuur waterschap',
  waterschap_db: 'Dagelijks bestuur waterschap',
  waterschap_voorzitter: 'Voorzitter waterschap',
  bestuur: 'Bestuur (andere deelnemer)',
};

export const bestuursorgaanLabel: Record<Bestuursorgaan, string> = {
  ab: 'Algemeen bestuur',
  db: 'Dagelijks bestuur',
  voorzitter: 'Voorzitter',
  bestuur: 'Bestuur',
};

export const functieLabel: Record<Functie, string> = {
  raadslid: 'Raadslid',
  wethouder: 'Wethouder',
  burgemeester: 'Burgemeester',
  statenlid: 'Statenlid',
  gedeputeerde: 'Gedeputeerde',
  commissaris_koning: 'Commissaris van de Koning',
  waterschapsbestuurder: 'Waterschapsbestuurder',
  secretaris: 'Gemeentesecretaris',
  anders: 'Anders',
};

export const soortLabel: Record<string, string> = {
  gemeente: 'Gemeente',
  provincie: 'Provincie',
  waterschap: 'Waterschap',
  rijk: 'Rijk',
  openbaar_lichaam: 'Openbaar lichaam',
  samenwerkingsorganisatie: 'Samenwerkingsorganisatie',
  privaat: 'Private rechtspersoon',
  buitenlands: 'Buitenlandse deelnemer',
  overig: 'Overig',
};

export const ernstLabel = {
  fout: 'In strijd met de wet',
  waarschuwing: 'Let op',
  info: 'Ter informatie',
} as const;

const n = (v: unknown) => (typeof v === 'number' ? String(v) : '?');

/** The Dutch explanation of a rule finding. */
export function bevindingTekst(b: Bevinding): string {
  const d = b.data ?? {};
  switch (b.code) {
    case 'te_weinig_deelnemers':
      return `Een gemeenschappelijke regeling treffen twee of meer deelnemers; deze regeling heeft er ${n(d.aantal)}.`;
    case 'bvo_geen_collegeregeling':
      return 'Een bedrijfsvoeringsorganisatie kan alleen worden ingesteld bij een regeling van uitsluitend colleges.';
    case 'centrumgemeente_aantal_dienstverlenend':
      return `Bij een centrumgemeenteconstructie is er precies één dienstverlenende gemeente; nu zijn het er ${n(d.aantal)}.`;
    case 'centrumgemeente_dienstverlener_geen_gemeente':
      return 'De dienstverlenende deelnemer van een centrumgemeenteconstructie moet een gemeente zijn.';
    case 'dienstverlenend_buiten_centrumgemeente':
      return 'Een deelnemer is als dienstverlenend gemarkeerd, maar dat past alleen bij een centrumgemeenteconstructie.';
    case 'orgaan_zonder_leden':
      return `Het orgaan ‘${bestuursorgaanLabel[d.orgaan as Bestuursorgaan] ?? String(d.orgaan)}’ heeft nog geen leden geregistreerd.`;
    case 'orgaan_past_niet_bij_vorm':
      return `Het orgaan ‘${bestuursorgaanLabel[d.orgaan as Bestuursorgaan] ?? String(d.orgaan)}’ past niet bij de vorm van deze regeling.`;
    case 'geen_voorzitter':
      return 'Er is geen voorzitter geregistreerd; een openbaar lichaam heeft een voorzitter.';
    case 'meerdere_voorzitters':
      return `Er zijn ${n(d.aantal)} voorzitters geregistreerd; het algemeen bestuur wijst één voorzitter aan.`;
    case 'db_te_klein':
      return `Het dagelijks bestuur bestaat uit de voorzitter en ten minste twee andere leden; nu zijn er ${n(d.andereLeden)} andere leden.`;
    case 'db_leden_uit_een_deelnemer':
      return 'De leden van het dagelijks bestuur komen niet allemaal uit dezelfde deelnemer.';
    case 'db_meerderheid_van_buiten_ab':
      return `Leden van buiten het algemeen bestuur vormen nooit de meerderheid van het dagelijks bestuur; nu ${n(d.vanBuiten)} van de ${n(d.dbGrootte)}.`;
    case 'db_meerderheid_in_ab':
      return `De leden van het dagelijks bestuur vormen nooit de meerderheid van het algemeen bestuur (uitgezonderd een burgemeestersregeling met minder dan zes gemeenten); nu ${n(d.dbInAb)} van de ${n(d.abGrootte)}.`;
    case 'lidmaatschap_eindigt_met_mandaat':
      return `Het lidmaatschap eindigt van rechtswege wanneer het lid geen raadslid, wethouder of burgemeester van de aanwijzende gemeente meer is: uiterlijk op ${typeof d.eindeVolgensWet === 'string' ? d.eindeVolgensWet : '?'}.`;
    case 'stemgewicht_per_lid':
      return 'Leden van dezelfde deelnemer hebben verschillende stemgewichten. De wet kent meervoudig stemrecht per gemeente, niet per lid (zoals bij de voormalige Drechtraad); deze opzet is juridisch omstreden.';
    default:
      return b.code;
  }
}
