/**
 * The shared table through the API and the pages, on the demo data: the Regionale Rekenkamer Polderland
 * has Aldewolde, Bremmerdam and Gravenpolder as participants; Coevering takes no part. A raadslid of
 * Bremmerdam starts a topic, a raadslid of Gravenpolder answers, the followers are notified and get the
 * daily digest; a joint zienswijze is edited and co-signed; a post is reported and hidden by a griffie.
 * Nobody else reads the table: not a raadslid of Coevering, not the beheerder, the secretariaat or the
 * toezicht, not a participant that has left, not the public; nor does the register search find a word
 * from a post. Hostile text is rendered harmlessly. Each change is one transaction with its audit row.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db';
import { startGrip, type Grip } from '../../app';
import { loadConfig } from '../../config';
import { auditLog } from '../../platform/audit/schema';
import { nieuwToken, sha256 } from '../../platform/auth/crypto';
import { vandaag } from '../../platform/clock';
import { maakApiToken, maakSessie, vindGebruikerOpEmail } from '../accounts/store';
import { TAFEL_DIGEST } from '../meldingen/taken';
import { uitgaandeMail } from '../meldingen/schema';
import { organisatie } from '../organisaties/schema';
import { melding } from '../procedures/schema';
import { deelname, regeling } from '../regelingen/schema';
import { bezoek, tafelBericht } from './schema';
import { verstuurTafelDigest } from './tafel-digest';

let grip: Grip;
let rkId = '';
const tokens: Record<string, string> = {};
const cookies: Record<string, string> = {};
const db = () => grip.services.database.db;
const ORIGIN = 'http://localhost:3000';

const accounts = {
  raadslid: 'raadslid@voorbeeld.nl', // Bremmerdam, participant
  raadslid2: 'raadslid2@voorbeeld.nl', // Gravenpolder, participant
  raadslid3: 'raadslid3@voorbeeld.nl', // Coevering, not a participant
  griffie: 'griffie@voorbeeld.nl', // Bremmerdam
  beheerder: 'beheerder@voorbeeld.nl',
  secretariaat: 'secretariaat@voorbeeld.nl',
  toezicht: 'toezicht@voorbeeld.nl',
} as const;
type Wie = keyof typeof accounts;

async function api(method: string, pad: string, o: { wie?: Wie; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (o.wie) headers.Authorization = `Bearer ${tokens[o.wie]}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  return grip.app.request(`/api/v1${pad}`, {
    method,
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
}

async function json<T>(res: Response, status: number): Promise<T> {
  const tekst = await res.text();
  assert.equal(res.status, status, tekst);
  return (tekst ? JSON.parse(tekst) : null) as T;
}

async function pagina(pad: string, wie?: Wie) {
  const res = await grip.app.request(pad, {
    headers: wie ? { cookie: cookies[wie]! } : {},
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

async function post(pad: string, wie: Wie, velden: Record<string, string>, csrfVan: string) {
  const p = await pagina(csrfVan, wie);
  const m = /name="_csrf" value="([^"]+)"/.exec(p.html);
  assert.ok(m, `geen formulier op ${csrfVan}: ${p.status}`);
  const res = await grip.app.request(pad, {
    method: 'POST',
    headers: {
      cookie: cookies[wie]!,
      Origin: ORIGIN,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ _csrf: m[1]!, ...velden }).toString(),
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** Counts the transactions started on the shared database handle while `f` runs. */
async function transacties(f: () => Promise<unknown>): Promise<number> {
  const d = db() as unknown as { transaction: (...a: unknown[]) => Promise<unknown> };
  const origineel = d.transaction;
  let n = 0;
  d.transaction = function (this: unknown, ...a: unknown[]) {
    n++;
    return origineel.apply(this, a);
  };
  try {
    await f();
  } finally {
    d.transaction = origineel;
  }
  return n;
}

interface DraadKort {
  id: string;
  titel: string;
  soort: string;
  laatsteActiviteit: string;
  versie: number;
}
interface Bericht {
  id: string;
  volgnummer: number;
  tekst: string | null;
  verborgen: { reden: string } | null;
}
interface Draad extends DraadKort {
  berichten: Bericht[];
  huidigeTekst: number | null;
  ondertekeningen: {
    id: string;
    fractie: string | null;
    tekstVolgnummer: number;
    opHuidigeTekst: boolean;
    organisatie: { naam: string };
  }[];
}

const VIJANDIG =
  'Zie <script>alert(1)</script> en <img src=x onerror=alert(2)> en [klik](javascript:alert(3)) en <a href="javascript:alert(4)" onclick="alert(5)">hier</a>. Sleutelwoord kwetterpoldervogel.';

before(async () => {
  grip = await startGrip(loadConfig({ NODE_ENV: 'test', GRIP_DEMO: '0' }), {
    database: await createTestDatabase({ voorbeeld: true }),
    jobs: true,
  });
  for (const [wie, email] of Object.entries(accounts)) {
    const g = (await vindGebruikerOpEmail(db(), email))!;
    const token = nieuwToken();
    await maakApiToken(db(), sha256(token), g.id, 'test');
    tokens[wie] = token;
    const sessie = nieuwToken();
    await maakSessie(db(), sha256(sessie), g.id, new Date(Date.now() + 3600_000));
    cookies[wie] = `grip_sessie=${sessie}`;
  }
  const [r] = await db()
    .select({ id: regeling.id })
    .from(regeling)
    .where(eq(regeling.naam, 'Regionale Rekenkamer Polderland'));
  rkId = r!.id;
});
after(async () => {
  await grip?.close();
});

let gesprekId = '';

describe('de gedeelde tafel via de API', () => {
  test('een raadslid van een deelnemer ziet de onderwerpen van de demo, laatste activiteit eerst', async () => {
    const { items } = await json<{ items: DraadKort[] }>(
      await api('GET', `/regelingen/${rkId}/tafel`, { wie: 'raadslid' }),
      200,
    );
    assert.deepEqual(
      items.map((d) => d.titel),
      [
        'Verslag van de regionale raadsledenavond',
        'Onderzoeksagenda 2027: welke onderwerpen dragen wij samen aan?',
      ],
    );
    const notities = await json<{ items: DraadKort[] }>(
      await api('GET', `/regelingen/${rkId}/tafel?soort=notitie`, { wie: 'raadslid2' }),
      200,
    );
    assert.deepEqual(
      notities.items.map((d) => d.soort),
      ['notitie'],
    );
  });

  test('een raadslid begint een gesprek: één transactie, met auditregel buiten de historie van de regeling', async () => {
    let d: Draad | undefined;
    const n = await transacties(async () => {
      const res = await api('POST', `/regelingen/${rkId}/tafel`, {
        wie: 'raadslid',
        body: {
          organisatie: 'GM9902',
          soort: 'gesprek',
          titel: '<b>Jeugdhulp</b> <script>alert(6)</script>',
          tekst: VIJANDIG,
          verwijzingen: [{ titel: 'Jaarverslag', url: 'https://rekenkamer.example/jaarverslag.pdf' }],
        },
      });
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, 'nooit als HTML');
      d = await json<Draad>(res, 201);
      assert.equal(res.headers.get('Location'), `/api/v1/tafel/${d.id}`);
    });
    assert.equal(n, 1, 'één transactie');
    gesprekId = d!.id;
    assert.equal(
      d!.titel,
      '<b>Jeugdhulp</b> <script>alert(6)</script>',
      'de API geeft de tekst zoals geschreven',
    );
    assert.equal(d!.berichten.length, 1);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'tafel_draad'), eq(auditLog.entiteitId, gesprekId)));
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.regelingId, null, 'niet in de historie die elke aangemelde gebruiker leest');
    // Now it is the newest activity.
    const { items } = await json<{ items: DraadKort[] }>(
      await api('GET', `/regelingen/${rkId}/tafel`, { wie: 'raadslid2' }),
      200,
    );
    assert.equal(items[0]!.id, gesprekId);
  });

  test('een raadslid van een andere deelnemer antwoordt; de volger krijgt een melding in Grip, de schrijver niet', async () => {
    const res = await api('POST', `/tafel/${gesprekId}/berichten`, {
      wie: 'raadslid2',
      body: { organisatie: 'GM9907', tekst: 'Gravenpolder doet mee.' },
    });
    const b = await json<Bericht>(res, 201);
    assert.equal(b.volgnummer, 2);
    const roos = (await vindGebruikerOpEmail(db(), accounts.raadslid))!;
    const ruben = (await vindGebruikerOpEmail(db(), accounts.raadslid2))!;
    const voorRoos = await db()
      .select()
      .from(melding)
      .where(and(eq(melding.gebruikerId, roos.id), eq(melding.soort, 'tafel')));
    assert.ok(voorRoos.some((m) => m.link === `/tafel/${gesprekId}#bericht-2` && m.inDigest === null));
    assert.match(voorRoos.at(-1)!.tekst, /^Nieuw bericht van Ruben Raadslid in "/);
    const voorRuben = await db()
      .select()
      .from(melding)
      .where(and(eq(melding.gebruikerId, ruben.id), eq(melding.link, `/tafel/${gesprekId}#bericht-2`)));
    assert.equal(voorRuben.length, 0, 'geen melding van het eigen bericht');
    // No immediate mail: tafel notifications go out in the daily digest.
    const mails = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.aan, accounts.raadslid), isNull(uitgaandeMail.verzonden)));
    assert.ok(!mails.some((m) => m.onderwerp.includes('gedeelde tafel')));
    // Shown in Grip where the notifications are.
    const p = await pagina('/meldingen', 'raadslid');
    assert.match(p.html, /Nieuw bericht van Ruben Raadslid/);
  });

  test('niemand anders leest of schrijft: 401 zonder token, dan 403 voor de tafel en 404 voor een onderwerp', async () => {
    assert.equal((await api('GET', `/regelingen/${rkId}/tafel`)).status, 401);
    assert.equal((await api('GET', `/tafel/${gesprekId}`)).status, 401);
    for (const wie of ['raadslid3', 'beheerder', 'secretariaat', 'toezicht'] as const) {
      assert.equal((await api('GET', `/regelingen/${rkId}/tafel`, { wie })).status, 403, wie);
      const res = await api('GET', `/tafel/${gesprekId}`, { wie });
      assert.equal(res.status, 404, wie);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(
        (
          await api('POST', `/tafel/${gesprekId}/berichten`, {
            wie,
            body: { organisatie: 'GM9903', tekst: 'Mag ik meepraten?' },
          })
        ).status,
        404,
        wie,
      );
      assert.equal(
        (
          await api('POST', `/regelingen/${rkId}/tafel`, {
            wie,
            body: { organisatie: 'GM9903', titel: 'x', tekst: 'y' },
          })
        ).status,
        403,
        wie,
      );
    }
    // Not on behalf of another participant.
    assert.equal(
      (
        await api('POST', `/tafel/${gesprekId}/berichten`, {
          wie: 'raadslid',
          body: { organisatie: 'GM9907', tekst: 'Namens Gravenpolder' },
        })
      ).status,
      403,
    );
  });

  test('een deelnemer die uittreedt, verliest de toegang vanaf de dag van uittreding, en zijn volgers de meldingen', async () => {
    const [gp] = await db()
      .select({ id: organisatie.id })
      .from(organisatie)
      .where(eq(organisatie.code, 'GM9907'));
    const waar = and(eq(deelname.regelingId, rkId), eq(deelname.organisatieId, gp!.id));
    await db().update(deelname).set({ datumUittreding: vandaag() }).where(waar);
    try {
      assert.equal((await api('GET', `/regelingen/${rkId}/tafel`, { wie: 'raadslid2' })).status, 403);
      assert.equal((await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid2' })).status, 404);
      assert.equal((await pagina(`/tafel/${gesprekId}`, 'raadslid2')).status, 404);
      const ruben = (await vindGebruikerOpEmail(db(), accounts.raadslid2))!;
      await json(
        await api('POST', `/tafel/${gesprekId}/berichten`, {
          wie: 'raadslid',
          body: { organisatie: 'GM9902', tekst: 'Jammer dat Gravenpolder vertrekt.' },
        }),
        201,
      );
      const voorRuben = await db()
        .select()
        .from(melding)
        .where(and(eq(melding.gebruikerId, ruben.id), eq(melding.link, `/tafel/${gesprekId}#bericht-3`)));
      assert.equal(voorRuben.length, 0, 'wie niet meer aan tafel zit, hoort er niets meer van');
    } finally {
      await db().update(deelname).set({ datumUittreding: null }).where(waar);
    }
    assert.equal((await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid2' })).status, 200);
  });

  test('ongeldige invoer: problem+json met het veld', async () => {
    const geen = await json<{ invalidParams: { name: string }[] }>(
      await api('POST', `/regelingen/${rkId}/tafel`, {
        wie: 'raadslid',
        body: { organisatie: 'GM9902', titel: '', tekst: 'x' },
      }),
      400,
    );
    assert.ok(geen.invalidParams.some((p) => p.name === 'titel'));
    const link = await json<{ invalidParams: { name: string; reason: string }[] }>(
      await api('POST', `/regelingen/${rkId}/tafel`, {
        wie: 'raadslid',
        body: {
          organisatie: 'GM9902',
          titel: 'Links',
          tekst: 'x',
          verwijzingen: [{ titel: 'Klik', url: 'javascript:alert(1)' }],
        },
      }),
      400,
    );
    assert.ok(
      link.invalidParams.some((p) => p.name.startsWith('verwijzingen')),
      JSON.stringify(link),
    );
    const leeg = await json<{ invalidParams: { name: string }[] }>(
      await api('POST', `/tafel/${gesprekId}/berichten`, {
        wie: 'raadslid',
        body: { organisatie: 'GM9902', tekst: '   ' },
      }),
      400,
    );
    assert.ok(leeg.invalidParams.some((p) => p.name === 'tekst'));
  });
});

describe('een gezamenlijke zienswijze', () => {
  let id = '';
  test('opstellen, ondertekenen als raad (griffie) en als fractie (raadslid), een nieuwe versie, intrekken', async () => {
    const d = await json<Draad>(
      await api('POST', `/regelingen/${rkId}/tafel`, {
        wie: 'raadslid',
        body: {
          organisatie: 'GM9902',
          soort: 'zienswijze',
          titel: 'Zienswijze op de begroting 2027 van de rekenkamer',
          tekst: 'De raden vragen de rekenkamer om **twee** onderzoeken per jaar.',
        },
      }),
      201,
    );
    id = d.id;
    assert.equal(d.versie, 1);
    assert.equal(d.huidigeTekst, 1);
    // The griffie signs for the council; a raadslid cannot sign for the council, only for a faction.
    await json(
      await api('POST', `/tafel/${id}/ondertekeningen`, { wie: 'griffie', body: { organisatie: 'GM9902' } }),
      201,
    );
    assert.equal(
      (
        await api('POST', `/tafel/${id}/ondertekeningen`, {
          wie: 'raadslid',
          body: { organisatie: 'GM9902' },
        })
      ).status,
      403,
    );
    await json(
      await api('POST', `/tafel/${id}/ondertekeningen`, {
        wie: 'raadslid',
        body: { organisatie: 'GM9902', fractie: 'Polderbelang' },
      }),
      201,
    );
    // A reply is not how a draft changes.
    assert.equal(
      (
        await api('POST', `/tafel/${id}/berichten`, {
          wie: 'raadslid2',
          body: { organisatie: 'GM9907', tekst: 'x' },
        })
      ).status,
      409,
    );
    // Gravenpolder writes version 2; an edit from the stale version 1 is refused with 409.
    const v2 = await json<Draad>(
      await api('POST', `/tafel/${id}/tekst`, {
        wie: 'raadslid2',
        body: {
          organisatie: 'GM9907',
          tekst: 'De raden vragen om **drie** onderzoeken per jaar.',
          versie: 1,
        },
      }),
      200,
    );
    assert.equal(v2.versie, 2);
    assert.equal(v2.huidigeTekst, 2);
    const oud = await api('POST', `/tafel/${id}/tekst`, {
      wie: 'raadslid',
      body: { organisatie: 'GM9902', tekst: 'Vier!', versie: 1 },
    });
    assert.equal(oud.status, 409);
    assert.match(oud.headers.get('content-type') ?? '', /problem\+json/);
    // The signatures now rest on an earlier version.
    assert.deepEqual(
      v2.ondertekeningen.map((o) => [o.fractie, o.tekstVolgnummer, o.opHuidigeTekst]),
      [
        [null, 1, false],
        ['Polderbelang', 1, false],
      ],
    );
    // The faction signs again, on version 2.
    const opnieuw = await json<Draad>(
      await api('POST', `/tafel/${id}/ondertekeningen`, {
        wie: 'raadslid',
        body: { organisatie: 'GM9902', fractie: 'Polderbelang' },
      }),
      201,
    );
    const fractie = opnieuw.ondertekeningen.find((o) => o.fractie === 'Polderbelang')!;
    assert.equal(fractie.opHuidigeTekst, true);
    const raad = opnieuw.ondertekeningen.find((o) => o.fractie === null)!;
    // Withdraw: only one's own.
    assert.equal(
      (await api('DELETE', `/tafel/${id}/ondertekeningen/${raad.id}`, { wie: 'raadslid' })).status,
      403,
    );
    assert.equal(
      (await api('DELETE', `/tafel/${id}/ondertekeningen/${fractie.id}`, { wie: 'raadslid' })).status,
      204,
    );
    const na = await json<Draad>(await api('GET', `/tafel/${id}`, { wie: 'raadslid2' }), 200);
    assert.deepEqual(
      na.ondertekeningen.map((o) => o.fractie),
      [null],
    );
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'tafel_ondertekening'), eq(auditLog.entiteitId, fractie.id)))
      .orderBy(asc(auditLog.id));
    assert.deepEqual(
      audit.map((a) => a.actie),
      ['aangemaakt', 'gewijzigd', 'ingetrokken'],
    );
  });

  test('de pagina toont de versie en markeert een ondertekening op een eerdere versie', async () => {
    const p = await pagina(`/tafel/${id}`, 'griffie');
    assert.equal(p.status, 200);
    assert.match(p.html, /Concepttekst, versie 2/);
    assert.match(p.html, /versie 1: een eerdere versie/);
    assert.match(p.html, /<strong>drie<\/strong>/);
  });

  test('op de pagina: tekst wijzigen vanaf een verouderde versie geeft 409 met de reden bij het formulier', async () => {
    const res = await post(
      `/tafel/${id}/tekst`,
      'raadslid',
      { organisatie: '', versie: '1', tekst: 'Vijf!' },
      `/tafel/${id}`,
    );
    assert.equal(res.status, 409, res.html.slice(0, 300));
    assert.match(res.html, /De tekst is intussen door een ander gewijzigd/);
  });
});

describe('melden en verbergen', () => {
  let berichtId = '';
  test('een deelnemer meldt een bericht; de griffie ziet de melding en verbergt het met een reden', async () => {
    const d = await json<Draad>(await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid2' }), 200);
    berichtId = d.berichten[0]!.id;
    await json(
      await api('POST', `/tafel/berichten/${berichtId}/meldingen`, {
        wie: 'raadslid2',
        body: { reden: 'Bevat scripts' },
      }),
      201,
    );
    // The griffie hears of it at once, in Grip and by mail; the mail names the table, not the post.
    const gijs = (await vindGebruikerOpEmail(db(), accounts.griffie))!;
    const [n] = await db()
      .select()
      .from(melding)
      .where(and(eq(melding.gebruikerId, gijs.id), eq(melding.soort, 'moderatie')));
    assert.ok(n, 'een melding voor de griffie');
    assert.match(n.link, new RegExp(`/tafel/${gesprekId}#bericht-`));
    const [mail] = await db()
      .select()
      .from(uitgaandeMail)
      .where(and(eq(uitgaandeMail.aan, accounts.griffie), eq(uitgaandeMail.onderwerp, `Grip: ${n.tekst}`)));
    assert.ok(mail, 'een mail aan de griffie');
    assert.ok(!mail.tekst.includes('kwetterpoldervogel') && !mail.tekst.includes('Bevat scripts'));
    const tafel = await pagina(`/regelingen/${rkId}/tafel`, 'griffie');
    assert.match(tafel.html, /Gemelde berichten/);
    assert.match(tafel.html, /Bevat scripts/);
    assert.ok(!(await pagina(`/regelingen/${rkId}/tafel`, 'raadslid')).html.includes('Bevat scripts'));
    // A raadslid cannot hide; a griffie can.
    assert.equal(
      (
        await api('POST', `/tafel/berichten/${berichtId}/verberging`, {
          wie: 'raadslid',
          body: { reden: 'x' },
        })
      ).status,
      403,
    );
    const b = await json<Bericht>(
      await api('POST', `/tafel/berichten/${berichtId}/verberging`, {
        wie: 'griffie',
        body: { reden: 'in strijd met de omgangsregels' },
      }),
      200,
    );
    assert.equal(b.tekst, null);
    assert.deepEqual(b.verborgen?.reden, 'in strijd met de omgangsregels');
    const api2 = await json<Draad>(await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid' }), 200);
    assert.equal(api2.berichten[0]!.tekst, null, 'zonder tekst, ook voor de schrijver');
    const p = await pagina(`/tafel/${gesprekId}`, 'raadslid2');
    assert.match(p.html, /Verborgen door de griffie \(in strijd met de omgangsregels\)/);
    assert.ok(!p.html.includes('kwetterpoldervogel'), 'de tekst staat niet op de pagina');
    // The audit row keeps the text; the post keeps it in the database.
    const [a] = await db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entiteit, 'tafel_bericht'),
          eq(auditLog.entiteitId, berichtId),
          eq(auditLog.actie, 'verborgen'),
        ),
      );
    assert.ok(a!.wijzigingen.some((w) => w.veld === 'tekst' && w.oud === VIJANDIG));
    const [rij] = await db().select().from(tafelBericht).where(eq(tafelBericht.id, berichtId));
    assert.equal(rij!.tekst, VIJANDIG);
    // The report is settled.
    assert.ok(!(await pagina(`/regelingen/${rkId}/tafel`, 'griffie')).html.includes('Bevat scripts'));
  });

  test('de griffie laat een gemeld bericht staan', async () => {
    const d = await json<Draad>(await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid' }), 200);
    const tweede = d.berichten[1]!.id;
    await post(
      `/tafel/berichten/${tweede}/melding`,
      'raadslid',
      { [`reden-${tweede}`]: 'Te kort' },
      `/tafel/${gesprekId}`,
    );
    const p = await pagina(`/tafel/${gesprekId}`, 'griffie');
    const m = /action="\/tafel\/meldingen\/([0-9a-f-]{36})\/laten-staan"/.exec(p.html);
    assert.ok(m, 'de griffie kan de melding afhandelen');
    const res = await post(`/tafel/meldingen/${m[1]}/laten-staan`, 'griffie', {}, `/tafel/${gesprekId}`);
    assert.equal(res.status, 303);
    const na = await json<Draad>(await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid' }), 200);
    assert.equal(na.berichten[1]!.tekst, 'Gravenpolder doet mee.');
    assert.ok(!(await pagina(`/regelingen/${rkId}/tafel`, 'griffie')).html.includes('Te kort'));
  });
});

describe('de gedeelde tafel op de pagina’s', () => {
  test('vijandige tekst en titels worden onschadelijk getoond', async () => {
    const d = await json<Draad>(
      await api('POST', `/regelingen/${rkId}/tafel`, {
        wie: 'raadslid2',
        body: {
          organisatie: 'GM9907',
          titel: '<i>Schuin</i> "quote" <script>alert(7)</script>',
          tekst: VIJANDIG,
        },
      }),
      201,
    );
    for (const pad of [`/tafel/${d.id}`, `/regelingen/${rkId}/tafel`]) {
      const { html, status } = await pagina(pad, 'raadslid');
      assert.equal(status, 200);
      assert.ok(!/<script>alert/i.test(html), `${pad}: geen script`);
      assert.ok(!/<img[^>]*onerror/i.test(html), `${pad}: geen img met onerror`);
      assert.ok(!/href="javascript:/i.test(html), `${pad}: geen javascript:-link`);
      assert.ok(!/<[a-z][^>]*\son[a-z]+=/i.test(html), `${pad}: geen event-handler`);
      assert.ok(!html.includes('<i>Schuin</i>'), `${pad}: titel ge-escaped`);
      assert.ok(html.includes('&lt;i&gt;Schuin&lt;/i&gt;'), pad);
    }
  });

  test('alleen deelnemers: aanmelden gevraagd, 403 voor de tafel en 404 voor een onderwerp', async () => {
    assert.equal((await pagina(`/regelingen/${rkId}/tafel`)).status, 303);
    assert.equal((await pagina(`/tafel/${gesprekId}`)).status, 303);
    for (const wie of ['raadslid3', 'beheerder', 'secretariaat', 'toezicht'] as const) {
      assert.equal((await pagina(`/regelingen/${rkId}/tafel`, wie)).status, 403, wie);
      const p = await pagina(`/tafel/${gesprekId}`, wie);
      assert.equal(p.status, 404, wie);
      assert.ok(!p.html.includes('Jeugdhulp'), wie);
    }
  });

  test('een gesprek beginnen met het formulier; fouten staan bij het veld', async () => {
    const fout = await post(
      `/regelingen/${rkId}/tafel`,
      'raadslid',
      { soort: 'gesprek', titel: '', tekst: 'Zonder titel', verwijzingen: 'Klik | javascript:alert(1)' },
      `/regelingen/${rkId}/tafel/nieuw`,
    );
    assert.equal(fout.status, 400);
    assert.match(fout.html, /href="#veld-/);
    const goed = await post(
      `/regelingen/${rkId}/tafel`,
      'raadslid',
      {
        soort: 'notitie',
        titel: 'Notitie uit Bremmerdam',
        tekst: 'Ter informatie.',
        verwijzingen: 'Raadsvoorstel | https://bremmerdam.example/rv.pdf',
      },
      `/regelingen/${rkId}/tafel/nieuw`,
    );
    assert.equal(goed.status, 303, goed.html.slice(0, 300));
    const pad = goed.headers.get('Location')!;
    const p = await pagina(pad.replace(/\?.*$/, ''), 'raadslid2');
    assert.match(p.html, /Notitie uit Bremmerdam/);
    assert.match(p.html, /href="https:\/\/bremmerdam\.example\/rv\.pdf"/);
  });

  test('"nieuw" volgt de gebruiker, niet de browser: een ander apparaat ziet wat sinds het vorige bezoek kwam', async () => {
    const ruben = (await vindGebruikerOpEmail(db(), accounts.raadslid2))!;
    assert.equal((await pagina(`/regelingen/${rkId}/tafel`, 'raadslid2')).status, 200);
    const waar = and(eq(bezoek.gebruikerId, ruben.id), eq(bezoek.plek, `tafel:${rkId}`));
    assert.equal((await db().select().from(bezoek).where(waar)).length, 1, 'het bezoek staat in de database');
    // That visit ended two hours ago; since then Bremmerdam wrote in the conversation.
    await db()
      .update(bezoek)
      .set({
        sinds: new Date(Date.now() - 3 * 3600_000),
        laatste: new Date(Date.now() - 2 * 3600_000),
        bekend: true,
      })
      .where(waar);
    await json(
      await api('POST', `/tafel/${gesprekId}/berichten`, {
        wie: 'raadslid',
        body: { organisatie: 'GM9902', tekst: 'Bremmerdam vult aan.' },
      }),
      201,
    );
    // Another device: a new session, no cookie of the earlier visit.
    const sessie = nieuwToken();
    await maakSessie(db(), sha256(sessie), ruben.id, new Date(Date.now() + 3600_000));
    const res = await grip.app.request(`/regelingen/${rkId}/tafel`, {
      headers: { cookie: `grip_sessie=${sessie}` },
    });
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, /sinds uw vorige bezoek/);
    const rij = new RegExp(`href="/tafel/${gesprekId}">[^<]*</a> <strong class="grip-label">Nieuw</strong>`);
    assert.match(html, rij);
    assert.equal(res.headers.get('set-cookie'), null, 'geen cookie meer nodig');
  });

  test('volgen en niet meer volgen', async () => {
    const p1 = await post(`/tafel/${gesprekId}/volgen`, 'raadslid2', { aan: '0' }, `/tafel/${gesprekId}`);
    assert.equal(p1.status, 303);
    assert.match((await pagina(`/tafel/${gesprekId}`, 'raadslid2')).html, /U volgt dit onderwerp niet/);
    const p2 = await post(`/tafel/${gesprekId}/volgen`, 'raadslid2', { aan: '1' }, `/tafel/${gesprekId}`);
    assert.equal(p2.status, 303);
    assert.match((await pagina(`/tafel/${gesprekId}`, 'raadslid2')).html, /U volgt dit onderwerp:/);
  });

  test('de auteur sluit een onderwerp; daarna kan er niets meer bij, tot de griffie het weer opent', async () => {
    // Someone else at the table (not the author, no griffie) may not close it.
    assert.doesNotMatch((await pagina(`/tafel/${gesprekId}`, 'raadslid2')).html, /Onderwerp sluiten/);
    const weg = await post(`/tafel/${gesprekId}/sluiten`, 'raadslid2', { dicht: '1' }, `/tafel/${gesprekId}`);
    assert.equal(weg.status, 403);
    const apiWeg = await api('POST', `/tafel/${gesprekId}/sluiting`, {
      wie: 'raadslid2',
      body: { gesloten: true },
    });
    assert.equal(apiWeg.status, 403);

    const dicht = await post(
      `/tafel/${gesprekId}/sluiten`,
      'raadslid',
      { dicht: '1' },
      `/tafel/${gesprekId}`,
    );
    assert.equal(dicht.status, 303);
    const p = await pagina(`/tafel/${gesprekId}`, 'raadslid2');
    assert.match(p.html, /Dit onderwerp is gesloten sinds/);
    assert.doesNotMatch(p.html, /id="reageren"/, 'geen reactieformulier meer');
    const reactie = await api('POST', `/tafel/${gesprekId}/berichten`, {
      wie: 'raadslid2',
      body: { organisatie: 'GM9907', tekst: 'Nog één ding.' },
    });
    assert.equal((await json<{ code: string }>(reactie, 409)).code, 'gesloten');
    const draad = await json<Draad & { gesloten: boolean }>(
      await api('GET', `/tafel/${gesprekId}`, { wie: 'raadslid2' }),
      200,
    );
    assert.equal(draad.gesloten, true);

    // A griffie at the table opens it again, through the API.
    const open = await json<Draad & { gesloten: boolean }>(
      await api('POST', `/tafel/${gesprekId}/sluiting`, { wie: 'griffie', body: { gesloten: false } }),
      200,
    );
    assert.equal(open.gesloten, false);
    assert.match((await pagina(`/tafel/${gesprekId}`, 'raadslid2')).html, /id="reageren"/);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entiteit, 'tafel_draad'), eq(auditLog.entiteitId, gesprekId)))
      .orderBy(asc(auditLog.id));
    assert.deepEqual(
      audit.flatMap((a) => a.wijzigingen.filter((w) => w.veld === 'gesloten').map((w) => w.nieuw)),
      [true, false],
    );
  });

  test('de regeling en Mijn regelingen wijzen de weg naar de tafel, alleen voor wie aan tafel zit', async () => {
    const link = `href="/regelingen/${rkId}/tafel"`;
    assert.ok((await pagina(`/regelingen/${rkId}`, 'raadslid')).html.includes(link));
    assert.ok((await pagina('/mijn-regelingen', 'raadslid')).html.includes(link));
    assert.ok(!(await pagina(`/regelingen/${rkId}`, 'raadslid3')).html.includes(link));
    assert.ok(!(await pagina(`/regelingen/${rkId}`)).html.includes(link));
    assert.ok(!(await pagina(`/regelingen/${rkId}`, 'beheerder')).html.includes(link));
  });
});

describe('niets van de tafel buiten de tafel', () => {
  test('het zoeken in het register vindt geen woord uit een bericht', async () => {
    const { items } = await json<{ items: unknown[] }>(
      await api('GET', '/regelingen?q=kwetterpoldervogel'),
      200,
    );
    assert.equal(items.length, 0);
    const p = await pagina('/regelingen?q=kwetterpoldervogel', 'raadslid');
    assert.match(p.html, /0 regelingen gevonden/);
    const ook = await pagina('/regelingen?q=Jeugdhulp');
    assert.ok(!ook.html.includes('Jeugdhulp</'), 'geen titel van een onderwerp');
  });

  test('de historie van de regeling (voor elke aangemelde gebruiker) toont niets van de tafel', async () => {
    const h = await json<{ items: { entiteit: string }[] }>(
      await api('GET', `/regelingen/${rkId}/historie`, { wie: 'toezicht' }),
      200,
    );
    assert.ok(!h.items.some((i) => i.entiteit.startsWith('tafel')));
    const p = await pagina(`/regelingen/${rkId}`, 'raadslid3');
    assert.ok(!p.html.includes('kwetterpoldervogel'));
    assert.ok(!p.html.includes('Onderzoeksagenda 2027'));
  });
});

describe('het dagelijkse overzicht per mail', () => {
  test('de taak zet één mail per gebruiker klaar met de meldingen die nog niet gemaild zijn, en nooit twee keer', async () => {
    const roos = (await vindGebruikerOpEmail(db(), accounts.raadslid))!;
    const open = await db()
      .select()
      .from(melding)
      .where(and(eq(melding.gebruikerId, roos.id), eq(melding.soort, 'tafel'), isNull(melding.inDigest)));
    assert.ok(open.length > 0);
    await grip.jobs!.enqueue(db(), TAFEL_DIGEST, {});
    // The worker picks the job up at its next poll; wait for its mail (no time limit: a job that never runs
    // leaves this test waiting, which the runner reports).
    let mails: (typeof uitgaandeMail.$inferSelect)[] = [];
    for (;;) {
      mails = (
        await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, accounts.raadslid))
      ).filter((m) => m.onderwerp.includes('aan de gedeelde tafel'));
      if (mails.length > 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(mails.length, 1, 'één mail');
    assert.match(mails[0]!.tekst, /^Beste Roos Raadslid,/);
    assert.match(
      mails[0]!.tekst,
      /- Regionale Rekenkamer Polderland: (één nieuw bericht|\d+ nieuwe berichten)\n {2}http:\/\/localhost:3000\/tafel\//,
    );
    assert.ok(mails[0]!.tekst.includes(`/tafel/${gesprekId}#bericht-2`));
    // The mail leaves the closed table (and waits in the beheerder's outbox): no titles, names or texts.
    assert.ok(!mails[0]!.tekst.includes('Jeugdhulp'));
    assert.ok(!mails[0]!.tekst.includes('Ruben'));
    assert.ok(!mails[0]!.tekst.includes('Gravenpolder doet mee'));
    const gemarkeerd = await db()
      .select()
      .from(melding)
      .where(
        inArray(
          melding.id,
          open.map((m) => m.id),
        ),
      );
    assert.ok(
      gemarkeerd.every((m) => m.inDigest !== null),
      'in_digest gezet',
    );
    // A second run sends nothing.
    assert.equal((await verstuurTafelDigest(db(), { baseUrl: 'http://localhost:3000' })).mails, 0);
    // A new post: the next digest has only that one.
    await json(
      await api('POST', `/tafel/${gesprekId}/berichten`, {
        wie: 'raadslid2',
        body: { organisatie: 'GM9907', tekst: 'Nog een gedachte.' },
      }),
      201,
    );
    const r = await verstuurTafelDigest(db(), { baseUrl: 'http://localhost:3000' });
    assert.ok(r.mails >= 1);
    const nieuw = (
      await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, accounts.raadslid))
    ).filter((m) => m.onderwerp.includes('aan de gedeelde tafel'));
    assert.equal(nieuw.length, 2);
    const laatste = nieuw.find((m) => m.id !== mails[0]!.id)!;
    assert.match(laatste.onderwerp, /één nieuw bericht/);
  });
  test('wie het overzicht uitzet, krijgt geen mail; de meldingen blijven in Grip, en aanzetten stuurt geen achterstand', async () => {
    const tafelMails = async () =>
      (await db().select().from(uitgaandeMail).where(eq(uitgaandeMail.aan, accounts.raadslid))).filter((m) =>
        m.onderwerp.includes('aan de gedeelde tafel'),
      ).length;
    const uit = await post('/meldingen/mail', 'raadslid', { tafelDigest: '0' }, '/meldingen');
    assert.equal(uit.status, 303);
    assert.match((await pagina('/meldingen', 'raadslid')).html, /U krijgt geen dagelijks overzicht per mail/);
    const voor = await tafelMails();
    await json(
      await api('POST', `/tafel/${gesprekId}/berichten`, {
        wie: 'raadslid2',
        body: { organisatie: 'GM9907', tekst: 'Nog een laatste gedachte.' },
      }),
      201,
    );
    await verstuurTafelDigest(db(), { baseUrl: 'http://localhost:3000' });
    assert.equal(await tafelMails(), voor, 'geen mail');
    assert.match(
      (await pagina('/meldingen', 'raadslid')).html,
      /Nieuw bericht van Ruben Raadslid/,
      'wel in Grip',
    );
    const aan = await post('/meldingen/mail', 'raadslid', { tafelDigest: '1' }, '/meldingen');
    assert.equal(aan.status, 303);
    await verstuurTafelDigest(db(), { baseUrl: 'http://localhost:3000' });
    assert.equal(await tafelMails(), voor, 'geen achterstand na het weer aanzetten');
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entiteit, 'mail_voorkeur'))
      .orderBy(asc(auditLog.id));
    assert.deepEqual(
      audit.map((a) => a.wijzigingen[0]!.nieuw),
      [false, true],
    );
  });
});
