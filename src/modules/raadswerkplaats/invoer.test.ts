import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { onzeInstrumenten } from './domain/instrumenten';
import { instrumentAfspraken, instrumentenInvoer } from './invoer';

describe('De eigen afspraken van de regeling als invoer van Onze instrumenten', () => {
  it('zet evaluatie, uittreding, informatie en aangewezen besluiten om, zonder iets toe te voegen', () => {
    assert.deepEqual(
      instrumentAfspraken({
        evaluatieWijze: 'Evaluatie door een extern bureau.',
        evaluatieIntervalJaren: 4,
        uittredingVoorwaarden: 'Uittreding per 1 januari',
        opzegtermijnMaanden: 24,
        uittredingKosten: 'Frictiekosten over vijf jaar.',
        informatievoorziening: '  Kwartaalrapportages\n aan de raden. ',
        zienswijzeBesluiten: [
          { besluit: 'Meerjarenbeleidsplan', termijnWeken: 8, atwVanToepassing: null },
          { besluit: 'Risicoprofiel', termijnWeken: null, atwVanToepassing: null },
        ],
        zienswijzeWijze: 'Schriftelijk aan het dagelijks bestuur.',
        participatie: 'Klantpanels',
      }),
      {
        evaluatie: 'Evaluatie door een extern bureau; elke 4 jaar',
        uittreding:
          'Uittreding per 1 januari; opzegtermijn 24 maanden; uittreedkosten: Frictiekosten over vijf jaar',
        inlichtingen: 'Kwartaalrapportages aan de raden',
        zienswijzeBesluiten:
          'besluiten: Meerjarenbeleidsplan (8 weken), Risicoprofiel; Schriftelijk aan het dagelijks bestuur',
      },
    );
  });

  it('laat onbekend onbekend: lege afspraken worden null', () => {
    assert.deepEqual(
      instrumentAfspraken({ evaluatieWijze: '  ', uittredingVoorwaarden: null, zienswijzeBesluiten: [] }),
      { evaluatie: null, uittreding: null, inlichtingen: null, zienswijzeBesluiten: null },
    );
  });

  it('geeft de afspraak door aan onzeInstrumenten, die haar citeert', () => {
    const invoer = instrumentenInvoer(
      { vorm: 'openbaar_lichaam', type: 'raadsregeling', afspraken: { evaluatieIntervalJaren: 4 } },
      { soort: 'gemeente' },
      ['raad'],
      '2026-12-01',
    );
    assert.ok(invoer);
    const evaluatie = onzeInstrumenten(invoer).find((i) => i.code === 'evaluatie');
    assert.equal(evaluatie?.bron, 'regeling');
    assert.match(evaluatie?.uitleg ?? '', /Afspraak in de regeling: “elke 4 jaar”\./);
  });

  it('kent alleen instrumenten voor gemeenten, provincies en waterschappen', () => {
    const regeling = { vorm: 'openbaar_lichaam', type: 'collegeregeling', afspraken: {} } as const;
    assert.equal(instrumentenInvoer(regeling, { soort: 'privaat' }, ['bestuur'], '2026-12-01'), null);
    assert.equal(
      instrumentenInvoer(regeling, { soort: 'provincie' }, ['gedeputeerde_staten'], '2026-12-01')
        ?.organisatieSoort,
      'provincie',
    );
  });
});
