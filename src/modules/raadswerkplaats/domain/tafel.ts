/**
 * De gedeelde tafel: one table per regeling for the raadsleden and griffies of all its participants
 * (notes, conversations, joint zienswijze drafts). Pure rules: who sits at the table on a day, on whose
 * behalf someone speaks, which links are allowed, and how a signature relates to the current text.
 * Dates are 'YYYY-MM-DD' strings; "today" is always a parameter.
 */
import type { RolToekenning } from '../../../platform/auth/policy';
import { type Deelnameperiode, neemtDeel } from '../../regelingen/domain/deelname';

export const tafelSoorten = ['gesprek', 'notitie', 'zienswijze'] as const;
export type TafelSoort = (typeof tafelSoorten)[number];

export const soortLabels: Record<TafelSoort, string> = {
  gesprek: 'Gesprek',
  notitie: 'Notitie',
  zienswijze: 'Gezamenlijke zienswijze (concept)',
};

export const MAX_TITEL = 200;
export const MAX_TEKST = 100_000;
export const MAX_REDEN = 1000;
export const MAX_FRACTIE = 100;
export const MAX_VERWIJZINGEN = 20;

export interface TafelDeelname extends Deelnameperiode {
  organisatieId: string;
}

/** The organisations at the table on `peildatum` (neemtDeel), each once. */
export function actieveDeelnemers(deelnames: readonly TafelDeelname[], peildatum: string): string[] {
  return [...new Set(deelnames.filter((d) => neemtDeel(d, peildatum)).map((d) => d.organisatieId))];
}

/** The participants on whose behalf this user may speak at the table: their raadslid or griffie roles. */
export function namensOrganisaties(
  rollen: readonly RolToekenning[],
  deelnemers: readonly string[],
): string[] {
  return [
    ...new Set(
      rollen
        .filter((r) => (r.rol === 'raadslid' || r.rol === 'griffie') && r.organisatieId !== null)
        .map((r) => r.organisatieId as string)
        .filter((id) => deelnemers.includes(id)),
    ),
  ];
}

/**
 * A link a user may attach to a thread: http or https to another site, or a path within Grip. Anything
 * else (javascript:, data:, protocol-relative //…) is refused, since the link is rendered as an anchor.
 */
export function isVeiligeUrl(url: string): boolean {
  if (/^\/(?!\/)/.test(url)) return !/[\s\\]/.test(url);
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export interface Verwijzing {
  titel: string;
  url: string;
}

/**
 * Reads the links of a form: one per line, "title | url" or just the url (then the url is the title).
 * Returns the first problem in words, or the links.
 */
export function leesVerwijzingen(
  regels: readonly string[],
): { verwijzingen: Verwijzing[] } | { fout: string } {
  const uit: Verwijzing[] = [];
  for (const regel of regels) {
    const i = regel.lastIndexOf('|');
    const titel = (i >= 0 ? regel.slice(0, i) : regel).trim();
    const url = (i >= 0 ? regel.slice(i + 1) : regel).trim();
    const fout = controleerVerwijzing({ titel: titel || url, url });
    if (fout) return { fout };
    uit.push({ titel: titel || url, url });
  }
  if (uit.length > MAX_VERWIJZINGEN) return { fout: `Geef hoogstens ${MAX_VERWIJZINGEN} verwijzingen.` };
  return { verwijzingen: uit };
}

/** The problem with one link, in words, or null. */
export function controleerVerwijzing(v: Verwijzing): string | null {
  if (!v.url) return 'Geef bij elke verwijzing een adres.';
  if (!isVeiligeUrl(v.url))
    return `"${v.url.slice(0, 80)}" is geen geldig adres: gebruik een adres dat begint met https:// of http://.`;
  if (v.titel.length > MAX_TITEL) return `De naam van een verwijzing is hoogstens ${MAX_TITEL} tekens.`;
  return null;
}

/** Checks a title and text; the field with the problem and the words, or null. */
export function controleerBijdrage(
  titel: string | null,
  tekst: string,
): { veld: 'titel' | 'tekst'; tekst: string } | null {
  if (titel !== null) {
    if (!titel.trim()) return { veld: 'titel', tekst: 'Geef een titel.' };
    if (titel.trim().length > MAX_TITEL)
      return { veld: 'titel', tekst: `De titel is hoogstens ${MAX_TITEL} tekens.` };
  }
  if (!tekst.trim()) return { veld: 'tekst', tekst: 'Schrijf de tekst.' };
  if (tekst.length > MAX_TEKST) return { veld: 'tekst', tekst: `De tekst is hoogstens ${MAX_TEKST} tekens.` };
  return null;
}

/**
 * How a signature relates to the draft: on the current text, or on an earlier version (the text changed
 * after signing; the signer may sign again).
 */
export function ondertekeningStand(
  getekendeVersie: number,
  huidigeVersie: number,
): 'huidig' | 'eerdere_versie' {
  return getekendeVersie >= huidigeVersie ? 'huidig' : 'eerdere_versie';
}

/** Whether something at the table is new to this user: later than `sinds` and not their own doing. */
export function isNieuw(moment: Date, sinds: Date | null, vanZelf: boolean): boolean {
  return sinds !== null && !vanZelf && moment.getTime() > sinds.getTime();
}

export interface DigestRegel {
  /** The regeling whose table the topic is on (its name is public). */
  regeling: string;
  /** The address of the first new post. */
  link: string;
  /** How many new posts in this topic. */
  aantal: number;
}

/**
 * The daily digest mail of one user: one line per topic with news, with the regeling and the full address.
 * No titles, names or texts: a mail leaves the closed table (and without SMTP it waits in the outbox that
 * the beheerder reads), so it only says where to look.
 */
export function digestMail(naam: string, regels: readonly DigestRegel[], baseUrl: string) {
  const n = regels.reduce((som, r) => som + r.aantal, 0);
  return {
    onderwerp: `Grip: ${n === 1 ? 'één nieuw bericht' : `${n} nieuwe berichten`} aan de gedeelde tafel`,
    tekst: [
      `Beste ${naam},`,
      '',
      'Sinds het vorige overzicht is er nieuws in onderwerpen aan de gedeelde tafel die u volgt:',
      '',
      ...regels.map(
        (r) =>
          `- ${r.regeling}: ${r.aantal === 1 ? 'één nieuw bericht' : `${r.aantal} nieuwe berichten`}\n  ${new URL(r.link, baseUrl).toString()}`,
      ),
      '',
      'Titels en teksten staan alleen in Grip, zodat de gedeelde tafel besloten blijft.',
      'U krijgt dit overzicht omdat u deze onderwerpen volgt. Stop met volgen op de pagina van het onderwerp.',
      '',
    ].join('\n'),
  };
}

/** Groups notifications per topic (their links /tafel/{id}#bericht-n), the first link of each, in order. */
export function perOnderwerp(links: readonly string[]): { draadId: string; link: string; aantal: number }[] {
  const uit = new Map<string, { draadId: string; link: string; aantal: number }>();
  for (const link of links) {
    const m = /^\/tafel\/([0-9a-f-]{36})/.exec(link);
    const sleutel = m?.[1] ?? link;
    const x = uit.get(sleutel);
    if (x) x.aantal++;
    else uit.set(sleutel, { draadId: sleutel, link, aantal: 1 });
  }
  return [...uit.values()];
}
