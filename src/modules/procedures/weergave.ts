/**
 * The read model of one procedure, for the API and the pages alike. `volledig` (the regeling's own
 * people and its participants') shows everything; otherwise only what is public: a procedure once
 * sent, the documents marked public, the zienswijzen once sent, the board's responses once it has
 * answered them all, and the decision. A concept is not visible to the public at all.
 */
import { dagenTot, type ProcedureStatus } from './domain/levenscyclus';
import { regelsVan } from './service';
import {
  documentenVan,
  procedureRij,
  verzoekenVan,
  type DocumentMeta,
  type VerzoekMetOrganisatie,
} from './store';
import type { DbOrTx } from '../../platform/db/client';
import { regelingRij } from '../regelingen/store';

const REACTIE_OPENBAAR: readonly ProcedureStatus[] = ['reactie_bestuur', 'besloten', 'afgesloten'];

function verzoekWeergave(
  v: VerzoekMetOrganisatie,
  status: ProcedureStatus,
  volledig: boolean,
  vandaag: string,
) {
  const open = !['verzonden', 'geen_zienswijze'].includes(v.status) && v.vraag !== 'eigen_besluit';
  const dagen = open ? dagenTot(v.uiterlijk, vandaag) : null;
  const zienswijze =
    v.status === 'verzonden'
      ? {
          verzondenOp: v.zienswijzeVerzondenOp,
          strekking: v.strekking,
          tekst: v.zienswijzeTekst,
          teLaat: v.teLaat,
        }
      : null;
  const reactie =
    v.reactieBestuur !== null && (volledig || REACTIE_OPENBAAR.includes(status))
      ? { tekst: v.reactieBestuur, datum: v.reactieBestuurOp }
      : null;
  const basis = {
    organisatie: {
      id: v.organisatie.id,
      code: v.organisatie.code,
      naam: v.organisatie.naam,
      tooiUri: v.organisatie.tooiUri,
    },
    aan: v.aan,
    vraag: v.vraag,
    regelStatus: v.regelStatus,
    artikel: v.artikel,
    status: v.status,
    uiterlijk: v.uiterlijk,
    dagenTotUiterlijk: dagen,
    verlopen: dagen !== null && dagen < 0,
    zienswijze,
    geenZienswijzeOp: v.geenZienswijzeOp,
    toestemming: v.toestemming,
    weigeringsgrond: v.weigeringsgrond,
    reactieBestuur: reactie,
  };
  if (!volledig) return { ...basis, intern: null };
  return {
    ...basis,
    intern: {
      ontvangenOp: v.ontvangenOp,
      commissieDatum: v.commissieDatum,
      raadsDatum: v.raadsDatum,
      raadsbesluitDatum: v.raadsbesluitDatum,
      stemmenVoor: v.stemmenVoor,
      stemmenTegen: v.stemmenTegen,
      termijn: {
        grondslag: v.termijnGrondslag,
        berekening: v.berekening,
        waarschuwingen: v.termijnWaarschuwingen,
      },
    },
  };
}
export type VerzoekWeergave = ReturnType<typeof verzoekWeergave>;

const documentWeergave = (d: DocumentMeta, verzoeken: VerzoekMetOrganisatie[]) => ({
  id: d.id,
  soort: d.soort,
  titel: d.titel,
  bestandsnaam: d.bestandsnaam,
  mediatype: d.mediatype,
  grootte: d.grootte,
  sha256: d.sha256,
  datum: d.datum,
  uitgever: d.uitgever,
  openbaar: d.openbaar,
  organisatieCode: d.verzoekId
    ? (verzoeken.find((v) => v.id === d.verzoekId)?.organisatie.code ?? null)
    : null,
  verzoekOrganisatieId: d.verzoekId
    ? (verzoeken.find((v) => v.id === d.verzoekId)?.organisatieId ?? null)
    : null,
  url: `/api/v1/documenten/${d.id}/inhoud`,
});
export type DocumentWeergave = ReturnType<typeof documentWeergave>;

/** The procedure as its readers see it, or null when it does not exist or is not visible to them. */
export async function procedureWeergave(db: DbOrTx, id: string, volledig: boolean, vandaag: string) {
  const p = await procedureRij(db, id);
  if (!p || (!volledig && p.status === 'concept')) return null;
  const [r, verzoeken, documenten] = await Promise.all([
    regelingRij(db, p.regelingId),
    verzoekenVan(db, id),
    documentenVan(db, id),
  ]);
  const regels = regelsVan(p);
  return {
    id: p.id,
    regeling: { id: p.regelingId, naam: r!.naam, vorm: r!.vorm },
    soort: p.soort,
    titel: p.titel,
    omschrijving: p.omschrijving,
    status: p.status,
    begrotingsjaar: p.begrotingsjaar,
    artikel: regels.artikel,
    reactievorm: regels.reactievorm,
    reactieBestuurVerplicht: regels.reactieBestuur?.artikel ?? null,
    toestemmingVereist: regels.toestemming?.artikel ?? null,
    betrokkenOrganisatieId: p.betrokkenOrganisatieId,
    vrijgesteldeCategorie: p.vrijgesteldeCategorie,
    geplandeBesluitdatum: p.geplandeBesluitdatum,
    termijnDuur: p.termijnDuur,
    atwVanToepassing: p.atwVanToepassing,
    afgesprokenUiterlijk: p.afgesprokenUiterlijk,
    verzondenOp: p.verzondenOp,
    besluit: p.besluitDatum
      ? { datum: p.besluitDatum, referentie: p.besluitReferentie, toelichting: p.besluitToelichting }
      : null,
    afgeslotenOp: p.afgeslotenOp,
    ingetrokkenOp: p.ingetrokkenOp,
    intrekkingReden: p.intrekkingReden,
    versie: p.versie,
    verzoeken: verzoeken.map((v) => verzoekWeergave(v, p.status, volledig, vandaag)),
    documenten: documenten.filter((d) => volledig || d.openbaar).map((d) => documentWeergave(d, verzoeken)),
  };
}
export type ProcedureWeergave = NonNullable<Awaited<ReturnType<typeof procedureWeergave>>>;
