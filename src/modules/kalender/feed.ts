/**
 * iCalendar feeds (RFC 5545) of the P&C deadlines: one all-day event per item with a date, with a
 * stable UID, the explanation and a link in DESCRIPTION (clients that ignore URL still show it), and a
 * SEQUENCE that goes up each time the date of an item moves (kept in kalender_uitgave).
 *
 * No time zone is set on the calendar: every event is a plain date (DTSTART;VALUE=DATE), built from
 * the 'YYYY-MM-DD' string itself, so no local-midnight Date can shift it by a day.
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import { inArray, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Db, DbOrTx } from '../../platform/db/client';
import { kalenderUitgave } from '../begrotingscyclus/schema';
import type { KalenderItem } from '../begrotingscyclus/store';
import { cyclusWaarschuwingTekst, itemUitleg, stapLabel, statusLabel } from '../begrotingscyclus/teksten';

export type GedateerdItem = KalenderItem & { datum: string };

/**
 * Makes the UIDs unique within one list: a regeling may record two agreements for the same step,
 * which would give both the same UID; the second gets "-2" before "@grip", the third "-3". Stable as
 * long as the order of the agreements stays the same.
 */
export function uniekeUids(items: KalenderItem[]): KalenderItem[] {
  const gezien = new Map<string, number>();
  return items.map((i) => {
    const n = (gezien.get(i.uid) ?? 0) + 1;
    gezien.set(i.uid, n);
    if (n === 1) return i;
    const at = i.uid.lastIndexOf('@');
    const uid = at < 0 ? `${i.uid}-${n}` : `${i.uid.slice(0, at)}-${n}${i.uid.slice(at)}`;
    return { ...i, uid };
  });
}

/** The items a feed holds: those with a date, with unique UIDs. */
export function feedItems(items: KalenderItem[]): GedateerdItem[] {
  return uniekeUids(items).filter((i): i is GedateerdItem => i.datum !== null);
}

const lees = (db: DbOrTx, uids: string[]) =>
  db.select().from(kalenderUitgave).where(inArray(kalenderUitgave.uid, uids));

/**
 * The SEQUENCE of each item, by UID. An item seen for the first time is recorded with its date and
 * number 0; an item whose date differs from the recorded one gets the new date and its number + 1.
 * When nothing is new or moved this is one read and no write (calendar clients poll often); otherwise
 * the insert-or-raise and the final read run in one transaction, and the raise is conditional on the
 * date still differing, so two simultaneous requests raise it only once.
 */
export async function volgnummers(
  db: Db,
  items: readonly { uid: string; datum: string }[],
): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const uids = items.map((i) => i.uid);
  const bekend = new Map((await lees(db, uids)).map((r) => [r.uid, r]));
  const teSchrijven = items.filter((i) => bekend.get(i.uid)?.datum !== i.datum);
  if (teSchrijven.length === 0) return new Map([...bekend].map(([uid, r]) => [uid, r.volgnummer]));
  return db.transaction(async (tx) => {
    await tx
      .insert(kalenderUitgave)
      .values(teSchrijven.map((i) => ({ uid: i.uid, datum: i.datum, volgnummer: 0 })))
      .onConflictDoUpdate({
        target: kalenderUitgave.uid,
        set: {
          datum: sql`excluded.datum`,
          volgnummer: sql`${kalenderUitgave.volgnummer} + 1`,
        },
        setWhere: sql`${kalenderUitgave.datum} <> excluded.datum`,
      });
    const rijen = await lees(tx, uids);
    return new Map(rijen.map((r) => [r.uid, r.volgnummer]));
  });
}

/** The regeling page the events link to. */
export const regelingLink = (baseUrl: string, regelingId: string) =>
  `${baseUrl.replace(/\/+$/, '')}/regelingen/${regelingId}`;

/** The status in Dutch; an agreement of the regeling itself does not "follow from the law". */
export const statusTekst = (i: KalenderItem) =>
  i.bron === 'regeling' && i.status === 'bevestigd' ? 'Afgesproken in de regeling' : statusLabel[i.status];

export const samenvatting = (i: KalenderItem) =>
  `${i.titel ?? stapLabel[i.stap]} — ${i.regelingNaam}${i.bron === 'regeling' ? ' (eigen afspraak)' : ''}`;

/** The DESCRIPTION: the explanation, status and warnings in Dutch, and the link. */
export function omschrijving(i: KalenderItem, link: string): string {
  return [
    itemUitleg(i),
    `Regeling: ${i.regelingNaam}. Begrotingsjaar ${i.begrotingsjaar}.`,
    `Grondslag: ${i.artikel}.`,
    `Status: ${statusTekst(i)}.`,
    ...i.waarschuwingen.map((w) => `Let op: ${cyclusWaarschuwingTekst(w)}`),
    `Uitleg en alle termijnen van de regeling: ${link}`,
  ].join('\n');
}

export interface FeedOpties {
  /** X-WR-CALNAME: the name the calendar gets in the client. */
  naam: string;
  beschrijving: string;
  baseUrl: string;
  /** The page that explains the feed (URL of the calendar). */
  pagina?: string;
  /** DTSTAMP; defaults to now. */
  nu?: Date;
}

/** The feed as text (CRLF line endings, lines folded at 75 octets). */
export function bouwFeed(
  items: readonly GedateerdItem[],
  volgnummer: ReadonlyMap<string, number>,
  o: FeedOpties,
): string {
  const cal = ical({
    name: o.naam,
    description: o.beschrijving,
    prodId: { company: 'Grip', product: 'Grip termijnen', language: 'NL' },
    url: o.pagina ?? null,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: a hint to poll twice a day.
    ttl: 12 * 60 * 60,
  });
  const nu = o.nu ?? new Date();
  for (const i of items) {
    const dag = Temporal.PlainDate.from(i.datum);
    const link = i.pad ? `${o.baseUrl.replace(/\/+$/, '')}${i.pad}` : regelingLink(o.baseUrl, i.regelingId);
    cal.createEvent({
      id: i.uid,
      sequence: volgnummer.get(i.uid) ?? 0,
      stamp: nu,
      allDay: true,
      start: dag,
      end: dag.add({ days: 1 }),
      summary: samenvatting(i),
      description: omschrijving(i, link),
      url: link,
      // A deadline does not make anyone busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return cal.toString();
}
