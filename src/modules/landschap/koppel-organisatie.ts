/**
 * Links a provincie or waterschap as a source names it ("Provincie Zeeland", "Waterschap Hunze en Aa's",
 * "Hoogheemraadschap van Rijnland") to an organisation of that kind by its name. Pure.
 *
 * Names are compared with `vergelijkNaam` (case, white space, accents, apostrophes), without the word
 * that names the kind ("Provincie", "Waterschap", "Hoogheemraadschap", "Wetterskip") and a following "van":
 * CBS writes "Zeeland", Polder "Aa en Maas" for "Waterschap Aa en Maas". Exactly one organisation must
 * match; typos and former names are not guessed.
 */
import { vergelijkNaam } from './bronnen/bron';

export interface NaamOrganisatie {
  id: string;
  naam: string;
}

const SOORTWOORD = /^(provincie|waterschap|hoogheemraadschap|hoogheermraadschap|wetterskip)\s+(van\s+)?/;

/** The name as a key: `vergelijkNaam` without the word for the kind. */
export const soortlozeNaam = (naam: string) => vergelijkNaam(naam).replace(SOORTWOORD, '').trim();

export type NaamKoppeling =
  { status: 'gekoppeld'; id: string; naam: string } | { status: 'niet-gekoppeld'; reden: string };

export function koppelOpNaam(
  naam: string,
  organisaties: readonly NaamOrganisatie[],
  soort: 'provincie' | 'waterschap',
): NaamKoppeling {
  const sleutel = soortlozeNaam(naam);
  const treffers = organisaties.filter((o) => soortlozeNaam(o.naam) === sleutel);
  if (treffers.length === 1) return { status: 'gekoppeld', id: treffers[0]!.id, naam: treffers[0]!.naam };
  if (treffers.length > 1) {
    return {
      status: 'niet-gekoppeld',
      reden: `de naam is niet eenduidig: ${treffers.map((t) => t.naam).join(', ')}`,
    };
  }
  return { status: 'niet-gekoppeld', reden: `geen ${soort} met deze naam in Grip` };
}
