/** The Dutch summary the CLI prints after a landschap import. Pure. */
import { ANDERE_BRON_INFO, BRON_INFO } from './bron-info';
import type { PlanResultaat, Telling } from './import-regelingen';
import type { OpengrResultaat } from './import-opengr';
import type { CbsInwonersResultaat } from './import-cbs-inwoners';
import type { GrenzenResultaat } from './import-grenzen';
import type { RegioatlasResultaat } from './import-regioatlas';
import type { RooPolderResultaat } from './import-roo-polder';

const n = (x: number) => x.toLocaleString('nl-NL');
const t = (x: Telling) => `${n(x.nieuw)} nieuw, ${n(x.gewijzigd)} gewijzigd, ${n(x.ongewijzigd)} ongewijzigd`;

const KOPPELING: Record<string, string> = {
  tooi: 'op TOOI-URI',
  'cbs-code': 'op CBS-code',
  'roo-id': 'op ROO-id',
  naam: 'op naam',
  opvolger: 'via de opvolgertabel',
  'naam-zonder-provincie': 'op naam zonder provincie-achtervoegsel',
};

function gemeenschappelijk(r: PlanResultaat): string[] {
  const b = r.bronrijen;
  const per = Object.entries(b.perKoppeling)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${n(v)} ${KOPPELING[k] ?? k}`)
    .join(', ');
  const d = r.deelnames;
  return [
    `  deelnemers in de bron: ${n(b.totaal)} rijen: ${n(b.gekoppeld)} gekoppeld${per ? ` (${per})` : ''}, ${n(b.nietGekoppeld)} niet gekoppeld (bewaard met hun naam), ${n(b.samengevoegd)} samengevoegd met een eerdere rij voor dezelfde deelnemer`,
    `  deelnames in Grip: ${n(d.totaal)} (${n(d.nieuw)} nieuw, ${n(d.gewijzigd)} gewijzigd, ${n(d.verwijderd)} verwijderd, ${n(d.ongewijzigd)} ongewijzigd)`,
  ];
}

function slot(r: PlanResultaat, licentie: string): string[] {
  return [
    `  licentie: ${licentie}`,
    r.bronImport === 'ongewijzigd'
      ? 'Niets veranderd: de database had deze stand al.'
      : `Herkomst vastgelegd (${r.bronImport === 'nieuw' ? 'nieuwe import' : 'import bijgewerkt'}).`,
  ];
}

export function samenvattingRooPolder(
  r: RooPolderResultaat,
  bestand: string,
  bron: 'roo-polder' | 'roo' = 'roo-polder',
): string[] {
  const info = BRON_INFO[bron];
  const o = r.organisaties;
  return [
    `Ingelezen: ${info.kort}, peildatum ${r.peildatum}, uit ${bestand}`,
    `  regelingen: ${n(r.tellingen.regelingen ?? 0)} (${t(r.regelingen)}${r.regelingen.nietMeerInBron ? `; ${n(r.regelingen.nietMeerInBron)} niet meer in de bron, blijven staan` : ''}); ${n(r.inWerking.regelingen)} in werking op ${r.peildatum}`,
    ...gemeenschappelijk(r),
    `  in werking op ${r.peildatum}: ${n(r.inWerking.bronrijen)} deelnemers, waarvan ${n(r.inWerking.gekoppeld)} gekoppeld en ${n(r.inWerking.nietGekoppeld)} niet gekoppeld`,
    `  organisaties in de bron: ${n(o.totaal)} (${n(o.nieuw)} nieuw, ${n(o.gewijzigd)} aangevuld met een code of id, ${n(o.ongewijzigd)} al bekend)`,
    ...(o.conflicten.length
      ? [
          `  ${n(o.conflicten.length)} code(s) of id('s) niet overgenomen omdat ze in Grip al bij een andere organisatie horen:`,
          ...o.conflicten.slice(0, 10).map((c) => `    - ${c}`),
          ...(o.conflicten.length > 10 ? [`    - en ${n(o.conflicten.length - 10)} meer`] : []),
        ]
      : []),
    ...slot(r, info.licentie),
  ];
}

export function samenvattingOpengr(
  r: OpengrResultaat,
  bestand: string,
  opvolgersBestand: string | null,
): string[] {
  const info = BRON_INFO.opengr;
  return [
    `Ingelezen: ${info.kort}, peildatum ${r.peildatum} (${info.toelichting}), uit ${bestand}`,
    `  regelingen: ${n(r.tellingen.regelingen ?? 0)} (${t(r.regelingen)}${r.regelingen.nietMeerInBron ? `; ${n(r.regelingen.nietMeerInBron)} niet meer in de bron, blijven staan` : ''})`,
    ...gemeenschappelijk(r),
    opvolgersBestand
      ? `  opvolgertabel: ${opvolgersBestand}, ${n(r.opvolgers)} opgeheven gemeenten (licentie CC BY-NC-SA 4.0: niet-commercieel)`
      : '  geen opvolgertabel: opgeheven gemeenten blijven ongekoppeld (geef --opvolgers <csv>)',
    ...slot(r, info.licentie),
  ];
}

/** The last line: whether the run changed the database. */
const veranderd = (b: 'nieuw' | 'gewijzigd' | 'ongewijzigd') =>
  b === 'ongewijzigd'
    ? 'Niets veranderd: de database had deze stand al.'
    : `Herkomst vastgelegd (${b === 'nieuw' ? 'nieuwe import' : 'import bijgewerkt'}).`;

export function samenvattingRegioatlas(r: RegioatlasResultaat, bestand: string): string[] {
  const info = ANDERE_BRON_INFO.regioatlas;
  const l = r.leden;
  return [
    `Ingelezen: ${info.kort}, peildatum ${r.peildatum}, uit ${bestand}`,
    `  regio’s: ${n(r.regios.totaal)} in ${n(Object.keys(r.perIndeling).length)} indelingen (${t(r.regios)}, ${n(r.regios.verwijderd)} verwijderd)`,
    `  gemeenten in regio’s: ${n(l.totaal)} (${t(l)}, ${n(l.verwijderd)} verwijderd): ${n(l.gekoppeld)} gekoppeld op CBS-code, ${n(l.nietGekoppeld)} niet gekoppeld (${n(r.nietGekoppeldeGemeenten)} gemeentecodes zonder gemeente in Grip, bewaard met code en naam)`,
    '  per indeling (regio’s, gemeenten, gekoppeld):',
    ...Object.entries(r.perIndeling)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, x]) => `    ${k}: ${n(x.regios)}, ${n(x.leden)}, ${n(x.gekoppeld)}`),
    `  licentie: ${info.licentie}`,
    veranderd(r.bronImport),
  ];
}

const SOORT_MEERVOUD: Record<string, string> = {
  gemeente: 'gemeenten',
  provincie: 'provincies',
  veiligheidsregio: 'veiligheidsregio’s',
};

export function samenvattingGrenzen(r: GrenzenResultaat, bestand: string): string[] {
  const info = ANDERE_BRON_INFO.grenzen;
  const per = Object.entries(r.grenzen.perSoort)
    .map(([s, x]) => `${n(x)} ${SOORT_MEERVOUD[s] ?? s}`)
    .join(', ');
  return [
    `Ingelezen: ${info.kort}, peildatum ${r.peildatum}, uit ${bestand}`,
    `  grenzen: ${n(r.grenzen.totaal)} (${per}; ${t(r.grenzen)})`,
    `  coördinatenstelsel: ${r.coordinatenstelsel === 'RD' ? 'RD New (meters), omgezet naar WGS84 (lengte, breedte)' : 'WGS84 (lengte, breedte)'}; ${n(r.punten.voor)} punten verkleind tot ${n(r.punten.na)}`,
    ...(r.zonderNaam.length
      ? [`  zonder naam in de bron of in Grip (naam = code): ${r.zonderNaam.join(', ')}`]
      : []),
    ...r.overgeslagen.map((o) => `  overgeslagen: ${o.pad} (${o.reden})`),
    `  licentie: ${info.licentie}`,
    veranderd(r.bronImport),
  ];
}

export function samenvattingCbs(r: CbsInwonersResultaat, bestand: string): string[] {
  const info = ANDERE_BRON_INFO.cbs;
  const i = r.inwonertallen;
  return [
    `Ingelezen: ${info.kort}, peildatum ${r.peildatum}, uit ${bestand}`,
    `  bron per inwonertal: ${r.bron}`,
    `  inwonertallen: ${n(i.totaal)} van ${n(r.gemeenten)} gemeenten op ${r.peildata.length === 1 ? r.peildata[0] : `${n(r.peildata.length)} peildata (${r.peildata[0]} tot en met ${r.peildatum})`} (${t(i)})`,
    ...(r.nietInGrip.length
      ? [
          `  ${n(r.nietInGrip.length)} gemeentecode(s) zonder gemeente in Grip, niet ingelezen: ${r.nietInGrip.slice(0, 10).join(', ')}${r.nietInGrip.length > 10 ? ' …' : ''}`,
        ]
      : []),
    ...(r.zonderWaarde ? [`  ${n(r.zonderWaarde)} gemeente(n) zonder waarde in het antwoord`] : []),
    ...(r.andereRegios
      ? [`  ${n(r.andereRegios)} rijen van andere regio’s (land, provincies, …) overgeslagen`]
      : []),
    `  licentie: ${info.licentie}`,
    veranderd(r.bronImport),
  ];
}
