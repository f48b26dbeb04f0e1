import { bevinding, type Bevinding } from './bevinding';
import type { Bestuursorgaan, RegelingType, Vorm } from './types';

export interface VormInput {
  vorm: Vorm;
  type: RegelingType;
  deelnames: { id: string; organisatieSoort: string; dienstverlenend: boolean }[];
  /** The organs of the regeling's own bestuur that have members. */
  bestuursorganen: Bestuursorgaan[];
}

/** Per form: the organs the law gives it, and the article that says so; null for an unknown form. */
const organenPerVorm: Record<Vorm, { organen: Bestuursorgaan[]; artikel: string } | null> = {
  openbaar_lichaam: { organen: ['ab', 'db', 'voorzitter'], artikel: 'Wgr art. 12 lid 1' },
  gemeenschappelijk_orgaan: { organen: ['bestuur'], artikel: 'Wgr art. 8 lid 2, art. 15' },
  bedrijfsvoeringsorganisatie: { organen: ['bestuur'], artikel: 'Wgr art. 8 lid 3, art. 14a' },
  centrumgemeente: { organen: [], artikel: 'Wgr art. 8 lid 4' },
  regeling_zonder_meer: { organen: [], artikel: 'Wgr art. 1, art. 8' },
  onbekend: null,
};

/**
 * Checks that the form of cooperation fits the participants and the organs:
 * - at least two participants ('twee of meer', Wgr art. 1 lid 1) — 'te_weinig_deelnemers';
 * - a bedrijfsvoeringsorganisatie only in a collegeregeling (art. 8 lid 3) — 'bvo_geen_collegeregeling'
 *   (not reported while the type is 'onbekend');
 * - a centrumgemeente names exactly one serving participant (art. 8 lid 4) —
 *   'centrumgemeente_aantal_dienstverlenend', and that participant is a gemeente —
 *   'centrumgemeente_dienstverlener_geen_gemeente'; a serving participant in another form —
 *   'dienstverlenend_buiten_centrumgemeente';
 * - an openbaar lichaam has AB, DB and voorzitter (art. 12 lid 1), a gemeenschappelijk orgaan and a
 *   bedrijfsvoeringsorganisatie one bestuur (art. 15, 14a); a centrumgemeente and a regeling zonder meer
 *   have no bestuur of their own (art. 8 lid 4, art. 1). A prescribed organ without members gives
 *   'orgaan_zonder_leden' (waarschuwing: often the data is just incomplete); an organ the form does not
 *   have gives 'orgaan_past_niet_bij_vorm' (fout). A 'voorzitter' of the one bestuur of a GO or BVO
 *   is tolerated: the law neither requires nor forbids a chair there.
 * With an unknown form ('onbekend', an imported regeling whose source does not say) only the number of
 * participants is checked.
 */
export function controleerVorm(input: VormInput): Bevinding[] {
  const { vorm, type, deelnames } = input;
  const uit: Bevinding[] = [];

  if (deelnames.length < 2) {
    uit.push(bevinding('te_weinig_deelnemers', 'fout', 'Wgr art. 1 lid 1', { aantal: deelnames.length }));
  }

  if (vorm === 'bedrijfsvoeringsorganisatie' && type !== 'collegeregeling' && type !== 'onbekend') {
    uit.push(bevinding('bvo_geen_collegeregeling', 'fout', 'Wgr art. 8 lid 3', { type }));
  }

  const dienstverleners = deelnames.filter((d) => d.dienstverlenend);
  if (vorm === 'centrumgemeente') {
    const [enige] = dienstverleners;
    if (dienstverleners.length !== 1 || !enige) {
      uit.push(
        bevinding('centrumgemeente_aantal_dienstverlenend', 'fout', 'Wgr art. 8 lid 4', {
          aantal: dienstverleners.length,
        }),
      );
    } else if (enige.organisatieSoort !== 'gemeente') {
      uit.push(
        bevinding('centrumgemeente_dienstverlener_geen_gemeente', 'fout', 'Wgr art. 8 lid 4', {
          deelnameId: enige.id,
          organisatieSoort: enige.organisatieSoort,
        }),
      );
    }
  } else if (vorm !== 'onbekend') {
    for (const d of dienstverleners) {
      uit.push(
        bevinding('dienstverlenend_buiten_centrumgemeente', 'waarschuwing', 'Wgr art. 8 lid 4', {
          deelnameId: d.id,
          vorm,
        }),
      );
    }
  }

  const perVorm = organenPerVorm[vorm];
  if (!perVorm) return uit;
  const { organen, artikel } = perVorm;
  const aanwezig = new Set(input.bestuursorganen);
  for (const orgaan of organen) {
    if (!aanwezig.has(orgaan))
      uit.push(bevinding('orgaan_zonder_leden', 'waarschuwing', artikel, { orgaan }));
  }
  const getolereerd = organen.includes('bestuur') ? ['voorzitter'] : [];
  for (const orgaan of aanwezig) {
    if (!organen.includes(orgaan) && !getolereerd.includes(orgaan)) {
      uit.push(bevinding('orgaan_past_niet_bij_vorm', 'fout', artikel, { orgaan, vorm }));
    }
  }
  return uit;
}
