/**
 * The contactkaart: what a raadslid or griffie chooses to share in the directory ("Wie is wie") of the
 * regelingen of their organisation. Pure. Privacy first (AVG art. 5 lid 1 onder c, minimale
 * gegevensverwerking): nothing about a person is shown unless they turned their card on, and then only
 * the fields they filled in.
 */

export interface ContactkaartInvoer {
  zichtbaar: boolean;
  functie: string | null;
  fractie: string | null;
  email: string | null;
  telefoon: string | null;
  toelichting: string | null;
}

export type ContactkaartVeld = Exclude<keyof ContactkaartInvoer, 'zichtbaar'>;

export type Controle =
  { ok: true; kaart: ContactkaartInvoer } | { ok: false; fouten: Partial<Record<ContactkaartVeld, string>> };

/** How long each text may be. */
export const MAX_LENGTE: Readonly<Record<ContactkaartVeld, number>> = {
  functie: 100,
  fractie: 100,
  email: 254,
  telefoon: 30,
  toelichting: 1000,
};

/** A plain e-mail address: something@domain.tld, no spaces, one @. */
export const isEmail = (s: string) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i.test(s);

/**
 * A phone number as people write it: digits with spaces, hyphens, dots or brackets, optionally
 * starting with + (international); 10 to 15 digits (a Dutch number has 10, 0031… 13).
 */
export function isTelefoon(s: string): boolean {
  if (!/^\+?[0-9 ()\-.]+$/.test(s)) return false;
  const cijfers = s.replace(/\D/g, '').length;
  return cijfers >= 10 && cijfers <= 15;
}

const leeg = (s: string | null | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

/** Checks and normalises a card (trimmed, empty fields null); Dutch messages per field. */
export function controleerContactkaart(invoer: ContactkaartInvoer): Controle {
  const kaart: ContactkaartInvoer = {
    zichtbaar: invoer.zichtbaar,
    functie: leeg(invoer.functie),
    fractie: leeg(invoer.fractie),
    email: leeg(invoer.email),
    telefoon: leeg(invoer.telefoon),
    toelichting: leeg(invoer.toelichting),
  };
  const fouten: Partial<Record<ContactkaartVeld, string>> = {};
  if (kaart.email !== null && !isEmail(kaart.email))
    fouten.email = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl';
  if (kaart.telefoon !== null && !isTelefoon(kaart.telefoon))
    fouten.telefoon = 'Vul een telefoonnummer in met 10 tot 15 cijfers, zoals 06 12345678 of +31 20 1234567';
  for (const veld of Object.keys(MAX_LENGTE) as ContactkaartVeld[]) {
    const w = kaart[veld];
    if (w !== null && w.length > MAX_LENGTE[veld] && !fouten[veld])
      fouten[veld] = `Hoogstens ${MAX_LENGTE[veld]} tekens`;
  }
  return Object.keys(fouten).length ? { ok: false, fouten } : { ok: true, kaart };
}

/** What the directory shows of a card: nothing when not visible, otherwise only the filled-in fields. */
export function gedeeld(kaart: ContactkaartInvoer | null): Partial<Record<ContactkaartVeld, string>> | null {
  if (!kaart?.zichtbaar) return null;
  const uit: Partial<Record<ContactkaartVeld, string>> = {};
  for (const veld of Object.keys(MAX_LENGTE) as ContactkaartVeld[]) {
    const w = kaart[veld];
    if (w) uit[veld] = w;
  }
  return uit;
}
