/**
 * The iCalendar feeds and the calendar page in-process on the demo data, on PGlite and PostgreSQL.
 * The feeds are parsed back with ical.js, a different library than the one that writes them.
 * Expectations are computed with cycli() on today's date, so the tests hold on any day.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { systeem } from '../../platform/audit/audit';
import { vandaag } from '../../platform/clock';
import { createTestDatabase } from '../../../test/db';
import { planVergadering, wijzigVergadering } from '../begrotingscyclus/service';
import { actueleBegrotingsjaren, cycli, type KalenderItem, regelingenVan } from '../begrotingscyclus/store';
import { stapLabel } from '../begrotingscyclus/teksten';
import { vindOrganisatie } from '../organisaties/store';
import { regeling } from '../regelingen/schema';
import { maandRaster, plusMaanden } from './maand';

/** The configured base URL in tests (PORT unset). */
const BASIS = 'http://localhost:3000';
const GGD = 'Gemeenschappelijke regeling GGD Polderland';
const VR = 'Gemeenschappelijke regeling Veiligheidsregio Polderland';
const REKENKAMER = 'Regionale Rekenkamer Polderland';

let grip: Grip;

interface Gebeurtenis {
  uid: string;
  start: string;
  eind: string | null;
  isDatum: boolean;
  sequence: number;
  summary: string;
  description: string;
  url: string;
}

/** Parses a feed with ical.js. */
function leesFeed(tekst: string) {
  const cal = new ICAL.Component(ICAL.parse(tekst) as unknown[]);
  assert.equal(cal.name, 'vcalendar');
  const events: Gebeurtenis[] = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      eind: e.endDate?.toString() ?? null,
      isDatum: e.startDate.isDate,
      sequence: e.sequence,
      summary: e.summary,
      description: e.description,
      url: String(v.getFirstPropertyValue('url')),
    };
  });
  return {
    naam: String(cal.getFirstPropertyValue('x-wr-calname')),
    prodid: String(cal.getFirstPropertyValue('prodid')),
    versie: String(cal.getFirstPropertyValue('version')),
    events,
    perUid: new Map(events.map((e) => [e.uid, e])),
  };
}

async function haalFeed(pad: string) {
  const res = await grip.app.request(pad);
  const tekst = await res.text();
  assert.equal(res.status, 200, `${pad}: ${tekst.slice(0, 200)}`);
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  return { tekst, ...leesFeed(tekst) };
}

async function regelingId(naam: string): Promise<string> {
  const [r] = await grip.services.database.db
    .select({ id: regeling.id })
    .from(regeling)
    .where(eq(regeling.naam, naam));
  assert.ok(r, `${naam} niet gevonden`);
  return r.id;
}

async function items(ids: string[], jaren = actueleBegrotingsjaren(vandaag())): Promise<KalenderItem[]> {
  return cycli(grip.services.database.db, ids, jaren, await grip.services.kalender(), vandaag());
}

const gedateerd = (lijst: KalenderItem[]) =>
  new Map(lijst.filter((i) => i.datum !== null).map((i) => [i.uid, i.datum!]));

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
  });
});
after(async () => {
  await grip?.close();
});

describe('iCalendar-feeds', () => {
  test('per regeling: geldig RFC 5545, een hele-dag-gebeurtenis per termijn met een datum', async () => {
    const id = await regelingId(GGD);
    const feed = await haalFeed(`/kalender/regelingen/${id}.ics`);
    assert.equal(feed.versie, '2.0');
    assert.match(feed.prodid, /Grip/);
    assert.match(feed.naam, /GGD Polderland/);
    assert.ok(feed.tekst.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(feed.tekst), 'elke regel eindigt op CRLF');
    assert.ok(
      feed.tekst.split('\r\n').every((r) => Buffer.byteLength(r) <= 75),
      'regels zijn gevouwen op 75 octets',
    );
    assert.doesNotMatch(feed.tekst, /TZID|VTIMEZONE/, 'geen tijdzone: alleen datums');
    assert.doesNotMatch(feed.tekst, /^DTSTART(?!;VALUE=DATE:\d{8}\r$)/m, 'DTSTART is altijd een kale datum');

    const verwacht = await items([id]);
    assert.ok(verwacht.length > 0);
    assert.deepEqual(
      new Map(feed.events.map((e) => [e.uid, e.start])),
      gedateerd(verwacht),
      'precies de berekende termijnen met een datum, op die datum',
    );
    for (const e of feed.events) {
      const i = verwacht.find((x) => x.uid === e.uid)!;
      assert.ok(e.isDatum, `${e.uid} is een hele dag`);
      assert.equal(e.eind, nextDay(e.start), 'DTEND is de dag erna');
      assert.equal(e.url, `${BASIS}/regelingen/${id}`);
      assert.ok(e.description.includes(`${BASIS}/regelingen/${id}`), 'de link staat ook in DESCRIPTION');
      assert.ok(e.description.includes(`Begrotingsjaar ${i.begrotingsjaar}`));
      assert.match(e.description, /Status: /);
      assert.equal(
        e.summary,
        `${stapLabel[i.stap]} — ${GGD}${i.bron === 'regeling' ? ' (eigen afspraak)' : ''}`,
      );
      if (i.waarschuwingen.length > 0) assert.match(e.description, /Let op: /);
    }
    assert.ok(
      feed.events.some((e) => e.summary.endsWith('(eigen afspraak)')),
      'de eigen afspraken van de GGD staan erin',
    );

    // The demo meeting of 2 July 2026 adopts begroting 2027: ontwerpbegroting 12 weeks earlier.
    if (actueleBegrotingsjaren(vandaag()).includes(2027)) {
      assert.equal(feed.perUid.get(`${id}-2027-ontwerpbegroting_naar_raden-wet@grip`)?.start, '2026-04-09');
      assert.match(feed.tekst, /\r\nDTSTART;VALUE=DATE:20260409\r\n/);
    }
  });

  test('per organisatie: alle termijnen van alle regelingen waaraan zij deelneemt', async () => {
    const db = grip.services.database.db;
    const o = await vindOrganisatie(db, 'GM9901');
    assert.ok(o);
    const feed = await haalFeed('/kalender/organisaties/GM9901.ics');
    assert.match(feed.naam, /Aldewolde/);
    const ids = await regelingenVan(db, o.id, vandaag());
    assert.ok(ids.length >= 4);
    const verwacht = gedateerd(await items(ids));
    assert.deepEqual(new Map(feed.events.map((e) => [e.uid, e.start])), verwacht);
    const namen = new Set(
      feed.events.map((e) => e.summary.split(' — ')[1]?.replace(' (eigen afspraak)', '')),
    );
    assert.ok(namen.has(GGD) && namen.has(VR), [...namen].join(', '));
    // The same deadline has the same UID in both feeds.
    const ggd = await haalFeed(`/kalender/regelingen/${await regelingId(GGD)}.ics`);
    for (const e of ggd.events) assert.equal(feed.perUid.get(e.uid)?.start, e.start);
  });

  test('SEQUENCE blijft gelijk zolang niets verschuift en gaat één omhoog als een datum verschuift', async () => {
    const db = grip.services.database.db;
    const id = await regelingId(REKENKAMER);
    const pad = `/kalender/regelingen/${id}.ics`;
    const volgnummers = (f: { events: Gebeurtenis[] }) => new Map(f.events.map((e) => [e.uid, e.sequence]));

    const eerst = await haalFeed(pad);
    const opnieuw = await haalFeed(pad);
    assert.deepEqual(volgnummers(opnieuw), volgnummers(eerst));

    // A meeting next year adopts the begroting of the year after: dates appear, at SEQUENCE 0.
    const j = Number(vandaag().slice(0, 4));
    const input = {
      datum: `${j + 1}-06-17`,
      stukken: ['begroting' as const],
      verzendDatum: null,
      omschrijving: 'Begroting (test)',
    };
    const vergaderingId = await planVergadering(db, systeem('test'), id, input);
    const voor = await items([id]);
    const gepland = await haalFeed(pad);
    assert.deepEqual(new Map(gepland.events.map((e) => [e.uid, e.start])), gedateerd(voor));
    const nieuw = gepland.events.filter((e) => !eerst.perUid.has(e.uid));
    assert.ok(nieuw.length > 0, 'de vergadering geeft termijnen een datum');
    for (const e of nieuw) assert.equal(e.sequence, 0, e.uid);

    // The meeting moves a week: the items that depend on it move, same UID, SEQUENCE + 1.
    await wijzigVergadering(db, systeem('test'), id, vergaderingId, { ...input, datum: `${j + 1}-06-24` });
    const na = await items([id]);
    const verschoven = na.filter((i) => {
      const oud = voor.find((x) => x.uid === i.uid);
      return i.datum !== null && oud?.datum != null && oud.datum !== i.datum;
    });
    assert.ok(
      verschoven.some((i) => i.stap === 'vaststelling_begroting' && i.datum === `${j + 1}-06-24`),
      'de vaststelling verschuift mee',
    );
    const bijgewerkt = await haalFeed(pad);
    for (const i of verschoven) {
      const e = bijgewerkt.perUid.get(i.uid);
      assert.ok(e, `${i.uid} staat nog in de feed, onder dezelfde UID`);
      assert.equal(e.start, i.datum);
      assert.equal(e.sequence, gepland.perUid.get(i.uid)!.sequence + 1, i.uid);
    }
    for (const e of bijgewerkt.events) {
      if (verschoven.some((i) => i.uid === e.uid)) continue;
      assert.equal(e.sequence, gepland.perUid.get(e.uid)?.sequence, `${e.uid} is niet verschoven`);
    }
    // Asking again does not raise it further; the organisation feed gives the same number.
    const weer = await haalFeed(pad);
    assert.deepEqual(volgnummers(weer), volgnummers(bijgewerkt));
    const org = await haalFeed('/kalender/organisaties/GM9901.ics');
    for (const i of verschoven)
      assert.equal(org.perUid.get(i.uid)?.sequence, weer.perUid.get(i.uid)?.sequence);
  });

  test('onbekende organisatie of regeling: 404', async () => {
    for (const pad of [
      '/kalender/organisaties/GM0000.ics',
      '/kalender/organisaties/GM9901',
      '/kalender/organisaties/GM9901.txt',
      '/kalender/regelingen/00000000-0000-0000-0000-000000000000.ics',
      '/kalender/regelingen/geen-uuid.ics',
      '/organisaties/GM0000/kalender',
    ]) {
      const res = await grip.app.request(pad);
      assert.equal(res.status, 404, pad);
    }
  });
});

/** The day after a 'YYYY-MM-DD' date. */
function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

const ontsnap = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const tekstVan = (html: string) => ontsnap(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

async function pagina(pad: string) {
  const res = await grip.app.request(pad);
  const html = await res.text();
  assert.equal(res.status, 200, `${pad}: ${tekstVan(html).slice(0, 300)}`);
  const deel = (van: string, tot: string) => {
    const a = html.indexOf(`id="${van}"`);
    const b = html.indexOf(`id="${tot}"`);
    assert.ok(a >= 0 && b > a, `secties ${van} en ${tot}`);
    return html.slice(a, b);
  };
  return {
    html,
    tekst: tekstVan(html),
    lijst: deel('lijst', 'maandoverzicht'),
    maand: deel('maandoverzicht', 'abonneren'),
  };
}

const datumsIn = (html: string) =>
  [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
const rijenIn = (html: string) => (html.split('<tbody')[1] ?? '').split('<tr').slice(1);

describe('pagina Termijnen van een organisatie', () => {
  test('de organisatiepagina linkt naar de kalender', async () => {
    const res = await grip.app.request('/organisaties/GM9901');
    assert.match(await res.text(), /href="\/organisaties\/GM9901\/kalender">Kalender met alle termijnen</);
  });

  test('lijst: de komende twaalf maanden op datum, en uitleg over abonneren', async () => {
    const db = grip.services.database.db;
    const o = await vindOrganisatie(db, 'GM9901');
    const p = await pagina('/organisaties/GM9901/kalender');
    assert.match(p.tekst, /Termijnen van Aldewolde/);
    const nu = vandaag();
    const tot = plusMaanden(nu, 12);
    const verwacht = (await items(await regelingenVan(db, o!.id, nu)))
      .filter((i) => i.datum !== null && i.datum >= nu && i.datum <= tot)
      .map((i) => i.datum!)
      .sort();
    const rijen = rijenIn(p.lijst);
    assert.equal(rijen.length, verwacht.length);
    const datums = rijen.map((r) => datumsIn(r)[0]);
    assert.deepEqual(datums, verwacht, 'gesorteerd op datum');
    if (rijen.length > 0) assert.match(rijen[0]!, /href="\/regelingen\/[0-9a-f-]{36}"/);

    assert.match(p.tekst, /Abonneren in uw agenda/);
    assert.ok(p.tekst.includes(`${BASIS}/kalender/organisaties/GM9901.ics`), 'het volledige adres');
    assert.ok(p.html.includes('href="webcal://localhost:3000/kalender/organisaties/GM9901.ics"'));
    for (const agenda of ['Outlook op het web', 'Outlook op de computer', 'Google Agenda', 'Apple Agenda'])
      assert.ok(p.tekst.includes(agenda), agenda);
    assert.ok(p.tekst.includes(`${BASIS}/kalender/regelingen/${await regelingId(GGD)}.ics`));
  });

  test('maandoverzicht: ?maand=2026-07 toont elke termijn op zijn dag', async () => {
    const db = grip.services.database.db;
    const o = await vindOrganisatie(db, 'GM9901');
    const p = await pagina('/organisaties/GM9901/kalender?maand=2026-07');
    assert.match(p.maand, /Maandoverzicht juli 2026/);
    assert.match(p.maand, /<caption[^>]*>Termijnen in juli 2026, per week<\/caption>/);
    assert.match(p.maand, /href="\/organisaties\/GM9901\/kalender\?maand=2026-06#maandoverzicht"/);
    assert.match(p.maand, /href="\/organisaties\/GM9901\/kalender\?maand=2026-08#maandoverzicht"/);
    assert.deepEqual(
      datumsIn(p.maand),
      maandRaster('2026-07').flatMap((w) => w.dagen.filter((d): d is string => d !== null)),
    );
    assert.equal(rijenIn(p.maand).length, maandRaster('2026-07').length);
    const inJuli = (
      await items(await regelingenVan(db, o!.id, vandaag()), [2024, 2025, 2026, 2027, 2028])
    ).filter((i) => i.datum?.startsWith('2026-07-'));
    assert.ok(inJuli.some((i) => i.stap === 'vaststelling_begroting' && i.datum === '2026-07-02'));
    const cellen = p.maand.split('<td').slice(1);
    for (const i of inJuli) {
      const cel = cellen.find((c) => c.includes(`datetime="${i.datum}"`));
      assert.ok(cel, i.datum!);
      assert.ok(ontsnap(cel).includes(stapLabel[i.stap]), `${i.datum}: ${stapLabel[i.stap]}`);
      assert.ok(ontsnap(cel).includes(i.regelingNaam));
    }
    assert.equal((p.maand.match(/<li /g) ?? []).length, inJuli.length);
    assert.match(p.tekst, new RegExp(`In juli 2026 vallen ${inJuli.length} termijnen`));
  });

  test('filters: per regeling en per soort termijn, met een GET-formulier', async () => {
    const ggd = await regelingId(GGD);
    let p = await pagina(`/organisaties/GM9901/kalender?regeling=${ggd}&periode=alles&maand=2026-07`);
    assert.match(p.html, /<form[^>]+method="get"[^>]+action="\/organisaties\/GM9901\/kalender"/);
    assert.match(p.html, new RegExp(`<option value="${ggd}" selected="">`));
    const verwacht = (await items([ggd])).filter((i) => i.datum !== null);
    const rijen = rijenIn(p.lijst);
    assert.equal(rijen.length, verwacht.length);
    for (const r of rijen) assert.ok(ontsnap(r).includes(GGD) && !ontsnap(r).includes(VR));
    assert.ok(!ontsnap(p.maand).includes(VR), 'ook het maandoverzicht is gefilterd');
    assert.match(
      p.maand,
      new RegExp(
        `href="/organisaties/GM9901/kalender\\?regeling=${ggd}&amp;periode=alles&amp;maand=2026-08#maandoverzicht"`,
      ),
    );

    p = await pagina('/organisaties/GM9901/kalender?stap=ontwerpbegroting_naar_raden&periode=alles');
    const stappen = rijenIn(p.lijst).map((r) => tekstVan(`<tr${r}`));
    assert.ok(stappen.length > 0);
    for (const r of stappen) assert.ok(r.includes(stapLabel.ontwerpbegroting_naar_raden), r);
    assert.ok(!stappen.some((r) => r.includes(stapLabel.vaststelling_begroting)));
  });

  test('een ongeldige maand geeft een foutmelding bij het veld, de pagina blijft werken', async () => {
    const p = await pagina('/organisaties/GM9901/kalender?maand=2026-13');
    assert.match(p.tekst, /Vul een maand in als JJJJ-MM/);
    assert.match(p.html, /href="#veld-maand"/);
    assert.match(p.maand, new RegExp(`Maandoverzicht`));
  });
});
