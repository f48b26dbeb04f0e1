/**
 * Story: someone at the griffie of Aldewolde opens the organisation, goes to the calendar with every
 * deadline, filters it to one regeling, opens a month, and reads how to subscribe in their agenda.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, bezoek, type E2E, startE2E } from './browser';

const GGD = 'Gemeenschappelijke regeling GGD Polderland';

describe('De griffie abonneert zich op de kalender met termijnen', () => {
  let e: E2E;
  before(async () => {
    e = await startE2E();
  });
  after(async () => {
    await e.close();
  });

  it('opent Aldewolde en gaat naar de kalender', async () => {
    await bezoek(e, '/organisaties/GM9901');
    await e.page.getByRole('link', { name: 'Kalender met alle termijnen' }).click();
    await e.page.waitForURL(/\/organisaties\/GM9901\/kalender$/);
    await axe(e);
    assert.equal(await e.page.getByRole('heading', { level: 1 }).innerText(), 'Termijnen van Aldewolde');
    assert.ok(await e.page.getByRole('table', { name: /^Termijnen van Aldewolde/ }).isVisible());
    assert.ok(await e.page.getByRole('table', { name: /^Termijnen in .+, per week$/ }).isVisible());
  });

  it('filtert op één regeling', async () => {
    await e.page.getByLabel('Regeling', { exact: true }).selectOption({ label: GGD });
    await e.page.getByLabel('Periode van de lijst').selectOption('alles');
    await e.page.getByRole('button', { name: 'Filteren' }).click();
    await e.page.waitForURL(/regeling=[0-9a-f-]{36}/);
    await axe(e);
    const lijst = e.page.getByRole('table', { name: /^Termijnen van Aldewolde/ });
    const rijen = lijst.locator('tbody tr');
    assert.ok((await rijen.count()) > 0);
    for (const tekst of await rijen.allInnerTexts()) assert.ok(tekst.includes(GGD), tekst);
    assert.match(await e.page.getByRole('status').innerText(), /termijn/);
  });

  it('opent juli 2026 en bladert naar de volgende maand', async () => {
    await e.page.getByLabel('Maand in het maandoverzicht').fill('2026-07');
    await e.page.getByRole('button', { name: 'Filteren' }).click();
    await e.page.waitForURL(/maand=2026-07/);
    await axe(e);
    const maand = e.page.getByRole('table', { name: 'Termijnen in juli 2026, per week' });
    // The AB of the GGD adopts the begroting 2027 on Thursday 2 July 2026.
    const dag = maand.locator('td', { has: e.page.locator('time[datetime="2026-07-02"]') });
    assert.match(await dag.innerText(), /Vaststelling van de begroting/);
    assert.doesNotMatch(await maand.innerText(), /Veiligheidsregio/, 'het filter geldt ook hier');
    await e.page.getByRole('link', { name: 'Volgende maand (augustus 2026)' }).click();
    await e.page.waitForURL(/maand=2026-08#maandoverzicht$/);
    await axe(e);
    assert.ok(await e.page.getByRole('table', { name: 'Termijnen in augustus 2026, per week' }).isVisible());
    assert.match(e.page.url(), /regeling=[0-9a-f-]{36}/, 'de filters blijven staan');
  });

  it('leest hoe abonneren werkt, met het volledige adres, en het adres geeft een agenda', async () => {
    await e.page.getByRole('link', { name: 'abonneren in uw agenda' }).click();
    const sectie = e.page.locator('section', {
      has: e.page.getByRole('heading', { name: 'Abonneren in uw agenda' }),
    });
    const tekst = await sectie.innerText();
    const adres = `${e.url}/kalender/organisaties/GM9901.ics`;
    assert.ok(tekst.includes(adres), 'het volledige adres staat erbij');
    for (const agenda of ['Outlook op het web', 'Outlook op de computer', 'Google Agenda', 'Apple Agenda'])
      assert.ok(tekst.includes(agenda), agenda);
    await axe(e);
    const res = await e.page.request.get(adres);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'text/calendar; charset=utf-8');
    assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:Termijnen Aldewolde/);
  });
});
